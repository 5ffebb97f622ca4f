"""Reading comment files (JSONL, JSON, CSV, TSV, XLSX) into plain rows, one per comment.

Pure module: no Flask, no database. Odd rows are kept (with an `error`) so callers can report
them in place instead of silently dropping a comment.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

CSV_SUFFIXES = (".csv", ".tsv")
CSV_DELIMITERS = ",;\t|"
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


def csv_text(path: Path) -> str:
    """A CSV file's text: UTF-8, or else Windows-1258, which is what Excel's plain "CSV" writes
    on a Vietnamese Windows (tones as combining marks, composed here)."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        return unicodedata.normalize("NFC", raw.decode("cp1258"))
    except UnicodeDecodeError:
        raise ValueError(f"{path.name}: neither UTF-8 (byte {utf8_error.start} is not) nor "
                         "Windows-1258 text; save it as \"CSV UTF-8\"") from None


def csv_rows(path: Path, *, header: bool = True) -> Iterator:
    """Rows of a CSV or TSV file (dicts by the header's names, or plain lists), its delimiter told
    by the first line: Excel on a Vietnamese Windows separates with ";", other tools with "," or
    a tab."""
    text = csv_text(path)
    try:
        delimiter = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=CSV_DELIMITERS).delimiter
    except csv.Error:  # one column: nothing to tell
        delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    reader = csv.DictReader if header else csv.reader
    return reader(io.StringIO(text, newline=""), delimiter=delimiter)


def _utf8_lines(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8-sig") as fh:
        try:
            yield from fh
        except UnicodeDecodeError as exc:
            raise ValueError(f"{path.name}: not UTF-8 text (byte {exc.start} of a block is not); "
                             "JSON files are UTF-8") from None


def count_rows(path: Path) -> int | None:
    """Number of comments in a file, cheaply, for progress bars (None when unknown)."""
    suffix = path.suffix.lower()
    try:
        if suffix in (".jsonl", ".ndjson"):
            return sum(1 for raw in _utf8_lines(path) if raw.strip())
        if suffix in CSV_SUFFIXES:
            return sum(1 for _ in csv_rows(path))
    except ValueError:
        return None  # reading the rows will say what is wrong with the file
    return None


def read_comment_file(path: str | Path) -> Iterator[FileRow]:
    """Yield the comments of a JSONL, JSON, CSV, TSV or XLSX file in file order."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        for number, raw in enumerate(_utf8_lines(path), 1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except json.JSONDecodeError as exc:
                yield FileRow(number, None, "", error=f"line {number}: not JSON ({exc.msg})")
                continue
            yield _row(number, record)
    elif suffix == ".json":
        yield from _json_rows(path)
    elif suffix in CSV_SUFFIXES:
        # Numbered by record from the header's line 1: a text with line breaks in it is one record.
        for number, record in enumerate(csv_rows(path), 2):
            yield _row(number, {k: v for k, v in record.items() if k is not None})
    elif suffix == ".xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(path, read_only=True).active
        rows = sheet.iter_rows(values_only=True)
        header = [str(h or "").strip() for h in next(rows, [])]
        for number, values in enumerate(rows, 2):
            yield _row(number, dict(zip(header, values, strict=False)))
    else:
        raise ValueError(f"{path.name}: unsupported file type {suffix or '(none)'}; "
                         "use .jsonl, .json, .csv, .tsv or .xlsx")


def _json_rows(path: Path) -> Iterator[FileRow]:
    try:
        data = json.loads("".join(_utf8_lines(path)))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path.name}: not JSON ({exc.msg} at line {exc.lineno}, column "
                         f"{exc.colno})") from None
    if isinstance(data, dict):
        found = next((data[k] for k in ("comments", "data") if k in data), None)
        if found is None:
            raise ValueError(f"{path.name}: expected a list of comments, or an object with "
                             f"\"comments\" or \"data\" (found {', '.join(map(str, data)) or 'nothing'})")
        data = found
    if not isinstance(data, list):
        raise ValueError(f"{path.name}: expected a list of comments")
    for number, record in enumerate(data, 1):
        yield _row(number, record)
