"""Signals of lead capture and follow-up; sent by the shell after the transaction commits."""

from blinker import Namespace

_signals = Namespace()

outcome_recorded = _signals.signal(
    "outcome-recorded",
    doc="An agent's call outcome was committed; kwargs: task_id, contact_id, outcome (str). "
        "Messages subscribe to send the satisfaction survey or the unreachable SMS.",
)

tasks_changed = _signals.signal(
    "tasks-changed",
    doc="Follow-up tasks were created, assigned or moved and committed; kwargs: user_ids (agents "
        "whose queue changed). The agents' socket namespace subscribes to push them live.",
)
