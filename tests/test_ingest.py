import random
import threading
from datetime import timedelta, timezone

from sqlalchemy import event, func, select

from livestream.connectors import RawComment
from livestream.ingest import QuestionIndexCache, ingest_comments
from livestream.models import Comment, Commenter, LiveSession, QuestionGroup
from tests.conftest import T0


def raw(n: int, text: str = "chào chị", author: str | None = None) -> RawComment:
    return RawComment("facebook", f"c{n}", author or f"u{n}", f"Viewer {n}", text,
                      T0 + timedelta(seconds=n))


def new_session(sessions) -> int:
    with sessions.begin() as db:
        live = LiveSession(title="test")
        db.add(live)
        db.flush()
        return live.id


def count_comments(sessions, live_id: int) -> int:
    with sessions() as db:
        return db.scalar(select(func.count()).select_from(Comment)
                         .where(Comment.live_session_id == live_id))


def test_duplicate_webhook_delivery_is_stored_once(sessions):
    live_id = new_session(sessions)
    batch = [raw(n) for n in range(50)]
    with sessions.begin() as db:
        first = ingest_comments(db, live_id, batch)
    with sessions.begin() as db:
        second = ingest_comments(db, live_id, batch)
    assert (first.accepted, first.duplicates) == (50, 0)
    assert (second.accepted, second.duplicates) == (0, 50)
    assert count_comments(sessions, live_id) == 50


def test_shuffled_and_repeated_deliveries_store_each_comment_once(sessions):
    live_id = new_session(sessions)
    comments = [raw(n) for n in range(200)]
    rng = random.Random(3)
    for _ in range(5):
        batch = rng.sample(comments, 80) + rng.sample(comments, 20)
        with sessions.begin() as db:
            ingest_comments(db, live_id, batch)
    with sessions.begin() as db:
        ingest_comments(db, live_id, comments)
    assert count_comments(sessions, live_id) == 200


