"""User accounts: create, check a password, change it. Service module (never commits)."""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from livestream.models import Role, User

MIN_PASSWORD = 8
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")
# Checked against when the e-mail is unknown, so a wrong address costs as long as a wrong password.
_DUMMY_HASH = generate_password_hash("not-a-real-password")


class AccountError(ValueError):
    """Bad account input; the message names the field at fault."""


def _clean_email(email: str) -> str:
    email = (email or "").strip().lower()
    if not _EMAIL.match(email) or len(email) > 254:
        raise AccountError(f"email: {email!r} is not an e-mail address")
    return email


def _check_password(password: str) -> None:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise AccountError(f"password: at least {MIN_PASSWORD} characters")


def create_user(db: Session, email: str, role: str, password: str, name: str = "") -> User:
    email = _clean_email(email)
    try:
        role = Role(role)
    except ValueError:
        raise AccountError(f"role: {role!r} is not one of {', '.join(r.value for r in Role)}") from None
    _check_password(password)
    if db.scalar(select(User.id).where(func.lower(User.email) == email)):
        raise AccountError(f"email: {email} already has an account")
    user = User(email=email, name=(name or "").strip()[:200] or email.split("@")[0],
                role=role.value, password_hash=generate_password_hash(password))
    db.add(user)
    db.flush()
    return user


def authenticate(db: Session, email: str, password: str) -> User | None:
    """The active user with this e-mail and password, or None (same cost either way)."""
    user = db.scalar(select(User).where(func.lower(User.email) == (email or "").strip().lower()))
    if user is None or not user.password_hash:
        check_password_hash(_DUMMY_HASH, password or "")
        return None
    if not check_password_hash(user.password_hash, password or "") or not user.active:
        return None
    return user


def set_password(db: Session, user: User, current: str, new: str) -> None:
    if not check_password_hash(user.password_hash or "", current or ""):
        raise AccountError("current password: does not match")
    _check_password(new)
    user.password_hash = generate_password_hash(new)
    db.flush()
