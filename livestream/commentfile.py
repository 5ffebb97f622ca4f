"""Reading comment files (JSONL, JSON, CSV, XLSX) into plain rows, one per comment.

Pure module: no Flask, no database. Odd rows are kept (with an `error`) so callers can report
them in place instead of silently dropping a comment.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

TEXT_COLUMNS = ("text", "message", "comment", "original", "content", "noi_dung")
ID_COLUMNS = ("id", "comment_id", "platform_comment_id", "")


@dataclass(slots=True)
class FileRow:
    """One comment from a file: `line` is 1-based in the file, `error` names what is wrong."""

    line: int
    id: str | None
    text: str
    fields: dict = field(default_factory=dict)
    error: str | None = None


def _pick(record: dict, names: tuple[str, ...]) -> object | None:
    lowered = {str(k).strip().lower(): v for k, v in record.items() if k is not None}
    for name in names:
        if name in lowered and lowered[name] not in (None, ""):
            return lowered[name]
    return None


def _row(line: int, record: object) -> FileRow:
    if not isinstance(record, dict):
        return FileRow(line, None, "", error=f"line {line}: expected an object with id and text")
    raw_id = _pick(record, ID_COLUMNS)
    text = _pick(record, TEXT_COLUMNS)
    row_id = None if raw_id is None else str(raw_id)
    if text is None:
        text = ""
    if not isinstance(text, str):
        text = str(text)
    error = None if row_id is not None else f"line {line}: no id column"
    return FileRow(line, row_id if row_id is not None else f"line-{line}", text, record, error)


def count_rows(path: Path) -> int | None:
    """Number of comments in a file, cheaply, for progress bars (None when unknown)."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        with path.open("rb") as fh:
            return sum(1 for raw in fh if raw.strip())
    if suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as fh:
            return max(sum(1 for _ in csv.reader(fh)) - 1, 0)
    return None


def read_comment_file(path: str | Path) -> Iterator[FileRow]:
    """Yield the comments of a JSONL, JSON, CSV or XLSX file in file order."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        with path.open(encoding="utf-8-sig") as fh:
            for number, raw in enumerate(fh, 1):
                if not raw.strip():
                    continue
                try:
                    record = json.loads(raw)
                except json.JSONDecodeError as exc:
                    yield FileRow(number, None, "", error=f"line {number}: not JSON ({exc.msg})")
                    continue
                yield _row(number, record)
    elif suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8-sig"))
        if isinstance(data, dict):
            data = data.get("comments", data.get("data", []))
        for number, record in enumerate(data, 1):
            yield _row(number, record)
    elif suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as fh:
            for number, record in enumerate(csv.DictReader(fh), 2):
                yield _row(number, record)
    elif suffix == ".xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(path, read_only=True).active
        rows = sheet.iter_rows(values_only=True)
        header = [str(h or "").strip() for h in next(rows, [])]
        for number, values in enumerate(rows, 2):
            yield _row(number, dict(zip(header, values, strict=False)))
    else:
        raise ValueError(f"{path.name}: unsupported file type {suffix or '(none)'}; "
                         "use .jsonl, .json, .csv or .xlsx")
