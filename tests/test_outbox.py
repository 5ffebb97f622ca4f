"""The outbox: the right text reaches the right person, once, and nothing goes without consent."""

from __future__ import annotations

import json
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

import scripts_templates
from lead_capture.consent import record_consent, withdraw_consent
from lead_capture.followup.models import FollowUpTask
from lead_capture.messages import outbox
from lead_capture.messages.delivery import deliver_due
from lead_capture.messages.models import OutboxMessage
from lead_capture.messages.senders import Outgoing, Sender, SendResult
from lead_capture.models import Contact, ContactIdentity, DoNotCall
from livestream.models import LiveSession, Role, User
from run import main

PHONE = "+84905123456"
# 10:00 in Hồ Chí Minh City (UTC+7)
MORNING = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)
ORGANISATION = {"name": "BHXH huyện Cao Lãnh", "hotline": "0277 3851 234"}


def make_person(db, *, name="Nguyễn Thị Lan", phone=PHONE, consent=("sms",), segment=None, email=None) -> int:
    """A lead with one phone number who agreed to be contacted for `consent` purposes."""
    contact = Contact(name=name, interests=["bhxh_voluntary"], segment=segment or {}, province="Đồng Tháp")
    db.add(contact)
    db.flush()
    if phone:
        db.add(ContactIdentity(contact_id=contact.id, kind="phone", value=phone))
    if email:
        db.add(ContactIdentity(contact_id=contact.id, kind="email", value=email))
    for purpose in consent:
        record_consent(db, contact.id, purpose, True, channel="livestream",
                       wording="Đồng ý nhận tin nhắn tư vấn", evidence_kind="comment",
                       evidence="ok nhắn em nhé")
    db.flush()
    return contact.id


def make_task(db, contact_id: int, *, agent_name="Minh", outcome=None, callback_at=None, phone=PHONE) -> int:
    """A follow-up task of this person, assigned to an agent."""
    live = LiveSession(title="BHXH tự nguyện 20h")
    agent = User(email=f"agent-{uuid.uuid4().hex[:8]}@example.vn", name=agent_name, role=Role.AGENT)
    db.add_all([live, agent])
    db.flush()
    task = FollowUpTask(contact_id=contact_id, live_session_id=live.id, assignee_id=agent.id, due_at=MORNING,
                        phone=phone, interest="bhxh_voluntary", outcome=outcome, callback_at=callback_at)
    db.add(task)
    db.flush()
    return task.id


def survey_context(name="Nguyễn Thị Lan") -> dict:
    return {"person": {"name": name}, "agent": {"name": "Minh"}, "organisation": dict(ORGANISATION)}


class RecordingSender(Sender):
    """Sends nothing; remembers what it was given (optionally slowly, to overlap two runs)."""

    name = "recording"
    channels = frozenset({"sms", "zalo", "email"})

    def __init__(self, results=None, delay=0.0):
        self.sent: list[Outgoing] = []
        self.results = list(results or [])
        self.delay = delay
        self.lock = threading.Lock()

    def send(self, message: Outgoing) -> SendResult:
        time.sleep(self.delay)
        with self.lock:
            self.sent.append(message)
        return self.results.pop(0) if self.results else SendResult(True, provider_id=f"p{message.id}")


def queue(sessions, contact_id, channel="sms", template="survey", *, now=MORNING, **options) -> OutboxMessage:
    with sessions.begin() as db:
        return outbox.queue_message(db, contact_id, channel, template, survey_context(), now=now, **options)


def test_a_queued_message_reaches_the_person_with_their_name_and_our_hotline(sessions):
    with sessions.begin() as db:
        contact_id = make_person(db)
        task_id = make_task(db, contact_id)
        queued = outbox.queue_message(db, contact_id, "sms", "unreachable",
                                      {**survey_context(), "product": "BHXH tự nguyện"}, task_id=task_id,
                                      now=MORNING)
    assert queued.status == "queued" and queued.to_address == PHONE
    sender = RecordingSender()
    report = deliver_due(sessions, sender, now=MORNING)
    assert report.sent == 1 and len(sender.sent) == 1
    message = sender.sent[0]
    assert message.to_address == PHONE and message.channel == "sms"
    assert "chị Lan" in message.body and "0277 3851 234" in message.body
    with sessions() as db:
        stored = db.get(OutboxMessage, queued.id)
    assert stored.status == "sent" and stored.sent_at == MORNING and stored.provider_id == f"p{queued.id}"
    assert deliver_due(sessions, sender, now=MORNING + timedelta(hours=1)).sent == 0  # never twice


