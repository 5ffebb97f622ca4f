"""Follow-up pages: an agent's queue and call screen, the team lead's overdue list (teams and KPIs
for organisers are in `team_pages`, on the same blueprint).

Shell module: parses the request, calls the follow-up services, commits, then tells the others
(`outcome_recorded`, `tasks_changed` → the `/agents` socket). Phone numbers are masked on every
page; only the agent a task is assigned to may reveal the number, and each reveal is audited.
"""

from __future__ import annotations

from datetime import datetime

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import select

import scripts_templates
from lead_capture import consent as consents
from lead_capture.followup import realtime, work
from lead_capture.followup.config import FollowUpConfig
from lead_capture.followup.forms import (
    CHANNEL_LABELS,
    KPI_LABELS,
    OUTCOME_LABELS,
    SCORE_LABELS,
    STATUS_LABELS,
    STRATEGY_LABELS,
    AwayForm,
    OutcomeForm,
    SurveyReplyForm,
)
from lead_capture.followup.models import (
    REACHED_OUTCOMES,
    Attempt,
    FollowUpTask,
    TaskStatus,
    Team,
    TeamMember,
)
from lead_capture.followup.rules import next_opening
from lead_capture.forms import INTEREST_LABELS, PURPOSE_LABELS, EmptyForm
from lead_capture.messages import survey
from lead_capture.messages.models import SurveyReply
from lead_capture.messages.subscribers import organisation_of
from lead_capture.models import Contact, ContactEvent
from lead_capture.signals import outcome_recorded, tasks_changed
from livestream.access import Principal
from livestream.charts import percent
from livestream.models import LiveSession, Role, User
from livestream.pages import add_nav_link, roles_required_by
from livestream.phones import mask_e164, mask_phones
from livestream.web import get_db

bp = Blueprint("followup", __name__, template_folder="../templates", static_folder="../static",
               static_url_path="/followup/static")

AGENTS = (Role.AGENT, Role.ORGANISER)
ORG = (Role.ORGANISER,)
# Who may open each page: the single table the role tests walk through. Among agents, the
# overdue list is for team leads only, and only the assigned agent may reveal a number.
FOLLOWUP_PAGE_ROLES: dict[str, tuple[Role, ...]] = {
    "followup.my_tasks": AGENTS,
    "followup.next_task": AGENTS,
    "followup.task_detail": AGENTS,
    "followup.reveal_phone": (Role.AGENT,),
    "followup.record_outcome": AGENTS,
    "followup.survey_reply": AGENTS,
    "followup.set_away": (Role.AGENT,),
    "followup.overdue": AGENTS,
    "followup.teams": ORG,
    "followup.create_team": ORG,
    "followup.update_team": ORG,
    "followup.add_member": ORG,
    "followup.update_member": ORG,
    "followup.remove_member": ORG,
    "followup.add_territory": ORG,
    "followup.remove_territory": ORG,
    "followup.kpis": ORG,
}
ACTIVE = (TaskStatus.OPEN, TaskStatus.CLAIMED)

roles_required = roles_required_by(FOLLOWUP_PAGE_ROLES)


def init_app(app) -> None:
    """Register the follow-up pages, their menu links and the `/agents` socket namespace."""
    from lead_capture.followup import team_pages  # noqa: F401  (its routes join the blueprint)

    app.register_blueprint(bp)
    add_nav_link(app, "followup.my_tasks", _l("My tasks"), (Role.AGENT,), home=True)
    # One menu entry for organisers; every follow-up page links to the others (_links.html).
    add_nav_link(app, "followup.kpis", _l("Follow-up"), ORG)
    realtime.init_app(app)


@bp.app_context_processor
def _followup_globals():
    return {"OUTCOME_LABELS": OUTCOME_LABELS, "STATUS_LABELS": STATUS_LABELS,
            "STRATEGY_LABELS": STRATEGY_LABELS, "CHANNEL_LABELS": CHANNEL_LABELS,
            "KPI_LABELS": KPI_LABELS, "SCORE_LABELS": SCORE_LABELS, "percent": percent}


