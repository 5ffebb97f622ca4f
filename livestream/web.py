"""The shell's database session per request, and JSON errors for the API."""

from __future__ import annotations

from flask import Flask, current_app, g
from sqlalchemy.orm import Session, sessionmaker


def init_app(app: Flask, sessions: sessionmaker) -> None:
    app.extensions["livelead.sessions"] = sessions
    app.teardown_appcontext(_close_db)


def get_db() -> Session:
    """The request's database session (opened on first use, closed at teardown)."""
    if "db" not in g:
        g.db = current_app.extensions["livelead.sessions"]()
    return g.db


def _close_db(_exc: BaseException | None) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()
