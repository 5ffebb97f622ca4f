"""Platform connectors against local fake servers: paging, intervals, errors, deletions, chat end."""

from __future__ import annotations

import pytest

from livestream.connectors.base import (
    CredentialsError,
    SourceEnded,
    SourceRejected,
    TransientError,
    backoff_delay,
    connector_class,
)
from livestream.connectors.facebook import FacebookComments, FacebookLive
from livestream.connectors.youtube import YouTubeLiveChat
from tests.fakeplatforms import FakeGraph, FakeYouTube, running


@pytest.fixture
def graph():
    with running(FakeGraph()) as fake:
        yield fake


@pytest.fixture
def youtube():
    with running(FakeYouTube(interval_ms=2500)) as fake:
        yield fake


def fb_settings(graph, **extra):
    return {"FACEBOOK_PAGE_TOKEN": "page-token", "FACEBOOK_GRAPH_URL": graph.url,
            "FACEBOOK_STREAMING_URL": graph.url, "FACEBOOK_PAGE_SIZE": "100",
            "FACEBOOK_POLL_SECONDS": "3", "HTTP_TIMEOUT": "0.5", **extra}


def yt_settings(youtube, **extra):
    return {"YOUTUBE_API_KEY": "yt-key", "YOUTUBE_API_URL": f"{youtube.url}/youtube/v3",
            "HTTP_TIMEOUT": "0.5", **extra}


def test_registry_has_a_connector_per_platform_kind():
    assert connector_class("facebook_comments") is FacebookComments
    assert connector_class("facebook_live") is FacebookLive
    assert connector_class("youtube_chat") is YouTubeLiveChat
    assert connector_class("tiktok_live").unofficial
    with pytest.raises(LookupError):
        connector_class("myspace")


def test_facebook_polling_pages_through_cursors_then_waits(graph):
    graph.post(250)
    connector = FacebookComments("9001", None, fb_settings(graph))
    batches = [connector.fetch() for _ in range(3)]
    assert [len(b.comments) for b in batches] == [100, 100, 50]
    assert [b.wait for b in batches] == [0.0, 0.0, 3.0]  # next page at once, then the poll interval
    first = batches[0].comments[0]
    assert first.platform == "facebook" and first.platform_comment_id == "9001_0"
    assert first.author_name == "Người xem 0" and first.created_at.tzinfo is not None
    assert connector.fetch().comments == []  # nothing new: the cursor stays put
    graph.post(5)
    assert len(connector.fetch().comments) == 5
    connector.close()


def test_facebook_connector_resumes_from_a_stored_cursor(graph):
    graph.post(150)
    first = FacebookComments("9001", None, fb_settings(graph))
    stored = first.fetch().cursor
    first.close()
    again = FacebookComments("9001", stored, fb_settings(graph))
    ids = [c.platform_comment_id for c in again.fetch().comments]
    assert ids[0] == "9001_100" and len(ids) == 50
    assert max(graph.served.values()) == 1  # no comment was served twice
    again.close()


@pytest.mark.parametrize("trouble", ["500", "timeout", "garbage"])
def test_facebook_network_trouble_is_transient_and_loses_nothing(graph, trouble):
    graph.post(10)
    connector = FacebookComments("9001", None, fb_settings(graph))
    graph.script.append(trouble)
    with pytest.raises(TransientError):
        connector.fetch()
    assert len(connector.fetch().comments) == 10
    connector.close()


def test_facebook_expired_token_stops_with_a_clear_reason(graph):
    connector = FacebookComments("9001", None, fb_settings(graph, FACEBOOK_PAGE_TOKEN="old"))
    with pytest.raises(CredentialsError, match="190.*expired"):
        connector.fetch()
    connector.close()
    with pytest.raises(CredentialsError, match="LIVELEAD_FACEBOOK_PAGE_TOKEN"):
        FacebookComments("9001", None, {"FACEBOOK_GRAPH_URL": graph.url}).fetch()


@pytest.mark.parametrize("code", [4, 17, 32, 613])
def test_facebook_rate_limits_back_off_for_a_minute(graph, code):
    graph.script.append((400, {"error": {"message": "Application request limit reached",
                                         "type": "OAuthException", "code": code}}))
    connector = FacebookComments("9001", None, fb_settings(graph))
    with pytest.raises(TransientError) as caught:
        connector.fetch()
    assert caught.value.min_wait >= 60
    connector.close()


def test_facebook_unknown_video_is_rejected(graph):
    connector = FacebookComments("nope", None, fb_settings(graph))
    with pytest.raises(SourceRejected, match="100"):
        connector.fetch()
    connector.close()


