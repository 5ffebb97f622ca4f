"""Tables of messages: the outbox (every message, sent or not, and why) and survey replies.

On livestream's `Base` so one Alembic history covers every package (revision 0006).
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, SmallInteger, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from livestream.db import Base, UTCDateTime, utcnow


class Channel(enum.StrEnum):
    SMS = "sms"
    ZALO = "zalo"
    EMAIL = "email"


class MessageStatus(enum.StrEnum):
    QUEUED = "queued"      # waiting for its moment (next_attempt_at) and a sender
    SENDING = "sending"    # claimed by one delivery run; never claimed by another
    SENT = "sent"
    FAILED = "failed"      # the last attempt failed; retried while attempts < the maximum
    BLOCKED = "blocked"    # never to be sent: no consent, withdrawn, do-not-call, no address


class OutboxMessage(Base):
    """One message to one person on one channel, rendered when queued, with what became of it."""

    __tablename__ = "message_outbox"
    __table_args__ = (
        Index("ix_message_outbox_status_next", "status", "next_attempt_at"),
        Index("ix_message_outbox_to_sent", "to_address", "sent_at"),
        Index("ix_message_outbox_task_template", "task_id", "template"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    task_id: Mapped[int | None] = mapped_column(ForeignKey("followup_tasks.id", ondelete="SET NULL"))
    channel: Mapped[str] = mapped_column(String(10))
    template: Mapped[str] = mapped_column(String(100))  # the one rendered, variant included
    body: Mapped[str] = mapped_column(Text, default="")  # email: first line is the subject
    to_address: Mapped[str | None] = mapped_column(String(200))  # E.164 phone or e-mail address
    status: Mapped[str] = mapped_column(String(10), default=MessageStatus.QUEUED)
    reason: Mapped[str | None] = mapped_column(String(40))  # why blocked, or why waiting
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    provider_id: Mapped[str | None] = mapped_column(String(200))  # the gateway's id for the message


class SurveyReply(Base):
    """A satisfaction score (1-5) for one follow-up, from a reply webhook or typed in by staff."""

    __tablename__ = "message_survey_replies"
    __table_args__ = (UniqueConstraint("via", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int | None] = mapped_column(
        ForeignKey("followup_tasks.id", ondelete="SET NULL"), index=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    score: Mapped[int] = mapped_column(SmallInteger)
    text: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    via: Mapped[str] = mapped_column(String(20))  # sms / zalo / email / webhook / manual
    external_id: Mapped[str | None] = mapped_column(String(200))  # the gateway's id: a retry is one reply
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
