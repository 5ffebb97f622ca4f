"""Session statistics: one session's numbers, and sessions side by side (tables, charts, CSV).

Shell module: reads the numbers from `livestream.stats`, lays out the charts of
`livestream.charts`. No personal data: counts, and question texts with numbers masked.
"""

from __future__ import annotations

import csv
import io
from zoneinfo import ZoneInfo

from flask import Blueprint, Response, current_app, render_template
from flask_babel import lazy_gettext as _l

from livestream import charts, stats
from livestream.access import visible_sessions
from livestream.models import Role
from livestream.pages import add_nav_link, paginate, principal, roles_required_by, visible_session
from livestream.phones import mask_phones
from livestream.web import get_db

bp = Blueprint("reports", __name__)

CREW = (Role.ORGANISER, Role.MODERATOR)
REPORT_ROLES: dict[str, tuple[Role, ...]] = {
    "reports.compare": (Role.ORGANISER,),
    "reports.compare_csv": (Role.ORGANISER,),
    "reports.session_stats": CREW,
    "reports.questions_csv": CREW,
}
roles_required = roles_required_by(REPORT_ROLES)
COMPARED = 20  # sessions per page of the comparison

NUMBER_LABELS = {
    "comments": _l("Comments"), "commenters": _l("People commenting"),
    "question_comments": _l("Comments asking"), "questions": _l("Distinct questions"),
    "answered": _l("Answered"), "dismissed": _l("Dismissed"), "unanswered": _l("Left unanswered"),
    "lead_comments": _l("Lead comments"), "lead_commenters": _l("People to call back"),
    "tech_comments": _l("Technical complaints"),
    "answered_share": _l("Questions answered"), "lead_share": _l("People to call back"),
    "tech_share": _l("Comments complaining of sound or picture"),
}
STATUS_LABELS = {"open": _l("open"), "on_air": _l("on air"), "answered": _l("answered"),
                 "dismissed": _l("dismissed")}
SHARES = ("answered_share", "lead_share", "tech_share")
COUNTS = ("comments", "commenters", "questions", "lead_commenters")
TIMELINE_LABELS = {"comments": _l("Comments"), "questions": _l("Questions"),
                   "tech": _l("Technical complaints")}
QUESTION_COLUMNS = ("question", "asks", "askers", "status", "first_asked_at", "last_asked_at",
                    "answered_at", "minutes_to_answer")
CSV_COLUMNS = ("id", "title", "status", "started_at", "ended_at", "comments", "commenters",
               "question_comments", "questions", "answered", "dismissed", "unanswered",
               "answered_share", "lead_comments", "lead_commenters", "tech_comments")


def init_app(app) -> None:
    app.register_blueprint(bp)
    add_nav_link(app, "reports.compare", _l("Statistics"), REPORT_ROLES["reports.compare"])


def _values(numbers: stats.SessionNumbers) -> dict:
    return {**vars(numbers), **{key: getattr(numbers, key) for key in SHARES}}


def _newest_first():
    return visible_sessions(get_db(), principal())


@bp.get("/sessions/stats")
@roles_required
def compare():
    """The sessions side by side, newest first, a page of them at a time."""
    db = get_db()
    page = paginate(db, _newest_first(), COMPARED)
    numbers = stats.session_numbers(db, [live.id for live in page.items])
    rows = [(live, numbers[live.id]) for live in page.items]
    chart_rows = [(live.title, _values(n)) for live, n in rows]
    return render_template(
        "stats_compare.html", page=page, rows=rows, LABELS=NUMBER_LABELS, shares=SHARES, counts=COUNTS,
        share=charts.percent,
        share_chart=charts.bar_chart(chart_rows, SHARES),
        count_chart=charts.bar_chart(chart_rows, COUNTS, counts=True))


@bp.get("/sessions/stats.csv")
@roles_required
def compare_csv():
    """Every session's numbers, one row each, for a spreadsheet."""
    db = get_db()
    lives = db.scalars(_newest_first()).all()
    numbers = stats.session_numbers(db, [live.id for live in lives])
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for live in lives:
        n = numbers[live.id]
        share = n.answered_share
        writer.writerow([live.id, live.title, live.status, _iso(live.started_at), _iso(live.ended_at),
                         n.comments, n.commenters, n.question_comments, n.questions, n.answered,
                         n.dismissed, n.unanswered, "" if share is None else round(share, 4),
                         n.lead_comments, n.lead_commenters, n.tech_comments])
    return Response("\ufeff" + out.getvalue(), mimetype="text/csv; charset=utf-8",
                    headers={"Content-Disposition": "attachment; filename=sessions.csv"})


def _iso(value) -> str:
    return value.isoformat() if value else ""


@bp.get("/sessions/<int:session_id>/stats")
@roles_required
def session_stats(session_id: int):
    live = visible_session(session_id)
    db = get_db()
    numbers = stats.session_numbers(db, [live.id])[live.id]
    width, buckets = stats.comment_timeline(db, live.id, ZoneInfo(current_app.config["TIMEZONE"]))
    timeline = charts.timeline([(b.start.strftime("%H:%M"), (b.comments, b.questions, b.tech))
                                for b in buckets])
    platforms = stats.platform_counts(db, live.id)
    return render_template(
        "stats_session.html", live=live, n=numbers, LABELS=NUMBER_LABELS, width=width, buckets=buckets,
        timeline=timeline, series=tuple(TIMELINE_LABELS), TIMELINE_LABELS=TIMELINE_LABELS,
        platforms=platforms, share=charts.percent, STATUS_LABELS=STATUS_LABELS,
        platform_chart=charts.bar_chart([(p, {"comments": c, "commenters": k}) for p, c, k in platforms],
                                        ("comments", "commenters"), counts=True),
        wait=stats.median_answer_minutes(db, live.id), top=stats.top_questions(db, live.id))


@bp.get("/sessions/<int:session_id>/questions.csv")
@roles_required
def questions_csv(session_id: int):
    """Every question of the session with its asks and how it ended, for the write-up after the
    stream (numbers in question texts masked; times in the organisation's zone)."""
    live = visible_session(session_id)
    zone = ZoneInfo(current_app.config["TIMEZONE"])
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(QUESTION_COLUMNS)
    for q in stats.all_questions(get_db(), live.id):
        answered = q.status_changed_at if q.status == "answered" else None
        waited = "" if answered is None else round((answered - q.first_asked_at).total_seconds() / 60, 1)
        writer.writerow([mask_phones(q.canonical_text), q.ask_count, q.asker_count, q.status,
                         _local(q.first_asked_at, zone), _local(q.last_asked_at, zone),
                         _local(answered, zone), waited])
    return Response("\ufeff" + out.getvalue(), mimetype="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f"attachment; filename=session-{live.id}-questions.csv"})


def _local(value, zone) -> str:
    return value.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S") if value else ""
