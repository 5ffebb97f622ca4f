"""A live session's numbers for organisers: comments and people, questions and how many were
answered, leads and technical complaints, over time; and sessions side by side.

Service module: takes a Session and only reads. Counts are aggregated by the database per
session (the comments' index on session leads to each session's rows), the timeline's buckets
too: a page of statistics reads a few dozen rows whatever the size of the session.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from livestream.db import epoch_seconds
from livestream.models import Comment, GroupStatus, QuestionGroup
from livestream.phones import mask_phones

# Bucket widths for a timeline, in minutes: the narrowest giving at most `MAX_BUCKETS` columns.
BUCKET_MINUTES = (1, 2, 5, 10, 15, 30, 60, 120, 240, 720, 1440)
MAX_BUCKETS = 60
TOP_QUESTIONS = 10


@dataclass(frozen=True)
class SessionNumbers:
    """What a session gathered. Questions are distinct questions (a merged one counts once in the
    question it joined); unanswered ones were still open or on air."""

    comments: int = 0
    commenters: int = 0
    question_comments: int = 0
    questions: int = 0
    answered: int = 0
    dismissed: int = 0
    unanswered: int = 0
    lead_comments: int = 0
    lead_commenters: int = 0
    tech_comments: int = 0

    @property
    def answered_share(self) -> float | None:
        """Of the questions that called for an answer (not dismissed), the share answered."""
        asked = self.questions - self.dismissed
        return self.answered / asked if asked else None

    @property
    def lead_share(self) -> float | None:
        """Of the people who commented, the share who left a number or asked to be contacted."""
        return self.lead_commenters / self.commenters if self.commenters else None

    @property
    def tech_share(self) -> float | None:
        return self.tech_comments / self.comments if self.comments else None


def _flag(column):
    return func.coalesce(func.sum(case((column, 1), else_=0)), 0)


def session_numbers(db: Session, session_ids: Sequence[int]) -> dict[int, SessionNumbers]:
    """Numbers for each of the sessions (every id gets an entry, zeros when nothing came)."""
    ids = list(session_ids)
    if not ids:
        return {}
    shown = (Comment.live_session_id.in_(ids), Comment.deleted.is_(False))
    counts = {row[0]: row[1:] for row in db.execute(
        select(Comment.live_session_id, func.count(), func.count(func.distinct(Comment.commenter_id)),
               _flag(Comment.is_question), _flag(Comment.is_lead), _flag(Comment.is_tech))
        .where(*shown).group_by(Comment.live_session_id))}
    leads = dict(db.execute(
        select(Comment.live_session_id, func.count(func.distinct(Comment.commenter_id)))
        .where(*shown, Comment.is_lead).group_by(Comment.live_session_id)).all())
    questions: dict[int, dict[str, int]] = {}
    for sid, status, n in db.execute(
            select(QuestionGroup.live_session_id, QuestionGroup.status, func.count())
            .where(QuestionGroup.live_session_id.in_(ids), QuestionGroup.status != GroupStatus.MERGED)
            .group_by(QuestionGroup.live_session_id, QuestionGroup.status)):
        questions.setdefault(sid, {})[status] = n
    numbers = {}
    for sid in ids:
        comments, commenters, asked, lead_comments, tech = counts.get(sid, (0, 0, 0, 0, 0))
        by_status = questions.get(sid, {})
        numbers[sid] = SessionNumbers(
            comments=comments, commenters=commenters, question_comments=int(asked),
            questions=sum(by_status.values()), answered=by_status.get(GroupStatus.ANSWERED, 0),
            dismissed=by_status.get(GroupStatus.DISMISSED, 0),
            unanswered=by_status.get(GroupStatus.OPEN, 0) + by_status.get(GroupStatus.ON_AIR, 0),
            lead_comments=int(lead_comments), lead_commenters=leads.get(sid, 0), tech_comments=int(tech))
    return numbers


def platform_counts(db: Session, session_id: int) -> list[tuple[str, int, int]]:
    """(platform, comments, people) for each platform the session's comments came from, most first."""
    return [tuple(row) for row in db.execute(
        select(Comment.platform, func.count(), func.count(func.distinct(Comment.commenter_id)))
        .where(Comment.live_session_id == session_id, Comment.deleted.is_(False))
        .group_by(Comment.platform).order_by(func.count().desc(), Comment.platform))]


