"""`python run.py bench --followup N`: time pushing (creating and assigning) N leads' tasks.

The leads are written first with bulk Core inserts into a fresh temporary SQLite database (not
timed); then one push — reading the leads, checking do-not-call and consent, due times, routing by
territory, assignment by strategy with caps and skills, the bulk insert and the commit — is timed.
"""

from __future__ import annotations

import random
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import insert

from lead_capture.followup.models import Team, TeamMember, Territory
from lead_capture.followup.push import push_session_tasks
from lead_capture.models import Contact, ContactIdentity, DoNotCall
from livestream.db import make_engine, make_sessionmaker, upgrade_schema, utcnow
from livestream.models import LiveSession, SessionStatus, User

PROVINCES = ("Hà Nội", "TP Hồ Chí Minh", "Huế", "Đà Nẵng", "Cần Thơ", "Nghệ An", None)
PRODUCTS = ("bhxh_voluntary", "bhyt_household", "bhxh_employer")
TIERS = ("hot", "warm", "warm", "cold", "cold", "cold")
AGENTS_PER_TEAM = 100


def _seed(engine, leads: int, rng: random.Random) -> int:
    now = utcnow()
    with engine.begin() as conn:
        conn.execute(insert(LiveSession), [{"id": 1, "title": "bench", "status": SessionStatus.ENDED,
                                            "started_at": now - timedelta(hours=1), "ended_at": now,
                                            "last_seq": 0, "platform_links": [], "created_at": now}])
        teams = [("Hà Nội", "territory"), ("TP Hồ Chí Minh", "territory"), ("Others", "round_robin")]
        conn.execute(insert(Team), [{"id": i, "name": name, "strategy": strategy, "created_at": now}
                                    for i, (name, strategy) in enumerate(teams, start=1)])
        conn.execute(insert(Territory), [{"team_id": 1, "province": "Hà Nội", "district": None},
                                         {"team_id": 2, "province": "TP Hồ Chí Minh", "district": None}])
        agents = AGENTS_PER_TEAM * len(teams)
        conn.execute(insert(User), [{"id": u, "email": f"agent{u}@bench.vn", "name": f"Agent {u}",
                                     "role": "agent", "password_hash": None, "active": True,
                                     "created_at": now} for u in range(1, agents + 1)])
        cap = max(40, 4 * leads // agents)  # room for everyone: the bench times assignment of all
        conn.execute(insert(TeamMember), [
            {"team_id": (u - 1) // AGENTS_PER_TEAM + 1, "user_id": u, "skills": [PRODUCTS[u % 2]],
             "daily_cap": cap, "away": u % 50 == 0, "is_lead": u % AGENTS_PER_TEAM == 1,
             "last_assigned_at": None}
            for u in range(1, agents + 1)])
        contacts, identities = [], []
        for cid in range(1, leads + 1):
            tier = rng.choice(TIERS)
            contacts.append({
                "id": cid, "name": f"Người {cid}", "name_folded": f"nguoi {cid}", "given_name": str(cid),
                "province": rng.choice(PROVINCES), "district": None, "interests": [rng.choice(PRODUCTS)],
                "intents": [], "segment": {}, "comment_count": 1, "question_count": 0, "minigame": False,
                "first_session_id": 1, "last_session_id": 1, "first_seen_at": now, "last_seen_at": now,
                "score": rng.uniform(0, 100), "tier": tier, "outcome": None,
                "reasons": [{"code": "phone", "points": 30}],
                "outcome_at": None, "merged_into_id": None, "created_at": now})
            identities.append({"contact_id": cid, "kind": "phone", "value": f"+849{cid:08d}",
                               "platform": None, "created_at": now})
        conn.execute(insert(Contact), contacts)
        conn.execute(insert(ContactIdentity), identities)
        conn.execute(insert(DoNotCall), [{"phone": f"+849{cid:08d}", "source": "bench", "added_at": now}
                                         for cid in range(1, leads + 1, 100)])
    return 1


def run_followup_bench(leads: int = 100_000, *, seed: int = 6) -> dict:
    """Seed `leads` leads in a temporary SQLite database, then time one push of their tasks."""
    if leads < 1:
        raise ValueError(f"bench --followup needs at least 1 lead, got {leads}")
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{Path(folder) / 'bench.db'}")
        try:
            upgrade_schema(engine)
            live_session_id = _seed(engine, leads, random.Random(seed))
            sessions = make_sessionmaker(engine)
            started = time.perf_counter()
            with sessions.begin() as db:
                result = push_session_tasks(db, live_session_id, now=utcnow())
            seconds = time.perf_counter() - started
        finally:
            engine.dispose()
    return {"leads": leads, "seconds": round(seconds, 2), "tasks": result.created,
            "assigned": result.created - result.unassigned, "blocked": result.blocked,
            "agents": len(result.assigned_user_ids)}