def test_concurrent_deliveries_from_two_threads_store_each_comment_once(sessions):
    live_id = new_session(sessions)
    comments = [raw(n, "đóng bao nhiêu năm thì được lương hưu" if n % 3 == 0 else "hay quá")
                for n in range(600)]
    errors = []

    def deliver(seed: int):
        rng = random.Random(seed)
        order = comments[:]
        rng.shuffle(order)
        try:
            for start in range(0, len(order), 50):
                with sessions.begin() as db:
                    ingest_comments(db, live_id, order[start : start + 50])
        except Exception as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=deliver, args=(seed,)) for seed in (1, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert count_comments(sessions, live_id) == 600
    with sessions() as db:
        seqs = db.scalars(select(Comment.seq).where(Comment.live_session_id == live_id)
                          .order_by(Comment.seq)).all()
        groups = db.scalars(select(QuestionGroup)).all()
    assert seqs == list(range(1, 601))  # gap-free, in commit order
    assert len(groups) == 1 and groups[0].ask_count == 200


def test_sequence_numbers_continue_across_batches(sessions):
    live_id = new_session(sessions)
    with sessions.begin() as db:
        a = ingest_comments(db, live_id, [raw(1), raw(2)])
    with sessions.begin() as db:
        b = ingest_comments(db, live_id, [raw(3)])
    assert [c["seq"] for c in a.comments] == [1, 2]
    assert [c["seq"] for c in b.comments] == [3]
    assert b.last_seq == 3


def test_question_group_counts_asks_askers_and_times(sessions):
    live_id = new_session(sessions)
    batch = [
        raw(1, "đóng bao nhiêu năm thì được lương hưu", author="lan"),
        raw(5, "dong bao nhieu nam thi dc luong huu a", author="tuan"),
        raw(3, "cho em hỏi đóng bn năm thì có lương hưu", author="lan"),
    ]
    with sessions.begin() as db:
        ingest_comments(db, live_id, batch[:1])
    with sessions.begin() as db:
        ingest_comments(db, live_id, batch[1:])
    with sessions() as db:
        (group,) = db.scalars(select(QuestionGroup)).all()
    assert group.ask_count == 3
    assert group.asker_count == 2
    assert group.canonical_text == "đóng bao nhiêu năm thì được lương hưu"
    assert group.first_asked_at == T0 + timedelta(seconds=1)
    assert group.last_asked_at == T0 + timedelta(seconds=5)


def test_a_second_process_sees_groups_opened_by_the_first(sessions):
    live_id = new_session(sessions)
    process_a, process_b = QuestionIndexCache(), QuestionIndexCache()
    with sessions.begin() as db:
        ingest_comments(db, live_id, [raw(1, "bhyt hộ gia đình giá bao nhiêu")], cache=process_a)
    with sessions.begin() as db:
        ingest_comments(db, live_id, [raw(2, "bhyt hgd gia bao nhieu vay")], cache=process_b)
    with sessions.begin() as db:
        ingest_comments(db, live_id, [raw(3, "bhyt hộ gia đình bao nhiêu tiền")], cache=process_a)
    with sessions() as db:
        groups = db.scalars(select(QuestionGroup)).all()
    assert [g.ask_count for g in groups] == [3]


def test_a_failed_batch_stores_nothing_and_the_next_one_works(sessions):
    live_id = new_session(sessions)
    db = sessions()
    ingest_comments(db, live_id, [raw(1, "đăng ký ở đâu vậy chị")])
    db.rollback()
    db.close()
    with sessions.begin() as db:
        result = ingest_comments(db, live_id, [raw(1, "đăng ký ở đâu vậy chị")])
    assert result.accepted == 1 and result.last_seq == 1
    with sessions() as db:
        assert db.scalar(select(func.count()).select_from(QuestionGroup)) == 1


def test_stored_comments_keep_their_text_times_and_phones_exactly(sessions):
    # Tabs, newlines, backslashes, quotes and emoji are data to the bulk write (COPY on
    # PostgreSQL), never syntax; times come back as the same instants; phones as a list.
    texts = ["tab\there, new\nline \\N back\\slash 'quote' \"dq\" 🎉",
             "sđt em 0905 123 456 tư vấn giúp em", "\\.", ""]
    stamps = [T0 + timedelta(microseconds=123456), T0.astimezone(timezone(timedelta(hours=7)))]
    batch = [RawComment("facebook", f"odd{i}", "u1", "Tên \t có tab", text, stamps[i % 2])
             for i, text in enumerate(texts)]
    live_id = new_session(sessions)
    with sessions.begin() as db:
        ingest_comments(db, live_id, batch)
    with sessions() as db:
        stored = db.scalars(select(Comment).where(Comment.live_session_id == live_id)
                            .order_by(Comment.seq)).all()
    assert [c.text for c in stored] == texts
    assert [c.created_at for c in stored] == [stamps[i % 2] for i in range(len(texts))]
    assert [c.author_name for c in stored] == ["Tên \t có tab"] * len(texts)
    assert stored[1].phones == ["+84905123456"] and stored[1].is_lead
    assert stored[0].phones == [] and stored[0].received_at is not None


def test_each_viewer_is_one_commenter_across_batches_and_platforms(sessions):
    live_id = new_session(sessions)
    first = [raw(1, author="an"), raw(2, author="bình"), raw(3, author="an")]
    youtube = RawComment("youtube", "y1", "an", "An (YouTube)", "chào chị", T0)
    with sessions.begin() as db:
        ingest_comments(db, live_id, first + [youtube])
    with sessions.begin() as db:
        ingest_comments(db, live_id, [raw(4, author="bình"), raw(5, author="chi")])
    with sessions() as db:
        stored = db.execute(select(Comment.platform_comment_id, Commenter.platform,
                                   Commenter.platform_user_id)
                            .join(Commenter, Comment.commenter_id == Commenter.id)).all()
        people = db.scalar(select(func.count()).select_from(Commenter))
    assert {c: (p, u) for c, p, u in stored} == {
        "c1": ("facebook", "an"), "c2": ("facebook", "bình"), "c3": ("facebook", "an"),
        "y1": ("youtube", "an"), "c4": ("facebook", "bình"), "c5": ("facebook", "chi"),
    }
    assert people == 4  # an on Facebook, an on YouTube, bình, chi


def _rows_read(plan: dict, table: str) -> int:
    """Rows a PostgreSQL plan read from `table`: those returned plus those filtered out."""
    own = 0
    if plan.get("Relation Name") == table:
        own = (plan["Actual Rows"] + plan.get("Rows Removed by Filter", 0)) * plan["Actual Loops"]
    return own + sum(_rows_read(child, table) for child in plan.get("Plans", []))


def test_a_batch_looks_up_only_its_own_comments_and_viewers_however_long_the_session(app, sessions):
    """The duplicate check and the viewer look-up probe the unique indexes, one value each.

    Before, PostgreSQL compared a batch's ids against every comment of the session (and its
    viewers against every viewer of the platform) whenever the growing tables had not been
    analysed yet: a cost that grew with each batch.
    """
    live_id = new_session(sessions)
    for start in range(0, 4000, 500):
        with sessions.begin() as db:
            ingest_comments(db, live_id, [raw(n) for n in range(start, start + 500)])
    lookups = []

    def keep(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().startswith("SELECT") and ("platform_comment_id" in statement
                                                         or "platform_user_id" in statement):
            lookups.append((statement, parameters))

    engine = app.extensions["livelead.engine"]
    event.listen(engine, "before_cursor_execute", keep)
    batch = [raw(n) for n in range(3800, 4100)]  # 200 already stored, 100 new
    with sessions.begin() as db:
        result = ingest_comments(db, live_id, batch)
    event.remove(engine, "before_cursor_execute", keep)
    assert (result.accepted, result.duplicates) == (100, 200)
    assert len(lookups) == 2
    with engine.connect() as conn:
        cursor = conn.connection.driver_connection.cursor()
        for (statement, parameters), table in zip(lookups, ("comments", "commenters"), strict=True):
            if engine.dialect.name == "postgresql":
                cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + statement, parameters)
                plan = cursor.fetchone()[0][0]["Plan"]
                assert _rows_read(plan, table) <= len(batch), (table, plan)
            else:
                cursor.execute("EXPLAIN QUERY PLAN " + statement, parameters)
                steps = " | ".join(row[3] for row in cursor.fetchall())
                key = "platform_comment_id=?" if table == "comments" else "platform_user_id=?"
                assert f"SEARCH {table}" in steps and key in steps, steps
