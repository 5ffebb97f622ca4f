"""Socket.IO: authentication, rooms per session, events after commit, replay after a lost connection."""

import pytest

from livestream.models import Role
from livestream.realtime import socketio
from tests.conftest import make_comment, make_token

PENSION = "đóng bao nhiêu năm thì được lương hưu"


def connect(app, namespace, token=None, client=None):
    auth = {"token": token} if token else None
    return socketio.test_client(app, namespace=namespace, auth=auth, flask_test_client=client)


def changes(sock, namespace):
    return [event["args"][0] for event in sock.get_received(namespace) if event["name"] == "changes"]


def post(client, auth, session_id, comments):
    response = client.post(f"/api/sessions/{session_id}/comments", json=comments, headers=auth)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def test_a_socket_without_credentials_or_with_a_bad_token_is_refused(app):
    assert not connect(app, "/moderator").is_connected("/moderator")
    assert not connect(app, "/moderator", token="ll_not-a-token").is_connected("/moderator")


def test_a_moderator_joins_with_a_snapshot_and_receives_new_comments_live(app, client, auth, live_session,
                                                                          sessions):
    post(client, auth, live_session, [make_comment(1, PENSION)])
    sock = connect(app, "/moderator", make_token(sessions, Role.MODERATOR))
    reply = sock.emit("join", {"session_id": live_session, "last_seq": None}, namespace="/moderator",
                      callback=True)
    assert reply["ok"] and reply["snapshot"] and reply["seq"] == 1
    assert [g["text"] for g in reply["groups"]] == [PENSION]
    post(client, auth, live_session, [make_comment(2, "dong bao nhieu nam thi dc luong huu"),
                                      make_comment(3, "số em 0905123456")])
    (event,) = changes(sock, "/moderator")
    assert (event["from_seq"], event["seq"]) == (2, 3)
    assert [c["text"] for c in event["comments"]][1] == "số em 0905123456"
    assert event["comments"][1]["phones"] == ["+84905123456"]
    assert [(g["text"], g["asks"]) for g in event["groups"]] == [(PENSION, 2)]


def test_hosts_get_questions_with_masked_numbers_and_never_comments(app, client, auth, live_session,
                                                                    sessions):
    host = connect(app, "/host", make_token(sessions, Role.HOST))
    host.emit("join", {"session_id": live_session, "last_seq": 0}, namespace="/host", callback=True)
    post(client, auth, live_session, [make_comment(1, "em 0905123456 hỏi đóng bao nhiêu một tháng")])
    (event,) = changes(host, "/host")
    assert event["comments"] == []
    assert "0905123456" not in event["groups"][0]["text"] and "456" in event["groups"][0]["text"]


def test_rooms_keep_sessions_apart(app, client, auth, live_session,
                                   sessions):
    other = client.post("/api/sessions", json={"title": "khác"}, headers=auth).get_json()["id"]
    sock = connect(app, "/moderator", make_token(sessions, Role.MODERATOR))
    sock.emit("join", {"session_id": other, "last_seq": 0}, namespace="/moderator", callback=True)
    post(client, auth, live_session, [make_comment(1, PENSION)])
    assert changes(sock, "/moderator") == []


def test_reconnect_replays_what_was_missed_in_order_without_duplicates(app, client, auth, live_session,
                                                                       sessions):
    token = make_token(sessions, Role.MODERATOR)
    sock = connect(app, "/moderator", token)
    sock.emit("join", {"session_id": live_session, "last_seq": 0}, namespace="/moderator", callback=True)
    post(client, auth, live_session, [make_comment(1, PENSION)])
    last_seq = changes(sock, "/moderator")[-1]["seq"]
    sock.disconnect(namespace="/moderator")
    # while the laptop sleeps: three batches and a moderator action by someone else
    post(client, auth, live_session, [make_comment(2, "chào cả nhà")])
    post(client, auth, live_session, [make_comment(3, "dong bao nhieu nam thi dc luong huu")])
    group_id = client.get(f"/api/sessions/{live_session}/questions", headers=auth).get_json()[0]["id"]
    client.post(f"/api/sessions/{live_session}/questions/{group_id}/actions",
                json={"action": "on_air"}, headers=auth)
    post(client, auth, live_session, [make_comment(4, "hay quá")])
    back = connect(app, "/moderator", token)
    reply = back.emit("join", {"session_id": live_session, "last_seq": last_seq}, namespace="/moderator",
                      callback=True)
    assert reply["from_seq"] == last_seq + 1 and reply["seq"] == 5
    assert [c["seq"] for c in reply["comments"]] == [2, 3, 5]  # 4 was the on-air action
    assert [(g["asks"], g["status"]) for g in reply["groups"]] == [(2, "on_air")]
    again = back.emit("join", {"session_id": live_session, "last_seq": reply["seq"]},
                      namespace="/moderator", callback=True)
    assert again["comments"] == [] and again["groups"] == []


