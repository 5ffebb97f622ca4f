"""The agents' work: my tasks, claiming the next one, recording outcomes, being away, overdue.

Service (takes a Session, never commits; `now` is passed in). The contact rules live in `rules`;
here they meet the database: the per-number daily limit counts `followup_attempts`, and
do-not-call / withdrawn consent / "do not contact" close every open task of that person.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import exists, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from lead_capture.consent import may_contact
from lead_capture.contacts import phones_of
from lead_capture.followup.assignment import Lead
from lead_capture.followup.config import FollowUpConfig, load_config
from lead_capture.followup.models import (
    AGENT_OUTCOMES,
    Attempt,
    FollowUpTask,
    Outcome,
    TaskStatus,
    TeamMember,
)
from lead_capture.followup.push import ACTIVE, load_pools, save_rotation
from lead_capture.followup.rules import (
    AGREED_HOURS_KEY,
    callback_problem,
    local_day_start,
    may_contact_now,
    next_call_after_no_answer,
)
from lead_capture.models import (
    Consent,
    Contact,
    ContactEvent,
    ContactIdentity,
    DoNotCall,
    IdentityKind,
    Purpose,
)

# Consent states that stop follow-up; "no_consent" (never asked) does not: the first call asks.
STOPPING = frozenset({"withdrawn", "do_not_call"})
_CLAIM_TRIES = 200


class FollowUpRefused(Exception):
    """An agent's action that the rules or the task's state do not allow.

    `msgid` is English and constant (the shell translates it: gettext(msgid, **params));
    `status` is the HTTP code the shell answers with (400 bad input, 403 not yours, 404, 409 state).
    """

    def __init__(self, msgid: str, status: int = 409, **params):
        super().__init__(msgid % params if params else msgid)
        self.msgid, self.status, self.params = msgid, status, params

    @property
    def message(self) -> str:
        return str(self)


def _cfg(config: FollowUpConfig | None) -> FollowUpConfig:
    return config or load_config()


def effective_due():
    """Due order: a waiting retry or callback counts from when it may happen, else the due time."""
    return func.coalesce(FollowUpTask.next_attempt_at, FollowUpTask.due_at)


def my_tasks(db: Session, user_id: int, *, now: datetime) -> list[FollowUpTask]:
    """The agent's open and claimed tasks, the one in hand first, then in due order."""
    return list(db.scalars(
        select(FollowUpTask).where(FollowUpTask.assignee_id == user_id, FollowUpTask.status.in_(ACTIVE))
        .order_by((FollowUpTask.status == TaskStatus.CLAIMED).desc(), effective_due(),
                  FollowUpTask.score.desc(), FollowUpTask.id)))


def _called_today(cfg: FollowUpConfig, now: datetime):
    """This number was called today, or is being called now under another task (a shared phone)."""
    in_hand = aliased(FollowUpTask)
    return or_(
        exists().where(Attempt.phone == FollowUpTask.phone, Attempt.channel == "call",
                       Attempt.at >= local_day_start(now, cfg)),
        exists().where(in_hand.phone == FollowUpTask.phone, in_hand.status == TaskStatus.CLAIMED,
                       in_hand.id != FollowUpTask.id))


def _agent_scope(db: Session, user_id: int, now: datetime, cfg: FollowUpConfig):
    """Which tasks this agent may take: their own, plus their teams' unassigned ones while under cap."""
    members = db.scalars(select(TeamMember).where(TeamMember.user_id == user_id)).all()
    present = [m for m in members if not m.away]
    if members and not present:
        return None  # away in every team: no new work
    mine = FollowUpTask.assignee_id == user_id
    if not present:
        return mine
    given_today = db.scalar(select(func.count()).select_from(FollowUpTask).where(
        FollowUpTask.assignee_id == user_id, FollowUpTask.assigned_at >= local_day_start(now, cfg)))
    if given_today >= max(m.daily_cap for m in present):
        return mine
    shared = FollowUpTask.assignee_id.is_(None) & FollowUpTask.team_id.in_([m.team_id for m in present])
    return or_(mine, shared)


