"""REST API under /api: live sessions, comment ingest, question queue. Bearer-token auth."""

from __future__ import annotations

from functools import wraps

from flask import Blueprint, current_app, g, jsonify, request
from sqlalchemy import select
from werkzeug.exceptions import HTTPException

from livestream.auth import find_token
from livestream.connectors import BadComment, parse_comments, parse_time
from livestream.ingest import UnknownSession, ingest_comments
from livestream.models import GroupStatus, LiveSession, QuestionGroup, Role
from livestream.openapi import openapi_document
from livestream.phones import mask_phones
from livestream.signals import comments_ingested
from livestream.web import get_db

bp = Blueprint("api", __name__, url_prefix="/api")

WRITE_ROLES = (Role.ORGANISER, Role.MODERATOR)
READ_ROLES = (Role.ORGANISER, Role.MODERATOR, Role.HOST)


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def error_response(status: int, code: str, message: str):
    response = jsonify({"error": {"code": code, "message": message}})
    response.status_code = status
    return response


@bp.errorhandler(ApiError)
def _api_error(exc: ApiError):
    return error_response(exc.status, exc.code, exc.message)


def api_http_error(exc: HTTPException):
    """JSON body for HTTP errors raised under /api (404, 405, 413, …)."""
    code = (exc.name or "error").lower().replace(" ", "_")
    message = exc.description or exc.name
    if exc.code == 413:
        limit = current_app.config.get("MAX_CONTENT_LENGTH")
        message = f"request body too large; the limit is {limit} bytes"
    return error_response(exc.code or 500, code, message)


def require_token(*roles: Role):
    """Allow the call only with a valid bearer token of one of `roles`."""

    def decorator(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            header = request.headers.get("Authorization", "")
            scheme, _, token = header.partition(" ")
            if scheme.lower() != "bearer" or not token.strip():
                raise ApiError(401, "unauthorized", "missing bearer token (Authorization: Bearer …)")
            record = find_token(get_db(), token.strip())
            if record is None:
                raise ApiError(401, "unauthorized", "invalid or revoked token")
            if record.role not in roles:
                raise ApiError(403, "forbidden", f"role {record.role} may not do this")
            g.token = record
            return view(*args, **kwargs)

        return wrapped

    return decorator


def _json_body():
    if not request.is_json:
        raise ApiError(415, "unsupported_media_type", "send JSON (Content-Type: application/json)")
    body = request.get_json(silent=True)
    if body is None:
        raise ApiError(400, "bad_json", "request body is not valid JSON")
    return body


def session_json(live: LiveSession) -> dict:
    return {
        "id": live.id, "title": live.title, "status": live.status, "last_seq": live.last_seq,
        "scheduled_start": live.scheduled_start.isoformat() if live.scheduled_start else None,
        "created_at": live.created_at.isoformat(),
    }


def group_json(group: QuestionGroup, *, mask: bool) -> dict:
    text = mask_phones(group.canonical_text) if mask else group.canonical_text
    return {
        "id": group.id, "text": text, "asks": group.ask_count, "askers": group.asker_count,
        "status": group.status, "pinned": group.pinned, "seq": group.seq,
        "first_asked_at": group.first_asked_at.isoformat(),
        "last_asked_at": group.last_asked_at.isoformat(),
    }


def _live_session(db, session_id: int) -> LiveSession:
    live = db.get(LiveSession, session_id)
    if live is None:
        raise ApiError(404, "unknown_session", f"live session {session_id} does not exist")
    return live


@bp.get("/openapi.json")
def openapi():
    return jsonify(openapi_document())


@bp.post("/sessions")
@require_token(Role.ORGANISER, Role.MODERATOR)
def create_session():
    body = _json_body()
    if not isinstance(body, dict):
        raise ApiError(400, "bad_request", "body: expected a JSON object")
    title = body.get("title")
    if not isinstance(title, str) or not title.strip():
        raise ApiError(400, "bad_request", "title: missing or empty")
    if len(title) > 300:
        raise ApiError(400, "bad_request", "title: longer than 300 characters")
    scheduled = None
    if body.get("scheduled_start") is not None:
        try:
            scheduled = parse_time(body["scheduled_start"], "scheduled_start")
        except BadComment as exc:
            raise ApiError(400, "bad_request", str(exc)) from None
    db = get_db()
    live = LiveSession(title=title.strip(), scheduled_start=scheduled)
    db.add(live)
    db.commit()
    return jsonify(session_json(live)), 201


@bp.get("/sessions")
@require_token(*READ_ROLES)
def list_sessions():
    lives = get_db().scalars(select(LiveSession).order_by(LiveSession.id.desc())).all()
    return jsonify([session_json(live) for live in lives])


@bp.get("/sessions/<int:session_id>")
@require_token(*READ_ROLES)
def get_session(session_id: int):
    return jsonify(session_json(_live_session(get_db(), session_id)))


@bp.post("/sessions/<int:session_id>/comments")
@require_token(*WRITE_ROLES)
def post_comments(session_id: int):
    body = _json_body()
    try:
        batch = parse_comments(body, max_items=current_app.config["MAX_BATCH_COMMENTS"])
    except BadComment as exc:
        raise ApiError(400, "bad_comment", str(exc)) from None
    db = get_db()
    try:
        result = ingest_comments(db, session_id, batch)
        db.commit()
    except UnknownSession as exc:
        db.rollback()
        raise ApiError(404, "unknown_session", str(exc)) from None
    except Exception:
        db.rollback()
        raise
    if result.accepted:
        comments_ingested.send(current_app._get_current_object(), live_session_id=session_id,
                               result=result)
    return jsonify({"accepted": result.accepted, "duplicates": result.duplicates,
                    "last_seq": result.last_seq})


@bp.get("/sessions/<int:session_id>/questions")
@require_token(*READ_ROLES)
def list_questions(session_id: int):
    db = get_db()
    _live_session(db, session_id)
    query = select(QuestionGroup).where(QuestionGroup.live_session_id == session_id)
    status = request.args.get("status")
    if status:
        if status not in {s.value for s in GroupStatus}:
            raise ApiError(400, "bad_request", f"status: {status!r} is not a question status")
        query = query.where(QuestionGroup.status == status)
    query = query.order_by(QuestionGroup.ask_count.desc(), QuestionGroup.first_asked_at)
    mask = g.token.role == Role.HOST
    return jsonify([group_json(group, mask=mask) for group in db.scalars(query)])
