"""Ingest service: a batch of raw comments stored once, understood and grouped, in one transaction.

Writers of one live session are serialised by locking its row (FOR UPDATE on PostgreSQL,
BEGIN IMMEDIATE on SQLite), which also orders the session's sequence numbers. Open question
groups live in a per-process index that is brought up to date from the database whenever another
writer has moved the session's sequence on, so any number of processes can ingest.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from itertools import count

from sqlalchemy import (
    String,
    bindparam,
    case,
    event,
    func,
    insert,
    literal,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from livestream.connectors import RawComment
from livestream.db import UTCDateTime, probe_unique, utcnow
from livestream.group import QuestionIndex
from livestream.models import (
    Comment,
    Commenter,
    GroupStatus,
    LiveSession,
    QuestionGroup,
    QuestionWording,
)
from livestream.understand import Grouper, understand

MATCHABLE = (GroupStatus.OPEN, GroupStatus.ON_AIR)
CLOSED = (GroupStatus.ANSWERED, GroupStatus.DISMISSED)  # a new ask like them opens a new question
_CHUNK = 500


class UnknownSession(LookupError):
    """The live session does not exist."""


@dataclass
class IngestResult:
    accepted: int
    duplicates: int
    last_seq: int
    comments: list[dict] = field(default_factory=list)
    group_ids: list[int] = field(default_factory=list)


@dataclass
class _SessionIndex:
    index: QuestionIndex  # open questions: an ask joins one
    closed: QuestionIndex  # answered or dismissed ones: a new question notes which it asks again
    seq: int
    askers: dict[int, set[int]]


class QuestionIndexCache:
    """Per-process open-question indexes, one per live session, synced by sequence number."""

    def __init__(self, max_sessions: int = 64):
        self._entries: dict[int, _SessionIndex] = {}
        self._lock = threading.Lock()
        self.max_sessions = max_sessions

    def drop(self, live_session_id: int) -> None:
        with self._lock:
            self._entries.pop(live_session_id, None)

    def synced(self, db: Session, live: LiveSession) -> _SessionIndex:
        """The session's index brought up to `live.last_seq` (caller holds the session lock)."""
        with self._lock:
            entry = self._entries.get(live.id)
            if entry is None or entry.seq > live.last_seq:
                entry = _SessionIndex(QuestionIndex(), QuestionIndex(), 0, {})
                since = None
            else:
                since = entry.seq
            if entry.seq != live.last_seq or since is None:
                _refresh(db, live.id, entry, since)
                entry.seq = live.last_seq
            self._entries[live.id] = entry
            if len(self._entries) > self.max_sessions:
                oldest = next(iter(self._entries))
                self._entries.pop(oldest)
            return entry


def _refresh(db: Session, live_session_id: int, entry: _SessionIndex, since: int | None) -> None:
    """Bring the index up to date with groups another writer (or a moderator) changed."""
    groups = select(QuestionGroup.id, QuestionGroup.match_key, QuestionGroup.status).where(
        QuestionGroup.live_session_id == live_session_id
    )
    if since is not None:
        groups = groups.where(QuestionGroup.seq > since)
    changed: list[int] = []
    wordings: dict[int, list[str]] = {}
    indexes: dict[int, QuestionIndex] = {}
    for group_id, key, status in db.execute(groups.order_by(QuestionGroup.id)):
        changed.append(group_id)
        entry.askers.pop(group_id, None)
        # Every wording of a changed group is read again: a merge or a split moves wordings.
        entry.index.remove(group_id)
        entry.closed.remove(group_id)
        if status in MATCHABLE or status in CLOSED:
            wordings[group_id] = [key]
            indexes[group_id] = entry.index if status in MATCHABLE else entry.closed
    stored = select(QuestionWording.question_group_id, QuestionWording.match_key)
    if since is None:
        queries = [stored.join(QuestionGroup).where(QuestionGroup.live_session_id == live_session_id,
                                                    QuestionGroup.status.in_(MATCHABLE + CLOSED))]
    else:
        queries = [stored.where(QuestionWording.question_group_id.in_(chunk))
                   for chunk in _chunks(list(wordings))]
    for query in queries:
        for group_id, key in db.execute(query.order_by(QuestionWording.id)):
            wordings[group_id].append(key)
    for group_id, keys in wordings.items():
        for key in keys:
            indexes[group_id].add(group_id, key, taught=True)
    # Askers of every changed group are read again: a merge or split moves older comments.
    askers = select(Comment.question_group_id, Comment.commenter_id).distinct()
    if since is None:
        queries = [askers.where(Comment.live_session_id == live_session_id,
                                Comment.question_group_id.is_not(None))]
    else:
        queries = [askers.where(Comment.question_group_id.in_(chunk)) for chunk in _chunks(changed)]
    for query in queries:
        for group_id, commenter_id in db.execute(query):
            entry.askers.setdefault(group_id, set()).add(commenter_id)


