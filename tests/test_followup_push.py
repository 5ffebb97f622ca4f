"""Pushing tasks after a session: one per lead, never twice, due by tier, assigned by team."""

import threading
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, func, select

from lead_capture.consent import record_consent, withdraw_consent
from lead_capture.followup import push as push_module
from lead_capture.followup.models import FollowUpTask, Outcome, SessionPush, TeamMember
from lead_capture.followup.push import PushRefused, push_session_tasks, sessions_to_push
from lead_capture.models import Contact, DoNotCall
from tests.followup_gen import NOW, gen_agent, gen_lead, gen_session, gen_team

VN = ZoneInfo("Asia/Ho_Chi_Minh")


def tasks_of(db, live_session_id):
    return db.scalars(select(FollowUpTask).where(FollowUpTask.live_session_id == live_session_id)
                      .order_by(FollowUpTask.id)).all()


def test_every_lead_of_the_session_gets_exactly_one_task(sessions):
    with sessions.begin() as db:
        gen_team(db, agents=[gen_agent(db)])
        live, other = gen_session(db), gen_session(db)
        leads = [gen_lead(db, live) for _ in range(3)] + [gen_lead(db, live, via_event=True)]
        gen_lead(db, other)
        result = push_session_tasks(db, live.id, now=NOW)
        assert (result.created, result.already, result.blocked) == (4, 0, 0)
        assert {t.contact_id for t in tasks_of(db, live.id)} == {c.id for c in leads}
        assert tasks_of(db, other.id) == []


def test_pushing_twice_creates_no_duplicate(sessions):
    with sessions.begin() as db:
        gen_team(db, agents=[gen_agent(db)])
        live = gen_session(db)
        for _ in range(5):
            gen_lead(db, live)
        push_session_tasks(db, live.id, now=NOW)
    with sessions.begin() as db:
        again = push_session_tasks(db, live.id, now=NOW + timedelta(minutes=1))
        assert (again.created, again.already) == (0, 5)
        assert len(tasks_of(db, live.id)) == 5


def test_push_after_a_crash_half_way_creates_only_the_missing_tasks(sessions):
    with sessions.begin() as db:
        gen_team(db, agents=[gen_agent(db)])
        live = gen_session(db)
        for _ in range(6):
            gen_lead(db, live)
        push_session_tasks(db, live.id, now=NOW)
    with sessions.begin() as db:  # as if only the first half had been written before the crash
        ids = [t.id for t in tasks_of(db, live.id)]
        db.execute(delete(FollowUpTask).where(FollowUpTask.id.in_(ids[3:])))
        db.execute(delete(SessionPush))
    with sessions.begin() as db:
        assert sessions_to_push(db, now=NOW) == [live.id]  # the poll sees it is not finished
        result = push_session_tasks(db, live.id, now=NOW)
        assert (result.created, result.already) == (3, 3)
        tasks = tasks_of(db, live.id)
        assert len(tasks) == 6 and len({t.contact_id for t in tasks}) == 6
        assert [t.id for t in tasks][:3] == ids[:3]  # the survivors kept, not recreated


def test_a_push_that_fails_midway_leaves_nothing_and_the_rerun_creates_all(sessions, monkeypatch):
    with sessions.begin() as db:
        gen_team(db, agents=[gen_agent(db)])
        live = gen_session(db)
        for _ in range(4):
            gen_lead(db, live)

    def crash(*args, **kwargs):
        raise RuntimeError("power cut")

    monkeypatch.setattr(push_module, "save_rotation", crash)
    with pytest.raises(RuntimeError), sessions.begin() as db:
        push_session_tasks(db, live.id, now=NOW)
    monkeypatch.undo()
    with sessions.begin() as db:
        assert tasks_of(db, live.id) == []
        assert push_session_tasks(db, live.id, now=NOW).created == 4


def test_people_who_may_not_be_called_get_no_task(sessions):
    with sessions.begin() as db:
        gen_team(db, agents=[gen_agent(db)])
        live = gen_session(db)
        fine = gen_lead(db, live)
        gen_lead(db, live, phone=None)
        listed = gen_lead(db, live, phone="+84911000111")
        db.add(DoNotCall(phone="+84911000111", source="national list"))
        withdrawn = gen_lead(db, live)
        withdraw_consent(db, withdrawn.id, channel="phone", evidence_kind="call_note")
        merged = gen_lead(db, live)
        merged.merged_into_id = fine.id
        refused = gen_lead(db, live)
        earlier = gen_session(db, ended_at=NOW - timedelta(days=3))
        db.add(FollowUpTask(contact_id=refused.id, live_session_id=earlier.id, due_at=NOW, status="closed",
                            outcome=Outcome.DO_NOT_CONTACT))
        db.flush()
        result = push_session_tasks(db, live.id, now=NOW)
        assert [t.contact_id for t in tasks_of(db, live.id)] == [fine.id]
        assert result.blocked == 4
        assert result.blocked_reasons == {"no_phone": 1, "do_not_call": 1, "withdrawn": 1,
                                          "do_not_contact": 1}
        assert listed.id not in {t.contact_id for t in tasks_of(db, live.id)}