def test_actions_reach_every_moderator_of_the_session(app, client, auth, live_session,
                                                      sessions):
    post(client, auth, live_session, [make_comment(1, PENSION)])
    socks = [connect(app, "/moderator", make_token(sessions, Role.MODERATOR)) for _ in range(2)]
    for sock in socks:
        sock.emit("join", {"session_id": live_session, "last_seq": 1}, namespace="/moderator", callback=True)
    group_id = client.get(f"/api/sessions/{live_session}/questions", headers=auth).get_json()[0]["id"]
    client.post(f"/api/sessions/{live_session}/questions/{group_id}/actions",
                json={"action": "answered"}, headers=auth)
    for sock in socks:
        (event,) = changes(sock, "/moderator")
        assert event["from_seq"] == event["seq"] == 2 and event["groups"][0]["status"] == "answered"


@pytest.mark.parametrize("bad", [{"session_id": "1"}, {"session_id": 1, "last_seq": -3}, "x"])
def test_a_bad_join_is_answered_with_an_error_that_names_the_field(app, sessions, live_session, bad):
    sock = connect(app, "/moderator", make_token(sessions, Role.MODERATOR))
    reply = sock.emit("join", bad, namespace="/moderator", callback=True)
    assert reply["ok"] is False and ("session_id" in reply["error"] or "last_seq" in reply["error"])


def test_a_signed_in_browser_connects_with_its_login_cookie(app, client, sessions, live_session):
    from tests.test_pages import sign_in

    sign_in(app, client, Role.MODERATOR)
    sock = connect(app, "/moderator", client=client)
    assert sock.is_connected("/moderator")
    reply = sock.emit("join", {"session_id": live_session, "last_seq": None}, namespace="/moderator",
                      callback=True)
    assert reply["ok"]


REDIS_URL = "redis://127.0.0.1:6379/0"


@pytest.fixture
def redis_app(database_url):
    """An app whose Socket.IO server shares rooms with other processes through Redis."""
    import redis

    try:
        redis.Redis.from_url(REDIS_URL).ping()
    except redis.ConnectionError:
        pytest.fail(f"Redis is not reachable at {REDIS_URL}; it runs on every development machine")
    from run import create_app

    application = create_app({"DATABASE_URL": database_url, "TESTING": True, "SECRET_KEY": "test",
                              "SOCKETIO_MESSAGE_QUEUE": REDIS_URL})
    yield application
    application.extensions["livelead.engine"].dispose()


def test_events_published_by_another_process_reach_this_process_clients(redis_app):
    """Several web processes: a change published by one reaches the consoles of another."""
    import queue
    import threading

    import socketio as socketio_client
    from flask_socketio import SocketIO
    from werkzeug.serving import make_server

    from livestream import realtime
    from livestream.models import LiveSession

    with redis_app.extensions["livelead.sessions"].begin() as db:
        live = LiveSession(title="multi-process")
        db.add(live)
        db.flush()
        session_id = live.id
    token = make_token(redis_app.extensions["livelead.sessions"], Role.MODERATOR)
    httpd = make_server("127.0.0.1", 0, redis_app, threaded=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    client = socketio_client.Client(reconnection=False)
    received: queue.Queue = queue.Queue()
    client.on("changes", received.put, namespace="/moderator")
    try:
        client.connect(f"http://127.0.0.1:{httpd.server_port}", namespaces=["/moderator"],
                       auth={"token": token}, transports=["websocket"], wait_timeout=10)
        reply = client.call("join", {"session_id": session_id, "last_seq": 0}, namespace="/moderator",
                            timeout=10)
        assert reply["ok"]
        other_process = SocketIO(message_queue=REDIS_URL)  # how a second web process publishes
        body = {"from_seq": 1, "seq": 1, "more": False, "groups": [], "comments": [], "session": None}
        other_process.emit("changes", body, to=realtime.room(session_id), namespace="/moderator")
        assert received.get(timeout=10)["seq"] == 1
    finally:
        client.disconnect()
        httpd.shutdown()
