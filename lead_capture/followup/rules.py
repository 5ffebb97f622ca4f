"""Contact rules as plain functions of time: due times, calling windows, daily limits, retries.

Pure (stdlib only). Every moment in and out is timezone-aware; local times are in the
organisation's zone (`FollowUpConfig.timezone`). A person may have agreed to other hours:
`Contact.segment["contact_hours"] = {"call": "18:00-20:30", "sms": "06:00-23:00"}` replaces the
legal window for that person and channel (the agent records it with the consent, see README).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from lead_capture.followup.config import ConfigError, FollowUpConfig, Window

AGREED_HOURS_KEY = "contact_hours"


def _aware(moment: datetime, what: str = "time") -> datetime:
    if moment.tzinfo is None:
        raise ValueError(f"{what}: naive datetime given; follow-up needs timezone-aware times")
    return moment


def local_day_start(now: datetime, cfg: FollowUpConfig) -> datetime:
    """The start of the organisation's local day containing `now`, in UTC ("per day" limits)."""
    local = _aware(now).astimezone(cfg.tz)
    return local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)


def next_local_day_start(now: datetime, cfg: FollowUpConfig) -> datetime:
    local = _aware(now).astimezone(cfg.tz)
    midnight = datetime.combine(local.date() + timedelta(days=1), time(), tzinfo=cfg.tz)
    return midnight.astimezone(UTC)


def next_opening(at: datetime, window: Window, cfg: FollowUpConfig) -> datetime:
    """The earliest moment at or after `at` whose local time lies inside `window`."""
    local = _aware(at).astimezone(cfg.tz)
    if window.contains(local.timetz().replace(tzinfo=None)):
        return at
    opening = datetime.combine(local.date(), window.start, tzinfo=cfg.tz)
    if opening < local:
        opening = datetime.combine(local.date() + timedelta(days=1), window.start, tzinfo=cfg.tz)
    return opening.astimezone(UTC)


def _is_working_day(day, cfg: FollowUpConfig) -> bool:
    return day.weekday() in cfg.working_days and day not in cfg.holidays


def next_working_moment(at: datetime, cfg: FollowUpConfig) -> datetime:
    """`at` if it falls in working hours on a working day, else the next working opening."""
    local = _aware(at).astimezone(cfg.tz)
    hours = cfg.working_hours
    day = local.date()
    for _ in range(400):  # a year of holidays at most
        if _is_working_day(day, cfg):
            start = datetime.combine(day, hours.start, tzinfo=cfg.tz)
            end = datetime.combine(day, hours.end, tzinfo=cfg.tz)
            if local < end:
                return max(local, start).astimezone(UTC)
        day += timedelta(days=1)
    raise ConfigError("working_hours: no working day in the next 400 days")


def add_working_hours(start: datetime, hours: float, cfg: FollowUpConfig) -> datetime:
    """`start` plus `hours` counted only inside working hours on working days."""
    remaining = timedelta(hours=hours)
    moment = next_working_moment(start, cfg)
    while True:
        local = moment.astimezone(cfg.tz)
        end = datetime.combine(local.date(), cfg.working_hours.end, tzinfo=cfg.tz)
        left_today = end - local
        if remaining <= left_today:
            return (local + remaining).astimezone(UTC)
        remaining -= left_today
        moment = next_working_moment(end.astimezone(UTC), cfg)


def due_at(tier: str, created_at: datetime, cfg: FollowUpConfig) -> datetime:
    """When a lead of `tier` must have been contacted (unknown tiers are treated as cold)."""
    rule = cfg.due.get(tier) or cfg.due["cold"]
    if rule.clock == "working":
        return add_working_hours(created_at, rule.hours, cfg)
    return next_working_moment(_aware(created_at) + timedelta(hours=rule.hours), cfg)


def agreed_window(segment: Mapping | None, channel: str) -> Window | None:
    """The hours this person agreed to for `channel`, if recorded and readable."""
    hours = (segment or {}).get(AGREED_HOURS_KEY)
    if not isinstance(hours, Mapping) or not hours.get(channel):
        return None
    try:
        return Window.parse(hours[channel])
    except ConfigError:
        return None  # unreadable data never widens the legal window


def contact_window(channel: str, segment: Mapping | None, cfg: FollowUpConfig) -> Window:
    return agreed_window(segment, channel) or cfg.window(channel)


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: str                       # ok / outside_window / daily_limit
    not_before: datetime | None = None  # when it would be allowed (None when allowed now)


def may_contact_now(channel: str, now: datetime, *, sent_today: int, cfg: FollowUpConfig,
                    segment: Mapping | None = None, promised: bool = False) -> Decision:
    """Whether a call / SMS to one number may happen at `now`, given how many went out today.

    `promised`: a callback the person asked for, which the daily call limit does not hold back.
    """
    window = contact_window(channel, segment, cfg)
    if not promised and sent_today >= cfg.daily_limit(channel):
        tomorrow = next_local_day_start(now, cfg)
        return Decision(False, "daily_limit", next_opening(tomorrow, window, cfg))
    opening = next_opening(now, window, cfg)
    if opening != now:
        return Decision(False, "outside_window", opening)
    return Decision(True, "ok")


def next_call_after_no_answer(unanswered: int, last_at: datetime, *, calls_today: int,
                              cfg: FollowUpConfig, segment: Mapping | None = None) -> datetime | None:
    """When to try again after the `unanswered`-th unanswered call; None: give up (unreachable).

    The configured wait comes first; the calling window and the daily limit (counting
    `calls_today`, this call included) then move it to the next moment the law allows.
    """
    if unanswered >= cfg.max_calls:
        return None
    at = _aware(last_at) + timedelta(hours=cfg.spacing_hours[unanswered - 1])
    if calls_today >= cfg.calls_per_number_per_day:
        at = max(at, next_local_day_start(last_at, cfg))
    return next_opening(at, contact_window("call", segment, cfg), cfg)


def callback_problem(callback_at: datetime | None, now: datetime, *, cfg: FollowUpConfig,
                     segment: Mapping | None = None) -> tuple[str, dict] | None:
    """Why a promised callback time cannot be scheduled, as (English message id, values), or None."""
    if callback_at is None:
        return "A callback needs the time the person asked to be called back.", {}
    if callback_at.tzinfo is None:
        return "The callback time must include its time zone.", {}
    if callback_at <= now:
        return "The callback time must be in the future.", {}
    window = contact_window("call", segment, cfg)
    local = callback_at.astimezone(cfg.tz)
    if not window.contains(local.time()):
        return ("Calls are allowed only %(window)s local time and the person has not agreed to "
                "other hours; choose a time in that window.", {"window": str(window)})
    return None
