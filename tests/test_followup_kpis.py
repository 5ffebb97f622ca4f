"""KPIs of follow-up per session and per team: in time, attempts, reach, enrolment, satisfaction."""

from datetime import timedelta

from sqlalchemy import select

from lead_capture.followup.kpis import session_kpis, team_kpis
from lead_capture.followup.models import FollowUpTask
from lead_capture.followup.push import push_session_tasks
from lead_capture.followup.work import claim_next, record_outcome
from tests.followup_gen import NOW, gen_agent, gen_lead, gen_session, gen_team


def hours(n: float):
    return NOW + timedelta(hours=n)


def work_session(db):
    """Four hot leads (due 11:00): enrolled at 10:00, declined at 12:00 (late), one unanswered
    call at 10:30, one never called."""
    agent = gen_agent(db)
    team = gen_team(db, "Hà Nội", agents=[agent], cap=100)
    gen_team(db, "Idle", agents=[gen_agent(db)], provinces=["Huế"])
    live = gen_session(db)
    for _ in range(4):
        gen_lead(db, live, tier="hot")
    push_session_tasks(db, live.id, now=NOW)
    tasks = db.scalars(select(FollowUpTask).order_by(FollowUpTask.id)).all()
    plan = [("enrolled", 1), ("declined", 3), ("no_answer", 1.5)]
    for task, (outcome, at) in zip(tasks, plan, strict=False):
        claim_task_at = hours(at)
        task.status, task.claimed_at = "claimed", claim_task_at
        record_outcome(db, task.id, agent.id, outcome, now=claim_task_at)
    return live, team


def test_session_kpis_say_how_well_its_leads_were_followed_up(sessions):
    with sessions.begin() as db:
        live, _team = work_session(db)
        kpis = session_kpis(db, live.id, now=hours(4))
    assert kpis == {
        "live_session_id": live.id, "leads": 4,
        "contacted_in_time_share": 0.5,   # 2 of 4 first called by 11:00 (all four are due by now)
        "attempts_per_lead": 0.75,
        "reach_rate": round(2 / 3, 4),    # answered at 2 of the 3 leads called
        "enrolment_rate": 0.25,
        "avg_satisfaction": None,         # no survey replies yet
    }


def test_leads_not_yet_due_do_not_count_against_the_in_time_share(sessions):
    with sessions.begin() as db:
        agent = gen_agent(db)
        gen_team(db, agents=[agent])
        live = gen_session(db)
        gen_lead(db, live, tier="hot")
        gen_lead(db, live, tier="hot", score=10)
        push_session_tasks(db, live.id, now=NOW)  # both due at 11:00
        task = claim_next(db, agent.id, now=hours(1))
        record_outcome(db, task.id, agent.id, "enrolled", now=hours(1))
        before_due = session_kpis(db, live.id, now=hours(1.5))
        after_due = session_kpis(db, live.id, now=hours(2.5))
    assert before_due["contacted_in_time_share"] == 1.0  # the other one still has time
    assert after_due["contacted_in_time_share"] == 0.5


def test_team_kpis_list_every_team_even_without_tasks(sessions):
    with sessions.begin() as db:
        _live, team = work_session(db)
        rows = team_kpis(db, now=hours(4))
        one = team_kpis(db, now=hours(4), team_id=team.id)
    by_team = {row["team_id"]: row for row in rows}
    assert by_team[team.id]["leads"] == 4 and by_team[team.id]["enrolment_rate"] == 0.25
    idle = next(row for row in rows if row["team_id"] != team.id)
    assert idle["leads"] == 0 and idle["reach_rate"] is None
    assert one == [by_team[team.id]]


def test_a_session_without_tasks_has_empty_kpis(sessions):
    with sessions.begin() as db:
        live = gen_session(db)
        kpis = session_kpis(db, live.id, now=NOW)
    assert kpis["leads"] == 0 and kpis["reach_rate"] is None and kpis["attempts_per_lead"] is None


def test_unanswered_retry_spread_over_days_counts_every_attempt(sessions):
    with sessions.begin() as db:
        agent = gen_agent(db)
        gen_team(db, agents=[agent])
        live = gen_session(db)
        gen_lead(db, live, tier="cold")
        push_session_tasks(db, live.id, now=NOW)
        moment = NOW
        for _ in range(3):
            task = claim_next(db, agent.id, now=moment)
            task = record_outcome(db, task.id, agent.id, "no_answer", now=moment)
            moment = task.next_attempt_at or moment
        kpis = session_kpis(db, live.id, now=hours(100))
    assert (kpis["attempts_per_lead"], kpis["reach_rate"], kpis["contacted_in_time_share"]) == (3.0, 0.0, 1.0)


def test_average_satisfaction_comes_from_the_survey_replies(sessions):
    from livestream.db import Base

    replies = Base.metadata.tables.get("message_survey_replies")
    if replies is None:
        import pytest

        pytest.skip("the messages package (survey replies) is not installed")
    with sessions.begin() as db:
        live, team = work_session(db)
        reached = db.scalars(select(FollowUpTask).where(
            FollowUpTask.outcome.in_(["enrolled", "declined"]))).all()
        db.execute(replies.insert(), [
            {"task_id": task.id, "contact_id": task.contact_id, "score": score, "text": "",
             "received_at": NOW, "via": "manual"} for task, score in zip(reached, (5, 2), strict=True)])
        assert session_kpis(db, live.id, now=hours(4))["avg_satisfaction"] == 3.5
        assert team_kpis(db, now=hours(4), team_id=team.id)[0]["avg_satisfaction"] == 3.5
