"""Livelead's composition root: configuration, create_app() and the command line.

    python run.py                      serve on SQLite with a demo livestream (the default)
    python run.py serve [--host H] [--port P] [--no-demo]
    python run.py token create --role ROLE [--name NAME]
    python run.py user create --email E --role ROLE --password P [--name NAME]
    python run.py analyze FILE         JSONL per comment to stdout, summary to stderr
    python run.py bench [--comments N] [--corpus FILE]
    python run.py score FILE... [--corpus DIR] [--rows SPLIT:A-B]   F1 against hand labels (JSON)
    python run.py score --agreement FIRST SECOND   how far two annotators' labels agree
    python run.py import FILE --session N [--map text=message,id=comment_id] [--platform file]
    python run.py replay FILE --session N [--speed 10] [--map ...]
    python run.py sources run          drive the platform connectors of live sessions (no web)
    python run.py bench --leads N      score N synthetic leads (JSON: leads, seconds, leads_per_s)
    python run.py leads calibrate [--synthetic N]   P(enrolled) per field value, AUC vs the rule score
    python run.py leads rescore        score every contact again (engagement decays with time)
    python run.py dnc import FILE      add a CSV of numbers to the do-not-call list
    python run.py bench --followup [N] create and assign N leads' follow-up tasks (JSON: leads, seconds)
    python run.py bench --capture [N]  lead capture over N named leads (JSON: per_s, ms per 1k first/last)
    python run.py followup push --session N    push a session's follow-up tasks now (idempotent)
    python run.py followup scheduler   run only the follow-up scheduler (leader lock: one per deployment)
    python run.py team create NAME --strategy territory|round_robin|least_busy
    python run.py team add-member TEAM EMAIL [--skills bhxh_tn,bhyt_hgd] [--cap 40] [--lead]
    python run.py team territory TEAM PROVINCE [--district D]
    python run.py outbox send [--limit N]   deliver the queued messages (SMS, Zalo, e-mail) now
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import functools
import json
import os
import secrets
import sys
import time
import uuid
from collections import Counter
from datetime import timedelta
from pathlib import Path

from flask import Flask, request
from sqlalchemy import func, select
from werkzeug.exceptions import HTTPException
from werkzeug.security import generate_password_hash

import livestream
from lead_capture import pages as lead_pages
from lead_capture.followup import models as followup_models  # noqa: F401  (registers the tables)
from lead_capture.followup import pages as followup_pages
from lead_capture.messages import init_messages
from lead_capture.messages import models as messages_models  # noqa: F401  (registers the tables)
from lead_capture.operations import capture_session
from livestream import (
    accounts,
    api,
    extensions,
    pages,
    platform_pages,
    realtime,
    report_pages,
    sources_api,
    web,
    webhooks,
)
from livestream.auth import create_token
from livestream.db import make_engine, make_sessionmaker, upgrade_schema, utcnow
from livestream.models import LiveSession, Role, SessionStatus, User

ROOT = Path(__file__).resolve().parent


class Config:
    """Settings from environment variables, with safe defaults (see README)."""

    def __init__(self, env: dict[str, str] | None = None):
        env = os.environ if env is None else env
        self.DATABASE_URL = env.get("DATABASE_URL") or f"sqlite:///{ROOT / 'instance' / 'livelead.db'}"
        self.SECRET_KEY = env.get("SECRET_KEY") or _instance_secret()
        self.MAX_CONTENT_LENGTH = int(env.get("LIVELEAD_MAX_BODY_BYTES", 2 * 1024 * 1024))
        self.MAX_BATCH_COMMENTS = int(env.get("LIVELEAD_MAX_BATCH", 5000))
        self.TIMEZONE = env.get("LIVELEAD_TIMEZONE", "Asia/Ho_Chi_Minh")
        self.OVERDUE_MINUTES = float(env.get("LIVELEAD_OVERDUE_MINUTES", 5))
        self.LOGIN_RATE_LIMIT = env.get("LIVELEAD_LOGIN_RATE_LIMIT", "10 per minute;50 per hour")
        self.SOCKETIO_MESSAGE_QUEUE = env.get("LIVELEAD_SOCKETIO_QUEUE", "")
        self.RATELIMIT_STORAGE_URI = env.get("LIVELEAD_RATELIMIT_STORAGE", "memory://")
        self.BABEL_DEFAULT_LOCALE = "vi"
        self.WTF_CSRF_TIME_LIMIT = None
        self.CONNECTORS = connector_settings(env)
        self.RUN_CONNECTORS = env.get("LIVELEAD_RUN_CONNECTORS", "1") not in ("0", "false", "no")
        self.WEBHOOK_MAX_BODY_BYTES = int(env.get("LIVELEAD_WEBHOOK_MAX_BODY_BYTES", 8 * 1024 * 1024))
        self.SCHEDULER_ENABLED = env.get("LIVELEAD_SCHEDULER", "1") not in ("0", "false", "no")
        self.FOLLOWUP_CONFIG = env.get("LIVELEAD_FOLLOWUP_CONFIG", "")
        self.EXPORT_DIR = env.get("LIVELEAD_EXPORT_DIR") or str(ROOT / "instance" / "exports")

    def as_dict(self) -> dict:
        return {k: v for k, v in vars(self).items() if k.isupper()}


CONNECTOR_VARIABLES = (
    "FACEBOOK_PAGE_TOKEN", "FACEBOOK_APP_SECRET", "FACEBOOK_VERIFY_TOKEN", "FACEBOOK_GRAPH_URL",
    "FACEBOOK_STREAMING_URL", "FACEBOOK_COMMENT_RATE", "FACEBOOK_POLL_SECONDS",
    "FACEBOOK_RECONCILE_SECONDS", "FACEBOOK_HIDE_PHONES", "YOUTUBE_API_KEY", "YOUTUBE_OAUTH_TOKEN",
    "YOUTUBE_API_URL", "HTTP_TIMEOUT", "FACEBOOK_STATUS_SECONDS",
)


def connector_settings(env) -> dict[str, str]:
    """Platform credentials and endpoints from LIVELEAD_<NAME> variables (never from code)."""
    return {name: env[f"LIVELEAD_{name}"] for name in CONNECTOR_VARIABLES if env.get(f"LIVELEAD_{name}")}


def _instance_secret() -> str:
    """A per-installation secret kept in instance/, so sessions survive restarts."""
    path = ROOT / "instance" / "secret_key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48))
    return path.read_text().strip()


def create_app(config: dict | None = None) -> Flask:
    """Build the app; `config` overrides the environment (tests pass DATABASE_URL here)."""
    package = Path(livestream.__file__).resolve().parent
    app = Flask(__name__, instance_path=str(ROOT / "instance"),
                template_folder=str(package / "templates"), static_folder=str(package / "static"))
    app.json.ensure_ascii = False
    app.config.update(Config().as_dict())
    app.config["BABEL_TRANSLATION_DIRECTORIES"] = str(package / "translations")
    app.config.update(config or {})
    engine = make_engine(app.config["DATABASE_URL"])
    upgrade_schema(engine)
    app.extensions["livelead.engine"] = engine
    web.init_app(app, make_sessionmaker(engine))
    extensions.init_app(app)
    app.register_blueprint(api.bp)
    extensions.csrf.exempt(api.bp)  # api checks CSRF itself for cookie-authenticated calls
    app.register_blueprint(sources_api.bp)
    extensions.csrf.exempt(sources_api.bp)  # checked by require_token like the rest of /api
    app.register_blueprint(webhooks.bp)
    extensions.csrf.exempt(webhooks.bp)  # Facebook signs its deliveries instead
    app.register_blueprint(pages.bp)
    platform_pages.init_app(app)
    report_pages.init_app(app)
    lead_pages.init_app(app)
    realtime.init_app(app)
    followup_pages.init_app(app)  # after realtime: it adds the /agents namespace
    subscribe_lead_capture(app)
    init_messages(app)

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException):
        if request.path.startswith("/api/"):
            return api.api_http_error(exc)
        return exc

    return app


def subscribe_lead_capture(app: Flask) -> None:
    """After each committed ingest batch, lead capture reads the session's comments it has not
    read yet (lead_capture.operations.capture_pending), each round a transaction of its own."""
    from livestream.signals import comments_ingested

    def on_ingested(sender, live_session_id: int, result) -> None:
        if result.comments:
            capture_session(app.extensions["livelead.sessions"], live_session_id, app.logger)

    comments_ingested.connect(on_ingested, sender=app, weak=False)


def ensure_first_organiser(app: Flask) -> tuple[str, str] | None:
    """On an empty database, create the first organiser; returns (email, password) once."""
    with app.extensions["livelead.sessions"].begin() as db:
        if db.scalar(select(func.count()).select_from(User)):
            return None
        email = os.environ.get("LIVELEAD_ADMIN_EMAIL", "admin@livelead.local")
        password = os.environ.get("LIVELEAD_ADMIN_PASSWORD") or secrets.token_urlsafe(9)
        db.add(User(email=email, name="Quản trị viên", role=Role.ORGANISER,
                    password_hash=generate_password_hash(password)))
        return email, password


DEMO_TITLE = "Demo: BHXH tự nguyện và BHYT hộ gia đình"


def ensure_demo_session(app: Flask, comments: int = 120) -> int | None:
    """The demo livestream: created live on an empty database with its first sample comments."""
    from livestream.connectors import RawComment
    from livestream.ingest import ingest_comments
    from livestream.signals import comments_ingested
    from livestream.synthetic import synthetic_comments

    with app.extensions["livelead.sessions"].begin() as db:
        demo = db.scalar(select(LiveSession.id).where(LiveSession.title == DEMO_TITLE,
                                                       LiveSession.status == SessionStatus.LIVE))
        if demo is not None or db.scalar(select(func.count()).select_from(LiveSession)):
            return demo
        start = utcnow() - timedelta(minutes=20)
        live = LiveSession(title=DEMO_TITLE, status=SessionStatus.LIVE, started_at=start)
        db.add(live)
        db.flush()
        batch = [RawComment("facebook", f"demo-{c.id}", c.author_id, c.author_name, c.text, c.created_at)
                 for c in synthetic_comments(comments, seed=2026, start=start)]
        result = ingest_comments(db, live.id, batch)
        demo = live.id
    comments_ingested.send(app, live_session_id=demo, result=result)  # its leads, like any batch
    return demo


DEMO_PAST_TITLE = "Demo: buổi livestream hôm qua (đã kết thúc)"


def ensure_demo_followup(app: Flask, comments: int = 300) -> tuple[str, str] | None:
    """On a fresh demo: an agent in a team, and yesterday's ended session whose leads are its tasks.

    Returns the agent's (email, password) once; None when the database already has an agent.
    """
    from lead_capture.extract import DEFAULT_PRODUCTS
    from lead_capture.followup import commands
    from lead_capture.followup.push import push_session_tasks
    from lead_capture.followup.scheduler import followup_config
    from livestream.connectors import RawComment
    from livestream.ingest import ingest_comments
    from livestream.signals import comments_ingested
    from livestream.synthetic import synthetic_comments

    sessions = app.extensions["livelead.sessions"]
    email = "agent@livelead.local"
    password = secrets.token_urlsafe(9)
    with sessions.begin() as db:
        if db.scalar(select(func.count()).select_from(User).where(User.role == Role.AGENT)):
            return None
        db.add(User(email=email, name="Tư vấn viên mẫu", role=Role.AGENT,
                    password_hash=generate_password_hash(password)))
        db.flush()
        commands.create_team(db, "Đội tư vấn mẫu", "least_busy")
        commands.add_member(db, "Đội tư vấn mẫu", email, skills=list(DEFAULT_PRODUCTS), cap=500, lead=True)
        start = utcnow() - timedelta(days=1, hours=2)
        past = LiveSession(title=DEMO_PAST_TITLE, status=SessionStatus.ENDED, started_at=start,
                           ended_at=start + timedelta(hours=1))
        db.add(past)
        db.flush()
        batch = [RawComment("facebook", f"past-{c.id}", c.author_id, c.author_name, c.text, c.created_at)
                 for c in synthetic_comments(comments, seed=2025, start=start)]
        result = ingest_comments(db, past.id, batch)
        past_id = past.id
    comments_ingested.send(app, live_session_id=past_id, result=result)  # its leads
    with sessions.begin() as db:
        push_session_tasks(db, past_id, now=utcnow(), config=followup_config(app))
    return email, password


def replay_demo_comments(app: Flask, live_session_id: int, interval: float = 2.0) -> None:
    """Keep the demo livestream alive: one sample comment every `interval` seconds, as a viewer
    would post it, through the same ingest path and signal as the API (runs until the process
    ends or the session is ended)."""
    from livestream.connectors import RawComment
    from livestream.ingest import ingest_comments
    from livestream.signals import comments_ingested
    from livestream.synthetic import synthetic_comments

    stream = synthetic_comments(10_000_000, seed=int(time.time()))
    for sample in stream:
        realtime.socketio.sleep(interval)
        raw = RawComment("facebook", f"demo-{uuid.uuid4().hex}", sample.author_id, sample.author_name,
                         sample.text, utcnow())
        with app.extensions["livelead.sessions"]() as db:
            if db.get(LiveSession, live_session_id).status != SessionStatus.LIVE:
                return
            result = ingest_comments(db, live_session_id, [raw])
            db.commit()
        comments_ingested.send(app, live_session_id=live_session_id, result=result)


def _cmd_serve(args) -> int:
    app = create_app()
    created = ensure_first_organiser(app)
    token = None
    if created:
        with app.extensions["livelead.sessions"].begin() as db:
            token = create_token(db, Role.ORGANISER, "first organiser's API token")
    demo = None if args.no_demo else ensure_demo_session(app)
    agent = ensure_demo_followup(app) if demo and created else None
    if demo:
        realtime.socketio.start_background_task(replay_demo_comments, app, demo)
    if app.config["RUN_CONNECTORS"]:
        start_source_runner(app)
    if app.config["SCHEDULER_ENABLED"]:
        from lead_capture.followup.scheduler import init_scheduler

        init_scheduler(app)
    print(f"Livelead on http://{args.host}:{args.port}/  (database: {app.config['DATABASE_URL']})")
    if created:
        print(f"Sign in as the first organiser: {created[0]}  password: {created[1]}")
        print(f"API token (organiser, shown once): {token}")
    if demo:
        print(f"Demo livestream: http://{args.host}:{args.port}/sessions/{demo}/console")
    if agent:
        print(f"Demo agent with yesterday's follow-up tasks: {agent[0]}  password: {agent[1]}")
    realtime.socketio.run(app, host=args.host, port=args.port, allow_unsafe_werkzeug=True)
    return 0


def start_source_runner(app: Flask, **options):
    """Drive the platform connectors of live sessions in background threads (one per source)."""
    from livestream.runner import SourceRunner

    return SourceRunner(app.extensions["livelead.sessions"],
                        functools.partial(web.connector_settings_of, app),  # read as each connector starts
                        on_ingested=_signal_from(app),
                        on_change=functools.partial(realtime.publish_status, app),
                        **options).start()


@contextlib.contextmanager
def _command_app():
    """An app for a one-shot command; its database connections are closed afterwards."""
    app = create_app()
    try:
        yield app
    finally:
        app.extensions["livelead.engine"].dispose()


def _cmd_token(args) -> int:
    with _command_app() as app, app.extensions["livelead.sessions"].begin() as db:
        print(create_token(db, args.role, args.name or ""))
    return 0


def _cmd_user(args) -> int:
    try:
        with _command_app() as app, app.extensions["livelead.sessions"].begin() as db:
            user = accounts.create_user(db, args.email, args.role, args.password, args.name or "")
            print(f"created {user.role} {user.email} (user {user.id})")
    except accounts.AccountError as exc:
        print(f"user create: {exc}", file=sys.stderr)
        return 2
    return 0


def _cmd_analyze(args) -> int:
    from tqdm import tqdm

    from livestream.analyze import analyze_rows
    from livestream.commentfile import count_rows, read_comment_file

    path = Path(args.file)
    if not path.exists():
        print(f"analyze: {path}: no such file", file=sys.stderr)
        return 2
    try:
        total = count_rows(path)
        rows = tqdm(read_comment_file(path), total=total, unit="comment", file=sys.stderr,
                    disable=args.quiet)
        summary: Counter = Counter()
        groups: set = set()
        out = sys.stdout
        for line in analyze_rows(rows):
            summary["comments"] += 1
            summary["questions"] += line["is_question"]
            summary["leads"] += line["lead"]
            summary["tech"] += line["tech"]
            summary["phones"] += len(line["phones"])
            summary["errors"] += "error" in line
            if line["question"]:
                groups.add(line["question"])
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    except (ValueError, UnicodeDecodeError) as exc:
        print(f"analyze: {exc}", file=sys.stderr)
        return 2
    summary["question_groups"] = len(groups)
    print(json.dumps(dict(summary), ensure_ascii=False), file=sys.stderr)
    return 0


def _cmd_bench(args) -> int:
    from tqdm import tqdm

    if args.leads:
        from lead_capture.scoring import bench

        print(json.dumps(bench(args.leads)))
        return 0
    if args.capture is not None:
        from lead_capture.capture_bench import run_capture_bench

        try:
            with tqdm(total=args.capture, unit="comment", disable=args.quiet, file=sys.stderr) as bar:
                print(json.dumps(run_capture_bench(args.capture, os.environ.get("DATABASE_URL"),
                                                   bar.update)))
        except ValueError as exc:
            print(f"bench: {exc}", file=sys.stderr)
            return 2
        return 0
    if args.followup is not None:
        from lead_capture.followup.bench import run_followup_bench

        try:
            print(json.dumps(run_followup_bench(args.followup)))
        except ValueError as exc:
            print(f"bench: {exc}", file=sys.stderr)
            return 2
        return 0

    from livestream.bench import run_bench

    url = os.environ.get("DATABASE_URL")
    with tqdm(total=args.comments * 2, unit="comment", file=sys.stderr,
              disable=args.quiet) as bar:
        report = run_bench(args.comments, args.corpus, url, bar.update)
    print(json.dumps(report))
    return 0


def _signal_from(app: Flask):
    from livestream.signals import comments_ingested

    def on_ingested(live_session_id: int, result) -> None:
        comments_ingested.send(app, live_session_id=live_session_id, result=result)

    return on_ingested


def _report(message: str) -> None:
    print(message, file=sys.stderr)


def _cmd_import(args) -> int:
    from tqdm import tqdm

    from livestream import importer
    from livestream.commentfile import count_rows
    from livestream.connectors.files import file_comments, parse_mapping

    path = Path(args.file)
    with _command_app() as app:
        sessions = app.extensions["livelead.sessions"]
        try:
            importer.check(sessions, path, args.session)
            rows = file_comments(path, mapping=parse_mapping(args.map), platform=args.platform)
            bar = tqdm(rows, total=count_rows(path), unit="comment", file=sys.stderr, disable=args.quiet)
            summary = importer.import_rows(sessions, args.session, bar, on_ingested=_signal_from(app),
                                           report=_report, batch_size=args.batch)
        except (ValueError, UnicodeDecodeError) as exc:
            print(f"import: {exc}", file=sys.stderr)
            return 2
    print(json.dumps(summary))
    return 0


_sleep = time.sleep  # replaced in tests


def _cmd_replay(args) -> int:
    from livestream import importer
    from livestream.connectors.files import parse_mapping

    path = Path(args.file)
    with _command_app() as app:
        sessions = app.extensions["livelead.sessions"]
        try:
            importer.check(sessions, path, args.session)
            summary = importer.replay_file(
                sessions, args.session, path, speed=args.speed, mapping=parse_mapping(args.map),
                on_ingested=_signal_from(app), report=_report, max_gap=args.max_gap,
                run_id=uuid.uuid4().hex[:8] if args.fresh_ids else None, sleep=_sleep)
        except (ValueError, UnicodeDecodeError) as exc:
            print(f"replay: {exc}", file=sys.stderr)
            return 2
    print(json.dumps(summary))
    return 0


def _cmd_sources_run(args) -> int:
    app = create_app()
    runner = start_source_runner(app, scan_every=args.scan_every)
    print("driving the comment sources of live sessions; Ctrl+C stops", file=sys.stderr)
    return _run_until_interrupted(runner.stop)


def _run_until_interrupted(stop) -> int:
    """Keep a foreground command alive while its background threads work; Ctrl+C calls `stop`."""
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        stop()
    return 0


def _cmd_leads_calibrate(args) -> int:
    from lead_capture.calibrate import evaluate, synthetic_outcomes
    from lead_capture.operations import CALIBRATION_FIELDS, outcome_frame

    if args.synthetic:
        frame, fields = synthetic_outcomes(args.synthetic), ["occupation", "has_phone", "province"]
    else:
        with _command_app() as app, app.extensions["livelead.sessions"]() as db:
            frame, fields = outcome_frame(db), list(CALIBRATION_FIELDS)
    if frame["enrolled"].nunique() < 2:
        print("leads calibrate: needs contacts with both outcomes (enrolled and declined)", file=sys.stderr)
        return 2
    print(json.dumps(evaluate(frame, fields, share=args.holdout), ensure_ascii=False))
    return 0


def _cmd_leads_rescore(args) -> int:
    from lead_capture.operations import rescore_all

    with _command_app() as app, app.extensions["livelead.sessions"].begin() as db:
        print(json.dumps({"rescored": rescore_all(db)}))
    return 0


def _cmd_dnc_import(args) -> int:
    from lead_capture.consent import import_do_not_call
    from lead_capture.followup.work import stop_blocked

    path = Path(args.file)
    if not path.exists():
        print(f"dnc import: {path}: no such file", file=sys.stderr)
        return 2
    try:
        with _command_app() as app, app.extensions["livelead.sessions"].begin() as db:
            report = import_do_not_call(db, path, source=args.source or path.name)
            stopped = stop_blocked(db, now=utcnow())  # listed people's open tasks close at once
    except ValueError as exc:  # nothing of the file is kept
        print(f"dnc import: {exc}", file=sys.stderr)
        return 2
    print(json.dumps({**vars(report), "tasks_stopped": len(stopped)}))
    return 0


def _cmd_outbox_send(args) -> int:
    from tqdm import tqdm

    from lead_capture.followup.scheduler import followup_config
    from lead_capture.messages.delivery import deliver_due
    from lead_capture.messages.senders import SenderConfigError, build_sender

    with _command_app() as app:
        try:
            sender = build_sender(app.config["MESSAGES"])
        except SenderConfigError as exc:
            print(f"outbox send: {exc}", file=sys.stderr)
            return 2
        with tqdm(unit="message", file=sys.stderr, disable=args.quiet) as bar:
            report = deliver_due(app.extensions["livelead.sessions"], sender, now=utcnow(), clock=utcnow,
                                 limit=args.limit, config=followup_config(app),
                                 progress=lambda outcome, _id: bar.update())
    print(json.dumps(report.as_dict()))
    return 0


def _cmd_followup_push(args) -> int:
    from lead_capture.followup.push import PushRefused, push_session_tasks
    from lead_capture.followup.scheduler import followup_config
    from lead_capture.signals import tasks_changed

    with _command_app() as app:
        try:
            with app.extensions["livelead.sessions"].begin() as db:
                result = push_session_tasks(db, args.session, now=utcnow(), config=followup_config(app))
        except PushRefused as exc:
            print(f"followup push: {exc}", file=sys.stderr)
            return 2
        if result.assigned_user_ids:
            tasks_changed.send(app, user_ids=sorted(result.assigned_user_ids))
    print(json.dumps({"created": result.created, "already": result.already, "blocked": result.blocked,
                      "blocked_reasons": dict(result.blocked_reasons), "unassigned": result.unassigned,
                      "agents": len(result.assigned_user_ids)}))
    return 0


def _cmd_followup_scheduler(args) -> int:
    from lead_capture.followup.scheduler import init_scheduler

    app = create_app({"SCHEDULER_ENABLED": True})
    scheduler = init_scheduler(app)
    print("follow-up scheduler " + ("leads this deployment" if scheduler.is_leader else
                                    "on standby (another process leads)") + "; Ctrl+C stops", file=sys.stderr)
    return _run_until_interrupted(scheduler.shutdown)


def _cmd_team(args) -> int:
    from lead_capture.followup import commands, teams

    try:
        with _command_app() as app, app.extensions["livelead.sessions"].begin() as db:
            if args.team_command == "create":
                team = commands.create_team(db, args.name, args.strategy)
                out = {"team": team.id, "name": team.name, "strategy": team.strategy}
            elif args.team_command == "add-member":
                member = commands.add_member(db, args.team, args.email, skills=(args.skills or "").split(","),
                                             cap=args.cap, lead=args.lead)
                out = {"team": member.team_id, "user": member.user_id, "skills": member.skills,
                       "daily_cap": member.daily_cap, "lead": member.is_lead}
            else:
                territory = commands.add_territory(db, args.team, args.province, args.district)
                out = {"team": territory.team_id, "province": territory.province,
                       "district": territory.district}
    except (commands.CommandError, teams.TeamRefused) as exc:
        print(f"team {args.team_command}: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(out, ensure_ascii=False))
    return 0


def _read_labels(path: Path) -> dict[str, object]:
    """Hand labels by item: `split,index,is_question` CSV rows ("train:12" -> True) or labelled
    comment JSONL ({"id", "group"} -> group; {"id", "is_question"} without groups -> bool)."""
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as handle:
            return {f"{r['split']}:{r['index']}": r["is_question"] == "1" for r in csv.DictReader(handle)}
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    if all("group" in r for r in rows):
        return {str(r["id"]): r["group"] for r in rows if r.get("is_question", True)}
    return {str(r["id"]): bool(r["is_question"]) for r in rows}


def _in_ranges(item: str, ranges: list[tuple[str, int, int]]) -> bool:
    split, index = item.split(":")
    return not ranges or any(split == s and lo <= int(index) <= hi for s, lo, hi in ranges)


def _cmd_score(args) -> int:
    """Score the comment engine against hand labels, or two annotators against each other."""
    from livestream.analyze import agreement, analyze_rows, score, score_questions
    from livestream.commentfile import read_comment_file

    try:
        ranges = []
        for spec in args.rows or []:
            split, _, span = spec.partition(":")
            lo, _, hi = span.partition("-")
            ranges.append((split, int(lo), int(hi or lo)))
    except ValueError:
        print(f"score: --rows wants SPLIT:FROM-TO (train:0-2799), got {spec!r}", file=sys.stderr)
        return 2
    for name in [*args.files, *(args.agreement or [])]:
        if not Path(name).exists():
            print(f"score: {name}: no such file", file=sys.stderr)
            return 2
    if args.agreement:
        first, second = (_read_labels(Path(p)) for p in args.agreement)
        print(json.dumps(agreement(first, second)))
        return 0
    for name in args.files:
        path = Path(name)
        if path.suffix != ".csv":
            labelled = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
            report = score(labelled, list(analyze_rows(read_comment_file(path))))
            print(json.dumps({"file": name, **report}))
            continue
        if not args.corpus:
            print("score: a CSV of question labels needs --corpus DIR (its SPLIT.csv files)",
                  file=sys.stderr)
            return 2
        labels = {k: v for k, v in _read_labels(path).items() if _in_ranges(k, ranges)}
        by_split: dict[str, list[tuple[str, bool]]] = {}
        texts: dict[str, dict[str, str]] = {}
        for item, asks in labels.items():
            split, index = item.split(":")
            if split not in texts:
                corpus_file = Path(args.corpus) / f"{split}.csv"
                with corpus_file.open(encoding="utf-8", newline="") as handle:
                    texts[split] = {row[0]: row[1] for row in csv.reader(handle) if row and row[0].isdigit()}
            if index not in texts[split]:
                print(f"score: {item} is not a row of {split}.csv", file=sys.stderr)
                return 2
            by_split.setdefault(split, []).append((texts[split][index], asks))
        for split, labelled in by_split.items():
            print(json.dumps({"file": name, "split": split, "comments": len(labelled),
                              "is_question": score_questions(labelled)}))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="run.py", description="Livelead")
    commands = parser.add_subparsers(dest="command")

    serve = commands.add_parser("serve", help="serve the web app (default)")
    serve.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    serve.add_argument("--port", type=int, default=int(os.environ.get("PORT", 5000)))
    serve.add_argument("--no-demo", action="store_true", help="do not create the demo session")
    serve.set_defaults(func=_cmd_serve)

    token = commands.add_parser("token", help="API tokens")
    token_commands = token.add_subparsers(dest="token_command", required=True)
    create = token_commands.add_parser("create", help="print a new bearer token")
    create.add_argument("--role", required=True, choices=[r.value for r in Role])
    create.add_argument("--name")
    create.set_defaults(func=_cmd_token)

    user = commands.add_parser("user", help="user accounts")
    user_commands = user.add_subparsers(dest="user_command", required=True)
    add_user = user_commands.add_parser("create", help="add a user who signs in with a password")
    add_user.add_argument("--email", required=True)
    add_user.add_argument("--role", required=True, choices=[r.value for r in Role])
    add_user.add_argument("--password", required=True)
    add_user.add_argument("--name")
    add_user.set_defaults(func=_cmd_user)

    analyze = commands.add_parser("analyze", help="analyse a comment file (JSONL, CSV, XLSX)")
    analyze.add_argument("file")
    analyze.add_argument("--quiet", action="store_true", help="no progress bar")
    analyze.set_defaults(func=_cmd_analyze)

    scoring = commands.add_parser("score", help="score the comment engine against hand labels")
    scoring.add_argument("files", nargs="*", help="labelled comment JSONL, or question-label CSV")
    scoring.add_argument("--corpus", help="folder of SPLIT.csv comment files the CSV labels index")
    scoring.add_argument("--rows", action="append", metavar="SPLIT:FROM-TO",
                         help="only these labelled rows (repeatable)")
    scoring.add_argument("--agreement", nargs=2, metavar=("FIRST", "SECOND"),
                         help="how far a second annotator's labels agree with the first's")
    scoring.set_defaults(func=_cmd_score)

    bench = commands.add_parser("bench", help="measure the ingest pipeline")
    bench.add_argument("--comments", type=int, default=100_000)
    bench.add_argument("--corpus", help="a comment file to cycle through instead of synthetic")
    bench.add_argument("--quiet", action="store_true", help="no progress bar")
    bench.add_argument("--leads", type=int, help="score this many synthetic leads instead")
    bench.add_argument("--followup", type=int, nargs="?", const=100_000, metavar="N",
                       help="create and assign follow-up tasks for N synthetic leads instead (100000)")
    bench.add_argument("--capture", type=int, nargs="?", const=30_000, metavar="N",
                       help="lead capture over N comments of new viewers with names instead (30000)")
    bench.set_defaults(func=_cmd_bench)

    leads = commands.add_parser("leads", help="lead scores and calibration")
    lead_commands = leads.add_subparsers(dest="leads_command", required=True)
    calibrate = lead_commands.add_parser("calibrate", help="learn P(enrolled) per field value from outcomes")
    calibrate.add_argument("--synthetic", type=int, help="use this many synthetic outcomes (known answer)")
    calibrate.add_argument("--holdout", type=float, default=0.3, help="share of outcomes held out")
    calibrate.set_defaults(func=_cmd_leads_calibrate)
    rescore = lead_commands.add_parser("rescore", help="score every contact again")
    rescore.set_defaults(func=_cmd_leads_rescore)

    dnc = commands.add_parser("dnc", help="the do-not-call list")
    dnc_commands = dnc.add_subparsers(dest="dnc_command", required=True)
    dnc_import = dnc_commands.add_parser("import", help="add the numbers of a CSV file")
    dnc_import.add_argument("file")
    dnc_import.add_argument("--source", help="where the list came from (default: the file name)")
    dnc_import.set_defaults(func=_cmd_dnc_import)

    out = commands.add_parser("outbox", help="messages to leads")
    out_commands = out.add_subparsers(dest="outbox_command", required=True)
    send = out_commands.add_parser("send", help="deliver the queued messages whose time has come")
    send.add_argument("--limit", type=int, default=1000, help="at most this many messages")
    send.add_argument("--quiet", action="store_true", help="no progress bar")
    send.set_defaults(func=_cmd_outbox_send)

    followup = commands.add_parser("followup", help="follow-up tasks after each session")
    followup_commands = followup.add_subparsers(dest="followup_command", required=True)
    push = followup_commands.add_parser("push", help="create and assign a session's tasks now")
    push.add_argument("--session", type=int, required=True, help="live session id (ended)")
    push.set_defaults(func=_cmd_followup_push)
    run_scheduler = followup_commands.add_parser("scheduler", help="run the follow-up scheduler alone")
    run_scheduler.set_defaults(func=_cmd_followup_scheduler)

    team = commands.add_parser("team", help="follow-up teams")
    team_commands = team.add_subparsers(dest="team_command", required=True)
    team_create = team_commands.add_parser("create", help="a new team")
    team_create.add_argument("name")
    team_create.add_argument("--strategy", default="least_busy",
                             help="territory, round_robin or least_busy (default)")
    team_create.set_defaults(func=_cmd_team)
    member = team_commands.add_parser("add-member", help="put an agent in a team (or update them)")
    member.add_argument("team")
    member.add_argument("email")
    member.add_argument("--skills", help="products they know: bhxh_tn,bhyt_hgd (or capture.toml keys)")
    member.add_argument("--cap", type=int, default=40, help="most new tasks per day (default 40)")
    member.add_argument("--lead", action="store_true", help="team lead: sees overdue tasks")
    member.set_defaults(func=_cmd_team)
    territory = team_commands.add_parser("territory", help="send a province's (or a district's) leads here")
    territory.add_argument("team")
    territory.add_argument("province")
    territory.add_argument("--district")
    territory.set_defaults(func=_cmd_team)

    imp = commands.add_parser("import", help="import a comment file into a session (CSV, JSON, XLSX)")
    imp.add_argument("file")
    imp.add_argument("--session", type=int, required=True, help="live session id")
    imp.add_argument("--map", help="columns: text=message,id=comment_id,author=name,created_at=time")
    imp.add_argument("--platform", default="file",
                     help="platform the file came from (facebook, youtube…: dedupes with live comments)")
    imp.add_argument("--batch", type=int, default=500)
    imp.add_argument("--quiet", action="store_true", help="no progress bar")
    imp.set_defaults(func=_cmd_import)

    replay = commands.add_parser("replay", help="replay a recorded comment file into a session")
    replay.add_argument("file")
    replay.add_argument("--session", type=int, required=True, help="live session id")
    replay.add_argument("--speed", type=float, default=1.0, help="10 = ten times faster")
    replay.add_argument("--map", help="columns, as for import")
    replay.add_argument("--max-gap", type=float, default=60.0, help="longest wait in seconds")
    replay.add_argument("--fresh-ids", action="store_true",
                        help="new comment ids, so the same file can be replayed again")
    replay.set_defaults(func=_cmd_replay)

    src = commands.add_parser("sources", help="comment source connectors")
    src_commands = src.add_subparsers(dest="sources_command", required=True)
    run_sources = src_commands.add_parser("run", help="drive connectors without serving the web app")
    run_sources.add_argument("--scan-every", type=float, default=5.0)
    run_sources.set_defaults(func=_cmd_sources_run)

    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["serve", *(argv or [])])
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
