"""Session statistics: the numbers organisers compare, their charts and their CSV."""

from __future__ import annotations

import csv
import io
import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from livestream import charts, stats
from livestream.models import QuestionGroup, Role, SessionCrew, User
from tests.conftest import T0, make_comment
from tests.test_pages import add_user, sign_in

PENSION = "đóng bao nhiêu năm thì được lương hưu"


def post(client, auth, session_id, comments):
    response = client.post(f"/api/sessions/{session_id}/comments", json=comments, headers=auth)
    assert response.status_code in (200, 201), response.get_json()


def a_session(client, auth):
    """Eleven comments over 25 minutes on two platforms: one question asked three times by three
    people (answered 10 minutes after it was first asked), one asked once (left open), one
    dismissed, a phone number, a complaint about the sound, and chatter."""
    session_id = client.post("/api/sessions", json={"title": "Buổi 1"}, headers=auth).get_json()["id"]
    at = lambda minutes: T0 + timedelta(minutes=minutes)  # noqa: E731
    post(client, auth, session_id, [
        make_comment(1, PENSION, author="a", at=at(0)),
        make_comment(2, "dong bao nhieu nam thi duoc luong huu vay ad", author="b", at=at(1)),
        make_comment(3, "Đóng bao nhiêu năm mới được lương hưu ạ?", platform="youtube", author="c", at=at(2)),
        make_comment(4, "thẻ bhyt hộ gia đình mua ở đâu ạ", author="d", at=at(3)),
        make_comment(5, "em ở Huế sđt 0905 123 456 gọi lại tư vấn giúp em", author="e", at=at(4)),
        make_comment(6, "không nghe thấy tiếng gì hết ad ơi", platform="youtube", author="f", at=at(5)),
        make_comment(7, "chào cả nhà", author="a", at=at(6)),
        make_comment(8, "hay quá", author="g", at=at(7)),
        make_comment(9, "có ai xem từ Đà Nẵng không", author="h", at=at(8)),
        make_comment(10, "cảm ơn chị", platform="youtube", author="c", at=at(20)),
        make_comment(11, "chúc mọi người buổi tối vui", author="i", at=at(25)),
    ])
    return session_id


def act(client, auth, session_id, text, action, when, app):
    with app.extensions["livelead.sessions"].begin() as db:
        group = db.scalar(select(QuestionGroup).where(QuestionGroup.live_session_id == session_id,
                                                      QuestionGroup.canonical_text == text))
        gid = group.id
    response = client.post(f"/api/sessions/{session_id}/questions/{gid}/actions", json={"action": action},
                           headers=auth)
    assert response.status_code == 200, response.get_json()
    with app.extensions["livelead.sessions"].begin() as db:
        db.get(QuestionGroup, gid).status_changed_at = when


def test_a_sessions_numbers(app, client, auth, sessions):
    session_id = a_session(client, auth)
    act(client, auth, session_id, PENSION, "answered", T0 + timedelta(minutes=10), app)
    act(client, auth, session_id, "có ai xem từ Đà Nẵng không", "dismiss", T0 + timedelta(minutes=9), app)
    with sessions() as db:
        n = stats.session_numbers(db, [session_id, 999])
        assert n[999] == stats.SessionNumbers()
        n = n[session_id]
        assert (n.comments, n.commenters, n.question_comments) == (11, 9, 5)
        assert (n.questions, n.answered, n.dismissed, n.unanswered) == (3, 1, 1, 1)
        assert n.answered_share == 0.5  # one of the two questions that called for an answer
        assert (n.lead_comments, n.lead_commenters, n.tech_comments) == (1, 1, 1)
        assert n.lead_share == pytest.approx(1 / 9)
        assert stats.platform_counts(db, session_id) == [("facebook", 8, 7), ("youtube", 3, 2)]
        assert stats.median_answer_minutes(db, session_id) == 10.0
        top = stats.top_questions(db, session_id)
        assert [(q["asks"], q["askers"], q["status"]) for q in top][0] == (3, 3, "answered")
        width, buckets = stats.comment_timeline(db, session_id, T0.tzinfo)
    assert width == 1 and len(buckets) == 26
    assert [b.comments for b in buckets[:10]] == [1] * 9 + [0]
    assert sum(b.comments for b in buckets) == 11
    assert sum(b.questions for b in buckets) == 5 and buckets[5].tech == 1


@pytest.mark.parametrize(("minutes", "width"), [(0, 1), (58, 1), (59, 2), (90, 2), (118, 5), (181, 5),
                                                 (600, 15), (48 * 60, 60), (100 * 24 * 60, 1440)])
def test_a_timeline_has_at_most_sixty_columns(minutes, width):
    assert stats.bucket_minutes(timedelta(minutes=minutes)) == width


