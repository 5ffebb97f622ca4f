"""Web pages: sign-in, live sessions, the moderator console, the host view, users and tokens.

Shell module: Flask-Login sessions, Flask-WTF forms (CSRF on every form), Flask-Limiter on
sign-in, Flask-Babel for Vietnamese (default) and English. Every page names the roles it admits.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import wraps
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

from flask import (
    Blueprint,
    Flask,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required, login_user, logout_user
from flask_wtf import FlaskForm
from sqlalchemy import func, select
from wtforms import (
    BooleanField,
    DateTimeLocalField,
    EmailField,
    PasswordField,
    SelectChoice,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Length, Optional

from livestream import accounts, console, realtime
from livestream.access import Principal, can_see_session, visible_sessions
from livestream.auth import create_token
from livestream.db import utcnow
from livestream.extensions import limiter
from livestream.models import ApiToken, LiveSession, Role, SessionCrew, SessionStatus, User
from livestream.web import get_db

bp = Blueprint("pages", __name__)

ROLE_LABELS = {
    Role.ORGANISER: _l("Organiser"), Role.MODERATOR: _l("Moderator"),
    Role.HOST: _l("Host"), Role.AGENT: _l("Agent"),
}
LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}

# Who may open each page: the single table the role tests walk through.
PAGE_ROLES: dict[str, tuple[Role, ...]] = {
    "pages.sessions": (Role.ORGANISER, Role.MODERATOR, Role.HOST),
    "pages.new_session": (Role.ORGANISER,),
    "pages.session_status": (Role.ORGANISER,),
    "pages.console_page": (Role.ORGANISER, Role.MODERATOR),
    "pages.host_view": (Role.ORGANISER, Role.MODERATOR, Role.HOST),
    "pages.users": (Role.ORGANISER,),
    "pages.tokens": (Role.ORGANISER,),
    "pages.revoke_token": (Role.ORGANISER,),
    "pages.account": tuple(Role),
}


def roles_required_by(table: dict[str, tuple[Role, ...]]):
    """A decorator admitting only signed-in users whose role `table` lists for the endpoint."""

    def decorator(view):
        @wraps(view)
        @login_required
        def wrapped(*args, **kwargs):
            if current_user.role not in table[request.endpoint]:
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorator


roles_required = roles_required_by(PAGE_ROLES)


def principal() -> Principal:
    return Principal.of_user(current_user)


def _safe_next(target: str | None) -> str | None:
    if not target:
        return None
    parts = urlparse(target)
    if parts.scheme or parts.netloc or not target.startswith("/"):
        return None
    return target


class LoginForm(FlaskForm):
    email = EmailField(_l("E-mail"), validators=[DataRequired(), Length(max=254)])
    password = PasswordField(_l("Password"), validators=[DataRequired()])
    remember = BooleanField(_l("Keep me signed in"))


class SessionForm(FlaskForm):
    title = StringField(_l("Title"), validators=[DataRequired(), Length(max=300)])
    scheduled_start = DateTimeLocalField(_l("Scheduled start"), validators=[Optional()],
                                         format="%Y-%m-%dT%H:%M")
    platform_links = TextAreaField(_l("Platform links (one per line)"), validators=[Optional()])
    crew = SelectMultipleField(_l("Crew"), coerce=int, validators=[Optional()])


class UserForm(FlaskForm):
    email = EmailField(_l("E-mail"), validators=[DataRequired(), Length(max=254)])
    name = StringField(_l("Name"), validators=[Optional(), Length(max=200)])
    role = SelectField(_l("Role"), choices=[SelectChoice(r.value, ROLE_LABELS[r]) for r in Role])
    password = PasswordField(_l("Password"), validators=[DataRequired(), Length(min=8)])


class TokenForm(FlaskForm):
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=200)])
    role = SelectField(_l("Role"), choices=[SelectChoice(r.value, ROLE_LABELS[r]) for r in Role])


class PasswordForm(FlaskForm):
    current = PasswordField(_l("Current password"), validators=[DataRequired()])
    new = PasswordField(_l("New password"), validators=[DataRequired(), Length(min=8)])


class EmptyForm(FlaskForm):
    """A form with nothing but its CSRF token, for buttons that change something."""


def _local_zone() -> ZoneInfo:
    return ZoneInfo(current_app.config["TIMEZONE"])


@bp.app_template_filter("local")
def local_time(value: datetime | None) -> str:
    if value is None:
        return "—"
    return value.astimezone(_local_zone()).strftime("%d/%m/%Y %H:%M")


def _live_strings() -> dict[str, str]:
    """Texts the live pages' scripts show; {n}-style placeholders are filled in the browser."""
    return {
        "conn_loading": _("connecting…"), "conn_connected": _("connected"),
        "conn_catching-up": _("catching up…"), "conn_live": _("connected"),
        "conn_disconnected": _("connection lost, reconnecting…"),
        "conn_reconnecting": _("connection lost, reconnecting…"),
        "conn_refused": _("refused"), "asked": _("asked {n} times"),
    }


