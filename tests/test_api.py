import pytest
from sqlalchemy import func, select

from livestream.models import Comment, Role
from tests.conftest import make_comment, make_token


def post(client, auth, session_id, body, **kwargs):
    return client.post(f"/api/sessions/{session_id}/comments", json=body, headers=auth, **kwargs)


def stored(sessions) -> int:
    with sessions() as db:
        return db.scalar(select(func.count()).select_from(Comment))


def test_ingest_answers_accepted_and_duplicates(client, auth, live_session):
    batch = [make_comment(1, "đóng bao nhiêu năm thì được lương hưu"),
             make_comment(2, "dong bao nhieu nam thi dc luong huu a")]
    first = post(client, auth, live_session, batch)
    again = post(client, auth, live_session, batch + [make_comment(3)])
    assert first.status_code == 200
    assert first.get_json()["accepted"] == 2 and first.get_json()["duplicates"] == 0
    assert again.get_json()["accepted"] == 1 and again.get_json()["duplicates"] == 2


def test_questions_endpoint_lists_grouped_questions_with_asks(client, auth, live_session):
    post(client, auth, live_session, [
        make_comment(1, "đóng bao nhiêu năm thì được lương hưu"),
        make_comment(2, "dong bao nhieu nam thi dc luong huu a"),
        make_comment(3, "đăng ký ở đâu vậy chị"),
        make_comment(4, "hay quá"),
    ])
    questions = client.get(f"/api/sessions/{live_session}/questions", headers=auth).get_json()
    assert [(q["text"], q["asks"], q["status"]) for q in questions] == [
        ("đóng bao nhiêu năm thì được lương hưu", 2, "open"),
        ("đăng ký ở đâu vậy chị", 1, "open"),
    ]


def test_hosts_never_see_phone_numbers_in_questions(client, auth, sessions, live_session):
    post(client, auth, live_session, [make_comment(1, "sđt em 0905123456 đăng ký ở đâu ạ")])
    host = {"Authorization": f"Bearer {make_token(sessions, Role.HOST)}"}
    (question,) = client.get(f"/api/sessions/{live_session}/questions", headers=host).get_json()
    assert "0905123456" not in question["text"] and "0905•••456" in question["text"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"not": "a list"}, "expected a JSON list"),
        ([{"id": "1", "author": {"id": "a", "name": "A"}, "text": "x",
           "created_at": "2026-11-24T10:00:00Z"}], "comments[0].platform: missing"),
        ([{"platform": "facebook", "author": {"id": "a", "name": "A"}, "text": "x",
           "created_at": "2026-11-24T10:00:00Z"}], "comments[0].id: missing"),
        ([{"platform": "facebook", "id": "1", "text": "x",
           "created_at": "2026-11-24T10:00:00Z"}], "comments[0].author"),
        ([{"platform": "facebook", "id": "1", "author": {"id": "a", "name": "A"}, "text": 5,
           "created_at": "2026-11-24T10:00:00Z"}], "comments[0].text: expected a string"),
        ([{"platform": "facebook", "id": "1", "author": {"id": "a", "name": "A"}, "text": "x",
           "created_at": "yesterday"}], "comments[0].created_at"),
        ([{"platform": "facebook", "id": "1", "author": {"id": "a", "name": "A"}, "text": "x",
           "created_at": "2026-11-24T10:00:00"}], "no time zone"),
        ([{"platform": "myspace", "id": "1", "author": {"id": "a", "name": "A"}, "text": "x",
           "created_at": "2026-11-24T10:00:00Z"}], "comments[0].platform"),
    ],
)
def test_bad_comment_rejects_the_whole_batch_naming_the_problem(
    client, auth, sessions, live_session, body, message
):
    if isinstance(body, list):
        body = [make_comment(0)] + [dict(item) for item in body]
        message = message.replace("comments[0]", "comments[1]")
    response = post(client, auth, live_session, body)
    assert response.status_code == 400
    assert message in response.get_json()["error"]["message"]
    assert stored(sessions) == 0


def test_nul_characters_are_dropped_not_fatal_to_the_batch(client, auth, sessions, live_session):
    # PostgreSQL text cannot hold NUL: kept, it failed the whole batch on every redelivery.
    comment = make_comment(1, "đăng ký\x00 ở đâu vậy chị")
    comment["author"]["name"] = "An\x00"
    answer = post(client, auth, live_session, [comment, make_comment(2)])
    assert answer.status_code == 200 and answer.get_json()["accepted"] == 2
    with sessions() as db:
        texts = db.scalars(select(Comment.text).order_by(Comment.seq)).all()
        names = db.scalars(select(Comment.author_name).order_by(Comment.seq)).all()
    assert texts[0] == "đăng ký ở đâu vậy chị" and names[0] == "An"


def test_unknown_session_is_404(client, auth):
    response = post(client, auth, 999, [make_comment(1)])
    assert response.status_code == 404
    assert "999" in response.get_json()["error"]["message"]


