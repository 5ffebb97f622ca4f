"""Lead capture's write paths that combine services: ingest batch -> contacts -> scores.

Service module (takes a Session, never commits), except `capture_session` and `capture_waiting`,
which open their own transactions (the ingest subscriber and the scheduler call them).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from datetime import datetime

import pandas as pd
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import flag_modified

from lead_capture.contacts import UpsertResult, phones_of, upsert_from_comments
from lead_capture.models import Contact
from lead_capture.scoring import DEFAULT_CONFIG, ScoringConfig, features, reasons, score_frame
from livestream.db import utcnow
from livestream.models import Comment, LiveSession

log = logging.getLogger(__name__)
_CHUNK = 500
CAPTURE_BATCH = 1000


class CaptureRaced(RuntimeError):
    """Another transaction captured the same comments first; roll back (nothing is lost)."""


def rescore(db: Session, contact_ids: Sequence[int], now: datetime | None = None,
            config: ScoringConfig = DEFAULT_CONFIG) -> int:
    """Score these contacts again (score, tier, reasons); returns how many were scored."""
    now = now or utcnow()
    ids = sorted(set(contact_ids))
    done = 0
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        contacts = db.scalars(select(Contact).where(Contact.id.in_(chunk))).all()
        if not contacts:
            continue
        phones = phones_of(db, chunk)
        rows = [features({**_columns(c), "phones": phones.get(c.id)}, now, config) for c in contacts]
        frame = pd.DataFrame(rows)
        scored = score_frame(frame, now, config, with_points=True).to_dict("records")
        for i, contact in enumerate(contacts):
            line = scored[i]
            contact.score = float(line["score"])
            contact.tier = str(line["tier"])
            contact.reasons = reasons(line, rows[i], config)
            for key in ("score", "tier", "reasons"):
                flag_modified(contact, key)  # one executemany UPDATE for the whole chunk
        done += len(contacts)
    db.flush()
    return done


def _columns(contact: Contact) -> Mapping:
    return {c.key: getattr(contact, c.key) for c in Contact.__table__.columns}


def capture_comments(db: Session, live_session_id: int, comments: Sequence[Mapping]) -> UpsertResult:
    """Contacts and scores for one committed ingest batch (the `comments_ingested` subscriber)."""
    result = upsert_from_comments(db, live_session_id, comments)
    if result.contact_ids:
        rescore(db, result.contact_ids)
    return result


_CAPTURED_COLUMNS = (Comment.seq, Comment.platform, Comment.platform_comment_id, Comment.commenter_id,
                     Comment.author_name, Comment.text, Comment.created_at, Comment.is_question,
                     Comment.is_lead, Comment.phones, Comment.deleted)


def capture_pending(db: Session, live_session_id: int, limit: int = CAPTURE_BATCH) -> int:
    """Capture the session's comments stored since lead capture last read it (at most `limit`,
    in order) and move `captured_seq` on, in the caller's transaction; returns how many comments
    were read (0: nothing was waiting).

    The comments and the cursor commit together, so a capture that fails leaves its comments
    waiting for the next call (the next batch, the scheduler's catch-up, the push of an ended
    session) instead of losing their leads. Raises CaptureRaced when another transaction moved
    the cursor meanwhile.
    """
    state = db.execute(select(LiveSession.captured_seq, LiveSession.last_seq)
                       .where(LiveSession.id == live_session_id)).one_or_none()
    if state is None or state.captured_seq >= state.last_seq:
        return 0
    captured, last = state
    rows = db.execute(
        select(*_CAPTURED_COLUMNS)
        .where(Comment.live_session_id == live_session_id, Comment.seq > captured, Comment.seq <= last)
        .order_by(Comment.seq).limit(limit)
    ).mappings().all()
    if rows:
        capture_comments(db, live_session_id, rows)
    upto = rows[-1]["seq"] if len(rows) == limit else last  # the rest of the range holds no comment
    moved = db.execute(
        update(LiveSession).where(LiveSession.id == live_session_id,
                                  LiveSession.captured_seq == captured)
        .values(captured_seq=upto).execution_options(synchronize_session=False)
    ).rowcount
    if moved != 1:
        raise CaptureRaced(f"lead capture of live session {live_session_id} raced another one")
    return len(rows)


def capture_session(sessions: sessionmaker, live_session_id: int, log: logging.Logger = log,
                    rounds: int = 20) -> bool:
    """Shell: capture what a session has waiting, a transaction per `CAPTURE_BATCH` comments.

    True when it is caught up. A failure is logged and the comments stay waiting for the next
    call; a race with another process is retried (the other one may have read them already).
    """
    clashes = 0
    for _ in range(rounds):
        try:
            with sessions.begin() as db:
                if capture_pending(db, live_session_id) == 0:
                    return True
        except (CaptureRaced, IntegrityError):
            # Another transaction captured these first, or created the same person: try again.
            clashes += 1
            if clashes < 3:
                continue
            log.exception("lead capture of session %s keeps clashing; its comments wait for the "
                          "next try", live_session_id)
            return False
        except Exception:
            log.exception("lead capture failed for session %s; its comments wait for the next try",
                          live_session_id)
            return False
    return False


def capture_waiting(sessions: sessionmaker, log: logging.Logger = log) -> list[int]:
    """Shell: every session with comments lead capture has not read yet (the scheduler's
    catch-up after a failed capture or a crash); returns the sessions it caught up."""
    with sessions() as db:
        waiting = list(db.scalars(select(LiveSession.id)
                                  .where(LiveSession.captured_seq < LiveSession.last_seq)
                                  .order_by(LiveSession.id)))
    return [sid for sid in waiting if capture_session(sessions, sid, log)]


def rescore_all(db: Session, now: datetime | None = None) -> int:
    """Every live contact again (engagement decays with time: run daily)."""
    ids = list(db.scalars(select(Contact.id).where(Contact.merged_into_id.is_(None))))
    return rescore(db, ids, now)


CALIBRATION_FIELDS = ("province", "age_group", "occupation", "income_band", "interest", "has_phone",
                      "asked_call")


def outcome_frame(db: Session) -> pd.DataFrame:
    """Contacts with a known outcome, one row each: the fields calibration learns from."""
    contacts = db.scalars(select(Contact).where(Contact.outcome.in_(("enrolled", "declined")),
                                                Contact.merged_into_id.is_(None))).all()
    phones = phones_of(db, [c.id for c in contacts])
    rows = []
    for c in contacts:
        segment = c.segment or {}
        rows.append({
            "province": c.province or "", "age_group": segment.get("age_group", ""),
            "occupation": segment.get("occupation", ""), "income_band": segment.get("income_band", ""),
            "interest": (c.interests or [""])[0], "has_phone": bool(phones.get(c.id)),
            "asked_call": "call_me" in (c.intents or []), "score": c.score,
            "enrolled": int(c.outcome == "enrolled"),
        })
    return pd.DataFrame(rows, columns=[*CALIBRATION_FIELDS, "score", "enrolled"])
