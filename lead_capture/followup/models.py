"""Tables of follow-up: teams, their members and territories, tasks, call attempts, session pushes.

On livestream's `Base` so one Alembic history covers every package (revision 0005).
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from livestream.db import Base, UTCDateTime, utcnow


class Strategy(enum.StrEnum):
    TERRITORY = "territory"
    ROUND_ROBIN = "round_robin"
    LEAST_BUSY = "least_busy"


class TaskStatus(enum.StrEnum):
    OPEN = "open"          # waiting for an agent (assigned or not)
    CLAIMED = "claimed"    # an agent is working it now
    DONE = "done"          # the person was reached (enrolled / declined)
    CLOSED = "closed"      # stopped without reaching: unreachable, wrong number, do not contact


class Outcome(enum.StrEnum):
    ENROLLED = "enrolled"
    CALLBACK = "callback"
    DECLINED = "declined"
    NO_ANSWER = "no_answer"
    WRONG_NUMBER = "wrong_number"
    DO_NOT_CONTACT = "do_not_contact"
    # Set by the engine, never chosen by an agent:
    UNREACHABLE = "unreachable"    # the last allowed call attempt went unanswered
    STOPPED = "stopped"            # do-not-call, withdrawn consent or "do not contact" elsewhere


REACHED_OUTCOMES = frozenset({Outcome.ENROLLED, Outcome.CALLBACK, Outcome.DECLINED})
AGENT_OUTCOMES = (Outcome.ENROLLED, Outcome.CALLBACK, Outcome.DECLINED, Outcome.NO_ANSWER,
                  Outcome.WRONG_NUMBER, Outcome.DO_NOT_CONTACT)


class Team(Base):
    """Agents who share a queue and one way of dividing it (the assignment strategy)."""

    __tablename__ = "followup_teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    strategy: Mapped[str] = mapped_column(String(20), default=Strategy.LEAST_BUSY)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class TeamMember(Base):
    """One agent in one team: the products they know, their daily cap, whether they are away."""

    __tablename__ = "followup_team_members"
    __table_args__ = (UniqueConstraint("team_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("followup_teams.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    skills: Mapped[list] = mapped_column(JSON, default=list)  # product keys: bhxh_tn, bhyt_hgd…
    daily_cap: Mapped[int] = mapped_column(Integer, default=40)
    away: Mapped[bool] = mapped_column(Boolean, default=False)
    is_lead: Mapped[bool] = mapped_column(Boolean, default=False)
    # Round robin's rotation: the agent given a task longest ago goes next (persisted, so fair
    # across pushes and restarts).
    last_assigned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Territory(Base):
    """A province (or one district of it) whose leads go to a team."""

    __tablename__ = "followup_territories"
    __table_args__ = (Index("ix_followup_territories_province_district", "province", "district"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("followup_teams.id", ondelete="CASCADE"), index=True)
    province: Mapped[str] = mapped_column(String(60))
    district: Mapped[str | None] = mapped_column(String(100))


class FollowUpTask(Base):
    """Contact one lead of one session; UNIQUE (contact, session) makes the push idempotent."""

    __tablename__ = "followup_tasks"
    __table_args__ = (
        UniqueConstraint("contact_id", "live_session_id"),
        Index("ix_followup_tasks_status_due", "status", "due_at"),
        Index("ix_followup_tasks_assignee_status", "assignee_id", "status"),
        Index("ix_followup_tasks_team_status", "team_id", "status"),
        Index("ix_followup_tasks_phone_status", "phone", "status"),  # one number, one call at a time
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    live_session_id: Mapped[int] = mapped_column(
        ForeignKey("live_sessions.id", ondelete="CASCADE"), index=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("followup_teams.id", ondelete="SET NULL"))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(10), default=TaskStatus.OPEN)
    channel: Mapped[str] = mapped_column(String(10), default="call")
    phone: Mapped[str | None] = mapped_column(String(20))  # E.164 number to call, chosen at push
    interest: Mapped[str | None] = mapped_column(String(30))  # product key, for skills routing
    tier: Mapped[str] = mapped_column(String(10), default="cold")
    score: Mapped[float] = mapped_column(Float, default=0.0)
    reasons: Mapped[list] = mapped_column(JSON, default=list)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    callback_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    assigned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # counts toward the daily cap
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    first_contacted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # first call attempt
    overdue_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # when the due scan flagged it
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Attempt(Base):
    """One call attempt on a task and what came of it (the per-number daily limit counts these)."""

    __tablename__ = "followup_attempts"
    __table_args__ = (Index("ix_followup_attempts_phone_at", "phone", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("followup_tasks.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    outcome: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(String(10), default="call")
    phone: Mapped[str | None] = mapped_column(String(20))


class SessionPush(Base):
    """A session whose tasks were all pushed; the scheduler's poll skips sessions listed here."""

    __tablename__ = "followup_session_pushes"

    live_session_id: Mapped[int] = mapped_column(
        ForeignKey("live_sessions.id", ondelete="CASCADE"), primary_key=True)
    pushed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created: Mapped[int] = mapped_column(Integer, default=0)
