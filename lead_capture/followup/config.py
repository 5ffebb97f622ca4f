"""The follow-up rules of the organisation, read from followup.toml (pure: stdlib only)."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, time
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_PATH = Path(__file__).with_name("followup.toml")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
TIERS = ("hot", "warm", "cold")


class ConfigError(ValueError):
    """followup.toml (or an override) says something that cannot be used; the message names it."""


@dataclass(frozen=True)
class Window:
    """Local hours [start, end); a window whose end is before its start wraps past midnight."""

    start: time
    end: time

    @classmethod
    def parse(cls, text: str, *, what: str = "window") -> Window:
        try:
            start, end = (time.fromisoformat(part.strip()) for part in str(text).split("-"))
        except ValueError:
            raise ConfigError(f"{what}: {text!r} is not a window like '08:00-17:00'") from None
        if start == end:
            raise ConfigError(f"{what}: {text!r} is empty (start equals end)")
        return cls(start, end)

    def contains(self, moment: time) -> bool:
        if self.start < self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


@dataclass(frozen=True)
class DueRule:
    hours: float
    clock: str  # "working" or "calendar"


@dataclass(frozen=True)
class FollowUpConfig:
    timezone: str = "Asia/Ho_Chi_Minh"
    due: Mapping[str, DueRule] = field(default_factory=lambda: {
        "hot": DueRule(2, "working"), "warm": DueRule(24, "calendar"), "cold": DueRule(72, "calendar")})
    working_hours: Window = Window(time(8), time(17))
    working_days: frozenset[int] = frozenset(range(5))  # Monday = 0
    holidays: frozenset[date] = frozenset()
    call_window: Window = Window(time(8), time(17))
    sms_window: Window = Window(time(7), time(22))
    calls_per_number_per_day: int = 1
    sms_per_number_per_day: int = 3
    max_calls: int = 3
    spacing_hours: tuple[float, ...] = (2, 24)
    push_every_seconds: float = 60
    due_scan_every_seconds: float = 60
    rescore_hour: int = 2
    push_lookback_days: float = 7
    overdue_grace_minutes: float = 30
    skill_aliases: Mapping[str, str] = field(default_factory=dict)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def window(self, channel: str) -> Window:
        if channel == "call":
            return self.call_window
        if channel == "sms":
            return self.sms_window
        raise ConfigError(f"channel: {channel!r} has no contact window (call or sms)")

    def daily_limit(self, channel: str) -> int:
        return {"call": self.calls_per_number_per_day, "sms": self.sms_per_number_per_day}[channel]

    def with_timezone(self, name: str | None) -> FollowUpConfig:
        return self if not name else replace(self, timezone=_timezone(name))


def _timezone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"timezone: {name!r} is not an IANA time zone like 'Asia/Ho_Chi_Minh'") from None
    return name


def _positive(value, what: str, *, integer: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0 or (
            integer and not isinstance(value, int)):
        kind = "a positive whole number" if integer else "a positive number"
        raise ConfigError(f"{what}: {value!r} must be {kind}")
    return value


def parse_config(data: Mapping, *, timezone: str | None = None) -> FollowUpConfig:
    """A FollowUpConfig from followup.toml's tables; anything missing keeps its default."""
    base = FollowUpConfig()
    due = dict(base.due)
    for tier, rule in (data.get("due") or {}).items():
        if tier not in TIERS:
            raise ConfigError(f"due.{tier}: unknown tier (expected one of {', '.join(TIERS)})")
        clock = rule.get("clock", "calendar")
        if clock not in ("working", "calendar"):
            raise ConfigError(f"due.{tier}.clock: {clock!r} must be 'working' or 'calendar'")
        due[tier] = DueRule(float(_positive(rule.get("hours"), f"due.{tier}.hours")), clock)
    work = data.get("working_hours") or {}
    days = work.get("days", [DAYS[d] for d in sorted(base.working_days)])
    unknown = [d for d in days if d not in DAYS]
    if unknown or not days:
        raise ConfigError(f"working_hours.days: {unknown or days!r} (expected names among {', '.join(DAYS)})")
    try:
        holidays = frozenset(date.fromisoformat(str(d)) for d in work.get("holidays", []))
    except ValueError as exc:
        raise ConfigError(f"working_hours.holidays: {exc}") from None
    windows = data.get("windows") or {}
    limits = data.get("limits") or {}
    attempts = data.get("attempts") or {}
    spacing = tuple(float(_positive(h, "attempts.spacing_hours")) for h in
                    attempts.get("spacing_hours", base.spacing_hours))
    max_calls = int(_positive(attempts.get("max_calls", base.max_calls), "attempts.max_calls", integer=True))
    if len(spacing) < max_calls - 1:
        raise ConfigError(f"attempts.spacing_hours: {max_calls} calls need {max_calls - 1} waits, "
                          f"got {len(spacing)}")
    sched = data.get("scheduler") or {}
    hours = Window.parse(work.get("hours", str(base.working_hours)), what="working_hours.hours")
    if hours.start > hours.end:
        raise ConfigError("working_hours.hours: working hours may not wrap past midnight")
    rescore_hour = sched.get("rescore_hour", base.rescore_hour)
    if not isinstance(rescore_hour, int) or not 0 <= rescore_hour <= 23:
        raise ConfigError(f"scheduler.rescore_hour: {rescore_hour!r} must be an hour 0-23")
    return FollowUpConfig(
        timezone=_timezone(timezone or data.get("timezone", base.timezone)),
        due=due,
        working_hours=hours,
        working_days=frozenset(DAYS.index(d) for d in days),
        holidays=holidays,
        call_window=Window.parse(windows.get("call", str(base.call_window)), what="windows.call"),
        sms_window=Window.parse(windows.get("sms", str(base.sms_window)), what="windows.sms"),
        calls_per_number_per_day=int(_positive(limits.get("calls_per_number_per_day", 1),
                                               "limits.calls_per_number_per_day", integer=True)),
        sms_per_number_per_day=int(_positive(limits.get("sms_per_number_per_day", 3),
                                             "limits.sms_per_number_per_day", integer=True)),
        max_calls=max_calls,
        spacing_hours=spacing[: max_calls - 1],
        rescore_hour=rescore_hour,
        **{name: float(_positive(sched.get(name, getattr(base, name)), f"scheduler.{name}"))
           for name in ("push_every_seconds", "due_scan_every_seconds", "push_lookback_days",
                        "overdue_grace_minutes")},
        skill_aliases=dict(data.get("skill_aliases") or {}),
    )


def load_config(path: Path | str | None = None, *, timezone: str | None = None) -> FollowUpConfig:
    """The rules in `path` (default: the packaged followup.toml), in `timezone` if given."""
    if path is None:
        return _default_config().with_timezone(timezone)
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such follow-up configuration file") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    return parse_config(data, timezone=timezone)


@lru_cache(maxsize=1)
def _default_config() -> FollowUpConfig:
    return parse_config(tomllib.loads(DEFAULT_PATH.read_text(encoding="utf-8")))
