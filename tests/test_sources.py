"""The source runner: batches stored with their cursor and health, back-off, stops, pause, restart."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import func, select

from livestream import sources
from livestream.models import Comment, CommentSource
from livestream.runner import SourceRunner, SourceWorker
from tests.conftest import make_comment
from tests.fakeplatforms import FakeGraph, FakeYouTube, running


@pytest.fixture
def graph():
    with running(FakeGraph()) as fake:
        yield fake


@pytest.fixture
def youtube():
    with running(FakeYouTube(interval_ms=10)) as fake:
        yield fake


def settings(graph=None, youtube=None) -> dict:
    out = {"HTTP_TIMEOUT": "0.5", "FACEBOOK_POLL_SECONDS": "0.01", "FACEBOOK_PAGE_SIZE": "100"}
    if graph is not None:
        out.update(FACEBOOK_PAGE_TOKEN="page-token", FACEBOOK_GRAPH_URL=graph.url)
    if youtube is not None:
        out.update(YOUTUBE_API_KEY="yt-key", YOUTUBE_API_URL=f"{youtube.url}/youtube/v3")
    return out


def start(client, auth, live_session):
    assert client.post(f"/api/sessions/{live_session}/start", headers=auth).status_code == 200


def add_source(client, auth, live_session, kind, ref="") -> int:
    response = client.post(f"/api/sessions/{live_session}/sources", headers=auth,
                           json={"kind": kind, "external_ref": ref})
    assert response.status_code == 201, response.get_json()
    return response.get_json()["id"]


def source_health(client, auth, live_session, source_id) -> dict:
    rows = client.get(f"/api/sessions/{live_session}/sources", headers=auth).get_json()
    return next(row for row in rows if row["id"] == source_id)


def stored(sessions, platform=None) -> int:
    with sessions() as db:
        query = select(func.count()).select_from(Comment)
        if platform:
            query = query.where(Comment.platform == platform)
        return db.scalar(query)


@pytest.fixture
def fb_source(client, auth, live_session):
    start(client, auth, live_session)
    return add_source(client, auth, live_session, "facebook_comments", "9001")


def test_batch_is_stored_with_cursor_and_health_then_signalled(
        sessions, client, auth, live_session, graph, fb_source):
    graph.post(150)
    signalled = []

    def on_ingested(live_session_id, result):
        assert stored(sessions) >= result.accepted  # already committed when signalled
        signalled.append((live_session_id, result.accepted))

    worker = SourceWorker(sessions, fb_source, settings(graph), on_ingested=on_ingested)
    assert worker.step() == 0.0  # another page waits
    assert worker.step() == 0.01
    assert stored(sessions) == 150 and signalled == [(live_session, 100), (live_session, 50)]
    health = source_health(client, auth, live_session, fb_source)
    assert health["status"] == "connected" and health["connected"] and health["has_cursor"]
    assert health["comment_count"] == 150 and health["error_count"] == 0
    assert health["last_comment_at"].startswith("2026-11-24T12:02:29") and health["lag_seconds"] >= 0
    with sessions() as db:
        assert db.scalar(select(func.count()).where(Comment.source_id == fb_source)) == 150


def test_network_errors_back_off_with_jitter_then_recover(sessions, client, auth, live_session,
                                                           graph, fb_source):
    graph.post(5)
    graph.script.extend(["500", "garbage", "500"])
    worker = SourceWorker(sessions, fb_source, settings(graph), rand=lambda: 0.5)
    delays = [worker.step() for _ in range(3)]
    assert delays == [0.75, 1.5, 3.0]
    health = source_health(client, auth, live_session, fb_source)
    assert health["status"] == "backoff" and health["error_count"] == 3
    assert "HTTP 503" in health["last_error"] and stored(sessions) == 0  # nothing stored
    worker.step()
    assert stored(sessions) == 5 and worker.attempts == 0
    assert source_health(client, auth, live_session, fb_source)["status"] == "connected"


def test_rate_limit_waits_at_least_a_minute(sessions, graph, fb_source):
    graph.script.append((400, {"error": {"message": "User request limit reached", "code": 17}}))
    assert SourceWorker(sessions, fb_source, settings(graph), rand=lambda: 0.0).step() >= 60


def test_expired_token_stops_the_source_until_resumed(sessions, client, auth, live_session,
                                                      graph, fb_source):
    worker = SourceWorker(sessions, fb_source, {**settings(graph), "FACEBOOK_PAGE_TOKEN": "expired"})
    assert worker.step() is None
    health = source_health(client, auth, live_session, fb_source)
    assert health["status"] == "auth_failed" and "190" in health["last_error"]
    with sessions() as db:
        assert fb_source not in [s.id for s in sources.runnable_sources(db)]
    client.post(f"/api/sessions/{live_session}/sources/{fb_source}/resume", headers=auth)
    with sessions() as db:
        assert fb_source in [s.id for s in sources.runnable_sources(db)]


def test_malformed_items_are_counted_and_the_connector_keeps_going(
        sessions, client, auth, live_session, graph, fb_source):
    graph.post(3)
    graph.comments[0] = {"message": "no id"}
    worker = SourceWorker(sessions, fb_source, settings(graph))
    worker.step()
    assert stored(sessions) == 2
    health = source_health(client, auth, live_session, fb_source)
    assert health["error_count"] == 1 and "data[0].id" in health["last_error"]
    graph.post(2)
    worker.step()
    assert stored(sessions) == 4


def test_a_failed_store_restarts_from_the_stored_cursor(sessions, graph, fb_source, monkeypatch):
    graph.post(120)
    worker = SourceWorker(sessions, fb_source, settings(graph), rand=lambda: 0.0)
    worker.step()  # 100 stored
    real = sources.store_batch
    calls = {"n": 0}

    def flaky(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("database went away")
        return real(*args, **kwargs)

    monkeypatch.setattr(sources, "store_batch", flaky)
    assert worker.step() == 0.5 and stored(sessions) == 100  # backed off, nothing half-stored
    worker.step()
    assert stored(sessions) == 120  # the fetched-but-lost page was fetched again


def test_youtube_deletion_marks_comment_and_chat_end_stops_cleanly(
        sessions, client, auth, live_session, youtube):
    start(client, auth, live_session)
    source = add_source(client, auth, live_session, "youtube_chat", "chat-1")
    youtube.post(4)
    published = []
    worker = SourceWorker(sessions, source, settings(youtube=youtube), on_change=published.append)
    assert worker.step() == 0.01
    seen = client.get(f"/api/sessions/{live_session}/changes?since=0", headers=auth).get_json()["seq"]
    youtube.delete("yt.2")
    youtube.end_chat()
    assert worker.step() is None
    with sessions() as db:
        deleted = db.scalars(select(Comment.platform_comment_id).where(Comment.deleted)).all()
    assert deleted == ["yt.2"]
    # Open consoles are told at once; a reconnecting one gets it in its replay.
    assert [(c["id"], c["deleted"]) for c in published[0].comments] == [("yt.2", True)]
    replay = client.get(f"/api/sessions/{live_session}/changes?since={seen}", headers=auth).get_json()
    assert [(c["id"], c["deleted"]) for c in replay["comments"]] == [("yt.2", True)]
    health = source_health(client, auth, live_session, source)
    assert health["status"] == "ended" and health["quota_units"] == 10 and health["comment_count"] == 4


def test_youtube_chat_ended_error_stops_without_counting_an_error(
        sessions, client, auth, live_session, youtube):
    start(client, auth, live_session)
    source = add_source(client, auth, live_session, "youtube_chat", "chat-1")
    youtube.script.append((403, {"error": {"code": 403, "message": "The live chat is no longer "
                                           "live.", "errors": [{"reason": "liveChatEnded"}]}}))
    assert SourceWorker(sessions, source, settings(youtube=youtube)).step() is None
    health = source_health(client, auth, live_session, source)
    assert health["status"] == "ended" and health["error_count"] == 0


def test_pause_stops_the_worker_and_resume_continues(sessions, client, auth, live_session, graph,
                                                    fb_source):
    graph.post(3)
    worker = SourceWorker(sessions, fb_source, settings(graph))
    worker.step()
    response = client.post(f"/api/sessions/{live_session}/sources/{fb_source}/pause", headers=auth)
    assert response.status_code == 200 and response.get_json()["paused"]
    graph.post(3)
    assert worker.step() is None and stored(sessions) == 3
    client.post(f"/api/sessions/{live_session}/sources/{fb_source}/resume", headers=auth)
    worker.step()
    assert stored(sessions) == 6 and max(graph.served.values()) == 1


def test_adding_a_source_checks_kind_and_reference(client, auth, live_session):
    response = client.post(f"/api/sessions/{live_session}/sources", headers=auth,
                           json={"kind": "myspace", "external_ref": "x"})
    assert response.status_code == 400 and "kind" in response.get_json()["error"]["message"]
    response = client.post(f"/api/sessions/{live_session}/sources", headers=auth,
                           json={"kind": "youtube_chat"})
    assert response.status_code == 400 and "external_ref" in response.get_json()["error"]["message"]
    kinds = client.get("/api/source-kinds", headers=auth).get_json()
    assert kinds["tiktok_live"]["unofficial"] and kinds["webhook"]["connector"] is False


def test_restart_mid_stream_stores_every_comment_exactly_once(
        app, sessions, client, auth, live_session, graph, youtube):
    """10,000 comments on three platforms at once; the runner stops half-way and starts again."""
    start(client, auth, live_session)
    fb = add_source(client, auth, live_session, "facebook_comments", "9001")
    add_source(client, auth, live_session, "youtube_chat", "chat-1")
    hook = add_source(client, auth, live_session, "webhook")
    per_platform = {"facebook": 4000, "youtube": 4000, "zalo": 2000}
    hook_client = app.test_client()

    def viewers():
        for step in range(40):
            graph.post(100)
            youtube.post(100)
            if step < 20:
                batch = [make_comment(step * 100 + i, f"zalo hỏi lương hưu #{i}", platform="zalo")
                         for i in range(100)]
                response = hook_client.post(f"/api/sources/{hook}/comments", json={"comments": batch},
                                            headers=auth)
                assert response.status_code == 200
            time.sleep(0.02)

    feeder = threading.Thread(target=viewers)
    feeder.start()
    runner = SourceRunner(sessions, settings(graph, youtube), scan_every=0.05).start()
    deadline = time.monotonic() + 60
    while stored(sessions) < 2500 and time.monotonic() < deadline:
        time.sleep(0.02)
    runner.stop()
    midway = stored(sessions)
    assert 0 < midway < 10_000
    runner = SourceRunner(sessions, settings(graph, youtube), scan_every=0.05).start()
    feeder.join()
    deadline = time.monotonic() + 120
    while stored(sessions) < 10_000 and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)
    runner.stop()
    assert {p: stored(sessions, p) for p in per_platform} == per_platform
    with sessions() as db:
        rows = db.execute(select(Comment.platform, Comment.platform_comment_id, Comment.seq)).all()
    assert len({(p, c) for p, c, _ in rows}) == len(rows) == 10_000
    assert len({seq for _, _, seq in rows}) == 10_000  # each in its own place in the session order
    # Resumed from the stored cursors: the platforms never had to send a comment twice.
    assert max(graph.served.values()) == 1 and max(youtube.served.values()) == 1
    with sessions() as db:
        assert db.get(CommentSource, fb).comment_count == 4000


def test_runner_started_by_the_app_publishes_connector_comments_to_the_console(
        app, sessions, client, auth, live_session, youtube, monkeypatch):
    from livestream import realtime
    from run import start_source_runner

    start(client, auth, live_session)
    published = []
    # The real publisher, minus the socket emit (the Socket.IO test client is covered elsewhere).
    monkeypatch.setattr(realtime, "publish", published.append)
    add_source(client, auth, live_session, "youtube_chat", "chat-1")
    app.config["CONNECTORS"] = settings(youtube=youtube)
    youtube.post(3, text="cho em hỏi bhyt hộ gia đình đóng bao nhiêu")
    runner = start_source_runner(app, scan_every=0.05)
    deadline = time.monotonic() + 10
    while sum(len(c.comments) for c in published) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    runner.stop()
    comments = [c for change in published for c in change.comments]
    assert [c["platform"] for c in comments] == ["youtube"] * 3
    assert all(change.live_session_id == live_session for change in published)
    assert any(change.groups for change in published)  # grouped into a question for the queue


def test_phone_numbers_are_hidden_on_facebook_only_when_asked(sessions, graph, fb_source):
    graph.post(2)
    graph.comments[1]["message"] = "tư vấn giúp em sđt 0912 345 678"
    SourceWorker(sessions, fb_source, settings(graph)).step()
    assert graph.hidden == []  # off by default
    graph.post(1)
    graph.comments[2]["message"] = "gọi em 0987654321 nhé"
    SourceWorker(sessions, fb_source, {**settings(graph), "FACEBOOK_HIDE_PHONES": "1"}).step()
    assert graph.hidden == ["9001_2"]


def test_ending_the_session_stops_its_sources(sessions, client, auth, live_session, graph, fb_source):
    graph.post(2)
    worker = SourceWorker(sessions, fb_source, settings(graph))
    worker.step()
    assert client.post(f"/api/sessions/{live_session}/end", headers=auth).status_code == 200
    graph.post(2)
    assert worker.step() is None and worker.connector is None
    with sessions() as db:
        assert sources.runnable_sources(db) == []


def test_session_ends_once_every_platform_stream_has_ended(sessions, client, auth, live_session,
                                                           graph, youtube):
    start(client, auth, live_session)
    yt_source = add_source(client, auth, live_session, "youtube_chat", "chat-1")
    fb_source = add_source(client, auth, live_session, "facebook_comments", "9001")
    ended = []
    options = {"on_change": ended.append}
    youtube.post(2)
    youtube.end_chat()
    yt_worker = SourceWorker(sessions, yt_source, settings(youtube=youtube), **options)
    while yt_worker.step() is not None:
        pass
    session = client.get(f"/api/sessions/{live_session}", headers=auth).get_json()
    assert session["status"] == "live" and ended == []  # Facebook is still streaming
    graph.post(1)
    graph.status = "VOD"
    fb_worker = SourceWorker(sessions, fb_source, {**settings(graph), "FACEBOOK_STATUS_SECONDS": "0"},
                             **options)
    while fb_worker.step() is not None:
        pass
    session = client.get(f"/api/sessions/{live_session}", headers=auth).get_json()
    assert session["status"] == "ended"
    assert [change.live_session_id for change in ended] == [live_session]


def test_a_failed_source_keeps_the_session_live(sessions, client, auth, live_session, youtube):
    start(client, auth, live_session)
    add_source(client, auth, live_session, "facebook_comments", "9001")  # never fetched
    yt_source = add_source(client, auth, live_session, "youtube_chat", "chat-1")
    youtube.end_chat()
    SourceWorker(sessions, yt_source, settings(youtube=youtube)).step()
    session = client.get(f"/api/sessions/{live_session}", headers=auth).get_json()
    assert session["status"] == "live"
