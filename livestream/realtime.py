"""Socket.IO: a namespace per audience, a room per live session, events after commit, replay.

- `/moderator` (organisers, moderators): comments and question groups, phone numbers shown.
- `/host` (organisers, moderators, hosts): question groups only, phone numbers masked.

A client connects with the login cookie or `auth={"token": "ll_…"}`, then emits
`join {"session_id", "last_seq"}`; the acknowledgement carries everything after `last_seq`
(or a snapshot when `last_seq` is null), one page at a time (`more` says ask again). Live
`changes` events carry `from_seq` and `seq`: a client that sees `from_seq > last_seq + 1` missed
something and joins again with its `last_seq`. Several processes share rooms through a message
queue (LIVELEAD_SOCKETIO_QUEUE, e.g. redis://127.0.0.1:6379/0).
"""

from __future__ import annotations

from flask import Flask, current_app, request
from flask_login import current_user
from flask_socketio import Namespace, SocketIO, join_room, leave_room

from livestream import console
from livestream.access import Principal, can_see_session, principal_from_token
from livestream.models import QuestionGroup, Role, SessionStatus
from livestream.signals import comments_ingested, session_ended
from livestream.web import get_db

socketio = SocketIO()

AUDIENCES = {
    "/moderator": (Role.ORGANISER, Role.MODERATOR),
    "/host": (Role.ORGANISER, Role.MODERATOR, Role.HOST),
}


def room(live_session_id: int) -> str:
    return f"session-{live_session_id}"


def payload(change: console.Change | dict, *, host: bool) -> dict:
    """The event body for one audience: hosts never get comments or phone numbers."""
    if isinstance(change, dict):  # a replay page from console.changes_since
        data = {"from_seq": change["since"] + 1, "seq": change["upto"], "more": change["more"],
                "groups": change["groups"], "comments": change["comments"],
                "session": change["session"]}
    else:
        data = {"from_seq": change.from_seq, "seq": change.seq, "more": False,
                "groups": change.groups, "comments": change.comments, "session": change.session}
    data["groups"] = [console.group_json(g, mask=host) for g in data["groups"]]
    data["session"] = console.session_json(data["session"]) if data["session"] is not None else None
    if host:
        data["comments"] = []
    return data


def publish(change: console.Change | None) -> None:
    """Send a committed change to both audiences of its session (call after commit)."""
    if change is None:
        return
    for namespace in AUDIENCES:
        socketio.emit("changes", payload(change, host=namespace == "/host"),
                      to=room(change.live_session_id), namespace=namespace)


def publish_status(app: Flask, change: console.Change | None) -> None:
    """Publish a committed start or end of a session; an end also tells follow-up (`session_ended`)."""
    publish(change)
    if change is not None and change.session is not None and change.session.status == SessionStatus.ENDED:
        session_ended.send(app, live_session_id=change.live_session_id)


def _on_comments_ingested(app: Flask, live_session_id: int, result) -> None:
    with app.extensions["livelead.sessions"]() as db:
        groups = []
        if result.group_ids:
            groups = list(db.scalars(select_groups(result.group_ids)))
        live = console.get_session(db, live_session_id)
        change = console.Change(
            live_session_id, result.last_seq - result.accepted + 1, result.last_seq,
            groups=groups, comments=[console.comment_json(row) for row in result.comments],
            session=live,
        )
        publish(change)


def select_groups(ids: list[int]):
    from sqlalchemy import select

    return select(QuestionGroup).where(QuestionGroup.id.in_(ids))


def _principals() -> dict:
    return current_app.extensions.setdefault("livelead.socket_principals", {})


class SignedInNamespace(Namespace):
    """A namespace for signed-in roles: the login cookie or `auth={"token"}`, checked at connect.

    Other packages (the agents' queue) subclass it and add their rooms in `connected`.
    """

    roles: tuple[Role, ...] = ()

    def _principal(self, auth) -> Principal | None:
        # The request's session (get_db): the cookie's user was loaded through it, and on SQLite a
        # second session in the same handler would wait for that one's write lock.
        if isinstance(auth, dict) and auth.get("token"):
            return principal_from_token(get_db(), str(auth["token"]))
        if current_user.is_authenticated:
            return Principal.of_user(current_user)
        return None

    def on_connect(self, auth=None):
        principal = self._principal(auth)
        if principal is None:
            raise ConnectionRefusedError("sign in or pass auth={token} to connect")
        if principal.role not in self.roles:
            raise ConnectionRefusedError(f"role {principal.role} may not use {self.namespace}")
        _principals()[(self.namespace, request.sid)] = principal
        self.connected(principal)

    def connected(self, principal: Principal) -> None:
        """Join the connection's rooms (nothing by default)."""

    def principal(self) -> Principal | None:
        return _principals().get((self.namespace, request.sid))

    def on_disconnect(self, reason=None):
        _principals().pop((self.namespace, request.sid), None)


class AudienceNamespace(SignedInNamespace):
    def on_join(self, data):
        principal = self.principal()
        if principal is None:
            return {"ok": False, "error": "not connected"}
        if not isinstance(data, dict) or not isinstance(data.get("session_id"), int):
            return {"ok": False, "error": "session_id: expected the live session's number"}
        last_seq = data.get("last_seq")
        if last_seq is not None and (not isinstance(last_seq, int) or last_seq < 0):
            return {"ok": False, "error": "last_seq: expected a sequence number or null"}
        host = self.namespace == "/host"
        with current_app.extensions["livelead.sessions"]() as db:
            try:
                live = console.get_session(db, data["session_id"])
            except console.NotFound as exc:
                return {"ok": False, "error": str(exc)}
            if not can_see_session(db, principal, live):
                return {"ok": False, "error": f"you are not in the crew of session {live.id}"}
            join_room(room(live.id))
            if last_seq is None:
                snap = console.snapshot(db, live.id)
                return {"ok": True, "snapshot": True, "seq": live.last_seq, "more": False,
                        "session": console.session_json(live),
                        "groups": [console.group_json(g, mask=host) for g in snap["groups"]],
                        "comments": [] if host else snap["comments"],
                        "asked_by": {} if host else snap["asked_by"]}
            page = console.changes_since(db, live.id, last_seq, comments=not host)
            return {"ok": True, "snapshot": False, **payload(page, host=host)}

    def on_leave(self, data):
        if isinstance(data, dict) and isinstance(data.get("session_id"), int):
            leave_room(room(data["session_id"]))
        return {"ok": True}


class ModeratorNamespace(AudienceNamespace):
    roles = AUDIENCES["/moderator"]


class HostNamespace(AudienceNamespace):
    roles = AUDIENCES["/host"]


def init_app(app: Flask) -> None:
    queue = app.config.get("SOCKETIO_MESSAGE_QUEUE") or None
    # The shared SocketIO object remembers an earlier app's queue manager; start clean.
    socketio.server_options.pop("client_manager", None)
    socketio.init_app(app, async_mode="threading", message_queue=queue,
                      cors_allowed_origins=app.config.get("SOCKETIO_CORS_ORIGINS") or None)
    socketio.on_namespace(ModeratorNamespace("/moderator"))
    socketio.on_namespace(HostNamespace("/host"))
    comments_ingested.connect(_on_comments_ingested, sender=app, weak=False)
