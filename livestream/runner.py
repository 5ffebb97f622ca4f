"""The source runner (shell): a thread per running source drives its connector and commits batches.

Each step fetches one batch, stores it with the cursor and health in one transaction, commits,
then calls `on_ingested(live_session_id, result)` (the app wires that to the `comments_ingested`
signal). Other committed console changes go to `on_change(change)` (the app publishes them):
comments the platform deleted, and the session's end once every one of its sources has seen its
stream end (the app then also sends `session_ended`). A failed store
throws the connector away, so the next one restarts from the stored cursor: nothing skipped.
Time, sleeping and jitter are injectable for tests.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable, Mapping

from sqlalchemy.orm import sessionmaker

from livestream import sources
from livestream.connectors.base import (
    Connector,
    CredentialsError,
    SourceEnded,
    SourceRejected,
    TransientError,
    backoff_delay,
    connector_class,
)
from livestream.db import utcnow
from livestream.models import CommentSource, SessionStatus

log = logging.getLogger(__name__)

OnIngested = Callable[[int, object], None]
OnChange = Callable[[object], None]
# Fixed settings, or a function read each time a connector starts (the settings page may change them).
Settings = Mapping[str, str] | Callable[[], Mapping[str, str]]


class SourceWorker:
    """Drives one source's connector, one `step()` at a time."""

    def __init__(self, sessions: sessionmaker, source_id: int, settings: Settings, *,
                 on_ingested: OnIngested | None = None,
                 on_change: OnChange | None = None, now=utcnow, rand=random.random,
                 connector_factory: Callable[[str], type[Connector]] = connector_class,
                 max_backoff: float = 120.0):
        self.sessions = sessions
        self.source_id = source_id
        self.settings = settings
        self.on_ingested = on_ingested or (lambda live_session_id, result: None)
        self.on_change = on_change or (lambda change: None)
        self.now = now
        self.rand = rand
        self.connector_factory = connector_factory
        self.max_backoff = max_backoff
        self.connector: Connector | None = None
        self.attempts = 0

    def _fail(self, status: str, message: str, *, count: bool = True) -> None:
        with self.sessions() as db:
            sources.record_failure(db, self.source_id, status, message, count=count, now=self.now())
            db.commit()

    def _drop_connector(self) -> None:
        if self.connector is not None:
            self.connector.close()
            self.connector = None

    def step(self) -> float | None:
        """Fetch and store one batch; the seconds to wait before the next step, or None to stop."""
        with self.sessions() as db:
            source = db.get(CommentSource, self.source_id)
            if source is None or source.live_session.status != SessionStatus.LIVE:
                self._drop_connector()
                return None
            if source.paused or source.status in sources.STOPPED:
                self._drop_connector()
                return None
            kind, ref, cursor = source.kind, source.external_ref, source.cursor
        if self.connector is None:
            settings = self.settings() if callable(self.settings) else self.settings
            self.connector = self.connector_factory(kind)(ref, cursor, settings)
        try:
            batch = self.connector.fetch()
        except CredentialsError as exc:
            self._drop_connector()
            self._fail("auth_failed", str(exc))
            return None
        except SourceEnded as exc:
            self._drop_connector()
            self._fail("ended", str(exc), count=False)
            self._stream_ended()
            return None
        except SourceRejected as exc:
            self._drop_connector()
            self._fail("rejected", str(exc))
            return None
        except TransientError as exc:
            return self._back_off(str(exc), exc.min_wait)
        except Exception as exc:  # a connector bug must not kill the runner: log, back off, retry
            log.exception("source %s: fetch failed", self.source_id)
            self._drop_connector()
            return self._back_off(f"{type(exc).__name__}: {exc}", 0.0)
        try:
            with self.sessions() as db:
                stored = sources.store_batch(db, self.source_id, batch, now=self.now())
                db.commit()
        except Exception as exc:
            log.exception("source %s: storing a batch failed", self.source_id)
            self._drop_connector()  # the next connector starts again from the stored cursor
            return self._back_off(f"storing comments failed: {type(exc).__name__}", 0.0)
        self.attempts = 0
        for change in stored.changes:  # deletions
            self.on_change(change)
        result = stored.ingested
        if result is not None and result.accepted:
            with self.sessions() as db:
                live_session_id = db.get(CommentSource, self.source_id).live_session_id
            self.on_ingested(live_session_id, result)
            problems = self.connector.after_stored(result.comments) if self.connector else []
            if problems:
                self._fail("connected", "; ".join(problems[-3:]))
        if batch.ended:
            self._drop_connector()
            self._stream_ended()
            return None
        return batch.wait

    def _stream_ended(self) -> None:
        with self.sessions() as db:
            change = sources.end_when_every_stream_ended(db, self.source_id, now=self.now())
            db.commit()
        if change is not None:
            self.on_change(change)

    def _back_off(self, message: str, min_wait: float) -> float:
        self.attempts += 1
        delay = max(backoff_delay(self.attempts, cap=self.max_backoff, rand=self.rand), min_wait)
        self._fail("backoff", f"{message} (retry in {delay:.0f} s)")
        return delay

    def run(self, stop: threading.Event) -> None:
        try:
            while not stop.is_set():
                wait = self.step()
                if wait is None or stop.wait(wait):
                    break
        finally:
            self._drop_connector()


class SourceRunner:
    """Starts a worker thread for each runnable source, rescanning every `scan_every` seconds."""

    def __init__(self, sessions: sessionmaker, settings: Settings, *,
                 on_ingested: OnIngested | None = None, on_change: OnChange | None = None,
                 scan_every: float = 5.0, **worker_options):
        self.sessions = sessions
        self.settings = settings
        self.on_ingested = on_ingested
        self.on_change = on_change
        self.scan_every = scan_every
        self.worker_options = worker_options
        self.workers: dict[int, threading.Thread] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def scan(self) -> None:
        """Start workers for runnable sources that have none running."""
        with self.sessions() as db:
            ids = [source.id for source in sources.runnable_sources(db)]
        for source_id in ids:
            thread = self.workers.get(source_id)
            if thread is not None and thread.is_alive():
                continue
            worker = SourceWorker(self.sessions, source_id, self.settings,
                                  on_ingested=self.on_ingested, on_change=self.on_change,
                                  **self.worker_options)
            thread = threading.Thread(target=worker.run, args=(self._stop,), daemon=True,
                                      name=f"source-{source_id}")
            self.workers[source_id] = thread
            thread.start()

    def _supervise(self) -> None:
        while not self._stop.is_set():
            try:
                self.scan()
            except Exception:
                log.exception("source runner: scan failed")
            self._stop.wait(self.scan_every)

    def start(self) -> SourceRunner:
        self._stop.clear()
        self._thread = threading.Thread(target=self._supervise, daemon=True, name="source-runner")
        self._thread.start()
        return self

    def stop(self, timeout: float = 30.0) -> None:
        """Stop every worker after its current step (a batch is stored whole or not at all)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
        for thread in self.workers.values():
            thread.join(timeout)
        self.workers.clear()