def test_timeline_and_count_charts_are_drawn_to_scale():
    chart = charts.timeline([("20:00", (10, 4, 0)), ("20:01", (5, 0, 1)), ("20:02", (0, 0, 0))])
    first, second, empty = chart.columns
    assert [h for _, _, h, _ in first.parts] == [charts.COLUMNS_HEIGHT, charts.COLUMNS_HEIGHT * 0.4]
    assert [(s, v) for s, _, _, v in second.parts] == [(0, 5), (2, 1)]
    assert empty.parts == ()
    bars = charts.bar_chart([("A", {"comments": 2000}), ("B", {"comments": 500})], ("comments",), counts=True)
    widths = [g.bars[0].width for g in bars.groups]
    assert widths == [charts.PLOT_WIDTH, charts.PLOT_WIDTH / 4]
    assert [g.bars[0].text for g in bars.groups] == ["2.000", "500"]


def test_the_pages_compare_sessions_in_charts_and_tables_and_export_them(app, client, auth, sessions):
    first = a_session(client, auth)
    act(client, auth, first, PENSION, "answered", T0 + timedelta(minutes=10), app)
    second = client.post("/api/sessions", json={"title": "Buổi 2 <b>bhyt</b>"}, headers=auth).get_json()["id"]
    post(client, auth, second, [make_comment(20, "mua bhyt hộ gia đình ở đâu", author="z")])
    browser = app.test_client()
    sign_in(app, browser, Role.ORGANISER)
    page = browser.get("/sessions/stats").get_data(as_text=True)
    assert page.count("<svg") == 2 and 'id="chart-shares"' in page and 'id="chart-counts"' in page
    assert "Buổi 2 &lt;b&gt;bhyt&lt;/b&gt;" in page and "<b>bhyt" not in page
    rows = re.findall(r'<tr>\s*<td><a href="/sessions/(\d+)/stats">', page)
    assert rows == [str(second), str(first)]  # newest first
    assert "Thống kê" in page and "Câu hỏi được trả lời" in page
    exported = browser.get("/sessions/stats.csv")
    table = list(csv.DictReader(io.StringIO(exported.get_data(as_text=True).lstrip("\ufeff"))))
    assert [(r["id"], r["comments"], r["questions"], r["answered"], r["answered_share"]) for r in table] == [
        (str(second), "1", "1", "0", "0.0"), (str(first), "11", "3", "1", "0.3333")]
    one = browser.get(f"/sessions/{first}/stats").get_data(as_text=True)
    assert 'id="chart-timeline"' in one and 'id="chart-platforms"' in one
    assert re.search(r"<dt>Bình luận</dt><dd>11</dd>", one)
    assert "10 phút" in one  # the median wait for an answer
    assert "0905 123 456" not in one  # no personal data on the statistics page


def test_questions_on_the_page_are_inert_and_masked(app, client, auth, sessions):
    session_id = client.post("/api/sessions", json={"title": "x"}, headers=auth).get_json()["id"]
    post(client, auth, session_id, [make_comment(
        1, '<img src=x onerror="alert(1)"> đóng bao nhiêu tiền vậy sđt 0905123456 ạ', author="a")])
    browser = app.test_client()
    sign_in(app, browser, Role.MODERATOR)
    page = browser.get(f"/sessions/{session_id}/stats").get_data(as_text=True)
    assert "<img src=x" not in page and "&lt;img src=x" in page
    assert "0905123456" not in page and "0905•••456" in page


def test_a_moderator_sees_only_the_sessions_of_their_crew(app, client, auth, sessions):
    session_id = a_session(client, auth)
    add_user(app, Role.MODERATOR, "other@example.vn")
    with sessions.begin() as db:
        other = db.scalar(select(User.id).where(User.email == "other@example.vn"))
        db.add(SessionCrew(live_session_id=session_id, user_id=other))
    browser = app.test_client()
    sign_in(app, browser, Role.MODERATOR)
    assert browser.get(f"/sessions/{session_id}/stats").status_code == 403
    assert browser.get("/sessions/stats").status_code == 403


def test_a_sessions_questions_as_csv(app, client, auth, sessions):
    session_id = a_session(client, auth)
    act(client, auth, session_id, PENSION, "answered", T0 + timedelta(minutes=10), app)
    post(client, auth, session_id, [
        make_comment(30, "số em 0905123456, mẹ em 70 tuổi có được thẻ bhyt miễn phí không", author="q")])
    browser = app.test_client()
    sign_in(app, browser, Role.MODERATOR)
    page = browser.get(f"/sessions/{session_id}/stats").get_data(as_text=True)
    assert f'href="/sessions/{session_id}/questions.csv"' in page
    response = browser.get(f"/sessions/{session_id}/questions.csv")
    assert f"session-{session_id}-questions.csv" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    first = rows[0]
    assert (first["question"], first["asks"], first["askers"], first["status"]) == (
        PENSION, "3", "3", "answered")
    # T0 is 12:00 UTC: 19:00 in Hồ Chí Minh City, answered ten minutes after the first ask
    assert (first["first_asked_at"], first["answered_at"], first["minutes_to_answer"]) == (
        "2026-11-24 19:00:00", "2026-11-24 19:10:00", "10.0")
    assert len(rows) == 4 and all(r["answered_at"] == "" for r in rows[1:])
    assert "0905123456" not in response.get_data(as_text=True)
    assert any(r["question"].startswith("số em 0905•••456") for r in rows)
