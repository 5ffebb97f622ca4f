"""Livelead's composition root: configuration, create_app() and the command line.

    python run.py                      serve on SQLite with a demo livestream (the default)
    python run.py serve [--host H] [--port P] [--no-demo]
    python run.py token create --role ROLE [--name NAME]
    python run.py user create --email E --role ROLE --password P [--name NAME]
    python run.py analyze FILE         JSONL per comment to stdout, summary to stderr
    python run.py bench [--comments N] [--corpus FILE]
"""

from __future__ import annotations

import argparse
import contextlib
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
from livestream import accounts, api, extensions, pages, realtime, web
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

    def as_dict(self) -> dict:
        return {k: v for k, v in vars(self).items() if k.isupper()}


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
    app.register_blueprint(pages.bp)
    realtime.init_app(app)

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException):
        if request.path.startswith("/api/"):
            return api.api_http_error(exc)
        return exc

    return app


def ensure_first_organiser(app: Flask) -> tuple[str, str] | None:
    """On an empty database, create the first organiser; returns (email, password) once."""
    with app.extensions["livelead.sessions"].begin() as db:
        if db.scalar(select(func.count()).select_from(User)):
            return None
        email = os.environ.get("LIVELEAD_ADMIN_EMAIL", "admin@livelead.local")
        password = os.environ.get("LIVELEAD_ADMIN_PASSWORD") or secrets.token_urlsafe(9)
        db.add(User(email=email, name="Organiser", role=Role.ORGANISER,
                    password_hash=generate_password_hash(password)))
        return email, password


DEMO_TITLE = "Demo: BHXH tự nguyện và BHYT hộ gia đình"


def ensure_demo_session(app: Flask, comments: int = 120) -> int | None:
    """The demo livestream: created live on an empty database with its first sample comments."""
    from livestream.connectors import RawComment
    from livestream.ingest import ingest_comments
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
        ingest_comments(db, live.id, batch)
        return live.id


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
    if demo:
        realtime.socketio.start_background_task(replay_demo_comments, app, demo)
    print(f"Livelead on http://{args.host}:{args.port}/  (database: {app.config['DATABASE_URL']})")
    if created:
        print(f"Sign in as the first organiser: {created[0]}  password: {created[1]}")
        print(f"API token (organiser, shown once): {token}")
    if demo:
        print(f"Demo livestream: http://{args.host}:{args.port}/sessions/{demo}/console")
    realtime.socketio.run(app, host=args.host, port=args.port, allow_unsafe_werkzeug=True)
    return 0


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

    from livestream.bench import run_bench

    url = os.environ.get("DATABASE_URL")
    with tqdm(total=args.comments * 2, unit="comment", file=sys.stderr,
              disable=args.quiet) as bar:
        report = run_bench(args.comments, args.corpus, url, bar.update)
    print(json.dumps(report))
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

    bench = commands.add_parser("bench", help="measure the ingest pipeline")
    bench.add_argument("--comments", type=int, default=100_000)
    bench.add_argument("--corpus", help="a comment file to cycle through instead of synthetic")
    bench.add_argument("--quiet", action="store_true", help="no progress bar")
    bench.set_defaults(func=_cmd_bench)

    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["serve", *(argv or [])])
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
