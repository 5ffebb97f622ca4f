"""File import and replay (shell, for the CLI): comment files through the normal ingest path.

Each batch is stored with the session's `file` or `replay` source, committed, then signalled, so
the console sees imported comments exactly as it sees live ones.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from sqlalchemy.orm import sessionmaker

from livestream.connectors import RawComment
from livestream.connectors.files import FileComment, file_comments
from livestream.db import utcnow
from livestream.ingest import ingest_comments
from livestream.models import LiveSession
from livestream.sources import add_to, passive_source

OnIngested = Callable[[int, object], None]


class ImportRefused(ValueError):
    """The file or the session cannot be used; the message says why."""


def check(sessions: sessionmaker, path: Path, live_session_id: int) -> None:
    if not path.exists():
        raise ImportRefused(f"{path}: no such file")
    with sessions() as db:
        if db.get(LiveSession, live_session_id) is None:
            raise ImportRefused(f"live session {live_session_id} does not exist")


def store(sessions: sessionmaker, live_session_id: int, kind: str, batch: list[RawComment],
          on_ingested: OnIngested) -> tuple[int, int]:
    """One batch through ingest with the session's `kind` source; commit, then signal."""
    with sessions() as db:
        source = passive_source(db, live_session_id, kind)
        result = ingest_comments(db, live_session_id, batch, source_id=source.id)
        add_to(source, "comment_count", result.accepted)
        source.last_comment_at = max(c.created_at for c in batch)
        source.status = "connected"
        db.commit()
    if result.accepted:
        on_ingested(live_session_id, result)
    return result.accepted, result.duplicates


def import_rows(sessions: sessionmaker, live_session_id: int, rows: Iterable[FileComment], *,
                on_ingested: OnIngested, report: Callable[[str], None], batch_size: int = 500) -> dict:
    """Store a file's comments in batches; bad rows are reported and counted, not stored."""
    summary = Counter(read=0, accepted=0, duplicates=0, errors=0)
    batch: list[RawComment] = []

    def flush():
        accepted, duplicates = store(sessions, live_session_id, "file", batch, on_ingested)
        summary.update(accepted=accepted, duplicates=duplicates)
        batch.clear()

    for row in rows:
        summary["read"] += 1
        if row.error:
            summary["errors"] += 1
            report(row.error)
            continue
        batch.append(row.comment)
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return dict(summary)


def replay_file(sessions: sessionmaker, live_session_id: int, path: Path, *, speed: float,
                mapping: dict, on_ingested: OnIngested, report: Callable[[str], None],
                max_gap: float = 60.0, run_id: str | None = None,
                sleep: Callable[[float], None] = time.sleep) -> dict:
    """Post a recorded file's comments again, now, keeping the original gaps divided by `speed`."""
    if speed <= 0:
        raise ImportRefused("--speed must be more than 0")
    summary = Counter(read=0, accepted=0, duplicates=0, errors=0)
    previous = None
    for row in file_comments(path, mapping=mapping, platform="replay"):
        summary["read"] += 1
        if row.error:
            summary["errors"] += 1
            report(row.error)
            continue
        original = row.comment
        if previous is not None:
            gap = (original.created_at - previous).total_seconds() / speed
            if gap > 0:
                sleep(min(gap, max_gap))
        previous = original.created_at
        comment_id = f"{run_id}:{original.platform_comment_id}" if run_id else original.platform_comment_id
        raw = replace(original, platform_comment_id=comment_id, created_at=utcnow())
        accepted, duplicates = store(sessions, live_session_id, "replay", [raw], on_ingested)
        summary.update(accepted=accepted, duplicates=duplicates)
    return dict(summary)
