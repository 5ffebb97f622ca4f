"""Follow-up set-up and results for organisers: teams (strategy, agents, territories) and KPIs.

Shell module: routes on the follow-up blueprint (`pages.bp`), same roles table and rules as the
agents' pages; the team changes go through the `teams` service, being away through `work.set_away`.
"""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from sqlalchemy import select

from lead_capture.followup import kpis, teams, work
from lead_capture.followup.forms import (
    CHARTED_KPIS,
    MemberForm,
    NewMemberForm,
    StrategyForm,
    TeamForm,
    TerritoryForm,
)
from lead_capture.followup.models import FollowUpTask, Team, TeamMember, Territory
from lead_capture.followup.pages import (
    active_agents,
    assignees_of,
    bp,
    config,
    now,
    roles_required,
    tell_agents,
)
from lead_capture.forms import INTEREST_LABELS, EmptyForm
from livestream.charts import bar_chart
from livestream.models import LiveSession, SessionStatus, User
from livestream.web import get_db


def _team_or_404(db, team_id: int) -> Team:
    team = db.get(Team, team_id)
    if team is None:
        abort(404)
    return team


def _teams_page(db, *, team_form=None, status: int = 200):
    all_teams = db.scalars(select(Team).order_by(Team.name)).all()
    members = db.scalars(select(TeamMember).order_by(TeamMember.id)).all()
    territories = db.scalars(select(Territory).order_by(Territory.province, Territory.district)).all()
    agents = active_agents(db)
    load = work.open_counts(db, [m.user_id for m in members])
    member_forms = {m.id: MemberForm(formdata=None, obj=m, prefix=f"m{m.id}") for m in members}
    new_member_form = NewMemberForm(formdata=None)
    new_member_form.user_id.choices = [(u.id, f"{u.name} ({u.email})") for u in agents]
    return render_template(
        "followup/teams.html", teams=all_teams, agents={u.id: u for u in agents},
        users={u.id: u for u in db.scalars(select(User).where(User.id.in_({m.user_id for m in members})))},
        members=members, territories=territories, load=load, member_forms=member_forms,
        team_form=team_form or TeamForm(formdata=None), new_member_form=new_member_form,
        territory_form=TerritoryForm(formdata=None),
        form=EmptyForm(), INTEREST_LABELS=INTEREST_LABELS,
    ), status


@bp.get("/followup/teams", endpoint="teams")
@roles_required
def teams_page():
    return _teams_page(get_db())


def _team_refused(db, exc: teams.TeamRefused):
    db.rollback()
    flash(_(exc.message, **exc.values), "error")
    return redirect(url_for("followup.teams"))


@bp.post("/followup/teams")
@roles_required
def create_team():
    db = get_db()
    form = TeamForm()
    if not form.validate_on_submit():
        if form.csrf_token.errors:
            abort(400)
        return _teams_page(db, team_form=form, status=400)
    try:
        team = teams.create_team(db, form.name.data, form.strategy.data)
    except teams.TeamRefused as exc:
        return _team_refused(db, exc)
    db.commit()
    flash(_("Team %(name)s created.", name=team.name), "ok")
    return redirect(url_for("followup.teams", _anchor=f"team-{team.id}"))


@bp.post("/followup/teams/<int:team_id>")
@roles_required
def update_team(team_id: int):
    db = get_db()
    team = _team_or_404(db, team_id)
    form = StrategyForm()
    if not form.validate_on_submit():
        abort(400)
    teams.set_strategy(db, team, form.strategy.data)
    db.commit()
    flash(_("Saved."), "ok")
    return redirect(url_for("followup.teams", _anchor=f"team-{team.id}"))


@bp.post("/followup/teams/<int:team_id>/members")
@roles_required
def add_member(team_id: int):
    db = get_db()
    team = _team_or_404(db, team_id)
    form = NewMemberForm()
    form.user_id.choices = [(u.id, u.email) for u in active_agents(db)]
    if not form.validate_on_submit():
        if form.csrf_token.errors:
            abort(400)
        flash(_("Choose an agent and a daily cap between 0 and 1000."), "error")
        return redirect(url_for("followup.teams", _anchor=f"team-{team.id}"))
    try:
        teams.add_member(db, team, form.user_id.data, skills=form.skills.data or [],
                         daily_cap=form.daily_cap.data, is_lead=form.is_lead.data)
    except teams.TeamRefused as exc:
        return _team_refused(db, exc)
    db.commit()
    tell_agents([form.user_id.data])
    return redirect(url_for("followup.teams", _anchor=f"team-{team.id}"))