# ---- helpers ----

def now() -> datetime:
    return realtime.clock(current_app)


def config() -> FollowUpConfig:
    """The follow-up rules in the organisation's time zone (the one pages show times in)."""
    return realtime.rules(current_app)


def principal() -> Principal:
    return Principal.of_user(current_user)


def tell_agents(user_ids) -> None:
    """After commit: the agents whose queue changed (and their leads) are told over `/agents`."""
    users = sorted({u for u in user_ids if u is not None})
    if users:
        tasks_changed.send(current_app._get_current_object(), user_ids=users)


def _refused(exc: work.FollowUpRefused) -> str:
    return _(exc.msgid, **exc.params)


def _led_team_ids(db, user_id: int) -> list[int]:
    return list(db.scalars(select(TeamMember.team_id).where(TeamMember.user_id == user_id,
                                                            TeamMember.is_lead)))


def _task_or_404(db, task_id: int) -> FollowUpTask:
    """The task, if the reader may see it: its agent, a lead of its team, or an organiser."""
    task = db.get(FollowUpTask, task_id)
    if task is None:
        abort(404)
    if current_user.role == Role.ORGANISER or task.assignee_id == current_user.id:
        return task
    if task.team_id is not None and task.team_id in _led_team_ids(db, current_user.id):
        return task
    abort(403)


def _contact(db, contact_id: int) -> Contact:
    contact = db.get(Contact, contact_id)
    while contact is not None and contact.merged_into_id:
        contact = db.get(Contact, contact.merged_into_id)
    if contact is None:
        abort(404)
    return contact


def active_agents(db) -> list[User]:
    return list(db.scalars(select(User).where(User.role == Role.AGENT, User.active).order_by(User.name)))


def assignees_of(db, task_ids: list[int]) -> set[int]:
    """Who holds these tasks now (the agents a move handed them to)."""
    if not task_ids:
        return set()
    return set(db.scalars(select(FollowUpTask.assignee_id).where(FollowUpTask.id.in_(task_ids))))


def _overdue_ids(db, ids, at: datetime) -> set[int]:
    if not ids:
        return set()
    return set(db.scalars(select(FollowUpTask.id).where(work.overdue_filter(at, config()),
                                                        FollowUpTask.id.in_(list(ids)))))


def _rows(db, tasks: list[FollowUpTask], at: datetime) -> dict:
    """What the task tables show next to each task: who it is, masked number, overdue, agent."""
    contact_ids = {t.contact_id for t in tasks}
    agent_ids = {t.assignee_id for t in tasks if t.assignee_id}
    team_ids = {t.team_id for t in tasks if t.team_id}
    people = {c.id: c for c in db.scalars(select(Contact).where(Contact.id.in_(contact_ids)))}
    agents = {u.id: u for u in db.scalars(select(User).where(User.id.in_(agent_ids)))}
    team_names = dict(db.execute(select(Team.id, Team.name).where(Team.id.in_(team_ids))).all())
    return {"people": people, "agents": agents, "team_names": team_names,
            "overdue": _overdue_ids(db, [t.id for t in tasks], at)}


