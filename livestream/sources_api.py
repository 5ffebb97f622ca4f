"""REST endpoints for comment sources: list with health, add, pause/resume, the generic webhook,
and manual entry by moderators. Shell module: parse, call a service, commit, then signal."""

from __future__ import annotations

import uuid

from flask import Blueprint, current_app, jsonify, request

from livestream import sources
from livestream.api import WRITE_ROLES, ApiError, error_response, live_session_or_error, require_token
from livestream.connectors import BadComment, RawComment, parse_comments
from livestream.db import utcnow
from livestream.ingest import UnknownSession, ingest_comments
from livestream.models import CommentSource, Role
from livestream.signals import comments_ingested
from livestream.web import get_db

bp = Blueprint("sources", __name__, url_prefix="/api")

WEBHOOK_MAX_BATCH = 1000
MANUAL_CHANNELS = ("phone", "sms", "messenger", "zalo", "other")


@bp.errorhandler(ApiError)
def _api_error(exc: ApiError):
    return error_response(exc.status, exc.code, exc.message)


def _json_object() -> dict:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise ApiError(400, "bad_request", "body: expected a JSON object")
    return body


_session = live_session_or_error


def _signal(live_session_id: int, result) -> None:
    if result is not None and result.accepted:
        comments_ingested.send(current_app._get_current_object(), live_session_id=live_session_id,
                               result=result)


@bp.get("/source-kinds")
@require_token(*WRITE_ROLES)
def source_kinds():
    return jsonify(sources.kinds())


@bp.get("/sessions/<int:session_id>/sources")
@require_token(*WRITE_ROLES)
def list_sources(session_id: int):
    db = get_db()
    _session(db, session_id)
    return jsonify([sources.source_json(s) for s in sources.sources_of(db, session_id)])


@bp.post("/sessions/<int:session_id>/sources")
@require_token(Role.ORGANISER)
def add_source(session_id: int):
    body = _json_object()
    db = get_db()
    _session(db, session_id)
    try:
        source = sources.add_source(db, session_id, str(body.get("kind") or ""),
                                    str(body.get("external_ref") or ""), str(body.get("label") or ""))
    except sources.SourceError as exc:
        db.rollback()
        raise ApiError(400, "bad_request", str(exc)) from None
    db.commit()
    return jsonify(sources.source_json(source)), 201


@bp.post("/sessions/<int:session_id>/sources/<int:source_id>/<any(pause, resume):action>")
@require_token(*WRITE_ROLES)
def pause_source(session_id: int, source_id: int, action: str):
    """Pause a source (its runner stops after the current batch) or resume it."""
    db = get_db()
    _session(db, session_id)
    try:
        source = sources.get_source(db, session_id, source_id)
    except sources.SourceNotFound as exc:
        raise ApiError(404, "unknown_source", str(exc)) from None
    sources.set_paused(db, source, action == "pause")
    db.commit()
    return jsonify(sources.source_json(source))


@bp.post("/sessions/<int:session_id>/manual")
@require_token(*WRITE_ROLES)
def manual_entry(session_id: int):
    """A question or phone message received by phone, SMS or Messenger, typed by a moderator."""
    body = _json_object()
    text = body.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ApiError(400, "bad_request", "text: missing or empty")
    if len(text) > 5000:
        raise ApiError(400, "bad_request", "text: longer than 5000 characters")
    channel = body.get("channel") or "phone"
    if channel not in MANUAL_CHANNELS:
        raise ApiError(400, "bad_request", f"channel: one of {', '.join(MANUAL_CHANNELS)}")
    name = body.get("author_name") or ""
    if not isinstance(name, str) or len(name) > 200:
        raise ApiError(400, "bad_request", "author_name: a name of at most 200 characters")
    db = get_db()
    _session(db, session_id)
    source = sources.passive_source(db, session_id, "manual")
    # Each typed message is its own commenter unless named: two callers are not one person.
    author_id = f"{channel}:{name.strip().lower()}" if name.strip() else f"{channel}:{uuid.uuid4().hex}"
    raw = RawComment("manual", uuid.uuid4().hex, author_id, name.strip() or channel, text.strip(),
                     utcnow())
    result = ingest_comments(db, session_id, [raw], source_id=source.id)
    sources.add_to(source, "comment_count", result.accepted)
    source.last_comment_at = raw.created_at
    source.status = "connected"
    db.commit()
    _signal(session_id, result)
    return jsonify({"accepted": result.accepted, "duplicates": result.duplicates,
                    "last_seq": result.last_seq, "id": raw.platform_comment_id}), 201


@bp.post("/sources/<int:source_id>/comments")
@require_token(*WRITE_ROLES)
def webhook_comments(source_id: int):
    """The generic webhook: `{"comments": [...]}` or a list, same items as the ingest API."""
    body = request.get_json(silent=True)
    if body is None:
        raise ApiError(400, "bad_json", "request body is not valid JSON (Content-Type: application/json)")
    if isinstance(body, dict) and "comments" in body:
        body = body["comments"]
    db = get_db()
    source = db.get(CommentSource, source_id)
    if source is None or source.kind != "webhook":
        raise ApiError(404, "unknown_source", f"source {source_id} is not a webhook source")
    _session(db, source.live_session_id)
    if source.paused:
        raise ApiError(409, "paused", f"source {source_id} is paused; resume it to accept comments")
    try:
        batch = parse_comments(body, max_items=WEBHOOK_MAX_BATCH)
    except BadComment as exc:
        sources.record_failure(db, source.id, source.status, f"rejected batch: {exc}")
        db.commit()
        raise ApiError(400, "bad_comment", str(exc)) from None
    live_session_id = source.live_session_id
    try:
        result = ingest_comments(db, live_session_id, batch, source_id=source.id)
    except UnknownSession as exc:
        db.rollback()
        raise ApiError(404, "unknown_session", str(exc)) from None
    now = utcnow()
    if batch:
        newest = max(c.created_at for c in batch)
        if source.last_comment_at is None or newest > source.last_comment_at:
            source.last_comment_at = newest
        source.lag_seconds = max((now - newest).total_seconds(), 0.0)
    sources.add_to(source, "comment_count", result.accepted)
    source.checked_at = now
    source.status = "connected"
    db.commit()
    _signal(live_session_id, result)
    return jsonify({"accepted": result.accepted, "duplicates": result.duplicates,
                    "last_seq": result.last_seq})