def claim_next(db: Session, user_id: int, *, now: datetime,
               config: FollowUpConfig | None = None) -> FollowUpTask | None:
    """The most urgent open task this agent may call now, claimed for them (or None).

    Two agents pressing at once never get the same task. On PostgreSQL each candidate is read
    with SELECT ... FOR UPDATE SKIP LOCKED, so a row another agent is claiming is skipped, not
    waited for. On SQLite, livestream.db begins every transaction with BEGIN IMMEDIATE: the whole
    claim (read, check, update) runs under the database's single writer lock, and a second
    claimer starts only after the first committed. On both, the claim itself is a conditional
    UPDATE ... WHERE status = 'open' whose row count is checked, so even a stale read cannot
    claim a task twice.
    """
    cfg = _cfg(config)
    scope = _agent_scope(db, user_id, now, cfg)
    if scope is None:
        return None
    promised = FollowUpTask.callback_at.is_not(None)
    query = (select(FollowUpTask, Contact.segment).join(Contact, Contact.id == FollowUpTask.contact_id)
             .where(FollowUpTask.status == TaskStatus.OPEN, scope,
                    or_(FollowUpTask.next_attempt_at.is_(None), FollowUpTask.next_attempt_at <= now),
                    or_(promised, ~_called_today(cfg, now)))
             .order_by(effective_due(), FollowUpTask.score.desc(), FollowUpTask.id).limit(1))
    if not may_contact_now("call", now, sent_today=0, cfg=cfg).allowed:
        # Outside the legal hours only people who agreed to other hours can be called.
        query = query.where(Contact.segment[(AGREED_HOURS_KEY, "call")].as_string().is_not(None))
    if db.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True, of=FollowUpTask)
    passed: list[int] = []
    for _ in range(_CLAIM_TRIES):
        row = db.execute(query.where(FollowUpTask.id.not_in(passed)) if passed else query).first()
        if row is None:
            return None
        task, segment = row
        passed.append(task.id)
        if not may_contact_now("call", now, sent_today=0, cfg=cfg, segment=segment).allowed:
            continue
        if may_contact(db, task.contact_id, "call").reason in STOPPING:
            stop_contact(db, task.contact_id, now=now, reason=Outcome.STOPPED)
            continue
        claimed = db.execute(
            update(FollowUpTask).where(FollowUpTask.id == task.id, FollowUpTask.status == TaskStatus.OPEN)
            .values(status=TaskStatus.CLAIMED, assignee_id=user_id, claimed_at=now,
                    assigned_at=func.coalesce(FollowUpTask.assigned_at, now))
            .execution_options(synchronize_session=False))
        if claimed.rowcount == 1:
            db.refresh(task)
            return task
    return None


def _task_for(db: Session, task_id: int, user_id: int) -> FollowUpTask:
    task = db.get(FollowUpTask, task_id)
    if task is None:
        raise FollowUpRefused("Task %(task)s does not exist.", 404, task=task_id)
    if task.status not in ACTIVE:
        raise FollowUpRefused("This task is already finished (%(state)s).", 409, state=str(task.status))
    if task.assignee_id != user_id:
        raise FollowUpRefused("This task belongs to another agent.", 403)
    return task


def call_permission(db: Session, task: FollowUpTask, *, now: datetime,
                    config: FollowUpConfig | None = None):
    """Whether the task's number may be called now (window, daily limit): a rules.Decision."""
    cfg = _cfg(config)
    segment = db.scalar(select(Contact.segment).where(Contact.id == task.contact_id))
    calls_today = db.scalar(select(func.count()).select_from(Attempt).where(
        Attempt.phone == task.phone, Attempt.channel == "call", Attempt.at >= local_day_start(now, cfg)))
    return may_contact_now("call", now, sent_today=calls_today, cfg=cfg, segment=segment,
                           promised=task.callback_at is not None)


def claim_task(db: Session, task_id: int, user_id: int, *, now: datetime,
               config: FollowUpConfig | None = None) -> FollowUpTask:
    """Take one of my own open tasks in hand (opened from my list), if it may be called now."""
    task = _task_for(db, task_id, user_id)
    if task.status == TaskStatus.CLAIMED:
        return task
    _check_callable(db, task, now, _cfg(config))
    task.status, task.claimed_at = TaskStatus.CLAIMED, now
    db.flush()
    return task


