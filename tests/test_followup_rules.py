"""Contact rules as functions of time: due times, calling windows, limits, retries (no database)."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from lead_capture.followup.config import ConfigError, load_config, parse_config
from lead_capture.followup.rules import (
    add_working_hours,
    callback_problem,
    due_at,
    local_day_start,
    may_contact_now,
    next_call_after_no_answer,
)

VN = ZoneInfo("Asia/Ho_Chi_Minh")
CFG = load_config()


def at(day: int, hour: int, minute: int = 0, tz=VN) -> datetime:
    """A moment in November 2026 (the 23rd is a Monday), local time."""
    return datetime(2026, 11, day, hour, minute, tzinfo=tz)


def local(moment: datetime, tz=VN) -> datetime:
    return moment.astimezone(tz)


def test_default_rules_are_the_law_and_the_issue():
    assert CFG.timezone == "Asia/Ho_Chi_Minh"
    assert (str(CFG.call_window), str(CFG.sms_window)) == ("08:00-17:00", "07:00-22:00")
    assert (CFG.calls_per_number_per_day, CFG.sms_per_number_per_day, CFG.max_calls) == (1, 3, 3)


def test_hot_lead_in_the_morning_is_due_two_working_hours_later():
    assert local(due_at("hot", at(23, 9), CFG)) == at(23, 11)


def test_hot_lead_late_in_the_afternoon_is_due_the_next_morning():
    assert local(due_at("hot", at(23, 16, 30), CFG)) == at(24, 9, 30)


def test_hot_lead_on_friday_evening_is_due_on_monday():
    assert local(due_at("hot", at(27, 20), CFG)) == at(30, 10)


def test_warm_and_cold_leads_are_due_a_day_and_three_days_later():
    assert local(due_at("warm", at(24, 10), CFG)) == at(25, 10)
    assert local(due_at("cold", at(23, 10), CFG)) == at(26, 10)


def test_a_due_time_falling_on_the_weekend_moves_to_monday_morning():
    assert local(due_at("warm", at(27, 10), CFG)) == at(30, 8)


def test_holidays_are_not_working_days():
    cfg = parse_config({"working_hours": {"holidays": ["2026-11-24"]}})
    assert local(due_at("hot", at(23, 16), cfg)) == at(25, 9)


def test_unknown_tier_is_treated_as_cold():
    assert due_at("lukewarm", at(23, 10), CFG) == due_at("cold", at(23, 10), CFG)


def test_working_hours_are_counted_in_the_organisations_time_zone():
    created = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # 09:00 in Hanoi, 03:00 in Paris
    assert local(due_at("hot", created, CFG)) == at(23, 11)
    paris = CFG.with_timezone("Europe/Paris")
    assert local(due_at("hot", created, paris), paris.tz) == at(23, 10, tz=paris.tz)


def test_many_working_hours_span_several_days():
    assert local(add_working_hours(at(23, 8), 27, CFG)) == at(25, 17)  # three full days of 9 h
    assert local(add_working_hours(at(23, 8), 28, CFG)) == at(26, 9)


@pytest.mark.parametrize(("hour", "minute", "call", "sms"), [
    (6, 59, False, False), (7, 0, False, True), (7, 59, False, True), (8, 0, True, True),
    (12, 0, True, True), (16, 59, True, True), (17, 0, False, True), (21, 59, False, True),
    (22, 0, False, False), (23, 30, False, False),
])
def test_calling_and_sms_windows_across_the_day(hour, minute, call, sms):
    now = at(24, hour, minute)
    assert may_contact_now("call", now, sent_today=0, cfg=CFG).allowed is call
    assert may_contact_now("sms", now, sent_today=0, cfg=CFG).allowed is sms


def test_calling_window_is_local_time_not_utc():
    morning_in_hanoi = datetime(2026, 11, 24, 1, 30, tzinfo=UTC)  # 08:30 in Hanoi
    assert may_contact_now("call", morning_in_hanoi, sent_today=0, cfg=CFG).allowed
    night_in_paris = CFG.with_timezone("Europe/Paris")  # 02:30 in Paris
    decision = may_contact_now("call", morning_in_hanoi, sent_today=0, cfg=night_in_paris)
    assert (decision.allowed, decision.reason) == (False, "outside_window")
    assert local(decision.not_before, night_in_paris.tz) == at(24, 8, tz=night_in_paris.tz)


def test_outside_the_window_says_when_calls_may_start_again():
    decision = may_contact_now("call", at(24, 18), sent_today=0, cfg=CFG)
    assert local(decision.not_before) == at(25, 8)


def test_person_who_agreed_to_evening_calls_may_be_called_in_the_evening_only():
    segment = {"contact_hours": {"call": "18:00-20:30"}}
    assert may_contact_now("call", at(24, 19), sent_today=0, cfg=CFG, segment=segment).allowed
    assert not may_contact_now("call", at(24, 10), sent_today=0, cfg=CFG, segment=segment).allowed
    # The agreement is per channel: SMS keep the legal window.
    assert not may_contact_now("sms", at(24, 23), sent_today=0, cfg=CFG, segment=segment).allowed


def test_an_agreed_window_may_wrap_past_midnight():
    segment = {"contact_hours": {"sms": "21:00-06:30"}}
    assert may_contact_now("sms", at(24, 23), sent_today=0, cfg=CFG, segment=segment).allowed
    assert may_contact_now("sms", at(25, 6), sent_today=0, cfg=CFG, segment=segment).allowed
    assert not may_contact_now("sms", at(25, 7), sent_today=0, cfg=CFG, segment=segment).allowed


def test_unreadable_agreed_hours_never_widen_the_legal_window():
    segment = {"contact_hours": {"call": "whenever"}}
    assert not may_contact_now("call", at(24, 20), sent_today=0, cfg=CFG, segment=segment).allowed


def test_one_call_and_three_sms_per_number_per_day():
    assert not may_contact_now("call", at(24, 10), sent_today=1, cfg=CFG).allowed
    assert may_contact_now("sms", at(24, 10), sent_today=2, cfg=CFG).allowed
    decision = may_contact_now("sms", at(24, 10), sent_today=3, cfg=CFG)
    assert decision.reason == "daily_limit"
    assert local(decision.not_before) == at(25, 7)


def test_a_promised_callback_is_not_held_back_by_the_daily_call_limit():
    assert may_contact_now("call", at(24, 15), sent_today=1, cfg=CFG, promised=True).allowed


def test_the_local_day_starts_at_local_midnight():
    assert local(local_day_start(at(24, 0, 30), CFG)) == at(24, 0)
    assert local_day_start(at(24, 23, 59), CFG) == local_day_start(at(24, 0, 0), CFG)


def test_unanswered_calls_are_retried_later_then_given_up():
    first = at(24, 9)
    second = next_call_after_no_answer(1, first, calls_today=1, cfg=CFG)
    assert local(second) == at(25, 8)  # 2 h later would be a second call today: next morning
    third = next_call_after_no_answer(2, second, calls_today=1, cfg=CFG)
    assert local(third) == at(26, 8)
    assert next_call_after_no_answer(3, third, calls_today=1, cfg=CFG) is None


def test_retry_spacing_applies_as_configured_when_the_daily_limit_allows():
    cfg = parse_config({"limits": {"calls_per_number_per_day": 3}})
    assert local(next_call_after_no_answer(1, at(24, 9), calls_today=1, cfg=cfg)) == at(24, 11)
    # A wait ending after hours moves to the next morning.
    assert local(next_call_after_no_answer(1, at(24, 16), calls_today=1, cfg=cfg)) == at(25, 8)


def test_a_callback_must_be_in_the_future_and_in_calling_hours():
    now = at(24, 10)
    assert callback_problem(at(24, 15), now, cfg=CFG) is None
    assert "future" in callback_problem(at(24, 9), now, cfg=CFG)[0]
    assert "time" in callback_problem(None, now, cfg=CFG)[0]
    message, values = callback_problem(at(24, 19), now, cfg=CFG)
    assert "not agreed" in message and values == {"window": "08:00-17:00"}
    assert callback_problem(at(24, 19), now, cfg=CFG,
                            segment={"contact_hours": {"call": "18:00-20:00"}}) is None


def test_naive_times_are_refused():
    with pytest.raises(ValueError, match="naive"):
        due_at("hot", datetime(2026, 11, 24, 9), CFG)
    assert "time zone" in callback_problem(datetime(2026, 11, 25, 9), at(24, 10), cfg=CFG)[0]


@pytest.mark.parametrize(("data", "named"), [
    ({"windows": {"call": "8h-17h"}}, "windows.call"),
    ({"due": {"boiling": {"hours": 1}}}, "due.boiling"),
    ({"due": {"hot": {"hours": -1}}}, "due.hot.hours"),
    ({"due": {"hot": {"hours": 2, "clock": "lunar"}}}, "due.hot.clock"),
    ({"timezone": "Mars/Olympus"}, "timezone"),
    ({"attempts": {"max_calls": 4, "spacing_hours": [2]}}, "attempts.spacing_hours"),
    ({"working_hours": {"days": ["mon", "funday"]}}, "working_hours.days"),
    ({"working_hours": {"holidays": ["24/11/2026"]}}, "working_hours.holidays"),
    ({"limits": {"calls_per_number_per_day": 0}}, "limits.calls_per_number_per_day"),
])
def test_bad_configuration_names_what_is_wrong(data, named):
    with pytest.raises(ConfigError, match=named.replace(".", r"\.")):
        parse_config(data)


def test_configuration_file_is_read_and_a_missing_one_is_named(tmp_path):
    path = tmp_path / "followup.toml"
    path.write_text('timezone = "Asia/Bangkok"\n[due]\nhot = { hours = 1, clock = "working" }\n')
    cfg = load_config(path)
    assert cfg.timezone == "Asia/Bangkok" and cfg.due["hot"].hours == 1
    assert cfg.due["warm"].hours == 24  # the rest keeps its default
    with pytest.raises(ConfigError, match="no such"):
        load_config(tmp_path / "missing.toml")


def test_holiday_list_is_dates():
    assert parse_config({"working_hours": {"holidays": ["2026-09-02"]}}).holidays == {date(2026, 9, 2)}


def test_retry_waits_are_hours_after_the_call():
    cfg = parse_config({"limits": {"calls_per_number_per_day": 5}, "attempts": {"spacing_hours": [3, 5]}})
    first = at(24, 8)
    assert next_call_after_no_answer(1, first, calls_today=1, cfg=cfg) - first == timedelta(hours=3)
