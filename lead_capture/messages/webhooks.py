"""The survey-reply webhook: an SMS gateway, Zalo relay or form posts the person's answer here.

POST /webhooks/survey, authenticated by either
  `Authorization: Bearer <SURVEY_WEBHOOK_TOKEN>`, or
  `X-Livelead-Signature: sha256=<hex HMAC-SHA256 of the raw body with SURVEY_WEBHOOK_SECRET>`
(neither setting configured: every call gets 401). JSON body:
  {"task_id": 12}  or  {"contact_id": 7}  or  {"phone": "0905 123 456"}   who is answering
  "score": 1-5     optional when "text" holds it ("5", "chấm 4 sao")
  "text": "…"      the reply as written; "TC" alone withdraws consent for that channel
  "via": "sms"     sms / zalo / email / webhook (default webhook)
  "id": "…"        the provider's id of the reply: a repeated delivery is recorded once
Answers: 201 {"id", "task_id", "contact_id", "score"} (200 for a repeat), 200 {"opted_out": true},
400 / 404 {"error": {"code", "field", "message"}}, 401 {"error": {"code": "unauthorised"}}.
"""

from __future__ import annotations

import hashlib
import hmac

from flask import Blueprint, current_app, jsonify, request
from sqlalchemy.exc import IntegrityError

from lead_capture.messages import survey
from livestream.db import utcnow
from livestream.web import get_db

bp = Blueprint("messages", __name__, url_prefix="/webhooks")


def init_app(app) -> None:
    from livestream import extensions

    app.register_blueprint(bp)
    extensions.csrf.exempt(bp)  # authenticated by its token or signature instead


def _settings() -> dict:
    return current_app.config.get("MESSAGES", {})


def authorised(raw: bytes, authorization: str | None, signature: str | None, settings: dict) -> bool:
    """A bearer token equal to SURVEY_WEBHOOK_TOKEN, or a body signed with SURVEY_WEBHOOK_SECRET."""
    token, secret = settings.get("SURVEY_WEBHOOK_TOKEN", ""), settings.get("SURVEY_WEBHOOK_SECRET", "")
    if token and authorization and authorization.startswith("Bearer "):
        if hmac.compare_digest(authorization[7:].strip().encode(), token.encode()):
            return True
    if secret and signature and signature.startswith("sha256="):
        expected = hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()
        return hmac.compare_digest(signature[7:].strip().lower().encode(), expected.encode())
    return False


def _error(code: str, message: str, status: int, field: str | None = None):
    body = {"code": code, "message": message}
    if field:
        body["field"] = field
    return jsonify({"error": body}), status


def _id(body: dict, field: str) -> int | None:
    value = body.get(field)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise survey.SurveyReplyError(field, f"{field} must be a whole number, got {value!r}")
    return value


@bp.post("/survey")
def survey_reply():
    raw = request.get_data(cache=True)
    if not authorised(raw, request.headers.get("Authorization"), request.headers.get("X-Livelead-Signature"),
                      _settings()):
        return _error("unauthorised", "bearer token or X-Livelead-Signature missing or wrong", 401)
    body = request.get_json(silent=True, force=True)
    if not isinstance(body, dict):
        return _error("invalid", "the body must be a JSON object", 400, "body")
    db = get_db()
    try:
        text = body.get("text") or ""
        if not isinstance(text, str):
            raise survey.SurveyReplyError("text", "text must be a string")
        received = survey.receive_reply(
            db, task_id=_id(body, "task_id"), contact_id=_id(body, "contact_id"),
            phone=str(body["phone"]) if body.get("phone") else None, score=body.get("score"), text=text,
            via=body.get("via") or "webhook", external_id=_external_id(body), now=utcnow())
        db.commit()
    except survey.SurveyReplyError as exc:
        db.rollback()
        return _error("not_found" if exc.status == 404 else "invalid", str(exc), exc.status, exc.field)
    except IntegrityError:  # the same delivery, arriving twice at once: the other one stored it
        db.rollback()
        existing = survey.reply_for(db, body.get("via") or "webhook", _external_id(body))
        if existing is None:
            raise
        received = survey.Received(existing.contact_id, existing, repeat=True)
    if received.opted_out:
        return jsonify({"opted_out": True, "contact_id": received.contact_id}), 200
    reply = received.reply
    return jsonify({"id": reply.id, "task_id": reply.task_id, "contact_id": reply.contact_id,
                    "score": reply.score}), 200 if received.repeat else 201


def _external_id(body: dict) -> str | None:
    value = body.get("id")
    return None if value in (None, "") else str(value)[:200]
