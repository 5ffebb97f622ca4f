"""Who is asking: a signed-in user or a bearer token, with one role; and which sessions they see.

Service module (takes a SQLAlchemy session, no Flask). Organisers see every live session;
moderators and hosts see the sessions whose crew they are in, or every session without a crew;
a token that belongs to no user acts for the organisation with its role.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from livestream.auth import find_token
from livestream.models import LiveSession, Role, SessionCrew


@dataclass(frozen=True)
class Principal:
    role: str
    name: str
    user_id: int | None = None
    token_id: int | None = None

    @classmethod
    def of_user(cls, user) -> Principal:
        return cls(role=user.role, name=user.name or user.email, user_id=user.id)


def principal_from_token(db: Session, token: str) -> Principal | None:
    record = find_token(db, token)
    if record is None:
        return None
    return Principal(role=record.role, name=record.name, user_id=record.user_id, token_id=record.id)


def can_see_session(db: Session, principal: Principal, live: LiveSession) -> bool:
    if principal.role == Role.ORGANISER or principal.user_id is None:
        return True
    crew = select(SessionCrew).where(SessionCrew.live_session_id == live.id)
    if not db.scalar(select(exists(crew))):
        return True
    return bool(db.scalar(select(exists(crew.where(SessionCrew.user_id == principal.user_id)))))


def visible_sessions(db: Session, principal: Principal):
    """A query of the live sessions `principal` may open, newest first."""
    query = select(LiveSession).order_by(LiveSession.id.desc())
    if principal.role == Role.ORGANISER or principal.user_id is None:
        return query
    has_crew = exists(select(SessionCrew).where(SessionCrew.live_session_id == LiveSession.id))
    is_crew = exists(select(SessionCrew).where(SessionCrew.live_session_id == LiveSession.id,
                                              SessionCrew.user_id == principal.user_id))
    return query.where(~has_crew | is_crew)
