"""Console service: what moderators and hosts see, the moderators' actions, and replay by sequence.

Every change in a live session takes the next number of the session's sequence (`last_seq`):
comments when they are stored, question groups whenever they change (a new ask, an action).
A client that knows the last number it saw asks for `changes_since(n)` and gets, in order, the
comments it missed and the current state of every group that changed, so it loses nothing and
sees nothing twice. Actions are applied one at a time under the session's row lock; each one
states what it expects (a status, a text version) and is refused with a clear reason when another
moderator got there first. Services here never commit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from livestream.db import utcnow
from livestream.group import QuestionIndex
from livestream.ingest import MATCHABLE
from livestream.models import (
    Comment,
    GroupStatus,
    LiveSession,
    QuestionGroup,
    QuestionWording,
    SessionStatus,
)
from livestream.phones import mask_phones
from livestream.tech import tech_kind
from livestream.understand import match_key

UNANSWERED = (GroupStatus.OPEN, GroupStatus.ON_AIR)
REPLAY_PAGE = 1000


class ActionRefused(Exception):
    """The action cannot be applied to the group's current state (HTTP 409) or is malformed (400)."""

    def __init__(self, message: str, status: int = 409):
        super().__init__(message)
        self.message, self.status = message, status


class NotFound(LookupError):
    pass


@dataclass
class Change:
    """What one committed change produced, ready to be published to the session's room."""

    live_session_id: int
    from_seq: int
    seq: int
    groups: list[QuestionGroup] = field(default_factory=list)
    comments: list[dict] = field(default_factory=list)
    session: LiveSession | None = None


def iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def group_json(group: QuestionGroup, *, mask: bool) -> dict:
    text = mask_phones(group.canonical_text) if mask else group.canonical_text
    waiting_since = group.first_asked_at
    if group.status == GroupStatus.OPEN and group.status_changed_at:
        waiting_since = max(group.status_changed_at, group.first_asked_at)
    return {
        "id": group.id, "text": text, "asks": group.ask_count, "askers": group.asker_count,
        "status": group.status, "pinned": group.pinned, "seq": group.seq,
        "first_asked_at": iso(group.first_asked_at), "last_asked_at": iso(group.last_asked_at),
        "waiting_since": iso(waiting_since), "text_version": group.text_version,
        "status_changed_by": group.status_changed_by, "merged_into": group.merged_into_id,
        "status_changed_at": iso(group.status_changed_at), "earlier": group.earlier_id,
    }


def comment_json(row: Comment | dict) -> dict:
    get = row.get if isinstance(row, dict) else lambda name: getattr(row, name)
    is_tech = get("is_tech")
    return {
        "seq": get("seq"), "platform": get("platform"), "id": get("platform_comment_id"),
        "author": get("author_name"), "text": get("text"), "created_at": iso(get("created_at")),
        "is_question": get("is_question"), "is_lead": get("is_lead"), "is_tech": is_tech,
        "tech_kind": tech_kind(get("text")) if is_tech else None,
        "phones": list(get("phones") or []), "group_id": get("question_group_id"),
        "deleted": bool(get("deleted")),
    }


def session_json(live: LiveSession) -> dict:
    return {
        "id": live.id, "title": live.title, "status": live.status, "last_seq": live.last_seq,
        "scheduled_start": iso(live.scheduled_start), "started_at": iso(live.started_at),
        "ended_at": iso(live.ended_at), "platform_links": list(live.platform_links or []),
        "created_at": iso(live.created_at),
    }


def get_session(db: Session, live_session_id: int, *, lock: bool = False) -> LiveSession:
    query = select(LiveSession).where(LiveSession.id == live_session_id)
    if lock:
        query = query.with_for_update()
    live = db.execute(query).scalar_one_or_none()
    if live is None:
        raise NotFound(f"live session {live_session_id} does not exist")
    return live


def _group(db: Session, live: LiveSession, group_id: int) -> QuestionGroup:
    group = db.get(QuestionGroup, group_id)
    if group is None or group.live_session_id != live.id:
        raise NotFound(f"question {group_id} is not in live session {live.id}")
    return group


def snapshot(db: Session, live_session_id: int, *, feed: int = 200) -> dict:
    """Everything a console needs on load: the session, all its groups, the newest comments."""
    live = get_session(db, live_session_id)
    groups = db.scalars(
        select(QuestionGroup).where(QuestionGroup.live_session_id == live.id,
                                    QuestionGroup.status != GroupStatus.MERGED)
    ).all()
    comments = db.scalars(
        select(Comment).where(Comment.live_session_id == live.id, Comment.deleted.is_(False))
        .order_by(Comment.seq.desc()).limit(feed)
    ).all()
    return {"session": live, "groups": list(groups),
            "comments": [comment_json(c) for c in reversed(comments)],
            "asked_by": recent_askers(db, live.id)}