def test_body_too_large_is_413_and_stores_nothing(client, auth, sessions, live_session):
    big = [make_comment(n, "x" * 10_000) for n in range(40)]
    response = post(client, auth, live_session, big)
    assert response.status_code == 413
    assert "too large" in response.get_json()["error"]["message"]
    assert stored(sessions) == 0


def test_too_many_comments_in_one_batch_is_rejected(client, auth, sessions, live_session):
    response = post(client, auth, live_session, [make_comment(n, "") for n in range(1001)])
    assert response.status_code == 400
    assert "limit is 1000" in response.get_json()["error"]["message"]
    assert stored(sessions) == 0


def test_not_json_is_415(client, auth, live_session):
    response = client.post(f"/api/sessions/{live_session}/comments", data="hello",
                           headers=auth)
    assert response.status_code == 415


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("post", "/api/sessions"),
        ("get", "/api/sessions"),
        ("post", "/api/sessions/1/comments"),
        ("get", "/api/sessions/1/questions"),
    ],
)
@pytest.mark.parametrize("header", [None, "Bearer wrong", "Basic abc", "Bearer ll_forged"])
def test_missing_or_bad_token_is_401(client, method, url, header):
    headers = {"Authorization": header} if header else {}
    response = getattr(client, method)(url, headers=headers, json=[])
    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == "unauthorized"


@pytest.mark.parametrize(
    ("role", "method", "url", "allowed"),
    [
        (Role.HOST, "post", "/api/sessions/{id}/comments", False),
        (Role.AGENT, "post", "/api/sessions/{id}/comments", False),
        (Role.MODERATOR, "post", "/api/sessions/{id}/comments", True),
        (Role.AGENT, "get", "/api/sessions/{id}/questions", False),
        (Role.HOST, "get", "/api/sessions/{id}/questions", True),
        (Role.HOST, "post", "/api/sessions", False),
        (Role.HOST, "post", "/api/sessions/{id}/comments/1/question", False),
        (Role.MODERATOR, "post", "/api/sessions/{id}/comments/1/question", True),
    ],
)
def test_roles_are_checked_on_every_route(client, sessions, live_session, role, method, url,
                                          allowed):
    headers = {"Authorization": f"Bearer {make_token(sessions, role)}"}
    body = [make_comment(1)] if "comments" in url else {"title": "x"}
    response = getattr(client, method)(url.format(id=live_session), headers=headers, json=body)
    assert (response.status_code != 403) is allowed


def test_create_session_validates_title(client, auth):
    response = client.post("/api/sessions", json={"title": ""}, headers=auth)
    assert response.status_code == 400 and "title" in response.get_json()["error"]["message"]


def test_openapi_document_describes_every_route(client):
    doc = client.get("/api/openapi.json").get_json()
    assert doc["openapi"].startswith("3.")
    assert {"/api/sessions", "/api/sessions/{session_id}/comments",
            "/api/sessions/{session_id}/questions"} <= set(doc["paths"])
    names = {"<int:session_id>": "{session_id}", "<int:group_id>": "{group_id}",
             "<int:comment_seq>": "{comment_seq}",
             "<int:source_id>": "{source_id}", "<any(pause, resume):action>": "{action}"}
    rules = set()
    for rule in client.application.url_map.iter_rules():
        if rule.rule.startswith("/api"):
            path = rule.rule
            for name, placeholder in names.items():
                path = path.replace(name, placeholder)
            rules.add(path)
    assert rules <= set(doc["paths"])


def test_ending_a_session_tells_follow_up_once(client, auth, live_session):
    from livestream.signals import session_ended

    heard = []
    with session_ended.connected_to(lambda sender, live_session_id: heard.append(live_session_id)):
        assert client.post(f"/api/sessions/{live_session}/start", headers=auth).status_code == 200
        assert client.post(f"/api/sessions/{live_session}/end", headers=auth).status_code == 200
        assert client.post(f"/api/sessions/{live_session}/end", headers=auth).status_code == 200
    assert heard == [live_session]  # starting is not ending, and ending twice ends once


def test_a_moderator_puts_a_missed_question_in_the_queue_once(client, auth, live_session):
    post(client, auth, live_session, [make_comment(1, "mình muốn biết thủ tục nhận lương hưu")])
    assert client.get(f"/api/sessions/{live_session}/questions", headers=auth).get_json() == []
    url = f"/api/sessions/{live_session}/comments/1/question"
    response = client.post(url, headers=auth)
    assert response.status_code == 201
    body = response.get_json()
    assert body["comment"]["is_question"] and body["groups"][0]["asks"] == 1
    (question,) = client.get(f"/api/sessions/{live_session}/questions", headers=auth).get_json()
    assert question["text"] == "mình muốn biết thủ tục nhận lương hưu"
    again = client.post(url, headers=auth)
    assert again.status_code == 409 and "already an ask of question" in again.get_json()["error"]["message"]
    missing = client.post(f"/api/sessions/{live_session}/comments/7/question", headers=auth)
    assert missing.status_code == 404 and missing.get_json()["error"]["code"] == "unknown_comment"