def median_answer_minutes(db: Session, session_id: int) -> float | None:
    """How long answered questions waited from their first ask to being answered (the median)."""
    waits = [(done - first).total_seconds() / 60 for first, done in db.execute(
        select(QuestionGroup.first_asked_at, QuestionGroup.status_changed_at)
        .where(QuestionGroup.live_session_id == session_id, QuestionGroup.status == GroupStatus.ANSWERED,
               QuestionGroup.status_changed_at.is_not(None)))]
    return round(statistics.median(waits), 1) if waits else None


def top_questions(db: Session, session_id: int, limit: int = TOP_QUESTIONS) -> list[dict]:
    """The most asked questions, phone numbers in their text masked (the page may be projected)."""
    rows = db.execute(
        select(QuestionGroup.canonical_text, QuestionGroup.ask_count, QuestionGroup.asker_count,
               QuestionGroup.status)
        .where(QuestionGroup.live_session_id == session_id, QuestionGroup.status != GroupStatus.MERGED)
        .order_by(QuestionGroup.ask_count.desc(), QuestionGroup.id).limit(limit))
    return [{"text": mask_phones(text), "asks": asks, "askers": askers, "status": status}
            for text, asks, askers, status in rows]


def all_questions(db: Session, session_id: int) -> list[QuestionGroup]:
    """Every question of the session (merged ones are in the question they joined), most asked
    first."""
    return list(db.scalars(
        select(QuestionGroup)
        .where(QuestionGroup.live_session_id == session_id, QuestionGroup.status != GroupStatus.MERGED)
        .order_by(QuestionGroup.ask_count.desc(), QuestionGroup.id)))


@dataclass(frozen=True)
class Bucket:
    start: datetime  # local time
    comments: int
    questions: int
    tech: int


def bucket_minutes(span: timedelta) -> int:
    minutes = span.total_seconds() / 60
    # +2: the bucket the last comment falls in, and one more when aligning the first bucket's
    # start to a round time moves it back
    return next((m for m in BUCKET_MINUTES if math.floor(minutes / m) + 2 <= MAX_BUCKETS),
                BUCKET_MINUTES[-1])


def comment_timeline(db: Session, session_id: int, zone: tzinfo) -> tuple[int, list[Bucket]]:
    """Comments, questions and technical complaints per time bucket, from the first comment to
    the last (empty buckets included); returns the bucket width in minutes and the buckets."""
    shown = (Comment.live_session_id == session_id, Comment.deleted.is_(False))
    first, last = db.execute(select(func.min(Comment.created_at), func.max(Comment.created_at))
                             .where(*shown)).one()
    if first is None:
        return 1, []
    width = bucket_minutes(last - first)
    step = timedelta(minutes=width)
    start = first.replace(minute=first.minute - first.minute % width if width < 60 else 0, second=0,
                          microsecond=0)
    count = math.floor((last - start) / step) + 1
    tallies = [[0, 0, 0] for _ in range(count)]
    bucket = ((epoch_seconds(Comment.created_at) - int(start.timestamp())) // int(step.total_seconds()))
    for index, comments, questions, tech in db.execute(
            select(bucket, func.count(), _flag(Comment.is_question), _flag(Comment.is_tech))
            .where(*shown).group_by(bucket)):
        tallies[min(max(int(index), 0), count - 1)] = [comments, int(questions), int(tech)]
    return width, [Bucket((start + i * step).astimezone(zone), *t) for i, t in enumerate(tallies)]
