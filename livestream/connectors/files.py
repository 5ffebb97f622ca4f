"""Comments from exported files (CSV, JSON, JSONL, XLSX) for import and replay, with column mapping.

Pure module: no Flask, no database. Each row becomes a RawComment or an error naming the line.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from livestream.commentfile import read_comment_file
from livestream.connectors import MAX_TEXT, PLATFORMS, RawComment

FIELDS = ("id", "text", "author", "author_id", "created_at")
DEFAULT_COLUMNS = {
    "author": ("author", "author_name", "name", "user", "from", "ten", "nguoi_binh_luan"),
    "author_id": ("author_id", "user_id", "from_id", "uid"),
    "created_at": ("created_at", "created_time", "time", "timestamp", "published_at", "thoi_gian"),
}


@dataclass(frozen=True, slots=True)
class FileComment:
    line: int
    comment: RawComment | None
    error: str | None = None


def parse_mapping(spec: str | None) -> dict[str, str]:
    """`text=message,id=comment_id` -> {"text": "message", "id": "comment_id"}."""
    mapping: dict[str, str] = {}
    for part in (spec or "").split(","):
        if not part.strip():
            continue
        name, sep, column = part.partition("=")
        name = name.strip().lower()
        if not sep or name not in FIELDS or not column.strip():
            raise ValueError(f"--map {part!r}: use FIELD=COLUMN with FIELD one of {', '.join(FIELDS)}")
        mapping[name] = column.strip()
    return mapping


def _lookup(record: dict, names: tuple[str, ...]) -> object | None:
    lowered = {str(k).strip().lower(): v for k, v in record.items() if k is not None}
    for name in names:
        value = lowered.get(name.lower())
        if value not in (None, ""):
            return value
    return None


def _time(value: object) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.fromtimestamp(value / 1000 if value > 1e11 else value, UTC)
    text = str(value).strip()
    if text.replace(".", "", 1).isdigit():
        return _time(float(text))
    parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def file_comments(path: str | Path, *, mapping: dict[str, str] | None = None, platform: str = "file",
                  now: datetime | None = None) -> Iterator[FileComment]:
    """The comments of a file in file order; a row without a time gets `now`."""
    if platform not in PLATFORMS:
        raise ValueError(f"--platform {platform!r}: one of {', '.join(PLATFORMS)}")
    mapping = mapping or {}
    now = now or datetime.now(UTC)
    for row in read_comment_file(path):
        record = row.fields if isinstance(row.fields, dict) else {}
        if row.error and not mapping.get("id"):
            yield FileComment(row.line, None, row.error)
            continue

        def pick(name: str, default_names: tuple[str, ...], record=record):
            return _lookup(record, (mapping[name],) if name in mapping else default_names)

        comment_id = pick("id", ("id", "comment_id", "platform_comment_id"))
        text = pick("text", ("text", "message", "comment", "content", "noi_dung"))
        if comment_id is None:
            yield FileComment(row.line, None, f"line {row.line}: no id (map it with --map id=COLUMN)")
            continue
        if text is None:
            yield FileComment(row.line, None, f"line {row.line}: no text (map it with --map text=COLUMN)")
            continue
        author = pick("author", DEFAULT_COLUMNS["author"])
        author_id = pick("author_id", DEFAULT_COLUMNS["author_id"]) or author or f"line-{row.line}"
        try:
            created_at = _time(pick("created_at", DEFAULT_COLUMNS["created_at"])) or now
        except (ValueError, OverflowError, OSError):
            yield FileComment(row.line, None, f"line {row.line}: the time is not ISO 8601 or a timestamp")
            continue
        yield FileComment(row.line, RawComment(platform, str(comment_id)[:200], str(author_id)[:200],
                                               str(author or "")[:300], str(text)[:MAX_TEXT], created_at))