@pytest.mark.parametrize("channel", ["sms", "zalo", "email"])
def test_nothing_is_sent_on_a_channel_the_person_did_not_agree_to(sessions, channel):
    with sessions.begin() as db:
        contact_id = make_person(db, consent=("call",), email="lan@example.vn")
    message = queue(sessions, contact_id, channel)
    assert (message.status, message.reason) == ("blocked", "no_consent")
    sender = RecordingSender()
    assert deliver_due(sessions, sender, now=MORNING + timedelta(days=1)).sent == 0
    assert sender.sent == []


def test_consent_for_one_channel_does_not_open_another(sessions):
    with sessions.begin() as db:
        contact_id = make_person(db, consent=("zalo",))
    assert queue(sessions, contact_id, "zalo").status == "queued"
    assert queue(sessions, contact_id, "sms").reason == "no_consent"


@pytest.mark.parametrize("channel", ["sms", "zalo"])
def test_a_number_on_the_do_not_call_list_gets_no_sms_or_zalo(sessions, channel):
    with sessions.begin() as db:
        contact_id = make_person(db, consent=("sms", "zalo"))
        db.add(DoNotCall(phone=PHONE, source="national list", added_at=MORNING))
    assert queue(sessions, contact_id, channel).reason == "do_not_call"


def test_email_needs_an_address(sessions):
    with sessions.begin() as db:
        contact_id = make_person(db, consent=("email",))
    assert queue(sessions, contact_id, "email").reason == "no_address"


def test_consent_withdrawn_after_queueing_stops_the_message_at_delivery(sessions):
    with sessions.begin() as db:
        contact_id = make_person(db)
    message = queue(sessions, contact_id)
    with sessions.begin() as db:
        withdraw_consent(db, contact_id, channel="phone", evidence_kind="call_note", evidence="đừng nhắn nữa")
    sender = RecordingSender()
    report = deliver_due(sessions, sender, now=MORNING)
    assert report.blocked == 1 and sender.sent == []
    with sessions() as db:
        assert (db.get(OutboxMessage, message.id).status, db.get(OutboxMessage, message.id).reason) == \
            ("blocked", "withdrawn")


def test_an_sms_queued_late_at_night_waits_for_seven_in_the_morning(sessions):
    late = datetime(2026, 11, 24, 15, 30, tzinfo=UTC)  # 22:30 local
    seven = datetime(2026, 11, 25, 0, 0, tzinfo=UTC)  # 07:00 local next day
    with sessions.begin() as db:
        contact_id = make_person(db)
    message = queue(sessions, contact_id, now=late)
    assert (message.status, message.reason, message.next_attempt_at) == ("queued", "outside_window", seven)
    sender = RecordingSender()
    assert deliver_due(sessions, sender, now=late + timedelta(hours=1)).sent == 0
    assert deliver_due(sessions, sender, now=seven).sent == 1


def test_a_long_delivery_run_stops_sending_sms_at_ten_at_night(sessions):
    before_ten = datetime(2026, 11, 24, 14, 59, 50, tzinfo=UTC)  # 21:59:50 local
    with sessions.begin() as db:
        first, second = make_person(db), make_person(db, phone="+84911222333")
    queue(sessions, first, now=before_ten)
    queue(sessions, second, now=before_ten)
    moments = iter([before_ten, before_ten + timedelta(seconds=5), before_ten + timedelta(seconds=15)])
    report = deliver_due(sessions, RecordingSender(), now=before_ten, clock=lambda: next(moments))
    assert (report.sent, report.deferred) == (1, 1)


def test_a_zalo_message_has_no_sms_hours(sessions):
    late = datetime(2026, 11, 24, 15, 30, tzinfo=UTC)
    with sessions.begin() as db:
        contact_id = make_person(db, consent=("zalo",))
    assert queue(sessions, contact_id, "zalo", now=late).next_attempt_at == late


def test_a_fourth_sms_to_one_number_in_a_day_waits_for_the_next_day(sessions):
    with sessions.begin() as db:
        contact_id = make_person(db)
    for _ in range(4):
        queue(sessions, contact_id)
    sender = RecordingSender()
    report = deliver_due(sessions, sender, now=MORNING)
    assert (report.sent, report.deferred) == (3, 1)
    assert deliver_due(sessions, sender, now=MORNING + timedelta(hours=5)).sent == 0
    tomorrow = datetime(2026, 11, 25, 0, 0, tzinfo=UTC)  # 07:00 local
    assert deliver_due(sessions, sender, now=tomorrow).sent == 1
    assert len(sender.sent) == 4


