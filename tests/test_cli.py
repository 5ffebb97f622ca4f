import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args, env=None):
    return subprocess.run([sys.executable, str(ROOT / "run.py"), *args], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=300)


def test_analyze_writes_one_line_per_comment_in_input_order(tmp_path):
    rows = [
        {"id": "a", "text": "đóng bao nhiêu năm thì được lương hưu"},
        {"id": "b", "text": ""},
        {"id": "c", "text": "😀😀😀"},
        {"id": "d", "text": "dong bao nhieu nam thi dc luong huu vay chi " + "x" * 50_000},
        {"id": "e", "text": "tư vấn giúp em 0905 123 456"},
        {"id": "f", "text": "không nghe tiếng gì hết"},
    ]
    path = tmp_path / "comments.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\nnot json\n")
    result = run("analyze", str(path))
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["a", "b", "c", "d", "e", "f", None]
    assert lines[0]["is_question"] and lines[0]["question"] == lines[3]["question"]
    assert lines[1]["question"] is None and lines[2]["question"] is None
    assert lines[4]["phones"] == ["+84905123456"] and lines[4]["lead"]
    assert lines[5]["tech"]
    assert "not JSON" in lines[6]["error"]
    summary = json.loads(result.stderr.strip().splitlines()[-1])
    assert summary["comments"] == 7 and summary["errors"] == 1


def test_analyze_reads_csv(tmp_path):
    path = tmp_path / "comments.csv"
    path.write_text("id,text\n1,đăng ký ở đâu vậy chị\n2,hay quá\n", encoding="utf-8")
    result = run("analyze", "--quiet", str(path))
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(line["id"], line["is_question"]) for line in lines] == [("1", True), ("2", False)]


def test_analyze_missing_file_is_a_clear_error(tmp_path):
    result = run("analyze", str(tmp_path / "nope.jsonl"))
    assert result.returncode == 2 and "no such file" in result.stderr


def test_score_reports_the_engine_against_hand_labels(tmp_path):
    labelled = [
        {"id": "1", "text": "đóng bao nhiêu năm thì được lương hưu", "is_question": True, "group": "years"},
        {"id": "2", "text": "dong bn nam thi dc luong huu vay chi", "is_question": True, "group": "years"},
        {"id": "3", "text": "hay quá", "is_question": False, "group": None},
        {"id": "4", "text": "đăng ký ở đâu vậy chị", "is_question": True, "group": "where"},
    ]
    path = tmp_path / "labelled.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in labelled), encoding="utf-8")
    result = run("score", str(path))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["is_question"]["f1"] == 1.0
    assert report["grouping"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "true_groups": 2}


def test_score_joins_question_labels_to_a_corpus_by_row(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "dev.csv").write_text(",original,normalized\n0,mua ở đâu vậy mn,x\n1,đẹp quá,x\n"
                                    "2,ai cũng thích,x\n", encoding="utf-8")
    labels = tmp_path / "labels.csv"
    labels.write_text("split,index,is_question\ndev,0,1\ndev,1,0\ndev,2,1\n", encoding="utf-8")
    result = run("score", str(labels), "--corpus", str(corpus), "--rows", "dev:0-1")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["comments"] == 2 and report["is_question"]["f1"] == 1.0
    result = run("score", str(labels), "--corpus", str(corpus))
    assert json.loads(result.stdout)["is_question"]["recall"] == 0.5  # "ai cũng ..." asks nothing
    assert "needs --corpus" in run("score", str(labels)).stderr


def test_score_measures_how_far_two_annotators_agree(tmp_path):
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("\n".join(json.dumps({"id": i, "group": g}) for i, g in
                                [("a", "x"), ("b", "x"), ("c", "x"), ("d", "y")]), encoding="utf-8")
    second.write_text("\n".join(json.dumps({"id": i, "group": g}) for i, g in
                                 [("a", "p"), ("b", "p"), ("c", "q"), ("d", "q")]), encoding="utf-8")
    result = run("score", "--agreement", str(first), str(second))
    assert json.loads(result.stdout) == {"items": 4, "precision": 0.5, "recall": 0.3333, "f1": 0.4}


def test_token_create_prints_a_working_token(tmp_path):
    import os

    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}"}
    result = run("token", "create", "--role", "moderator", "--name", "OBS laptop", env=env)
    assert result.returncode == 0, result.stderr
    token = result.stdout.strip()
    assert token.startswith("ll_")
    sys.path.insert(0, str(ROOT))
    from run import create_app

    app = create_app({"DATABASE_URL": env["DATABASE_URL"]})
    response = app.test_client().get("/api/sessions",
                                     headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200


def test_bench_prints_the_promised_json(tmp_path):
    import os

    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    result = run("bench", "--comments", "3000", "--quiet", env=env)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert {"comments", "pipeline_per_s", "store_only_per_s", "ratio",
            "us_per_comment_first_1k", "us_per_comment_last_1k", "groups",
            "distinct_texts", "rss_mb"} <= set(report)
    assert report["comments"] == 3000 and report["groups"] > 0
    assert 0 < report["distinct_texts"] <= 3000


def test_the_demo_livestream_starts_live_and_keeps_receiving_comments(app, sessions):
    import threading

    from lead_capture.models import ContactEvent
    from livestream.console import set_session_status
    from livestream.models import Comment, LiveSession, SessionStatus
    from run import ensure_demo_session, replay_demo_comments

    demo = ensure_demo_session(app, comments=40)
    assert ensure_demo_session(app) == demo  # found again on the next start, not duplicated
    with sessions() as db:
        live = db.get(LiveSession, demo)
        assert live.status == SessionStatus.LIVE and live.last_seq == 40
        assert db.query(ContactEvent).filter_by(live_session_id=demo).count() > 0  # leads captured
    worker = threading.Thread(target=replay_demo_comments, args=(app, demo, 0.01))
    worker.start()
    try:
        for _ in range(500):
            with sessions() as db:
                if db.get(LiveSession, demo).last_seq >= 45:
                    break
            threading.Event().wait(0.01)
    finally:
        with sessions.begin() as db:
            set_session_status(db, demo, SessionStatus.ENDED)
        worker.join(timeout=10)
    assert not worker.is_alive()  # ending the session stops the demo feed
    with sessions() as db:
        assert db.query(Comment).count() >= 45


def test_the_demo_gives_an_agent_yesterdays_leads_as_tasks(app, sessions):
    from sqlalchemy import func, select
    from werkzeug.security import check_password_hash

    from lead_capture.followup.models import FollowUpTask
    from livestream.models import User
    from run import ensure_demo_followup

    email, password = ensure_demo_followup(app, comments=120)
    assert ensure_demo_followup(app) is None  # once, on a fresh demo
    with sessions() as db:
        agent = db.scalar(select(User).where(User.email == email))
        tasks = db.scalar(select(func.count()).select_from(FollowUpTask)
                          .where(FollowUpTask.assignee_id == agent.id))
    assert check_password_hash(agent.password_hash, password)
    assert tasks > 0
