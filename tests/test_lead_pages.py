"""Lead pages: masked phones on every page, audited reveals and exports, quick capture with consent,
the duplicate review with merge and unmerge."""

import csv
import io
import re
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from lead_capture import exports
from lead_capture.models import AuditEntry, Consent, Contact, DuplicateCandidate, ExportJob
from livestream.models import Role, User
from tests.conftest import T0, make_comment
from tests.test_pages import add_user, sign_in

FULL = ("0905123456", "+84905123456", "905123456")
MASKED = "0905•••456"


def post(client, auth, session_id, comments):
    response = client.post(f"/api/sessions/{session_id}/comments", json=comments, headers=auth)
    assert response.status_code in (200, 201)


def one_lead(client, auth, live_session, sessions):
    post(client, auth, live_session, [make_comment(
        1, "Mình là chị Lan ở Huế sđt 0905 123 456, gọi cho mình tư vấn bhxh tự nguyện", author="lan")])
    with sessions() as db:
        return db.scalar(select(Contact.id))


def audit_rows(sessions):
    with sessions() as db:
        return [(a.action, a.target, a.actor) for a in db.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def assert_masked(body: str):
    assert MASKED in body
    for full in FULL:
        assert full not in body, full


def test_every_lead_page_masks_the_phone(app, client, auth, live_session, sessions):
    lead = one_lead(client, auth, live_session, sessions)
    browser = app.test_client()
    sign_in(app, browser, Role.MODERATOR)
    listing = browser.get("/leads").get_data(as_text=True)
    assert_masked(listing)
    assert "Lan" in listing and "Huế" in listing
    detail = browser.get(f"/leads/{lead}").get_data(as_text=True)
    assert_masked(detail)  # the comment on the timeline is masked too
    assert "+30 đã để lại số điện thoại" in detail  # reasons, in Vietnamese
    assert audit_rows(sessions) == []


def test_filters(app, client, auth, live_session, sessions):
    one_lead(client, auth, live_session, sessions)
    post(client, auth, live_session, [make_comment(2, "em ở Sài Gòn hỏi bhyt hộ gia đình", author="b")])
    browser = app.test_client()
    sign_in(app, browser, Role.ORGANISER)
    assert "Lan" in browser.get("/leads?province=Huế").get_data(as_text=True)
    assert "Lan" not in browser.get("/leads?province=TP Hồ Chí Minh").get_data(as_text=True)
    assert "Lan" not in browser.get("/leads?interest=bhyt_household").get_data(as_text=True)
    assert "Lan" in browser.get(f"/leads?session={live_session}&consent=none").get_data(as_text=True)
    assert "Lan" not in browser.get("/leads?consent=call").get_data(as_text=True)


def test_revealing_a_number_is_audited_and_moderators_reveal_only_during_the_stream(
        app, client, auth, live_session, sessions):
    lead = one_lead(client, auth, live_session, sessions)
    moderator = app.test_client()
    token = sign_in(app, moderator, Role.MODERATOR)
    assert moderator.post(f"/leads/{lead}/reveal", data={"csrf_token": token}).status_code == 403
    client.post(f"/api/sessions/{live_session}/start", headers=auth)
    shown = moderator.post(f"/leads/{lead}/reveal", data={"csrf_token": token}).get_data(as_text=True)
    assert "+84905123456" in shown
    assert audit_rows(sessions) == [("reveal_phone", f"contact:{lead}", "Test moderator")]


def excel_export(browser, token: str, **filters) -> bytes:
    """Ask for an Excel export from the leads list, wait on its page until it is ready, download it."""
    started = browser.post("/leads/exports", data={"csrf_token": token, **filters})
    assert started.status_code == 303
    page = started.location
    assert "<progress" in browser.get(page).get_data(as_text=True)
    state = wait_for_export(browser, page)
    assert state["status"] == "ready", state
    ready = browser.get(page).get_data(as_text=True)
    link = re.search(r'id="export-download" href="([^"]+)"', ready).group(1)
    download = browser.get(link)
    assert download.mimetype == exports.XLSX_MIMETYPE
    assert "leads.xlsx" in download.headers["Content-Disposition"]
    data = download.data
    download.close()
    return data


def wait_for_export(browser, page: str) -> dict:
    deadline = time.monotonic() + 30
    while True:
        state = browser.get(f"{page}/status").get_json()
        if state["status"] != "running" or time.monotonic() > deadline:
            return state
        time.sleep(0.05)


def test_exports_are_audited_and_can_be_masked(app, client, auth, live_session, sessions):
    one_lead(client, auth, live_session, sessions)
    browser = app.test_client()
    token = sign_in(app, browser, Role.ORGANISER)
    response = browser.get("/leads/export.csv")
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows[0]["phones"] == "+84905123456" and rows[0]["province"] == "Huế"
    # The list's export form: its filters, the box to mask numbers, a button per format.
    listing = browser.get("/leads?province=Huế").get_data(as_text=True)
    assert 'name="masked"' in listing and 'name="fmt" value="csv"' in listing
    assert '<input type="hidden" name="province" value="Huế">' in listing
    chosen = browser.post("/leads/exports", data={"csrf_token": token, "province": "Huế", "masked": "1",
                                                  "fmt": "csv"})
    assert chosen.status_code == 303 and "masked=1" in chosen.location and "csrf" not in chosen.location
    assert_masked(browser.get(chosen.location).get_data(as_text=True))
    book = load_workbook(io.BytesIO(excel_export(browser, token, province="Huế", fmt="xlsx")))
    sheet_rows = list(book.active.values)
    assert sheet_rows[0][:3] == ("id", "name", "phones")
    assert sheet_rows[1][2] == "+84905123456" and len(sheet_rows) == 2
    masked_book = load_workbook(io.BytesIO(excel_export(browser, token, masked="1", fmt="xlsx")))
    assert list(masked_book.active.values)[1][2] == MASKED
    actions = audit_rows(sessions)
    assert [(a[0], a[1]) for a in actions] == [("export", "leads.csv"), ("export", "leads.csv"),
                                               ("export", "leads.xlsx"), ("export", "leads.xlsx")]


def test_quick_capture_saves_a_lead_with_its_consent(app, client, live_session, sessions):
    token = sign_in(app, client, Role.MODERATOR)
    page = client.get(f"/sessions/{live_session}/capture").get_data(as_text=True)
    assert 'id="quick-capture"' in page and "quick_capture.js" in page
    bad = client.post(f"/sessions/{live_session}/capture",
                      data={"csrf_token": token, "phone": "079123456789", "consent": "none"})
    assert bad.status_code == 400 and "phone" in bad.get_json()["errors"]
    saved = client.post(f"/sessions/{live_session}/capture", data={
        "csrf_token": token, "name": "Trần Văn Minh", "phone": "0905 123 456", "province": "Bình Dương",
        "interest": "bhxh_voluntary", "consent": "call_note", "purposes": ["call", "sms"],
        "wording": "Anh đồng ý để cán bộ gọi lại tư vấn"})
    assert saved.status_code == 201
    body = saved.get_json()
    assert body["phone"] == MASKED and body["province"] == "TP Hồ Chí Minh"
    with sessions() as db:
        rows = db.scalars(select(Consent).where(Consent.contact_id == body["id"])).all()
    assert sorted(r.purpose for r in rows) == ["call", "sms"]
    assert all(r.evidence_kind == "call_note" and r.wording.startswith("Anh đồng ý") for r in rows)
    detail = client.get(body["url"]).get_data(as_text=True)
    assert "Anh đồng ý để cán bộ gọi lại tư vấn" in detail


def test_duplicates_are_reviewed_merged_and_unmerged_from_the_page(app, client, auth, live_session, sessions):
    post(client, auth, live_session, [make_comment(1, "em tên Mai sđt 0905123456", author="mai"),
                                      make_comment(2, "con tên Tú, số của mẹ 0905123456", author="tu")])
    browser = app.test_client()
    token = sign_in(app, browser, Role.ORGANISER)
    page = browser.get("/leads/duplicates").get_data(as_text=True)
    assert_masked(page)
    candidate = int(re.search(r"/leads/duplicates/(\d+)/merge", page).group(1))
    browser.post(f"/leads/duplicates/{candidate}/merge", data={"csrf_token": token})
    with sessions() as db:
        assert db.scalar(select(DuplicateCandidate.status)) == "merged"
        assert len(db.scalars(select(Contact).where(Contact.merged_into_id.is_(None))).all()) == 1
    page = browser.get("/leads/duplicates").get_data(as_text=True)
    merge_id = int(re.search(r"/leads/merges/(\d+)/undo", page).group(1))
    browser.post(f"/leads/merges/{merge_id}/undo", data={"csrf_token": token})
    with sessions() as db:
        assert db.scalar(select(DuplicateCandidate.status)) == "open"
        assert len(db.scalars(select(Contact).where(Contact.merged_into_id.is_(None))).all()) == 2
    assert [a[0] for a in audit_rows(sessions)] == ["merge", "unmerge"]


def test_moderators_see_only_leads_of_sessions_they_crew(app, client, auth, live_session, sessions):
    from livestream.models import SessionCrew, User
    from tests.test_pages import add_user

    lead = one_lead(client, auth, live_session, sessions)
    add_user(app, Role.MODERATOR, "other@example.vn")
    with sessions.begin() as db:
        other = db.scalar(select(User.id).where(User.email == "other@example.vn"))
        db.add(SessionCrew(live_session_id=live_session, user_id=other))
    browser = app.test_client()
    sign_in(app, browser, Role.MODERATOR)  # not in the crew
    assert "Lan" not in browser.get("/leads").get_data(as_text=True)
    assert browser.get(f"/leads/{lead}").status_code == 403


def test_outcomes_set_on_the_page_feed_calibration(app, client, auth, live_session, sessions):
    lead = one_lead(client, auth, live_session, sessions)
    browser = app.test_client()
    token = sign_in(app, browser, Role.MODERATOR)
    browser.post(f"/leads/{lead}/outcome", data={"csrf_token": token, "outcome": "enrolled"})
    assert "đã tham gia" in browser.get(f"/leads/{lead}").get_data(as_text=True)
    with sessions() as db:
        assert db.get(Contact, lead).outcome == "enrolled"
    refused = browser.post(f"/leads/{lead}/outcome", data={"csrf_token": token, "outcome": "x"})
    assert refused.status_code == 400


def test_an_email_given_on_quick_capture_lets_email_messages_reach_the_person(app, client, live_session,
                                                                             sessions):
    from lead_capture.messages import outbox

    token = sign_in(app, client, Role.MODERATOR)
    typo = client.post(f"/sessions/{live_session}/capture", data={
        "csrf_token": token, "name": "Lê Thị Hoa", "email": "hoa.gmail.com", "consent": "none"})
    assert typo.status_code == 400 and typo.get_json()["errors"]["email"] == ["Không phải địa chỉ email."]
    saved = client.post(f"/sessions/{live_session}/capture", data={
        "csrf_token": token, "name": "Lê Thị Hoa", "email": " Hoa.Le@Example.vn ", "consent": "form",
        "purposes": ["email"], "wording": "Đồng ý nhận email tư vấn"}).get_json()
    with sessions.begin() as db:
        message = outbox.queue_message(db, saved["id"], "email", "survey", {
            "person": {"name": "Lê Thị Hoa"}, "agent": {"name": "Minh"},
            "organisation": {"name": "BHXH", "hotline": "1900 0000"}}, now=T0)
    assert (message.status, message.to_address) == ("queued", "hoa.le@example.vn")


def test_long_lists_come_in_pages_that_keep_their_filters(app, sessions):
    with sessions.begin() as db:
        people = [Contact(name=f"Người {i}", name_folded=f"nguoi {i}", given_name=str(i),
                          province="Huế" if i % 2 else "Hà Nội", first_seen_at=T0, last_seen_at=T0)
                  for i in range(450)]
        db.add_all(people)
        db.flush()
        db.add_all(DuplicateCandidate(contact_a_id=people[2 * i].id, contact_b_id=people[2 * i + 1].id,
                                      reason="similar_name") for i in range(130))
    browser = app.test_client()
    token = sign_in(app, browser, Role.ORGANISER)

    def rows(body: str, pattern: str) -> int:
        return len(re.findall(pattern, body))

    first = browser.get("/leads/duplicates").get_data(as_text=True)
    assert rows(first, r"/leads/duplicates/\d+/dismiss") == 100
    assert "1–100 trên 130" in first and 'href="/leads/duplicates?page=2"' in first
    second = browser.get("/leads/duplicates?page=2").get_data(as_text=True)
    assert rows(second, r"/leads/duplicates/\d+/dismiss") == 30 and "101–130 trên 130" in second
    assert 'rel="next"' not in second and 'href="/leads/duplicates?page=1"' in second
    # Deciding on a pair of page 2 comes back to page 2.
    candidate = re.search(r"/leads/duplicates/(\d+)/dismiss\?page=2", second).group(1)
    done = browser.post(f"/leads/duplicates/{candidate}/dismiss?page=2", data={"csrf_token": token})
    assert done.status_code == 302 and done.location.endswith("/leads/duplicates?page=2")
    assert "101–129 trên 129" in browser.get("/leads/duplicates?page=2").get_data(as_text=True)

    hue = browser.get("/leads?province=Huế").get_data(as_text=True)
    assert rows(hue, r'href="/leads/\d+"') == 200 and "1–200 trên 225" in hue
    next_link = re.search(r'href="([^"]+)" rel="next"', hue).group(1)
    assert "province=Hu" in next_link and "page=2" in next_link
    rest = browser.get(next_link.replace("&amp;", "&")).get_data(as_text=True)
    assert rows(rest, r'href="/leads/\d+"') == 25 and "201–225 trên 225" in rest
    assert "Hà Nội</td>" not in rest
    # A page past the end shows the last one.
    assert "201–225 trên 225" in browser.get("/leads?province=Huế&page=99").get_data(as_text=True)


def test_an_export_streams_in_order_and_does_not_hold_up_comments(app, client, auth, live_session,
                                                                   sessions, monkeypatch):
    """The CSV goes out a chunk of leads at a time, and between chunks no transaction is open:
    on SQLite a slow download would otherwise keep new comments from being stored."""
    monkeypatch.setattr("lead_capture.exports.EXPORT_CHUNK", 1000)
    many_leads(sessions, 2500)
    browser = app.test_client()
    sign_in(app, browser, Role.ORGANISER)
    response = browser.get("/leads/export.csv", buffered=False)
    chunks = iter(response.response)
    received = [next(chunks), next(chunks)]  # the header and the first 1,000 leads
    post(client, auth, live_session, [make_comment(1, "chị ơi đóng bhxh tự nguyện ở đâu")])
    received += list(chunks)
    response.close()
    text = b"".join(part if isinstance(part, bytes) else part.encode() for part in received).decode()
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert len(rows) == 2500 and len(received) == 4
    scores = [(float(r["score"]), int(r["id"])) for r in rows]
    assert scores == sorted(scores, reverse=True)  # the list's order, across chunks
    assert audit_rows(sessions)[-1][:2] == ("export", "leads.csv")


def many_leads(sessions, n: int) -> None:
    with sessions.begin() as db:
        db.add_all(Contact(name=f"Người {i}", name_folded=f"nguoi {i}", given_name=str(i), score=i % 97,
                           first_seen_at=T0, last_seen_at=T0) for i in range(n))


def test_an_excel_export_shows_its_progress_and_only_its_requester_gets_the_file(
        app, client, auth, live_session, sessions, monkeypatch):
    """A workbook can only be sent once complete, so it is written in the background: its page
    follows the leads written so far, then offers the file to the one who asked for it."""
    monkeypatch.setattr("lead_capture.exports.EXPORT_CHUNK", 1000)
    stored = []
    progress = exports._progress

    def recording(db, job_id, **values):
        stored.append(values)
        progress(db, job_id, **values)

    monkeypatch.setattr("lead_capture.exports._progress", recording)
    many_leads(sessions, 2500)
    browser = app.test_client()
    token = sign_in(app, browser, Role.ORGANISER)
    assert 'action="/leads/exports"' in browser.get("/leads").get_data(as_text=True)
    book = load_workbook(io.BytesIO(excel_export(browser, token)))
    rows = list(book.active.values)
    assert len(rows) == 2501
    scores = [(r[7], r[0]) for r in rows[1:]]
    assert scores == sorted(scores, reverse=True)  # the list's order, across chunks
    assert stored == [{"done": 1000}, {"done": 2000}, {"done": 2500}, {"status": "ready"}]
    with sessions() as db:
        job = db.scalar(select(ExportJob))
    page = browser.get(f"/leads/exports/{job.token}").get_data(as_text=True)
    assert "Xong: 2.500 khách tiềm năng." in page
    assert re.search(r'<progress id="export-progress" max="2500" value="2500">', page)
    # Another organiser cannot see it or fetch it, even knowing its address.
    other = app.test_client()
    sign_in(app, other, Role.ORGANISER, email="other@example.org")
    for url in (f"/leads/exports/{job.token}", f"/leads/exports/{job.token}/status",
                f"/leads/exports/{job.token}/leads.xlsx"):
        assert other.get(url).status_code == 404, url
    assert audit_rows(sessions)[-1][:2] == ("export", "leads.xlsx")


def test_a_failed_export_says_so_and_leaves_no_file(app, client, auth, live_session, sessions, monkeypatch):
    def broken(db, people, masked):
        raise RuntimeError("disk full")

    monkeypatch.setattr("lead_capture.exports.export_rows", broken)
    many_leads(sessions, 3)
    temporary = set(Path(tempfile.gettempdir()).glob("openpyxl.*"))
    browser = app.test_client()
    token = sign_in(app, browser, Role.ORGANISER)
    page = browser.post("/leads/exports", data={"csrf_token": token}).location
    assert wait_for_export(browser, page) == {"status": "failed", "done": 0, "total": 3, "error": "failed"}
    assert "Xuất tệp không thành công" in browser.get(page).get_data(as_text=True)
    assert browser.get(f"{page}/leads.xlsx").status_code == 404
    assert list((Path(app.config["EXPORT_DIR"])).iterdir()) == []
    assert set(Path(tempfile.gettempdir()).glob("openpyxl.*")) == temporary  # its rows held phones


def test_an_export_whose_process_died_is_interrupted_and_old_ones_expire(app, sessions, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    email = add_user(app, Role.ORGANISER)
    with sessions.begin() as db:
        user = db.scalar(select(User.id).where(User.email == email))
        old = exports.start_export(db, user_id=user, fmt="xlsx", total=10, now=T0)
        fresh = exports.start_export(db, user_id=user, fmt="xlsx", total=10, now=T0 + timedelta(minutes=59))
        for job in (old, fresh):
            exports.file_of(job, folder).write_bytes(b"PK")
        running = exports.export_state(old, now=T0 + timedelta(seconds=30))
        stopped = exports.export_state(old, now=T0 + exports.STALE + timedelta(seconds=1))
        assert running == {"status": "running", "done": 0, "total": 10, "error": ""}
        assert stopped == {"status": "failed", "done": 0, "total": 10, "error": "interrupted"}
        assert exports.expire_exports(db, folder, now=T0 + timedelta(minutes=61)) == 1
        left = [j.token for j in db.scalars(select(ExportJob))]
        assert left == [fresh.token]
    assert sorted(p.name for p in folder.iterdir()) == [f"{fresh.token}.xlsx"]
