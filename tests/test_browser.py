"""End to end in a real browser (Playwright driving Debian's /usr/bin/chromium).

A moderator signs in and runs the queue while comments arrive through the ingest API; the host
view follows in a second page; payloads stay inert; a reload and a dropped connection lose
nothing. Screenshots go to test-output/ to be looked at.
"""

from __future__ import annotations

import json
import threading
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright
from werkzeug.serving import make_server

from livestream.models import Role
from tests.conftest import make_comment, make_token
from tests.test_pages import PASSWORD, add_user

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update"]
OUTPUT = Path(__file__).resolve().parent.parent / "test-output"
PENSION = "đóng bao nhiêu năm thì được lương hưu"
XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> đóng bao nhiêu tiền vậy'


@pytest.fixture
def server(app):
    """The app served over HTTP on a free port, Socket.IO included (threading mode)."""
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is missing: the test command installs it (apt-get install chromium)")

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def api(base, token, path, body):
    request = urllib.request.Request(f"{base}{path}", data=json.dumps(body).encode(), method="POST",
                                     headers={"Authorization": f"Bearer {token}",
                                              "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def sign_in(page, base, email):
    page.goto(f"{base}/login")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/sessions")


def test_a_moderator_runs_the_queue_and_the_host_view_follows(app, server, browser, sessions):
    OUTPUT.mkdir(exist_ok=True)
    email = add_user(app, Role.MODERATOR)
    token = make_token(sessions, Role.ORGANISER)
    session_id = api(server, token, "/api/sessions", {"title": "BHXH tự nguyện <b>live</b>"})["id"]
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="vi-VN")
    errors: list[str] = []
    console = context.new_page()
    console.on("pageerror", lambda exc: errors.append(str(exc)))
    sign_in(console, server, email)
    console.goto(f"{server}/sessions/{session_id}/console")
    console.wait_for_selector("#connection[data-state=live]")
    host = context.new_page()
    host.on("pageerror", lambda exc: errors.append(str(exc)))
    host.goto(f"{server}/sessions/{session_id}/host")
    host.wait_for_selector("#connection[data-state=live]")

    # comments arrive; the repeated question is grouped live with its count
    api(server, token, f"/api/sessions/{session_id}/comments", [
        make_comment(1, PENSION), make_comment(2, "dong bao nhieu nam thi dc luong huu a"),
        make_comment(3, "thẻ bhyt hộ gia đình khi nào có hiệu lực"),
        make_comment(4, "em muốn đăng ký, sđt 0905 123 456"),
        make_comment(5, "k nghe j het", at=datetime.now(UTC)),  # the strip covers 5 minutes
        make_comment(6, XSS, author="<b>hacker</b>"),
    ])
    card = console.locator("#queue li.qcard", has_text=PENSION)
    card.get_by_text("hỏi 2 lần").wait_for()
    expect(card.locator(".askers")).to_have_text("2 người: Viewer u2, Viewer u1")
    expect(console.locator("#unanswered-count")).to_have_text("3")
    assert "0905 123 456" in console.locator("#feed").inner_text()
    console.locator("#tech-strip").get_by_text("1 người: không nghe tiếng").wait_for()

    # send to the host view, then mark answered: the counter moves
    card.get_by_role("button", name="Lên sóng").click()
    host.locator("#current", has_text=PENSION).wait_for()
    assert host.locator("#current-meta").inner_text() == "hỏi 2 lần"
    console.screenshot(path=str(OUTPUT / "console.png"))
    host.screenshot(path=str(OUTPUT / "host.png"))
    console.locator("#on-air li.qcard").get_by_role("button", name="Đã trả lời").click()
    expect(console.locator("#unanswered-count")).to_have_text("2")
    host.locator("#current", has_text="Chưa có câu hỏi nào lên sóng.").wait_for()

    # untrusted text is shown literally, everywhere, and never runs
    console.locator("#feed").get_by_text('<script>window.__xss=2</script>', exact=False).wait_for()
    assert console.locator("#queue").get_by_text("<img src=x", exact=False).count() == 1
    assert console.locator("#feed").get_by_text("<b>hacker</b>").count() == 1
    host.locator("#next").get_by_text("<img src=x", exact=False).wait_for()
    assert console.evaluate("window.__xss") is None and host.evaluate("window.__xss") is None
    assert console.locator("#feed img, #queue img, #queue script").count() == 0
    assert "0905" not in host.content()

    # keyboard: J selects the first question, X dismisses it
    console.keyboard.press("j")
    console.keyboard.press("x")
    expect(console.locator("#unanswered-count")).to_have_text("1")

    # a reload loses nothing
    console.reload()
    console.wait_for_selector("#connection[data-state=live]")
    assert console.locator("#unanswered-count").inner_text() == "1"
    assert console.locator("#feed li.comment").count() == 6

    # a dropped connection: comments arrive meanwhile and are replayed once, in order
    console.evaluate("Livelead.current.socket.io.reconnection(false);"
                     "Livelead.current.socket.io.engine.close()")
    console.wait_for_selector("#connection[data-state=disconnected]")
    api(server, token, f"/api/sessions/{session_id}/comments",
        [make_comment(7, "có được đóng bù không ạ"), make_comment(8, "hay quá")])
    console.evaluate("Livelead.current.socket.io.reconnection(true); Livelead.current.socket.connect()")
    console.wait_for_selector("#connection[data-state=live]")
    console.locator("#feed li.comment", has_text="hay quá").wait_for()
    seqs = console.eval_on_selector_all("#feed li.comment", "items => items.map(i => Number(i.dataset.seq))")
    assert seqs == sorted(set(seqs), reverse=True) and len(seqs) == 8
    assert console.locator("#unanswered-count").inner_text() == "2"
    console.screenshot(path=str(OUTPUT / "console-after-reconnect.png"))

    # a latecomer asks the answered question again: a new card that says it was answered
    api(server, token, f"/api/sessions/{session_id}/comments", [make_comment(9, PENSION + " vậy ad")])
    again = console.locator("#queue li.qcard", has_text=PENSION + " vậy ad")
    expect(again.locator(".earlier")).to_contain_text("Hỏi lại: đã trả lời cách đây 0")
    expect(again.locator(".earlier")).to_contain_text(f"là câu “{PENSION}”")
    console.screenshot(path=str(OUTPUT / "console-asked-again.png"))

    # a question the engine missed goes into the queue from the feed, in one click
    api(server, token, f"/api/sessions/{session_id}/comments",
        [make_comment(10, "mình muốn biết thủ tục nhận lương hưu")])
    missed = console.locator("#feed li.comment", has_text="mình muốn biết thủ tục")
    console.keyboard.press("2")  # the feed's filters change what is shown, not what a click does
    console.keyboard.press("1")
    missed.get_by_role("button", name="+ câu hỏi").click()
    promoted = console.locator("#queue li.qcard", has_text="mình muốn biết thủ tục")
    expect(promoted.locator(".askers")).to_have_text("1 người: Viewer u10")
    expect(missed.locator(".tag-q")).to_have_text("câu hỏi")
    expect(missed.get_by_role("button", name="+ câu hỏi")).to_have_count(0)
    expect(console.locator("#unanswered-count")).to_have_text("4")
    assert console.locator("#feed li.comment").count() == 10  # changed in place, not repeated
    console.wait_for_timeout(300)
    assert console.locator("#action-error").is_hidden()  # asked once, so never refused
    console.screenshot(path=str(OUTPUT / "console-missed-question.png"))
    assert errors == []
    context.close()


def test_the_english_console_and_a_refused_host(app, server, browser, sessions):
    email = add_user(app, Role.HOST)
    token = make_token(sessions, Role.ORGANISER)
    session_id = api(server, token, "/api/sessions", {"title": "Clinic live"})["id"]
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    page = context.new_page()
    sign_in(page, server, email)
    page.goto(f"{server}/language/en?next=/sessions/{session_id}/host")
    page.wait_for_selector("#connection[data-state=live]")
    assert "No question on air yet." in page.locator("#current").inner_text()
    assert page.goto(f"{server}/sessions/{session_id}/console").status == 403
    context.close()


def test_sources_panel_shows_health_pauses_and_takes_manual_entries(app, server, browser, sessions):
    OUTPUT.mkdir(exist_ok=True)
    email = add_user(app, Role.MODERATOR)
    token = make_token(sessions, Role.ORGANISER)
    session_id = api(server, token, "/api/sessions", {"title": "Nguồn bình luận"})["id"]
    api(server, token, f"/api/sessions/{session_id}/sources", {"kind": "webhook", "label": "Zalo OA"})
    hook = api(server, token, f"/api/sessions/{session_id}/sources",
               {"kind": "youtube_chat", "external_ref": "chat-1", "label": "YouTube"})["id"]
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="vi-VN")
    errors: list[str] = []
    page = context.new_page()
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    sign_in(page, server, email)
    page.goto(f"{server}/sessions/{session_id}/console")
    page.wait_for_selector("#connection[data-state=live]")
    youtube = page.locator(f'#source-list li[data-source="{hook}"]')
    expect(youtube).to_contain_text("YouTube")
    youtube.locator("button.source-toggle").click()
    expect(youtube).to_contain_text("tạm dừng")
    expect(youtube.locator("button.source-toggle")).to_have_text("Tiếp tục")
    page.click("#manual-entry summary")
    page.select_option("#manual-form select[name=channel]", "sms")
    page.fill("#manual-form input[name=author_name]", "Chú Ba")
    page.fill("#manual-form textarea[name=text]", PENSION)
    page.click("#manual-form button[type=submit]")
    expect(page.locator("#manual-result")).to_have_text("Đã thêm vào hàng đợi.")
    expect(page.locator("#queue")).to_contain_text(PENSION)
    expect(page.locator("#source-list")).to_contain_text("Nhập tay")
    page.screenshot(path=str(OUTPUT / "console-sources.png"))
    assert errors == []
    context.close()


