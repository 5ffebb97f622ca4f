"""`run.py bench`: the full ingest pipeline against plain bulk inserts, on fresh databases.

Shell module: creates throw-away databases of the configured kind (SQLite files, or temporary
PostgreSQL databases next to DATABASE_URL), times both paths and reports one JSON object.
"""

from __future__ import annotations

import contextlib
import gc
import resource
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, text
from sqlalchemy.engine import make_url

from livestream.commentfile import read_comment_file
from livestream.connectors import RawComment
from livestream.db import make_engine, make_sessionmaker, upgrade_schema
from livestream.ingest import QuestionIndexCache, ingest_comments
from livestream.models import Comment, Commenter, LiveSession
from livestream.synthetic import synthetic_comments
from livestream.understand import forget_recent_texts

BATCH = 500


def load_comments(n: int, corpus: str | None) -> list[RawComment]:
    """`n` raw comments: synthetic, or cycled from a corpus file (ids made unique)."""
    start = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
    if corpus is None:
        return [RawComment("facebook", c.id, c.author_id, c.author_name, c.text, c.created_at)
                for c in synthetic_comments(n)]
    texts = [row.text for row in read_comment_file(corpus)]
    if not texts:
        raise ValueError(f"{corpus}: no comments found")
    return [
        RawComment("facebook", f"c{i}", f"u{i % max(50, n // 3)}", f"viewer {i % 997}",
                   texts[i % len(texts)], start + timedelta(milliseconds=120 * i))
        for i in range(n)
    ]


@contextlib.contextmanager
def fresh_database(base_url: str | None) -> Iterator[str]:
    """A new empty database of the same kind as `base_url` (SQLite when None); dropped after."""
    if base_url is None or base_url.startswith("sqlite"):
        with tempfile.TemporaryDirectory(prefix="livelead-bench-") as folder:
            yield f"sqlite:///{Path(folder) / 'bench.db'}"
        return
    admin = make_engine(base_url, isolation_level="AUTOCOMMIT")
    name = f"livelead_bench_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin.url).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _run_pipeline(url: str, comments: list[RawComment], progress) -> dict:
    engine = make_engine(url)
    upgrade_schema(engine)
    sessions = make_sessionmaker(engine)
    cache = QuestionIndexCache()
    with sessions.begin() as db:
        live = LiveSession(title="bench")
        db.add(live)
    per_batch: list[tuple[int, float]] = []
    started = time.perf_counter()
    for start in range(0, len(comments), BATCH):
        batch = comments[start : start + BATCH]
        t0 = time.perf_counter()
        with sessions.begin() as db:
            ingest_comments(db, live.id, batch, cache=cache)
        per_batch.append((len(batch), time.perf_counter() - t0))
        progress(len(batch))
    seconds = time.perf_counter() - started
    with engine.connect() as conn:
        groups = conn.execute(text("SELECT count(*) FROM question_groups")).scalar_one()
    engine.dispose()
    return {"seconds": seconds, "per_batch": per_batch, "groups": groups}


def _run_store_only(url: str, comments: list[RawComment], progress) -> float:
    engine = make_engine(url)
    upgrade_schema(engine)
    with engine.begin() as conn:
        live_id = conn.execute(insert(LiveSession).values(
            title="bench", status="live", last_seq=0, created_at=datetime.now(UTC)
        ).returning(LiveSession.id)).scalar_one()
        commenter_id = conn.execute(insert(Commenter).values(
            platform="facebook", platform_user_id="bench", display_name="bench",
            first_seen_at=datetime.now(UTC)).returning(Commenter.id)).scalar_one()
    now = datetime.now(UTC)
    started = time.perf_counter()
    for start in range(0, len(comments), BATCH):
        batch = comments[start : start + BATCH]
        rows = [{
            "live_session_id": live_id, "seq": start + i + 1, "platform": c.platform,
            "platform_comment_id": c.platform_comment_id, "source_id": None,
            "commenter_id": commenter_id, "author_name": c.author_name, "text": c.text,
            "created_at": c.created_at, "received_at": now, "is_question": False,
            "is_lead": False, "is_tech": False, "phones": [], "question_group_id": None,
            "deleted": False,
        } for i, c in enumerate(batch)]
        with engine.begin() as conn:
            conn.execute(insert(Comment.__table__), rows)
        progress(len(batch))
    seconds = time.perf_counter() - started
    engine.dispose()
    return seconds


def _us_per_comment(per_batch: list[tuple[int, float]], first: bool, window: int = 1000) -> float:
    batches = per_batch if first else list(reversed(per_batch))
    taken, spent = 0, 0.0
    for size, seconds in batches:
        if taken >= window:
            break
        use = min(size, window - taken)
        spent += seconds * use / size
        taken += use
    return round(spent / max(taken, 1) * 1e6, 1)


def run_bench(n: int, corpus: str | None, database_url: str | None, progress) -> dict:
    """Ingest `n` comments through the pipeline and through bare bulk inserts; compare."""
    comments = load_comments(n, corpus)
    forget_recent_texts()  # every run starts cold
    # Building the n inputs filled the collector's young generations: collected now, the full
    # collection they would trigger does not land in (and dominate) the first timed batches.
    gc.collect()
    with fresh_database(database_url) as url:
        pipeline = _run_pipeline(url, comments, progress)
    with fresh_database(database_url) as url:
        store_seconds = _run_store_only(url, comments, progress)
    pipeline_per_s = n / pipeline["seconds"]
    store_per_s = n / store_seconds
    return {
        "comments": n,
        "database": "sqlite" if not database_url or database_url.startswith("sqlite")
        else make_url(database_url).get_backend_name(),
        "pipeline_per_s": round(pipeline_per_s, 1),
        "store_only_per_s": round(store_per_s, 1),
        "ratio": round(pipeline_per_s / store_per_s, 3),
        "us_per_comment_first_1k": _us_per_comment(pipeline["per_batch"], first=True),
        "us_per_comment_last_1k": _us_per_comment(pipeline["per_batch"], first=False),
        "groups": pipeline["groups"],
        # Texts repeated word for word are understood once (livestream.understand); this
        # says how much of the input that spared.
        "distinct_texts": len({c.text for c in comments}),
        "rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
