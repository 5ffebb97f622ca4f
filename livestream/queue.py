"""The order of the question queue (pure). `static/console.js` applies the same rule live.

Rule: pinned questions first; then by priority = askers + minutes waiting / MINUTES_PER_ASKER,
highest first (one more person asking counts as much as two more minutes of waiting); ties by
who asked first. A question "waits" from its first ask, or from when it was reopened.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

MINUTES_PER_ASKER = 2.0
WAITING = ("open", "on_air")


@dataclass(frozen=True)
class QueueItem:
    id: int
    status: str
    pinned: bool
    askers: int
    waiting_since: datetime


def priority(item: QueueItem, now: datetime) -> float:
    minutes = max((now - item.waiting_since).total_seconds(), 0.0) / 60.0
    return item.askers + minutes / MINUTES_PER_ASKER


def queue_order(items: list[QueueItem], now: datetime) -> list[QueueItem]:
    """Open questions in the order the moderator should take them (on-air one excluded)."""
    waiting = [i for i in items if i.status == "open"]
    return sorted(waiting, key=lambda i: (not i.pinned, -priority(i, now), i.waiting_since, i.id))


def is_overdue(item: QueueItem, now: datetime, overdue_minutes: float) -> bool:
    return item.status in WAITING and (now - item.waiting_since).total_seconds() > overdue_minutes * 60