def recent_askers(db: Session, live_session_id: int, *, per_group: int = 5,
                  scan: int = 5000) -> dict[int, list[str]]:
    """Up to `per_group` names of the latest askers of each question, from the latest asks."""
    rows = db.execute(
        select(Comment.question_group_id, Comment.author_name)
        .where(Comment.live_session_id == live_session_id, Comment.question_group_id.is_not(None))
        .order_by(Comment.seq.desc()).limit(scan)
    )
    names: dict[int, list[str]] = {}
    for group_id, name in rows:
        known = names.setdefault(group_id, [])
        if len(known) < per_group and name not in known:
            known.append(name)
    return names


def changes_since(db: Session, live_session_id: int, since: int, *, comments: bool = True,
                  limit: int = REPLAY_PAGE) -> dict:
    """What changed after sequence number `since`, one page at a time, in sequence order.

    Returns comments with since < seq <= upto (at most `limit`), every group whose latest change
    lies in that range, `upto` (the client's new last sequence number) and `more`.
    """
    live = get_session(db, live_session_id)
    upto, more, rows = live.last_seq, False, []
    if comments:
        rows = db.scalars(
            select(Comment).where(Comment.live_session_id == live.id, Comment.seq > since)
            .order_by(Comment.seq).limit(limit)
        ).all()
        if len(rows) == limit and rows[-1].seq < live.last_seq:
            upto, more = rows[-1].seq, True
        seen = {row.id for row in rows}
        rows += [row for row in db.scalars(
            select(Comment).where(Comment.live_session_id == live.id, Comment.changed_seq > since,
                                  Comment.changed_seq <= upto).order_by(Comment.changed_seq)
        ) if row.id not in seen]
    groups = db.scalars(
        select(QuestionGroup).where(QuestionGroup.live_session_id == live.id,
                                    QuestionGroup.seq > since, QuestionGroup.seq <= upto)
        .order_by(QuestionGroup.seq)
    ).all()
    return {"session": live, "since": since, "upto": upto, "more": more,
            "comments": [comment_json(c) for c in rows], "groups": list(groups)}


def delete_comments(db: Session, live_session_id: int, platform: str,
                    comment_ids: Iterable[str]) -> Change | None:
    """Flag comments the platform deleted: kept for audit, gone from the consoles, which are told."""
    ids = list(dict.fromkeys(comment_ids))
    if not ids:
        return None
    live = get_session(db, live_session_id, lock=True)
    rows = db.scalars(select(Comment).where(
        Comment.live_session_id == live.id, Comment.platform == platform,
        Comment.platform_comment_id.in_(ids), Comment.deleted.is_(False))).all()
    if not rows:
        return None
    seq = _bump(live)
    for row in rows:
        row.deleted, row.changed_seq = True, seq
    db.flush()
    return Change(live.id, seq, seq, comments=[comment_json(row) for row in rows], session=live)


def unanswered_count(db: Session, live_session_id: int) -> int:
    return db.scalar(
        select(func.count()).select_from(QuestionGroup).where(
            QuestionGroup.live_session_id == live_session_id, QuestionGroup.status.in_(UNANSWERED))
    )


def _bump(live: LiveSession) -> int:
    live.last_seq += 1
    return live.last_seq


def _set_status(group: QuestionGroup, status: GroupStatus, actor: str, now: datetime, seq: int):
    group.status = status
    group.status_changed_at = now
    group.status_changed_by = actor
    group.seq = seq


def _who(group: QuestionGroup) -> str:
    return f" by {group.status_changed_by}" if group.status_changed_by else ""


ACTIONS = ("on_air", "answered", "dismiss", "reopen", "pin", "unpin", "edit", "merge", "split")


