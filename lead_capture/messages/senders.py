"""Message senders: a registry of small classes behind one `send(message) -> SendResult`.

`MESSAGE_SENDER` picks them: one name for every channel it can carry (`logging`, `smtp`,
`http_sms`), or one per channel (`sms=http_sms,email=smtp,zalo=logging`). Settings come from the
environment (see README). A sender never raises for a failed delivery: it answers a SendResult
saying whether trying again later may help (a timeout, a 5xx) or not (a refused address).
"""

from __future__ import annotations

import logging
import os
import smtplib
import ssl
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid
from typing import ClassVar

import httpx

from livestream.phones import mask_e164

log = logging.getLogger(__name__)

SETTINGS = (
    "MESSAGE_SENDER", "SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASSWORD", "SMTP_FROM",
    "SMTP_SECURITY", "SMTP_TIMEOUT", "SMS_GATEWAY_URL", "SMS_GATEWAY_TOKEN", "SMS_GATEWAY_TIMEOUT",
    "SMS_GATEWAY_CHANNELS", "SURVEY_WEBHOOK_TOKEN", "SURVEY_WEBHOOK_SECRET",
    "LIVELEAD_ORGANISATION_NAME", "LIVELEAD_ORGANISATION_HOTLINE",
)


def settings_from_env(env: Mapping[str, str] | None = None) -> dict[str, str]:
    """The messages settings present in the environment (unset ones are left out)."""
    env = os.environ if env is None else env
    return {name: env[name] for name in SETTINGS if env.get(name)}


class SenderConfigError(ValueError):
    """A sender is named or configured wrongly; the message names the setting."""


@dataclass(frozen=True)
class Outgoing:
    """What a sender needs of one outbox message (plain data, no database row)."""

    id: int
    channel: str
    to_address: str
    body: str
    template: str = ""

    @property
    def subject_and_text(self) -> tuple[str, str]:
        """E-mail templates put the subject on their first line."""
        subject, _, text = self.body.partition("\n")
        return subject.strip(), text.strip()


@dataclass(frozen=True)
class SendResult:
    ok: bool
    error: str | None = None
    retryable: bool = True  # for a failure: may a later attempt succeed?
    provider_id: str | None = None


class Sender(ABC):
    """Base of every sender; subclasses register themselves in SENDERS under `name`."""

    name: ClassVar[str]
    channels: frozenset[str] = frozenset()

    @abstractmethod
    def send(self, message: Outgoing) -> SendResult:
        """Hand one message to the provider; never raises for a provider's refusal."""

    @classmethod
    def from_settings(cls, settings: Mapping[str, str]) -> Sender:
        return cls()


SENDERS: dict[str, type[Sender]] = {}


def register(cls: type[Sender]) -> type[Sender]:
    SENDERS[cls.name] = cls
    return cls


def _masked(message: Outgoing) -> str:
    return mask_e164(message.to_address) if message.to_address.startswith("+") else message.to_address


@register
class LoggingSender(Sender):
    """The default: writes each message to the log instead of sending it (development, demos)."""

    name = "logging"
    channels = frozenset({"sms", "zalo", "email"})

    def send(self, message: Outgoing) -> SendResult:
        log.info("message %s (%s, %s) to %s:\n%s", message.id, message.channel, message.template,
                 _masked(message), message.body)
        return SendResult(True, provider_id=f"log-{message.id}")


def _number(settings: Mapping[str, str], name: str, default: float) -> float:
    try:
        value = float(settings.get(name, default))
    except ValueError:
        raise SenderConfigError(f"{name}: {settings[name]!r} is not a number") from None
    if value <= 0:
        raise SenderConfigError(f"{name}: must be positive")
    return value


@register
class SmtpSender(Sender):
    """E-mail through an SMTP server (smtplib); STARTTLS on 587, TLS on 465, plain otherwise."""

    name = "smtp"
    channels = frozenset({"email"})

    def __init__(self, host: str, port: int, sender: str, *, user: str = "", password: str = "",
                 security: str = "", timeout: float = 10.0):
        self.host, self.port, self.sender = host, port, sender
        self.user, self.password, self.timeout = user, password, timeout
        self.security = security or {465: "ssl", 587: "starttls"}.get(port, "none")
        if self.security not in ("ssl", "starttls", "none"):
            raise SenderConfigError(f"SMTP_SECURITY: {security!r} must be ssl, starttls or none")

    @classmethod
    def from_settings(cls, settings: Mapping[str, str]) -> SmtpSender:
        missing = [n for n in ("SMTP_HOST", "SMTP_FROM") if not settings.get(n)]
        if missing:
            raise SenderConfigError(f"the smtp sender needs {' and '.join(missing)}")
        return cls(settings["SMTP_HOST"], int(_number(settings, "SMTP_PORT", 587)), settings["SMTP_FROM"],
                   user=settings.get("SMTP_USER", ""), password=settings.get("SMTP_PASSWORD", ""),
                   security=settings.get("SMTP_SECURITY", ""), timeout=_number(settings, "SMTP_TIMEOUT", 10))

    def _email(self, message: Outgoing) -> EmailMessage:
        subject, text = message.subject_and_text
        email = EmailMessage()
        email["From"], email["To"], email["Subject"] = self.sender, message.to_address, subject
        email["Message-ID"] = make_msgid(idstring=f"livelead-{message.id}")
        email.set_content(text)
        return email

    def send(self, message: Outgoing) -> SendResult:
        try:
            if self.security == "ssl":
                client = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout,
                                          context=ssl.create_default_context())
            else:
                client = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
            with client:
                if self.security == "starttls":
                    client.starttls(context=ssl.create_default_context())
                if self.user:
                    client.login(self.user, self.password)
                refused = client.send_message(self._email(message))
        except smtplib.SMTPRecipientsRefused as exc:
            return SendResult(False, f"recipient refused: {exc.recipients}", retryable=False)
        except smtplib.SMTPResponseException as exc:
            text = exc.smtp_error
            if isinstance(text, bytes):
                text = text.decode(errors="replace")
            return SendResult(False, f"SMTP {exc.smtp_code}: {text}", retryable=exc.smtp_code < 500)
        except (smtplib.SMTPException, OSError) as exc:  # refused connection, timeout, TLS trouble
            return SendResult(False, f"SMTP {type(exc).__name__}: {exc}")
        if refused:
            return SendResult(False, f"recipient refused: {refused}", retryable=False)
        return SendResult(True)


