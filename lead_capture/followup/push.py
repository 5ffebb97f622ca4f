"""Push: one follow-up task per lead of an ended session, due by tier, assigned by team strategy.

Service (takes a Session, never commits). Idempotent by construction: the leads are read in a
few set-based queries, only the ones without a task for this session are inserted, and the insert
itself skips conflicts on UNIQUE (contact_id, live_session_id) — so running twice, concurrently,
or again after a crash half-way creates no duplicate and misses no lead. Bulk Core inserts and an
in-memory assignment keep 100,000 leads within seconds (`python run.py bench --followup`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Integer, case, func, literal, null, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from lead_capture.followup.assignment import (
    AgentLoad,
    Lead,
    Router,
    TeamPool,
    TeamRoute,
    assign,
    strategy_named,
)
from lead_capture.followup.config import FollowUpConfig, load_config
from lead_capture.followup.models import (
    FollowUpTask,
    Outcome,
    SessionPush,
    TaskStatus,
    Team,
    TeamMember,
    Territory,
)
from lead_capture.followup.rules import due_at, local_day_start
from lead_capture.models import (
    Consent,
    Contact,
    ContactEvent,
    ContactIdentity,
    DoNotCall,
    IdentityKind,
    Purpose,
)
from lead_capture.operations import capture_pending
from livestream.db import UTCDateTime
from livestream.models import LiveSession, SessionStatus, User

ACTIVE = (TaskStatus.OPEN, TaskStatus.CLAIMED)
_CHUNK = 500


class PushRefused(ValueError):
    """The push cannot run as asked (unknown or unfinished session); the message says why."""


@dataclass
class PushResult:
    created: int = 0
    already: int = 0     # leads that already had a task for this session, or an open one elsewhere
    blocked: int = 0     # leads that may not be called (reasons in `blocked_reasons`)
    assigned_user_ids: set[int] = field(default_factory=set)
    # no_phone / do_not_call / withdrawn / do_not_contact
    blocked_reasons: Counter = field(default_factory=Counter)
    unassigned: int = 0  # created in a team's shared pool (every agent away or at their cap)


def session_lead_ids(live_session_id: int):
    """The live contacts who took part in a session (last / first session, or a timeline event)."""
    in_timeline = select(ContactEvent.contact_id).where(ContactEvent.live_session_id == live_session_id)
    return select(Contact.id).where(
        Contact.merged_into_id.is_(None),
        or_(Contact.last_session_id == live_session_id, Contact.first_session_id == live_session_id,
            Contact.id.in_(in_timeline)))


def load_pools(db: Session, *, now: datetime, cfg: FollowUpConfig,
               exclude_user_ids: Iterable[int] = ()) -> tuple[Router, dict[int, TeamPool]]:
    """Every team's route and its agents with today's counts (the input of `assignment.assign`)."""
    excluded = set(exclude_user_ids)
    teams = db.execute(select(Team.id, Team.strategy)).all()
    provinces: dict[int, set] = {}
    districts: dict[int, set] = {}
    for team_id, province, district in db.execute(
            select(Territory.team_id, Territory.province, Territory.district)):
        if district:
            districts.setdefault(team_id, set()).add((province, district))
        else:
            provinces.setdefault(team_id, set()).add(province)
    open_counts = dict(db.execute(
        select(FollowUpTask.assignee_id, func.count()).where(
            FollowUpTask.status.in_(ACTIVE), FollowUpTask.assignee_id.is_not(None))
        .group_by(FollowUpTask.assignee_id)).all())
    today = dict(db.execute(
        select(FollowUpTask.assignee_id, func.count()).where(
            FollowUpTask.assigned_at >= local_day_start(now, cfg), FollowUpTask.assignee_id.is_not(None))
        .group_by(FollowUpTask.assignee_id)).all())
    agents: dict[int, list[AgentLoad]] = {}
    for member in db.scalars(select(TeamMember).join(User, User.id == TeamMember.user_id)
                             .where(User.active.is_(True))):
        agents.setdefault(member.team_id, []).append(AgentLoad(
            user_id=member.user_id, team_id=member.team_id, skills=frozenset(member.skills or ()),
            daily_cap=member.daily_cap, assigned_today=today.get(member.user_id, 0),
            open_tasks=open_counts.get(member.user_id, 0), last_assigned_at=member.last_assigned_at,
            away=member.away or member.user_id in excluded))
    team_open = dict(db.execute(select(FollowUpTask.team_id, func.count()).where(
        FollowUpTask.status.in_(ACTIVE)).group_by(FollowUpTask.team_id)).all())
    load = {t: team_open.get(t, 0) / max(1, sum(a.has_room for a in agents.get(t, ()))) for t, _ in teams}
    router = Router([TeamRoute(t, s, frozenset(provinces.get(t, ())), frozenset(districts.get(t, ())))
                     for t, s in teams], load)
    pools = {t: TeamPool(t, strategy_named(s), agents.get(t, ())) for t, s in teams}
    return router, pools


def save_rotation(db: Session, pools: dict[int, TeamPool], given: Iterable[int], now: datetime) -> None:
    """Persist round robin's rotation: agents given work now get last_assigned_at in turn order."""
    given = set(given)
    for pool in pools.values():
        served = [a for a in pool.rotation() if a.user_id in given]
        for rank, agent in enumerate(served):
            # A microsecond apart keeps their order for the next push (and across restarts).
            db.execute(update(TeamMember).where(TeamMember.team_id == pool.team_id,
                                                TeamMember.user_id == agent.user_id)
                       .values(last_assigned_at=now + timedelta(microseconds=rank)))


