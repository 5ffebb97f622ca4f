"""The organiser's platform settings page: page tokens and API keys, stored encrypted (shell)."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm

from livestream import platform_settings
from livestream.models import Role
from livestream.pages import add_nav_link, roles_required_by
from livestream.web import get_db

bp = Blueprint("platforms", __name__)

PLATFORM_PAGE_ROLES = {"platforms.settings": (Role.ORGANISER,)}
roles_required = roles_required_by(PLATFORM_PAGE_ROLES)

LABELS = {
    "FACEBOOK_PAGE_TOKEN": _l("Facebook Page access token"),
    "FACEBOOK_APP_SECRET": _l("Facebook app secret (checks webhook signatures)"),
    "FACEBOOK_VERIFY_TOKEN": _l("Facebook webhook verify token"),
    "FACEBOOK_COMMENT_RATE": _l("Facebook live comment stream rate"),
    "FACEBOOK_HIDE_PHONES": _l("Hide Facebook comments that carry a phone number"),
    "YOUTUBE_API_KEY": _l("YouTube Data API key"),
    "YOUTUBE_OAUTH_TOKEN": _l("YouTube OAuth access token"),
}
CHOICE_LABELS = {
    "one_per_two_seconds": _l("one every two seconds"),
    "ten_per_second": _l("ten per second"),
    "one_hundred_per_second": _l("one hundred per second"),
    "0": _l("no"),
    "1": _l("yes"),
}


def init_app(app) -> None:
    app.register_blueprint(bp)
    add_nav_link(app, "platforms.settings", _l("Platforms"), PLATFORM_PAGE_ROLES["platforms.settings"])


def _changes(form) -> dict[str, str | None]:
    """What the organiser asked for: a typed value replaces, "clear" removes, blank keeps."""
    changes: dict[str, str | None] = {}
    for spec in platform_settings.EDITABLE:
        if form.get(f"clear-{spec.name}"):
            changes[spec.name] = None
            continue
        value = form.get(spec.name, "")
        if value.strip():
            changes[spec.name] = value
    return changes


@bp.route("/admin/platforms", methods=["GET", "POST"])
@roles_required
def settings():
    db = get_db()
    cipher = current_app.extensions["livelead.cipher"]
    form = FlaskForm()  # the CSRF token; the fields are listed from platform_settings.EDITABLE
    if request.method == "POST" and form.validate_on_submit():
        try:
            changed = platform_settings.save_settings(
                db, cipher, _changes(request.form), by=current_user.email)
        except platform_settings.SettingRejected as exc:
            db.rollback()
            flash(str(exc), "error")
        else:
            db.commit()
            names = ", ".join(str(LABELS[name]) for name in changed)
            flash(_("Saved: %(names)s.", names=names) if changed else _("Nothing changed."), "ok")
            return redirect(url_for("platforms.settings"))
    elif request.method == "POST":
        flash(_("The form expired; please try again."), "error")
    stored = platform_settings.stored_settings(db, cipher)
    environment = current_app.config.get("CONNECTORS", {})
    rows = [{"spec": spec, "label": LABELS[spec.name], "stored": stored.get(spec.name),
             "from_environment": spec.name in environment,
             "shown": None if spec.secret else environment.get(spec.name) or
             getattr(stored.get(spec.name), "value", None)}
            for spec in platform_settings.EDITABLE]
    return render_template("platforms.html", form=form, rows=rows, choice_labels=CHOICE_LABELS)