def test_facebook_malformed_comment_is_reported_and_the_rest_kept(graph):
    graph.post(3)
    graph.comments[1] = {"id": "9001_1", "message": 42, "created_time": "yesterday"}
    connector = FacebookComments("9001", None, fb_settings(graph))
    batch = connector.fetch()
    assert [c.platform_comment_id for c in batch.comments] == ["9001_0", "9001_2"]
    assert len(batch.errors) == 1 and "data[1].message" in batch.errors[0]
    connector.close()


def test_facebook_live_stream_is_reconciled_by_polling(graph):
    graph.post(40)
    graph.sse_limit = 25  # the stream drops what is above its comment rate
    connector = FacebookLive("9001", None, fb_settings(graph, FACEBOOK_RECONCILE_SECONDS="0"))
    seen: dict[str, int] = {}
    for _ in range(4):
        for comment in connector.fetch().comments:
            seen[comment.platform_comment_id] = seen.get(comment.platform_comment_id, 0) + 1
    connector.close()
    assert len(seen) == 40  # polling filled in what the stream dropped
    assert connector.cursor is not None


def test_youtube_honours_polling_interval_and_page_tokens(youtube):
    youtube.post(450)
    connector = YouTubeLiveChat("chat-1", None, yt_settings(youtube))
    batches = [connector.fetch() for _ in range(3)]
    assert [len(b.comments) for b in batches] == [200, 200, 50]
    assert all(b.wait == 2.5 for b in batches)
    assert sum(b.quota_units for b in batches) == 15  # 5 units a call
    assert batches[0].comments[0].platform == "youtube"
    assert batches[0].comments[0].text.startswith("bhyt hộ gia đình")
    assert youtube.requests[1]["pageToken"] == batches[0].cursor
    connector.close()


def test_youtube_deleted_message_and_chat_end(youtube):
    youtube.post(3)
    youtube.delete("yt.1")
    youtube.end_chat()
    connector = YouTubeLiveChat("chat-1", None, yt_settings(youtube))
    batch = connector.fetch()
    assert len(batch.comments) == 3 and batch.deleted == ["yt.1"] and batch.ended
    connector.close()


def test_youtube_offline_at_ends_the_chat(youtube):
    youtube.post(2)
    youtube.offline = True
    batch = YouTubeLiveChat("chat-1", None, yt_settings(youtube)).fetch()
    assert len(batch.comments) == 2 and batch.ended


@pytest.mark.parametrize(("status", "reason", "error"), [
    (403, "liveChatEnded", SourceEnded), (404, "liveChatNotFound", SourceEnded),
    (403, "quotaExceeded", TransientError), (401, "authError", CredentialsError),
])
def test_youtube_errors_map_to_what_the_runner_does(youtube, status, reason, error):
    youtube.script.append((status, {"error": {"code": status, "message": reason,
                                              "errors": [{"reason": reason}]}}))
    connector = YouTubeLiveChat("chat-1", None, yt_settings(youtube))
    with pytest.raises(error, match=reason):
        connector.fetch()
    connector.close()


def test_youtube_bad_key_and_malformed_items(youtube):
    with pytest.raises(CredentialsError, match="keyInvalid"):
        YouTubeLiveChat("chat-1", None, yt_settings(youtube, YOUTUBE_API_KEY="wrong")).fetch()
    youtube.post(2)
    del youtube.items[0]["authorDetails"]
    del youtube.items[0]["snippet"]["authorChannelId"]
    batch = YouTubeLiveChat("chat-1", None, yt_settings(youtube)).fetch()
    assert len(batch.comments) == 1 and "channelId" in batch.errors[0]


@pytest.mark.parametrize("trouble", ["500", "timeout", "garbage"])
def test_youtube_network_trouble_is_transient(youtube, trouble):
    youtube.script.append(trouble)
    connector = YouTubeLiveChat("chat-1", None, yt_settings(youtube))
    with pytest.raises(TransientError):
        connector.fetch()
    connector.close()


def test_backoff_grows_with_jitter_and_is_capped():
    assert backoff_delay(1, rand=lambda: 0.0) == 0.5 and backoff_delay(1, rand=lambda: 1.0) == 1.0
    assert backoff_delay(4, rand=lambda: 0.0) == 4.0 and backoff_delay(4, rand=lambda: 1.0) == 8.0
    assert backoff_delay(30, cap=120, rand=lambda: 1.0) == 120


def test_facebook_source_ends_once_the_video_is_over_and_drained(graph):
    graph.post(150)
    connector = FacebookComments("9001", None, fb_settings(graph, FACEBOOK_STATUS_SECONDS="0"))
    graph.status = "VOD"
    first = connector.fetch()
    assert len(first.comments) == 100 and not first.ended  # pages still waiting
    last = connector.fetch()
    assert len(last.comments) == 50 and last.ended
    connector.close()
