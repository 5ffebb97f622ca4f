"""Messages to leads: an outbox gated by consent and the anti-spam rules, pluggable senders, surveys.

Texts come from `scripts_templates` (sandboxed, strict Jinja2). Services `outbox`, `survey` and
`subscribers.messages_after_outcome` take a Session and never commit; `senders` are adapters to
the outside world (no database); the shell is `delivery.deliver_due` (claims, sends and records,
one short transaction per message), the `webhooks` blueprint (survey replies) and the
`outcome_recorded` subscription.
"""

from __future__ import annotations


def init_messages(app) -> None:
    """Register the survey-reply webhook and the outcome subscribers on `app`."""
    from lead_capture.messages import subscribers, webhooks
    from lead_capture.messages.senders import settings_from_env

    app.config.setdefault("MESSAGES", settings_from_env())
    webhooks.init_app(app)
    subscribers.subscribe(app)