def _insert_tasks(db: Session, live_session_id: int, groups: dict[tuple, list[int]], now: datetime,
                  cfg: FollowUpConfig) -> None:
    """INSERT ... SELECT from contacts, one statement per (team, agent) and chunk of ids: the
    database copies tier, score, reasons, first phone and interest itself (no per-row Python),
    and rows another push inserted meanwhile are skipped (ON CONFLICT DO NOTHING)."""
    table = FollowUpTask.__table__
    due = {tier: literal(due_at(tier, now, cfg), UTCDateTime()) for tier in cfg.due}
    first_phone = (select(ContactIdentity.value)
                   .where(ContactIdentity.contact_id == Contact.id,
                          ContactIdentity.kind == IdentityKind.PHONE)
                   .order_by(ContactIdentity.id).limit(1).scalar_subquery())
    stamp = literal(now, UTCDateTime())
    columns = ["contact_id", "live_session_id", "team_id", "assignee_id", "assigned_at", "status", "channel",
               "phone", "interest", "tier", "score", "reasons", "due_at", "attempts", "note", "created_at"]
    dialect = {"postgresql": postgresql, "sqlite": sqlite}.get(db.get_bind().dialect.name)
    for (team_id, user_id), contact_ids in groups.items():
        for start in range(0, len(contact_ids), _CHUNK):
            chunk = contact_ids[start : start + _CHUNK]
            rows = select(
                Contact.id, literal(live_session_id), literal(team_id, Integer()),
                literal(user_id, Integer()),
                stamp if user_id is not None else null(), literal(TaskStatus.OPEN.value), literal("call"),
                first_phone, Contact.interests[0].as_string(), func.coalesce(Contact.tier, "cold"),
                func.coalesce(Contact.score, 0.0), Contact.reasons,
                case(*((Contact.tier == tier, value) for tier, value in due.items()), else_=due["cold"]),
                literal(0), literal(""), stamp,
            ).where(Contact.id.in_(chunk))
            if dialect is None:  # another database: the pre-filter alone (no concurrent pushes)
                db.execute(table.insert().from_select(columns, rows))
            else:
                db.execute(dialect.insert(table).from_select(columns, rows)
                           .on_conflict_do_nothing(index_elements=["contact_id", "live_session_id"]))