def _check_callable(db: Session, task: FollowUpTask, now: datetime, cfg: FollowUpConfig) -> None:
    if task.next_attempt_at is not None and task.next_attempt_at > now:
        raise FollowUpRefused("This task waits until %(at)s.", 409,
                              at=task.next_attempt_at.astimezone(cfg.tz).strftime("%d/%m %H:%M"))
    permission = may_contact(db, task.contact_id, "call")
    if permission.reason in STOPPING:
        stop_contact(db, task.contact_id, now=now, reason=Outcome.STOPPED)
        raise FollowUpRefused("This person may not be called (%(reason)s); their tasks are closed.", 409,
                              reason=permission.reason)
    decision = call_permission(db, task, now=now, config=cfg)
    if decision.reason == "daily_limit":
        raise FollowUpRefused("This number was already called today; the next call is allowed from %(at)s.",
                              409, at=decision.not_before.astimezone(cfg.tz).strftime("%d/%m %H:%M"))
    if decision.reason == "outside_window":
        raise FollowUpRefused("Calls are not allowed now; the next calling hours start at %(at)s.", 409,
                              at=decision.not_before.astimezone(cfg.tz).strftime("%d/%m %H:%M"))


def _close(task: FollowUpTask, status: TaskStatus, outcome: str, now: datetime) -> None:
    task.status, task.outcome, task.closed_at = status, outcome, now
    task.next_attempt_at = None


def record_outcome(db: Session, task_id: int, user_id: int, outcome: str, *, note: str = "",
                   callback_at: datetime | None = None, now: datetime,
                   config: FollowUpConfig | None = None) -> FollowUpTask:
    """The result of the call the agent just made; returns the task as it now stands.

    The task's `outcome` afterwards is what the shell sends with `outcome_recorded`: e.g.
    "unreachable" when this was the last allowed unanswered call (the messages package then sends
    the fallback SMS where SMS consent exists).
    """
    cfg = _cfg(config)
    if outcome not in {o.value for o in AGENT_OUTCOMES}:
        raise FollowUpRefused("Unknown outcome '%(outcome)s' (expected one of %(expected)s).", 400,
                              outcome=outcome, expected=", ".join(o.value for o in AGENT_OUTCOMES))
    note = (note or "").strip()
    if len(note) > 4000:
        raise FollowUpRefused("The note is too long (at most 4000 characters).", 400)
    task = _task_for(db, task_id, user_id)
    contact = db.get(Contact, task.contact_id)
    if outcome == Outcome.CALLBACK:
        problem = callback_problem(callback_at, now, cfg=cfg, segment=contact.segment)
        if problem:
            raise FollowUpRefused(problem[0], 400, **problem[1])
    if task.status == TaskStatus.OPEN:
        _check_callable(db, task, now, cfg)  # the call just made must have been allowed
    db.add(Attempt(task_id=task.id, user_id=user_id, at=now, outcome=outcome, note=note, channel="call",
                   phone=task.phone))
    db.add(ContactEvent(contact_id=contact.id, kind="call", live_session_id=task.live_session_id, at=now,
                        text=note, data={"outcome": outcome, "task_id": task.id, "user_id": user_id}))
    task.attempts += 1
    task.first_contacted_at = task.first_contacted_at or now
    task.callback_at = None  # a promise is kept by this call, whatever came of it
    if note:
        task.note = f"{task.note}\n{note}".strip() if task.note else note
    if outcome in (Outcome.ENROLLED, Outcome.DECLINED):
        _close(task, TaskStatus.DONE, outcome, now)
        contact.outcome, contact.outcome_at = outcome, now
    elif outcome == Outcome.CALLBACK:
        task.status, task.outcome = TaskStatus.OPEN, outcome
        task.callback_at = task.next_attempt_at = callback_at
    elif outcome == Outcome.NO_ANSWER:
        db.flush()
        unanswered = _unanswered_since_reached(db, task.id)
        calls_today = db.scalar(select(func.count()).select_from(Attempt).where(
            Attempt.phone == task.phone, Attempt.channel == "call",
            Attempt.at >= local_day_start(now, cfg)))
        retry = next_call_after_no_answer(unanswered, now, calls_today=calls_today, cfg=cfg,
                                          segment=contact.segment)
        if retry is None:
            _close(task, TaskStatus.CLOSED, Outcome.UNREACHABLE, now)
        else:
            task.status, task.outcome, task.next_attempt_at = TaskStatus.OPEN, outcome, retry
    elif outcome == Outcome.WRONG_NUMBER:
        _close(task, TaskStatus.CLOSED, outcome, now)
    elif outcome == Outcome.DO_NOT_CONTACT:
        _close(task, TaskStatus.CLOSED, outcome, now)
        for phone in phones_of(db, [contact.id]).get(contact.id, []):
            if db.get(DoNotCall, phone) is None:
                db.add(DoNotCall(phone=phone, source="outcome", added_at=now))
        stop_contact(db, contact.id, now=now, reason=Outcome.STOPPED)
    task.claimed_at = None if task.status == TaskStatus.OPEN else task.claimed_at
    db.flush()
    return task


