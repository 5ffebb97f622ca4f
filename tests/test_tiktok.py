"""TikTok LIVE (unofficial): the connector turns the TikTokLive client's events into comments.

TikTokLive talks to TikTok itself, so these tests hand the connector a stub client that fires
events shaped like TikTokLive 7's `CommentEvent` (content, user.id/nickname, common.msg_id).
"""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest

from livestream.connectors.base import SourceEnded
from livestream.connectors.tiktok import TikTokLiveConnector


class StubClient:
    def __init__(self, events, on_comment, on_end, *, end=True):
        self.events, self.on_comment, self.on_end, self.end = events, on_comment, on_end, end

    def run(self):
        async def main():
            for event in self.events:
                await self.on_comment(event)
            if self.end:
                await self.on_end(SimpleNamespace())

        asyncio.run(main())


def comment_event(n: int, text: str):
    return SimpleNamespace(content=text, user=SimpleNamespace(id=7000 + n, nickname=f"bạn {n}"),
                           common=SimpleNamespace(msg_id=900 + n, create_time=1795000000000 + n))


def connector(events, **kwargs):
    return TikTokLiveConnector("@bhxh.vn", None, {}, client_factory=lambda on_comment, on_end:
                               StubClient(events, on_comment, on_end, **kwargs))


def test_comment_events_become_comments_and_live_end_stops():
    tiktok = connector([comment_event(1, "đóng bhxh tự nguyện ở đâu"), comment_event(2, "0912345678")])
    batch = tiktok.fetch()
    assert [c.platform_comment_id for c in batch.comments] == ["@bhxh.vn:901", "@bhxh.vn:902"]
    assert batch.comments[0].platform == "tiktok" and batch.comments[0].author_name == "bạn 1"
    assert batch.comments[0].created_at.year == 2026 and batch.ended
    assert TikTokLiveConnector.unofficial and "unofficial" in TikTokLiveConnector.label.lower()


def test_stream_end_without_comments_raises_ended():
    tiktok = connector([])
    with pytest.raises(SourceEnded):
        for _ in range(5):
            tiktok.fetch()


def test_malformed_event_is_reported_and_the_rest_kept():
    bad = SimpleNamespace(content=42, user=None, common=None)
    tiktok = connector([bad, comment_event(3, "hay quá")], end=False)
    comments, errors = [], []
    for _ in range(10):  # the stub client delivers from its own thread
        batch = tiktok.fetch()
        comments += batch.comments
        errors += batch.errors
        if len(comments) + len(errors) == 2:
            break
    assert [c.text for c in comments] == ["hay quá"] and "not a string" in errors[0]