DEFAULT_CACHE = QuestionIndexCache()


def _drop_on_rollback(db: Session, cache: QuestionIndexCache, live_session_id: int) -> None:
    hooks = db.info.setdefault("livelead_rollback_drops", None)
    if hooks is None:
        hooks = db.info["livelead_rollback_drops"] = set()

        @event.listens_for(db, "after_soft_rollback")
        def _forget(session, _previous):
            for hook_cache, session_id in list(hooks):
                hook_cache.drop(session_id)
            hooks.clear()

        @event.listens_for(db, "after_commit")
        def _keep(session):
            hooks.clear()

    hooks.add((cache, live_session_id))


def _chunks(items: list, size: int = _CHUNK):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _existing_ids(db: Session, live_session_id: int, keys: list[tuple[str, str]]) -> set:
    """Which (platform, comment id) pairs are already stored, through the unique index."""
    by_platform: dict[str, list[str]] = {}
    for platform, comment_id in keys:
        by_platform.setdefault(platform, []).append(comment_id)
    found: set[tuple[str, str]] = set()
    for platform, ids in by_platform.items():
        for chunk in _chunks(ids):
            rows = probe_unique(db, (Comment.platform_comment_id,), Comment.platform_comment_id, chunk,
                           Comment.live_session_id == live_session_id, Comment.platform == platform)
            found.update((platform, c) for (c,) in rows)
    return found


def _commenter_ids(db: Session, batch: list[RawComment]) -> dict[tuple[str, str], int]:
    wanted: dict[tuple[str, str], str] = {}
    for raw in batch:
        wanted.setdefault((raw.platform, raw.author_id), raw.author_name)
    ids: dict[tuple[str, str], int] = {}
    keys = list(wanted)
    by_platform: dict[str, list[str]] = {}
    for platform, user_id in keys:
        by_platform.setdefault(platform, []).append(user_id)
    for platform, user_ids in by_platform.items():  # one platform at a time: uses the index
        for chunk in _chunks(user_ids):
            rows = probe_unique(db, (Commenter.platform_user_id, Commenter.id), Commenter.platform_user_id,
                           chunk, Commenter.platform == platform)
            ids.update({(platform, u): i for u, i in rows})
    missing = [k for k in keys if k not in ids]
    if missing:
        ids.update(_insert_commenters(db, [(p, u, wanted[(p, u)][:300]) for p, u in missing]))
    return ids


def _insert_commenters(db: Session, rows: list[tuple[str, str, str]]) -> dict[tuple[str, str], int]:
    """Insert new commenters (platform, user id, name); their ids keyed by (platform, user id).

    Rows come back keyed by their own columns, so no order is asked for: an ordered RETURNING
    makes SQLAlchemy send one INSERT per row on SQLite. On PostgreSQL the rows go as three array
    parameters unnested by the server, one statement instead of one per row.
    """
    now = utcnow()
    columns = (_commenters.c.platform, _commenters.c.platform_user_id, _commenters.c.id)
    if db.get_bind().dialect.name == "postgresql":
        platforms, users, names = (list(column) for column in zip(*rows, strict=True))
        source = func.unnest(
            literal(platforms, ARRAY(String)), literal(users, ARRAY(String)),
            literal(names, ARRAY(String)),
        ).table_valued("platform", "platform_user_id", "display_name").render_derived()
        statement = insert(_commenters).from_select(
            ["platform", "platform_user_id", "display_name", "first_seen_at"],
            select(source.c.platform, source.c.platform_user_id, source.c.display_name,
                   literal(now, UTCDateTime)),
        ).returning(*columns)
        found = db.execute(statement)
    else:
        found = db.execute(insert(_commenters).returning(*columns), [
            {"platform": p, "platform_user_id": u, "display_name": n, "first_seen_at": now}
            for p, u, n in rows
        ])
    return {(p, u): i for p, u, i in found}


