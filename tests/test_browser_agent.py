"""End to end in a real browser: an agent works three follow-up tasks with the keyboard and sees a
new one arrive live. Playwright on Debian's /usr/bin/chromium, like tests/test_browser.py;
screenshots go to test-output/ to be looked at.
"""

from __future__ import annotations

from playwright.sync_api import expect
from sqlalchemy import select

from lead_capture.followup.models import FollowUpTask
from lead_capture.signals import tasks_changed
from tests.conftest import make_comment, make_token
from tests.test_browser import OUTPUT, browser, server  # noqa: F401  (fixtures)
from tests.test_followup_pages import (
    MORNING,
    ended_session_with_leads,
    make_team,
    make_user,
    push,
    set_clock,
    three_leads,
)
from tests.test_pages import PASSWORD


def sign_in(page, base, email):
    page.goto(f"{base}/language/en?next=/login")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/followup/tasks")  # an agent lands on their queue


def test_an_agent_works_three_tasks_and_a_new_one_arrives_live(app, server, browser, client, sessions):  # noqa: F811
    OUTPUT.mkdir(exist_ok=True)
    set_clock(app, MORNING)  # a Tuesday, 10:00 in Hồ Chí Minh City: calls are allowed
    agent_id = make_user(app, "an@example.vn", "Nguyễn Văn An")
    make_team(app, [agent_id])
    auth = {"Authorization": f"Bearer {make_token(sessions)}"}
    assert push(app, three_leads(client, auth)).created == 3

    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="vi-VN")
    errors: list[str] = []
    page = context.new_page()
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    sign_in(page, server, "an@example.vn")
    expect(page.locator("#connection")).to_have_attribute("data-state", "live")
    rows = page.locator("#task-rows tr[data-task]")
    expect(rows).to_have_count(3)
    expect(page.locator("#task-rows")).to_contain_text("0905•••456")
    assert "0905123456" not in page.content()
    page.screenshot(path=str(OUTPUT / "agent-tasks.png"), full_page=True)

    # 1: N opens the most urgent task; the call script is there; key 1 records "enrolled"
    page.keyboard.press("n")
    page.wait_for_url("**/followup/tasks/*")
    expect(page.locator("#call-script")).to_contain_text("em là Nguyễn Văn An")
    page.screenshot(path=str(OUTPUT / "agent-task.png"), full_page=True)
    page.keyboard.press("1")
    expect(page.locator(".flash.ok")).to_contain_text("Saved: Reached: enrolled")
    expect(page.locator("#survey-form")).to_be_visible()  # a reached call: the satisfaction form
    page.get_by_label("4 – happy").check()
    page.get_by_role("button", name="Save the reply").click()
    expect(page.locator("#survey-replies")).to_contain_text("4/5")
    page.get_by_role("link", name="Back to my tasks").click()
    expect(page.locator("#connection")).to_have_attribute("data-state", "live")  # agent.js is running
    expect(rows).to_have_count(2)

    # 2: a callback at a time the person chose (key 2 asks for the time first, Enter records it)
    page.keyboard.press("n")
    page.wait_for_url("**/followup/tasks/*")
    page.keyboard.press("2")
    expect(page.locator("#callback-at")).to_be_focused()
    page.fill("#callback-at", "2026-11-25T09:30")
    page.fill("#note", "Chị bận, hẹn sáng mai")
    page.locator("#callback-at").press("Enter")
    page.wait_for_url(f"{server}/followup/tasks")
    expect(page.locator(".flash.ok")).to_contain_text("25/11/2026 09:30")
    expect(rows).to_have_count(2)
    expect(page.locator("#task-rows .badge.callback")).to_have_count(1)

    # 3: no answer; the task stays in the queue for a later attempt
    page.get_by_role("button", name="Next task").click()
    page.wait_for_url("**/followup/tasks/*")
    page.get_by_role("button", name="No answer").click()
    page.wait_for_url(f"{server}/followup/tasks")
    expect(page.locator(".flash.ok")).to_contain_text("Saved: No answer")
    expect(page.locator("#finished li")).to_have_count(1)
    expect(page.locator("#connection")).to_have_attribute("data-state", "live")
    with sessions() as db:
        states = sorted((t.status, t.outcome) for t in db.scalars(select(FollowUpTask)))
    assert states == [("done", "enrolled"), ("open", "callback"), ("open", "no_answer")]

    # a new session's lead is pushed while the page is open: it appears without a reload
    later = ended_session_with_leads(client, auth, [make_comment(
        9, "chị Hoa 0938 111 222 muốn tham gia bhxh tự nguyện", author="hoa")], title="Buổi 2")
    result = push(app, later)
    tasks_changed.send(app, user_ids=sorted(result.assigned_user_ids))
    expect(rows).to_have_count(3)
    expect(page.locator("#live-note")).to_have_text("New tasks arrived: 1.")
    expect(page.locator("#task-rows tr.arrived")).to_contain_text("0938•••222")
    expect(page.locator("#task-count")).to_have_text("3")
    page.screenshot(path=str(OUTPUT / "agent-tasks-live.png"), full_page=True)
    assert errors == []
    context.close()