def _why_no_task(db, user_id: int, at: datetime) -> str:
    """Why "next task" found nothing, in words the agent can act on."""
    cfg = config()
    members = db.scalars(select(TeamMember).where(TeamMember.user_id == user_id)).all()
    if current_user.role == Role.AGENT and not members:
        return _("You are not in a follow-up team yet: ask an organiser to add you to one.")
    if members and all(m.away for m in members):
        return _("You are marked away, so no task is given to you. Switch “away” off to get tasks.")
    window = cfg.call_window
    local = at.astimezone(cfg.tz)
    if not window.contains(local.time()):
        opening = next_opening(at, window, cfg)
        return _("Calls are allowed only %(start)s–%(end)s local time (it is %(now)s now). The next "
                 "task will be ready at %(opening)s.", start=f"{window.start:%H:%M}",
                 end=f"{window.end:%H:%M}", now=f"{local:%H:%M}",
                 opening=opening.astimezone(cfg.tz).strftime("%d/%m %H:%M"))
    waiting = db.scalar(select(FollowUpTask.next_attempt_at).where(
        FollowUpTask.assignee_id == user_id, FollowUpTask.status == TaskStatus.OPEN,
        FollowUpTask.next_attempt_at > at).order_by(FollowUpTask.next_attempt_at).limit(1))
    if waiting is not None:
        return _("Nothing to call right now. Your next callback or retry is at %(when)s.",
                 when=waiting.astimezone(cfg.tz).strftime("%d/%m %H:%M"))
    return _("No task is waiting for you. New tasks appear on this page by themselves.")


# ---- the agent's queue ----

@bp.get("/followup/tasks")
@roles_required
def my_tasks():
    """My open tasks in due order (organisers: any agent's with ?agent=, else every open task)."""
    db = get_db()
    at = now()
    agent_id = current_user.id
    everyone = None
    if current_user.role == Role.ORGANISER:
        everyone = active_agents(db)
        agent_id = request.args.get("agent", type=int)
    if agent_id is not None:
        tasks = work.my_tasks(db, agent_id, now=at)
    else:
        tasks = list(db.scalars(select(FollowUpTask).where(FollowUpTask.status.in_(ACTIVE))
                                .order_by(work.effective_due(), FollowUpTask.id).limit(500)))
    finished = db.scalars(select(FollowUpTask).where(
        FollowUpTask.assignee_id == current_user.id, FollowUpTask.status.not_in(ACTIVE))
        .order_by(FollowUpTask.closed_at.desc(), FollowUpTask.id.desc()).limit(20)).all()
    context = {"tasks": tasks, "finished": finished, "now": at, "agent_id": agent_id,
               **_rows(db, [*tasks, *finished], at)}
    if request.args.get("part") == "rows":  # the live refresh after a `tasks` event
        return render_template("followup/_task_rows.html", **context)
    members = db.scalars(select(TeamMember).where(TeamMember.user_id == current_user.id)).all()
    led = _led_team_ids(db, current_user.id)
    return render_template(
        "followup/my_tasks.html", **context, everyone=everyone, members=members,
        away=bool(members) and all(m.away for m in members), form=EmptyForm(), away_form=AwayForm(),
        team_overdue=work.overdue_count(db, now=at, team_ids=led, config=config()) if led else None,
    )


@bp.post("/followup/next")
@roles_required
def next_task():
    if not EmptyForm().validate_on_submit():
        abort(400)
    db = get_db()
    at = now()
    task = work.claim_next(db, current_user.id, now=at, config=config())
    if task is None:
        message = _why_no_task(db, current_user.id, at)
        db.commit()  # claim_next may have closed tasks of people who became blocked
        flash(message, "info")
        return redirect(url_for("followup.my_tasks"))
    db.commit()
    tell_agents([current_user.id])
    return redirect(url_for("followup.task_detail", task_id=task.id))


def _questions(db, task: FollowUpTask, contact: Contact) -> list[str]:
    """What the person asked during the task's session, oldest first."""
    return list(db.scalars(select(ContactEvent.text).where(
        ContactEvent.contact_id.in_({task.contact_id, contact.id}), ContactEvent.kind == "question",
        ContactEvent.live_session_id == task.live_session_id).order_by(ContactEvent.at, ContactEvent.id)))