def _unanswered_since_reached(db: Session, task_id: int) -> int:
    outcomes = db.scalars(select(Attempt.outcome).where(Attempt.task_id == task_id)
                          .order_by(Attempt.at.desc(), Attempt.id.desc())).all()
    count = 0
    for outcome in outcomes:
        if outcome != Outcome.NO_ANSWER:
            break
        count += 1
    return count


def stop_contact(db: Session, contact_id: int, *, now: datetime, reason: str = Outcome.STOPPED) -> list[int]:
    """Close every open task of one person at once (do-not-call, withdrawn, do not contact)."""
    tasks = db.scalars(select(FollowUpTask).where(FollowUpTask.contact_id == contact_id,
                                                  FollowUpTask.status.in_(ACTIVE))).all()
    for task in tasks:
        _close(task, TaskStatus.CLOSED, reason, now)
    db.flush()
    return [t.id for t in tasks]


def stop_follow_up(db: Session, contact_id: int, *, now: datetime) -> list[int]:
    """A withdrawal: close the person's open tasks now; returns the agents whose queue changed."""
    assignees = db.scalars(select(FollowUpTask.assignee_id).where(
        FollowUpTask.contact_id == contact_id, FollowUpTask.status.in_(ACTIVE))).all()
    stop_contact(db, contact_id, now=now)
    return sorted({user_id for user_id in assignees if user_id is not None})


def stop_blocked(db: Session, *, now: datetime) -> dict[int, int | None]:
    """Close the open tasks of people now on the do-not-call list or who withdrew consent.

    Returns {task id: assignee id}. Run by the due scan (two set-based queries); claiming checks
    each task as well, so nobody is called between a withdrawal and the next scan.
    """
    active = select(FollowUpTask.contact_id).where(FollowUpTask.status.in_(ACTIVE))
    on_list = (select(ContactIdentity.contact_id)
               .join(DoNotCall, DoNotCall.phone == ContactIdentity.value)
               .where(ContactIdentity.kind == IdentityKind.PHONE, ContactIdentity.contact_id.in_(active)))
    newest = (select(func.max(Consent.id))
              .where(Consent.contact_id.in_(active), Consent.purpose == Purpose.CALL)
              .group_by(Consent.contact_id))
    withdrawn = select(Consent.contact_id).where(Consent.id.in_(newest), Consent.granted.is_(False))
    blocked = set(db.scalars(on_list)) | set(db.scalars(withdrawn))
    stopped: dict[int, int | None] = {}
    for task in db.scalars(select(FollowUpTask).where(FollowUpTask.contact_id.in_(blocked),
                                                      FollowUpTask.status.in_(ACTIVE))) if blocked else ():
        stopped[task.id] = task.assignee_id
        _close(task, TaskStatus.CLOSED, Outcome.STOPPED, now)
    db.flush()
    return stopped


def set_away(db: Session, user_id: int, away: bool, *, now: datetime,
             config: FollowUpConfig | None = None) -> list[int]:
    """Mark an agent away (or back); going away hands their open, unclaimed tasks to others.

    Each task goes to a colleague by its team's strategy (skills, caps); with nobody available it
    stays in the team's shared pool. Returns the ids of the tasks moved.
    """
    cfg = _cfg(config)
    members = db.scalars(select(TeamMember).where(TeamMember.user_id == user_id)).all()
    if not members:
        raise FollowUpRefused("User %(user)s is not in any follow-up team.", 404, user=user_id)
    for member in members:
        member.away = away
    db.flush()
    if not away:
        return []
    tasks = db.scalars(select(FollowUpTask).where(FollowUpTask.assignee_id == user_id,
                                                  FollowUpTask.status == TaskStatus.OPEN)
                       .order_by(effective_due(), FollowUpTask.id)).all()
    if not tasks:
        return []
    _router, pools = load_pools(db, now=now, cfg=cfg, exclude_user_ids=[user_id])
    contacts = {c.id: c for c in db.scalars(select(Contact).where(
        Contact.id.in_([t.contact_id for t in tasks])))}
    given: set[int] = set()
    for task in tasks:
        pool = pools.get(task.team_id)
        contact = contacts[task.contact_id]
        agent = pool.pick(Lead(task.id, contact.province, contact.district, task.interest)) if pool else None
        task.assignee_id = agent.user_id if agent else None
        task.assigned_at = now if agent else None
        if agent:
            given.add(agent.user_id)
    save_rotation(db, pools, given, now)
    db.flush()
    return [t.id for t in tasks]