@dataclass
class _LeadChecks:
    """What decides, per lead, whether a task is created: read in a few set-based queries."""

    existing: set[int]        # already have a task for this session
    open_elsewhere: set[int]  # have an open task of another session: not called twice
    with_phone: set[int]
    do_not_call: set[int]
    withdrawn: set[int]       # newest call consent refused
    refused: set[int]         # said "do not contact" on an earlier task

    @classmethod
    def read(cls, db: Session, leads, live_session_id: int) -> _LeadChecks:
        lead_ids = select(leads.c.id)
        phone_of_lead = (select(ContactIdentity.contact_id)
                         .join(leads, leads.c.id == ContactIdentity.contact_id)
                         .where(ContactIdentity.kind == IdentityKind.PHONE))
        newest_call = (select(func.max(Consent.id)).join(leads, leads.c.id == Consent.contact_id)
                       .where(Consent.purpose == Purpose.CALL).group_by(Consent.contact_id))
        return cls(
            existing=set(db.scalars(select(FollowUpTask.contact_id).where(
                FollowUpTask.live_session_id == live_session_id))),
            open_elsewhere=set(db.scalars(select(FollowUpTask.contact_id).where(
                FollowUpTask.contact_id.in_(lead_ids), FollowUpTask.status.in_(ACTIVE)))),
            with_phone=set(db.scalars(phone_of_lead)),
            do_not_call=set(db.scalars(
                phone_of_lead.join(DoNotCall, DoNotCall.phone == ContactIdentity.value))),
            withdrawn=set(db.scalars(select(Consent.contact_id).where(
                Consent.id.in_(newest_call), Consent.granted.is_(False)))),
            refused=set(db.scalars(select(FollowUpTask.contact_id).where(
                FollowUpTask.contact_id.in_(lead_ids), FollowUpTask.outcome == Outcome.DO_NOT_CONTACT))),
        )

    def blocked(self, contact_id: int) -> str | None:
        """Why this lead may not be called, or None."""
        if contact_id in self.refused:
            return "do_not_contact"
        if contact_id in self.withdrawn:
            return "withdrawn"
        if contact_id in self.do_not_call:
            return "do_not_call"
        if contact_id not in self.with_phone:
            return "no_phone"
        return None


def push_session_tasks(db: Session, live_session_id: int, *, now: datetime,
                       config: FollowUpConfig | None = None) -> PushResult:
    """A task for every lead of an ended session that has none yet (see module docstring)."""
    cfg = config or load_config()
    live = db.get(LiveSession, live_session_id)
    if live is None:
        raise PushRefused(f"live session {live_session_id} does not exist")
    if live.status != SessionStatus.ENDED:
        raise PushRefused(f"live session {live_session_id} has not ended (status {live.status}); "
                          "tasks are pushed once it ends")
    while capture_pending(db, live_session_id):
        pass  # every comment read by lead capture first: a capture that failed misses no lead
    result = PushResult()
    leads = session_lead_ids(live_session_id).subquery()
    checks = _LeadChecks.read(db, leads, live_session_id)
    to_create: list[Lead] = []
    first_interest = Contact.interests[0].as_string()  # JSON path in SQL: no decoding per row
    for cid, province, district, interest in db.execute(
            select(Contact.id, Contact.province, Contact.district, first_interest)
            .join(leads, leads.c.id == Contact.id).order_by(Contact.score.desc(), Contact.id)):
        if cid in checks.existing or cid in checks.open_elsewhere:
            result.already += 1
            continue
        reason = checks.blocked(cid)
        if reason:
            result.blocked += 1
            result.blocked_reasons[reason] += 1
            continue
        to_create.append(Lead(cid, province, district, interest))

    router, pools = load_pools(db, now=now, cfg=cfg)
    groups: dict[tuple[int | None, int | None], list[int]] = {}
    for a in assign(to_create, router, pools):
        groups.setdefault((a.team_id, a.user_id), []).append(a.key)
        if a.user_id is None:
            result.unassigned += 1
    result.assigned_user_ids = {user for _team, user in groups if user is not None}
    _insert_tasks(db, live_session_id, groups, now, cfg)
    if to_create:
        save_rotation(db, pools, result.assigned_user_ids, now)
    total = db.scalar(select(func.count()).select_from(FollowUpTask).where(
        FollowUpTask.live_session_id == live_session_id))
    result.created = total - len(checks.existing)
    result.already += len(to_create) - result.created  # a concurrent push inserted them first
    _mark_pushed(db, live_session_id, result.created, now)
    return result


def _mark_pushed(db: Session, live_session_id: int, created: int, now: datetime) -> None:
    push = db.get(SessionPush, live_session_id)
    if push is None:
        db.add(SessionPush(live_session_id=live_session_id, pushed_at=now, created=created))
    else:
        push.pushed_at, push.created = now, push.created + created
    db.flush()


def sessions_to_push(db: Session, *, now: datetime, config: FollowUpConfig | None = None) -> list[int]:
    """Ended sessions (recent enough) whose push has not completed: what the scheduler polls."""
    cfg = config or load_config()
    since = now - timedelta(days=cfg.push_lookback_days)
    return list(db.scalars(
        select(LiveSession.id).outerjoin(SessionPush, SessionPush.live_session_id == LiveSession.id)
        .where(LiveSession.status == SessionStatus.ENDED, SessionPush.live_session_id.is_(None),
               LiveSession.ended_at >= since)
        .order_by(LiveSession.ended_at)))