def apply_action(db: Session, live_session_id: int, group_id: int, action: str, *, actor: str,
                 params: dict | None = None, now: datetime | None = None) -> Change | None:
    """Apply a moderator's action; None when it changes nothing (already in that state)."""
    params = params or {}
    now = now or utcnow()
    if action not in ACTIONS:
        raise ActionRefused(f"action: {action!r} is not one of {', '.join(ACTIONS)}", 400)
    live = get_session(db, live_session_id, lock=True)
    group = _group(db, live, group_id)
    before = live.last_seq
    if group.status == GroupStatus.MERGED:
        raise ActionRefused(f"question {group.id} was merged into question {group.merged_into_id}"
                            f"{_who(group)}")
    changed: list[QuestionGroup] = [group]
    if action == "on_air":
        if group.status == GroupStatus.ON_AIR:
            return None
        if group.status == GroupStatus.DISMISSED:
            raise ActionRefused(f"question {group.id} was dismissed{_who(group)}; reopen it first")
        seq = _bump(live)
        for current in db.scalars(select(QuestionGroup).where(
                QuestionGroup.live_session_id == live.id, QuestionGroup.status == GroupStatus.ON_AIR)):
            _set_status(current, GroupStatus.ANSWERED, actor, now, seq)
            changed.append(current)
        _set_status(group, GroupStatus.ON_AIR, actor, now, seq)
    elif action in ("answered", "dismiss"):
        target = GroupStatus.ANSWERED if action == "answered" else GroupStatus.DISMISSED
        if group.status == target:
            return None
        if group.status not in UNANSWERED:
            raise ActionRefused(f"question {group.id} is already {group.status}{_who(group)}")
        _set_status(group, target, actor, now, _bump(live))
    elif action == "reopen":
        if group.status in UNANSWERED:
            return None
        _set_status(group, GroupStatus.OPEN, actor, now, _bump(live))
    elif action in ("pin", "unpin"):
        if group.pinned == (action == "pin"):
            return None
        group.pinned = action == "pin"
        group.seq = _bump(live)
    elif action == "edit":
        _edit(group, params, live)
    elif action == "merge":
        changed.extend(_merge(db, live, group, params, actor, now))
    elif action == "split":
        changed.append(_split(db, live, group, params, actor, now))
    db.flush()
    return Change(live.id, before + 1, live.last_seq, groups=changed, session=live)


def _edit(group: QuestionGroup, params: dict, live: LiveSession) -> None:
    text = params.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ActionRefused("text: missing or empty", 400)
    if len(text) > 1000:
        raise ActionRefused("text: longer than 1000 characters", 400)
    expected = params.get("text_version")
    if not isinstance(expected, int):
        raise ActionRefused("text_version: missing (the version of the text you edited)", 400)
    if expected != group.text_version:
        raise ActionRefused(f"question {group.id} was edited meanwhile; reload its text and edit again")
    group.canonical_text = text.strip()
    group.text_version += 1
    group.seq = _bump(live)


def _recount_askers(db: Session, group_id: int) -> int:
    return db.scalar(select(func.count(func.distinct(Comment.commenter_id)))
                     .where(Comment.question_group_id == group_id))


def _merge(db: Session, live: LiveSession, group: QuestionGroup, params: dict, actor: str,
           now: datetime) -> list[QuestionGroup]:
    """Merge `group` into params["into"]: its asks and askers move; it is kept as merged.

    Returns the target and the questions that noted `group` as asked earlier, which now note
    the target."""
    into = params.get("into")
    if not isinstance(into, int) or into == group.id:
        raise ActionRefused("into: the id of another question of this session", 400)
    target = _group(db, live, into)
    if target.status == GroupStatus.MERGED:
        raise ActionRefused(f"question {target.id} was itself merged into {target.merged_into_id}")
    seq = _bump(live)
    db.execute(update(Comment).where(Comment.question_group_id == group.id)
               .values(question_group_id=target.id))
    target.ask_count += group.ask_count
    target.first_asked_at = min(target.first_asked_at, group.first_asked_at)
    target.last_asked_at = max(target.last_asked_at, group.last_asked_at)
    target.pinned = target.pinned or group.pinned
    db.flush()
    target.asker_count = _recount_askers(db, target.id)
    target.seq = seq
    _move_wordings(db, group, target)
    group.ask_count = group.asker_count = 0
    group.merged_into_id = target.id
    _set_status(group, GroupStatus.MERGED, actor, now, seq)
    later = db.scalars(select(QuestionGroup).where(QuestionGroup.earlier_id == group.id)).all()
    for asked_again in later:
        asked_again.earlier_id, asked_again.seq = target.id, seq
    return [target, *later]


def _move_wordings(db: Session, group: QuestionGroup, target: QuestionGroup) -> None:
    """The merged question's wordings lead to `target` from now on: an ask worded like it joins
    the question it was merged into instead of opening it again."""
    moved = [group.match_key, *db.scalars(select(QuestionWording.match_key).where(
        QuestionWording.question_group_id == group.id).order_by(QuestionWording.id))]
    have = {target.match_key, *db.scalars(select(QuestionWording.match_key).where(
        QuestionWording.question_group_id == target.id))}
    db.execute(delete(QuestionWording).where(QuestionWording.question_group_id == group.id))
    db.add_all(QuestionWording(question_group_id=target.id, match_key=key)
               for key in dict.fromkeys(moved) if key not in have)


