"""`python run.py bench --capture N`: lead capture over N lead comments into a fresh database.

Each comment comes from a new viewer who gives a name, a province, a phone number and what they
want ("Mình là Nguyễn Thị Hương ở Huế, sđt 09…, tư vấn giúp em bhxh tự nguyện"). Names are drawn
with the weights of Vietnamese family, middle and given names, so namesakes pile up in a
province the way they do in an office's real contact list: the likely-duplicate look-up meets
large blocks of one given name. Batches of `CAPTURE_BATCH` comments are timed as lead capture
runs them after each ingest batch (contacts, identities, events, review pairs, scores); the
database is of the kind DATABASE_URL names (SQLite when unset).
"""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from lead_capture.models import Contact, DuplicateCandidate
from lead_capture.operations import CAPTURE_BATCH, capture_comments
from livestream.bench import fresh_database
from livestream.db import make_engine, make_sessionmaker, upgrade_schema
from livestream.models import LiveSession

# Weights roughly as the families are spread over the population (Nguyễn about 38 %).
FAMILIES = {"Nguyễn": 38, "Trần": 11, "Lê": 10, "Phạm": 7, "Hoàng": 5, "Huỳnh": 5, "Phan": 5,
            "Vũ": 4, "Võ": 4, "Đặng": 2, "Bùi": 2, "Đỗ": 2, "Hồ": 2, "Ngô": 1, "Dương": 1, "Lý": 1}
MIDDLES = {"Thị": 30, "Văn": 25, "Minh": 3, "Ngọc": 3, "Thanh": 3, "Hữu": 2, "Đức": 2, "Quốc": 2,
           "Thu": 2, "Hồng": 2, "Kim": 2, "Xuân": 2, "Hoài": 1, "Bảo": 1, "Gia": 1, "Anh": 1}
GIVEN = ("Anh Linh Hương Trang Hà Lan Hùng Dũng Tuấn Nam Hải Long Phương Thảo Hằng Hoa Mai Thủy Tâm "
         "Hiền Nga Yến Huy Sơn Minh Quang Thắng Bình Cường Vân Hạnh Nhung Loan Oanh Tú Khoa Phúc "
         "Thịnh Trung Hiếu Đạt Khánh Vy Nhi Ngân Châu Quỳnh Giang Hưng Lộc").split()
PROVINCES = ("Huế", "Quảng Ngãi", "Đà Nẵng")
WANTS = ("tư vấn giúp em bhxh tự nguyện", "em muốn mua bhyt hộ gia đình", "gọi lại cho em nhé")


def _name(rng: random.Random) -> str:
    family = rng.choices(list(FAMILIES), weights=list(FAMILIES.values()))[0]
    middle = rng.choices(list(MIDDLES), weights=list(MIDDLES.values()))[0]
    return f"{family} {middle} {rng.choice(GIVEN)}"


def lead_comments(n: int, *, seed: int = 11) -> list[dict]:
    """`n` committed-comment rows (the shape lead capture reads), one new viewer each."""
    rng = random.Random(seed)
    start = datetime(2026, 11, 20, 19, 0, tzinfo=UTC)
    return [{
        "seq": i, "platform": "facebook", "platform_comment_id": f"c{i}", "commenter_id": None,
        "author_name": f"viewer {i}", "created_at": start + timedelta(milliseconds=300 * i),
        "text": f"Mình là {_name(rng)} ở {rng.choice(PROVINCES)}, sđt 09{i:08d}, {rng.choice(WANTS)}",
        "is_question": False, "is_lead": True, "phones": [f"+849{i:08d}"], "deleted": False,
    } for i in range(1, n + 1)]


def run_capture_bench(n: int, database_url: str | None, progress=lambda done: None) -> dict:
    """Capture `n` lead comments batch by batch; per-batch times, contacts and review pairs."""
    if n < 1:
        raise ValueError(f"bench --capture needs at least 1 comment, got {n}")
    rows = lead_comments(n)
    with fresh_database(database_url) as url:
        engine = make_engine(url)
        try:
            upgrade_schema(engine)
            sessions = make_sessionmaker(engine)
            with sessions.begin() as db:
                live = LiveSession(title="bench")
                db.add(live)
                db.flush()
                live_session_id = live.id
            per_batch: list[tuple[int, float]] = []  # (comments, seconds)
            for start in range(0, n, CAPTURE_BATCH):
                batch = rows[start : start + CAPTURE_BATCH]
                began = time.perf_counter()
                with sessions.begin() as db:
                    capture_comments(db, live_session_id, batch)
                per_batch.append((len(batch), time.perf_counter() - began))
                progress(len(batch))
            with sessions() as db:
                contacts = db.scalar(select(func.count()).select_from(Contact))
                pairs = db.scalar(select(func.count()).select_from(DuplicateCandidate))
                still_open = db.scalar(select(func.count()).select_from(DuplicateCandidate)
                                       .where(DuplicateCandidate.status == "open"))
            database = engine.dialect.name
        finally:
            engine.dispose()

    def ms_per_1k(size: int, seconds: float) -> float:
        return round(seconds / size * 1e6, 1)

    return {
        "comments": n, "database": database,
        "per_s": round(n / sum(seconds for _, seconds in per_batch), 1),
        "ms_per_1k_first": ms_per_1k(*per_batch[0]), "ms_per_1k_last": ms_per_1k(*per_batch[-1]),
        "contacts": contacts, "review_pairs": pairs, "review_pairs_open": still_open,
    }
