"""Forms and display labels of the lead pages (translated lazily, so they follow the reader).

Shell module (Flask-WTF, Flask-Babel).
"""

from __future__ import annotations

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import SelectChoice, SelectField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from lead_capture.models import Purpose

TIER_LABELS = {"hot": _l("hot"), "warm": _l("warm"), "cold": _l("cold")}
INTEREST_LABELS = {"bhxh_voluntary": _l("Voluntary social insurance"),
                   "bhyt_household": _l("Household health insurance"),
                   "bhxh_employer": _l("Compulsory insurance (employers)")}
INTENT_LABELS = {"call_me": _l("asks to be called"), "join": _l("wants to join"),
                 "advice": _l("wants advice")}
PURPOSE_LABELS = {Purpose.CALL: _l("Call"), Purpose.SMS: _l("SMS"), Purpose.ZALO: _l("Zalo"),
                  Purpose.EMAIL: _l("E-mail")}
EVIDENCE_LABELS = {"call_note": _l("said yes on a call (call note)"),
                   "comment": _l("wrote it (comment or message)"),
                   "form": _l("signed or ticked a form")}
DEFAULT_WORDING = _l("I agree that the social insurance office may contact me about voluntary social "
                     "insurance and household health insurance.")


def _reason_labels() -> dict:
    return {
        "product": _("interested in a product we offer"), "province": _("lives in a province we serve"),
        "age": _("age group the product suits"), "occupation": _("works without compulsory insurance"),
        "phone": _("gave a phone number"), "call_me": _("asked to be called"), "join": _("wants to join"),
        "advice": _("asked for advice"), "minigame": _("stayed until the minigame"),
    }


def reason_text(reason: dict) -> str:
    """'+30 gave a phone number' in the reader's language."""
    code, n = reason["code"], reason.get("n")
    if code == "decay":
        return _("engagement ×%(pct)s%% since last seen", pct=n)
    if code == "questions":
        text = _("asked %(n)s questions", n=n)
    elif code == "household":
        text = _("household of %(n)s", n=n)
    else:
        text = _reason_labels().get(code, reason.get("text", code))
    return f"+{reason['points']} {text}"


class EmptyForm(FlaskForm):
    """Only the CSRF token, for buttons that change something."""


class ConsentForm(FlaskForm):
    purpose = SelectField(_l("Purpose"), choices=[SelectChoice(p.value, PURPOSE_LABELS[p]) for p in Purpose])
    decision = SelectField(_l("Decision"), choices=[SelectChoice("grant", _l("agrees")),
                                                    SelectChoice("withdraw", _l("withdraws all"))])
    channel = StringField(_l("Channel"), validators=[DataRequired(), Length(max=20)], default="phone")
    evidence_kind = SelectField(_l("Evidence"),
                                choices=[SelectChoice(k, v) for k, v in EVIDENCE_LABELS.items()])
    wording = TextAreaField(_l("Wording shown or read out"), validators=[Optional(), Length(max=2000)])
    evidence = TextAreaField(_l("Evidence (note, message, form number)"),
                             validators=[Optional(), Length(max=2000)])


class QuickCaptureForm(FlaskForm):
    name = StringField(_l("Name"), validators=[Optional(), Length(max=200)])
    phone = StringField(_l("Phone"), validators=[Optional(), Length(max=30)])
    province = StringField(_l("Province"), validators=[Optional(), Length(max=60)])
    email = StringField(_l("E-mail (optional)"), validators=[Optional(), Length(max=254)])
    interest = SelectField(_l("Interest"), validate_choice=False, choices=[
        SelectChoice("", "—"), *(SelectChoice(k, v) for k, v in INTEREST_LABELS.items())])
    consent = SelectField(_l("How consent was given"), choices=[
        SelectChoice("none", _l("not asked / no consent")),
        *(SelectChoice(k, v) for k, v in EVIDENCE_LABELS.items())])
    purposes = SelectMultipleField(_l("Consent to"), default=[Purpose.CALL.value],
                                   choices=[SelectChoice(p.value, PURPOSE_LABELS[p]) for p in Purpose])
    wording = TextAreaField(_l("Wording shown or read out"), validators=[Optional(), Length(max=2000)])
