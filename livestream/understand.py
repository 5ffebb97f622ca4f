"""One comment understood: its facts and, for a question, the key it is grouped by.

Pure module; the single place where text, classification and grouping meet, shared by the
ingest service, `run.py analyze` and the benchmarks so all three behave the same.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import count
from typing import NamedTuple

from livestream.classify import CommentFacts, is_lead, is_question, is_tech_complaint
from livestream.group import QuestionIndex
from livestream.phones import extract_phones
from livestream.question_key import question_key_tokens
from livestream.text import Words, words


@dataclass(frozen=True, slots=True)
class Understood:
    facts: CommentFacts
    key: str | None  # matching key when the comment is a question


def _understand(text: str) -> Understood:
    w = words(text)
    phones = extract_phones(text)
    question = is_question(text, w)
    facts = CommentFacts(
        is_question=question, phones=phones, lead=is_lead(w, phones), tech=is_tech_complaint(w)
    )
    return Understood(facts, match_key(text, w) if question else None)


def match_key(text: str, w: Words | None = None) -> str:
    """The key a question is grouped by; also for a comment a moderator puts in the queue."""
    w = w if w is not None else words(text)
    return " ".join(question_key_tokens(w, text)) or " ".join(w.folded) or "?"


# Viewers repeat one another word for word ("hay quá", "chào chị", a question pasted again), and
# understanding is a pure function of the text: the answers for recent short texts are kept
# (bounded in number and size). Shared results must not be changed by callers.
_RECENT_TEXTS = 16384
_REPEATED_CHARS = 200
_recent = lru_cache(maxsize=_RECENT_TEXTS)(_understand)


def forget_recent_texts() -> None:
    _recent.cache_clear()


def understand(text: str) -> Understood:
    """Classify one comment and, if it asks something, compute its grouping key."""
    text = text or ""
    return _recent(text) if len(text) <= _REPEATED_CHARS else _understand(text)


class Assignment(NamedTuple):
    group: Hashable
    opened: bool  # a new group was opened for the key
    learned: bool  # an existing group remembered the key as one more of its wordings


class Grouper:
    """Assigns question keys to groups, opening a new group when no open one matches."""

    def __init__(self, index: QuestionIndex | None = None, new_ids: Iterator[Hashable] | None = None):
        self.index = index if index is not None else QuestionIndex()
        self._new_ids = new_ids or (f"q{n}" for n in count(1))

    def assign(self, key: str) -> Assignment:
        """The group a question key joins, opening a new group when no open one matches."""
        found = self.index.match(key)
        if found is not None:
            return Assignment(found, False, self.index.add(found, key))
        group_id = next(self._new_ids)
        self.index.add(group_id, key)
        return Assignment(group_id, True, False)
