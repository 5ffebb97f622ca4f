"""The agents' work: next task, outcomes, retries and callbacks, stops, away, overdue."""

import threading
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from lead_capture.consent import withdraw_consent
from lead_capture.followup.models import Attempt, FollowUpTask, TeamMember
from lead_capture.followup.push import push_session_tasks
from lead_capture.followup.work import (
    FollowUpRefused,
    claim_next,
    claim_task,
    due_scan,
    my_tasks,
    overdue_tasks,
    record_outcome,
    set_away,
)
from lead_capture.models import Contact, DoNotCall
from tests.followup_gen import NOW, gen_agent, gen_lead, gen_session, gen_team

VN = ZoneInfo("Asia/Ho_Chi_Minh")


def local(moment):
    return moment.astimezone(VN).strftime("%a %H:%M")


def hours(n: float):
    return NOW + timedelta(hours=n)


def setup_one(db, *, tier="warm", segment=None, agents=1, strategy="least_busy"):
    """A team, an ended session with one lead, pushed; returns (agents, task)."""
    users = [gen_agent(db) for _ in range(agents)]
    gen_team(db, strategy=strategy, agents=users)
    live = gen_session(db)
    gen_lead(db, live, tier=tier, segment=segment)
    push_session_tasks(db, live.id, now=NOW)
    return users, db.scalar(select(FollowUpTask))


def test_my_tasks_come_in_due_order_with_the_task_in_hand_first(sessions):
    with sessions.begin() as db:
        agent = gen_agent(db)
        gen_team(db, agents=[agent])
        live = gen_session(db)
        for tier in ("cold", "hot", "warm"):
            gen_lead(db, live, tier=tier)
        push_session_tasks(db, live.id, now=NOW)
        assert [t.tier for t in my_tasks(db, agent.id, now=NOW)] == ["hot", "warm", "cold"]
        claim_task(db, my_tasks(db, agent.id, now=NOW)[2].id, agent.id, now=NOW)
        assert [t.tier for t in my_tasks(db, agent.id, now=NOW)] == ["cold", "hot", "warm"]
        assert all(t.reasons for t in my_tasks(db, agent.id, now=NOW))


def test_next_task_is_the_most_urgent_and_is_claimed(sessions):
    with sessions.begin() as db:
        agent = gen_agent(db)
        gen_team(db, agents=[agent])
        live = gen_session(db)
        gen_lead(db, live, tier="cold")
        hot = gen_lead(db, live, tier="hot")
        push_session_tasks(db, live.id, now=NOW)
        task = claim_next(db, agent.id, now=NOW)
        assert (task.contact_id, task.status, task.assignee_id, task.claimed_at) == (hot.id, "claimed",
                                                                                     agent.id, NOW)
        assert claim_next(db, agent.id, now=NOW).tier == "cold"
        assert claim_next(db, agent.id, now=NOW) is None


def test_agents_take_only_their_own_tasks_or_their_teams_shared_ones(sessions):
    with sessions.begin() as db:
        mine, colleague, stranger = gen_agent(db), gen_agent(db), gen_agent(db)
        team = gen_team(db, agents=[mine, colleague])
        gen_team(db, "Elsewhere", agents=[stranger])
        live = gen_session(db)
        gen_lead(db, live)
        push_session_tasks(db, live.id, now=NOW)
        task = db.scalar(select(FollowUpTask))
        task.team_id, task.assignee_id = team.id, colleague.id
        db.flush()
        assert claim_next(db, mine.id, now=NOW) is None
        task.assignee_id = None  # back in the team's shared pool
        db.flush()
        assert claim_next(db, stranger.id, now=NOW) is None
        assert claim_next(db, mine.id, now=NOW).id == task.id


def test_no_calls_outside_calling_hours_unless_the_person_agreed(sessions):
    with sessions.begin() as db:
        agent = gen_agent(db)
        gen_team(db, agents=[agent])
        live = gen_session(db)
        gen_lead(db, live, tier="hot")
        evening = gen_lead(db, live, tier="cold", segment={"contact_hours": {"call": "18:00-20:00"}})
        push_session_tasks(db, live.id, now=NOW)
        at_seven_pm = hours(10)  # 19:00 in Hanoi
        task = claim_next(db, agent.id, now=at_seven_pm)
        assert task.contact_id == evening.id
        assert claim_next(db, agent.id, now=at_seven_pm) is None
        assert claim_next(db, agent.id, now=hours(-2)) is None  # 07:00: too early for everyone left