def console_strings() -> dict[str, str]:
    return _live_strings() | {
        "people": _("{n} people"), "waiting": _("waiting {time}"), "pinned": _("pinned"),
        "on_air": _("On air"), "answered": _("Answered"), "dismiss": _("Dismiss"),
        "pin": _("Pin"), "unpin": _("Unpin"), "edit": _("Edit"), "merge": _("Merge"),
        "asks": _("Asks"), "reopen": _("Reopen"), "save": _("Save"), "cancel": _("Cancel"),
        "merge_here": _("Merge here"), "split_out": _("Split out"), "loading": _("loading…"),
        "merge_pick": _("Merging “{text}”: pick the question to merge it into (Enter), Esc cancels."),
        "status_answered": _("answered"), "status_dismissed": _("dismissed"),
        "status_on_air": _("on air"), "status_open": _("open"),
        "ask_this": _("+ question"), "ask_this_title": _("Put this comment in the queue as a question"),
        "earlier_answered": _("Asked again: answered {ago} ago as “{text}”"),
        "earlier_dismissed": _("Asked again: dismissed {ago} ago as “{text}”"),
        "tag_question": _("question"), "tag_lead": _("lead"), "tag_tech": _("tech"),
        "tech_people": _("{n} people: {what}"), "tech_sound": _("no sound / bad sound"),
        "tech_picture": _("no picture / blurry"), "tech_lag": _("lagging"),
        "tech_drop": _("stream dropped"), "tech_other": _("technical problem"),
        "session_scheduled": _("scheduled"), "session_live": _("live"), "session_ended": _("ended"),
        "offline": _("No connection to the server; try again."),
        "src_idle": _("waiting"), "src_connected": _("connected"), "src_backoff": _("retrying"),
        "src_paused": _("paused"), "src_auth_failed": _("credentials rejected"),
        "src_rejected": _("refused by the platform"), "src_ended": _("ended"),
        "src_last": _("last comment {time}"), "src_lag": _("lag {n} s"),
        "src_errors": _("{n} errors"), "src_quota": _("{n} quota units"), "src_comments": _("{n} comments"),
        "src_pause": _("Pause"), "src_resume": _("Resume"), "src_unofficial": _("unofficial"),
        "src_none": _("No comment sources yet."), "src_kind_manual": _("Manual entry"),
        "src_kind_file": _("File import"), "src_kind_replay": _("Replay"),
        "src_kind_webhook": _("Webhook"), "manual_added": _("Added to the queue."),
    }


def host_strings() -> dict[str, str]:
    return _live_strings() | {"none_on_air": _("No question on air yet.")}


@dataclass(frozen=True)
class Page:
    """One page of a long list: its rows, where it is, and links to its neighbours."""

    items: list
    number: int  # from 1
    size: int
    total: int
    endpoint: str
    args: dict

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))

    @property
    def first(self) -> int:
        return (self.number - 1) * self.size + 1 if self.total else 0

    @property
    def last(self) -> int:
        return min(self.number * self.size, self.total)

    def link(self, number: int) -> str:
        return url_for(self.endpoint, **{**self.args, "page": number})