class SmsGateway(ABC):
    """The adapter interface to one SMS provider: deliver `text` to `to` (E.164) or say why not."""

    @abstractmethod
    def deliver(self, to: str, text: str, *, channel: str, reference: str) -> SendResult:
        """Deliver `text` to `to` through the provider."""


class JsonHttpGateway(SmsGateway):
    """A generic JSON-over-HTTP gateway.

    POST {url} with `Authorization: Bearer {token}`, `Idempotency-Key: {reference}` and
    {"to": "+84…", "text": "…", "channel": "sms", "reference": "livelead-42"}. A 2xx answer is
    delivered (its JSON "id", if any, is kept); 408, 429 and 5xx answers, timeouts and network
    errors are retried later; any other answer is a refusal that retrying will not change.
    """

    def __init__(self, url: str, token: str, *, timeout: float = 10.0, transport=None):
        self.url, self.token = url, token
        self.client = httpx.Client(timeout=timeout, transport=transport)

    def deliver(self, to: str, text: str, *, channel: str, reference: str) -> SendResult:
        headers = {"Idempotency-Key": reference}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        try:
            response = self.client.post(
                self.url, json={"to": to, "text": text, "channel": channel, "reference": reference},
                headers=headers)
        except httpx.TimeoutException:
            return SendResult(False, f"SMS gateway: no answer within {self.client.timeout.read} s")
        except httpx.HTTPError as exc:
            return SendResult(False, f"SMS gateway: {type(exc).__name__}: {exc}")
        if response.is_success:
            try:
                body = response.json()
            except ValueError:
                body = {}
            provider_id = body.get("id") if isinstance(body, dict) else None
            return SendResult(True, provider_id=None if provider_id is None else str(provider_id))
        retryable = response.status_code in (408, 429) or response.status_code >= 500
        return SendResult(False, f"SMS gateway HTTP {response.status_code}: {response.text[:300]}",
                          retryable=retryable)


@register
class HttpSmsSender(Sender):
    """SMS (and, if the provider carries it, Zalo) through an SmsGateway adapter."""

    name = "http_sms"

    def __init__(self, gateway: SmsGateway, channels: frozenset[str] = frozenset({"sms"})):
        self.gateway, self.channels = gateway, channels

    @classmethod
    def from_settings(cls, settings: Mapping[str, str]) -> HttpSmsSender:
        if not settings.get("SMS_GATEWAY_URL"):
            raise SenderConfigError("the http_sms sender needs SMS_GATEWAY_URL")
        channels = frozenset(c.strip() for c in settings.get("SMS_GATEWAY_CHANNELS", "sms").split(","))
        if not channels <= {"sms", "zalo"}:
            raise SenderConfigError(f"SMS_GATEWAY_CHANNELS: {sorted(channels)} (expected sms and/or zalo)")
        gateway = JsonHttpGateway(settings["SMS_GATEWAY_URL"], settings.get("SMS_GATEWAY_TOKEN", ""),
                                  timeout=_number(settings, "SMS_GATEWAY_TIMEOUT", 10))
        return cls(gateway, channels)

    def send(self, message: Outgoing) -> SendResult:
        return self.gateway.deliver(message.to_address, message.body, channel=message.channel,
                                    reference=f"livelead-{message.id}")


class ChannelRouter(Sender):
    """One sender per channel, as `MESSAGE_SENDER=sms=http_sms,email=smtp` asks."""

    name = "router"

    def __init__(self, by_channel: Mapping[str, Sender]):
        self.by_channel = dict(by_channel)
        self.channels = frozenset(self.by_channel)

    def send(self, message: Outgoing) -> SendResult:
        sender = self.by_channel.get(message.channel)
        if sender is None:
            return SendResult(False, f"no sender for channel {message.channel!r}")
        return sender.send(message)


def build_sender(settings: Mapping[str, str]) -> Sender:
    """The sender `settings["MESSAGE_SENDER"]` names (default: logging), configured from `settings`."""
    choice = (settings.get("MESSAGE_SENDER") or "logging").strip()

    def make(name: str) -> Sender:
        if name not in SENDERS:
            known = ", ".join(sorted(SENDERS))
            raise SenderConfigError(f"MESSAGE_SENDER: unknown sender {name!r} (known: {known})")
        return SENDERS[name].from_settings(settings)

    if "=" not in choice:
        return make(choice)
    built: dict[str, Sender] = {}
    by_channel: dict[str, Sender] = {}
    for part in filter(None, (p.strip() for p in choice.split(","))):
        channel, _, name = (s.strip() for s in part.partition("="))
        if channel not in LoggingSender.channels:
            raise SenderConfigError(f"MESSAGE_SENDER: unknown channel {channel!r} (sms, zalo, email)")
        sender = built.setdefault(name, make(name))
        if channel not in sender.channels:
            raise SenderConfigError(f"MESSAGE_SENDER: the {name} sender cannot carry {channel}")
        by_channel[channel] = sender
    return ChannelRouter(by_channel)
