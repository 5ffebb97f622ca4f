"""Tables of the live event: people who sign in, tokens, live sessions, comments, question groups."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from livestream.db import Base, UTCDateTime, utcnow


class Role(enum.StrEnum):
    ORGANISER = "organiser"
    MODERATOR = "moderator"
    HOST = "host"
    AGENT = "agent"


class SessionStatus(enum.StrEnum):
    SCHEDULED = "scheduled"
    LIVE = "live"
    ENDED = "ended"


class GroupStatus(enum.StrEnum):
    OPEN = "open"
    ON_AIR = "on_air"
    ANSWERED = "answered"
    DISMISSED = "dismissed"
    MERGED = "merged"


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    # The user interface Flask-Login expects, written out so models stay free of Flask.
    is_anonymous = False

    @property
    def is_authenticated(self) -> bool:
        return True

    @property
    def is_active(self) -> bool:
        return bool(self.active)

    def get_id(self) -> str:
        return str(self.id)


class ApiToken(Base):
    """A bearer token; only its SHA-256 is stored, the token itself is shown once."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class LiveSession(Base):
    """One livestream event; `last_seq` numbers every change in it, in order. Lead capture has
    read every comment up to `captured_seq` (lead_capture.operations.capture_pending)."""

    __tablename__ = "live_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20), default=SessionStatus.SCHEDULED)
    scheduled_start: Mapped[datetime | None] = mapped_column(UTCDateTime)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    captured_seq: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    platform_links: Mapped[list] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    sources: Mapped[list[CommentSource]] = relationship(back_populates="live_session")
    crew: Mapped[list[User]] = relationship(secondary="session_crew", order_by="User.name")


class SessionCrew(Base):
    """Who works a live session (moderators, hosts); organisers see every session."""

    __tablename__ = "session_crew"

    live_session_id: Mapped[int] = mapped_column(
        ForeignKey("live_sessions.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)


class CommentSource(Base):
    """Where a session's comments come from (a Facebook live video, a YouTube chat, a file…)."""

    __tablename__ = "comment_sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    live_session_id: Mapped[int] = mapped_column(
        ForeignKey("live_sessions.id", ondelete="CASCADE"), index=True
    )
    platform: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(30))
    external_ref: Mapped[str] = mapped_column(String(300), default="")
    label: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default="idle")
    cursor: Mapped[str | None] = mapped_column(Text)
    last_comment_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Health, written by the runner with each batch; `paused` is the moderators' switch.
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    lag_seconds: Mapped[float | None] = mapped_column(Float)
    comment_count: Mapped[int] = mapped_column(Integer, default=0)
    error_count: Mapped[int] = mapped_column(Integer, default=0)
    quota_units: Mapped[int] = mapped_column(Integer, default=0)

    live_session: Mapped[LiveSession] = relationship(back_populates="sources")


class Commenter(Base):
    """A platform account that commented; one row per (platform, platform user id)."""

    __tablename__ = "commenters"
    __table_args__ = (UniqueConstraint("platform", "platform_user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(20))
    platform_user_id: Mapped[str] = mapped_column(String(200))
    display_name: Mapped[str] = mapped_column(String(300), default="")
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class QuestionGroup(Base):
    """Every ask of one question in a session; `match_key` is what new asks are matched on."""

    __tablename__ = "question_groups"
    __table_args__ = (
        Index("ix_question_groups_session_status", "live_session_id", "status"),
        Index("ix_question_groups_session_seq", "live_session_id", "seq"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    live_session_id: Mapped[int] = mapped_column(
        ForeignKey("live_sessions.id", ondelete="CASCADE")
    )
    canonical_text: Mapped[str] = mapped_column(Text)
    match_key: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default=GroupStatus.OPEN)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    ask_count: Mapped[int] = mapped_column(Integer, default=0)
    asker_count: Mapped[int] = mapped_column(Integer, default=0)
    first_asked_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_asked_at: Mapped[datetime] = mapped_column(UTCDateTime)
    seq: Mapped[int] = mapped_column(Integer)
    # Moderation: who changed the status last and when; the text's own version for edits.
    status_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    status_changed_by: Mapped[str | None] = mapped_column(String(200))
    text_version: Mapped[int] = mapped_column(Integer, default=0)
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("question_groups.id", ondelete="SET NULL")
    )
    # A question of this session answered or dismissed before this one was first asked, that
    # this one asks again: the console shows it, so nobody answers the same thing twice unawares.
    earlier_id: Mapped[int | None] = mapped_column(
        ForeignKey("question_groups.id", ondelete="SET NULL")
    )


class QuestionWording(Base):
    """A further wording a question is matched on besides its `match_key`: learned from its own
    asks, or brought by a question a moderator merged into it. Stored so every process, and the
    same process after a restart, groups new asks alike."""

    __tablename__ = "question_wordings"
    __table_args__ = (UniqueConstraint("question_group_id", "match_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    question_group_id: Mapped[int] = mapped_column(
        ForeignKey("question_groups.id", ondelete="CASCADE")
    )
    match_key: Mapped[str] = mapped_column(Text)


class Comment(Base):
    """One platform comment, stored once per (session, platform, platform comment id)."""

    __tablename__ = "comments"
    __table_args__ = (
        UniqueConstraint("live_session_id", "platform", "platform_comment_id"),
        Index("ix_comments_session_seq", "live_session_id", "seq"),
        Index("ix_comments_group", "question_group_id"),
        Index("ix_comments_session_changed", "live_session_id", "changed_seq"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    live_session_id: Mapped[int] = mapped_column(
        ForeignKey("live_sessions.id", ondelete="CASCADE")
    )
    seq: Mapped[int] = mapped_column(Integer)
    platform: Mapped[str] = mapped_column(String(20))
    platform_comment_id: Mapped[str] = mapped_column(String(200))
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("comment_sources.id", ondelete="SET NULL")
    )
    commenter_id: Mapped[int | None] = mapped_column(ForeignKey("commenters.id"))
    author_name: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    is_question: Mapped[bool] = mapped_column(Boolean, default=False)
    is_lead: Mapped[bool] = mapped_column(Boolean, default=False)
    is_tech: Mapped[bool] = mapped_column(Boolean, default=False)
    phones: Mapped[list] = mapped_column(JSON, default=list)
    question_group_id: Mapped[int | None] = mapped_column(
        ForeignKey("question_groups.id", ondelete="SET NULL")
    )
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    # The session sequence number of the comment's latest change after arrival (its deletion),
    # so a reconnecting console replays it like any other change.
    changed_seq: Mapped[int | None] = mapped_column(Integer)


class PlatformSetting(Base):
    """A platform credential or option the organiser set on the settings page (encrypted at rest)."""

    __tablename__ = "platform_settings"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # Fernet token, see livestream.platform_settings
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(200), default="")
