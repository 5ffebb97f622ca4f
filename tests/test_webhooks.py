"""Facebook Page webhooks (handshake, signatures, repeats, removals) and the generic webhook."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest
from sqlalchemy import func, select

from livestream.models import Comment, LiveSession
from livestream.runner import SourceWorker
from tests.conftest import make_comment
from tests.fakeplatforms import FakeGraph, serving

SECRET = "app-secret"


@pytest.fixture
def fb_session(app, client, auth, live_session):
    app.config["CONNECTORS"] = {"FACEBOOK_APP_SECRET": SECRET, "FACEBOOK_VERIFY_TOKEN": "verify-me"}
    client.post(f"/api/sessions/{live_session}/start", headers=auth)
    response = client.post(f"/api/sessions/{live_session}/sources", headers=auth,
                           json={"kind": "facebook_comments", "external_ref": "9001"})
    return live_session, response.get_json()["id"]


def delivery(comments: list[tuple[str, str]], *, verb: str = "add", page: str = "555") -> dict:
    return {"object": "page", "entry": [{"id": page, "time": 1795000000, "changes": [{
        "field": "feed", "value": {
            "from": {"id": f"user{n}", "name": f"Người xem {n}"},
            "post": {"status_type": "added_video", "is_published": True, "id": f"{page}_9001"},
            "message": text, "post_id": f"{page}_9001", "comment_id": f"9001_{n}",
            "created_time": 1795000000 + i, "item": "comment", "parent_id": f"{page}_9001",
            "verb": verb}}]} for i, (n, text) in enumerate(comments)]}


def post(client, body: dict, *, secret: str | None = SECRET, signature: str | None = None):
    raw = json.dumps(body).encode()
    headers = {"Content-Type": "application/json"}
    if signature is not None:
        headers["X-Hub-Signature-256"] = signature
    elif secret is not None:
        digest = hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()
        headers["X-Hub-Signature-256"] = f"sha256={digest}"
    return client.post("/webhooks/facebook", data=raw, headers=headers)


def stored(sessions) -> list[tuple[str, bool]]:
    with sessions() as db:
        return db.execute(select(Comment.platform_comment_id, Comment.deleted)
                          .order_by(Comment.seq)).all()


def test_verification_handshake_echoes_the_challenge(client, fb_session):
    ok = client.get("/webhooks/facebook?hub.mode=subscribe&hub.verify_token=verify-me"
                    "&hub.challenge=1158201444")
    assert ok.status_code == 200 and ok.get_data(as_text=True) == "1158201444"
    bad = client.get("/webhooks/facebook?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1")
    assert bad.status_code == 403


def test_signed_delivery_is_stored(client, sessions, fb_session):
    response = post(client, delivery([("1", "cho em hỏi bhxh tự nguyện"), ("2", "sđt 0912345678")]))
    assert response.status_code == 200 and response.get_json()["accepted"] == 2
    assert stored(sessions) == [("9001_1", False), ("9001_2", False)]


@pytest.mark.parametrize("signature", [None, "", "sha256=00ff", "sha1=abc"])
def test_bad_or_missing_signature_gets_401_and_nothing_stored(client, sessions, fb_session, signature):
    body = delivery([("1", "xin chào")])
    response = post(client, body, secret=None, signature=signature)
    assert response.status_code == 401
    assert post(client, body, secret="someone-else").status_code == 401
    assert stored(sessions) == []


def test_repeated_delivery_is_stored_once(client, sessions, fb_session):
    body = delivery([("1", "đóng bao nhiêu tiền một tháng")])
    assert post(client, body).get_json()["accepted"] == 1
    again = post(client, body).get_json()
    assert again["accepted"] == 0 and again["duplicates"] == 1
    assert len(stored(sessions)) == 1


def test_removed_comment_is_marked_deleted_and_leaves_the_console(app, client, sessions, fb_session):
    from livestream.console import snapshot

    def last_seq():
        with sessions() as db:
            return db.get(LiveSession, fb_session[0]).last_seq

    post(client, delivery([("1", "spam"), ("2", "câu hỏi thật")]))
    before = last_seq()
    post(client, delivery([("1", "")], verb="remove"))
    post(client, delivery([("1", "")], verb="remove"))  # Facebook repeats deliveries
    assert stored(sessions) == [("9001_1", True), ("9001_2", False)]
    assert last_seq() == before + 1  # one change for consoles, not two
    with sessions() as db:
        assert [c["id"] for c in snapshot(db, fb_session[0])["comments"]] == ["9001_2"]


def test_a_delivery_of_a_thousand_entries(client, sessions, fb_session):
    body = delivery([(str(n), f"câu hỏi số {n} về bhyt") for n in range(1000)])
    response = post(client, body)
    assert response.status_code == 200 and response.get_json()["accepted"] == 1000
    assert len(stored(sessions)) == 1000


def test_malformed_changes_are_reported_and_the_rest_stored(client, sessions, fb_session):
    body = delivery([("1", "ok"), ("2", "ok")])
    del body["entry"][0]["changes"][0]["value"]["created_time"]
    response = post(client, body)
    assert response.status_code == 200 and response.get_json()["accepted"] == 1
    assert "created_time" in response.get_json()["errors"][0]


def test_webhook_stream_and_polling_never_double_store(app, client, sessions, fb_session):
    live_session, source = fb_session
    graph = FakeGraph()
    graph.post(3)
    with serving(graph.app) as url:
        post(client, delivery([("0", graph.comments[0]["message"]), ("1", graph.comments[1]["message"])]))
        worker = SourceWorker(sessions, source, {"FACEBOOK_PAGE_TOKEN": "page-token",
                                                 "FACEBOOK_GRAPH_URL": url})
        worker.step()
    ids = [c for c, _ in stored(sessions)]
    assert sorted(ids) == ["9001_0", "9001_1", "9001_2"]
    with sessions() as db:
        assert db.scalar(select(func.count()).select_from(Comment)) == 3


@pytest.fixture
def hook(client, auth, live_session):
    response = client.post(f"/api/sessions/{live_session}/sources", headers=auth, json={"kind": "webhook"})
    return response.get_json()["id"]


def test_generic_webhook_needs_a_token(client, hook):
    response = client.post(f"/api/sources/{hook}/comments", json=[make_comment(1)])
    assert response.status_code == 401


def test_generic_webhook_accepts_batches_of_a_thousand_once(client, auth, sessions, hook, live_session):
    batch = [make_comment(n, f"zalo: hỏi về bhyt {n}", platform="zalo") for n in range(1000)]
    response = client.post(f"/api/sources/{hook}/comments", json={"comments": batch}, headers=auth)
    assert response.status_code == 200 and response.get_json()["accepted"] == 1000
    again = client.post(f"/api/sources/{hook}/comments", json=batch, headers=auth).get_json()
    assert again == {"accepted": 0, "duplicates": 1000, "last_seq": again["last_seq"]}
    health = client.get(f"/api/sessions/{live_session}/sources", headers=auth).get_json()[0]
    assert health["comment_count"] == 1000 and health["status"] == "connected"


def test_generic_webhook_rejects_too_big_or_bad_batches(client, auth, sessions, hook):
    too_many = [make_comment(n) for n in range(1001)]
    response = client.post(f"/api/sources/{hook}/comments", json=too_many, headers=auth)
    assert response.status_code == 400 and "1000" in response.get_json()["error"]["message"]
    bad = [make_comment(1), {"id": "x"}]
    response = client.post(f"/api/sources/{hook}/comments", json=bad, headers=auth)
    assert response.status_code == 400 and "comments[1]" in response.get_json()["error"]["message"]
    assert stored(sessions) == []


def test_paused_generic_webhook_refuses_comments(client, auth, hook, live_session):
    client.post(f"/api/sessions/{live_session}/sources/{hook}/pause", headers=auth)
    response = client.post(f"/api/sources/{hook}/comments", json=[make_comment(1)], headers=auth)
    assert response.status_code == 409
