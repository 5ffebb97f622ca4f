"""Delivering the outbox: claim, send, record, each message in transactions of its own.

This is shell, not a service: it commits, because a message must be marked as claimed (and
that mark be durable) before it leaves, and marked sent right after. Running it twice at once,
from two processes, sends each message once. Called by `python run.py outbox send` and by a
scheduler job.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy.orm import sessionmaker

from lead_capture.followup.config import FollowUpConfig
from lead_capture.messages import outbox
from lead_capture.messages.senders import Sender, SendResult


@dataclass
class DeliveryReport:
    sent: int = 0
    failed: int = 0       # this attempt failed (retried later if allowed)
    blocked: int = 0      # consent withdrawn or number listed since it was queued
    deferred: int = 0     # outside the SMS window or past the daily limit: waits
    taken: int = 0        # claimed by another run meanwhile
    interrupted: int = 0  # left "sending" by a crashed run; not retried

    def as_dict(self) -> dict:
        return asdict(self)


def deliver_due(sessions: sessionmaker, sender: Sender, *, now: datetime, limit: int = 500,
                config: FollowUpConfig | None = None, max_attempts: int = outbox.MAX_ATTEMPTS,
                clock: Callable[[], datetime] | None = None,
                progress: Callable[[str, int], None] | None = None) -> DeliveryReport:
    """Send up to `limit` messages due at `now` through `sender`; `progress(outcome, id)` per message.

    `clock`, when given, dates each claim and result as it happens, so a long run that passes
    22:00 stops sending SMS at 22:00 (a test passes `now` alone and gets a frozen clock).
    """
    clock = clock or (lambda: now)
    report = DeliveryReport()
    with sessions.begin() as db:
        report.interrupted = outbox.release_stale_claims(db, now=now)
        ids = outbox.due_message_ids(db, now=now, channels=sender.channels, limit=limit,
                                     max_attempts=max_attempts)
    for message_id in ids:
        with sessions.begin() as db:
            claim = outbox.claim_message(db, message_id, now=clock(), config=config,
                                         max_attempts=max_attempts)
        if claim.outcome == "claimed":
            try:
                result = sender.send(claim.message)
            except Exception as exc:  # a sender bug must not leave the message claimed for ever
                result = SendResult(False, f"{type(exc).__name__}: {exc}")
            with sessions.begin() as db:
                outbox.record_result(db, message_id, result, now=clock(), max_attempts=max_attempts)
            outcome = "sent" if result.ok else "failed"
        else:
            outcome = claim.outcome
        setattr(report, outcome, getattr(report, outcome) + 1)
        if progress:
            progress(outcome, message_id)
    return report
