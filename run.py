"""Livelead's composition root: configuration, create_app() and the command line.

    python run.py                      serve on SQLite with a demo livestream (the default)
    python run.py serve [--host H] [--port P] [--no-demo]
    python run.py token create --role ROLE [--name NAME]
    python run.py analyze FILE         JSONL per comment to stdout, summary to stderr
    python run.py bench [--comments N] [--corpus FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import sys
from collections import Counter
from pathlib import Path

from flask import Flask, jsonify, request
from sqlalchemy import func, select
from werkzeug.exceptions import HTTPException
from werkzeug.security import generate_password_hash

from livestream import api, web
from livestream.auth import create_token
from livestream.db import make_engine, make_sessionmaker, upgrade_schema
from livestream.models import LiveSession, Role, User

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
    app = Flask(__name__, instance_path=str(ROOT / "instance"))
    app.json.ensure_ascii = False
    app.config.update(Config().as_dict())
    app.config.update(config or {})
    engine = make_engine(app.config["DATABASE_URL"])
    upgrade_schema(engine)
    app.extensions["livelead.engine"] = engine
    web.init_app(app, make_sessionmaker(engine))
    app.register_blueprint(api.bp)

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException):
        if request.path.startswith("/api/"):
            return api.api_http_error(exc)
        return exc

    @app.get("/")
    def index():
        return jsonify({"name": "Livelead", "api": "/api/openapi.json"})

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


def ensure_demo_session(app: Flask, comments: int = 300) -> int | None:
    """A demo livestream filled with sample comments, created once on an empty database."""
    from livestream.connectors import RawComment
    from livestream.ingest import ingest_comments
    from livestream.synthetic import synthetic_comments

    with app.extensions["livelead.sessions"].begin() as db:
        if db.scalar(select(func.count()).select_from(LiveSession)):
            return None
        live = LiveSession(title="Demo: BHXH tự nguyện và BHYT hộ gia đình")
        db.add(live)
        db.flush()
        batch = [RawComment("facebook", c.id, c.author_id, c.author_name, c.text, c.created_at)
                 for c in synthetic_comments(comments, seed=2026)]
        ingest_comments(db, live.id, batch)
        return live.id


def _cmd_serve(args) -> int:
    app = create_app()
    created = ensure_first_organiser(app)
    with app.extensions["livelead.sessions"].begin() as db:
        token = create_token(db, Role.ORGANISER, "console start-up token")
    demo = None if args.no_demo else ensure_demo_session(app)
    print(f"Livelead on http://{args.host}:{args.port}/  (database: {app.config['DATABASE_URL']})")
    if created:
        print(f"First organiser: {created[0]}  password: {created[1]}")
    if demo:
        print(f"Demo livestream: session {demo}  ->  /api/sessions/{demo}/questions")
    print(f"API token (organiser): {token}")
    app.run(host=args.host, port=args.port, threaded=True)
    return 0


def _cmd_token(args) -> int:
    app = create_app()
    with app.extensions["livelead.sessions"].begin() as db:
        print(create_token(db, args.role, args.name or ""))
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
