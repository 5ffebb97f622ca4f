"""Signals other parts subscribe to (the console's sockets, lead capture); sent after commit."""

from blinker import Namespace

_signals = Namespace()

comments_ingested = _signals.signal(
    "comments-ingested",
    doc="A batch of comments was committed; kwargs: live_session_id, result (IngestResult).",
)

session_ended = _signals.signal(
    "session-ended",
    doc="A live session was ended and committed (button, API, or every source saw its stream end); "
        "kwargs: live_session_id. Follow-up subscribes to schedule its task push.",
)
