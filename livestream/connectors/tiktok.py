"""TikTok Live comments through the unofficial `TikTokLive` package (pip install livelead[tiktok]).

UNOFFICIAL: TikTok offers no public live-comment API; TikTokLive reads the web client's
WebSocket and may break whenever TikTok changes it. The package is imported only when a TikTok
source starts. Its client runs in its own thread and pushes comments onto a queue that `fetch()`
drains. There is no resumable cursor: comments sent while the connector is down are lost.
"""

from __future__ import annotations

import hashlib
import queue
import threading
from datetime import UTC, datetime

from livestream.connectors import MAX_TEXT, RawComment
from livestream.connectors.base import Batch, Connector, CredentialsError, SourceEnded, register


def comment_from_event(event, unique_id: str) -> RawComment:
    """A RawComment from a TikTokLive `CommentEvent` (TikTokLive 7: content, user, common)."""
    user = getattr(event, "user", None)
    author_id = str(getattr(user, "id", "") or getattr(user, "unique_id", "") or "anonymous")
    name = str(getattr(user, "nickname", "") or getattr(user, "unique_id", "") or author_id)
    text = getattr(event, "content", None) or getattr(event, "comment", None) or ""
    if not isinstance(text, str):
        raise ValueError("comment text is not a string")
    common = getattr(event, "common", None)
    message_id = getattr(common, "msg_id", None)
    created = getattr(common, "create_time", None)
    created_at = (datetime.fromtimestamp(created / 1000 if created > 1e11 else created, UTC)
                  if isinstance(created, int | float) and created else datetime.now(UTC))
    if not message_id:  # no id from the client: derive one that repeats for the same event
        message_id = hashlib.sha1(f"{author_id}|{created_at.isoformat()}|{text}".encode()).hexdigest()
    return RawComment("tiktok", f"{unique_id}:{message_id}", author_id, name, text[:MAX_TEXT], created_at)


@register
class TikTokLiveConnector(Connector):
    """Comments of one TikTok LIVE (`external_ref` = the host's @unique_id)."""

    kind = "tiktok_live"
    platform = "tiktok"
    label = "TikTok LIVE (unofficial, TikTokLive package)"
    unofficial = True

    def __init__(self, ref, cursor, settings, *, client_factory=None):
        super().__init__(ref, cursor, settings)
        self.unique_id = ref if ref.startswith("@") else f"@{ref}"
        self.client_factory = client_factory
        self._events: queue.Queue = queue.Queue(maxsize=50_000)
        self._thread: threading.Thread | None = None
        self._client = None

    def _start(self) -> None:
        factory = self.client_factory
        if factory is None:
            try:
                from TikTokLive import TikTokLiveClient
                from TikTokLive.events import CommentEvent, DisconnectEvent, LiveEndEvent
            except ImportError:
                raise CredentialsError("TikTok needs the optional package: pip install "
                                       "'livelead[tiktok]' (unofficial TikTokLive)") from None

            def factory(on_comment, on_end):
                client = TikTokLiveClient(unique_id=self.unique_id)
                client.add_listener(CommentEvent, on_comment)
                client.add_listener(LiveEndEvent, on_end)
                client.add_listener(DisconnectEvent, on_end)
                return client

        async def on_comment(event):
            self._events.put(event)

        async def on_end(_event):
            self._events.put(SourceEnded(f"TikTok LIVE of {self.unique_id} ended"))

        self._client = factory(on_comment, on_end)

        def run():
            try:
                self._client.run()
            except Exception as exc:  # the unofficial client raises its own types
                self._events.put(SourceEnded(f"TikTok client stopped: {type(exc).__name__}: {exc}"))

        self._thread = threading.Thread(target=run, daemon=True, name=f"tiktok-{self.unique_id}")
        self._thread.start()

    def fetch(self) -> Batch:
        if self._thread is None:
            self._start()
        batch = Batch(cursor=None, wait=0.0)
        try:
            event = self._events.get(timeout=0.5)
        except queue.Empty:
            return batch
        while True:
            if isinstance(event, SourceEnded):
                if batch.comments:
                    batch.ended = True
                    return batch
                raise event
            try:
                batch.comments.append(comment_from_event(event, self.unique_id))
            except (TypeError, ValueError) as exc:
                batch.errors.append(f"TikTok comment event: {exc}")
            if len(batch.comments) >= 500:
                return batch
            try:
                event = self._events.get(timeout=0.05)
            except queue.Empty:
                return batch

    def close(self) -> None:
        client = self._client
        stop = getattr(client, "stop", None) or getattr(client, "disconnect", None)
        if stop is not None:
            try:
                result = stop()
                if hasattr(result, "close"):
                    result.close()
            except Exception:  # noqa: S110 - closing an unofficial client is best effort
                pass
