"""The follow-up clock: APScheduler 3 jobs, with their job store in the application's database.

Shell (opens sessions, commits, then sends `tasks_changed`). Follow-up state lives in our tables;
APScheduler is only the clock: every job looks for the rows that are due, so a job lost in a
crash is made good by the next poll and a job run twice changes nothing (the push is idempotent
and `followup_session_pushes` records each completed session).

Exactly one scheduler runs per deployment, however many web processes start: before starting
its jobs a process must hold the leader lock —
- PostgreSQL: `pg_try_advisory_lock` on a dedicated connection (the key is derived from the
  schema, so one lock per deployment); PostgreSQL frees it when that connection ends, so a dead
  leader never blocks its successor;
- SQLite: an exclusive `fcntl.flock` on `<database file>.scheduler.lock`, freed by the operating
  system when the process ends.
Other processes stay on standby and retry the lock every `retry_seconds`, taking over if the
leader stops. Jobs: poll for ended sessions not pushed yet, lead capture's catch-up of comments
a failed capture left waiting, the due scan (retries and callbacks
due, overdue flags, blocked people), the nightly rescoring of leads, deleting lead exports an
hour old (they hold phone numbers), and a one-off
`push-session-<id>` job scheduled at once when `livestream.signals.session_ended` fires (a
process on standby pushes such a session itself, in a thread, rather than wait for the poll).
"""

from __future__ import annotations

import atexit
import logging
import threading
import zlib
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import STATE_STOPPED
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker

from lead_capture.followup.config import FollowUpConfig, load_config
from lead_capture.followup.push import push_session_tasks, sessions_to_push
from lead_capture.followup.work import due_scan
from livestream.db import make_engine, utcnow

log = logging.getLogger(__name__)

JOB_TABLE = "apscheduler_jobs"
_current: FollowUpScheduler | None = None  # the leader in this process (jobs find it here)


class _Scheduler(BackgroundScheduler):
    """APScheduler 3 runs one more round of due jobs after shutdown(), when its executor is
    already closed (the job fails to submit); skip that round, the job stays stored for next time."""

    def _process_jobs(self):
        if self.state == STATE_STOPPED:
            return None
        return super()._process_jobs()


