"""Setting up follow-up teams: the team and its strategy, its agents, the provinces it serves.

Service module (takes a Session, never commits). Refusals are `TeamRefused` with an English
message id and its values, so the page can show them in the reader's language.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lead_capture.followup.models import FollowUpTask, Strategy, TaskStatus, Team, TeamMember, Territory
from lead_capture.provinces import PROVINCES
from livestream.models import Role, User


def N_(msgid: str) -> str:
    """Marks an English message id for extraction (pybabel's default keyword); translated by the page."""
    return msgid


class TeamRefused(ValueError):
    def __init__(self, message: str, **values):
        super().__init__(message % values if values else message)
        self.message = message
        self.values = values


def create_team(db: Session, name: str, strategy: str) -> Team:
    name = " ".join(name.split())
    # Compared in Python: SQLite's lower() leaves Vietnamese letters (Đ, Ộ…) as they are.
    taken = next((t for t in db.scalars(select(Team.name)) if t.casefold() == name.casefold()), None)
    if taken is not None:
        raise TeamRefused(N_("A team called %(name)s already exists."), name=taken)
    team = Team(name=name, strategy=Strategy(strategy))
    db.add(team)
    db.flush()
    return team


def set_strategy(db: Session, team: Team, strategy: str) -> None:
    team.strategy = Strategy(strategy)


def _skills(skills: Iterable[str]) -> list[str]:
    return sorted({s for s in skills if s})


def add_member(db: Session, team: Team, user_id: int, *, skills: Iterable[str] = (), daily_cap: int = 40,
               is_lead: bool = False, away: bool = False) -> TeamMember:
    """An agent joins a team (only accounts with the agent role can work a queue)."""
    user = db.get(User, user_id)
    if user is None or not user.active or user.role != Role.AGENT:
        raise TeamRefused(N_("Only active agents can join a team."))
    if db.scalar(select(TeamMember.id).where(TeamMember.team_id == team.id,
                                             TeamMember.user_id == user_id)) is not None:
        raise TeamRefused(N_("%(name)s is already in this team."), name=user.name or user.email)
    member = TeamMember(team_id=team.id, user_id=user_id, skills=_skills(skills), daily_cap=daily_cap,
                        is_lead=is_lead, away=away)
    db.add(member)
    db.flush()
    return member


def update_member(member: TeamMember, *, skills: Iterable[str], daily_cap: int, is_lead: bool) -> None:
    """Skills, cap and lead flag; being away goes through `work.set_away`, which moves open tasks."""
    member.skills = _skills(skills)
    member.daily_cap = daily_cap
    member.is_lead = is_lead


def remove_member(db: Session, member: TeamMember) -> None:
    """Leave a team; refused while the agent still holds open tasks of it (mark them away first)."""
    held = db.scalar(select(func.count()).select_from(FollowUpTask).where(
        FollowUpTask.team_id == member.team_id, FollowUpTask.assignee_id == member.user_id,
        FollowUpTask.status.in_((TaskStatus.OPEN, TaskStatus.CLAIMED))))
    if held:
        raise TeamRefused(N_("This agent still has %(n)s open tasks in the team: mark them away first so "
                             "the tasks move to the others."), n=held)
    db.delete(member)
    db.flush()


def add_territory(db: Session, team: Team, province: str, district: str | None = None) -> Territory:
    if province not in PROVINCES:
        raise TeamRefused(N_("Unknown province."))
    district = " ".join((district or "").split()) or None
    taken = db.scalar(select(Team.name).join(Territory, Territory.team_id == Team.id).where(
        Territory.province == province,
        Territory.district.is_(None) if district is None else Territory.district == district))
    if taken is not None:
        raise TeamRefused(N_("%(place)s already belongs to the team %(team)s."),
                          place=f"{district}, {province}" if district else province, team=taken)
    territory = Territory(team_id=team.id, province=province, district=district)
    db.add(territory)
    db.flush()
    return territory


def remove_territory(db: Session, territory: Territory) -> None:
    db.delete(territory)
    db.flush()
