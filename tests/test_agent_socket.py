"""The `/agents` socket: who may connect, an agent's queue pushed live, overdue flags for team leads."""

from __future__ import annotations

import json
from datetime import timedelta

from lead_capture.signals import tasks_changed
from livestream.models import Role
from livestream.realtime import socketio
from tests.conftest import make_comment, make_token
from tests.test_followup_pages import (
    MORNING,
    browser_of,
    ended_session_with_leads,
    make_team,
    make_user,
    push,
    set_clock,
    tasks_of,
    three_leads,
)

NS = "/agents"


def connect(app, *, token=None, client=None):
    return socketio.test_client(app, namespace=NS, auth={"token": token} if token else None,
                                flask_test_client=client)


def events(sock, name: str) -> list[dict]:
    return [e["args"][0] for e in sock.get_received(NS) if e["name"] == name]


def sync(sock) -> dict:
    reply = sock.emit("sync", {}, namespace=NS, callback=True)
    assert reply["ok"], reply
    return reply


def test_only_agents_and_organisers_may_connect(app, sessions):
    assert not connect(app).is_connected(NS)
    assert not connect(app, token="ll_not-a-token").is_connected(NS)
    for role in (Role.MODERATOR, Role.HOST):
        assert not connect(app, token=make_token(sessions, role)).is_connected(NS)
    assert connect(app, token=make_token(sessions, Role.AGENT)).is_connected(NS)
    assert connect(app, token=make_token(sessions, Role.ORGANISER)).is_connected(NS)


def test_an_agent_gets_new_tasks_live_and_nobody_else_does(app, client, auth, sessions):
    set_clock(app, MORNING)
    an = make_user(app, "an@example.vn", "An")
    binh = make_user(app, "binh@example.vn", "Bình")
    make_team(app, [an], name="Đội 1")
    make_team(app, [binh], name="Đội 2")
    browser, _ = browser_of(app, "an@example.vn")
    other, _ = browser_of(app, "binh@example.vn")
    mine, theirs = connect(app, client=browser), connect(app, client=other)
    assert mine.is_connected(NS) and theirs.is_connected(NS)
    assert sync(mine)["tasks"] == {"ids": [], "count": 0, "overdue": 0}

    with sessions.begin() as db:  # Đội 2 is away today: every lead goes to An
        from lead_capture.followup.models import TeamMember
        db.get(TeamMember, 2).away = True
    result = push(app, three_leads(client, auth))
    tasks_changed.send(app, user_ids=sorted(result.assigned_user_ids))
    (event,) = events(mine, "tasks")
    assert event["count"] == 3 and sorted(event["ids"]) == [t.id for t in tasks_of(sessions, an)]
    assert events(theirs, "tasks") == []
    assert sync(mine)["tasks"]["ids"] == event["ids"]
    # the socket carries ids and counts, never a name or a number
    body = json.dumps(event, ensure_ascii=False)
    assert "0905" not in body and "Lan" not in body


def test_an_outcome_recorded_on_the_page_updates_the_agents_other_screens(app, client, auth, sessions):
    set_clock(app, MORNING)
    an = make_user(app, "an@example.vn", "An")
    make_team(app, [an])
    push(app, three_leads(client, auth))
    browser, token = browser_of(app, "an@example.vn")
    sock = connect(app, client=browser)
    first = tasks_of(sessions, an)[0]
    browser.post(f"/followup/tasks/{first.id}/outcome", data={"csrf_token": token, "outcome": "enrolled"})
    (event,) = events(sock, "tasks")
    assert event["count"] == 2 and first.id not in event["ids"]


def test_team_leads_and_organisers_are_flagged_overdue_tasks(app, client, auth, sessions):
    set_clock(app, MORNING)
    an = make_user(app, "an@example.vn", "An")
    lead = make_user(app, "lead@example.vn", "Trưởng nhóm")
    team = make_team(app, [an, lead], lead=lead, strategy="least_busy")
    leader, _ = browser_of(app, "lead@example.vn")
    member, _ = browser_of(app, "an@example.vn")
    lead_sock, member_sock = connect(app, client=leader), connect(app, client=member)
    organiser_sock = connect(app, token=make_token(sessions, Role.ORGANISER))
    push(app, three_leads(client, auth))
    set_clock(app, MORNING + timedelta(days=5))
    tasks_changed.send(app, user_ids=[an])
    assert events(member_sock, "overdue") == []  # not a lead
    # the due scan's clock is the real one here, far after the tasks' due times
    (flag,) = events(lead_sock, "overdue")
    assert flag["team_id"] == team and flag["count"] == 3
    assert [e["team_id"] for e in events(organiser_sock, "overdue")] == [team]
    assert sync(lead_sock)["overdue"] == [flag]


def test_a_second_session_pushed_while_connected_adds_to_the_queue(app, client, auth, sessions):
    set_clock(app, MORNING)
    an = make_user(app, "an@example.vn", "An")
    make_team(app, [an])
    push(app, three_leads(client, auth))
    browser, _ = browser_of(app, "an@example.vn")
    sock = connect(app, client=browser)
    assert sync(sock)["tasks"]["count"] == 3
    later = ended_session_with_leads(client, auth, [make_comment(9, "chị Hoa 0938 111 222 muốn tham gia bhxh",
                                                                 author="hoa")], title="Buổi 2")
    tasks_changed.send(app, user_ids=sorted(push(app, later).assigned_user_ids))
    (event,) = events(sock, "tasks")
    assert event["count"] == 4
