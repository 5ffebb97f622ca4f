"""Lead exports: their rows, read a chunk at a time, and Excel files written in the background.

Service functions take a Session and never commit, except `write_xlsx`, the shell a background
thread runs: it writes the file chunk by chunk and stores its progress after each chunk, so the
page that waits for it (and any process of the deployment) can show how far it is. A CSV needs
none of this: it is streamed as it is written.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Iterator, Sequence
from contextlib import suppress
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from lead_capture import consent as consents
from lead_capture.contacts import phones_of
from lead_capture.models import Contact, ExportJob, Purpose
from livestream.db import utcnow
from livestream.phones import mask_e164

log = logging.getLogger(__name__)

EXPORT_COLUMNS = ("id", "name", "phones", "province", "district", "interests", "intents", "score", "tier",
                  "consent_call", "consent_sms", "consent_zalo", "consent_email", "do_not_call",
                  "last_seen_at")
EXPORT_CHUNK = 1000  # contacts read at a time by an export
XLSX_MIMETYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
KEEP = timedelta(hours=1)  # how long a finished file stays to be downloaded (it holds phones)
# A running export whose progress has not moved for this long lost its process (a restart): it
# is shown as interrupted. One chunk takes well under a second.
STALE = timedelta(minutes=2)


def export_rows(db: Session, people: Sequence[Contact], masked: bool) -> list[list]:
    ids = [c.id for c in people]
    phones, standing = phones_of(db, ids), consents.current_consent(db, ids)
    blocked = consents.blocked_phones(db, [p for ps in phones.values() for p in ps])
    rows = []
    for c in people:
        own = phones.get(c.id, [])
        shown = [mask_e164(p) if masked else p for p in own]
        decided = standing.get(c.id, {})
        rows.append([c.id, c.name, " ".join(shown), c.province or "", c.district or "",
                     " ".join(c.interests or []),
                     " ".join(c.intents or []), c.score, c.tier,
                     *("yes" if decided.get(p) else "no" if p in decided else "" for p in Purpose),
                     "yes" if set(own) & blocked else "", c.last_seen_at.isoformat()])
    return rows


def export_chunks(db: Session, ids: Sequence[int], masked: bool) -> Iterator[list[list]]:
    """The export's rows, `EXPORT_CHUNK` contacts at a time in the list's order: an export of
    every lead never holds every lead in memory."""
    for start in range(0, len(ids), EXPORT_CHUNK):
        chunk = ids[start : start + EXPORT_CHUNK]
        found = {c.id: c for c in db.scalars(select(Contact).where(Contact.id.in_(chunk)))}
        rows = export_rows(db, [found[i] for i in chunk if i in found], masked)
        # End the read before the rows go out: on SQLite every transaction holds the write lock,
        # which ingest must not wait for while a slow download drains. The records go too.
        db.rollback()
        db.expunge_all()
        yield rows


def start_export(db: Session, *, user_id: int, fmt: str, total: int,
                 now: datetime | None = None) -> ExportJob:
    """A new export of `total` leads, waiting for its writer (the caller starts it after commit)."""
    now = now or utcnow()
    job = ExportJob(token=secrets.token_urlsafe(18), user_id=user_id, fmt=fmt, total=total, done=0,
                    status="running", error="", created_at=now, updated_at=now)
    db.add(job)
    db.flush()
    return job


def export_of(db: Session, token: str, user_id: int) -> ExportJob | None:
    """The user's own export by its token (another user's is as good as missing)."""
    return db.scalar(select(ExportJob).where(ExportJob.token == token, ExportJob.user_id == user_id))


def export_state(job: ExportJob, now: datetime | None = None) -> dict:
    """What the waiting page shows: status (running / ready / failed), leads written, and why it
    failed. A running export that stopped moving is reported as interrupted."""
    now = now or utcnow()
    status, error = job.status, job.error
    if status == "running" and now - job.updated_at > STALE:
        status, error = "failed", "interrupted"
    return {"status": status, "done": job.done, "total": job.total, "error": error}


def file_of(job: ExportJob, directory: Path) -> Path:
    return Path(directory) / f"{job.token}.{job.fmt}"


def expire_exports(db: Session, directory: Path, now: datetime | None = None) -> int:
    """Forget exports older than `KEEP` and delete their files; returns how many."""
    cutoff = (now or utcnow()) - KEEP
    old = db.scalars(select(ExportJob).where(ExportJob.created_at < cutoff)).all()
    for job in old:
        for path in (file_of(job, directory), _partial(file_of(job, directory))):
            path.unlink(missing_ok=True)
    if old:
        db.execute(delete(ExportJob).where(ExportJob.id.in_([j.id for j in old])))
    return len(old)


def _partial(path: Path) -> Path:
    return path.with_name(path.name + ".part")


def _progress(db: Session, job_id: int, **values) -> None:
    db.execute(update(ExportJob).where(ExportJob.id == job_id)
               .values(updated_at=utcnow(), **values).execution_options(synchronize_session=False))
    db.commit()


def _discard(sheet) -> None:
    """Close a write-only sheet that will not be saved and delete the temporary file openpyxl
    wrote its rows to (they hold phone numbers); saving would have deleted it."""
    with suppress(Exception):
        sheet.close()
    writer = getattr(sheet, "_writer", None)
    if writer is not None:
        with suppress(OSError, ValueError):
            writer.cleanup()


def write_xlsx(sessions: sessionmaker, job_id: int, ids: Sequence[int], masked: bool,
               directory: Path) -> None:
    """Shell: write the export's workbook (openpyxl's write-only mode), storing progress after
    every chunk; the file appears under its final name only once complete."""
    from openpyxl import Workbook

    with sessions() as db:
        job = db.get(ExportJob, job_id)
        if job is None:
            return
        target = file_of(job, directory)
        partial = _partial(target)
        book = Workbook(write_only=True)
        sheet = book.create_sheet("leads")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            sheet.append(EXPORT_COLUMNS)
            done = 0
            for rows in export_chunks(db, ids, masked):
                for row in rows:
                    sheet.append(row)
                done = min(done + EXPORT_CHUNK, len(ids))
                _progress(db, job_id, done=done)
            book.save(partial)
            partial.replace(target)
            _progress(db, job_id, status="ready")
        except Exception:
            log.exception("lead export %s failed", job_id)
            db.rollback()
            _discard(sheet)
            partial.unlink(missing_ok=True)
            _progress(db, job_id, status="failed", error="failed")
