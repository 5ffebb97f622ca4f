"""Comment sources service: add, pause and resume sources; store a connector's batch with its health.

A batch, its cursor and the source's health are written in the caller's transaction, so a
restarted runner resumes exactly after the last stored batch. Services never commit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from livestream import console
from livestream.connectors.base import Batch, source_kinds
from livestream.connectors.facebook import FeedChanges, post_refs
from livestream.db import utcnow
from livestream.ingest import DEFAULT_CACHE, IngestResult, QuestionIndexCache, ingest_comments
from livestream.models import CommentSource, LiveSession, SessionStatus

# Sources that receive comments (no connector to run): kind -> platform.
PASSIVE_KINDS = {"webhook": "webhook", "file": "file", "manual": "manual", "replay": "replay"}
STOPPED = ("auth_failed", "rejected", "ended")
MAX_ERROR = 1000


class SourceError(ValueError):
    """A source request that cannot be done; the message says why."""


class SourceNotFound(LookupError):
    """No such source in this live session."""


def kinds() -> dict[str, dict]:
    """Every source kind with its platform and label (connectors first, then passive kinds)."""
    out = {kind: {"platform": cls.platform, "label": cls.label, "unofficial": cls.unofficial,
                  "connector": True} for kind, cls in source_kinds().items()}
    for kind, platform in PASSIVE_KINDS.items():
        out[kind] = {"platform": platform, "label": kind, "unofficial": False, "connector": False}
    return out


def add_source(db: Session, live_session_id: int, kind: str, external_ref: str = "",
               label: str = "") -> CommentSource:
    """A new source for a session (a Facebook live video id, a YouTube liveChatId, a TikTok @user…)."""
    known = kinds()
    if kind not in known:
        raise SourceError(f"kind: {kind!r} is not one of {', '.join(sorted(known))}")
    external_ref = (external_ref or "").strip()
    if known[kind]["connector"] and not external_ref:
        raise SourceError("external_ref: the platform's id of the live video or chat is needed")
    if len(external_ref) > 300 or len(label) > 200:
        raise SourceError("external_ref or label too long")
    if db.get(LiveSession, live_session_id) is None:
        raise SourceNotFound(f"live session {live_session_id} does not exist")
    source = CommentSource(live_session_id=live_session_id, kind=kind,
                           platform=known[kind]["platform"], external_ref=external_ref,
                           label=label.strip() or (known[kind]["label"] if known[kind]["connector"] else ""),
                           status="idle")
    db.add(source)
    db.flush()
    return source


def add_to(source: CommentSource, column: str, n: int) -> None:
    """Add to a health counter in SQL (`x = x + n`), so concurrent writers never lose a count."""
    if n:
        setattr(source, column, getattr(CommentSource, column) + n)


def get_source(db: Session, live_session_id: int, source_id: int) -> CommentSource:
    source = db.get(CommentSource, source_id)
    if source is None or source.live_session_id != live_session_id:
        raise SourceNotFound(f"source {source_id} is not a source of live session {live_session_id}")
    return source


def passive_source(db: Session, live_session_id: int, kind: str) -> CommentSource:
    """The session's source of a passive kind (manual entry, file import…), created on first use."""
    source = db.scalar(select(CommentSource).where(CommentSource.live_session_id == live_session_id,
                                                   CommentSource.kind == kind)
                       .order_by(CommentSource.id).limit(1))
    return source or add_source(db, live_session_id, kind)


def set_paused(db: Session, source: CommentSource, paused: bool) -> CommentSource:
    """Pause a source, or resume it (which also retries one stopped by bad credentials)."""
    source.paused = paused
    source.status = "paused" if paused else "idle"
    db.flush()
    return source


def sources_of(db: Session, live_session_id: int) -> list[CommentSource]:
    return list(db.scalars(select(CommentSource).where(CommentSource.live_session_id == live_session_id)
                           .order_by(CommentSource.id)))


def runnable_sources(db: Session) -> list[CommentSource]:
    """Sources a runner should drive now: a connector kind, a live session, not paused or stopped."""
    return list(db.scalars(
        select(CommentSource).join(LiveSession)
        .where(LiveSession.status == SessionStatus.LIVE, CommentSource.paused.is_(False),
               CommentSource.kind.in_(list(source_kinds())), CommentSource.status.not_in(STOPPED))
        .order_by(CommentSource.id)))


@dataclass
class StoredBatch:
    """What storing one batch did: the ingest result and the deletions to tell consoles about."""

    ingested: IngestResult | None = None
    changes: list[console.Change] = field(default_factory=list)