def test_consent_given_or_never_asked_does_not_block_the_call(sessions):
    with sessions.begin() as db:
        gen_team(db, agents=[gen_agent(db)])
        live = gen_session(db)
        asked = gen_lead(db, live)
        record_consent(db, asked.id, "call", True, channel="livestream", wording="Gọi cho tôi",
                       evidence_kind="comment")
        gen_lead(db, live)
        assert push_session_tasks(db, live.id, now=NOW).created == 2


def test_someone_with_an_open_task_from_an_earlier_session_is_not_called_twice(sessions):
    with sessions.begin() as db:
        gen_team(db, agents=[gen_agent(db)])
        first, second = gen_session(db, ended_at=NOW - timedelta(days=1)), gen_session(db)
        person = gen_lead(db, first)
        push_session_tasks(db, first.id, now=NOW - timedelta(days=1))
        db.add(Contact(name="x"))  # unrelated noise
        person.last_session_id = second.id
        result = push_session_tasks(db, second.id, now=NOW)
        assert (result.created, result.already) == (0, 1)


def test_due_time_follows_the_tier_in_working_hours(sessions):
    with sessions.begin() as db:
        gen_team(db, agents=[gen_agent(db)])
        live = gen_session(db)
        for tier in ("hot", "warm", "cold"):
            gen_lead(db, live, tier=tier)
        push_session_tasks(db, live.id, now=NOW)  # Tuesday 09:00 in Hanoi
        due = {t.tier: t.due_at.astimezone(VN).strftime("%a %H:%M") for t in tasks_of(db, live.id)}
        assert due == {"hot": "Tue 11:00", "warm": "Wed 09:00", "cold": "Fri 09:00"}


def test_tasks_are_given_to_agents_and_the_push_says_whom(sessions):
    with sessions.begin() as db:
        a, b = gen_agent(db), gen_agent(db)
        gen_team(db, "Hà Nội", "round_robin", agents=[a, b])
        live = gen_session(db)
        for _ in range(4):
            gen_lead(db, live)
        result = push_session_tasks(db, live.id, now=NOW)
        assert result.assigned_user_ids == {a.id, b.id}
        tasks = tasks_of(db, live.id)
        assert sorted(t.assignee_id for t in tasks) == sorted([a.id, a.id, b.id, b.id])
        assert all(t.assigned_at == NOW and t.phone.startswith("+84") for t in tasks)


def test_round_robin_stays_fair_across_pushes(sessions):
    with sessions.begin() as db:
        agents = [gen_agent(db) for _ in range(3)]
        gen_team(db, strategy="round_robin", agents=agents)
        counts = {a.id: 0 for a in agents}
        for n in range(4):  # 4 sessions of 2 leads: 8 leads, 3 agents
            live = gen_session(db)
            gen_lead(db, live)
            gen_lead(db, live)
            push_session_tasks(db, live.id, now=NOW + timedelta(minutes=n))
            for task in tasks_of(db, live.id):
                counts[task.assignee_id] += 1
        assert sorted(counts.values()) == [2, 3, 3]
        rotation = db.scalars(select(TeamMember.last_assigned_at)).all()
        assert all(rotation)


def test_daily_cap_counts_what_was_already_given_today(sessions):
    with sessions.begin() as db:
        agent = gen_agent(db)
        team = gen_team(db, agents=[agent], cap=3)
        first, second = gen_session(db), gen_session(db)
        for _ in range(2):
            gen_lead(db, first)
            gen_lead(db, second)
        push_session_tasks(db, first.id, now=NOW)
        result = push_session_tasks(db, second.id, now=NOW + timedelta(hours=1))
        assert (result.created, result.unassigned) == (2, 1)
        pooled = [t for t in tasks_of(db, second.id) if t.assignee_id is None]
        assert [t.team_id for t in pooled] == [team.id]  # waits in the team's shared pool


def test_territories_route_leads_to_their_teams(sessions):
    with sessions.begin() as db:
        hue_agent, hanoi_agent, rest_agent = gen_agent(db), gen_agent(db), gen_agent(db)
        hue = gen_team(db, "Huế", "territory", agents=[hue_agent], provinces=["Huế"])
        hanoi = gen_team(db, "Hà Nội", "territory", agents=[hanoi_agent], provinces=["Hà Nội"])
        rest = gen_team(db, "Others", "least_busy", agents=[rest_agent])
        live = gen_session(db)
        people = {p: gen_lead(db, live, province=p) for p in ("Huế", "Hà Nội", "Cà Mau")}
        push_session_tasks(db, live.id, now=NOW)
        by_contact = {t.contact_id: (t.team_id, t.assignee_id) for t in tasks_of(db, live.id)}
        assert by_contact[people["Huế"].id] == (hue.id, hue_agent.id)
        assert by_contact[people["Hà Nội"].id] == (hanoi.id, hanoi_agent.id)
        assert by_contact[people["Cà Mau"].id] == (rest.id, rest_agent.id)