def test_a_failing_gateway_is_retried_three_times_then_given_up_with_its_error(sessions):
    with sessions.begin() as db:
        contact_id = make_person(db)
    message = queue(sessions, contact_id)
    down = RecordingSender(results=[SendResult(False, "SMS gateway HTTP 503: busy")] * 3)
    assert deliver_due(sessions, down, now=MORNING).failed == 1
    assert deliver_due(sessions, down, now=MORNING + timedelta(minutes=1)).failed == 0  # waits first
    assert deliver_due(sessions, down, now=MORNING + timedelta(minutes=6)).failed == 1
    assert deliver_due(sessions, down, now=MORNING + timedelta(hours=1)).failed == 1
    assert deliver_due(sessions, down, now=MORNING + timedelta(days=1)).failed == 0
    assert len(down.sent) == 3
    with sessions() as db:
        stored = db.get(OutboxMessage, message.id)
    assert (stored.status, stored.attempts, stored.reason) == ("failed", 3, "gave_up")
    assert stored.error == "SMS gateway HTTP 503: busy"


def test_a_refused_address_is_not_retried(sessions):
    with sessions.begin() as db:
        contact_id = make_person(db)
    message = queue(sessions, contact_id)
    refused = RecordingSender(results=[SendResult(False, "HTTP 400: invalid number", retryable=False)])
    deliver_due(sessions, refused, now=MORNING)
    assert deliver_due(sessions, refused, now=MORNING + timedelta(days=1)).failed == 0
    with sessions() as db:
        assert db.get(OutboxMessage, message.id).reason == "refused"


def test_two_deliveries_running_at_once_send_every_message_exactly_once(sessions):
    with sessions.begin() as db:
        ids = [make_person(db, name=f"Người {i}", phone=f"+8490512{i:04d}") for i in range(12)]
    for contact_id in ids:
        queue(sessions, contact_id)
    sender = RecordingSender(delay=0.01)
    reports = []
    runs = [threading.Thread(target=lambda: reports.append(deliver_due(sessions, sender, now=MORNING)))
            for _ in range(3)]
    for run in runs:
        run.start()
    for run in runs:
        run.join()
    sent_ids = [m.id for m in sender.sent]
    assert len(sent_ids) == len(set(sent_ids)) == 12
    assert sum(r.sent for r in reports) == 12


def test_a_delivery_interrupted_mid_way_is_not_sent_again(sessions):
    with sessions.begin() as db:
        contact_id = make_person(db)
    message = queue(sessions, contact_id)
    with sessions.begin() as db:
        assert outbox.claim_message(db, message.id, now=MORNING).outcome == "claimed"
    # the process died here, after claiming and perhaps after sending
    sender = RecordingSender()
    report = deliver_due(sessions, sender, now=MORNING + timedelta(hours=1))
    assert report.interrupted == 1 and sender.sent == []
    with sessions() as db:
        assert db.get(OutboxMessage, message.id).reason == "interrupted"


def test_a_missing_template_variable_is_an_error_and_stores_nothing(sessions):
    with sessions.begin() as db:
        contact_id = make_person(db)
    context = {"person": {"name": "Lan"}, "product": "BHYT", "organisation": {"name": "BHXH"}}
    with pytest.raises(scripts_templates.MissingVariable, match="organisation.hotline"):
        with sessions.begin() as db:
            outbox.queue_message(db, contact_id, "sms", "unreachable", context, now=MORNING)
    with sessions() as db:
        assert db.scalars(select(OutboxMessage)).all() == []


def test_the_segment_variant_is_chosen_and_recorded(sessions):
    with sessions.begin() as db:
        contact_id = make_person(db, segment={"age_group": "60_plus"})
        message = outbox.queue_message(db, contact_id, "sms", "followup",
                                       {**survey_context(), "product": "BHXH tự nguyện"}, now=MORNING)
    assert message.template == "sms/followup.age_group-60_plus"
    assert "cô/chú Lan" in message.body and "con cháu" in message.body


def test_unknown_channel_is_refused(sessions):
    with sessions.begin() as db:
        contact_id = make_person(db)
        with pytest.raises(outbox.OutboxError, match="channel"):
            outbox.queue_message(db, contact_id, "fax", "survey", survey_context(), now=MORNING)


def test_outbox_send_command_delivers_and_reports(app, sessions, database_url, monkeypatch, capsys, caplog):
    with sessions.begin() as db:
        contact_id = make_person(db, consent=("zalo",))  # Zalo has no sending hours: any clock will do
    queue(sessions, contact_id, "zalo", now=datetime.now(UTC) - timedelta(minutes=1))
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("MESSAGE_SENDER", "logging")
    caplog.set_level("INFO", logger="lead_capture.messages.senders")
    assert main(["outbox", "send", "--quiet"]) == 0
    assert json.loads(capsys.readouterr().out)["sent"] == 1
    assert "xin chào anh/chị Lan" in caplog.text and PHONE not in caplog.text  # the number is masked
    monkeypatch.setenv("MESSAGE_SENDER", "carrier_pigeon")
    assert main(["outbox", "send", "--quiet"]) == 2
    assert "carrier_pigeon" in capsys.readouterr().err