def test_two_agents_at_the_same_moment_never_get_the_same_task(sessions):
    with sessions.begin() as db:
        agents = [gen_agent(db) for _ in range(20)]
        gen_team(db, agents=agents, cap=1)
        live = gen_session(db)
        for _ in range(40):
            gen_lead(db, live)
        push_session_tasks(db, live.id, now=NOW)
        db.execute(FollowUpTask.__table__.update().values(assignee_id=None, assigned_at=None))
        agent_ids = [a.id for a in agents]
    barrier = threading.Barrier(20)
    claimed, errors = [], []

    def press(user_id):
        try:
            barrier.wait()
            with sessions.begin() as db:
                task = claim_next(db, user_id, now=NOW)
                if task is not None:
                    claimed.append((task.id, user_id))
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=press, args=(u,)) for u in agent_ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(claimed) == 20
    assert len({task_id for task_id, _ in claimed}) == 20
    with sessions() as db:
        rows = db.execute(select(FollowUpTask.id, FollowUpTask.assignee_id)
                          .where(FollowUpTask.status == "claimed")).all()
    assert sorted(rows) == sorted(claimed)


def test_a_number_shared_by_two_leads_is_not_called_twice_at_once(sessions):
    with sessions.begin() as db:
        first, second = gen_agent(db), gen_agent(db)
        gen_team(db, agents=[first, second])
        live = gen_session(db)
        gen_lead(db, live, phone="+84988777666", name="Trần Thị Mai")
        other = gen_lead(db, gen_session(db), phone=None, name="Lê Văn Nam")
        push_session_tasks(db, live.id, now=NOW)
        db.add(FollowUpTask(contact_id=other.id, live_session_id=live.id, due_at=NOW, phone="+84988777666",
                            team_id=db.scalar(select(FollowUpTask.team_id))))
        db.flush()
        in_hand = claim_next(db, first.id, now=NOW)
        assert in_hand.phone == "+84988777666"
        assert claim_next(db, second.id, now=NOW) is None


def test_enrolled_and_declined_finish_the_task_and_mark_the_person(sessions):
    with sessions.begin() as db:
        (agent,), task = setup_one(db)
        claim_next(db, agent.id, now=NOW)
        done = record_outcome(db, task.id, agent.id, "enrolled", note="Đăng ký BHXH tự nguyện", now=hours(1))
        assert (done.status, done.outcome, done.closed_at, done.first_contacted_at) == (
            "done", "enrolled", hours(1), hours(1))
        person = db.get(Contact, task.contact_id)
        assert (person.outcome, person.outcome_at) == ("enrolled", hours(1))
        assert db.scalar(select(Attempt.note)) == "Đăng ký BHXH tự nguyện"


def test_three_unanswered_calls_on_different_days_close_the_task_as_unreachable(sessions):
    with sessions.begin() as db:
        (agent,), task = setup_one(db)
        claim_next(db, agent.id, now=NOW)
        after_first = record_outcome(db, task.id, agent.id, "no_answer", now=NOW)
        assert (after_first.status, local(after_first.next_attempt_at)) == ("open", "Wed 08:00")
        assert claim_next(db, agent.id, now=hours(3)) is None  # one call per number per day
        second_try = after_first.next_attempt_at
        assert claim_next(db, agent.id, now=second_try).id == task.id
        after_second = record_outcome(db, task.id, agent.id, "no_answer", now=second_try)
        assert local(after_second.next_attempt_at) == "Thu 08:00"
        claim_next(db, agent.id, now=after_second.next_attempt_at)
        last = record_outcome(db, task.id, agent.id, "no_answer", now=after_second.next_attempt_at)
        assert (last.status, last.outcome, last.attempts) == ("closed", "unreachable", 3)
        assert db.scalars(select(Attempt.outcome)).all() == ["no_answer"] * 3


def test_a_promised_callback_comes_back_at_the_promised_time(sessions):
    with sessions.begin() as db:
        (agent,), task = setup_one(db)
        claim_next(db, agent.id, now=NOW)
        promised = hours(5)  # 14:00 the same day
        waiting = record_outcome(db, task.id, agent.id, "callback", callback_at=promised, now=NOW)
        assert (waiting.status, waiting.next_attempt_at, waiting.callback_at) == ("open", promised, promised)
        assert claim_next(db, agent.id, now=hours(4)) is None
        # Called once today already, but the person asked for this call.
        assert claim_next(db, agent.id, now=promised).id == task.id
        done = record_outcome(db, task.id, agent.id, "declined", now=promised)
        assert done.status == "done" and done.callback_at is None


@pytest.mark.parametrize(("when", "message"), [
    (-1, "must be in the future"),
    (10, "Calls are allowed only 08:00-17:00"),
    (None, "needs the time"),
])
def test_a_callback_time_that_breaks_the_rules_is_refused(sessions, when, message):
    with sessions.begin() as db:
        (agent,), task = setup_one(db)
        claim_next(db, agent.id, now=NOW)
        with pytest.raises(FollowUpRefused, match=message) as refused:
            record_outcome(db, task.id, agent.id, "callback", now=NOW,
                           callback_at=None if when is None else hours(when))
        assert refused.value.status == 400