def _call_script(contact: Contact, questions: list[str]) -> tuple[str, str | None]:
    """The rendered call script, or ("", why) when the template cannot be filled."""
    context = {
        "person": {"name": contact.name or "", "province": contact.province or "",
                   "interests": list(contact.interests or []), "tier": contact.tier,
                   "segment": dict(contact.segment or {})},
        "questions": questions,
        "agent": {"name": current_user.name or ""},
        "organisation": organisation_of(current_app.config.get("MESSAGES") or {}),
    }
    try:
        return scripts_templates.call_script(context), None
    except scripts_templates.TemplateError as exc:
        current_app.logger.warning("call script failed: %s", exc)
        return "", str(exc)


def _survey_replies(db, task_id: int) -> list:
    return list(db.scalars(select(SurveyReply).where(SurveyReply.task_id == task_id)
                           .order_by(SurveyReply.received_at)))


def _task_page(db, task: FollowUpTask, *, revealed: bool = False):
    contact = _contact(db, task.contact_id)
    questions = [q if revealed else mask_phones(q) for q in _questions(db, task, contact)]
    script, script_error = _call_script(contact, questions)
    attempts = db.scalars(select(Attempt).where(Attempt.task_id == task.id)
                          .order_by(Attempt.at, Attempt.id)).all()
    names = dict(db.execute(select(User.id, User.name).where(
        User.id.in_({a.user_id for a in attempts} | {task.assignee_id}))).all())
    at = now()
    mine = task.assignee_id == current_user.id
    return render_template(
        "followup/task.html", task=task, lead=contact, questions=questions, script=script,
        script_error=script_error, attempts=attempts, names=names, revealed=revealed, mine=mine,
        may_work=mine and task.status in ACTIVE,
        may_survey=task.outcome in REACHED_OUTCOMES and (mine or current_user.role == Role.ORGANISER),
        consent=consents.current_consent(db, [contact.id]).get(contact.id, {}),
        permission=consents.may_contact(db, contact.id, "call"),
        blocked=bool(task.phone and consents.blocked_phones(db, [task.phone])),
        overdue=task.id in _overdue_ids(db, [task.id], at),
        live=db.get(LiveSession, task.live_session_id),
        form=EmptyForm(), outcome_form=OutcomeForm(formdata=None),
        survey_form=SurveyReplyForm(formdata=None), replies=_survey_replies(db, task.id),
        PURPOSE_LABELS=PURPOSE_LABELS, INTEREST_LABELS=INTEREST_LABELS, mask_e164=mask_e164,
    )


@bp.get("/followup/tasks/<int:task_id>")
@roles_required
def task_detail(task_id: int):
    db = get_db()
    return _task_page(db, _task_or_404(db, task_id))


@bp.post("/followup/tasks/<int:task_id>/reveal")
@roles_required
def reveal_phone(task_id: int):
    if not EmptyForm().validate_on_submit():
        abort(400)
    db = get_db()
    task = _task_or_404(db, task_id)
    if task.assignee_id != current_user.id or task.status not in ACTIVE or not task.phone:
        abort(403)
    consents.audit(db, actor=principal().name, actor_user_id=current_user.id, action="reveal_phone",
                   target=f"contact:{task.contact_id}", task=task.id)
    db.commit()
    return _task_page(db, task, revealed=True)


def _local_to_utc(moment: datetime | None) -> datetime | None:
    return moment.replace(tzinfo=config().tz) if moment is not None else None


