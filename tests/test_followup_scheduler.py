"""The follow-up clock: one leader per deployment, jobs kept in the database across restarts."""

import time
from datetime import timedelta

import pytest
from sqlalchemy import func, inspect, select, text

from lead_capture.followup import scheduler as scheduler_module
from lead_capture.followup.config import parse_config
from lead_capture.followup.models import FollowUpTask, SessionPush
from lead_capture.followup.push import push_session_tasks
from lead_capture.followup.scheduler import JOB_TABLE, FollowUpScheduler, init_scheduler
from lead_capture.followup.work import claim_next, record_outcome
from lead_capture.signals import tasks_changed
from livestream.signals import session_ended
from tests.followup_gen import NOW, gen_agent, gen_lead, gen_session, gen_team


@pytest.fixture
def clock():
    return lambda: NOW


@pytest.fixture
def make_scheduler(sessions, clock):
    started = []

    def make(**options):
        notified = []
        options.setdefault("clock", clock)
        options.setdefault("retry_seconds", 0.1)
        scheduler = FollowUpScheduler(sessions, notify=notified.extend, **options)
        scheduler.notified = notified
        started.append(scheduler)
        return scheduler

    yield make
    for scheduler in reversed(started):
        # wait for running jobs: one still running when the test's engine is disposed would
        # open a connection nobody closes
        scheduler.shutdown(wait=True)


def count_tasks(sessions) -> int:
    with sessions() as db:
        return db.scalar(select(func.count()).select_from(FollowUpTask))


def stored_job_ids(sessions) -> set[str]:
    engine = sessions.kw["bind"]
    if not inspect(engine).has_table(JOB_TABLE):
        return set()
    with engine.connect() as conn:
        return set(conn.execute(text(f"SELECT id FROM {JOB_TABLE}")).scalars())


