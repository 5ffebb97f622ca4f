"""Forms and display labels of the follow-up pages (translated lazily, so they follow the reader).

Shell module (Flask-WTF, Flask-Babel).
"""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateTimeLocalField,
    IntegerField,
    RadioField,
    SelectChoice,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional

from lead_capture.followup.models import AGENT_OUTCOMES, Outcome, Strategy
from lead_capture.forms import INTEREST_LABELS
from lead_capture.provinces import PROVINCES

OUTCOME_LABELS = {
    Outcome.ENROLLED: _l("Reached: enrolled"),
    Outcome.CALLBACK: _l("Interested: call back at…"),
    Outcome.DECLINED: _l("Reached: declined"),
    Outcome.NO_ANSWER: _l("No answer"),
    Outcome.WRONG_NUMBER: _l("Wrong number"),
    Outcome.DO_NOT_CONTACT: _l("Do not contact"),
    Outcome.UNREACHABLE: _l("Unreachable (attempts used up)"),
    Outcome.STOPPED: _l("Stopped (do-not-call or consent withdrawn)"),
}
STATUS_LABELS = {"open": _l("waiting"), "claimed": _l("in progress"), "done": _l("done"),
                 "closed": _l("closed")}
STRATEGY_LABELS = {Strategy.TERRITORY: _l("By territory"), Strategy.ROUND_ROBIN: _l("Round robin"),
                   Strategy.LEAST_BUSY: _l("Least busy")}
CHANNEL_LABELS = {"call": _l("Call"), "sms": _l("SMS")}
SCORE_LABELS = {1: _l("1 – very unhappy"), 2: _l("2 – unhappy"), 3: _l("3 – neutral"),
                4: _l("4 – happy"), 5: _l("5 – very happy")}
KPI_LABELS = {
    "contacted_in_time_share": _l("Contacted in time"),
    "attempts_per_lead": _l("Attempts per lead"),
    "reach_rate": _l("Reach rate"),
    "enrolment_rate": _l("Enrolment rate"),
    "avg_satisfaction": _l("Average satisfaction (1–5)"),
}
# The shares drawn in the charts (all 0..1); the other figures are only in the tables.
CHARTED_KPIS = ("contacted_in_time_share", "reach_rate", "enrolment_rate")


class OutcomeForm(FlaskForm):
    """One call's outcome: the pressed button names it, the notes and callback time go with it."""

    outcome = SelectField(_l("Outcome"), validators=[DataRequired()],
                          choices=[SelectChoice(o.value, OUTCOME_LABELS[o]) for o in AGENT_OUTCOMES])
    callback_at = DateTimeLocalField(_l("Call back at"), validators=[Optional()], format="%Y-%m-%dT%H:%M")
    note = TextAreaField(_l("Notes"), validators=[Optional(), Length(max=2000)])


class SurveyReplyForm(FlaskForm):
    score = RadioField(_l("Satisfaction"), coerce=int, validators=[InputRequired()],
                       choices=[SelectChoice(n, label) for n, label in SCORE_LABELS.items()])
    text = TextAreaField(_l("What they said"), validators=[Optional(), Length(max=2000)])


class AwayForm(FlaskForm):
    away = BooleanField(_l("Away"))


class TeamForm(FlaskForm):
    name = StringField(_l("Team name"), validators=[DataRequired(), Length(max=100)])
    strategy = SelectField(_l("How tasks are divided"),
                           choices=[SelectChoice(s.value, label) for s, label in STRATEGY_LABELS.items()])


class StrategyForm(FlaskForm):
    strategy = TeamForm.strategy


class MemberForm(FlaskForm):
    skills = SelectMultipleField(_l("Products they advise on"),
                                 choices=[SelectChoice(k, v) for k, v in INTEREST_LABELS.items()])
    daily_cap = IntegerField(_l("New tasks per day at most"), default=40,
                             validators=[InputRequired(), NumberRange(min=0, max=1000)])
    away = BooleanField(_l("Away"))
    is_lead = BooleanField(_l("Team lead"))


class NewMemberForm(MemberForm):
    user_id = SelectField(_l("Agent"), coerce=int, validate_choice=True, choices=[])


class TerritoryForm(FlaskForm):
    province = SelectField(_l("Province"), choices=[SelectChoice(p, p) for p in PROVINCES])
    district = StringField(_l("District (empty: the whole province)"),
                           validators=[Optional(), Length(max=100)])