def test_a_callback_in_the_evening_is_fine_when_the_person_agreed_to_evenings(sessions):
    with sessions.begin() as db:
        (agent,), task = setup_one(db, segment={"contact_hours": {"call": "18:00-21:00"}})
        assert claim_next(db, agent.id, now=hours(10)).id == task.id
        record_outcome(db, task.id, agent.id, "callback", callback_at=hours(35), now=hours(10))
        assert local(task.next_attempt_at) == "Wed 20:00"


def test_do_not_contact_stops_every_task_of_that_person_and_lists_the_number(sessions):
    with sessions.begin() as db:
        agent = gen_agent(db)
        gen_team(db, agents=[agent])
        first, second = gen_session(db), gen_session(db)
        person = gen_lead(db, first, phone="+84912345678")
        push_session_tasks(db, first.id, now=NOW)
        db.add(FollowUpTask(contact_id=person.id, live_session_id=second.id, due_at=NOW,
                            assignee_id=agent.id, phone="+84912345678"))
        db.flush()
        task = claim_next(db, agent.id, now=NOW)
        record_outcome(db, task.id, agent.id, "do_not_contact", now=NOW)
        both = db.scalars(select(FollowUpTask).where(FollowUpTask.contact_id == person.id)).all()
        assert {(t.id == task.id, t.status, t.outcome) for t in both} == {
            (True, "closed", "do_not_contact"), (False, "closed", "stopped")}
        assert db.get(DoNotCall, "+84912345678").source == "outcome"


def test_withdrawn_consent_stops_the_next_task_before_anyone_calls(sessions):
    with sessions.begin() as db:
        (agent,), task = setup_one(db)
        withdraw_consent(db, task.contact_id, channel="zalo", evidence_kind="call_note")
        assert claim_next(db, agent.id, now=NOW) is None
        assert (task.status, task.outcome) == ("closed", "stopped")


def test_the_due_scan_closes_tasks_of_people_put_on_the_do_not_call_list(sessions):
    with sessions.begin() as db:
        (agent,), task = setup_one(db)
        db.add(DoNotCall(phone=task.phone, source="national list"))
        db.flush()
        scan = due_scan(db, now=NOW)
        assert scan.stopped == {task.id: agent.id}
        db.refresh(task)
        assert task.status == "closed"


@pytest.mark.parametrize(("outcome", "status", "message"), [
    ("maybe", 400, "Unknown outcome 'maybe'.*enrolled, callback"),
])
def test_bad_outcomes_are_refused_with_a_clear_message(sessions, outcome, status, message):
    with sessions.begin() as db:
        (agent,), task = setup_one(db)
        with pytest.raises(FollowUpRefused, match=message) as refused:
            record_outcome(db, task.id, agent.id, outcome, now=NOW)
        assert refused.value.status == status


def test_an_agent_cannot_record_on_someone_elses_or_a_finished_task(sessions):
    with sessions.begin() as db:
        (agent, other), task = setup_one(db, agents=2)
        owner = task.assignee_id
        intruder = other.id if owner == agent.id else agent.id
        with pytest.raises(FollowUpRefused) as refused:
            record_outcome(db, task.id, intruder, "enrolled", now=NOW)
        assert refused.value.status == 403
        record_outcome(db, task.id, owner, "wrong_number", now=NOW)
        with pytest.raises(FollowUpRefused, match="already finished") as refused:
            record_outcome(db, task.id, owner, "enrolled", now=NOW)
        assert refused.value.status == 409
        with pytest.raises(FollowUpRefused) as refused:
            record_outcome(db, 424242, owner, "enrolled", now=NOW)
        assert refused.value.status == 404


def test_recording_on_an_unclaimed_task_checks_the_calling_rules(sessions):
    with sessions.begin() as db:
        (agent,), task = setup_one(db)
        with pytest.raises(FollowUpRefused, match="not allowed now") as refused:
            record_outcome(db, task.id, agent.id, "no_answer", now=hours(11))  # 20:00
        assert refused.value.msgid.startswith("Calls are not allowed now")
        assert record_outcome(db, task.id, agent.id, "no_answer", now=NOW).attempts == 1


