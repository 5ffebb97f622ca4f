"""Tables of lead capture: contacts and their identities, timeline, merges, consent, audit.

On livestream's `Base` so one Alembic history covers both packages (revision 0004).
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from livestream.db import Base, UTCDateTime, utcnow


class IdentityKind(enum.StrEnum):
    PHONE = "phone"        # value: E.164
    ACCOUNT = "account"    # value: the commenters.id of a platform account
    EMAIL = "email"        # value: the address in lower case (given on a form; e-mail messages)


class Purpose(enum.StrEnum):
    CALL = "call"
    SMS = "sms"
    ZALO = "zalo"
    EMAIL = "email"


class Evidence(enum.StrEnum):
    COMMENT = "comment"
    FORM = "form"
    CALL_NOTE = "call_note"


class Contact(Base):
    """One real person (as far as we know); a merged-away record points at its survivor."""

    __tablename__ = "contacts"
    __table_args__ = (
        # Newest namesakes first: the likely-duplicate look-up reads a bounded number of them.
        Index("ix_contacts_province_given_id", "province", "given_name", "id"),
        Index("ix_contacts_score", "score"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    name_folded: Mapped[str] = mapped_column(String(200), default="")
    # The last word of a Vietnamese name is the given name: the likely-duplicate look-up key.
    given_name: Mapped[str] = mapped_column(String(60), default="")
    province: Mapped[str | None] = mapped_column(String(60))
    district: Mapped[str | None] = mapped_column(String(100))
    interests: Mapped[list] = mapped_column(JSON, default=list)
    intents: Mapped[list] = mapped_column(JSON, default=list)
    segment: Mapped[dict] = mapped_column(JSON, default=dict)
    comment_count: Mapped[int] = mapped_column(Integer, default=0)
    question_count: Mapped[int] = mapped_column(Integer, default=0)
    minigame: Mapped[bool] = mapped_column(Boolean, default=False)
    first_session_id: Mapped[int | None] = mapped_column(
        ForeignKey("live_sessions.id", ondelete="SET NULL"))
    last_session_id: Mapped[int | None] = mapped_column(
        ForeignKey("live_sessions.id", ondelete="SET NULL"), index=True)
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    score: Mapped[float] = mapped_column(Float, default=0.0)
    tier: Mapped[str] = mapped_column(String(10), default="cold", index=True)
    reasons: Mapped[list] = mapped_column(JSON, default=list)
    outcome: Mapped[str | None] = mapped_column(String(20))  # enrolled / declined, set by follow-up
    outcome_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ContactIdentity(Base):
    """What makes two records the same person: one E.164 phone or one platform account."""

    __tablename__ = "contact_identities"
    __table_args__ = (UniqueConstraint("kind", "value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    value: Mapped[str] = mapped_column(String(200))
    platform: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ContactEvent(Base):
    """The lead's timeline: each comment, capture, consent change and later contact."""

    __tablename__ = "contact_events"
    __table_args__ = (Index("ix_contact_events_contact_at", "contact_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))  # comment / question / minigame / capture / consent
    live_session_id: Mapped[int | None] = mapped_column(
        ForeignKey("live_sessions.id", ondelete="SET NULL"), index=True)
    comment_id: Mapped[int | None] = mapped_column(ForeignKey("comments.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    text: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict] = mapped_column(JSON, default=dict)


class DuplicateCandidate(Base):
    """Two records that may be one person, waiting for a person to decide."""

    __tablename__ = "duplicate_candidates"
    __table_args__ = (UniqueConstraint("contact_a_id", "contact_b_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_a_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    contact_b_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(String(30))  # similar_name / shared_phone
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decided_by: Mapped[str | None] = mapped_column(String(200))


class MergeLog(Base):
    """Everything a merge changed, so that unmerge puts both records back as they were."""

    __tablename__ = "contact_merges"

    id: Mapped[int] = mapped_column(primary_key=True)
    survivor_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    merged_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    survivor_before: Mapped[dict] = mapped_column(JSON)
    merged_before: Mapped[dict] = mapped_column(JSON)
    moved: Mapped[dict] = mapped_column(JSON)  # table -> ids moved from merged to survivor
    candidate_id: Mapped[int | None] = mapped_column(
        ForeignKey("duplicate_candidates.id", ondelete="SET NULL"))
    merged_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    merged_by: Mapped[str] = mapped_column(String(200), default="")
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    undone_by: Mapped[str | None] = mapped_column(String(200))


class Consent(Base):
    """One consent decision for one purpose; the newest row per purpose is the current state."""

    __tablename__ = "consents"
    __table_args__ = (Index("ix_consents_contact_purpose", "contact_id", "purpose", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    purpose: Mapped[str] = mapped_column(String(10))
    granted: Mapped[bool] = mapped_column(Boolean)
    channel: Mapped[str] = mapped_column(String(20))  # where it was given: livestream, phone, zalo, web…
    wording: Mapped[str] = mapped_column(Text, default="")  # exactly what the person was shown / told
    evidence_kind: Mapped[str] = mapped_column(String(20))
    evidence: Mapped[str] = mapped_column(Text, default="")  # the comment text, form id, call note
    comment_id: Mapped[int | None] = mapped_column(ForeignKey("comments.id", ondelete="SET NULL"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_by: Mapped[str] = mapped_column(String(200), default="")


class DoNotCall(Base):
    """A number that must never be called or sent messages (national list or the person's wish)."""

    __tablename__ = "do_not_call"

    phone: Mapped[str] = mapped_column(String(20), primary_key=True)  # E.164
    source: Mapped[str] = mapped_column(String(200), default="")
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AuditEntry(Base):
    """Who saw or took personal data, what, and when (phone reveals, exports)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    actor_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(30))  # reveal_phone / export / merge / unmerge …
    target: Mapped[str] = mapped_column(String(300), default="")
    detail: Mapped[dict] = mapped_column(JSON, default=dict)


class ExportJob(Base):
    """An Excel export written in the background: who asked, how far it is, whether it is ready.

    The file lives under the app's export folder as `<token>.xlsx` until it expires
    (`lead_capture.exports.KEEP`); the token names it in URLs, and only its requester may read it.
    """

    __tablename__ = "export_jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(32), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    fmt: Mapped[str] = mapped_column(String(10))
    total: Mapped[int] = mapped_column(Integer, default=0)  # leads to write
    done: Mapped[int] = mapped_column(Integer, default=0)  # leads written so far
    status: Mapped[str] = mapped_column(String(10), default="running")  # running / ready / failed
    error: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)  # the last progress