def paginate(db, query, size: int) -> Page:
    """The page of `query`'s rows that `?page=N` asks for (clamped to the pages there are), with
    the total count; links keep the request's other arguments (filters)."""
    total = db.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    pages = max(1, -(-total // size))
    number = min(max(request.args.get("page", 1, type=int) or 1, 1), pages)
    items = db.scalars(query.limit(size).offset((number - 1) * size)).all()
    args = {**(request.view_args or {}), **request.args.to_dict()}
    return Page(items, number, size, total, request.endpoint, args)


@dataclass(frozen=True)
class NavLink:
    endpoint: str
    label: object  # a lazy string, translated when the page renders
    roles: tuple[str, ...]
    home: bool  # the landing page for these roles after sign-in


def add_nav_link(app: Flask, endpoint: str, label, roles: Iterable[str], *, home: bool = False) -> None:
    """Put a page of another package (lead capture, follow-up) in the top menu for `roles`.

    livestream never imports those packages; they register their own links here at start-up.
    """
    app.extensions.setdefault("livelead.nav", []).append(
        NavLink(endpoint, label, tuple(str(role) for role in roles), home))


@dataclass(frozen=True)
class ConsolePanel:
    label: object
    template: str  # rendered with the console's context (`live`)


def add_console_panel(app: Flask, label, template: str) -> None:
    """Add a folding panel of another package (quick capture of leads) to the moderator console."""
    app.extensions.setdefault("livelead.console_panels", []).append(ConsolePanel(label, template))


def console_panels() -> list[ConsolePanel]:
    return list(current_app.extensions.get("livelead.console_panels", ()))


def nav_links(role: str | None) -> list[NavLink]:
    return [link for link in current_app.extensions.get("livelead.nav", ()) if role in link.roles]


@bp.app_context_processor
def _template_globals():
    return {"ROLE_LABELS": ROLE_LABELS, "LANGUAGES": LANGUAGES,
            "current_language": session.get("lang", "vi"),
            "console_strings": console_strings, "host_strings": host_strings,
            "nav_links": nav_links, "console_panels": console_panels}


@bp.get("/")
def home():
    if not current_user.is_authenticated:
        return redirect(url_for("pages.login"))
    landing = next((link for link in nav_links(current_user.role) if link.home), None)
    if landing is not None:
        return redirect(url_for(landing.endpoint))
    if current_user.role == Role.AGENT:
        return redirect(url_for("pages.account"))
    return redirect(url_for("pages.sessions"))


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["LOGIN_RATE_LIMIT"], methods=["POST"])
def login():
    form = LoginForm()
    if form.validate_on_submit():
        user = accounts.authenticate(get_db(), form.email.data, form.password.data)
        if user is not None:
            login_user(user, remember=form.remember.data)
            return redirect(_safe_next(request.args.get("next")) or url_for("pages.home"))
        flash(_("Wrong e-mail or password."), "error")
    return render_template("login.html", form=form), 200 if request.method == "GET" else 401


@bp.post("/logout")
@login_required
def logout():
    if EmptyForm().validate_on_submit():
        logout_user()
    return redirect(url_for("pages.login"))


@bp.get("/language/<code>")
def language(code: str):
    if code not in LANGUAGES:
        abort(404)
    session["lang"] = code
    return redirect(_safe_next(request.args.get("next")) or url_for("pages.home"))


@bp.get("/sessions")
@roles_required
def sessions():
    lives = get_db().scalars(visible_sessions(get_db(), principal())).all()
    return render_template("sessions.html", lives=lives, form=EmptyForm(), Status=SessionStatus)


def _crew_choices(db) -> list[SelectChoice]:
    users = db.scalars(select(User).where(User.active, User.role.in_((Role.MODERATOR, Role.HOST)))
                       .order_by(User.name)).all()
    return [SelectChoice(u.id, f"{u.name} ({ROLE_LABELS[Role(u.role)]})") for u in users]


@bp.route("/sessions/new", methods=["GET", "POST"])
@roles_required
def new_session():
    db = get_db()
    form = SessionForm()
    form.crew.choices = _crew_choices(db)
    if form.validate_on_submit():
        links = [line.strip() for line in (form.platform_links.data or "").splitlines() if line.strip()]
        bad = [link for link in links
               if urlparse(link).scheme not in ("http", "https") or not urlparse(link).netloc]
        if bad:
            form.platform_links.errors.append(_("Not a web address: %(link)s", link=bad[0]))
        else:
            start = form.scheduled_start.data
            live = LiveSession(
                title=form.title.data.strip(), platform_links=links,
                scheduled_start=start.replace(tzinfo=_local_zone()) if start else None,
            )
            db.add(live)
            db.flush()
            for user_id in form.crew.data or []:
                db.add(SessionCrew(live_session_id=live.id, user_id=user_id))
            db.commit()
            flash(_("Live session created."), "ok")
            return redirect(url_for("pages.sessions"))
    return render_template("session_form.html", form=form)


@bp.post("/sessions/<int:session_id>/status/<status>")
@roles_required
def session_status(session_id: int, status: str):
    if status not in (SessionStatus.LIVE, SessionStatus.ENDED) or not EmptyForm().validate_on_submit():
        abort(400)
    db = get_db()
    try:
        change = console.set_session_status(db, session_id, SessionStatus(status))
    except console.NotFound:
        abort(404)
    except console.ActionRefused as exc:
        db.rollback()
        flash(exc.message, "error")
        return redirect(url_for("pages.sessions"))
    db.commit()
    realtime.publish_status(current_app._get_current_object(), change)
    return redirect(url_for("pages.sessions"))


def visible_session(session_id: int) -> LiveSession:
    db = get_db()
    live = db.get(LiveSession, session_id)
    if live is None:
        abort(404)
    if not can_see_session(db, principal(), live):
        abort(403)
    return live


def _client_config(live: LiveSession, namespace: str) -> dict:
    return {
        "sessionId": live.id, "namespace": namespace,
        "overdueMinutes": current_app.config["OVERDUE_MINUTES"],
        "timezone": current_app.config["TIMEZONE"], "language": session.get("lang", "vi"),
        "actionUrl": url_for("api.question_action", session_id=live.id, group_id=0)[:-len("0/actions")],
        "askUrl": url_for("api.ask_from_comment", session_id=live.id, comment_seq=0)[:-len("0/question")],
    }


@bp.get("/sessions/<int:session_id>/console")
@roles_required
def console_page(session_id: int):
    live = visible_session(session_id)
    return render_template("console.html", live=live, config=_client_config(live, "/moderator"))


@bp.get("/sessions/<int:session_id>/host")
@roles_required
def host_view(session_id: int):
    live = visible_session(session_id)
    return render_template("host.html", live=live, config=_client_config(live, "/host"))


@bp.route("/admin/users", methods=["GET", "POST"])
@roles_required
def users():
    db = get_db()
    form = UserForm()
    if form.validate_on_submit():
        try:
            accounts.create_user(db, form.email.data, form.role.data, form.password.data, form.name.data)
            db.commit()
            flash(_("User %(email)s added.", email=form.email.data), "ok")
            return redirect(url_for("pages.users"))
        except accounts.AccountError as exc:
            db.rollback()
            flash(str(exc), "error")
    people = db.scalars(select(User).order_by(User.role, User.name)).all()
    return render_template("users.html", form=form, people=people)


@bp.route("/admin/tokens", methods=["GET", "POST"])
@roles_required
def tokens():
    db = get_db()
    form = TokenForm()
    new_token = None
    if form.validate_on_submit():
        new_token = create_token(db, form.role.data, form.name.data, user_id=None)
        db.commit()
    records = db.scalars(select(ApiToken).order_by(ApiToken.id.desc())).all()
    return render_template("tokens.html", form=form, records=records, new_token=new_token,
                           revoke_form=EmptyForm())


@bp.post("/admin/tokens/<int:token_id>/revoke")
@roles_required
def revoke_token(token_id: int):
    if not EmptyForm().validate_on_submit():
        abort(400)
    db = get_db()
    record = db.get(ApiToken, token_id)
    if record is None:
        abort(404)
    if record.revoked_at is None:
        record.revoked_at = utcnow()
        db.commit()
    return redirect(url_for("pages.tokens"))


@bp.route("/account", methods=["GET", "POST"])
@roles_required
def account():
    db = get_db()
    form = PasswordForm()
    if form.validate_on_submit():
        user = db.get(User, current_user.id)
        try:
            accounts.set_password(db, user, form.current.data, form.new.data)
            db.commit()
            flash(_("Password changed."), "ok")
        except accounts.AccountError as exc:
            db.rollback()
            flash(str(exc), "error")
    return render_template("account.html", form=form)
