"""YouTube Live chat through the Data API v3 `liveChatMessages.list` (polled at the interval it asks).

The cursor is the `nextPageToken`; every call costs 5 quota units, which the runner adds up so the
console can show them. Pure module: HTTP, no Flask/DB.
"""

from __future__ import annotations

from datetime import UTC, datetime

import httpx

from livestream.connectors import MAX_TEXT, RawComment
from livestream.connectors.base import (
    Batch,
    Connector,
    CredentialsError,
    SourceEnded,
    TransientError,
    get_json,
    http_client,
    register,
)

API_URL = "https://www.googleapis.com/youtube/v3"
LIST_COST = 5
ENDED_REASONS = {"liveChatEnded", "liveChatNotFound", "liveChatDisabled"}
QUOTA_REASONS = {"quotaExceeded", "rateLimitExceeded", "userRateLimitExceeded", "dailyLimitExceeded"}
AUTH_REASONS = {"authError", "keyInvalid", "keyExpired", "forbidden", "insufficientPermissions",
                "accessNotConfigured", "ipRefererBlocked"}


def _time(value: object, where: str) -> datetime:
    if not isinstance(value, str):
        raise ValueError(f"{where}: missing")
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"{where}: {value!r} is not a time") from None
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).astimezone(UTC)


def api_error(status: int, body: object):
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return TransientError(f"YouTube answered HTTP {status} without an error object")
    reasons = {e.get("reason") for e in error.get("errors") or [] if isinstance(e, dict)}
    named = ", ".join(sorted(r for r in reasons if isinstance(r, str)))
    message = f"YouTube error {status}: {error.get('message', '')} ({named})"
    if reasons & ENDED_REASONS:
        return SourceEnded(message)
    if reasons & QUOTA_REASONS or status == 429:
        return TransientError(message, min_wait=60.0)
    if reasons & AUTH_REASONS or status in (401, 403):
        return CredentialsError(message)
    if status == 404:
        return SourceEnded(message)
    return TransientError(message)


@register
class YouTubeLiveChat(Connector):
    """`liveChatMessages.list` for one `liveChatId`, honouring `pollingIntervalMillis`."""

    kind = "youtube_chat"
    platform = "youtube"
    label = "YouTube Live chat (Data API v3)"

    def __init__(self, ref, cursor, settings):
        super().__init__(ref, cursor, settings)
        self.base = settings.get("YOUTUBE_API_URL", API_URL).rstrip("/")
        self.client: httpx.Client | None = None

    def _auth(self) -> tuple[dict, dict]:
        if self.settings.get("YOUTUBE_OAUTH_TOKEN"):
            return {}, {"Authorization": f"Bearer {self.settings['YOUTUBE_OAUTH_TOKEN']}"}
        if self.settings.get("YOUTUBE_API_KEY"):
            return {"key": self.settings["YOUTUBE_API_KEY"]}, {}
        raise CredentialsError("no YouTube credentials (set LIVELEAD_YOUTUBE_API_KEY or "
                               "LIVELEAD_YOUTUBE_OAUTH_TOKEN)")

    def fetch(self) -> Batch:
        params, headers = self._auth()
        if self.client is None:
            self.client = http_client(self.settings)
        params.update({"liveChatId": self.ref, "part": "snippet,authorDetails", "maxResults": 2000})
        if self.cursor:
            params["pageToken"] = self.cursor
        status, body = get_json(self.client, f"{self.base}/liveChat/messages", params, headers)
        if status != 200:
            raise api_error(status, body)
        if not isinstance(body, dict) or not isinstance(body.get("items", []), list):
            raise TransientError("malformed response: no items list")
        batch = Batch(cursor=self.cursor, quota_units=LIST_COST)
        interval = body.get("pollingIntervalMillis")
        batch.wait = interval / 1000 if isinstance(interval, int | float) and interval >= 0 else 5.0
        for n, item in enumerate(body.get("items", [])):
            where = f"items[{n}]"
            try:
                self._item(item, where, batch)
            except ValueError as exc:
                batch.errors.append(str(exc))
        token = body.get("nextPageToken")
        if isinstance(token, str) and token:
            batch.cursor = token
        if body.get("offlineAt"):
            batch.ended = True
        self.cursor = batch.cursor
        return batch

    def _item(self, item: object, where: str, batch: Batch) -> None:
        if not isinstance(item, dict) or not isinstance(item.get("snippet"), dict):
            raise ValueError(f"{where}: expected an object with a snippet")
        snippet = item["snippet"]
        kind = snippet.get("type")
        if kind == "textMessageEvent":
            message_id = item.get("id")
            if not isinstance(message_id, str) or not message_id:
                raise ValueError(f"{where}.id: missing")
            details = snippet.get("textMessageDetails") or {}
            text = details.get("messageText") if isinstance(details, dict) else None
            text = text if isinstance(text, str) else snippet.get("displayMessage")
            if not isinstance(text, str):
                raise ValueError(f"{where}.snippet.textMessageDetails.messageText: missing")
            author = item.get("authorDetails") if isinstance(item.get("authorDetails"), dict) else {}
            author_id = author.get("channelId") or snippet.get("authorChannelId")
            if not isinstance(author_id, str) or not author_id:
                raise ValueError(f"{where}.authorDetails.channelId: missing")
            batch.comments.append(RawComment(
                "youtube", message_id, author_id, str(author.get("displayName") or ""),
                text[:MAX_TEXT], _time(snippet.get("publishedAt"), f"{where}.snippet.publishedAt")))
        elif kind == "messageDeletedEvent":
            details = snippet.get("messageDeletedDetails") or {}
            deleted = details.get("deletedMessageId") if isinstance(details, dict) else None
            if not isinstance(deleted, str) or not deleted:
                raise ValueError(f"{where}.snippet.messageDeletedDetails.deletedMessageId: missing")
            batch.deleted.append(deleted)
        elif kind == "chatEndedEvent":
            batch.ended = True

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None