def _split(db: Session, live: LiveSession, group: QuestionGroup, params: dict, actor: str,
           now: datetime) -> QuestionGroup:
    """Move one comment (params["comment_seq"]) out of `group` into a new question of its own."""
    comment_seq = params.get("comment_seq")
    if not isinstance(comment_seq, int):
        raise ActionRefused("comment_seq: the sequence number of the comment to split out", 400)
    comment = db.scalar(select(Comment).where(Comment.live_session_id == live.id,
                                              Comment.seq == comment_seq))
    if comment is None or comment.question_group_id != group.id:
        raise ActionRefused(f"comment {comment_seq} is not an ask of question {group.id}", 400)
    if group.ask_count <= 1:
        raise ActionRefused(f"comment {comment_seq} is the only ask of question {group.id}")
    seq = _bump(live)
    key = match_key(comment.text)
    # The wording goes with the ask split out: the next ask worded so joins the new question.
    db.execute(delete(QuestionWording).where(QuestionWording.question_group_id == group.id,
                                             QuestionWording.match_key == key))
    new = _question_of(db, live, comment, key, seq, actor, now)
    group.ask_count -= 1
    db.flush()
    group.asker_count = _recount_askers(db, group.id)
    group.seq = seq
    return new


def _question_of(db: Session, live: LiveSession, comment: Comment, key: str, seq: int, actor: str,
                 now: datetime) -> QuestionGroup:
    """A new open question whose one ask is `comment`."""
    new = QuestionGroup(
        live_session_id=live.id, canonical_text=comment.text, match_key=key,
        status=GroupStatus.OPEN, pinned=False, ask_count=1, asker_count=1,
        first_asked_at=comment.created_at, last_asked_at=comment.created_at, seq=seq,
        status_changed_at=now, status_changed_by=actor, text_version=0,
    )
    db.add(new)
    db.flush()
    comment.question_group_id = new.id
    return new


def _open_question_like(db: Session, live: LiveSession, key: str) -> QuestionGroup | None:
    """The open question an ask worded `key` joins, matched as the engine matches asks (on each
    question's first wording and the ones it learned or was given by merges)."""
    if not key:
        return None
    matchable = (QuestionGroup.live_session_id == live.id, QuestionGroup.status.in_(MATCHABLE))
    index = QuestionIndex()
    for group_id, wording in db.execute(select(QuestionGroup.id, QuestionGroup.match_key)
                                        .where(*matchable).order_by(QuestionGroup.id)):
        index.add(group_id, wording, taught=True)
    for group_id, wording in db.execute(
            select(QuestionWording.question_group_id, QuestionWording.match_key).join(QuestionGroup)
            .where(*matchable).order_by(QuestionWording.id)):
        index.add(group_id, wording, taught=True)
    found = index.match(key)
    return db.get(QuestionGroup, found) if found is not None else None


def ask_from_comment(db: Session, live_session_id: int, comment_seq: int, *, actor: str,
                     now: datetime | None = None) -> Change:
    """Put a comment the engine did not read as a question into the queue, as a question: an ask
    of the open question it matches ("mình muốn biết thủ tục nhận lương hưu" joins "thủ tục nhận
    lương hưu thế nào"), or else the one ask of a new question."""
    now = now or utcnow()
    live = get_session(db, live_session_id, lock=True)
    comment = db.scalar(select(Comment).where(Comment.live_session_id == live.id,
                                              Comment.seq == comment_seq))
    if comment is None:
        raise NotFound(f"comment {comment_seq} is not in live session {live.id}")
    if comment.deleted:
        raise ActionRefused(f"comment {comment_seq} was deleted on {comment.platform}")
    if comment.question_group_id is not None:
        raise ActionRefused(f"comment {comment_seq} is already an ask of question "
                            f"{comment.question_group_id}")
    key = match_key(comment.text)
    group = _open_question_like(db, live, key)
    seq = _bump(live)
    if group is None:
        group = _question_of(db, live, comment, key, seq, actor, now)
    else:
        comment.question_group_id = group.id
        group.ask_count += 1
        group.first_asked_at = min(group.first_asked_at, comment.created_at)
        group.last_asked_at = max(group.last_asked_at, comment.created_at)
        db.flush()
        group.asker_count = _recount_askers(db, group.id)
        group.seq = seq
    comment.is_question, comment.changed_seq = True, seq
    db.flush()
    return Change(live.id, seq, seq, groups=[group], comments=[comment_json(comment)], session=live)


def set_session_status(db: Session, live_session_id: int, status: SessionStatus,
                       now: datetime | None = None) -> Change | None:
    """Start or end a live session (a scheduled one may also end without starting)."""
    now = now or utcnow()
    live = get_session(db, live_session_id, lock=True)
    if live.status == status:
        return None
    if status == SessionStatus.LIVE and live.status == SessionStatus.ENDED:
        raise ActionRefused(f"live session {live.id} has ended; create a new session")
    live.status = status
    if status == SessionStatus.LIVE:
        live.started_at = now
    elif status == SessionStatus.ENDED:
        live.ended_at = now
    seq = _bump(live)
    db.flush()
    return Change(live.id, seq, seq, session=live)