def wait_until(condition, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def ended_session_with_leads(sessions, n: int = 3) -> int:
    with sessions.begin() as db:
        gen_team(db, agents=[gen_agent(db)])
        live = gen_session(db)
        for _ in range(n):
            gen_lead(db, live)
        return live.id


def test_a_push_scheduled_before_a_restart_runs_once_after_it(sessions, make_scheduler):
    live_id = ended_session_with_leads(sessions)
    first = make_scheduler()
    assert first.start(paused=True)  # the process dies before the job gets to run
    assert first.schedule_push(live_id)
    assert f"push-session-{live_id}" in stored_job_ids(sessions)
    first.shutdown(wait=False)
    assert count_tasks(sessions) == 0

    second = make_scheduler()
    assert second.start()
    assert wait_until(lambda: count_tasks(sessions) == 3)
    assert wait_until(lambda: f"push-session-{live_id}" not in stored_job_ids(sessions))
    assert second.notified  # the agents' queues were told
    second.push_due_sessions()  # the poll finds nothing left to do
    second.push_session(live_id)  # and a repeated job changes nothing
    second.shutdown()

    third = make_scheduler()
    assert third.start()
    assert third.push_due_sessions() == []
    assert count_tasks(sessions) == 3
    assert {"followup-push-poll", "followup-due-scan", "followup-rescore"} <= stored_job_ids(sessions)


def test_a_push_lost_in_a_crash_is_made_good_by_the_poll(sessions, make_scheduler):
    live_id = ended_session_with_leads(sessions, n=2)
    scheduler = make_scheduler()
    assert scheduler.start(paused=True)  # no job was ever stored for this session
    assert scheduler.push_due_sessions() == [live_id]
    assert count_tasks(sessions) == 2
    with sessions() as db:
        assert db.get(SessionPush, live_id).created == 2


def test_a_second_scheduler_in_the_same_deployment_does_not_start_its_jobs(sessions, make_scheduler):
    leader, second = make_scheduler(), make_scheduler(retry_seconds=0.1)
    assert leader.start(paused=True)
    assert second.start(paused=True) is False
    assert not second.is_leader and second.scheduler is None
    leader.shutdown(wait=False)
    assert wait_until(lambda: second.is_leader)  # the standby takes over when the leader stops


def test_a_process_on_standby_pushes_a_session_that_ended_there_at_once(sessions, make_scheduler):
    live_id = ended_session_with_leads(sessions)
    leader, standby = make_scheduler(), make_scheduler()
    assert leader.start(paused=True)  # the leader's poll does not run here
    assert standby.start(paused=True) is False
    assert standby.schedule_push(live_id) is False  # no job stored: pushed in a thread
    assert wait_until(lambda: count_tasks(sessions) == 3)
    assert wait_until(lambda: bool(standby.notified))  # its agents' queues were told
    assert f"push-session-{live_id}" not in stored_job_ids(sessions)
    assert leader.push_due_sessions() == []  # nothing left for the poll
    assert count_tasks(sessions) == 3


def test_ending_a_session_schedules_its_push_at_once(app, sessions, clock):
    live_id = ended_session_with_leads(sessions)
    app.config.update(TESTING=False, SCHEDULER_ENABLED=True)
    changed = []

    def on_changed(sender, user_ids):
        changed.append(user_ids)

    tasks_changed.connect(on_changed, sender=app)
    scheduler = init_scheduler(app, clock=clock, retry_seconds=0.1)
    try:
        assert scheduler.is_leader
        scheduler.scheduler.pause_job("followup-push-poll")  # only the signal may push here
        session_ended.send(app, live_session_id=live_id)
        assert wait_until(lambda: count_tasks(sessions) == 3)
        assert wait_until(lambda: bool(changed))
    finally:
        scheduler.shutdown(wait=True)
        tasks_changed.disconnect(on_changed, sender=app)
    assert scheduler_module._current is None


def test_no_scheduler_under_testing_or_when_disabled(app):
    assert init_scheduler(app) is None
    app.config.update(TESTING=False, SCHEDULER_ENABLED=False)
    assert init_scheduler(app) is None


def test_the_due_scan_job_tells_the_agents_whose_retries_came_due(sessions, make_scheduler):
    live_id = ended_session_with_leads(sessions, n=1)
    with sessions.begin() as db:
        push_session_tasks(db, live_id, now=NOW)
        task = db.scalar(select(FollowUpTask))
        claim_next(db, task.assignee_id, now=NOW)
        record_outcome(db, task.id, task.assignee_id, "no_answer", now=NOW)
        retry_at, agent = task.next_attempt_at, task.assignee_id
    scheduler = make_scheduler(clock=lambda: retry_at + timedelta(minutes=1))
    scan = scheduler.scan()
    assert scan.ready == {agent} and scheduler.notified == [agent]


def test_the_poll_job_pushes_ended_sessions_on_its_own(sessions, make_scheduler):
    live_id = ended_session_with_leads(sessions, n=2)
    fast = parse_config({"scheduler": {"push_every_seconds": 0.2, "due_scan_every_seconds": 0.2}})
    scheduler = make_scheduler(config=fast)
    assert scheduler.start()
    assert wait_until(lambda: count_tasks(sessions) == 2)
    with sessions() as db:
        assert db.get(SessionPush, live_id) is not None
    time.sleep(0.6)  # several more polls and scans: nothing repeated
    assert count_tasks(sessions) == 2


def test_the_nightly_job_rescores_every_lead(sessions, make_scheduler):
    ended_session_with_leads(sessions, n=3)
    assert make_scheduler().rescore() == 3


def test_the_leader_delivers_queued_messages_on_its_own(sessions, make_scheduler):
    from tests.test_outbox import MORNING, RecordingSender, make_person, queue

    with sessions.begin() as db:
        contact_id = make_person(db)
    queue(sessions, contact_id)
    sender = RecordingSender()
    scheduler = make_scheduler(clock=lambda: MORNING, sender=sender, deliver_every_seconds=0.1)
    assert scheduler.start()
    assert wait_until(lambda: len(sender.sent) == 1)
    time.sleep(0.3)  # later runs find nothing more to send
    assert len(sender.sent) == 1 and "messages-deliver" in stored_job_ids(sessions)


def test_the_leader_deletes_lead_exports_an_hour_old(app, make_scheduler, sessions, tmp_path):
    """Exports hold phone numbers: they go an hour after they were asked for even when nobody
    exports again."""
    from lead_capture import exports
    from livestream.models import Role, User
    from tests.test_pages import add_user

    folder = tmp_path / "waiting"
    folder.mkdir()
    email = add_user(app, Role.ORGANISER)
    with sessions.begin() as db:
        user = db.scalar(select(User.id).where(User.email == email))
        old = exports.start_export(db, user_id=user, fmt="xlsx", total=1, now=NOW - timedelta(minutes=61))
        new = exports.start_export(db, user_id=user, fmt="xlsx", total=1, now=NOW - timedelta(minutes=59))
        for job in (old, new):
            exports.file_of(job, folder).write_bytes(b"PK")
        kept = exports.file_of(new, folder).name
    scheduler = make_scheduler(export_dir=folder)
    assert scheduler.start()
    assert "lead-exports-expire" in stored_job_ids(sessions)
    assert scheduler.expire_exports() == 1
    assert [p.name for p in folder.iterdir()] == [kept]
