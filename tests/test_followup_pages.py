"""Follow-up pages: an agent's queue and call screen, outcomes, away, overdue for leads, teams, KPIs."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from lead_capture.followup.config import load_config
from lead_capture.followup.models import Attempt, FollowUpTask, Team, TeamMember, Territory
from lead_capture.followup.push import push_session_tasks
from lead_capture.followup.realtime import overdue_state
from lead_capture.messages.models import SurveyReply
from lead_capture.models import AuditEntry, Contact
from livestream import accounts
from livestream.models import Role, User
from tests.conftest import make_comment
from tests.test_pages import PASSWORD, csrf_from

# Tuesday 24/11/2026 10:00 in Asia/Ho_Chi_Minh: inside the calling hours (08:00-17:00).
MORNING = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)
EVENING = datetime(2026, 11, 24, 12, 30, tzinfo=UTC)  # 19:30 local: no calls

LAN = "Mình là chị Lan ở Huế sđt 0905 123 456, gọi cho mình tư vấn bhxh tự nguyện nhé"
LAN_ASKS = "đóng bao nhiêu năm thì được lương hưu vậy ad"
MAI = "em tên Mai ở Sài Gòn, 0912 345 678, muốn mua bhyt hộ gia đình"
TUAN = "anh Tuấn 0987 654 321 hỏi bhxh tự nguyện đóng ở đâu"


def set_clock(app, moment: datetime) -> None:
    app.extensions["livelead.clock"] = lambda: moment


def make_user(app, email: str, name: str, role: Role = Role.AGENT) -> int:
    with app.extensions["livelead.sessions"].begin() as db:
        return accounts.create_user(db, email, role, PASSWORD, name).id


def make_team(app, agents: list[int], *, name: str = "Đội Huế", strategy: str = "round_robin",
              lead: int | None = None) -> int:
    with app.extensions["livelead.sessions"].begin() as db:
        team = Team(name=name, strategy=strategy)
        db.add(team)
        db.flush()
        for user_id in agents:
            db.add(TeamMember(team_id=team.id, user_id=user_id, skills=[], daily_cap=40,
                              is_lead=user_id == lead))
        return team.id


def ended_session_with_leads(client, auth, comments: list[dict], title: str = "BHXH tự nguyện") -> int:
    live = client.post("/api/sessions", json={"title": title}, headers=auth).get_json()["id"]
    assert client.post(f"/api/sessions/{live}/comments", json=comments, headers=auth).status_code == 200
    assert client.post(f"/api/sessions/{live}/end", headers=auth).status_code == 200
    return live


def push(app, live_session_id: int, at: datetime = MORNING):
    with app.extensions["livelead.sessions"].begin() as db:
        return push_session_tasks(db, live_session_id, now=at)


def three_leads(client, auth) -> int:
    return ended_session_with_leads(client, auth, [
        make_comment(1, LAN, author="lan"), make_comment(2, LAN_ASKS, author="lan"),
        make_comment(3, MAI, author="mai"), make_comment(4, TUAN, author="tuan")])


def browser_of(app, email: str, language: str = "en"):
    """A signed-in test client (reading English unless told) and its CSRF token."""
    client = app.test_client()
    token = csrf_from(client.get("/login").get_data(as_text=True))
    signed_in = client.post("/login", data={"email": email, "password": PASSWORD, "csrf_token": token})
    assert signed_in.status_code == 302
    client.get(f"/language/{language}")
    return client, csrf_from(client.get("/account").get_data(as_text=True))


def next_task(agent, token) -> str:
    response = agent.post("/followup/next", data={"csrf_token": token}, follow_redirects=True)
    return response.get_data(as_text=True)


def tasks_of(sessions, user_id: int | None = None) -> list[FollowUpTask]:
    with sessions() as db:
        query = select(FollowUpTask).order_by(FollowUpTask.id)
        if user_id is not None:
            query = query.where(FollowUpTask.assignee_id == user_id)
        return list(db.scalars(query))


def one_agent_with_three_tasks(app, client, auth):
    set_clock(app, MORNING)
    agent = make_user(app, "an@example.vn", "Nguyễn Văn An")
    make_team(app, [agent])
    live = three_leads(client, auth)
    assert push(app, live).created == 3
    return agent, live


# ---- the agent's queue ----

def test_an_agent_sees_their_tasks_most_urgent_first_with_reasons_and_masked_numbers(app, client, auth):
    one_agent_with_three_tasks(app, client, auth)
    agent, _token = browser_of(app, "an@example.vn")
    assert agent.get("/").location.endswith("/followup/tasks")  # an agent lands on their queue
    page = agent.get("/followup/tasks").get_data(as_text=True)
    assert "My tasks" in page and "Next task" in page
    assert "0905•••456" in page and "0912•••678" in page
    for full in ("0905123456", "+84905123456", "0905 123 456"):
        assert full not in page
    assert "+30 gave a phone number" in page  # the score's reasons, as on the lead pages
    names = re.findall(r'class="task-link"[^>]*>([^<]+)<', page)
    assert len(names) == 3
    rows = re.findall(r'data-task="(\d+)"', page)
    with app.extensions["livelead.sessions"]() as db:
        due = [db.get(FollowUpTask, int(r)).due_at for r in rows]
    assert due == sorted(due)


def test_next_task_opens_the_call_script_with_what_the_person_asked(app, client, auth, sessions):
    agent_id, _live = one_agent_with_three_tasks(app, client, auth)
    agent, token = browser_of(app, "an@example.vn")
    response = agent.post("/followup/next", data={"csrf_token": token})
    task_id = int(re.search(r"/followup/tasks/(\d+)$", response.location).group(1))
    page = agent.get(response.location).get_data(as_text=True)
    with sessions() as db:
        task = db.get(FollowUpTask, task_id)
        person = db.get(Contact, task.contact_id)
        assert (task.status, task.assignee_id) == ("claimed", agent_id)
    assert person.name in page
    assert "Call script" in page and "em là Nguyễn Văn An" in page  # the script names the agent
    if person.name == "Lan":
        assert LAN_ASKS in page
    assert 'value="callback"' in page and 'type="datetime-local"' in page
    assert re.search(r"0\d{3}•••\d{3}", page)


def test_next_task_after_calling_hours_says_why(app, client, auth):
    one_agent_with_three_tasks(app, client, auth)
    set_clock(app, EVENING)
    agent, token = browser_of(app, "an@example.vn")
    page = next_task(agent, token)
    assert "08:00–17:00" in page and "19:30" in page and "25/11 08:00" in page


def test_next_task_for_an_agent_in_no_team_says_so(app, client):
    make_user(app, "le@example.vn", "Lê")
    set_clock(app, MORNING)
    agent, token = browser_of(app, "le@example.vn")
    page = next_task(agent, token)
    assert "not in a follow-up team" in page


def test_only_the_assigned_agent_may_reveal_the_number_and_each_reveal_is_audited(app, client, auth,
                                                                                   sessions):
    one_agent_with_three_tasks(app, client, auth)
    make_user(app, "binh@example.vn", "Bình")
    task = tasks_of(sessions)[0]
    other, other_token = browser_of(app, "binh@example.vn")
    assert other.get(f"/followup/tasks/{task.id}").status_code == 403
    refused = other.post(f"/followup/tasks/{task.id}/reveal", data={"csrf_token": other_token})
    assert refused.status_code == 403
    organiser_id = make_user(app, "org@example.vn", "Tổ chức", Role.ORGANISER)
    organiser, organiser_token = browser_of(app, "org@example.vn")
    assert "Show number to call" not in organiser.get(f"/followup/tasks/{task.id}").get_data(as_text=True)
    assert organiser.post(f"/followup/tasks/{task.id}/reveal",
                          data={"csrf_token": organiser_token}).status_code == 403
    agent, token = browser_of(app, "an@example.vn")
    assert agent.post(f"/followup/tasks/{task.id}/reveal").status_code == 400  # no CSRF token
    shown = agent.post(f"/followup/tasks/{task.id}/reveal", data={"csrf_token": token}).get_data(as_text=True)
    assert f'href="tel:{task.phone}"' in shown
    with sessions() as db:
        entries = [(a.action, a.target, a.actor_user_id, a.detail) for a in db.scalars(select(AuditEntry))]
    assert entries == [("reveal_phone", f"contact:{task.contact_id}", task.assignee_id, {"task": task.id})]
    assert organiser_id not in {e[2] for e in entries}


def _work(agent, token, task_id: int, outcome: str, **extra):
    return agent.post(f"/followup/tasks/{task_id}/outcome",
                      data={"csrf_token": token, "outcome": outcome, **extra}, follow_redirects=True)


def test_outcomes_update_the_queue_and_a_refused_callback_names_the_problem(app, client, auth, sessions):
    agent_id, _live = one_agent_with_three_tasks(app, client, auth)
    agent, token = browser_of(app, "an@example.vn")
    first, second, third = tasks_of(sessions)

    late = _work(agent, token, first.id, "callback", callback_at="2026-11-24T20:00").get_data(as_text=True)
    assert "08:00-17:00" in late  # the engine's reason, shown as it is
    with sessions() as db:
        assert db.get(FollowUpTask, first.id).attempts == 0

    page = _work(agent, token, first.id, "callback", callback_at="2026-11-25T09:30",
                 note="Chị bận, hẹn sáng mai").get_data(as_text=True)
    assert "Saved: Interested: call back at… 25/11/2026 09:30" in page
    page = _work(agent, token, second.id, "enrolled").get_data(as_text=True)
    assert 'id="survey-form"' in page  # a reached outcome leads to the satisfaction form
    _work(agent, token, third.id, "no_answer")
    with sessions() as db:
        states = {t.id: (t.status, t.outcome) for t in db.scalars(select(FollowUpTask))}
        callback = db.get(FollowUpTask, first.id).callback_at
        notes = db.scalars(select(Attempt.note).where(Attempt.task_id == first.id)).all()
    assert states == {first.id: ("open", "callback"), second.id: ("done", "enrolled"),
                      third.id: ("open", "no_answer")}
    assert callback == datetime(2026, 11, 25, 2, 30, tzinfo=UTC)
    assert notes == ["Chị bận, hẹn sáng mai"]
    queue = agent.get("/followup/tasks").get_data(as_text=True)
    rows = re.search(r'<tbody id="task-rows">(.*?)</tbody>', queue, re.S).group(1)
    assert f'data-task="{second.id}"' not in rows
    assert "Finished recently" in queue

    replayed = _work(agent, token, second.id, "declined").get_data(as_text=True)
    assert "already finished" in replayed  # a finished task refuses a second outcome, in words
    assert agent.post(f"/followup/tasks/{second.id}/outcome", data={"outcome": "enrolled"}).status_code == 400


def test_a_satisfaction_reply_is_typed_in_after_a_reached_call(app, client, auth, sessions):
    one_agent_with_three_tasks(app, client, auth)
    agent, token = browser_of(app, "an@example.vn")
    task = tasks_of(sessions)[0]
    early = agent.post(f"/followup/tasks/{task.id}/survey", data={"csrf_token": token, "score": "5"},
                       follow_redirects=True).get_data(as_text=True)
    assert "only after the person was reached" in early
    _work(agent, token, task.id, "enrolled")
    page = agent.post(f"/followup/tasks/{task.id}/survey",
                      data={"csrf_token": token, "score": "4", "text": "cán bộ tư vấn nhiệt tình"},
                      follow_redirects=True).get_data(as_text=True)
    assert "4/5" in page and "cán bộ tư vấn nhiệt tình" in page
    with sessions() as db:
        reply = db.scalar(select(SurveyReply))
    assert (reply.task_id, reply.score, reply.via) == (task.id, 4, "manual")
    assert reply.recorded_by == "Nguyễn Văn An"


def test_going_away_hands_open_tasks_to_the_team_and_coming_back_takes_new_ones(app, client, auth, sessions):
    set_clock(app, MORNING)
    an = make_user(app, "an@example.vn", "An")
    binh = make_user(app, "binh@example.vn", "Bình")
    make_team(app, [an, binh])
    push(app, three_leads(client, auth))
    mine = len(tasks_of(sessions, an))
    assert mine and len(tasks_of(sessions, binh)) == 3 - mine
    agent, token = browser_of(app, "an@example.vn")
    page = agent.post("/followup/away", data={"csrf_token": token, "away": "y"},
                      follow_redirects=True).get_data(as_text=True)
    assert f"{mine} open tasks were handed to your team" in page
    assert 'aria-pressed="true"' in page
    assert tasks_of(sessions, an) == [] and len(tasks_of(sessions, binh)) == 3
    back = agent.post("/followup/away", data={"csrf_token": token}, follow_redirects=True)
    back = back.get_data(as_text=True)
    assert 'aria-pressed="false"' in back


def three_overdue(app, client, auth) -> None:
    """An and a team lead; three leads pushed to them, five days ago."""
    set_clock(app, MORNING)
    an = make_user(app, "an@example.vn", "An")
    lead = make_user(app, "lead@example.vn", "Trưởng nhóm")
    make_team(app, [an, lead], lead=lead, strategy="least_busy")
    push(app, three_leads(client, auth))
    set_clock(app, MORNING + timedelta(days=5))


def test_overdue_tasks_are_for_team_leads_and_organisers(app, client, auth, sessions):
    three_overdue(app, client, auth)
    member, _ = browser_of(app, "an@example.vn")
    assert member.get("/followup/overdue").status_code == 403
    leader, _ = browser_of(app, "lead@example.vn")
    page = leader.get("/followup/overdue").get_data(as_text=True)
    assert page.count('class="task overdue"') == 3 and "0905•••456" in page
    assert "3 overdue in your team" in leader.get("/followup/tasks").get_data(as_text=True)
    make_user(app, "org@example.vn", "Tổ chức", Role.ORGANISER)
    organiser, _ = browser_of(app, "org@example.vn")
    assert organiser.get("/followup/overdue").get_data(as_text=True).count('class="task overdue"') == 3


def test_a_long_overdue_list_shows_the_most_overdue_and_counts_them_all(app, client, auth, sessions,
                                                                         monkeypatch):
    monkeypatch.setattr("lead_capture.followup.work.OVERDUE_SHOWN", 2)
    three_overdue(app, client, auth)
    leader, _ = browser_of(app, "lead@example.vn")
    page = leader.get("/followup/overdue").get_data(as_text=True)
    assert page.count('class="task overdue"') == 2
    assert '<span id="task-count" class="badge">3</span>' in page
    assert "The 2 most overdue of 3." in page
    rows = leader.get("/followup/overdue?part=rows")  # the live refresh carries the count
    assert rows.headers["X-Total-Count"] == "3" and rows.get_data(as_text=True).count("<tr") == 2
    assert "3 overdue in your team" in leader.get("/followup/tasks").get_data(as_text=True)
    with sessions() as db:
        team = db.scalar(select(FollowUpTask.team_id))
        state = overdue_state(db, team, MORNING + timedelta(days=5), load_config())
    assert state["count"] == 3 and len(state["ids"]) == 2


# ---- organisers: teams and results ----

def test_organisers_set_up_a_team_with_agents_skills_caps_and_territories(app, sessions):
    an = make_user(app, "an@example.vn", "An")
    make_user(app, "mod@example.vn", "Mod", Role.MODERATOR)
    make_user(app, "org@example.vn", "Tổ chức", Role.ORGANISER)
    organiser, token = browser_of(app, "org@example.vn")
    organiser.post("/followup/teams", data={"csrf_token": token, "name": "Đội miền Trung",
                                            "strategy": "territory"})
    again = organiser.post("/followup/teams", data={"csrf_token": token, "name": "đội miền trung",
                                                    "strategy": "round_robin"}, follow_redirects=True)
    assert "A team called Đội miền Trung already exists." in again.get_data(as_text=True)
    with sessions() as db:
        team = db.scalar(select(Team))
        moderator = db.scalar(select(User.id).where(User.email == "mod@example.vn"))
    assert (team.name, team.strategy) == ("Đội miền Trung", "territory")
    organiser.post(f"/followup/teams/{team.id}/members", data={
        "csrf_token": token, "user_id": an, "skills": ["bhxh_voluntary", "bhyt_household"],
        "daily_cap": "25", "is_lead": "y"})
    refused = organiser.post(f"/followup/teams/{team.id}/members",
                             data={"csrf_token": token, "user_id": moderator, "daily_cap": "10"},
                             follow_redirects=True)
    assert "Choose an agent" in refused.get_data(as_text=True)  # a moderator is not offered
    organiser.post(f"/followup/teams/{team.id}/territories", data={"csrf_token": token, "province": "Huế"})
    organiser.post(f"/followup/teams/{team.id}/territories",
                   data={"csrf_token": token, "province": "Đà Nẵng", "district": "Hải Châu"})
    organiser.post(f"/followup/teams/{team.id}", data={"csrf_token": token, "strategy": "least_busy"})
    with sessions() as db:
        member = db.scalar(select(TeamMember))
        places = [(t.province, t.district) for t in db.scalars(select(Territory).order_by(Territory.id))]
        assert db.get(Team, team.id).strategy == "least_busy"
    assert (member.user_id, member.skills, member.daily_cap, member.is_lead) == (
        an, ["bhxh_voluntary", "bhyt_household"], 25, True)
    assert places == [("Huế", None), ("Đà Nẵng", "Hải Châu")]
    prefix = f"m{member.id}"
    organiser.post(f"/followup/members/{member.id}", data={
        "csrf_token": token, f"{prefix}-csrf_token": token, f"{prefix}-skills": ["bhyt_household"],
        f"{prefix}-daily_cap": "5", f"{prefix}-away": "y"})
    with sessions() as db:
        member = db.get(TeamMember, member.id)
    assert (member.skills, member.daily_cap, member.away, member.is_lead) == (
        ["bhyt_household"], 5, True, False)
    page = organiser.get("/followup/teams").get_data(as_text=True)
    assert "Đội miền Trung" in page and "Hải Châu" in page and 'value="least_busy" selected' in page


def test_an_agent_holding_open_tasks_cannot_be_removed_from_the_team_until_away(app, client, auth, sessions):
    set_clock(app, MORNING)
    an = make_user(app, "an@example.vn", "An")
    binh = make_user(app, "binh@example.vn", "Bình")
    make_team(app, [an, binh])
    push(app, three_leads(client, auth))
    make_user(app, "org@example.vn", "Tổ chức", Role.ORGANISER)
    organiser, token = browser_of(app, "org@example.vn")
    with sessions() as db:
        member = db.scalar(select(TeamMember).where(TeamMember.user_id == an))
    held = len(tasks_of(sessions, an))
    page = organiser.post(f"/followup/members/{member.id}/remove", data={"csrf_token": token},
                          follow_redirects=True).get_data(as_text=True)
    assert f"still has {held} open tasks" in page
    prefix = f"m{member.id}"
    organiser.post(f"/followup/members/{member.id}", data={
        f"{prefix}-csrf_token": token, f"{prefix}-daily_cap": "40", f"{prefix}-away": "y"})
    assert tasks_of(sessions, an) == [] and len(tasks_of(sessions, binh)) == 3
    organiser.post(f"/followup/members/{member.id}/remove", data={"csrf_token": token})
    with sessions() as db:
        assert db.get(TeamMember, member.id) is None


def test_the_results_page_shows_kpis_per_session_and_team_as_tables_and_an_svg_chart(app, client, auth,
                                                                                     sessions):
    agent_id, live = one_agent_with_three_tasks(app, client, auth)
    agent, token = browser_of(app, "an@example.vn")
    first, second, _third = tasks_of(sessions)
    _work(agent, token, first.id, "enrolled")
    _work(agent, token, second.id, "no_answer")
    make_user(app, "org@example.vn", "Tổ chức", Role.ORGANISER)
    organiser, _ = browser_of(app, "org@example.vn")
    page = organiser.get(f"/followup/kpis?session={live}").get_data(as_text=True)
    kpis = re.search(r'<table class="list kpis" id="session-kpis">(.*?)</table>', page, re.S).group(1)
    cells = re.findall(r"<td>([^<]*)</td>", kpis)
    assert cells[0] == "3"                 # leads
    assert cells[3] == "50 %"              # reached one of the two called
    assert cells[4] == "33 %"              # one enrolled of three
    assert "<svg" in page and 'role="img"' in page and page.count("<rect") >= 6
    assert "<script" not in page.split("<main")[1]
    assert "Đội Huế" in page
    assert organiser.get("/followup/kpis?session=999").status_code == 404


def test_the_agent_screen_is_vietnamese_by_default(app, client, auth):
    one_agent_with_three_tasks(app, client, auth)
    agent, _token = browser_of(app, "an@example.vn", language="vi")
    page = agent.get("/followup/tasks").get_data(as_text=True)
    assert "Việc của tôi" in page and "Việc tiếp theo" in page
    assert "+30 đã để lại số điện thoại" in page