def store_batch(db: Session, source_id: int, batch: Batch, *, now: datetime | None = None,
                cache: QuestionIndexCache = DEFAULT_CACHE) -> StoredBatch:
    """Ingest a connector's batch and write its cursor and health, in the caller's transaction."""
    now = now or utcnow()
    source = db.get(CommentSource, source_id)
    if source is None:
        raise SourceNotFound(f"source {source_id} does not exist")
    result = None
    if batch.comments:
        result = ingest_comments(db, source.live_session_id, batch.comments, cache=cache,
                                 source_id=source.id)
        newest = max(c.created_at for c in batch.comments)
        if source.last_comment_at is None or newest > source.last_comment_at:
            source.last_comment_at = newest
        source.lag_seconds = max((now - newest).total_seconds(), 0.0)
        add_to(source, "comment_count", result.accepted)
    deleted = console.delete_comments(db, source.live_session_id, source.platform, batch.deleted)
    source.cursor = batch.cursor
    source.checked_at = now
    add_to(source, "quota_units", batch.quota_units)
    if batch.errors:
        add_to(source, "error_count", len(batch.errors))
        source.last_error = "; ".join(batch.errors[-3:])[:MAX_ERROR]
    source.status = "ended" if batch.ended else "connected"
    db.flush()
    return StoredBatch(result, [deleted] if deleted else [])


def record_failure(db: Session, source_id: int, status: str, message: str, *,
                   count: bool = True, now: datetime | None = None) -> None:
    """Note a failed fetch on the source: its status, the error, one more in the error count."""
    source = db.get(CommentSource, source_id)
    if source is None:
        return
    source.status = status
    source.last_error = message[:MAX_ERROR]
    source.checked_at = now or utcnow()
    if count:
        add_to(source, "error_count", 1)
    db.flush()


def end_when_every_stream_ended(db: Session, source_id: int, *,
                                now: datetime | None = None) -> console.Change | None:
    """End the source's live session once every one of its sources has seen its stream end.

    A session streamed on Facebook and YouTube at once ends only when both streams have; a
    source that merely failed (expired token) keeps the session live for a person to decide.
    """
    source = db.get(CommentSource, source_id)
    if source is None or source.live_session.status != SessionStatus.LIVE:
        return None
    statuses = db.scalars(select(CommentSource.status).where(
        CommentSource.live_session_id == source.live_session_id)).all()
    if any(status != "ended" for status in statuses):
        return None
    return console.set_session_status(db, source.live_session_id, SessionStatus.ENDED, now=now)


def store_feed_changes(db: Session, changes: FeedChanges, cache: QuestionIndexCache = DEFAULT_CACHE,
                       ) -> tuple[list[tuple[int, IngestResult]], list[console.Change]]:
    """Route Facebook webhook comment changes to the live sessions whose source is that post.

    Returns each session's ingest result and the deletions to tell consoles about.
    """
    posts = {post for post, _ in changes.added} | {post for post, _ in changes.removed}
    refs = {ref: post for post in posts for ref in post_refs(post)}
    targets: dict[str, list[CommentSource]] = {}
    if refs:
        rows = db.scalars(select(CommentSource).join(LiveSession).where(
            CommentSource.platform == "facebook", CommentSource.external_ref.in_(list(refs)),
            LiveSession.status != SessionStatus.ENDED))
        for source in rows:
            targets.setdefault(refs[source.external_ref], []).append(source)
    by_source: dict[int, tuple[CommentSource, list]] = {}
    for post, raw in changes.added:
        for source in targets.get(post, []):
            by_source.setdefault(source.id, (source, []))[1].append(raw)
    results = []
    now = utcnow()
    for source, batch in by_source.values():
        result = ingest_comments(db, source.live_session_id, batch, cache=cache, source_id=source.id)
        newest = max(c.created_at for c in batch)
        if source.last_comment_at is None or newest > source.last_comment_at:
            source.last_comment_at = newest
        source.lag_seconds = max((now - newest).total_seconds(), 0.0)
        add_to(source, "comment_count", result.accepted)
        results.append((source.live_session_id, result))
    removed: dict[int, list[str]] = {}
    for post, comment_id in changes.removed:
        for source in targets.get(post, []):
            removed.setdefault(source.live_session_id, []).append(comment_id)
    deletions = [console.delete_comments(db, live_session_id, "facebook", ids)
                 for live_session_id, ids in removed.items()]
    return results, [change for change in deletions if change is not None]


def source_json(source: CommentSource) -> dict:
    def iso(value):
        return value.isoformat().replace("+00:00", "Z") if value else None

    return {"id": source.id, "live_session_id": source.live_session_id, "kind": source.kind,
            "platform": source.platform, "external_ref": source.external_ref, "label": source.label,
            "status": source.status, "paused": bool(source.paused),
            "connected": source.status == "connected" and not source.paused,
            "last_comment_at": iso(source.last_comment_at), "checked_at": iso(source.checked_at),
            "lag_seconds": source.lag_seconds, "comment_count": source.comment_count or 0,
            "error_count": source.error_count or 0, "last_error": source.last_error,
            "quota_units": source.quota_units or 0, "has_cursor": source.cursor is not None}
