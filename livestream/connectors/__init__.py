"""Comment connectors: every source of comments yields `RawComment`s (no Flask, no database).

The generic JSON shape used by the ingest API, the generic webhook and file imports is parsed
here, with errors that name the item and the field at fault.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

PLATFORMS = ("facebook", "youtube", "tiktok", "zalo", "webhook", "file", "manual", "replay")
MAX_TEXT = 20_000


class BadComment(ValueError):
    """A comment that cannot be accepted; the message names the item and the field."""


@dataclass(frozen=True, slots=True)
class RawComment:
    platform: str
    platform_comment_id: str
    author_id: str
    author_name: str
    text: str
    created_at: datetime

    def __post_init__(self) -> None:
        # A NUL character carries nothing in a comment and PostgreSQL text cannot hold one: kept,
        # it would fail its whole batch on every delivery or poll.
        for name in ("platform_comment_id", "author_id", "author_name", "text"):
            value = getattr(self, name)
            if isinstance(value, str) and "\x00" in value:
                object.__setattr__(self, name, value.replace("\x00", ""))


def parse_time(value: object, where: str) -> datetime:
    if not isinstance(value, str):
        raise BadComment(f"{where}: expected an ISO 8601 time string")
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise BadComment(f"{where}: {value!r} is not an ISO 8601 time") from None
    if parsed.tzinfo is None:
        raise BadComment(f"{where}: {value!r} has no time zone (add Z or +07:00)")
    return parsed.astimezone(UTC)


def _string(item: dict, key: str, where: str, *, max_len: int = 200) -> str:
    if key not in item:
        raise BadComment(f"{where}.{key}: missing")
    value = item[key]
    if isinstance(value, int) and not isinstance(value, bool) and key == "id":
        value = str(value)
    if not isinstance(value, str):
        raise BadComment(f"{where}.{key}: expected a string, got {type(value).__name__}")
    if key != "text" and not value.strip():
        raise BadComment(f"{where}.{key}: empty")
    if len(value) > max_len:
        raise BadComment(f"{where}.{key}: longer than {max_len} characters")
    return value


def parse_comment(item: object, where: str = "comment") -> RawComment:
    """A RawComment from `{"platform", "id", "author": {"id", "name"}, "text", "created_at"}`."""
    if not isinstance(item, dict):
        raise BadComment(f"{where}: expected an object")
    platform = _string(item, "platform", where, max_len=20).strip().lower()
    if platform not in PLATFORMS:
        raise BadComment(f"{where}.platform: {platform!r} is not one of {', '.join(PLATFORMS)}")
    comment_id = _string(item, "id", where)
    author = item.get("author")
    if not isinstance(author, dict):
        raise BadComment(f"{where}.author: expected an object with id and name")
    author_id = _string(author, "id", f"{where}.author")
    author_name = _string(author, "name", f"{where}.author", max_len=300)
    text = _string(item, "text", where, max_len=MAX_TEXT)
    if "created_at" not in item:
        raise BadComment(f"{where}.created_at: missing")
    created_at = parse_time(item["created_at"], f"{where}.created_at")
    return RawComment(platform, comment_id, author_id, author_name, text, created_at)


def parse_comments(items: object, *, max_items: int) -> list[RawComment]:
    """Parse a whole batch; the first bad item rejects the batch with a precise message."""
    if not isinstance(items, Sequence) or isinstance(items, str | bytes | dict):
        raise BadComment("body: expected a JSON list of comments")
    if len(items) > max_items:
        raise BadComment(f"body: {len(items)} comments in one batch; the limit is {max_items}")
    return [parse_comment(item, f"comments[{i}]") for i, item in enumerate(items)]