_groups = QuestionGroup.__table__
_commenters = Commenter.__table__
_bump_group = (
    update(_groups)
    .where(_groups.c.id == bindparam("gid"))
    .values(
        ask_count=_groups.c.ask_count + bindparam("asks"),
        asker_count=_groups.c.asker_count + bindparam("new_askers"),
        seq=bindparam("new_seq"),
        first_asked_at=case(
            (_groups.c.first_asked_at > bindparam("first", type_=UTCDateTime),
             bindparam("first", type_=UTCDateTime)),
            else_=_groups.c.first_asked_at,
        ),
        last_asked_at=case(
            (_groups.c.last_asked_at < bindparam("last", type_=UTCDateTime),
             bindparam("last", type_=UTCDateTime)),
            else_=_groups.c.last_asked_at,
        ),
    )
)
_insert_comments = insert(Comment.__table__)
_COMMENT_COLUMNS = (
    "live_session_id", "seq", "platform", "platform_comment_id", "source_id", "commenter_id",
    "author_name", "text", "created_at", "received_at", "is_question", "is_lead", "is_tech",
    "phones", "question_group_id", "deleted",
)
_COPY_COMMENTS = f"COPY {Comment.__tablename__} ({', '.join(_COMMENT_COLUMNS)}) FROM STDIN"


def _write_comments(connection, rows: list[dict]) -> None:
    """Insert a batch's comment rows: COPY on PostgreSQL (psycopg), Core executemany elsewhere.

    On PostgreSQL each row of an executemany is its own statement on the server; COPY streams
    the batch as one, which halves the cost per row. Values go as the columns store them
    (timestamps naive UTC, phones as JSON text), as `UTCDateTime` and `JSON` would bind them.
    """
    if connection.dialect.name != "postgresql" or connection.dialect.driver != "psycopg":
        connection.execute(_insert_comments, rows)
        return
    received_at = _naive_utc(utcnow())
    cursor = connection.connection.driver_connection.cursor()
    with cursor.copy(_COPY_COMMENTS) as copy:
        for row in rows:
            copy.write_row((
                row["live_session_id"], row["seq"], row["platform"], row["platform_comment_id"],
                row["source_id"], row["commenter_id"], row["author_name"], row["text"],
                _naive_utc(row["created_at"]), received_at, row["is_question"], row["is_lead"],
                row["is_tech"], json.dumps(row["phones"]), row["question_group_id"],
                row["deleted"],
            ))


_NAIVE_UTC = UTCDateTime().process_bind_param


def _store_wordings(connection, rows: list[dict]) -> None:
    """Store wordings groups learned. One may be stored already: a question dismissed while
    another took its wording, then reopened, is in the index without it until it asks again."""
    dialect_insert = pg_insert if connection.dialect.name == "postgresql" else sqlite_insert
    connection.execute(dialect_insert(QuestionWording.__table__).on_conflict_do_nothing(), rows)


def _naive_utc(value):
    return _NAIVE_UTC(value, None)


