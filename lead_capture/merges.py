"""Merge two contacts into one and undo it exactly: the merge log keeps what each record was.

Service module (takes a Session, never commits). Merges are undone newest first: a merge that a
later merge built on can only be undone after that later one.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from lead_capture.models import Consent, Contact, ContactEvent, ContactIdentity, DuplicateCandidate, MergeLog
from livestream.db import utcnow

_MOVED = {"identities": ContactIdentity, "events": ContactEvent, "consents": Consent}
_FIELDS = [c.key for c in Contact.__table__.columns if c.key != "id"]


class MergeRefused(ValueError):
    """The merge or unmerge cannot be done (same record, already merged, a later merge first)."""


def _snapshot(contact: Contact) -> dict:
    out = {}
    for key in _FIELDS:
        value = getattr(contact, key)
        out[key] = {"t": value.isoformat()} if isinstance(value, datetime) else value
    return out


def _restore(contact: Contact, snapshot: dict) -> None:
    for key in _FIELDS:
        value = snapshot.get(key)
        if isinstance(value, dict) and set(value) == {"t"}:
            value = datetime.fromisoformat(value["t"])
        setattr(contact, key, value)


def _combine(survivor: Contact, merged: Contact) -> None:
    for key in ("name", "province", "district"):
        if not getattr(survivor, key) and getattr(merged, key):
            setattr(survivor, key, getattr(merged, key))
    if not survivor.name_folded:
        survivor.name_folded, survivor.given_name = merged.name_folded, merged.given_name
    survivor.interests = sorted(set(survivor.interests or []) | set(merged.interests or []))
    survivor.intents = sorted(set(survivor.intents or []) | set(merged.intents or []))
    survivor.segment = {**(merged.segment or {}), **(survivor.segment or {})}
    survivor.comment_count = (survivor.comment_count or 0) + (merged.comment_count or 0)
    survivor.question_count = (survivor.question_count or 0) + (merged.question_count or 0)
    survivor.minigame = bool(survivor.minigame or merged.minigame)
    survivor.first_seen_at = min(survivor.first_seen_at, merged.first_seen_at)
    if merged.last_seen_at > survivor.last_seen_at:
        survivor.last_seen_at = merged.last_seen_at
        survivor.last_session_id = merged.last_session_id or survivor.last_session_id
    survivor.outcome = survivor.outcome or merged.outcome
    survivor.outcome_at = survivor.outcome_at or merged.outcome_at


def merge_contacts(db: Session, survivor_id: int, merged_id: int, *, by: str,
                   candidate_id: int | None = None) -> MergeLog:
    """Fold `merged_id` into `survivor_id`: identities, timeline and consent move; fields combine."""
    if survivor_id == merged_id:
        raise MergeRefused("a contact cannot be merged with itself")
    survivor, merged = db.get(Contact, survivor_id), db.get(Contact, merged_id)
    if survivor is None or merged is None:
        raise LookupError("no such contact")
    if survivor.merged_into_id or merged.merged_into_id:
        raise MergeRefused("one of the contacts was already merged into another")
    log = MergeLog(survivor_id=survivor_id, merged_id=merged_id, survivor_before=_snapshot(survivor),
                   merged_before=_snapshot(merged), moved={}, candidate_id=candidate_id, merged_by=by)
    moved = {}
    for name, model in _MOVED.items():
        ids = list(db.scalars(select(model.id).where(model.contact_id == merged_id)))
        if ids:
            db.execute(update(model).where(model.id.in_(ids)).values(contact_id=survivor_id))
        moved[name] = ids
    log.moved = moved
    _combine(survivor, merged)
    merged.merged_into_id = survivor_id
    db.add(log)
    db.execute(
        update(DuplicateCandidate).where(
            DuplicateCandidate.status == "open",
            or_((DuplicateCandidate.contact_a_id == min(survivor_id, merged_id))
                & (DuplicateCandidate.contact_b_id == max(survivor_id, merged_id)),
                DuplicateCandidate.id == candidate_id),
        ).values(status="merged", decided_at=utcnow(), decided_by=by)
    )
    db.flush()
    return log


def unmerge(db: Session, merge_id: int, *, by: str) -> MergeLog:
    """Undo a merge: both records get back their fields, identities, timeline and consent."""
    log = db.get(MergeLog, merge_id)
    if log is None:
        raise LookupError("no such merge")
    if log.undone_at is not None:
        raise MergeRefused("this merge was already undone")
    ids = (log.survivor_id, log.merged_id)
    later = db.scalar(select(MergeLog.id).where(
        MergeLog.id > log.id, MergeLog.undone_at.is_(None),
        or_(MergeLog.survivor_id.in_(ids), MergeLog.merged_id.in_(ids))).limit(1))
    if later is not None:
        raise MergeRefused("undo the later merge of these contacts first")
    survivor, merged = db.get(Contact, log.survivor_id), db.get(Contact, log.merged_id)
    for name, model in _MOVED.items():
        moved = log.moved.get(name) or []
        if moved:
            db.execute(update(model).where(model.id.in_(moved)).values(contact_id=log.merged_id))
    # What the survivor gained after the merge (new comments) stays with it.
    since = {key: (getattr(survivor, key) or 0) - log.survivor_before[key] - log.merged_before[key]
             for key in ("comment_count", "question_count")}
    last_seen, last_session = survivor.last_seen_at, survivor.last_session_id
    _restore(survivor, log.survivor_before)
    _restore(merged, log.merged_before)
    for key, extra in since.items():
        setattr(survivor, key, getattr(survivor, key) + max(extra, 0))
    if since["comment_count"] > 0 and last_seen > survivor.last_seen_at:
        survivor.last_seen_at, survivor.last_session_id = last_seen, last_session
    log.undone_at, log.undone_by = utcnow(), by
    if log.candidate_id:
        candidate = db.get(DuplicateCandidate, log.candidate_id)
        if candidate is not None:
            candidate.status, candidate.decided_at, candidate.decided_by = "open", None, None
    db.flush()
    return log


def dismiss_candidate(db: Session, candidate_id: int, *, by: str) -> None:
    """Two records reviewed and found to be different people."""
    candidate = db.get(DuplicateCandidate, candidate_id)
    if candidate is None:
        raise LookupError("no such candidate")
    candidate.status, candidate.decided_at, candidate.decided_by = "dismissed", utcnow(), by
    db.flush()