@pytest.mark.parametrize("where", ["console", "capture"])
def test_quick_capture_with_the_keyboard_only(app, server, browser, sessions, where):
    from sqlalchemy import select

    from lead_capture.models import Consent, Contact

    email = add_user(app, Role.MODERATOR)
    token = make_token(sessions, Role.ORGANISER)
    session_id = api(server, token, "/api/sessions", {"title": "BHXH tự nguyện"})["id"]
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="vi-VN")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    sign_in(page, server, email)
    page.goto(f"{server}/sessions/{session_id}/{where}")
    if where == "console":
        expect(page.locator("#connection")).to_have_attribute("data-state", "live")
    page.keyboard.press("Alt+n")
    expect(page.locator("#qc-name")).to_be_focused()
    page.keyboard.type("Trần Thị Mai")
    page.keyboard.press("Tab")
    page.keyboard.type("0905 123 45")  # one digit short
    page.keyboard.press("Enter")
    expect(page.locator(".error[data-for=phone]")).to_have_text("Không phải số di động Việt Nam.")
    page.keyboard.type("6")
    page.keyboard.press("Tab")
    page.keyboard.type("Sài Gòn")
    page.keyboard.press("Tab")
    page.keyboard.press("ArrowDown")  # interest: BHXH tự nguyện
    page.keyboard.press("Tab")
    page.keyboard.press("ArrowDown")  # consent: said yes on a call
    page.keyboard.press("Enter")
    expect(page.locator("#qc-result")).to_have_text("Đã lưu: Trần Thị Mai 0905•••456 (ấm)")
    expect(page.locator("#qc-name")).to_be_focused()
    expect(page.locator("#qc-phone")).to_have_value("")
    page.screenshot(path=str(OUTPUT / f"quick-capture-{where}.png"))
    with sessions() as db:
        lead = db.scalar(select(Contact))
        purposes = db.scalars(select(Consent.purpose).where(Consent.contact_id == lead.id)).all()
    assert (lead.name, lead.province) == ("Trần Thị Mai", "TP Hồ Chí Minh")
    assert lead.interests == ["bhxh_voluntary"]
    assert purposes == ["call"]
    assert errors == []
    context.close()


