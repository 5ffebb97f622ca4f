"""REST API under /api: live sessions, comment ingest, question queue. Bearer-token auth."""

from __future__ import annotations

from functools import wraps

from flask import Blueprint, current_app, g, jsonify, request
from flask_login import current_user
from flask_wtf.csrf import CSRFError
from sqlalchemy import select
from werkzeug.exceptions import HTTPException

from livestream import console, realtime
from livestream.access import Principal, can_see_session, principal_from_token
from livestream.connectors import BadComment, parse_comments, parse_time
from livestream.console import group_json, session_json
from livestream.extensions import csrf
from livestream.ingest import UnknownSession, ingest_comments
from livestream.models import Comment, GroupStatus, LiveSession, QuestionGroup, Role, SessionStatus
from livestream.openapi import openapi_document
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
    """Allow the call with a valid bearer token, or a signed-in user (plus CSRF token), of `roles`."""

    def decorator(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            header = request.headers.get("Authorization", "")
            if header:
                scheme, _, token = header.partition(" ")
                if scheme.lower() != "bearer" or not token.strip():
                    raise ApiError(401, "unauthorized", "missing bearer token (Authorization: Bearer …)")
                who = principal_from_token(get_db(), token.strip())
                if who is None:
                    raise ApiError(401, "unauthorized", "invalid or revoked token")
            elif current_user.is_authenticated:
                if request.method not in ("GET", "HEAD", "OPTIONS"):
                    try:
                        csrf.protect()
                    except CSRFError as exc:
                        raise ApiError(400, "csrf", f"CSRF token: {exc.description}") from None
                who = Principal.of_user(current_user)
            else:
                raise ApiError(401, "unauthorized", "missing bearer token (Authorization: Bearer …)")
            if who.role not in roles:
                raise ApiError(403, "forbidden", f"role {who.role} may not do this")
            g.principal = who
            return view(*args, **kwargs)

        wrapped.roles = roles
        return wrapped

    return decorator


def _json_body():
    if not request.is_json:
        raise ApiError(415, "unsupported_media_type", "send JSON (Content-Type: application/json)")
    body = request.get_json(silent=True)
    if body is None:
        raise ApiError(400, "bad_json", "request body is not valid JSON")
    return body


def live_session_or_error(db, session_id: int) -> LiveSession:
    """The session, if it exists and the caller may see it; otherwise an ApiError (404/403)."""
    live = db.get(LiveSession, session_id)
    if live is None:
        raise ApiError(404, "unknown_session", f"live session {session_id} does not exist")
    if not can_see_session(db, g.principal, live):
        raise ApiError(403, "forbidden", f"you are not in the crew of live session {session_id}")
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
    return jsonify(session_json(live_session_or_error(get_db(), session_id)))


@bp.post("/sessions/<int:session_id>/comments")
@require_token(*WRITE_ROLES)
def post_comments(session_id: int):
    body = _json_body()
    try:
        batch = parse_comments(body, max_items=current_app.config["MAX_BATCH_COMMENTS"])
    except BadComment as exc:
        raise ApiError(400, "bad_comment", str(exc)) from None
    db = get_db()
    if db.get(LiveSession, session_id) is not None:
        live_session_or_error(db, session_id)
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
    live_session_or_error(db, session_id)
    query = select(QuestionGroup).where(QuestionGroup.live_session_id == session_id)
    status = request.args.get("status")
    if status:
        if status not in {s.value for s in GroupStatus}:
            raise ApiError(400, "bad_request", f"status: {status!r} is not a question status")
        query = query.where(QuestionGroup.status == status)
    query = query.order_by(QuestionGroup.ask_count.desc(), QuestionGroup.first_asked_at)
    mask = g.principal.role == Role.HOST
    return jsonify([group_json(group, mask=mask) for group in db.scalars(query)])


@bp.post("/sessions/<int:session_id>/start")
@require_token(Role.ORGANISER)
def start_session(session_id: int):
    return _change_session_status(session_id, SessionStatus.LIVE)


@bp.post("/sessions/<int:session_id>/end")
@require_token(Role.ORGANISER)
def end_session(session_id: int):
    return _change_session_status(session_id, SessionStatus.ENDED)


def _change_session_status(session_id: int, status: SessionStatus):
    db = get_db()
    live_session_or_error(db, session_id)
    try:
        change = console.set_session_status(db, session_id, status)
    except console.ActionRefused as exc:
        db.rollback()
        raise ApiError(exc.status, "refused", exc.message) from None
    db.commit()
    realtime.publish_status(current_app._get_current_object(), change)
    return jsonify(session_json(db.get(LiveSession, session_id)))


@bp.post("/sessions/<int:session_id>/questions/<int:group_id>/actions")
@require_token(*WRITE_ROLES)
def question_action(session_id: int, group_id: int):
    """A moderator's action on a question: on_air, answered, dismiss, reopen, pin, unpin,
    edit {text, text_version}, merge {into}, split {comment_seq}."""
    body = _json_body()
    if not isinstance(body, dict) or not isinstance(body.get("action"), str):
        raise ApiError(400, "bad_request", "action: missing (one of " + ", ".join(console.ACTIONS) + ")")
    db = get_db()
    live_session_or_error(db, session_id)
    try:
        change = console.apply_action(db, session_id, group_id, body["action"],
                                      actor=g.principal.name, params=body)
    except console.NotFound as exc:
        db.rollback()
        raise ApiError(404, "unknown_question", str(exc)) from None
    except console.ActionRefused as exc:
        db.rollback()
        raise ApiError(exc.status, "refused" if exc.status == 409 else "bad_request", exc.message) from None
    db.commit()
    realtime.publish(change)
    groups = change.groups if change else [db.get(QuestionGroup, group_id)]
    return jsonify({"changed": change is not None,
                    "seq": change.seq if change else db.get(LiveSession, session_id).last_seq,
                    "groups": [group_json(group, mask=False) for group in groups]})


@bp.post("/sessions/<int:session_id>/comments/<int:comment_seq>/question")
@require_token(*WRITE_ROLES)
def ask_from_comment(session_id: int, comment_seq: int):
    """Put a comment the engine did not read as a question into the queue: it joins the open
    question it matches, or becomes a new one."""
    db = get_db()
    live_session_or_error(db, session_id)
    try:
        change = console.ask_from_comment(db, session_id, comment_seq, actor=g.principal.name)
    except console.NotFound as exc:
        db.rollback()
        raise ApiError(404, "unknown_comment", str(exc)) from None
    except console.ActionRefused as exc:
        db.rollback()
        raise ApiError(exc.status, "refused", exc.message) from None
    db.commit()
    realtime.publish(change)
    return jsonify({"seq": change.seq, "comment": change.comments[0],
                    "groups": [group_json(group, mask=False) for group in change.groups]}), 201


@bp.get("/sessions/<int:session_id>/questions/<int:group_id>/comments")
@require_token(*WRITE_ROLES)
def question_comments(session_id: int, group_id: int):
    """The asks of one question, oldest first (moderators split one out from this list)."""
    db = get_db()
    live_session_or_error(db, session_id)
    rows = db.scalars(select(Comment).where(Comment.live_session_id == session_id,
                                            Comment.question_group_id == group_id)
                      .order_by(Comment.seq).limit(500)).all()
    return jsonify([console.comment_json(row) for row in rows])


@bp.get("/sessions/<int:session_id>/changes")
@require_token(*READ_ROLES)
def changes(session_id: int):
    """Everything after ?since=N (comments for moderators, groups for all), a page at a time."""
    db = get_db()
    live_session_or_error(db, session_id)
    try:
        since = int(request.args.get("since", "0"))
        if since < 0:
            raise ValueError
    except ValueError:
        raise ApiError(400, "bad_request", "since: expected a sequence number (0 or more)") from None
    host = g.principal.role == Role.HOST
    page = console.changes_since(db, session_id, since, comments=not host)
    return jsonify(realtime.payload(page, host=host))