def test_an_away_agents_open_tasks_move_to_colleagues(sessions):
    with sessions.begin() as db:
        leaving, staying = gen_agent(db), gen_agent(db)
        gen_team(db, strategy="round_robin", agents=[leaving, staying])
        live = gen_session(db)
        for _ in range(4):
            gen_lead(db, live)
        push_session_tasks(db, live.id, now=NOW)
        in_hand = claim_next(db, leaving.id, now=NOW)
        moved = set_away(db, leaving.id, True, now=hours(1))
        assert len(moved) == 1 and in_hand.id not in moved
        now_with = db.scalars(select(FollowUpTask.assignee_id).where(FollowUpTask.id.in_(moved))).all()
        assert set(now_with) == {staying.id}
        assert in_hand.assignee_id == leaving.id  # the call in progress stays with them
        assert claim_next(db, leaving.id, now=hours(1)) is None  # away: no new work
        later = gen_session(db)
        gen_lead(db, later)
        assert push_session_tasks(db, later.id, now=hours(2)).assigned_user_ids == {staying.id}
        assert set_away(db, leaving.id, False, now=hours(3)) == []
        assert db.scalar(select(TeamMember.away).where(TeamMember.user_id == leaving.id)) is False


def test_setting_away_someone_outside_every_team_is_refused(sessions):
    with sessions.begin() as db:
        loner = gen_agent(db)
        with pytest.raises(FollowUpRefused, match="not in any follow-up team"):
            set_away(db, loner.id, True, now=NOW)


def test_overdue_tasks_are_flagged_once_to_the_team_lead(sessions):
    with sessions.begin() as db:
        agent, lead = gen_agent(db), gen_agent(db)
        team = gen_team(db, agents=[agent, lead], lead=lead)
        live = gen_session(db)
        gen_lead(db, live, tier="hot")
        push_session_tasks(db, live.id, now=NOW)
        assert overdue_tasks(db, now=hours(1)) == []
        late = overdue_tasks(db, now=hours(3), team_id=team.id)
        assert [t.tier for t in late] == ["hot"]
        scan = due_scan(db, now=hours(3))
        assert lead.id in scan.user_ids and list(scan.overdue.values()) == [team.id]
        assert due_scan(db, now=hours(4)).overdue == {}  # flagged once


def test_the_due_scan_puts_waiting_retries_back_in_the_queue(sessions):
    with sessions.begin() as db:
        (agent,), task = setup_one(db)
        claim_next(db, agent.id, now=NOW)
        record_outcome(db, task.id, agent.id, "no_answer", now=NOW)
        assert due_scan(db, now=hours(2)).ready == set()
        scan = due_scan(db, now=task.next_attempt_at)
        assert scan.ready == {agent.id}
        db.refresh(task)
        assert task.next_attempt_at is None and task.status == "open"


def test_withdrawing_consent_on_the_lead_page_closes_open_tasks_at_once(app, sessions):
    from lead_capture.signals import tasks_changed
    from livestream.models import Role
    from tests.test_pages import sign_in

    with sessions.begin() as db:
        agent = gen_agent(db)
        gen_team(db, agents=[agent])
        live = gen_session(db)
        lead = gen_lead(db, live)
        push_session_tasks(db, live.id, now=NOW)
        agent_id, lead_id = agent.id, lead.id
    client = app.test_client()
    token = sign_in(app, client, Role.ORGANISER)
    told = []
    with tasks_changed.connected_to(lambda sender, user_ids: told.extend(user_ids)):
        response = client.post(f"/leads/{lead_id}/consent", data={
            "csrf_token": token, "decision": "withdraw", "purpose": "call", "channel": "phone",
            "evidence_kind": "call_note", "evidence": "không muốn được gọi nữa"})
    assert response.status_code == 302
    with sessions() as db:
        task = db.scalar(select(FollowUpTask).where(FollowUpTask.contact_id == lead_id))
    assert (task.status, task.outcome) == ("closed", "stopped")
    assert told == [agent_id]  # the agent's open list drops it live


def test_every_call_lands_on_the_leads_timeline(app, sessions):
    from livestream.models import Role
    from tests.test_pages import sign_in

    with sessions.begin() as db:
        agent = gen_agent(db)
        gen_team(db, agents=[agent])
        live = gen_session(db)
        lead = gen_lead(db, live)
        push_session_tasks(db, live.id, now=NOW)
        task = claim_next(db, agent.id, now=NOW)
        record_outcome(db, task.id, agent.id, "enrolled", note="đã hẹn nộp hồ sơ", now=NOW)
        lead_id = lead.id
    client = app.test_client()
    sign_in(app, client, Role.ORGANISER)
    timeline = client.get(f"/leads/{lead_id}").get_data(as_text=True).split('id="timeline"')[1]
    assert "cuộc gọi" in timeline and "Liên lạc được: đã đăng ký" in timeline
    assert "đã hẹn nộp hồ sơ" in timeline
