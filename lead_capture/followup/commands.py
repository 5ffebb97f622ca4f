"""What `run.py team ...` does: names from the command line turned into calls of `teams`.

Service (takes a Session, never commits). Teams, users, skills and provinces are given by name
here (the pages pick them from lists), so each is resolved with an error naming what is wrong.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_capture.extract import DEFAULT_PRODUCTS
from lead_capture.followup import teams
from lead_capture.followup.assignment import STRATEGIES
from lead_capture.followup.config import FollowUpConfig, load_config
from lead_capture.followup.models import Team, TeamMember, Territory
from lead_capture.provinces import normalise_province
from livestream.models import User


class CommandError(ValueError):
    """A command-line argument that names nothing usable; the message says which and why."""


def team_named(db: Session, name: str) -> Team:
    wanted = " ".join((name or "").split()).casefold()
    for team in db.scalars(select(Team)):
        if team.name.casefold() == wanted:
            return team
    known = ", ".join(sorted(db.scalars(select(Team.name)))) or "none yet"
    raise CommandError(f"no follow-up team named {name!r} (teams: {known})")


def skill_keys(skills: Iterable[str], cfg: FollowUpConfig | None = None) -> list[str]:
    """Product keys of capture.toml; followup.toml's short forms (bhxh_tn, bhyt_hgd) accepted."""
    cfg = cfg or load_config()
    out: list[str] = []
    for raw in skills:
        skill = raw.strip().lower()
        if not skill:
            continue
        skill = cfg.skill_aliases.get(skill, skill)
        if skill not in DEFAULT_PRODUCTS:
            accepted = sorted(set(DEFAULT_PRODUCTS) | set(cfg.skill_aliases))
            raise CommandError(f"unknown skill {raw.strip()!r} (expected one of {', '.join(accepted)})")
        if skill not in out:
            out.append(skill)
    return out


def create_team(db: Session, name: str, strategy: str) -> Team:
    if not " ".join((name or "").split()) or len(name) > 100:
        raise CommandError("a team needs a name of 1 to 100 characters")
    if strategy not in STRATEGIES:
        raise CommandError(f"unknown strategy {strategy!r} (expected one of {', '.join(sorted(STRATEGIES))})")
    return teams.create_team(db, name, strategy)


def add_member(db: Session, team_name: str, email: str, *, skills: Iterable[str] = (), cap: int = 40,
               lead: bool = False, cfg: FollowUpConfig | None = None) -> TeamMember:
    """Put an agent in a team, or update their skills, cap and lead flag if already in it."""
    team = team_named(db, team_name)
    wanted = (email or "").strip().casefold()
    user = next((u for u in db.scalars(select(User)) if u.email.casefold() == wanted), None)
    if user is None:
        raise CommandError(f"no user with email {email!r} (create one with: run.py user create --role agent)")
    if not 1 <= cap <= 10_000:
        raise CommandError(f"--cap {cap}: the daily cap must be from 1 to 10000 tasks")
    keys = skill_keys(skills, cfg)
    member = db.scalar(select(TeamMember).where(TeamMember.team_id == team.id, TeamMember.user_id == user.id))
    if member is None:
        return teams.add_member(db, team, user.id, skills=keys, daily_cap=cap, is_lead=lead)
    teams.update_member(member, skills=keys, daily_cap=cap, is_lead=lead)
    db.flush()
    return member


def add_territory(db: Session, team_name: str, province: str, district: str | None = None) -> Territory:
    team = team_named(db, team_name)
    name = normalise_province(province or "")
    if name is None:
        raise CommandError(f"unknown province {province!r} (one of the 34 provinces; former names such as "
                           "'Bình Dương' are mapped to the province they merged into)")
    return teams.add_territory(db, team, name, district)
