"""Builders for follow-up tests: agents, teams, ended sessions and their leads (gen_* style)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import count

from sqlalchemy.orm import Session

from lead_capture.followup.models import Team, TeamMember, Territory
from lead_capture.models import Contact, ContactEvent, ContactIdentity, IdentityKind
from livestream.models import LiveSession, Role, SessionStatus, User

# Tuesday 24 November 2026, 09:00 in Hanoi: inside working and calling hours.
NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
_numbers = count(1)


def gen_agent(db: Session, name: str | None = None, *, role: str = Role.AGENT) -> User:
    n = next(_numbers)
    user = User(email=f"{name or 'agent'}{n}@example.vn".lower(), name=name or f"Agent {n}", role=role,
                password_hash="x")
    db.add(user)
    db.flush()
    return user


def gen_team(db: Session, name: str = "Hà Nội", strategy: str = "least_busy", *, agents=(),
             skills=None, cap: int = 40, provinces=(), districts=(), lead=None) -> Team:
    """A team with these agents (users), each with `skills` and `cap`, and its territories."""
    team = Team(name=f"{name} {next(_numbers)}", strategy=strategy)
    db.add(team)
    db.flush()
    for user in agents:
        db.add(TeamMember(team_id=team.id, user_id=user.id, skills=list(skills or []), daily_cap=cap,
                          is_lead=lead is not None and user.id == lead.id))
    for province in provinces:
        db.add(Territory(team_id=team.id, province=province))
    for province, district in districts:
        db.add(Territory(team_id=team.id, province=province, district=district))
    db.flush()
    return team


def gen_session(db: Session, *, ended: bool = True, ended_at: datetime | None = None) -> LiveSession:
    ended_at = ended_at or NOW - timedelta(minutes=5)
    live = LiveSession(title=f"Tư vấn BHXH {next(_numbers)}",
                       status=SessionStatus.ENDED if ended else SessionStatus.LIVE,
                       started_at=ended_at - timedelta(hours=1), ended_at=ended_at if ended else None)
    db.add(live)
    db.flush()
    return live


def gen_phone() -> str:
    return f"+849{next(_numbers):08d}"


def gen_lead(db: Session, live_session: LiveSession | int | None, *, phone: str | None = "new",
             tier: str = "warm", score: float = 50.0, province: str | None = "Hà Nội",
             district: str | None = None, interests=("bhxh_voluntary",), segment=None,
             via_event: bool = False, name: str = "Nguyễn Văn An") -> Contact:
    """A contact who took part in `live_session` (last session, or only a timeline event)."""
    session_id = live_session.id if isinstance(live_session, LiveSession) else live_session
    contact = Contact(name=name, province=province, district=district, interests=list(interests),
                      segment=dict(segment or {}), tier=tier, score=score,
                      reasons=[{"code": "phone", "points": 30}],
                      last_session_id=None if via_event else session_id,
                      first_session_id=None if via_event else session_id)
    db.add(contact)
    db.flush()
    if via_event:
        db.add(ContactEvent(contact_id=contact.id, kind="comment", live_session_id=session_id, text="sđt"))
    if phone:
        db.add(ContactIdentity(contact_id=contact.id, kind=IdentityKind.PHONE,
                               value=gen_phone() if phone == "new" else phone))
    db.flush()
    return contact
