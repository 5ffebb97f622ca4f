"""Consent per purpose, the do-not-call list and the audit log of personal-data access.

Service module (takes a Session, never commits). A comment is not consent to a call: consent is
recorded explicitly, per purpose, with the channel, the wording shown and the evidence; the newest
decision per purpose wins, and withdrawing stops every purpose at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lead_capture.models import (
    AuditEntry,
    Consent,
    ContactEvent,
    ContactIdentity,
    DoNotCall,
    IdentityKind,
    Purpose,
)
from livestream.commentfile import csv_rows
from livestream.db import utcnow
from livestream.phones import phones_in_cell

_CHUNK = 500
# Purposes that reach the person's phone number, and so are blocked by the do-not-call list.
PHONE_PURPOSES = frozenset({Purpose.CALL, Purpose.SMS, Purpose.ZALO})


def record_consent(db: Session, contact_id: int, purpose: str, granted: bool, *, channel: str,
                   wording: str, evidence_kind: str, evidence: str = "", by: str = "",
                   comment_id: int | None = None) -> Consent:
    """One consent decision (given or refused) for one purpose, with its proof."""
    row = Consent(contact_id=contact_id, purpose=Purpose(purpose), granted=granted, channel=channel[:20],
                  wording=wording, evidence_kind=evidence_kind, evidence=evidence, comment_id=comment_id,
                  recorded_by=by, recorded_at=utcnow())
    db.add(row)
    db.add(ContactEvent(contact_id=contact_id, kind="consent", at=row.recorded_at, text=wording[:2000],
                        data={"purpose": row.purpose.value, "granted": granted, "channel": channel,
                              "evidence_kind": evidence_kind, "by": by}))
    db.flush()
    return row


def withdraw_consent(db: Session, contact_id: int, *, channel: str, evidence_kind: str, evidence: str = "",
                     by: str = "") -> list[Consent]:
    """The person withdrew: every purpose is refused from now on."""
    return [record_consent(db, contact_id, p, False, channel=channel, wording="withdrawn",
                           evidence_kind=evidence_kind, evidence=evidence, by=by) for p in Purpose]


def current_consent(db: Session, contact_ids: Sequence[int]) -> dict[int, dict[str, bool]]:
    """The standing decision per purpose for each contact (absent = never asked)."""
    out: dict[int, dict[str, bool]] = {}
    ids = list(contact_ids)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        newest = (select(func.max(Consent.id)).where(Consent.contact_id.in_(chunk))
                  .group_by(Consent.contact_id, Consent.purpose))
        for contact_id, purpose, granted in db.execute(
            select(Consent.contact_id, Consent.purpose, Consent.granted).where(Consent.id.in_(newest))
        ):
            out.setdefault(contact_id, {})[purpose] = granted
    return out


def blocked_phones(db: Session, phones: Iterable[str]) -> set[str]:
    phones = list(set(phones))
    found: set[str] = set()
    for start in range(0, len(phones), _CHUNK):
        chunk = phones[start : start + _CHUNK]
        found.update(db.scalars(select(DoNotCall.phone).where(DoNotCall.phone.in_(chunk))))
    return found


@dataclass(frozen=True)
class Permission:
    allowed: bool
    reason: str  # no_consent / withdrawn / do_not_call / ok


def may_contact(db: Session, contact_id: int, purpose: str) -> Permission:
    """Whether follow-up for `purpose` may reach this person now."""
    decision = current_consent(db, [contact_id]).get(contact_id, {}).get(Purpose(purpose))
    if decision is None:
        return Permission(False, "no_consent")
    if not decision:
        return Permission(False, "withdrawn")
    if purpose in PHONE_PURPOSES:
        phones = db.scalars(select(ContactIdentity.value).where(
            ContactIdentity.contact_id == contact_id, ContactIdentity.kind == IdentityKind.PHONE)).all()
        if blocked_phones(db, phones):
            return Permission(False, "do_not_call")
    return Permission(True, "ok")


@dataclass
class DncImport:
    added: int = 0
    already: int = 0
    invalid: int = 0


def import_do_not_call(db: Session, path: Path, *, source: str = "") -> DncImport:
    """Numbers from a CSV (any column; one or more numbers per row) onto the do-not-call list."""
    report = DncImport()
    seen: set[str] = set()
    for row in csv_rows(path, header=False):
        phones = [p for cell in row for p in phones_in_cell(cell)]
        if not phones:
            if any(ch.isdigit() for cell in row for ch in cell):
                report.invalid += 1
            continue
        seen.update(phones)
    known = blocked_phones(db, seen)
    report.already = len(known)
    now = utcnow()
    for phone in sorted(seen - known):
        db.add(DoNotCall(phone=phone, source=(source or path.name)[:200], added_at=now))
        report.added += 1
    db.flush()
    return report


def audit(db: Session, *, actor: str, actor_user_id: int | None, action: str, target: str,
          **detail) -> AuditEntry:
    """Who saw or took personal data: written in the same transaction as the access itself."""
    entry = AuditEntry(actor=actor[:200], actor_user_id=actor_user_id, action=action, target=target[:300],
                       detail=detail, at=utcnow())
    db.add(entry)
    db.flush()
    return entry