def _member_or_404(db, member_id: int) -> TeamMember:
    member = db.get(TeamMember, member_id)
    if member is None:
        abort(404)
    return member


@bp.post("/followup/members/<int:member_id>")
@roles_required
def update_member(member_id: int):
    db = get_db()
    member = _member_or_404(db, member_id)
    form = MemberForm(prefix=f"m{member.id}")
    if not form.validate_on_submit():
        if form.csrf_token.errors:
            abort(400)
        flash(_("The daily cap must be a number between 0 and 1000."), "error")
        return redirect(url_for("followup.teams", _anchor=f"team-{member.team_id}"))
    teams.update_member(member, skills=form.skills.data or [], daily_cap=form.daily_cap.data,
                        is_lead=form.is_lead.data)
    moved: list[int] = []
    if form.away.data != member.away:
        moved = work.set_away(db, member.user_id, form.away.data, now=now(), config=config())
    receivers = assignees_of(db, moved)
    db.commit()
    tell_agents({member.user_id, *receivers})
    flash(_("Saved.") if not moved else _("Saved; %(n)s open tasks moved to the others.", n=len(moved)), "ok")
    return redirect(url_for("followup.teams", _anchor=f"team-{member.team_id}"))


@bp.post("/followup/members/<int:member_id>/remove")
@roles_required
def remove_member(member_id: int):
    if not EmptyForm().validate_on_submit():
        abort(400)
    db = get_db()
    member = _member_or_404(db, member_id)
    team_id = member.team_id
    try:
        teams.remove_member(db, member)
    except teams.TeamRefused as exc:
        return _team_refused(db, exc)
    db.commit()
    return redirect(url_for("followup.teams", _anchor=f"team-{team_id}"))


@bp.post("/followup/teams/<int:team_id>/territories")
@roles_required
def add_territory(team_id: int):
    db = get_db()
    team = _team_or_404(db, team_id)
    form = TerritoryForm()
    if not form.validate_on_submit():
        if form.csrf_token.errors:
            abort(400)
        flash(_("Unknown province."), "error")
        return redirect(url_for("followup.teams", _anchor=f"team-{team.id}"))
    try:
        teams.add_territory(db, team, form.province.data, form.district.data)
    except teams.TeamRefused as exc:
        return _team_refused(db, exc)
    db.commit()
    return redirect(url_for("followup.teams", _anchor=f"team-{team.id}"))


@bp.post("/followup/territories/<int:territory_id>/remove")
@roles_required
def remove_territory(territory_id: int):
    if not EmptyForm().validate_on_submit():
        abort(400)
    db = get_db()
    territory = db.get(Territory, territory_id)
    if territory is None:
        abort(404)
    team_id = territory.team_id
    teams.remove_territory(db, territory)
    db.commit()
    return redirect(url_for("followup.teams", _anchor=f"team-{team_id}"))


# ---- results ----

COMPARED_SESSIONS = 12


@bp.get("/followup/kpis", endpoint="kpis")
@roles_required
def kpis_page():
    """KPIs of one session and of each team, and the last sessions side by side (table and chart)."""
    db = get_db()
    at = now()
    pushed = select(FollowUpTask.live_session_id).distinct()
    lives = db.scalars(select(LiveSession).where(LiveSession.id.in_(pushed))
                       .order_by(LiveSession.id.desc()).limit(COMPARED_SESSIONS)).all()
    chosen = request.args.get("session", type=int)
    live = next((s for s in lives if s.id == chosen), None)
    if live is None and chosen is not None:
        live = db.get(LiveSession, chosen)
        if live is None:
            abort(404)
    live = live or (lives[0] if lives else None)
    by_session = [(s, kpis.session_kpis(db, s.id, now=at)) for s in lives]
    if live is not None and live not in lives:
        by_session.insert(0, (live, kpis.session_kpis(db, live.id, now=at)))
    current = next((k for s, k in by_session if live is not None and s.id == live.id), None)
    by_team = kpis.team_kpis(db, now=at)
    return render_template(
        "followup/kpis.html", live=live, lives=lives, current=current, by_session=by_session,
        by_team=by_team, series=CHARTED_KPIS, ended=SessionStatus.ENDED,
        session_chart=bar_chart([(s.title, k) for s, k in by_session], CHARTED_KPIS),
        team_chart=bar_chart([(k["team"], k) for k in by_team],
                             CHARTED_KPIS),
    )
