"""Senders: e-mail reaches a (local) SMTP server, SMS a (local) gateway; failures say if a retry helps."""

from __future__ import annotations

import email
import email.policy
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiosmtpd.controller import Controller

from lead_capture.messages.senders import (
    ChannelRouter,
    HttpSmsSender,
    LoggingSender,
    Outgoing,
    SenderConfigError,
    SmtpSender,
    build_sender,
)

SMS = Outgoing(7, "sms", "+84905123456", "BHXH huyện Cao Lãnh: Cảm ơn chị Lan đã trao đổi.", "sms/survey")
MAIL = Outgoing(8, "email", "lan@example.vn", "Chị thấy cuộc gọi thế nào?\n\nKính gửi chị Lan,\nCảm ơn chị.",
                "email/survey")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Mailbox:
    """An aiosmtpd handler that keeps what it receives and refuses addresses at nowhere.vn."""

    def __init__(self):
        self.messages = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.endswith("@nowhere.vn"):
            return "550 5.1.1 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, email.message_from_bytes(envelope.content,
                                                                          policy=email.policy.default)))
        return "250 Message accepted"


@pytest.fixture
def smtp_server():
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller, mailbox
    controller.stop()


def smtp_settings(controller, **extra) -> dict:
    return {"MESSAGE_SENDER": "smtp", "SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(controller.port),
            "SMTP_FROM": "BHXH Cao Lãnh <tuvan@bhxh.example.vn>", "SMTP_SECURITY": "none", **extra}


def test_an_email_reaches_the_smtp_server_with_its_vietnamese_subject_and_text(smtp_server):
    controller, mailbox = smtp_server
    result = build_sender(smtp_settings(controller)).send(MAIL)
    assert result.ok, result.error
    (recipients, message), = mailbox.messages
    assert recipients == ["lan@example.vn"]
    assert message["Subject"] == "Chị thấy cuộc gọi thế nào?"
    assert "Kính gửi chị Lan," in message.get_content() and "livelead-8" in message["Message-ID"]


def test_a_refused_mailbox_is_not_retried(smtp_server):
    controller, _ = smtp_server
    result = build_sender(smtp_settings(controller)).send(
        Outgoing(9, "email", "ai@nowhere.vn", "Tiêu đề\n\nNội dung"))
    assert not result.ok and not result.retryable and "nowhere.vn" in result.error


def test_an_smtp_server_that_is_down_is_a_failure_worth_retrying():
    sender = SmtpSender("127.0.0.1", free_port(), "a@b.vn", security="none", timeout=2)
    result = sender.send(MAIL)
    assert not result.ok and result.retryable and "SMTP" in result.error


class Gateway(BaseHTTPRequestHandler):
    """A fake SMS gateway: answers with the status and delay the test sets on the server."""

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests.append((dict(self.headers), body))
        time.sleep(self.server.delay)
        status, answer = self.server.answer
        data = json.dumps(answer).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (the timeout test)

    def log_message(self, *args):
        pass


@pytest.fixture
def gateway():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Gateway)
    server.requests, server.delay, server.answer = [], 0.0, (200, {"id": "gw-1"})
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def sms_sender(server, **extra):
    return build_sender({"MESSAGE_SENDER": "http_sms", "SMS_GATEWAY_TOKEN": "s3cret",
                         "SMS_GATEWAY_URL": f"http://127.0.0.1:{server.server_port}/send", **extra})


def test_an_sms_goes_to_the_gateway_as_json_with_the_token_and_a_reference(gateway):
    result = sms_sender(gateway).send(SMS)
    assert result.ok and result.provider_id == "gw-1"
    (headers, body), = gateway.requests
    assert body == {"to": "+84905123456", "text": SMS.body, "channel": "sms", "reference": "livelead-7"}
    assert headers["Authorization"] == "Bearer s3cret" and headers["Idempotency-Key"] == "livelead-7"


def test_a_gateway_error_5xx_is_retried_later(gateway):
    gateway.answer = (503, {"error": "overloaded"})
    result = sms_sender(gateway).send(SMS)
    assert not result.ok and result.retryable and "503" in result.error


def test_a_gateway_refusal_4xx_is_not_retried(gateway):
    gateway.answer = (400, {"error": "invalid number"})
    result = sms_sender(gateway).send(SMS)
    assert not result.ok and not result.retryable and "invalid number" in result.error


def test_a_gateway_that_does_not_answer_in_time_is_retried_later(gateway):
    gateway.delay = 1.0
    started = time.monotonic()
    result = sms_sender(gateway, SMS_GATEWAY_TIMEOUT="0.2").send(SMS)
    assert time.monotonic() - started < 0.9
    assert not result.ok and result.retryable and "no answer within 0.2 s" in result.error


def test_the_logging_sender_is_the_default():
    assert isinstance(build_sender({}), LoggingSender)


def test_senders_can_be_chosen_per_channel(gateway, smtp_server):
    controller, _ = smtp_server
    settings = smtp_settings(controller, MESSAGE_SENDER="sms=http_sms, email=smtp, zalo=logging",
                             SMS_GATEWAY_URL=f"http://127.0.0.1:{gateway.server_port}/send")
    sender = build_sender(settings)
    assert isinstance(sender, ChannelRouter) and sender.channels == {"sms", "email", "zalo"}
    assert isinstance(sender.by_channel["sms"], HttpSmsSender)
    assert sender.send(SMS).ok and gateway.requests


@pytest.mark.parametrize("settings, problem", [
    ({"MESSAGE_SENDER": "pigeon"}, "unknown sender 'pigeon'"),
    ({"MESSAGE_SENDER": "smtp"}, "SMTP_HOST and SMTP_FROM"),
    ({"MESSAGE_SENDER": "http_sms"}, "SMS_GATEWAY_URL"),
    ({"MESSAGE_SENDER": "email=http_sms", "SMS_GATEWAY_URL": "http://x"}, "cannot carry email"),
    ({"MESSAGE_SENDER": "fax=logging"}, "unknown channel 'fax'"),
    ({"MESSAGE_SENDER": "smtp", "SMTP_HOST": "h", "SMTP_FROM": "f", "SMTP_PORT": "abc"}, "SMTP_PORT"),
])
def test_a_wrong_sender_setting_is_an_error_naming_it(settings, problem):
    with pytest.raises(SenderConfigError, match=problem):
        build_sender(settings)