def test_a_health_insurance_lead_goes_to_the_agent_with_that_skill(sessions):
    with sessions.begin() as db:
        social, health = gen_agent(db), gen_agent(db)
        team = gen_team(db, agents=[social])
        db.add(TeamMember(team_id=team.id, user_id=health.id, skills=["bhyt_household"], daily_cap=40))
        live = gen_session(db)
        lead = gen_lead(db, live, interests=["bhyt_household"])
        push_session_tasks(db, live.id, now=NOW)
        assert [t.assignee_id for t in tasks_of(db, live.id) if t.contact_id == lead.id] == [health.id]


def test_unknown_or_unfinished_sessions_are_refused_with_a_reason(sessions):
    with sessions.begin() as db:
        live = gen_session(db, ended=False)
        with pytest.raises(PushRefused, match="has not ended"):
            push_session_tasks(db, live.id, now=NOW)
        with pytest.raises(PushRefused, match="live session 999999 does not exist"):
            push_session_tasks(db, 999999, now=NOW)


def test_the_poll_lists_recently_ended_sessions_until_pushed(sessions):
    with sessions.begin() as db:
        recent, old = gen_session(db), gen_session(db, ended_at=NOW - timedelta(days=30))
        gen_session(db, ended=False)
        assert sessions_to_push(db, now=NOW) == [recent.id]
        push_session_tasks(db, recent.id, now=NOW)
        assert sessions_to_push(db, now=NOW) == []
        assert old.id not in sessions_to_push(db, now=NOW)


def test_two_pushes_at_the_same_moment_create_each_task_once(sessions):
    with sessions.begin() as db:
        gen_team(db, agents=[gen_agent(db) for _ in range(3)], cap=1000)
        live = gen_session(db)
        for _ in range(60):
            gen_lead(db, live)
    errors = []

    def run():
        try:
            with sessions.begin() as db:
                push_session_tasks(db, live.id, now=NOW)
        except Exception as exc:  # the loser of the session-push row may fail; tasks stay unique
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with sessions() as db:
        count = db.scalar(select(func.count()).select_from(FollowUpTask))
        distinct = db.scalar(select(func.count(func.distinct(FollowUpTask.contact_id))))
    assert count == distinct == 60
    assert len(errors) <= 1


def test_teams_are_set_up_and_sessions_pushed_from_the_command_line(tmp_path, monkeypatch, capsys):
    import json

    import run

    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("DATABASE_URL", url)

    def cli(*argv):
        code = run.main(list(argv))
        out, err = capsys.readouterr()
        return code, (json.loads(out) if out.startswith("{") else out), err

    code, out, _ = cli("user", "create", "--email", "lan@example.vn", "--role", "agent",
                       "--password", "x" * 12)
    assert code == 0 and "created agent" in out
    assert cli("team", "create", "Hà Nội", "--strategy", "round_robin")[1]["strategy"] == "round_robin"
    code, member, _ = cli("team", "add-member", "hà nội", "LAN@example.vn", "--skills", "bhxh_tn,bhyt_hgd",
                          "--cap", "40")
    assert member["skills"] == ["bhxh_voluntary", "bhyt_household"] and member["daily_cap"] == 40
    assert cli("team", "territory", "Hà Nội", "ha noi")[1]["province"] == "Hà Nội"
    code, _, err = cli("team", "create", "Huế", "--strategy", "fastest")
    assert code == 2 and "unknown strategy 'fastest'" in err
    code, _, err = cli("team", "add-member", "Hà Nội", "lan@example.vn", "--skills", "cooking")
    assert code == 2 and "unknown skill 'cooking'" in err
    code, _, err = cli("team", "territory", "Hà Nội", "Atlantis")
    assert code == 2 and "unknown province 'Atlantis'" in err

    app = run.create_app({"DATABASE_URL": url, "TESTING": True})
    with app.extensions["livelead.sessions"].begin() as db:
        live = gen_session(db)
        gen_lead(db, live)
        gen_lead(db, live, phone=None)
    app.extensions["livelead.engine"].dispose()
    code, report, _ = cli("followup", "push", "--session", str(live.id))
    assert (code, report["created"], report["agents"]) == (0, 1, 1)
    assert report["blocked_reasons"] == {"no_phone": 1}
    assert cli("followup", "push", "--session", str(live.id))[1]["created"] == 0
    code, _, err = cli("followup", "push", "--session", "999")
    assert code == 2 and "live session 999 does not exist" in err


def test_bench_followup_prints_leads_and_seconds(capsys):
    import json

    import run

    assert run.main(["bench", "--followup", "500"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["leads"] == 500 and report["tasks"] == 495 and report["seconds"] < 10
