"""The outbox service: queue a rendered message behind the consent and anti-spam rules, claim it
for exactly one delivery, record what came of it. Takes a Session and never commits.

Every message is stored, also one that may never go out ("blocked", with the reason: no_consent,
withdrawn, do_not_call, no_address). An SMS outside the sending window (07:00-22:00 local unless
the person agreed to other hours) or past the number's daily limit (3) is not refused but waits:
it stays queued with `next_attempt_at` at the next moment the rules allow and the reason why.
Consent and the rules are checked again at the moment of sending, since either may have changed.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

import scripts_templates
from lead_capture.consent import blocked_phones, may_contact
from lead_capture.followup.config import FollowUpConfig, load_config
from lead_capture.followup.models import FollowUpTask
from lead_capture.followup.rules import local_day_start, may_contact_now
from lead_capture.messages.models import Channel, MessageStatus, OutboxMessage
from lead_capture.messages.senders import Outgoing, SendResult
from lead_capture.models import Contact, ContactEvent, ContactIdentity, IdentityKind

MAX_ATTEMPTS = 3
RETRY_AFTER = (timedelta(minutes=5), timedelta(minutes=30))  # waits after the 1st and 2nd failure
# A claim older than this was abandoned by a crashed run: the message may or may not have gone out.
STALE_CLAIM = timedelta(minutes=15)
EMAIL_IDENTITY = IdentityKind.EMAIL  # where a person's e-mail address is recorded
WINDOWED_CHANNELS = frozenset({Channel.SMS})  # Decree 91/2020 sets hours and daily limits for SMS


class OutboxError(ValueError):
    """A message cannot be queued as asked (unknown channel or person); the message says why."""


def _config(config: FollowUpConfig | None) -> FollowUpConfig:
    return config or load_config()


def _channel(channel: str) -> Channel:
    try:
        return Channel(channel)
    except ValueError:
        raise OutboxError(f"channel: {channel!r} is not one of sms, zalo, email") from None


def address_of(db: Session, contact_id: int, channel: str, task_id: int | None = None) -> str | None:
    """Where a message on `channel` goes: the task's number or the person's first; their e-mail."""
    if channel == Channel.EMAIL:
        return db.scalar(select(ContactIdentity.value).where(
            ContactIdentity.contact_id == contact_id, ContactIdentity.kind == EMAIL_IDENTITY)
            .order_by(ContactIdentity.id).limit(1))
    if task_id is not None:
        phone = db.scalar(select(FollowUpTask.phone).where(FollowUpTask.id == task_id))
        if phone:
            return phone
    return db.scalar(select(ContactIdentity.value).where(
        ContactIdentity.contact_id == contact_id, ContactIdentity.kind == IdentityKind.PHONE)
        .order_by(ContactIdentity.id).limit(1))


def refusal(db: Session, contact_id: int, channel: str, to_address: str | None) -> str | None:
    """Why nothing may be sent to this person on this channel (None: consent and lists allow it)."""
    permission = may_contact(db, contact_id, channel)  # the purposes are named like the channels
    if not permission.allowed:
        return permission.reason
    if not to_address:
        return "no_address"
    if channel != Channel.EMAIL and blocked_phones(db, [to_address]):
        return "do_not_call"
    return None


def _sent_today(db: Session, channel: str, to_address: str, now: datetime, cfg: FollowUpConfig,
                *, besides: int | None = None) -> int:
    """Messages on `channel` that went (or are going) to this address since local midnight."""
    since = local_day_start(now, cfg)
    query = select(func.count()).select_from(OutboxMessage).where(
        OutboxMessage.channel == channel, OutboxMessage.to_address == to_address,
        or_((OutboxMessage.status == MessageStatus.SENT) & (OutboxMessage.sent_at >= since),
            (OutboxMessage.status == MessageStatus.SENDING) & (OutboxMessage.claimed_at >= since)))
    if besides is not None:
        query = query.where(OutboxMessage.id != besides)
    return db.scalar(query)


def _wait(db: Session, channel: str, to_address: str, segment: Mapping | None, now: datetime,
          cfg: FollowUpConfig, *, besides: int | None = None):
    """The anti-spam decision for sending now (always allowed on channels without such rules)."""
    if channel not in WINDOWED_CHANNELS:
        return None
    decision = may_contact_now(channel, now, sent_today=_sent_today(db, channel, to_address, now, cfg,
                                                                      besides=besides),
                               cfg=cfg, segment=segment)
    return None if decision.allowed else decision


def queue_message(db: Session, contact_id: int, channel: str, template: str, context: Mapping, *,
                  task_id: int | None = None, now: datetime, to_address: str | None = None,
                  not_before: datetime | None = None, config: FollowUpConfig | None = None) -> OutboxMessage:
    """Render `channel/template` (the person's segment variant if any) and store it to be sent.

    Raises scripts_templates.TemplateError for an unknown template or a missing variable, and
    OutboxError for an unknown channel or person; a message that may not be sent is stored as
    "blocked" with the reason.
    """
    cfg = _config(config)
    kind = _channel(channel)
    contact = db.get(Contact, contact_id)
    if contact is None:
        raise OutboxError(f"contact_id: no person {contact_id}")
    # The person as the outbox knows them, unless the caller says more: the variant chosen by the
    # segment and the way the text addresses them must agree.
    person = {"name": contact.name or "", "segment": dict(contact.segment or {}),
              **(context.get("person") or {})}
    name = scripts_templates.choose_template(kind, template, person.get("segment"))
    body = scripts_templates.render(name, {**context, "person": person})
    to_address = to_address or address_of(db, contact_id, kind, task_id)
    message = OutboxMessage(contact_id=contact_id, task_id=task_id, channel=kind, template=name, body=body,
                            to_address=to_address, created_at=now, attempts=0)
    refused = refusal(db, contact_id, kind, to_address)
    if refused:
        message.status, message.reason = MessageStatus.BLOCKED, refused
    else:
        start = max(now, not_before) if not_before else now
        wait = _wait(db, kind, to_address, contact.segment, start, cfg)
        message.status = MessageStatus.QUEUED
        message.next_attempt_at = wait.not_before if wait else start
        message.reason = wait.reason if wait else None
    db.add(message)
    db.flush()
    return message


def already_queued(db: Session, task_id: int, template: str) -> bool:
    """Whether a message from `template` (any channel, any variant) exists for this task."""
    pattern = f"%/{template}"
    return db.scalar(select(func.count()).select_from(OutboxMessage).where(
        OutboxMessage.task_id == task_id,
        or_(OutboxMessage.template.like(pattern), OutboxMessage.template.like(f"{pattern}.%")))) > 0


def due_message_ids(db: Session, *, now: datetime, channels: Collection[str], limit: int,
                    max_attempts: int = MAX_ATTEMPTS) -> list[int]:
    """Messages whose moment has come, oldest first, on the channels a sender can carry."""
    return list(db.scalars(
        select(OutboxMessage.id).where(
            OutboxMessage.status.in_((MessageStatus.QUEUED, MessageStatus.FAILED)),
            OutboxMessage.next_attempt_at <= now, OutboxMessage.attempts < max_attempts,
            OutboxMessage.channel.in_(list(channels)))
        .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id).limit(limit)))


@dataclass(frozen=True)
class Claim:
    """What `claim_message` did: "claimed" (send `message` now), "blocked", "deferred", "taken"."""

    outcome: str
    message: Outgoing | None = None
    reason: str | None = None


def claim_message(db: Session, message_id: int, *, now: datetime, config: FollowUpConfig | None = None,
                  max_attempts: int = MAX_ATTEMPTS) -> Claim:
    """Take one due message for this delivery run, re-checking consent and the SMS rules.

    Only one run can claim a message: the person's row is locked first (PostgreSQL; SQLite has
    one writer at a time), and the claim itself is an UPDATE conditional on the status and the
    attempt count read, which a concurrent run will already have changed. The caller commits
    before sending, so a message claimed is never claimed again.
    """
    cfg = _config(config)
    contact_id = db.scalar(select(OutboxMessage.contact_id).where(OutboxMessage.id == message_id))
    if contact_id is None:
        return Claim("taken")
    # Serialises claims per person, so the daily count below cannot be raced past its limit.
    contact = db.scalars(select(Contact).where(Contact.id == contact_id).with_for_update()).one()
    message = db.scalars(select(OutboxMessage).where(OutboxMessage.id == message_id)
                         .execution_options(populate_existing=True)).one()
    due = (message.status in (MessageStatus.QUEUED, MessageStatus.FAILED) and message.attempts < max_attempts
           and message.next_attempt_at is not None and message.next_attempt_at <= now)
    if not due:
        return Claim("taken")
    refused = refusal(db, contact_id, message.channel, message.to_address)
    if refused:
        message.status, message.reason, message.next_attempt_at = MessageStatus.BLOCKED, refused, None
        db.flush()
        return Claim("blocked", reason=refused)
    wait = _wait(db, message.channel, message.to_address, contact.segment, now, cfg, besides=message.id)
    if wait:
        message.next_attempt_at, message.reason = wait.not_before, wait.reason
        db.flush()
        return Claim("deferred", reason=wait.reason)
    claimed = db.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == message_id, OutboxMessage.attempts == message.attempts,
               OutboxMessage.status.in_((MessageStatus.QUEUED, MessageStatus.FAILED)))
        .values(status=MessageStatus.SENDING, claimed_at=now, attempts=OutboxMessage.attempts + 1,
                reason=None)
        .execution_options(synchronize_session=False)).rowcount
    if claimed != 1:
        return Claim("taken")
    db.expire(message)
    return Claim("claimed", Outgoing(message.id, message.channel, message.to_address, message.body,
                                     message.template))


def record_result(db: Session, message_id: int, result: SendResult, *, now: datetime,
                  max_attempts: int = MAX_ATTEMPTS) -> OutboxMessage:
    """What the sender said: sent, or failed (retried later while attempts and the error allow)."""
    message = db.get(OutboxMessage, message_id)
    if result.ok:
        message.status, message.sent_at, message.error = MessageStatus.SENT, now, None
        message.provider_id, message.next_attempt_at = result.provider_id, None
        db.add(ContactEvent(contact_id=message.contact_id, kind="message", at=now, text=message.body,
                            data={"channel": message.channel, "template": message.template,
                                  "message_id": message.id}))
    else:
        message.status, message.error = MessageStatus.FAILED, (result.error or "failed")[:2000]
        if result.retryable and message.attempts < max_attempts:
            message.next_attempt_at = now + RETRY_AFTER[min(message.attempts, len(RETRY_AFTER)) - 1]
        else:
            message.next_attempt_at = None
            message.reason = "gave_up" if result.retryable else "refused"
    db.flush()
    return message


def release_stale_claims(db: Session, *, now: datetime, older_than: timedelta = STALE_CLAIM) -> int:
    """Claims a crashed run left behind become failures that are not retried (they may have gone out)."""
    return db.execute(
        update(OutboxMessage)
        .where(OutboxMessage.status == MessageStatus.SENDING, OutboxMessage.claimed_at < now - older_than)
        .values(status=MessageStatus.FAILED, next_attempt_at=None, reason="interrupted",
                error="delivery was interrupted; it may have gone out, so it is not retried")
        .execution_options(synchronize_session=False)).rowcount