def ingest_comments(
    db: Session,
    live_session_id: int,
    batch: Sequence[RawComment],
    *,
    cache: QuestionIndexCache = DEFAULT_CACHE,
    source_id: int | None = None,
) -> IngestResult:
    """Store the new comments of a batch, classify and group them; the caller commits."""
    live = db.execute(
        select(LiveSession).where(LiveSession.id == live_session_id).with_for_update()
    ).scalar_one_or_none()
    if live is None:
        raise UnknownSession(f"live session {live_session_id} does not exist")

    unique: dict[tuple[str, str], RawComment] = {}
    for raw in batch:
        unique.setdefault((raw.platform, raw.platform_comment_id), raw)
    existing = _existing_ids(db, live_session_id, list(unique)) if unique else set()
    fresh = [raw for key, raw in unique.items() if key not in existing]
    duplicates = len(batch) - len(fresh)
    if not fresh:
        return IngestResult(0, duplicates, live.last_seq)

    _drop_on_rollback(db, cache, live_session_id)
    entry = cache.synced(db, live)
    commenters = _commenter_ids(db, fresh)
    seq = live.last_seq
    pending = (("new", n) for n in count())
    grouper = Grouper(entry.index, pending)
    rows: list[dict] = []
    new_groups: dict[Hashable, dict] = {}
    bumps: dict[int, dict] = {}
    wordings: list[tuple[Hashable, str]] = []  # further wordings groups learned in this batch
    for raw in fresh:
        seq += 1
        understood = understand(raw.text)
        facts = understood.facts
        commenter_id = commenters[(raw.platform, raw.author_id)]
        group_ref = None
        if understood.key is not None:
            group_ref, opened, learned = grouper.assign(understood.key)
            if learned:
                wordings.append((group_ref, understood.key))
            if opened:
                new_groups[group_ref] = {
                    "live_session_id": live_session_id, "canonical_text": raw.text,
                    "match_key": understood.key, "status": GroupStatus.OPEN, "pinned": False,
                    "ask_count": 0, "asker_count": 0, "first_asked_at": raw.created_at,
                    "last_asked_at": raw.created_at, "seq": seq, "_askers": set(),
                    "earlier_id": entry.closed.match(understood.key),
                }
            if group_ref in new_groups:
                stats = new_groups[group_ref]
                stats["ask_count"] += 1
                stats["_askers"].add(commenter_id)
                stats["first_asked_at"] = min(stats["first_asked_at"], raw.created_at)
                stats["last_asked_at"] = max(stats["last_asked_at"], raw.created_at)
                stats["seq"] = seq
            else:
                bump = bumps.setdefault(group_ref, {
                    "gid": group_ref, "asks": 0, "new_askers": 0, "new_seq": seq,
                    "first": raw.created_at, "last": raw.created_at,
                })
                bump["asks"] += 1
                askers = entry.askers.setdefault(group_ref, set())
                if commenter_id not in askers:
                    askers.add(commenter_id)
                    bump["new_askers"] += 1
                bump["new_seq"] = seq
                bump["first"] = min(bump["first"], raw.created_at)
                bump["last"] = max(bump["last"], raw.created_at)
        rows.append({
            "live_session_id": live_session_id, "seq": seq, "platform": raw.platform,
            "platform_comment_id": raw.platform_comment_id, "source_id": source_id,
            "commenter_id": commenter_id, "author_name": raw.author_name[:300],
            "text": raw.text, "created_at": raw.created_at, "is_question": facts.is_question,
            "is_lead": facts.lead, "is_tech": facts.tech, "phones": facts.phones,
            "question_group_id": group_ref, "deleted": False,
        })

    real_ids: dict[Hashable, int] = {}
    if new_groups:
        refs = list(new_groups)
        values = []
        for ref in refs:
            stats = new_groups[ref]
            askers = stats.pop("_askers")
            stats["asker_count"] = len(askers)
            values.append(stats)
            stats["_askers_kept"] = askers
        # Each new group's `seq` is that of its own last ask, so it names the group within
        # the batch and RETURNING needs no order (an ordered one sends one INSERT per row).
        by_seq = dict(db.connection().execute(
            insert(_groups).returning(_groups.c.seq, _groups.c.id),
            [{k: v for k, v in s.items() if not k.startswith("_")} for s in values],
        ).all())
        for ref in refs:
            group_id = by_seq[new_groups[ref]["seq"]]
            real_ids[ref] = group_id
            entry.index.rename(ref, group_id)
            entry.askers[group_id] = new_groups[ref]["_askers_kept"]
        for row in rows:
            ref = row["question_group_id"]
            if ref in real_ids:
                row["question_group_id"] = real_ids[ref]
    connection = db.connection()
    if bumps:
        connection.execute(_bump_group, list(bumps.values()))
    if wordings:
        _store_wordings(connection, [
            {"question_group_id": real_ids.get(ref, ref), "match_key": key} for ref, key in wordings
        ])
    _write_comments(connection, rows)
    live.last_seq = seq
    entry.seq = seq
    db.flush()
    return IngestResult(
        accepted=len(rows), duplicates=duplicates, last_seq=seq, comments=rows,
        group_ids=sorted(set(real_ids.values()) | set(bumps)),
    )
