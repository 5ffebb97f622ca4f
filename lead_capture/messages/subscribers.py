"""Messages that follow an agent's outcome: the satisfaction survey, the unreachable fallback SMS
and the reminder before a promised callback.

`messages_after_outcome` is a service (takes a Session, never commits); `subscribe` connects it
to `lead_capture.signals.outcome_recorded` for one app, in a transaction of its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

import scripts_templates
from lead_capture.followup.config import FollowUpConfig, load_config
from lead_capture.followup.models import REACHED_OUTCOMES, FollowUpTask, Outcome
from lead_capture.messages import outbox
from lead_capture.messages.models import OutboxMessage
from lead_capture.models import Contact
from livestream.db import utcnow
from livestream.models import User

# Where a survey goes, in order of preference: an SMS reply of one digit is the easiest answer.
SURVEY_CHANNELS = ("sms", "zalo", "email")
REMINDER_CHANNELS = ("sms", "zalo")
REMIND_BEFORE = timedelta(hours=1)
ALL_PRODUCTS = "BHXH tự nguyện và BHYT hộ gia đình"


def organisation_of(settings: Mapping[str, str]) -> dict:
    """The sender's name and hotline as the templates need them (a hotline only when set)."""
    organisation = {"name": settings.get("LIVELEAD_ORGANISATION_NAME") or "Livelead"}
    if settings.get("LIVELEAD_ORGANISATION_HOTLINE"):
        organisation["hotline"] = settings["LIVELEAD_ORGANISATION_HOTLINE"]
    return organisation


def message_context(db: Session, task: FollowUpTask, contact: Contact, organisation: Mapping,
                    cfg: FollowUpConfig) -> dict:
    """What the message templates may use about this task: person, agent, product, callback time."""
    agent = db.get(User, task.assignee_id) if task.assignee_id else None
    interests = [task.interest] if task.interest else list(contact.interests or [])
    labels = scripts_templates.product_labels(interests[:1])
    context = {
        "person": {"name": contact.name or "", "province": contact.province or "",
                   "segment": dict(contact.segment or {}), "interests": list(contact.interests or [])},
        "agent": {"name": (agent.name if agent and agent.name else "tư vấn viên")},
        "organisation": dict(organisation),
        "product": labels[0] if labels else ALL_PRODUCTS,
    }
    if task.callback_at:
        context["callback_at"] = task.callback_at.astimezone(cfg.tz).strftime("%H:%M ngày %d/%m")
    return context


def _first_allowed(db: Session, task: FollowUpTask, channels) -> str:
    """The first channel with consent and an address; else the first (stored blocked, with why)."""
    for channel in channels:
        address = outbox.address_of(db, task.contact_id, channel, task.id)
        if outbox.refusal(db, task.contact_id, channel, address) is None:
            return channel
    return channels[0]


def _effective(outcome: str | None, task: FollowUpTask) -> str | None:
    """The engine closes a task as unreachable on the last unanswered call; either may be sent."""
    if outcome in REACHED_OUTCOMES:
        return outcome
    if task.outcome == Outcome.UNREACHABLE or outcome == Outcome.UNREACHABLE:
        return Outcome.UNREACHABLE
    return None


@dataclass
class AfterOutcome:
    queued: list[OutboxMessage] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # messages that could not be written, and why


def messages_after_outcome(db: Session, task_id: int, outcome: str | None, *, now: datetime,
                           organisation: Mapping, config: FollowUpConfig | None = None) -> AfterOutcome:
    """Queue what this outcome calls for, once per task: survey, unreachable SMS, callback reminder.

    A message whose template cannot be filled (say no hotline is configured) is reported in
    `problems` and does not hold back the others.
    """
    cfg = config or load_config()
    result = AfterOutcome()
    task = db.get(FollowUpTask, task_id)
    outcome = _effective(outcome, task) if task else None
    if outcome is None:
        return result
    contact = db.get(Contact, task.contact_id)
    context = message_context(db, task, contact, organisation, cfg)

    def queue(channel: str, template: str, **options) -> None:
        if outbox.already_queued(db, task.id, template):
            return
        try:  # rendering comes before any write, so a failure leaves nothing half-done
            result.queued.append(outbox.queue_message(db, task.contact_id, channel, template, context,
                                                      task_id=task.id, now=now, config=cfg, **options))
        except scripts_templates.TemplateError as exc:
            result.problems.append(str(exc))

    if outcome == Outcome.UNREACHABLE:
        queue("sms", "unreachable")
        return result
    queue(_first_allowed(db, task, SURVEY_CHANNELS), "survey")
    if outcome == Outcome.CALLBACK and task.callback_at and task.callback_at > now:
        queue(_first_allowed(db, task, REMINDER_CHANNELS), "callback_reminder",
              not_before=max(now, task.callback_at - REMIND_BEFORE))
    return result


def subscribe(app) -> None:
    """After each committed outcome of `app`, queue its messages in a transaction of their own."""
    from lead_capture.followup.scheduler import followup_config
    from lead_capture.signals import outcome_recorded

    def on_outcome(sender, task_id: int, outcome: str | None = None, **_) -> None:
        try:
            cfg = followup_config(app)
            organisation = organisation_of(app.config.get("MESSAGES", {}))
            with app.extensions["livelead.sessions"].begin() as db:
                result = messages_after_outcome(db, task_id, outcome, now=utcnow(), organisation=organisation,
                                                config=cfg)
            for problem in result.problems:
                app.logger.error("task %s: message not queued: %s", task_id, problem)
        except Exception:
            app.logger.exception("messages after the outcome of task %s failed", task_id)

    outcome_recorded.connect(on_outcome, sender=app, weak=False)
