"""Satisfaction surveys: reading a reply ("5", "4 sao, tư vấn nhiệt tình") and recording it.

`score_in_text` and `is_opt_out` are pure; `record_survey_reply` and `record_opt_out` are services
(take a Session, never commit). A reply is tied to the follow-up task it rates, so KPIs average it
per task, session and team.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from lead_capture.consent import record_consent
from lead_capture.followup.models import FollowUpTask
from lead_capture.messages.models import OutboxMessage, SurveyReply
from lead_capture.models import Contact, ContactEvent, ContactIdentity, IdentityKind
from livestream.phones import extract_phones
from livestream.text import fold

VIAS = ("sms", "zalo", "email", "webhook", "manual")
_SCORE = re.compile(r"(?<![\d.,])([1-5])(?![\d.,]*\d)")
# "TC" (từ chối) is the opt-out keyword Vietnamese SMS senders print in every message.
_OPT_OUT = frozenset({"tc", "tu choi", "huy", "stop", "khong nhan tin"})


class SurveyReplyError(ValueError):
    """A reply that cannot be recorded; `field` names what is wrong, `status` is the HTTP code."""

    def __init__(self, field: str, message: str, status: int = 400):
        super().__init__(message)
        self.field, self.status = field, status


def score_in_text(text: str) -> int | None:
    """The first lone digit 1-5 in a reply ('5', 'chấm 4/5', '3 sao'); None if there is none."""
    match = _SCORE.search(text or "")
    return int(match.group(1)) if match else None


def is_opt_out(text: str) -> bool:
    """Whether a reply asks to receive no more messages ('TC', 'Từ chối', 'STOP')."""
    return " ".join(fold(text or "").split()).strip(" .!") in _OPT_OUT


def parse_score(value) -> int:
    """A score from JSON or a form: a whole number 1-5 (also as text), else SurveyReplyError."""
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise SurveyReplyError("score", f"score must be a whole number from 1 to 5, got {value!r}")
    return value


def contact_for_phone(db: Session, phone: str) -> int | None:
    """The person whose number this is ('0905 123 456', '+84905123456'), if we know them."""
    numbers = extract_phones(phone or "")
    if not numbers:
        raise SurveyReplyError("phone", f"phone: {phone!r} is not a Vietnamese mobile number")
    return db.scalar(select(ContactIdentity.contact_id).where(
        ContactIdentity.kind == IdentityKind.PHONE, ContactIdentity.value == numbers[0]))


def _surveyed_task(db: Session, contact_id: int) -> int | None:
    """The task of the newest survey sent to this person: the call a bare reply rates."""
    return db.scalar(select(OutboxMessage.task_id).where(
        OutboxMessage.contact_id == contact_id, OutboxMessage.task_id.is_not(None),
        OutboxMessage.template.like("%/survey%")).order_by(OutboxMessage.id.desc()).limit(1))


def reply_for(db: Session, via: str, external_id: str | None) -> SurveyReply | None:
    """The reply already stored for this provider id (webhooks are retried), if any."""
    if not external_id:
        return None
    return db.scalar(select(SurveyReply).where(SurveyReply.via == via,
                                               SurveyReply.external_id == external_id))


def record_survey_reply(db: Session, *, task_id: int | None = None, contact_id: int | None = None,
                        score, text: str = "", via: str, now: datetime, external_id: str | None = None,
                        by: str = "") -> SurveyReply:
    """Store one satisfaction score for a task (or a person: their newest surveyed task).

    A repeated delivery (same `via` and `external_id`) returns the reply stored the first time.
    """
    score = parse_score(score)
    if via not in VIAS:
        raise SurveyReplyError("via", f"via must be one of {', '.join(VIAS)}, got {via!r}")
    text = (text or "").strip()
    if len(text) > 2000:
        raise SurveyReplyError("text", "text is too long (at most 2000 characters)")
    existing = reply_for(db, via, external_id)
    if existing is not None:
        return existing
    if task_id is not None:
        task = db.get(FollowUpTask, task_id)
        if task is None:
            raise SurveyReplyError("task_id", f"task_id: no follow-up task {task_id}", 404)
        if contact_id is not None and contact_id != task.contact_id:
            raise SurveyReplyError("contact_id",
                                   f"contact_id {contact_id} is not the person of task {task_id}")
        contact_id = task.contact_id
    elif contact_id is not None:
        if db.get(Contact, contact_id) is None:
            raise SurveyReplyError("contact_id", f"contact_id: no person {contact_id}", 404)
        task_id = _surveyed_task(db, contact_id)
    else:
        raise SurveyReplyError("task_id", "task_id or contact_id (or phone) is required")
    reply = SurveyReply(task_id=task_id, contact_id=contact_id, score=score, text=text, via=via,
                        received_at=now, external_id=external_id or None, recorded_by=by[:200])
    db.add(reply)
    db.add(ContactEvent(contact_id=contact_id, kind="survey", at=now, text=text or "",
                        data={"score": score, "via": via, "task_id": task_id}))
    db.flush()
    return reply


def record_opt_out(db: Session, contact_id: int, channel: str, text: str, *, now: datetime) -> None:
    """The person answered 'TC': no more messages on that channel (a consent refusal, with proof)."""
    purpose = channel if channel in ("sms", "zalo", "email") else "sms"
    record_consent(db, contact_id, purpose, False, channel=channel,
                   wording=f"opt-out reply at {now:%Y-%m-%d %H:%M}Z", evidence_kind="reply",
                   evidence=text[:2000], by="reply webhook")


@dataclass(frozen=True)
class Received:
    """What an incoming reply became: a score (`reply`, `repeat` for a redelivery) or an opt-out."""

    contact_id: int
    reply: SurveyReply | None = None
    repeat: bool = False
    opted_out: bool = False


def receive_reply(db: Session, *, task_id: int | None, contact_id: int | None, phone: str | None,
                  score, text: str, via: str, external_id: str | None, now: datetime) -> Received:
    """A reply as a gateway delivers it: who (task, person or number), a score or a text holding one.

    "TC" alone (no score) withdraws consent for the channel it came by instead.
    """
    if via not in VIAS:
        raise SurveyReplyError("via", f"via must be one of {', '.join(VIAS)}, got {via!r}")
    if task_id is None and contact_id is None and phone:
        contact_id = contact_for_phone(db, phone)
        if contact_id is None:
            raise SurveyReplyError("phone", "phone: no person with this number", 404)
    if score is None and is_opt_out(text):
        if contact_id is None and task_id is not None:
            task = db.get(FollowUpTask, task_id)
            contact_id = task.contact_id if task else None
        if contact_id is None:
            raise SurveyReplyError("task_id", f"task_id: no follow-up task {task_id}", 404)
        record_opt_out(db, contact_id, via, text, now=now)
        return Received(contact_id, opted_out=True)
    if score is None:
        score = score_in_text(text)
        if score is None:
            raise SurveyReplyError("score", "score is missing and the text holds no number 1-5")
    repeat = reply_for(db, via, external_id) is not None
    reply = record_survey_reply(db, task_id=task_id, contact_id=contact_id, score=score, text=text, via=via,
                                now=now, external_id=external_id, by="webhook")
    return Received(reply.contact_id, reply, repeat)
