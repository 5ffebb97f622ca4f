"""The organiser's platform settings: stored encrypted, never shown back, used by connectors."""

from __future__ import annotations

import hashlib
import hmac
import json

from sqlalchemy import select

from livestream import platform_settings
from livestream.models import PlatformSetting, Role
from livestream.runner import SourceWorker
from livestream.web import connector_settings_of
from tests.fakeplatforms import FakeGraph, serving
from tests.test_pages import sign_in


def save(client, token, **values):
    return client.post("/admin/platforms", data={"csrf_token": token, **values}, follow_redirects=True)


def test_a_saved_token_is_encrypted_at_rest_and_never_shown_again(app, client, sessions):
    token = sign_in(app, client, Role.ORGANISER)
    page = save(client, token, FACEBOOK_PAGE_TOKEN="EAAB-page-token-123",
                FACEBOOK_COMMENT_RATE="ten_per_second").get_data(as_text=True)
    assert "Đã lưu" in page
    assert "EAAB-page-token-123" not in page  # a secret is never echoed
    assert "mười bình luận mỗi giây" in page or "ten per second" in page  # an option is shown
    with sessions() as db:
        raw = db.get(PlatformSetting, "FACEBOOK_PAGE_TOKEN")
        assert raw.value and "EAAB" not in raw.value and raw.updated_by == "organiser@example.vn"
        assert connector_settings_of(app, db)["FACEBOOK_PAGE_TOKEN"] == "EAAB-page-token-123"


def test_blank_keeps_a_value_and_clear_removes_it(app, client, sessions):
    token = sign_in(app, client, Role.ORGANISER)
    save(client, token, YOUTUBE_API_KEY="AIza-key")
    save(client, token, YOUTUBE_API_KEY="")
    assert connector_settings_of(app)["YOUTUBE_API_KEY"] == "AIza-key"
    save(client, token, **{"clear-YOUTUBE_API_KEY": "1"})
    assert "YOUTUBE_API_KEY" not in connector_settings_of(app)


def test_a_bad_choice_is_refused_by_name_and_nothing_is_stored(app, client, sessions):
    token = sign_in(app, client, Role.ORGANISER)
    page = save(client, token, FACEBOOK_PAGE_TOKEN="good", FACEBOOK_HIDE_PHONES="maybe")
    assert "FACEBOOK_HIDE_PHONES must be one of: 0, 1" in page.get_data(as_text=True)
    with sessions() as db:
        assert db.scalars(select(PlatformSetting)).all() == []


def test_the_environment_wins_and_its_field_is_locked(app, client):
    app.config["CONNECTORS"] = {"FACEBOOK_PAGE_TOKEN": "from-env"}
    token = sign_in(app, client, Role.ORGANISER)
    page = save(client, token, FACEBOOK_PAGE_TOKEN="from-page").get_data(as_text=True)
    assert connector_settings_of(app)["FACEBOOK_PAGE_TOKEN"] == "from-env"
    assert 'id="FACEBOOK_PAGE_TOKEN" name="FACEBOOK_PAGE_TOKEN" type="password"' in page
    assert "disabled" in page.split('id="FACEBOOK_PAGE_TOKEN"')[1].split(">")[0]


def test_values_stored_under_another_secret_key_must_be_entered_again(app, sessions):
    old = platform_settings.SettingsCipher("old secret")
    with sessions.begin() as db:
        platform_settings.save_settings(db, old, {"YOUTUBE_API_KEY": "AIza"}, by="someone")
    with sessions() as db:
        stored = platform_settings.stored_settings(db, app.extensions["livelead.cipher"])
    assert stored["YOUTUBE_API_KEY"].value is None
    assert "YOUTUBE_API_KEY" not in connector_settings_of(app)


def test_moderators_cannot_see_or_change_platform_credentials(app, client):
    token = sign_in(app, client, Role.MODERATOR)
    assert client.get("/admin/platforms").status_code == 403
    assert save(client, token, FACEBOOK_PAGE_TOKEN="x").status_code == 403


def test_a_running_source_picks_up_a_token_set_on_the_page(app, client, sessions, auth, live_session):
    graph = FakeGraph()
    with serving(graph.app) as url:
        app.config["CONNECTORS"] = {"FACEBOOK_GRAPH_URL": url, "HTTP_TIMEOUT": "0.5",
                                    "FACEBOOK_POLL_SECONDS": "0.01"}
        client.post(f"/api/sessions/{live_session}/start", headers=auth)
        source = client.post(f"/api/sessions/{live_session}/sources", headers=auth, json={
            "kind": "facebook_comments", "external_ref": "9001"}).get_json()["id"]
        graph.post(3)
        token = sign_in(app, client, Role.ORGANISER)
        save(client, token, FACEBOOK_PAGE_TOKEN=graph.token)
        worker = SourceWorker(sessions, source, lambda: connector_settings_of(app))
        worker.step()
    questions = client.get(f"/api/sessions/{live_session}/changes?since=0", headers=auth).get_json()
    assert len(questions["comments"]) == 3


def test_webhook_signatures_are_checked_with_the_secret_set_on_the_page(app, client):
    token = sign_in(app, client, Role.ORGANISER)
    save(client, token, FACEBOOK_APP_SECRET="page-secret", FACEBOOK_VERIFY_TOKEN="verify-page")
    ok = client.get("/webhooks/facebook?hub.mode=subscribe&hub.verify_token=verify-page&hub.challenge=42")
    assert ok.get_data(as_text=True) == "42"
    raw = json.dumps({"object": "page", "entry": []}).encode()
    signature = "sha256=" + hmac.new(b"page-secret", raw, hashlib.sha256).hexdigest()
    signed = client.post("/webhooks/facebook", data=raw, headers={
        "Content-Type": "application/json", "X-Hub-Signature-256": signature})
    forged = client.post("/webhooks/facebook", data=raw, headers={
        "Content-Type": "application/json", "X-Hub-Signature-256": "sha256=" + "0" * 64})
    assert signed.status_code == 200 and forged.status_code == 401
