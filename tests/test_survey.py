"""Satisfaction surveys: sent after a call that reached the person, on a channel they agreed to;
replies recorded from the webhook or typed in by staff."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from lead_capture.consent import may_contact
from lead_capture.messages.models import OutboxMessage, SurveyReply
from lead_capture.messages.subscribers import messages_after_outcome
from lead_capture.messages.survey import (
    SurveyReplyError,
    is_opt_out,
    record_survey_reply,
    score_in_text,
)
from lead_capture.signals import outcome_recorded
from tests.test_outbox import MORNING, ORGANISATION, PHONE, make_person, make_task

TOKEN = "survey-token"
SECRET = "survey-secret"


@pytest.fixture
def configured(app):
    app.config["MESSAGES"] = {"SURVEY_WEBHOOK_TOKEN": TOKEN, "SURVEY_WEBHOOK_SECRET": SECRET,
                              "LIVELEAD_ORGANISATION_NAME": ORGANISATION["name"],
                              "LIVELEAD_ORGANISATION_HOTLINE": ORGANISATION["hotline"]}
    return app


def outbox_of(sessions, contact_id) -> list[OutboxMessage]:
    with sessions() as db:
        return list(db.scalars(select(OutboxMessage).where(OutboxMessage.contact_id == contact_id)
                               .order_by(OutboxMessage.id)))


def after(sessions, task_id, outcome, now=MORNING):
    with sessions.begin() as db:
        return messages_after_outcome(db, task_id, outcome, now=now, organisation=ORGANISATION)


# ---- reading replies --------------------------------------------------------------------------

@pytest.mark.parametrize("text, score", [("5", 5), ("4 sao, tư vấn nhiệt tình", 4), ("chấm 3/5 thôi", 3),
                                         ("Rất hài lòng: 5!", 5), ("10 điểm", None), ("hài lòng", None),
                                         ("0905123456", None), ("6", None)])
def test_the_score_is_read_from_what_people_actually_reply(text, score):
    assert score_in_text(text) == score


@pytest.mark.parametrize("text", ["TC", "tc", " Từ chối ", "STOP", "tu choi."])
def test_an_opt_out_reply_is_recognised(text):
    assert is_opt_out(text)
    assert not is_opt_out("5 cảm ơn")


# ---- after an outcome -------------------------------------------------------------------------

@pytest.mark.parametrize("outcome", ["enrolled", "callback", "declined"])
def test_a_reached_person_gets_a_survey_sms_naming_their_agent(sessions, outcome):
    with sessions.begin() as db:
        contact_id = make_person(db)
        task_id = make_task(db, contact_id, agent_name="Phạm Minh",
                            callback_at=MORNING + timedelta(days=1) if outcome == "callback" else None)
    after(sessions, task_id, outcome)
    survey = [m for m in outbox_of(sessions, contact_id) if m.template == "sms/survey"]
    assert len(survey) == 1 and survey[0].status == "queued" and survey[0].to_address == PHONE
    assert "trao đổi với Phạm Minh" in survey[0].body and "từ 1" in survey[0].body
    assert survey[0].task_id == task_id


def test_the_survey_goes_by_zalo_when_only_zalo_was_agreed(sessions):
    with sessions.begin() as db:
        contact_id = make_person(db, consent=("zalo",))
        task_id = make_task(db, contact_id)
    after(sessions, task_id, "enrolled")
    (message,) = outbox_of(sessions, contact_id)
    assert (message.channel, message.status) == ("zalo", "queued")


def test_no_survey_is_sent_to_someone_who_agreed_only_to_calls(sessions):
    with sessions.begin() as db:
        contact_id = make_person(db, consent=("call",))
        task_id = make_task(db, contact_id)
    after(sessions, task_id, "declined")
    (message,) = outbox_of(sessions, contact_id)
    assert (message.status, message.reason) == ("blocked", "no_consent")


def test_one_survey_per_task_however_often_the_outcome_is_signalled(sessions):
    with sessions.begin() as db:
        contact_id = make_person(db)
        task_id = make_task(db, contact_id)
    after(sessions, task_id, "callback")
    after(sessions, task_id, "enrolled")
    assert [m.template for m in outbox_of(sessions, contact_id)] == ["sms/survey"]


def test_an_unanswered_call_sends_nothing_until_the_task_closes_unreachable(sessions):
    with sessions.begin() as db:
        contact_id = make_person(db)
        task_id = make_task(db, contact_id)
    assert after(sessions, task_id, "no_answer").queued == []
    with sessions.begin() as db:
        task_id = make_task(db, contact_id, outcome="unreachable")
    after(sessions, task_id, "no_answer")  # the engine closed it: the signal carries either outcome
    (message,) = outbox_of(sessions, contact_id)
    assert message.template == "sms/unreachable" and message.status == "queued"
    assert "chưa liên lạc được" in message.body and ORGANISATION["hotline"] in message.body


def test_the_unreachable_fallback_needs_sms_consent(sessions):
    with sessions.begin() as db:
        contact_id = make_person(db, consent=("zalo",))
        task_id = make_task(db, contact_id, outcome="unreachable")
    after(sessions, task_id, "unreachable")
    (message,) = outbox_of(sessions, contact_id)
    assert (message.channel, message.status, message.reason) == ("sms", "blocked", "no_consent")


def test_a_promised_callback_is_announced_an_hour_before(sessions):
    callback = MORNING + timedelta(days=1)  # 10:00 local tomorrow
    with sessions.begin() as db:
        contact_id = make_person(db)
        task_id = make_task(db, contact_id, callback_at=callback)
    after(sessions, task_id, "callback")
    reminder = [m for m in outbox_of(sessions, contact_id) if m.template == "sms/callback_reminder"]
    assert reminder[0].next_attempt_at == callback - timedelta(hours=1)
    assert "lúc 10:00 ngày 25/11" in reminder[0].body


def test_without_a_hotline_the_survey_still_goes_and_the_reminder_is_reported(sessions):
    with sessions.begin() as db:
        contact_id = make_person(db)
        task_id = make_task(db, contact_id, callback_at=MORNING + timedelta(days=1))
        result = messages_after_outcome(db, task_id, "callback", now=MORNING,
                                        organisation={"name": ORGANISATION["name"]})
    assert [m.template for m in result.queued] == ["sms/survey"]
    assert result.problems == ["template 'sms/callback_reminder' needs the variable 'organisation.hotline', "
                               "which was not given"]


def test_the_shell_signal_queues_the_survey(configured, sessions):
    with sessions.begin() as db:
        contact_id = make_person(db)
        task_id = make_task(db, contact_id)
    outcome_recorded.send(configured, task_id=task_id, contact_id=contact_id, outcome="enrolled")
    (message,) = outbox_of(sessions, contact_id)
    assert message.template == "sms/survey" and ORGANISATION["name"] in message.body


# ---- recording replies ------------------------------------------------------------------------

def test_staff_can_record_a_reply_for_a_task(sessions):
    with sessions.begin() as db:
        contact_id = make_person(db)
        task_id = make_task(db, contact_id)
        reply = record_survey_reply(db, task_id=task_id, score="4", text="Bạn tư vấn dễ hiểu", via="manual",
                                    now=MORNING, by="Lan (organiser)")
    assert (reply.contact_id, reply.score, reply.via) == (contact_id, 4, "manual")


@pytest.mark.parametrize("score", [0, 6, "năm", 4.5, True, None])
def test_a_score_outside_one_to_five_is_refused_naming_the_field(sessions, score):
    with sessions.begin() as db:
        task_id = make_task(db, make_person(db))
        with pytest.raises(SurveyReplyError, match="score must be a whole number from 1 to 5") as caught:
            record_survey_reply(db, task_id=task_id, score=score, via="manual", now=MORNING)
    assert caught.value.field == "score" and caught.value.status == 400


def post(client, body, *, token=TOKEN, signature=None):
    raw = json.dumps(body).encode()
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if signature:
        headers["X-Livelead-Signature"] = signature(raw)
    return client.post("/webhooks/survey", data=raw, headers=headers)


def test_the_webhook_records_a_reply_with_the_bearer_token(configured, client, sessions):
    with sessions.begin() as db:
        task_id = make_task(db, make_person(db))
    response = post(client, {"task_id": task_id, "score": 5, "text": "Cảm ơn em", "via": "sms"})
    assert response.status_code == 201 and response.get_json()["score"] == 5
    with sessions() as db:
        assert db.scalar(select(SurveyReply.text)) == "Cảm ơn em"


def test_the_webhook_accepts_a_signed_body_instead_of_a_token(configured, client, sessions):
    with sessions.begin() as db:
        task_id = make_task(db, make_person(db))

    def sign(raw):
        return "sha256=" + hmac.new(SECRET.encode(), raw, hashlib.sha256).hexdigest()

    assert post(client, {"task_id": task_id, "score": 3}, token=None, signature=sign).status_code == 201
    forged = post(client, {"task_id": task_id, "score": 1}, token=None, signature=lambda raw: "sha256=00")
    assert forged.status_code == 401


@pytest.mark.parametrize("token", ["wrong", None])
def test_the_webhook_refuses_callers_without_the_token(configured, client, sessions, token):
    with sessions.begin() as db:
        task_id = make_task(db, make_person(db))
    assert post(client, {"task_id": task_id, "score": 5}, token=token).status_code == 401
    with sessions() as db:
        assert db.scalars(select(SurveyReply)).all() == []


def test_the_webhook_is_closed_until_a_token_is_configured(app, client):
    assert post(client, {"task_id": 1, "score": 5}).status_code == 401


def test_a_bad_score_is_a_400_naming_the_field(configured, client, sessions):
    with sessions.begin() as db:
        task_id = make_task(db, make_person(db))
    response = post(client, {"task_id": task_id, "score": 7})
    assert response.status_code == 400
    assert response.get_json()["error"]["field"] == "score"
    unknown = post(client, {"task_id": task_id + 100, "score": 4})
    assert unknown.status_code == 404 and unknown.get_json()["error"]["field"] == "task_id"


def test_an_sms_reply_from_a_number_rates_the_call_it_was_asked_about(configured, client, sessions):
    with sessions.begin() as db:
        contact_id = make_person(db)
        task_id = make_task(db, contact_id)
    after(sessions, task_id, "enrolled")
    body = {"phone": "0905 123 456", "text": "5 cảm ơn chị nhiều", "via": "sms", "id": "gw-991"}
    first = post(client, body)
    again = post(client, body)  # the gateway retried the same delivery
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.get_json() == again.get_json() == {"id": first.get_json()["id"], "task_id": task_id,
                                                    "contact_id": contact_id, "score": 5}
    with sessions() as db:
        assert len(db.scalars(select(SurveyReply)).all()) == 1
    assert post(client, {"phone": "0911 000 111", "text": "5"}).status_code == 404


def test_replying_tc_stops_further_messages_on_that_channel(configured, client, sessions):
    with sessions.begin() as db:
        contact_id = make_person(db, consent=("sms", "zalo"))
    response = post(client, {"phone": PHONE, "text": "TC", "via": "sms"})
    assert response.status_code == 200 and response.get_json()["opted_out"] is True
    with sessions() as db:
        assert may_contact(db, contact_id, "sms").reason == "withdrawn"
        assert may_contact(db, contact_id, "zalo").allowed


def test_replies_show_up_as_the_sessions_average_satisfaction(sessions):
    from lead_capture.followup.kpis import session_kpis
    from lead_capture.followup.models import FollowUpTask

    with sessions.begin() as db:
        first, second = make_task(db, make_person(db)), make_task(db, make_person(db, phone="+84911222333"))
        record_survey_reply(db, task_id=first, score=5, via="sms", now=MORNING)
        record_survey_reply(db, task_id=second, score=2, via="manual", now=MORNING)
        session_id = db.get(FollowUpTask, first).live_session_id
        db.get(FollowUpTask, second).live_session_id = session_id
    with sessions() as db:
        assert session_kpis(db, session_id, now=MORNING)["avg_satisfaction"] == 3.5
