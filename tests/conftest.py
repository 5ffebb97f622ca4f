"""Fixtures: a fresh app on a fresh database (SQLite by default, PostgreSQL via TEST_DATABASE_URL)."""

from __future__ import annotations

import os
import threading
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from livestream.auth import create_token
from livestream.db import make_engine
from livestream.ingest import DEFAULT_CACHE
from livestream.models import Role
from run import create_app

TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL")


@pytest.fixture
def database_url(tmp_path):
    """A database nobody else uses: a SQLite file, or a fresh PostgreSQL schema."""
    if not TEST_DATABASE_URL:
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = make_engine(TEST_DATABASE_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in TEST_DATABASE_URL else "?"
    yield f"{TEST_DATABASE_URL}{separator}options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture
def app(database_url, tmp_path):
    DEFAULT_CACHE._entries.clear()
    application = create_app({"DATABASE_URL": database_url, "TESTING": True,
                              "EXPORT_DIR": str(tmp_path / "exports"),
                              "SECRET_KEY": "test", "MAX_CONTENT_LENGTH": 256 * 1024,
                              "MAX_BATCH_COMMENTS": 1000})
    yield application
    for thread in threading.enumerate():  # background exports finish before the database goes
        if thread.name.startswith("lead-export-"):
            thread.join(timeout=30)
    application.extensions["livelead.engine"].dispose()


@pytest.fixture
def sessions(app):
    return app.extensions["livelead.sessions"]


@pytest.fixture
def client(app):
    return app.test_client()


def make_token(sessions, role: Role = Role.ORGANISER) -> str:
    with sessions.begin() as db:
        return create_token(db, role, f"test {role}")


@pytest.fixture
def auth(sessions):
    """Authorization headers for an organiser token."""
    return {"Authorization": f"Bearer {make_token(sessions)}"}


T0 = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def make_comment(n: int, text: str = "xin chào", *, platform: str = "facebook",
                 author: str | None = None, at: datetime | None = None) -> dict:
    """One comment in the API's JSON shape."""
    author = author or f"u{n}"
    return {"platform": platform, "id": f"c{n}", "author": {"id": author, "name": f"Viewer {author}"},
            "text": text, "created_at": (at or T0 + timedelta(seconds=n)).isoformat()}


@pytest.fixture
def live_session(client, auth):
    response = client.post("/api/sessions", json={"title": "Tư vấn BHXH tự nguyện"}, headers=auth)
    assert response.status_code == 201
    return response.get_json()["id"]
