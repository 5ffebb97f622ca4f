"""Socket.IO namespace `/agents`: an agent's queue and a team lead's overdue flags, live.

Shell module. A client connects with the login cookie or `auth={"token": "ll_…"}` (agents and
organisers only) and is put in its rooms: `agent-<user_id>` for its own queue, `team-<id>` for each
team it leads, `team-all` for organisers. It then emits `sync` and gets the current state in the
acknowledgement. After every committed change (`lead_capture.signals.tasks_changed`) the agents
concerned get a `tasks` event and their teams' leads an `overdue` event. Events carry task ids and
counts only, never a name or a phone number: the page fetches the rows it shows over HTTP, rendered
in the reader's language with numbers masked.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from flask import Flask, current_app
from flask_socketio import join_room
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lead_capture.followup import work
from lead_capture.followup.config import FollowUpConfig, load_config
from lead_capture.followup.models import FollowUpTask, TeamMember
from lead_capture.signals import tasks_changed
from livestream.access import Principal
from livestream.db import utcnow
from livestream.models import Role
from livestream.realtime import SignedInNamespace, socketio
from livestream.web import get_db

NAMESPACE = "/agents"
ROLES = (Role.AGENT, Role.ORGANISER)
ALL_TEAMS = "team-all"


def agent_room(user_id: int) -> str:
    return f"agent-{user_id}"


def team_room(team_id: int) -> str:
    return f"team-{team_id}"


def clock(app: Flask) -> datetime:
    """The app's clock: the real one, or one a test or demo put in app.extensions["livelead.clock"]."""
    return app.extensions.get("livelead.clock", utcnow)()


def rules(app: Flask) -> FollowUpConfig:
    return load_config(timezone=app.config["TIMEZONE"])


def queue_state(db: Session, user_id: int, now: datetime, cfg: FollowUpConfig) -> dict:
    """What an agent's page needs to know whether its list is stale: open task ids, overdue count."""
    ids = [t.id for t in work.my_tasks(db, user_id, now=now)]
    overdue = db.scalar(select(func.count()).select_from(FollowUpTask).where(
        FollowUpTask.id.in_(ids), work.overdue_filter(now, cfg))) if ids else 0
    return {"ids": ids, "count": len(ids), "overdue": overdue}


def overdue_state(db: Session, team_id: int | None, now: datetime, cfg: FollowUpConfig) -> dict:
    """A team's overdue tasks (every team's when None): how many, and the ids of the most
    overdue `work.OVERDUE_SHOWN`, as the overdue page lists them."""
    scope = None if team_id is None else [team_id]
    ids = [t.id for t in work.overdue_tasks(db, now=now, team_ids=scope, config=cfg,
                                            limit=work.OVERDUE_SHOWN)]
    return {"team_id": team_id, "ids": ids,
            "count": work.overdue_count(db, now=now, team_ids=scope, config=cfg)}


def led_teams(db: Session, user_id: int) -> list[int]:
    return list(db.scalars(select(TeamMember.team_id).where(TeamMember.user_id == user_id,
                                                            TeamMember.is_lead)))


def publish_tasks(app: Flask, user_ids: Iterable[int]) -> None:
    """Tell agents their queue changed and their teams' leads what is overdue (call after commit)."""
    users = sorted({int(u) for u in user_ids if u is not None})
    if not users:
        return
    now, cfg = clock(app), rules(app)
    with app.extensions["livelead.sessions"]() as db:
        for user_id in users:
            socketio.emit("tasks", queue_state(db, user_id, now, cfg), to=agent_room(user_id),
                          namespace=NAMESPACE)
        teams = sorted(set(db.scalars(select(TeamMember.team_id).where(TeamMember.user_id.in_(users)))))
        for team_id in teams:
            state = overdue_state(db, team_id, now, cfg)
            socketio.emit("overdue", state, to=team_room(team_id), namespace=NAMESPACE)
            socketio.emit("overdue", state, to=ALL_TEAMS, namespace=NAMESPACE)


class AgentsNamespace(SignedInNamespace):
    roles = ROLES

    def connected(self, principal: Principal) -> None:
        if principal.role == Role.ORGANISER:
            join_room(ALL_TEAMS)
        if principal.user_id is None:
            return  # a token of the organisation: no queue of its own
        join_room(agent_room(principal.user_id))
        for team_id in led_teams(get_db(), principal.user_id):
            join_room(team_room(team_id))

    def on_sync(self, data=None):
        """The current state, asked for after every (re)connection so nothing pushed meanwhile is lost."""
        principal = self.principal()
        if principal is None:
            return {"ok": False, "error": "not connected"}
        app = current_app._get_current_object()
        now, cfg, db = clock(app), rules(app), get_db()
        tasks = queue_state(db, principal.user_id, now, cfg) if principal.user_id is not None else None
        if principal.role == Role.ORGANISER:
            overdue = [overdue_state(db, None, now, cfg)]
        elif principal.user_id is not None:
            overdue = [overdue_state(db, t, now, cfg) for t in led_teams(db, principal.user_id)]
        else:
            overdue = []
        return {"ok": True, "tasks": tasks, "overdue": overdue}


def init_app(app: Flask) -> None:
    socketio.on_namespace(AgentsNamespace(NAMESPACE))

    def on_tasks_changed(sender, user_ids=(), **_kwargs) -> None:
        publish_tasks(app, user_ids)

    tasks_changed.connect(on_tasks_changed, sender=app, weak=False)
