"""Moderator actions, conflicts between moderators, and replay by sequence number (service level)."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from livestream import console
from livestream.connectors import RawComment
from livestream.ingest import QuestionIndexCache, ingest_comments
from livestream.models import GroupStatus, LiveSession, QuestionGroup, SessionStatus
from livestream.queue import QueueItem, is_overdue, queue_order
from tests.conftest import T0

PENSION = "đóng bao nhiêu năm thì được lương hưu"
REGISTER = "đăng ký bhxh tự nguyện ở đâu vậy ạ"
CARD = "thẻ bhyt hộ gia đình khi nào có hiệu lực"


def raw(n, text, author=None):
    return RawComment("facebook", f"c{n}", author or f"u{n}", f"Viewer {n}", text,
                      T0 + timedelta(seconds=n))


@pytest.fixture
def live_id(sessions):
    with sessions.begin() as db:
        live = LiveSession(title="test")
        db.add(live)
        db.flush()
        return live.id


def ingest(sessions, live_id, comments, cache=None):
    with sessions.begin() as db:
        return ingest_comments(db, live_id, comments, **({"cache": cache} if cache else {}))


def groups_by_text(sessions, live_id) -> dict[str, QuestionGroup]:
    with sessions() as db:
        rows = db.scalars(select(QuestionGroup).where(QuestionGroup.live_session_id == live_id)).all()
        return {g.canonical_text: g for g in rows}


def act(sessions, live_id, group_id, action, **params):
    with sessions.begin() as db:
        return console.apply_action(db, live_id, group_id, action, actor="Lan", params=params)


def test_on_air_sends_one_question_and_the_previous_one_counts_as_answered(sessions, live_id):
    ingest(sessions, live_id, [raw(1, PENSION), raw(2, REGISTER)])
    g = groups_by_text(sessions, live_id)
    act(sessions, live_id, g[PENSION].id, "on_air")
    change = act(sessions, live_id, g[REGISTER].id, "on_air")
    after = groups_by_text(sessions, live_id)
    assert after[REGISTER].status == GroupStatus.ON_AIR
    assert after[PENSION].status == GroupStatus.ANSWERED and after[PENSION].status_changed_by == "Lan"
    assert {grp.id for grp in change.groups} == {g[PENSION].id, g[REGISTER].id}
    assert change.from_seq == change.seq == 4  # two comments, then two actions


def test_a_second_moderator_answering_a_dismissed_question_is_told_who_dismissed_it(sessions, live_id):
    ingest(sessions, live_id, [raw(1, PENSION)])
    gid = groups_by_text(sessions, live_id)[PENSION].id
    act(sessions, live_id, gid, "dismiss")
    with pytest.raises(console.ActionRefused, match="already dismissed by Lan"):
        act(sessions, live_id, gid, "answered")
    assert act(sessions, live_id, gid, "dismiss") is None  # the same action twice changes nothing
    act(sessions, live_id, gid, "reopen")
    assert groups_by_text(sessions, live_id)[PENSION].status == GroupStatus.OPEN


def test_edits_are_refused_when_the_text_changed_meanwhile(sessions, live_id):
    ingest(sessions, live_id, [raw(1, PENSION)])
    gid = groups_by_text(sessions, live_id)[PENSION].id
    act(sessions, live_id, gid, "edit", text="Đóng bao nhiêu năm thì có lương hưu?", text_version=0)
    with pytest.raises(console.ActionRefused, match="edited meanwhile"):
        act(sessions, live_id, gid, "edit", text="Lương hưu cần mấy năm?", text_version=0)
    with pytest.raises(console.ActionRefused, match="text: missing"):
        act(sessions, live_id, gid, "edit", text="  ", text_version=1)
    assert "Đóng bao nhiêu năm thì có lương hưu?" in groups_by_text(sessions, live_id)


def test_merge_moves_asks_and_askers_and_new_asks_follow(sessions, live_id):
    cache = QuestionIndexCache()
    ingest(sessions, live_id, [raw(1, PENSION, "an"), raw(2, PENSION, "binh"), raw(3, CARD, "an"),
                               raw(4, CARD, "chi")], cache)
    g = groups_by_text(sessions, live_id)
    act(sessions, live_id, g[CARD].id, "merge", into=g[PENSION].id)
    after = groups_by_text(sessions, live_id)
    assert after[CARD].status == GroupStatus.MERGED and after[CARD].merged_into_id == g[PENSION].id
    assert (after[PENSION].ask_count, after[PENSION].asker_count) == (4, 3)
    # "an" asks again: an ask, but not a new asker (the cache re-reads askers after the merge)
    ingest(sessions, live_id, [raw(5, PENSION, "an")], cache)
    again = groups_by_text(sessions, live_id)[PENSION]
    assert (again.ask_count, again.asker_count) == (5, 3)
    with pytest.raises(console.ActionRefused, match="merged into"):
        act(sessions, live_id, g[CARD].id, "answered")


def test_split_moves_one_ask_into_a_question_of_its_own(sessions, live_id):
    ingest(sessions, live_id, [raw(1, PENSION, "an"), raw(2, "dong bao nhieu nam thi dc luong huu", "binh")])
    (group,) = groups_by_text(sessions, live_id).values()
    assert group.ask_count == 2
    act(sessions, live_id, group.id, "split", comment_seq=2)
    after = groups_by_text(sessions, live_id)
    assert after[PENSION].ask_count == 1 and after[PENSION].asker_count == 1
    assert after["dong bao nhieu nam thi dc luong huu"].ask_count == 1
    with pytest.raises(console.ActionRefused, match="only ask"):
        act(sessions, live_id, after[PENSION].id, "split", comment_seq=1)


CARD_WHEN = "thẻ bhyt có hiệu lực khi nào vậy chị"
CARD_HOW_SOON = "mua bhyt xong bao lâu thì dùng được ạ"  # joins CARD_WHEN
CARD_AT_ONCE = "mua thẻ xong có xài liền được không ad"  # close to CARD_HOW_SOON, not to CARD_WHEN


@pytest.mark.parametrize("process", ["same process", "another process"])
def test_asks_worded_like_a_merged_question_join_the_question_it_was_merged_into(sessions, live_id,
                                                                                 process):
    cache = QuestionIndexCache()
    ingest(sessions, live_id, [raw(1, PENSION), raw(2, CARD)], cache)
    g = groups_by_text(sessions, live_id)
    act(sessions, live_id, g[CARD].id, "merge", into=g[PENSION].id)
    later = cache if process == "same process" else QuestionIndexCache()
    ingest(sessions, live_id, [raw(3, "the bhyt ho gia dinh khi nao co hieu luc vay")], later)
    after = groups_by_text(sessions, live_id)
    assert set(after) == {PENSION, CARD}  # no new question opened for it
    assert after[PENSION].ask_count == 3


def test_a_process_started_later_groups_new_asks_like_the_one_that_learned_the_wordings(sessions,
                                                                                         live_id):
    ingest(sessions, live_id, [raw(1, CARD_WHEN), raw(2, CARD_HOW_SOON)], QuestionIndexCache())
    ingest(sessions, live_id, [raw(3, CARD_AT_ONCE)], QuestionIndexCache())
    (group,) = groups_by_text(sessions, live_id).values()
    assert group.ask_count == 3


def test_a_wording_stored_twice_over_dismissals_and_reopenings_still_takes_its_asks(sessions, live_id):
    cache = QuestionIndexCache()
    ingest(sessions, live_id, [raw(1, CARD_WHEN), raw(2, CARD_HOW_SOON)], cache)
    first = groups_by_text(sessions, live_id)[CARD_WHEN].id
    act(sessions, live_id, first, "dismiss")
    ingest(sessions, live_id, [raw(4, CARD_HOW_SOON)], cache)  # a new question, worded like it
    second = groups_by_text(sessions, live_id)[CARD_HOW_SOON].id
    act(sessions, live_id, first, "reopen")
    ingest(sessions, live_id, [raw(6, PENSION)], cache)  # the index reloads the reopened question
    act(sessions, live_id, second, "dismiss")
    ingest(sessions, live_id, [raw(8, CARD_HOW_SOON)], cache)
    assert groups_by_text(sessions, live_id)[CARD_WHEN].ask_count == 3


def test_an_ask_worded_like_one_split_out_joins_the_split_out_question(sessions, live_id):
    cache = QuestionIndexCache()
    split_out = "mua bhyt xong dung duoc lien ko chi"
    ingest(sessions, live_id, [raw(1, CARD_WHEN, "an"), raw(2, split_out, "binh")], cache)
    (group,) = groups_by_text(sessions, live_id).values()
    act(sessions, live_id, group.id, "split", comment_seq=2)
    ingest(sessions, live_id, [raw(4, "mua bhyt xong dùng được liền không chị", "chi")], cache)
    after = groups_by_text(sessions, live_id)
    assert (after[CARD_WHEN].ask_count, after[split_out].ask_count) == (1, 2)


@pytest.mark.parametrize("process", ["same process", "another process"])
def test_a_question_asked_again_after_it_was_answered_says_so(sessions, live_id, process):
    cache = QuestionIndexCache()
    ingest(sessions, live_id, [raw(1, CARD_WHEN)], cache)
    answered = groups_by_text(sessions, live_id)[CARD_WHEN].id
    act(sessions, live_id, answered, "answered")
    later = cache if process == "same process" else QuestionIndexCache()
    again = "the bhyt co hieu luc khi nao vay ad"
    ingest(sessions, live_id, [raw(3, again), raw(4, PENSION)], later)
    after = groups_by_text(sessions, live_id)
    assert console.group_json(after[again], mask=False)["earlier"] == answered
    assert after[PENSION].earlier_id is None


def test_a_note_of_asked_again_follows_the_earlier_question_when_it_is_merged(sessions, live_id):
    ingest(sessions, live_id, [raw(1, CARD_WHEN), raw(2, PENSION)])
    g = groups_by_text(sessions, live_id)
    act(sessions, live_id, g[CARD_WHEN].id, "answered")
    ingest(sessions, live_id, [raw(4, "the bhyt co hieu luc khi nao vay ad")])
    again = "the bhyt co hieu luc khi nao vay ad"
    again_id = groups_by_text(sessions, live_id)[again].id
    change = act(sessions, live_id, g[CARD_WHEN].id, "merge", into=g[PENSION].id)
    assert groups_by_text(sessions, live_id)[again].earlier_id == g[PENSION].id
    assert {grp.id for grp in change.groups} == {g[CARD_WHEN].id, g[PENSION].id, again_id}


def test_a_reopened_question_takes_new_asks_again(sessions, live_id):
    cache = QuestionIndexCache()
    ingest(sessions, live_id, [raw(1, CARD_WHEN)], cache)
    gid = groups_by_text(sessions, live_id)[CARD_WHEN].id
    act(sessions, live_id, gid, "answered")
    ingest(sessions, live_id, [raw(3, PENSION)], cache)  # the index notes it answered
    act(sessions, live_id, gid, "reopen")
    ingest(sessions, live_id, [raw(5, "the bhyt co hieu luc khi nao vay ad")], cache)
    after = groups_by_text(sessions, live_id)
    assert set(after) == {CARD_WHEN, PENSION} and after[CARD_WHEN].ask_count == 2


def test_a_question_the_engine_missed_is_put_in_the_queue_from_its_comment(sessions, live_id):
    missed = "mình muốn biết thủ tục nhận lương hưu"  # a wish, not worded as a question
    ingest(sessions, live_id, [raw(1, missed, "an"), raw(2, PENSION, "binh")])
    assert set(groups_by_text(sessions, live_id)) == {PENSION}
    with sessions.begin() as db:
        change = console.ask_from_comment(db, live_id, 1, actor="Lan")
    group = groups_by_text(sessions, live_id)[missed]
    assert (group.status, group.ask_count, group.asker_count, group.status_changed_by) == (
        GroupStatus.OPEN, 1, 1, "Lan")
    (comment,) = change.comments
    assert comment["is_question"] and comment["group_id"] == group.id
    with sessions() as db:  # a console that reconnects is told the comment changed
        replay = console.changes_since(db, live_id, 2)
    assert [c["group_id"] for c in replay["comments"]] == [group.id]
    assert [g.id for g in replay["groups"]] == [group.id]
    with sessions.begin() as db, pytest.raises(console.ActionRefused, match="already an ask of question"):
        console.ask_from_comment(db, live_id, 2, actor="Lan")
    with sessions.begin() as db, pytest.raises(console.NotFound, match="comment 9 is not in"):
        console.ask_from_comment(db, live_id, 9, actor="Lan")



def test_a_missed_question_joins_the_open_question_it_matches(sessions, live_id):
    asked = "thủ tục nhận lương hưu như thế nào ạ"
    ingest(sessions, live_id, [raw(1, asked, "an"), raw(2, PENSION, "binh"),
                               raw(3, "mình muốn biết thủ tục nhận lương hưu", "chi"),
                               raw(4, "chị ơi hướng dẫn thủ tục nhận lương hưu giúp em", "an")])
    before = groups_by_text(sessions, live_id)
    assert set(before) == {asked, PENSION} and before[asked].ask_count == 1
    with sessions.begin() as db:
        change = console.ask_from_comment(db, live_id, 3, actor="Lan")
    after = groups_by_text(sessions, live_id)
    assert set(after) == {asked, PENSION}  # no second card for the same question
    joined = after[asked]
    assert (joined.ask_count, joined.asker_count) == (2, 2)
    assert [g.id for g in change.groups] == [joined.id] and change.comments[0]["group_id"] == joined.id
    with sessions.begin() as db:  # the same viewer asking again is one more ask, not one more asker
        console.ask_from_comment(db, live_id, 4, actor="Lan")
    assert (groups_by_text(sessions, live_id)[asked].ask_count,
            groups_by_text(sessions, live_id)[asked].asker_count) == (3, 2)

def test_changes_since_replays_in_order_without_repeats_and_pages(sessions, live_id):
    ingest(sessions, live_id, [raw(n, f"bình luận số {n}") for n in range(1, 6)])
    ingest(sessions, live_id, [raw(6, PENSION)])
    gid = groups_by_text(sessions, live_id)[PENSION].id
    act(sessions, live_id, gid, "pin")
    with sessions() as db:
        first = console.changes_since(db, live_id, 2, limit=3)
        second = console.changes_since(db, live_id, first["upto"], limit=3)
        nothing = console.changes_since(db, live_id, second["upto"])
    assert [c["seq"] for c in first["comments"]] == [3, 4, 5] and first["more"]
    assert first["groups"] == []
    assert [c["seq"] for c in second["comments"]] == [6] and not second["more"]
    assert second["upto"] == 7 and [g.pinned for g in second["groups"]] == [True]
    assert nothing["comments"] == [] and nothing["groups"] == [] and nothing["upto"] == 7


def test_session_start_and_end_take_sequence_numbers(sessions, live_id):
    with sessions.begin() as db:
        started = console.set_session_status(db, live_id, SessionStatus.LIVE)
    with sessions.begin() as db:
        assert console.set_session_status(db, live_id, SessionStatus.LIVE) is None
        console.set_session_status(db, live_id, SessionStatus.ENDED)
    with sessions.begin() as db, pytest.raises(console.ActionRefused, match="has ended"):
        console.set_session_status(db, live_id, SessionStatus.LIVE)
    assert started.seq == 1


def test_host_payload_masks_phone_numbers(sessions, live_id):
    ingest(sessions, live_id, [raw(1, "số em 0905123456 đóng bao nhiêu một tháng ạ")])
    with sessions() as db:
        (group,) = db.scalars(select(QuestionGroup)).all()
        host = console.group_json(group, mask=True)
        moderator = console.group_json(group, mask=False)
    assert "0905123456" not in host["text"] and "0905123456" in moderator["text"]


def item(gid, minutes_ago, askers, pinned=False, status="open"):
    return QueueItem(gid, status, pinned, askers, T0 - timedelta(minutes=minutes_ago))


def test_queue_order_weighs_waiting_against_askers_and_pins_first():
    items = [item(1, 1, 1), item(2, 10, 1), item(3, 1, 6), item(4, 0, 1, pinned=True),
             item(5, 30, 1, status="answered")]
    # priorities: 1 -> 1.5, 2 -> 6, 3 -> 6.5, pinned 4 first, answered 5 not queued
    assert [i.id for i in queue_order(items, T0)] == [4, 3, 2, 1]
    assert is_overdue(items[1], T0, overdue_minutes=5) and not is_overdue(items[0], T0, 5)
    assert not is_overdue(items[4], T0, 5)
