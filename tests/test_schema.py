"""The Alembic migrations build exactly the schema the models describe."""

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from livestream.db import Base, alembic_config, make_engine, upgrade_schema
from tests.conftest import T0


def _not_apscheduler(name, type_, parent_names) -> bool:
    return not (type_ == "table" and name == "apscheduler_jobs")


def test_migrations_match_the_models(app):
    engine = app.extensions["livelead.engine"]
    with engine.connect() as conn:
        # APScheduler's job store keeps its own table, outside our models and migrations.
        context = MigrationContext.configure(conn, opts={"include_name": _not_apscheduler})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_upgrading_keeps_every_link_and_gives_merged_questions_their_wordings(database_url):
    engine = make_engine(database_url)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0008")
        live = conn.execute(text("INSERT INTO live_sessions (title, status, last_seq, captured_seq, "
                                 "platform_links, created_at) VALUES ('old', 'ended', 3, 3, '[]', "
                                 ":t) RETURNING id"), {"t": T0}).scalar_one()
        ids = []
        for key, into in [("#card ?when", None), ("#card ?soon", "first"), ("#pension ?years", None)]:
            ids.append(conn.execute(text(
                "INSERT INTO question_groups (live_session_id, canonical_text, match_key, status, "
                "pinned, ask_count, asker_count, first_asked_at, last_asked_at, seq, text_version, "
                "merged_into_id) VALUES (:s, 'x', :k, :st, false, 1, 1, :t, :t, 1, 0, :m) "
                "RETURNING id"), {"s": live, "k": key, "t": T0, "m": ids[0] if into else None,
                                  "st": "merged" if into else "open"}).scalar_one())
        # a chain: the first question is itself merged into the third afterwards
        conn.execute(text("UPDATE question_groups SET status = 'merged', merged_into_id = :c "
                          "WHERE id = :a"), {"a": ids[0], "c": ids[2]})
        conn.execute(text("INSERT INTO comments (live_session_id, seq, platform, platform_comment_id, "
                          "author_name, text, created_at, received_at, is_question, is_lead, is_tech, "
                          "phones, question_group_id, deleted, changed_seq) VALUES (:s, 1, 'facebook', "
                          "'c1', 'An', 'x', :t, :t, true, false, false, '[]', :g, false, 1)"),
                     {"s": live, "t": T0, "g": ids[2]})
    upgrade_schema(engine)  # as the app does on start; later revisions rebuild question_groups
    with engine.connect() as conn:
        wordings = conn.execute(text("SELECT question_group_id, match_key FROM question_wordings "
                                     "ORDER BY match_key")).all()
        merged = conn.execute(text("SELECT merged_into_id FROM question_groups WHERE id = :a"),
                              {"a": ids[0]}).scalar_one()
        asked_in = conn.execute(text("SELECT question_group_id FROM comments")).scalar_one()
    engine.dispose()
    assert [tuple(w) for w in wordings] == [(ids[2], "#card ?soon"), (ids[2], "#card ?when")]
    assert (merged, asked_in) == (ids[2], ids[2])  # nothing pointing at a question was lost
