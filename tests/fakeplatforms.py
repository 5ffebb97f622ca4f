"""Local fake platform servers (Facebook Graph, YouTube Data API) speaking the documented shapes.

Each is a small Flask app served by werkzeug on 127.0.0.1, port 0, in a thread. Comments are
"posted" with `post()`; `script` queues one-off misbehaviours (5xx, timeouts, errors, garbage)
for the next requests. `served` counts how often each comment id went out, to prove resumption.
"""

from __future__ import annotations

import base64
import contextlib
import json
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta

from flask import Flask, Response, jsonify, request
from werkzeug.serving import WSGIRequestHandler, make_server

T0 = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


class _QuietHandler(WSGIRequestHandler):
    def log_request(self, *args, **kwargs):
        pass


@contextlib.contextmanager
def serving(app: Flask):
    """Serve `app` on a free local port; yields its base URL."""
    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=_QuietHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@contextlib.contextmanager
def running(fake):
    """Serve a fake platform (anything with an `app`); `fake.url` is its base URL meanwhile."""
    with serving(fake.app) as url:
        fake.url = url
        yield fake


def _cursor(index: int) -> str:
    return base64.urlsafe_b64encode(f"pos:{index}".encode()).decode()


def _index(cursor: str) -> int:
    return int(base64.urlsafe_b64decode(cursor.encode()).decode().split(":")[1])


class FakePlatform:
    def __init__(self):
        self.lock = threading.Lock()
        self.script: list = []  # next responses: "500", "timeout", "garbage", or a (status, body)
        self.served: Counter = Counter()
        self.requests: list[dict] = []
        self.app = Flask(type(self).__name__)

    def _scripted(self):
        with self.lock:
            if not self.script:
                return None
            step = self.script.pop(0)
        if step == "500":
            return Response("upstream broke", status=503)
        if step == "timeout":
            time.sleep(1.5)
            return jsonify({"data": []})
        if step == "garbage":
            return Response("<html>not json</html>", status=200, content_type="text/html")
        status, body = step
        return Response(json.dumps(body), status=status, content_type="application/json")


class FakeGraph(FakePlatform):
    """`/{live-video-id}/comments` (cursor paging), `/{id}/live_comments` (SSE)."""

    def __init__(self, token: str = "page-token", video: str = "9001"):
        super().__init__()
        self.token, self.video = token, video
        self.comments: list[dict] = []
        self.sse_limit: int | None = None  # the stream drops comments beyond this many
        app = self.app

        @app.get("/<video_id>/comments")
        def comments(video_id):
            self.requests.append(dict(request.args))
            scripted = self._scripted()
            if scripted is not None:
                return scripted
            if request.args.get("access_token") != self.token:
                return jsonify({"error": {"message": "Error validating access token: Session has "
                                "expired", "type": "OAuthException", "code": 190,
                                "error_subcode": 463, "fbtrace_id": "Afake"}}), 400
            if video_id != self.video:
                return jsonify({"error": {"message": "Unsupported get request.", "type":
                                "GraphMethodException", "code": 100, "error_subcode": 33}}), 400
            assert request.args["filter"] == "stream" and request.args["order"] == "chronological"
            assert "message" in request.args["fields"] and "created_time" in request.args["fields"]
            limit = int(request.args.get("limit", 25))
            start = _index(request.args["after"]) + 1 if request.args.get("after") else 0
            with self.lock:
                page = self.comments[start:start + limit]
                more = start + limit < len(self.comments)
            for item in page:
                self.served[item.get("id")] += 1
            body: dict = {"data": page}
            if page:
                body["paging"] = {"cursors": {"before": _cursor(start),
                                              "after": _cursor(start + len(page) - 1)}}
                if more:
                    body["paging"]["next"] = f"{request.base_url}?after={_cursor(start + len(page) - 1)}"
            return jsonify(body)

        self.hidden: list[str] = []
        self.status = "LIVE"

        @app.get("/<video_id>")
        def live_video(video_id):
            if request.args.get("access_token") != self.token:
                return jsonify({"error": {"message": "Invalid OAuth access token.", "code": 190}}), 400
            assert request.args.get("fields") == "status"
            return jsonify({"id": video_id, "status": self.status})

        @app.post("/<comment_id>")
        def update_comment(comment_id):
            if request.form.get("access_token") != self.token:
                return jsonify({"error": {"message": "Invalid OAuth access token.", "code": 190}}), 400
            if request.form.get("is_hidden") == "true":
                self.hidden.append(comment_id)
            return jsonify({"success": True})

        @app.get("/<video_id>/live_comments")
        def live_comments(video_id):
            if request.args.get("access_token") != self.token:
                return jsonify({"error": {"message": "Invalid OAuth access token.",
                                          "type": "OAuthException", "code": 190}}), 400
            assert request.args.get("comment_rate")
            with self.lock:
                items = list(self.comments[: self.sse_limit])

            def stream():
                for item in items:
                    yield f"data: {json.dumps(item)}\n\n"
                time.sleep(0.3)

            return Response(stream(), content_type="text/event-stream")

    def post(self, n: int, *, start: int = 0, text: str = "cho hỏi đóng bhxh tự nguyện thế nào",
             prefix: str = "9001_") -> list[dict]:
        """Viewers post `n` comments; returns them in Graph's shape."""
        with self.lock:
            base = len(self.comments)
            new = [{"id": f"{prefix}{base + i + start}", "message": f"{text} #{base + i}",
                    "created_time": (T0 + timedelta(seconds=base + i)).strftime("%Y-%m-%dT%H:%M:%S+0000"),
                    "from": {"id": f"fbuser{(base + i) % 97}", "name": f"Người xem {(base + i) % 97}"}}
                   for i in range(n)]
            self.comments.extend(new)
        return new