class LeaderLock:
    """One holder per deployment (see module docstring); `acquire` never blocks."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._connection = None
        self._handle = None
        self._key: int | None = None

    @property
    def held(self) -> bool:
        return self._connection is not None or self._handle is not None

    def lock_file(self) -> Path | None:
        database = self.engine.url.database
        if self.engine.dialect.name != "sqlite" or not database or database == ":memory:":
            return None
        return Path(database).with_name(Path(database).name + ".scheduler.lock")

    def acquire(self) -> bool:
        if self.held:
            return True
        if self.engine.dialect.name == "postgresql":
            connection = self.engine.connect()
            try:
                schema = connection.execute(text("SELECT current_schema()")).scalar() or "public"
                self._key = zlib.crc32(f"livelead-scheduler:{schema}".encode()) - 2**31
                got = connection.execute(text("SELECT pg_try_advisory_lock(:key)"),
                                         {"key": self._key}).scalar()
                connection.commit()  # the lock belongs to the connection, not to a transaction
            except Exception:
                connection.close()
                raise
            if not got:
                connection.close()
                return False
            self._connection = connection
            return True
        path = self.lock_file()
        if path is None:  # an in-memory database cannot be shared: this process is the deployment
            self._handle = object()
            return True
        import fcntl

        path.parent.mkdir(parents=True, exist_ok=True)
        handle = path.open("a+")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        self._handle = handle
        return True

    def release(self) -> None:
        if self._connection is not None:
            try:
                self._connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": self._key})
                self._connection.commit()
            finally:
                self._connection.close()
                self._connection = None
        if self._handle is not None:
            if hasattr(self._handle, "close"):
                import fcntl

                fcntl.flock(self._handle.fileno(), fcntl.LOCK_UN)
                self._handle.close()
            self._handle = None


# Job functions are module-level so the database job store can name them ("module:function").
def push_session_job(live_session_id: int) -> None:
    if _current is not None:
        _current.push_session(live_session_id)


def push_poll_job() -> None:
    if _current is not None:
        _current.push_due_sessions()


def due_scan_job() -> None:
    if _current is not None:
        _current.scan()


def rescore_job() -> None:
    if _current is not None:
        _current.rescore()


def capture_job() -> None:
    if _current is not None:
        _current.capture()


def deliver_messages_job() -> None:
    if _current is not None:
        _current.deliver_messages()


def expire_exports_job() -> None:
    if _current is not None:
        _current.expire_exports()


class FollowUpScheduler:
    """The follow-up jobs of one deployment; `start` runs them only while holding the leader lock."""

    def __init__(self, sessions: sessionmaker, *, config: FollowUpConfig | None = None,
                 notify: Callable[[Iterable[int]], None] | None = None,
                 clock: Callable[[], datetime] = utcnow, retry_seconds: float = 30.0,
                 sender=None, deliver_every_seconds: float = 60.0,
                 capture_every_seconds: float = 60.0, export_dir: Path | None = None):
        self.sessions = sessions
        self.export_dir = export_dir  # lead exports waiting to be downloaded: expired every 10 min
        self.sender = sender  # the outbox's sender; None: messages wait for `run.py outbox send`
        self.deliver_every_seconds = deliver_every_seconds
        self.capture_every_seconds = capture_every_seconds
        self.engine: Engine = sessions.kw["bind"]
        self.config = config or load_config()
        self.notify = notify or (lambda user_ids: None)
        self.clock = clock
        self.retry_seconds = retry_seconds
        self.lock = LeaderLock(self.engine)
        self.scheduler: BackgroundScheduler | None = None
        self._push_lock = threading.Lock()
        self._stop = threading.Event()
        self._state = threading.RLock()
        self._standby: threading.Thread | None = None
        self._pushers: list[threading.Thread] = []  # pushes run by a process that does not lead

    @property
    def is_leader(self) -> bool:
        return self.scheduler is not None and self.scheduler.running

    def start(self, *, paused: bool = False, standby: bool = True) -> bool:
        """Lead if no other process does (True); otherwise wait on standby in a thread (False)."""
        with self._state:  # the standby thread and shutdown() never interleave
            if self.is_leader:
                return True
            if self._stop.is_set() or not self.lock.acquire():
                if standby and self._standby is None and not self._stop.is_set():
                    self._standby = threading.Thread(target=self._wait_for_lead, name="followup-standby",
                                                     daemon=True, kwargs={"paused": paused})
                    self._standby.start()
                return False
            try:
                self._lead(paused)
            except Exception:
                self._stand_down(wait=False)
                raise
            log.info("follow-up scheduler leads this deployment")
            return True

    def _lead(self, paused: bool) -> None:
        global _current
        if _current is not None and _current is not self:
            raise RuntimeError("another FollowUpScheduler already leads in this process")
        cfg = self.config
        # The job store gets an engine of its own: it disposes of it on shutdown.
        store_engine = make_engine(self.engine.url.render_as_string(hide_password=False))
        scheduler = _Scheduler(
            jobstores={"default": SQLAlchemyJobStore(engine=store_engine, tablename=JOB_TABLE)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
            timezone=cfg.tz)
        _current = self
        self.scheduler = scheduler
        scheduler.start(paused=True)
        scheduler.add_job(push_poll_job, "interval", seconds=cfg.push_every_seconds,
                          id="followup-push-poll", replace_existing=True)
        scheduler.add_job(due_scan_job, "interval", seconds=cfg.due_scan_every_seconds,
                          id="followup-due-scan", replace_existing=True)
        scheduler.add_job(capture_job, "interval", seconds=self.capture_every_seconds,
                          id="lead-capture-catch-up", replace_existing=True)
        scheduler.add_job(rescore_job, "cron", hour=cfg.rescore_hour, minute=0,
                          id="followup-rescore", replace_existing=True)
        if self.export_dir is not None:
            scheduler.add_job(expire_exports_job, "interval", minutes=10, id="lead-exports-expire",
                              replace_existing=True)
        if self.sender is not None:
            scheduler.add_job(deliver_messages_job, "interval", seconds=self.deliver_every_seconds,
                              id="messages-deliver", replace_existing=True)
        if not paused:
            scheduler.resume()

    def _wait_for_lead(self, paused: bool) -> None:
        while not self._stop.wait(self.retry_seconds):
            if self.start(paused=paused, standby=False):
                return

    def shutdown(self, wait: bool = True) -> None:
        """Stop the jobs (if leading) and the standby; the lock goes to the next process."""
        self._stop.set()
        with self._state:
            self._stand_down(wait)
        standby = self._standby
        if standby is not None and standby is not threading.current_thread():
            standby.join(timeout=5)
        for pusher in self._pushers:
            if wait and pusher is not threading.current_thread():
                pusher.join(timeout=30)

    def _stand_down(self, wait: bool) -> None:
        global _current
        scheduler, self.scheduler = self.scheduler, None
        if scheduler is not None and scheduler.running:
            scheduler.shutdown(wait=wait)
        if _current is self:
            _current = None
        self.lock.release()

    def resume(self) -> None:
        if self.scheduler is not None:
            self.scheduler.resume()

    def schedule_push(self, live_session_id: int) -> bool:
        """Push an ended session's tasks at once, from whichever process saw it end.

        The leader keeps a one-off job in the job store (a restart runs it, a repeat is
        harmless) and answers True. Any other process pushes in a thread of its own and answers
        False: the push is idempotent, so a race with the leader's poll creates nothing twice,
        and a push lost in a crash is made good by that poll.
        """
        if self.is_leader:
            self.scheduler.add_job(push_session_job, "date", run_date=self.clock(),
                                   args=[live_session_id], id=f"push-session-{live_session_id}",
                                   replace_existing=True)
            return True
        with self._state:
            if self._stop.is_set():
                return False
            self._pushers = [t for t in self._pushers if t.is_alive()]
            pusher = threading.Thread(target=self._push_logged, args=(live_session_id,),
                                      name=f"followup-push-{live_session_id}", daemon=True)
            self._pushers.append(pusher)
            pusher.start()
        return False

    def _push_logged(self, live_session_id: int) -> None:
        try:
            self.push_session(live_session_id)
        except Exception:  # the leader's poll tries again
            log.exception("follow-up push for session %s failed; the poll will retry", live_session_id)

    # ---- the jobs' work (callable directly: tests and `run.py followup push`) ----------------
    def push_session(self, live_session_id: int):
        with self._push_lock:  # the poll and a one-off job may fire together in this process
            try:
                with self.sessions.begin() as db:
                    result = push_session_tasks(db, live_session_id, now=self.clock(), config=self.config)
            except IntegrityError:
                log.info("session %s was pushed by another run meanwhile", live_session_id)
                return None
        if result.assigned_user_ids:
            self.notify(sorted(result.assigned_user_ids))
        log.info("follow-up push for session %s: %s created, %s already, %s blocked", live_session_id,
                 result.created, result.already, result.blocked)
        return result

    def push_due_sessions(self) -> list[int]:
        with self.sessions() as db:
            due = sessions_to_push(db, now=self.clock(), config=self.config)
        for live_session_id in due:
            self.push_session(live_session_id)
        return due

    def scan(self):
        with self.sessions.begin() as db:
            result = due_scan(db, now=self.clock(), config=self.config)
        if result.user_ids:
            self.notify(sorted(result.user_ids))
        return result

    def deliver_messages(self):
        from lead_capture.messages.delivery import deliver_due

        report = deliver_due(self.sessions, self.sender, now=self.clock(), clock=self.clock,
                             limit=500, config=self.config)
        if report.sent or report.failed:
            log.info("outbox: %s", report.as_dict())
        return report

    def capture(self) -> list[int]:
        from lead_capture.operations import capture_waiting

        return capture_waiting(self.sessions, log)

    def expire_exports(self) -> int:
        """Delete the lead exports older than `lead_capture.exports.KEEP` and their files."""
        from lead_capture.exports import expire_exports

        with self.sessions.begin() as db:
            return expire_exports(db, self.export_dir, self.clock())

    def rescore(self) -> int:
        from lead_capture.operations import rescore_all

        with self.sessions.begin() as db:
            return rescore_all(db, self.clock())


def followup_config(app) -> FollowUpConfig:
    """The app's follow-up rules: FOLLOWUP_CONFIG (a followup.toml path) in the app's TIMEZONE."""
    cached = app.extensions.get("livelead.followup_config")
    if cached is None:
        cached = load_config(app.config.get("FOLLOWUP_CONFIG") or None, timezone=app.config.get("TIMEZONE"))
        app.extensions["livelead.followup_config"] = cached
    return cached


def init_scheduler(app, **options) -> FollowUpScheduler | None:
    """Start the follow-up scheduler for a serving app (never under TESTING or when disabled)."""
    if app.config.get("TESTING") or not app.config.get("SCHEDULER_ENABLED", True):
        return None
    from lead_capture.signals import tasks_changed
    from livestream.signals import session_ended

    def notify(user_ids):
        tasks_changed.send(app, user_ids=list(user_ids))

    from lead_capture.messages.senders import SenderConfigError, build_sender

    try:
        sender = build_sender(app.config["MESSAGES"])
    except SenderConfigError as exc:
        log.error("messages will not be sent until the sender is configured: %s", exc)
        sender = None
    options.setdefault("sender", sender)
    options.setdefault("export_dir", Path(app.config["EXPORT_DIR"]))
    scheduler = FollowUpScheduler(app.extensions["livelead.sessions"], config=followup_config(app),
                                  notify=notify, **options)
    scheduler.start()

    def on_session_ended(sender, live_session_id: int) -> None:
        scheduler.schedule_push(live_session_id)

    session_ended.connect(on_session_ended, sender=app, weak=False)
    app.extensions["livelead.scheduler"] = scheduler
    atexit.register(scheduler.shutdown, wait=False)
    return scheduler