@bp.post("/followup/tasks/<int:task_id>/outcome")
@roles_required
def record_outcome(task_id: int):
    db = get_db()
    task = _task_or_404(db, task_id)
    form = OutcomeForm()
    if not form.validate_on_submit():
        if form.csrf_token.errors:
            abort(400)
        flash(_("Choose one of the outcome buttons."), "error")
        return redirect(url_for("followup.task_detail", task_id=task.id))
    before = task.assignee_id
    try:
        task = work.record_outcome(db, task.id, current_user.id, form.outcome.data, note=form.note.data or "",
                                   callback_at=_local_to_utc(form.callback_at.data), now=now(),
                                   config=config())
    except work.FollowUpRefused as exc:
        db.rollback()
        flash(_refused(exc), "error")
        return redirect(url_for("followup.task_detail", task_id=task_id))
    db.commit()
    outcome_recorded.send(current_app._get_current_object(), task_id=task.id, contact_id=task.contact_id,
                          outcome=task.outcome)
    tell_agents([before, task.assignee_id, current_user.id])
    label = OUTCOME_LABELS.get(task.outcome, task.outcome)
    if task.outcome == "callback" and task.callback_at:
        flash(_("Saved: %(outcome)s %(when)s.", outcome=label,
                when=task.callback_at.astimezone(config().tz).strftime("%d/%m/%Y %H:%M")), "ok")
    else:
        flash(_("Saved: %(outcome)s.", outcome=label), "ok")
    if task.outcome in REACHED_OUTCOMES and task.status not in ACTIVE:
        return redirect(url_for("followup.task_detail", task_id=task.id, _anchor="survey"))
    return redirect(url_for("followup.my_tasks"))


@bp.post("/followup/tasks/<int:task_id>/survey")
@roles_required
def survey_reply(task_id: int):
    """A satisfaction answer the person gave on the phone or in person, typed in by the agent."""
    db = get_db()
    task = _task_or_404(db, task_id)
    if task.assignee_id != current_user.id and current_user.role != Role.ORGANISER:
        abort(403)
    form = SurveyReplyForm()
    if not form.validate_on_submit():
        if form.csrf_token.errors:
            abort(400)
        flash(_("Choose a score from 1 to 5."), "error")
        return redirect(url_for("followup.task_detail", task_id=task.id, _anchor="survey"))
    if task.outcome not in REACHED_OUTCOMES:
        flash(_("A satisfaction reply can be recorded only after the person was reached."), "error")
        return redirect(url_for("followup.task_detail", task_id=task.id))
    try:
        survey.record_survey_reply(db, task_id=task.id, score=form.score.data, text=form.text.data or "",
                                   via="manual", now=now(), by=principal().name)
    except survey.SurveyReplyError as exc:
        db.rollback()
        flash(_("The reply was not saved: %(why)s", why=str(exc)), "error")
        return redirect(url_for("followup.task_detail", task_id=task.id, _anchor="survey"))
    db.commit()
    flash(_("Satisfaction reply saved."), "ok")
    return redirect(url_for("followup.task_detail", task_id=task.id, _anchor="survey"))


@bp.post("/followup/away")
@roles_required
def set_away():
    form = AwayForm()
    if not form.validate_on_submit():
        abort(400)
    db = get_db()
    try:
        moved = work.set_away(db, current_user.id, form.away.data, now=now(), config=config())
    except work.FollowUpRefused as exc:
        db.rollback()
        flash(_refused(exc), "error")
        return redirect(url_for("followup.my_tasks"))
    receivers = assignees_of(db, moved)
    db.commit()
    tell_agents({current_user.id, *receivers})
    if form.away.data:
        flash(_("You are away: %(n)s open tasks were handed to your team.", n=len(moved)), "ok")
    else:
        flash(_("Welcome back: new tasks will come to you again."), "ok")
    return redirect(url_for("followup.my_tasks"))


# ---- team leads and organisers ----

@bp.get("/followup/overdue")
@roles_required
def overdue():
    db = get_db()
    at = now()
    scope = None  # an organiser sees every team's
    if current_user.role != Role.ORGANISER:
        scope = _led_team_ids(db, current_user.id)
        if not scope:
            abort(403)
    tasks = work.overdue_tasks(db, now=at, team_ids=scope, config=config(), limit=work.OVERDUE_SHOWN)
    total = work.overdue_count(db, now=at, team_ids=scope, config=config())
    context = {"tasks": tasks, "total": total, "now": at, **_rows(db, tasks, at)}
    if request.args.get("part") == "rows":  # the live refresh; the page's count comes along
        return render_template("followup/_overdue_rows.html", **context), {"X-Total-Count": str(total)}
    return render_template("followup/overdue.html", **context)