class FakeYouTube(FakePlatform):
    """`/youtube/v3/liveChat/messages` with page tokens, polling interval, deletions, chat end."""

    def __init__(self, key: str = "yt-key", chat: str = "chat-1", interval_ms: int = 0):
        super().__init__()
        self.key, self.chat, self.interval_ms = key, chat, interval_ms
        self.items: list[dict] = []
        self.page_size = 200
        self.offline = False
        app = self.app

        @app.get("/youtube/v3/liveChat/messages")
        def messages():
            self.requests.append(dict(request.args))
            scripted = self._scripted()
            if scripted is not None:
                return scripted
            if request.args.get("key") != self.key:
                return self._error(400, "keyInvalid", "API key not valid. Please pass a valid API key.")
            if request.args.get("liveChatId") != self.chat:
                return self._error(404, "liveChatNotFound", "The live chat that you are trying to "
                                   "retrieve cannot be found.")
            assert request.args["part"] == "snippet,authorDetails"
            start = _index(request.args["pageToken"]) if request.args.get("pageToken") else 0
            with self.lock:
                page = self.items[start:start + self.page_size]
                offline = self.offline and start + len(page) >= len(self.items)
            for item in page:
                self.served[item["id"]] += 1
            body = {"kind": "youtube#liveChatMessageListResponse", "etag": "e",
                    "nextPageToken": _cursor(start + len(page)),
                    "pollingIntervalMillis": self.interval_ms,
                    "pageInfo": {"totalResults": len(page), "resultsPerPage": len(page)},
                    "items": page}
            if offline:
                body["offlineAt"] = "2026-11-24T13:00:00Z"
            return jsonify(body)

    @staticmethod
    def _error(status: int, reason: str, message: str):
        return jsonify({"error": {"code": status, "message": message,
                                  "errors": [{"message": message, "domain": "youtube.liveChat",
                                              "reason": reason}]}}), status

    def post(self, n: int, text: str = "bhyt hộ gia đình đóng bao nhiêu") -> list[dict]:
        with self.lock:
            base = len(self.items)
            new = [{"kind": "youtube#liveChatMessage", "etag": "e", "id": f"yt.{base + i}",
                    "snippet": {"type": "textMessageEvent", "liveChatId": self.chat,
                                "authorChannelId": f"UC{(base + i) % 89}",
                                "publishedAt": (T0 + timedelta(seconds=base + i)).isoformat()
                                .replace("+00:00", ".000Z"),
                                "hasDisplayContent": True, "displayMessage": f"{text} #{base + i}",
                                "textMessageDetails": {"messageText": f"{text} #{base + i}"}},
                    "authorDetails": {"channelId": f"UC{(base + i) % 89}",
                                      "displayName": f"Khán giả {(base + i) % 89}"}}
                   for i in range(n)]
            self.items.extend(new)
        return new

    def delete(self, message_id: str) -> None:
        with self.lock:
            self.items.append({"kind": "youtube#liveChatMessage", "id": f"del.{message_id}", "snippet": {
                "type": "messageDeletedEvent", "liveChatId": self.chat,
                "publishedAt": "2026-11-24T12:30:00Z", "hasDisplayContent": False,
                "messageDeletedDetails": {"deletedMessageId": message_id}}})

    def end_chat(self) -> None:
        with self.lock:
            self.items.append({"kind": "youtube#liveChatMessage", "id": "ended", "snippet": {
                "type": "chatEndedEvent", "liveChatId": self.chat,
                "publishedAt": "2026-11-24T13:00:00Z", "hasDisplayContent": False}})
