"""Follow-up KPIs per session and per team, computed in the database in one grouped query each.

Service (read-only). Definitions (None when there is nothing to divide by):
- contacted_in_time_share: of the tasks whose due time has passed or that were attempted, the
  share first attempted by their due time;
- attempts_per_lead: call attempts per task;
- reach_rate: of the tasks attempted at least once, the share where someone answered
  (enrolled, callback or declined at some attempt);
- enrolment_rate: of all tasks, the share that ended enrolled;
- avg_satisfaction: mean 1-5 survey score of the tasks' replies (the messages package's table
  `message_survey_replies`), None until that table exists or has replies.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.orm import Session

from lead_capture.followup.models import REACHED_OUTCOMES, Attempt, FollowUpTask, Outcome, Team
from livestream.db import Base

KPI_KEYS = ("contacted_in_time_share", "attempts_per_lead", "reach_rate", "enrolment_rate",
            "avg_satisfaction")


def _ratio(part, whole) -> float | None:
    return round(part / whole, 4) if whole else None


def _count(condition):
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _grouped(db: Session, group, where, now: datetime) -> dict:
    reached = exists().where(Attempt.task_id == FollowUpTask.id,
                             Attempt.outcome.in_([o.value for o in REACHED_OUTCOMES]))
    contacted = FollowUpTask.first_contacted_at.is_not(None)
    rows = db.execute(
        select(group, func.count(), func.coalesce(func.sum(FollowUpTask.attempts), 0),
               _count(and_(contacted, FollowUpTask.first_contacted_at <= FollowUpTask.due_at)),
               _count(or_(contacted, FollowUpTask.due_at <= now)),
               _count(FollowUpTask.attempts > 0),
               _count(reached),
               _count(FollowUpTask.outcome == Outcome.ENROLLED))
        .where(where).group_by(group)).all()
    satisfaction = {}
    replies = Base.metadata.tables.get("message_survey_replies")
    if replies is not None:
        satisfaction = dict(db.execute(
            select(group, func.avg(replies.c.score)).join(FollowUpTask, FollowUpTask.id == replies.c.task_id)
            .where(where).group_by(group)).all())
    out = {}
    for key, leads, attempts, in_time, judged, attempted, answered, enrolled in rows:
        avg = satisfaction.get(key)
        out[key] = {
            "leads": leads,
            "contacted_in_time_share": _ratio(in_time, judged),
            "attempts_per_lead": _ratio(attempts, leads),
            "reach_rate": _ratio(answered, attempted),
            "enrolment_rate": _ratio(enrolled, leads),
            "avg_satisfaction": round(float(avg), 2) if avg is not None else None,
        }
    return out


def _empty() -> dict:
    return {"leads": 0} | dict.fromkeys(KPI_KEYS)


def session_kpis(db: Session, live_session_id: int, *, now: datetime) -> dict:
    """The KPIs of one session's follow-up."""
    found = _grouped(db, FollowUpTask.live_session_id, FollowUpTask.live_session_id == live_session_id, now)
    return {"live_session_id": live_session_id} | (found.get(live_session_id) or _empty())


def team_kpis(db: Session, *, now: datetime, team_id: int | None = None) -> list[dict]:
    """The KPIs of each team (or of one), every team listed even before it has tasks."""
    where = FollowUpTask.team_id == team_id if team_id is not None else FollowUpTask.team_id.is_not(None)
    found = _grouped(db, FollowUpTask.team_id, where, now)
    teams = db.execute(select(Team.id, Team.name).where(Team.id == team_id) if team_id is not None
                       else select(Team.id, Team.name).order_by(Team.name)).all()
    return [{"team_id": tid, "team": name} | (found.get(tid) or _empty()) for tid, name in teams]
