"""File import, replay and manual entry: every path goes through the same ingest service."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

import run
from livestream.db import utcnow
from livestream.models import Comment, CommentSource
from tests.conftest import make_comment


@pytest.fixture
def cli(monkeypatch, database_url, app):
    """Run `python run.py …` in-process against the test database."""
    monkeypatch.setenv("DATABASE_URL", database_url)

    def call(*args):
        return run.main([str(a) for a in args])

    return call


def comments(sessions) -> list[Comment]:
    with sessions() as db:
        return list(db.scalars(select(Comment).order_by(Comment.seq)))


def test_import_csv_with_column_mapping_and_progress(cli, sessions, live_session, tmp_path, capsys):
    path = tmp_path / "export.csv"
    path.write_text("comment_id,message,name,time\n"
                    "101,cho em hỏi bhxh tự nguyện đóng bao nhiêu,Lan,2026-11-24T12:00:00+07:00\n"
                    "102,sđt em 0912 345 678,Hùng,2026-11-24T12:00:05+07:00\n"
                    ",không có id,Ai,2026-11-24T12:00:09+07:00\n", encoding="utf-8")
    code = cli("import", path, "--session", live_session,
               "--map", "id=comment_id,text=message,author=name,created_at=time")
    out = capsys.readouterr()
    assert code == 0, out.err
    assert json.loads(out.out) == {"read": 3, "accepted": 2, "duplicates": 0, "errors": 1}
    assert "line 4" in out.err and "comment" in out.err  # the bad row, and the tqdm bar
    stored = comments(sessions)
    assert [(c.platform, c.platform_comment_id, c.author_name) for c in stored] == [
        ("file", "101", "Lan"), ("file", "102", "Hùng")]
    assert stored[0].is_question and stored[1].phones == ["+84912345678"]
    assert stored[0].created_at.hour == 5  # 12:00 in Vietnam is 05:00 UTC
    assert cli("import", path, "--session", live_session, "--quiet",
               "--map", "id=comment_id,text=message") == 0
    assert json.loads(capsys.readouterr().out)["duplicates"] == 2


def test_import_as_facebook_dedupes_with_live_comments(cli, client, auth, sessions, live_session,
                                                       tmp_path, capsys):
    client.post(f"/api/sessions/{live_session}/comments", headers=auth, json=[make_comment(1)])
    path = tmp_path / "fb.jsonl"
    path.write_text("\n".join(json.dumps({"id": f"c{n}", "text": "hay quá"}) for n in (1, 2)))
    assert cli("import", path, "--session", live_session, "--platform", "facebook", "--quiet") == 0
    assert json.loads(capsys.readouterr().out) == {"read": 2, "accepted": 1, "duplicates": 1,
                                                   "errors": 0}
    with sessions() as db:
        source = db.scalar(select(CommentSource).where(CommentSource.kind == "file"))
        assert source.comment_count == 1


def test_import_refuses_unknown_session_and_bad_mapping(cli, live_session, tmp_path, capsys):
    path = tmp_path / "x.csv"
    path.write_text("id,text\n1,a\n")
    assert cli("import", path, "--session", 999) == 2
    assert cli("import", path, "--session", live_session, "--map", "colour=red") == 2
    assert "--map" in capsys.readouterr().err


def test_replay_keeps_the_original_gaps_divided_by_speed(cli, sessions, live_session, tmp_path,
                                                         monkeypatch, capsys):
    slept = []
    monkeypatch.setattr(run, "_sleep", slept.append)
    path = tmp_path / "recorded.jsonl"
    times = ["2026-11-24T12:00:00Z", "2026-11-24T12:00:10Z", "2026-11-24T12:00:10Z",
             "2026-11-24T12:01:00Z"]
    path.write_text("\n".join(json.dumps({"id": str(n), "text": f"câu {n}", "created_at": t})
                              for n, t in enumerate(times)))
    assert cli("replay", path, "--session", live_session, "--speed", 10) == 0
    assert slept == [1.0, 5.0]
    stored = comments(sessions)
    assert [c.platform for c in stored] == ["replay"] * 4
    assert abs((stored[0].created_at - utcnow()).total_seconds()) < 60  # re-dated to now
    assert json.loads(capsys.readouterr().out)["accepted"] == 4
    assert cli("replay", path, "--session", live_session, "--speed", 1000, "--fresh-ids") == 0
    assert len(comments(sessions)) == 8


def test_manual_entry_joins_the_queue_like_any_comment(client, auth, sessions, live_session):
    for text in ("chị ơi bhxh tự nguyện đóng bao nhiêu một tháng",
                 "bhxh tự nguyện đóng bao nhiêu 1 tháng vậy"):
        response = client.post(f"/api/sessions/{live_session}/manual", headers=auth,
                               json={"text": text, "channel": "phone", "author_name": "Cô Hoa"})
        assert response.status_code == 201
    stored = comments(sessions)
    assert [c.platform for c in stored] == ["manual", "manual"]
    assert stored[0].question_group_id is not None
    assert stored[0].question_group_id == stored[1].question_group_id
    questions = client.get(f"/api/sessions/{live_session}/questions", headers=auth).get_json()
    assert questions[0]["asks"] == 2
    bad = client.post(f"/api/sessions/{live_session}/manual", headers=auth, json={"text": " "})
    assert bad.status_code == 400
