"""Facebook Live comments: Graph API polling, the live_comments SSE stream, Page feed webhooks.

All three paths name a comment by its Graph id (`{post-id}_{comment-id}`), so the ingest service's
(platform, id) dedupe keeps them from storing a comment twice. Pure module: HTTP, no Flask/DB.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import queue
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

import httpx

from livestream.connectors import MAX_TEXT, RawComment
from livestream.connectors.base import (
    Batch,
    Connector,
    ConnectorError,
    CredentialsError,
    SourceRejected,
    TransientError,
    get_json,
    http_client,
    register,
)

GRAPH_URL = "https://graph.facebook.com/v21.0"
STREAMING_URL = "https://streaming-graph.facebook.com"
FIELDS = "id,message,created_time,from{id,name}"
# Graph error codes: https://developers.facebook.com/docs/graph-api/guides/error-handling
TOKEN_CODES = {102, 190}
PERMISSION_CODES = {10, *range(200, 300)}
RATE_LIMIT_CODES = {4, 17, 32, 613, 80001}
ENDED_STATUSES = {"VOD", "LIVE_STOPPED"}


def comment_from_graph(item: object, where: str = "comment") -> RawComment:
    """A RawComment from a Graph comment object (polling, SSE and webhooks share the fields)."""
    if not isinstance(item, dict):
        raise ValueError(f"{where}: expected an object")
    comment_id = item.get("id") or item.get("comment_id")
    if not isinstance(comment_id, str) or not comment_id:
        raise ValueError(f"{where}.id: missing")
    message = item.get("message", "")
    if not isinstance(message, str):
        raise ValueError(f"{where}.message: expected a string")
    author = item.get("from") or {}
    if not isinstance(author, dict):
        raise ValueError(f"{where}.from: expected an object")
    created = item.get("created_time")
    if isinstance(created, int | float) and not isinstance(created, bool):
        created_at = datetime.fromtimestamp(created, UTC)
    elif isinstance(created, str):
        try:
            created_at = datetime.fromisoformat(created.replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(f"{where}.created_time: {created!r} is not a time") from None
        if created_at.tzinfo is None:
            created_at = created_at.replace(tzinfo=UTC)
    else:
        raise ValueError(f"{where}.created_time: missing")
    # Without page-level access Graph omits `from`; such comments still count, anonymously.
    author_id = str(author.get("id") or "anonymous")
    return RawComment("facebook", comment_id, author_id, str(author.get("name") or ""),
                      message[:MAX_TEXT], created_at.astimezone(UTC))


def graph_error(status: int, body: object) -> ConnectorError:
    """The right exception for a Graph error response."""
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return TransientError(f"Graph answered HTTP {status} without an error object")
    code = error.get("code")
    message = f"Graph error {code}: {error.get('message', '')}".strip()
    if code in TOKEN_CODES:
        return CredentialsError(f"{message} (the page access token is invalid or expired)")
    if code in PERMISSION_CODES:
        return CredentialsError(f"{message} (the token lacks a permission)")
    if code in RATE_LIMIT_CODES:
        return TransientError(f"{message} (rate limited)", min_wait=60.0)
    if error.get("is_transient") or code in (1, 2):
        return TransientError(message)
    return SourceRejected(message)


def _token(settings: Mapping[str, str]) -> str:
    token = settings.get("FACEBOOK_PAGE_TOKEN", "")
    if not token:
        raise CredentialsError("no Facebook page access token (set LIVELEAD_FACEBOOK_PAGE_TOKEN)")
    return token


@register
class FacebookComments(Connector):
    """Polls `/{live-video-id}/comments` in chronological order; the cursor is `paging.cursors.after`."""

    kind = "facebook_comments"
    platform = "facebook"
    label = "Facebook Live (Graph API polling)"

    def __init__(self, ref, cursor, settings):
        super().__init__(ref, cursor, settings)
        self.base = settings.get("FACEBOOK_GRAPH_URL", GRAPH_URL).rstrip("/")
        self.interval = float(settings.get("FACEBOOK_POLL_SECONDS", 3))
        self.page_size = int(settings.get("FACEBOOK_PAGE_SIZE", 100))
        self.status_every = float(settings.get("FACEBOOK_STATUS_SECONDS", 30))
        self.client: httpx.Client | None = None
        self.monotonic = time.monotonic
        self._status_checked = float("-inf")

    def _video_over(self) -> bool:
        """Whether the live video has ended (checked every `status_every` seconds, when drained)."""
        if self.monotonic() - self._status_checked < self.status_every:
            return False
        self._status_checked = self.monotonic()
        status, body = get_json(self.client, f"{self.base}/{self.ref}",
                                {"access_token": _token(self.settings), "fields": "status"})
        if status != 200 or not isinstance(body, dict):
            raise graph_error(status, body)
        return body.get("status") in ENDED_STATUSES

    def _poll(self) -> Batch:
        if self.client is None:
            self.client = http_client(self.settings)
        params = {"access_token": _token(self.settings), "filter": "stream", "order": "chronological",
                  "fields": FIELDS, "limit": self.page_size}
        if self.cursor:
            params["after"] = self.cursor
        status, body = get_json(self.client, f"{self.base}/{self.ref}/comments", params)
        if status != 200 or (isinstance(body, dict) and "error" in body):
            raise graph_error(status, body)
        if not isinstance(body, dict) or not isinstance(body.get("data"), list):
            raise TransientError("malformed response: no data list")
        batch = Batch(cursor=self.cursor, wait=self.interval)
        for n, item in enumerate(body["data"]):
            try:
                batch.comments.append(comment_from_graph(item, f"data[{n}]"))
            except ValueError as exc:
                batch.errors.append(str(exc))
        paging = body.get("paging") if isinstance(body.get("paging"), dict) else {}
        cursors = paging.get("cursors") if isinstance(paging.get("cursors"), dict) else {}
        after = cursors.get("after")
        if body["data"] and isinstance(after, str) and after:
            batch.cursor = after
            if paging.get("next"):
                batch.wait = 0.0  # more pages are waiting: fetch them now
        if batch.wait and self._video_over():
            batch.ended = True  # every comment is in; the broadcast is over
        return batch

    def fetch(self) -> Batch:
        batch = self._poll()
        self.cursor = batch.cursor
        return batch

    def after_stored(self, rows: list[dict]) -> list[str]:
        return hide_phone_comments(self.settings, rows)

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None


def hide_phone_comments(settings: Mapping[str, str], rows: list[dict]) -> list[str]:
    """Hide on Facebook the stored comments that carry a phone number (LIVELEAD_FACEBOOK_HIDE_PHONES=1).

    Hidden comments stay visible to their author and friends but not to other viewers, so a
    number typed in public is not left there. Needs `pages_manage_engagement`. Off by default.
    """
    if settings.get("FACEBOOK_HIDE_PHONES", "") not in ("1", "true", "yes"):
        return []
    wanted = [row["platform_comment_id"] for row in rows
              if row.get("platform") == "facebook" and row.get("phones")]
    if not wanted:
        return []
    base = settings.get("FACEBOOK_GRAPH_URL", GRAPH_URL).rstrip("/")
    errors = []
    with http_client(settings) as client:
        for comment_id in wanted:
            try:
                response = client.post(f"{base}/{comment_id}", data={
                    "is_hidden": "true", "access_token": settings.get("FACEBOOK_PAGE_TOKEN", "")})
                if response.status_code != 200:
                    problem = graph_error(response.status_code, _json(response))
                    errors.append(f"hiding {comment_id}: {problem}")
            except httpx.HTTPError as exc:
                errors.append(f"hiding {comment_id}: {type(exc).__name__}")
    return errors


def _json(response: httpx.Response) -> object:
    try:
        return response.json()
    except ValueError:
        return None


@register
class FacebookLive(FacebookComments):
    """The `live_comments` SSE stream for speed, reconciled by polling `/comments` for completeness.

    The stream drops comments above its `comment_rate`; the polling cursor is the only cursor
    stored, so after a restart polling fills whatever the stream missed.
    """

    kind = "facebook_live"
    label = "Facebook Live (real-time stream + polling)"

    def __init__(self, ref, cursor, settings):
        super().__init__(ref, cursor, settings)
        self.stream_base = settings.get("FACEBOOK_STREAMING_URL", STREAMING_URL).rstrip("/")
        self.comment_rate = settings.get("FACEBOOK_COMMENT_RATE", "ten_per_second")
        self.reconcile_every = float(settings.get("FACEBOOK_RECONCILE_SECONDS", 10))
        self.clock = time.monotonic
        self._events: queue.Queue = queue.Queue(maxsize=10_000)
        self._stop = threading.Event()
        self._reader: threading.Thread | None = None
        self._last_poll = float("-inf")

    def _read_stream(self) -> None:
        params = {"access_token": self.settings.get("FACEBOOK_PAGE_TOKEN", ""),
                  "comment_rate": self.comment_rate, "fields": FIELDS}
        url = f"{self.stream_base}/{self.ref}/live_comments"
        with http_client(self.settings) as client:
            while not self._stop.is_set():
                try:
                    with client.stream("GET", url, params=params,
                                       timeout=httpx.Timeout(10, read=None)) as response:
                        if response.status_code != 200:
                            response.read()
                            try:
                                body = response.json()
                            except ValueError:
                                body = None
                            self._events.put(graph_error(response.status_code, body))
                            if response.status_code < 500:
                                return
                        else:
                            for line in response.iter_lines():
                                if self._stop.is_set():
                                    return
                                if line.startswith("data:"):
                                    self._events.put(line[5:].strip())
                except httpx.HTTPError as exc:
                    self._events.put(TransientError(f"stream: {type(exc).__name__}"))
                self._stop.wait(1.0)

    def fetch(self) -> Batch:
        if self._reader is None:
            _token(self.settings)
            self._reader = threading.Thread(target=self._read_stream, daemon=True,
                                            name=f"fb-live-{self.ref}")
            self._reader.start()
        batch = Batch(cursor=self.cursor, wait=0.0)
        deadline = self.clock() + 0.5
        while len(batch.comments) < 500:
            try:
                event = self._events.get(timeout=max(deadline - self.clock(), 0.0))
            except queue.Empty:
                break
            if isinstance(event, CredentialsError | SourceRejected):
                raise event
            if isinstance(event, ConnectorError):
                batch.errors.append(str(event))
                continue
            try:
                data = json.loads(event)
                if isinstance(data, dict) and "error" in data:
                    batch.errors.append(str(graph_error(200, data)))
                    continue
                batch.comments.append(comment_from_graph(data, "live_comments event"))
            except (ValueError, TypeError) as exc:
                batch.errors.append(f"live_comments event: {exc}")
        if self.clock() - self._last_poll >= self.reconcile_every:
            polled = self._poll()
            self._last_poll = self.clock()
            self.cursor = polled.cursor
            batch.comments.extend(polled.comments)
            batch.errors.extend(polled.errors)
            batch.cursor = polled.cursor
            batch.ended = polled.ended
            if polled.wait == 0.0:
                self._last_poll = float("-inf")  # more pages: reconcile again next time
        return batch

    def close(self) -> None:
        self._stop.set()
        super().close()


def signature_ok(app_secret: str, body: bytes, header: str | None) -> bool:
    """`X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body with the app secret>`."""
    if not app_secret or not header or not header.startswith("sha256="):
        return False
    expected = hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header[len("sha256="):].strip().lower())


@dataclass
class FeedChanges:
    """Comment changes of one webhook delivery, keyed by the post (live video) they belong to."""

    added: list[tuple[str, RawComment]] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def parse_feed_webhook(body: object) -> FeedChanges:
    """Comment adds and removes from a Page webhook body; other changes are ignored."""
    changes = FeedChanges()
    if not isinstance(body, dict) or not isinstance(body.get("entry"), list):
        changes.errors.append("body: expected {object: page, entry: [...]}")
        return changes
    for e, entry in enumerate(body["entry"]):
        items = entry.get("changes") if isinstance(entry, dict) else None
        if not isinstance(items, list):
            changes.errors.append(f"entry[{e}].changes: expected a list")
            continue
        for c, change in enumerate(items):
            where = f"entry[{e}].changes[{c}]"
            if not isinstance(change, dict) or change.get("field") != "feed":
                continue
            value = change.get("value")
            if not isinstance(value, dict) or value.get("item") != "comment":
                continue
            post_id = value.get("post_id")
            if not isinstance(post_id, str) or not post_id:
                changes.errors.append(f"{where}.value.post_id: missing")
                continue
            verb = value.get("verb")
            try:
                if verb in ("add", "edited"):
                    if verb == "add":
                        changes.added.append((post_id, comment_from_graph(value, f"{where}.value")))
                elif verb == "remove":
                    comment_id = value.get("comment_id")
                    if not isinstance(comment_id, str) or not comment_id:
                        raise ValueError(f"{where}.value.comment_id: missing")
                    changes.removed.append((post_id, comment_id))
            except ValueError as exc:
                changes.errors.append(str(exc))
    return changes


def post_refs(post_id: str) -> set[str]:
    """The references a source may be registered under for a webhook's `post_id` (page_post)."""
    return {post_id, post_id.rsplit("_", 1)[-1]}