def overdue_filter(now: datetime, cfg: FollowUpConfig):
    late_callback = now - timedelta(minutes=cfg.overdue_grace_minutes)
    return FollowUpTask.status.in_(ACTIVE) & or_(
        FollowUpTask.first_contacted_at.is_(None) & (FollowUpTask.due_at < now),
        FollowUpTask.callback_at.is_not(None) & (FollowUpTask.callback_at < late_callback))


OVERDUE_SHOWN = 500  # the most overdue tasks a page or an event lists; counts cover them all


def _overdue(now: datetime, config: FollowUpConfig | None, team_ids: list[int] | None):
    query = select(FollowUpTask).where(overdue_filter(now, _cfg(config)))
    return query if team_ids is None else query.where(FollowUpTask.team_id.in_(team_ids))


def overdue_tasks(db: Session, *, now: datetime, team_id: int | None = None,
                  team_ids: list[int] | None = None, config: FollowUpConfig | None = None,
                  limit: int | None = None) -> list[FollowUpTask]:
    """Tasks past due and never attempted, or promised callbacks not made (for the team lead),
    most overdue first: of one team, of `team_ids`, or of every team; at most `limit`."""
    query = _overdue(now, config, [team_id] if team_id is not None else team_ids)
    query = query.order_by(FollowUpTask.due_at, FollowUpTask.id)
    return list(db.scalars(query.limit(limit) if limit is not None else query))


def overdue_count(db: Session, *, now: datetime, team_ids: list[int] | None = None,
                  config: FollowUpConfig | None = None) -> int:
    """How many tasks are overdue in `team_ids` (every team when None), counted by the database."""
    return db.scalar(select(func.count()).select_from(_overdue(now, config, team_ids).subquery()))


@dataclass
class DueScan:
    ready: set[int]            # agents whose retries / callbacks just came due
    overdue: dict[int, int]    # task id -> team id, newly flagged overdue
    stopped: dict[int, int | None]
    team_leads: set[int]       # leads of the teams with newly overdue tasks

    @property
    def user_ids(self) -> set[int]:
        return self.ready | self.team_leads | {u for u in self.stopped.values() if u is not None}


def due_scan(db: Session, *, now: datetime, config: FollowUpConfig | None = None) -> DueScan:
    """The scheduler's periodic pass: callbacks and retries due → back in the queue; overdue
    tasks flagged once (for the team lead); people who became blocked → their tasks closed."""
    cfg = _cfg(config)
    ready = set(db.scalars(select(FollowUpTask.assignee_id).where(
        FollowUpTask.status == TaskStatus.OPEN, FollowUpTask.next_attempt_at <= now,
        FollowUpTask.assignee_id.is_not(None)).distinct()))
    db.execute(update(FollowUpTask).where(FollowUpTask.status == TaskStatus.OPEN,
                                          FollowUpTask.next_attempt_at <= now)
               .values(next_attempt_at=None).execution_options(synchronize_session=False))
    overdue = dict(db.execute(select(FollowUpTask.id, FollowUpTask.team_id).where(
        overdue_filter(now, cfg), FollowUpTask.overdue_at.is_(None))).all())
    if overdue:
        db.execute(update(FollowUpTask).where(FollowUpTask.id.in_(list(overdue)))
                   .values(overdue_at=now).execution_options(synchronize_session=False))
    teams = {t for t in overdue.values() if t is not None}
    leads = set(db.scalars(select(TeamMember.user_id).where(
        TeamMember.team_id.in_(teams), TeamMember.is_lead.is_(True)))) if teams else set()
    stopped = stop_blocked(db, now=now)
    db.flush()
    return DueScan(ready, overdue, stopped, leads)


def open_counts(db: Session, user_ids) -> dict[int, int]:
    """Open tasks per agent (for pages showing the team's load)."""
    counts: dict[int, int] = defaultdict(int)
    for user_id, n in db.execute(select(FollowUpTask.assignee_id, func.count()).where(
            FollowUpTask.assignee_id.in_(list(user_ids)), FollowUpTask.status.in_(ACTIVE))
            .group_by(FollowUpTask.assignee_id)):
        counts[user_id] = n
    return dict(counts)