def test_an_excel_export_of_leads_shows_its_progress_then_downloads(app, server, browser, sessions,
                                                                     monkeypatch):
    import time

    from openpyxl import load_workbook

    from lead_capture import exports
    from lead_capture.models import Contact
    from tests.conftest import T0

    with sessions.begin() as db:
        db.add_all(Contact(name=f"Người {i}", name_folded=f"nguoi {i}", given_name=str(i), score=i % 97,
                           first_seen_at=T0, last_seen_at=T0) for i in range(3000))
    rows = exports.export_rows

    def slow(db, people, masked):  # a second per 1,000 leads, so the page has progress to show
        time.sleep(1.0)
        return rows(db, people, masked)

    monkeypatch.setattr("lead_capture.exports.export_rows", slow)
    monkeypatch.setattr("lead_capture.exports.EXPORT_CHUNK", 1000)
    email = add_user(app, Role.ORGANISER)
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="vi-VN",
                                  accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    sign_in(page, server, email)
    page.goto(f"{server}/leads")
    with page.expect_download(timeout=30_000) as download:
        page.get_by_role("button", name="Xuất Excel").click()
        expect(page.locator("h1")).to_have_text("Xuất Excel danh sách khách tiềm năng")
        # Part-way: the bar and the words follow the leads written so far.
        page.wait_for_function("() => { const bar = document.getElementById('export-progress');"
                               " return bar.value >= 1000 && bar.value < 3000; }", timeout=10_000)
        expect(page.locator("#export-text")).to_contain_text(" trên 3.000 khách tiềm năng")
        page.screenshot(path=str(OUTPUT / "lead-export-progress.png"))
    expect(page.locator("#export-text")).to_have_text("Xong: 3.000 khách tiềm năng.")
    expect(page.locator("#export-download")).to_be_visible()
    assert download.value.suggested_filename == "leads.xlsx"
    with open(download.value.path(), "rb") as handle:
        sheet = load_workbook(handle).active
        assert sheet.max_row == 3001
    assert errors == []
    context.close()
