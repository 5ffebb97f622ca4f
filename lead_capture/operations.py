"""Lead capture's write paths that combine services: ingest batch -> contacts -> scores.

Service module (takes a Session, never commits).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from lead_capture.contacts import UpsertResult, phones_of, upsert_from_comments
from lead_capture.models import Contact
from lead_capture.scoring import DEFAULT_CONFIG, ScoringConfig, features, reasons, score_frame
from livestream.db import utcnow

_CHUNK = 500


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
