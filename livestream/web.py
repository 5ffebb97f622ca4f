"""The shell's database session per request, and the platform settings it sees."""

from __future__ import annotations

from flask import Flask, current_app, g
from sqlalchemy.orm import Session, sessionmaker

from livestream.platform_settings import SettingsCipher, effective_settings


def init_app(app: Flask, sessions: sessionmaker) -> None:
    app.extensions["livelead.sessions"] = sessions
    app.extensions["livelead.cipher"] = SettingsCipher(app.config["SECRET_KEY"])
    app.teardown_appcontext(_close_db)


def connector_settings_of(app: Flask, db: Session | None = None) -> dict[str, str]:
    """Platform settings now: the settings page's values under the environment's."""
    if db is not None:
        return effective_settings(app.config.get("CONNECTORS", {}), db, app.extensions["livelead.cipher"])
    with app.extensions["livelead.sessions"]() as own:
        return effective_settings(app.config.get("CONNECTORS", {}), own, app.extensions["livelead.cipher"])


def connector_settings() -> dict[str, str]:
    return connector_settings_of(current_app, get_db())


def get_db() -> Session:
    """The request's database session (opened on first use, closed at teardown)."""
    if "db" not in g:
        g.db = current_app.extensions["livelead.sessions"]()
    return g.db


def _close_db(_exc: BaseException | None) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()
