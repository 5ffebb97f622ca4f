"""Platform credentials and options set by an organiser, stored encrypted (service).

Environment variables (`LIVELEAD_<NAME>`) win over what is stored here, so a deployment can pin
a value; the settings page shows which source each value comes from and never shows a secret.
Values are encrypted with Fernet under a key derived from the app's SECRET_KEY: a copied database
alone does not reveal the page tokens. If SECRET_KEY changes, stored values no longer decrypt and
the page asks for them again.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from cryptography.fernet import Fernet, InvalidToken
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from livestream.db import utcnow
from livestream.models import PlatformSetting


@dataclass(frozen=True)
class SettingSpec:
    name: str
    secret: bool
    choices: tuple[str, ...] = ()  # empty: free text


# What the settings page offers; endpoints and timings stay environment-only (README).
EDITABLE = (
    SettingSpec("FACEBOOK_PAGE_TOKEN", secret=True),
    SettingSpec("FACEBOOK_APP_SECRET", secret=True),
    SettingSpec("FACEBOOK_VERIFY_TOKEN", secret=True),
    SettingSpec("FACEBOOK_COMMENT_RATE", secret=False,
                choices=("one_per_two_seconds", "ten_per_second", "one_hundred_per_second")),
    SettingSpec("FACEBOOK_HIDE_PHONES", secret=False, choices=("0", "1")),
    SettingSpec("YOUTUBE_API_KEY", secret=True),
    SettingSpec("YOUTUBE_OAUTH_TOKEN", secret=True),
)
SPECS = {spec.name: spec for spec in EDITABLE}
MAX_VALUE = 4000


class SettingRejected(ValueError):
    """A value the page cannot store; the message names the setting."""


class SettingsCipher:
    """Fernet encryption under a key derived from the app's secret key."""

    def __init__(self, secret_key: str):
        digest = hashlib.sha256(b"livelead platform settings\0" + secret_key.encode()).digest()
        self._fernet = Fernet(base64.urlsafe_b64encode(digest))

    def encrypt(self, value: str) -> str:
        return self._fernet.encrypt(value.encode()).decode()

    def decrypt(self, token: str) -> str | None:
        try:
            return self._fernet.decrypt(token.encode()).decode()
        except InvalidToken:
            return None


@dataclass(frozen=True)
class StoredSetting:
    value: str | None  # None: stored under another secret key, must be entered again
    updated_at: datetime
    updated_by: str


def stored_settings(db: Session, cipher: SettingsCipher) -> dict[str, StoredSetting]:
    rows = db.scalars(select(PlatformSetting)).all()
    return {row.name: StoredSetting(cipher.decrypt(row.value), row.updated_at, row.updated_by)
            for row in rows if row.name in SPECS}


def save_settings(db: Session, cipher: SettingsCipher, changes: Mapping[str, str | None], *,
                  by: str, now: datetime | None = None) -> list[str]:
    """Store new values (None clears one); returns the names changed. All or nothing."""
    now = now or utcnow()
    for name, value in changes.items():
        spec = SPECS.get(name)
        if spec is None:
            raise SettingRejected(f"{name} is not a setting of this page")
        if value is None:
            continue
        if not value.strip() or len(value) > MAX_VALUE or any(ch in value for ch in "\r\n\0"):
            raise SettingRejected(f"{name}: the value must be one line of 1 to {MAX_VALUE} characters")
        if spec.choices and value not in spec.choices:
            raise SettingRejected(f"{name} must be one of: {', '.join(spec.choices)}")
    changed = []
    for name, value in changes.items():
        row = db.get(PlatformSetting, name)
        if value is None:
            if row is not None:
                db.execute(delete(PlatformSetting).where(PlatformSetting.name == name))
                changed.append(name)
            continue
        token = cipher.encrypt(value.strip())
        if row is None:
            db.add(PlatformSetting(name=name, value=token, updated_at=now, updated_by=by))
        else:
            row.value, row.updated_at, row.updated_by = token, now, by
        changed.append(name)
    db.flush()
    return changed


def effective_settings(env_settings: Mapping[str, str], db: Session,
                       cipher: SettingsCipher) -> dict[str, str]:
    """What the connectors and webhooks use: stored values, overridden by the environment."""
    stored = {name: s.value for name, s in stored_settings(db, cipher).items() if s.value is not None}
    return {**stored, **env_settings}
