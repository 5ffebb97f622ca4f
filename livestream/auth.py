"""API tokens: created for a role, stored only as a SHA-256 hash, checked on every API call."""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from livestream.models import ApiToken, Role

TOKEN_PREFIX = "ll_"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(db: Session, role: str, name: str = "", user_id: int | None = None) -> str:
    """A new bearer token for `role`; the plain token is returned once and never stored."""
    role = Role(role)
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    db.add(ApiToken(name=name or f"{role.value} token", role=role.value,
                    token_hash=_digest(token), prefix=token[:10], user_id=user_id))
    db.flush()
    return token


def find_token(db: Session, token: str) -> ApiToken | None:
    """The active token record for a presented bearer token, or None."""
    if not token or not token.startswith(TOKEN_PREFIX) or len(token) > 200:
        return None
    record = db.scalar(select(ApiToken).where(ApiToken.token_hash == _digest(token)))
    if record is None or record.revoked_at is not None:
        return None
    return record
