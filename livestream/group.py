"""Grouping repeated questions: how alike two question keys are, and an index of open groups.

Pure module (stdlib + rapidfuzz). Keys (`livestream.question_key`) name domain concepts and the
kind of answer wanted: paraphrases with few words in common meet on concepts; two questions on
one topic that want different answers stay apart on the question type.

The cost of placing one question is bounded by constants, not by the number of groups:
candidates come from the posting lists of a few of the question's most telling key terms (only
their most recent entries), then a weighted overlap scores those few.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from functools import lru_cache

from rapidfuzz import fuzz, process

from livestream.lexicon import SPECIFIC, TOPIC_MIN, WORD_WEIGHT, weight
from livestream.question_key import question_key, question_key_tokens

__all__ = ["QuestionIndex", "question_key", "question_key_tokens", "similarity"]

# What tells two keys apart besides the weights of what they share (livestream.lexicon).
_NOISE_CAP = 1.2  # unshared leftover words (names, places, stories) cost at most this much
_OTHER_KIND = 0.7  # two questions wanting different kinds of answer
_EXCLUDED = 0.6  # two questions about concepts that exclude each other
_TELLING = 0.8  # concepts from this weight up tell questions apart ("#pay", "#family" do not)
_MIN_CONTENT = 0.8  # two questions must share such a concept or two words besides the kind
_LONE_TOPIC = 0.8  # one question names a topic more than the other, which names no other
# Whether one may, against how much or how: "rút 1 lần được không" / "rút 1 lần được bao nhiêu",
# "đóng online được không" / "đóng online thế nào".
_WHETHER_OR_WHAT = 0.85
_NOT_WHETHER = (frozenset({"?amount"}), frozenset({"?how"}))
_COMPATIBLE = frozenset({
    frozenset({"?years", "?when"}), frozenset({"?where", "?which"}),
    frozenset({"?amount", "?which"}), frozenset({"?amount", "?months"}),
    frozenset({"?months", "?when"}), frozenset({"?years", "?months"}),
    frozenset({"?what", "?which"}),
    frozenset({"?how", "?where"}), frozenset({"?age", "?when"}), frozenset({"?how", "?what"}),
})
# Concepts that exclude each other: a question about one is not a question about the other.
_EXCLUSIVE: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (frozenset({"#poor"}), frozenset({"#nearpoor"})),
    (frozenset({"#min"}), frozenset({"#max"})),
    (frozenset({"#bhxh", "#voluntary"}), frozenset({"#bhyt", "#household"})),
)


# ---------------------------------------------------------------------------------------------
# Scoring two keys
# ---------------------------------------------------------------------------------------------
class _Profile:
    """One key prepared for scoring: its token set, concept weights and leftover words."""

    __slots__ = ("tokens", "set", "concepts", "weight", "words", "asks", "topics", "excludes",
                 "telling", "whether")

    def __init__(self, tokens: tuple[str, ...]):
        self.tokens = tokens
        self.set = frozenset(tokens)
        self.concepts = {t: weight(t) for t in self.set if t[0] in "#?"}  # and their weights
        self.weight = sum(weight(t) for t in self.set if t[0] in "#?")
        self.words = tuple(t for t in dict.fromkeys(tokens) if t[0] not in "#?")
        self.asks = SPECIFIC.intersection(self.set)
        self.whether = "?yesno" in self.set
        self.topics = frozenset(
            t for t in self.set if t[0] == "#" and "?" not in t and weight(t) >= TOPIC_MIN
        )
        # Says anything besides the kind of answer ("được không?" alone does not).
        self.telling = bool(self.words) or any(
            t[0] == "#" and weight(t) >= _TELLING for t in self.set
        )
        self.excludes = tuple(
            (bool(self.set & one), bool(self.set & other)) for one, other in _EXCLUSIVE
        )


@lru_cache(maxsize=4096)
def _profile(tokens: tuple[str, ...]) -> _Profile:
    return _Profile(tokens)


def _fuzzy_shared(a_words: list[str], b_words: list[str]) -> int:
    """How many leftover words of two keys are the same word mistyped."""
    pool = [t for t in b_words if len(t) >= 4]
    hits = 0
    for token in a_words:
        if not pool:
            break
        if len(token) < 4:
            continue
        hit = process.extractOne(token, pool, scorer=fuzz.ratio, score_cutoff=84)
        if hit is not None:
            hits += 1
            pool.remove(hit[0])
    return hits


def _factor(a: _Profile, b: _Profile) -> float:
    """Penalty for different kinds of answer or for concepts that exclude each other."""
    factor = 1.0
    qa, qb = a.asks, b.asks
    if qa and qb and not qa & qb and not any(
        frozenset((x, y)) in _COMPATIBLE for x in qa for y in qb
    ):
        factor *= _OTHER_KIND
    if a.whether != b.whether and (
        (a.whether and not qa and qb in _NOT_WHETHER) or (b.whether and not qb and qa in _NOT_WHETHER)
    ):
        factor *= _WHETHER_OR_WHAT
    if (a.topics <= b.topics) != (b.topics <= a.topics):
        factor *= _LONE_TOPIC  # one asks about a topic more, the other about no topic of its own
    for (a_one, a_other), (b_one, b_other) in zip(a.excludes, b.excludes, strict=True):
        if (a_one and b_other and not a_other and not b_one) or (
            a_other and b_one and not a_one and not b_other
        ):
            factor *= _EXCLUDED
    return factor


def _score(a: _Profile, b: _Profile, floor: float = 0.0) -> float:
    """0-1 similarity of two profiled keys; 0 as soon as it cannot reach `floor`."""
    common = a.set & b.set
    if not common:
        return 0.0
    shared_concepts = 0.0
    content = 0.0  # what they share besides the kind of answer and words every question has
    shared_words = 0
    concepts = a.concepts
    for t in common:
        weight = concepts.get(t)
        if weight is not None:
            shared_concepts += weight
            if t[0] == "#" and weight >= _TELLING:
                content += weight
        else:
            shared_words += 1
    content += WORD_WEIGHT * shared_words
    possible = min(len(a.words), len(b.words)) - shared_words  # words that may be typos
    if content + WORD_WEIGHT * possible < _MIN_CONTENT:
        return 0.0  # "có không" and "được không" about unrelated things are not one question
    spare_a = len(a.words) - shared_words
    spare_b = len(b.words) - shared_words
    concept_extra = a.weight + b.weight - 2 * shared_concepts

    def value(fuzzy: int) -> float:
        shared = shared_concepts + WORD_WEIGHT * (shared_words + fuzzy)
        extra = (concept_extra + min(WORD_WEIGHT * (spare_a - fuzzy), _NOISE_CAP)
                 + min(WORD_WEIGHT * (spare_b - fuzzy), _NOISE_CAP))
        return 2 * shared / (2 * shared + extra) if shared > 0 else 0.0

    best = value(possible)  # every leftover word a typo of another: the most it can be
    if best < floor:
        return 0.0
    factor = _factor(a, b)
    if best * factor < floor:
        return 0.0
    score = value(0) if content >= _MIN_CONTENT else 0.0
    if possible and (floor <= 0 or score * factor < floor):
        # Only now compare leftover words letter by letter (typos): they could change the answer.
        a_left = [t for t in a.words if t not in common]
        b_left = [t for t in b.words if t not in common]
        fuzzy = _fuzzy_shared(a_left, b_left)
        if fuzzy and content + WORD_WEIGHT * fuzzy >= _MIN_CONTENT:
            score = value(fuzzy)
    return round(factor * score, 9)


def similarity(a: list[str] | tuple[str, ...], b: list[str] | tuple[str, ...]) -> float:
    """0-100: how surely two question keys ask the same thing (weighted overlap of concepts)."""
    if not a or not b:
        return 0.0
    return 100.0 * _score(_profile(tuple(a)), _profile(tuple(b)))


# ---------------------------------------------------------------------------------------------
# Open groups of a session
# ---------------------------------------------------------------------------------------------
class QuestionIndex:
    """Open question groups of one live session, found by the telling terms they share.

    A group is remembered by up to `variants` different keys (the ways it has been asked), so a
    new ask may match any earlier wording, not only the first. Few: every wording kept is a way in,
    and a generic one ("đăng ký ở đâu") lets the group swallow questions on its neighbours
    ("mua bhyt ở đâu").
    """

    def __init__(self, threshold: float = 58.0, terms_per_query: int = 4, per_term: int = 32,
                 variants: int = 3):
        self.threshold = threshold
        self.terms_per_query = terms_per_query
        self.per_term = per_term
        self.variants = variants
        self._keys: dict[Hashable, list[_Profile]] = {}
        self._by_key: dict[str, Hashable] = {}
        self._postings: dict[str, list[Hashable]] = {}
        # What match() answered for keys asked again (viewers repeat the same words) while no
        # wording has been added or removed since.
        self._answers: dict[str, Hashable | None] = {}

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, group_id: Hashable) -> bool:
        return group_id in self._keys

    def add(self, group_id: Hashable, key: str, taught: bool = False) -> bool:
        """Remember `key` as one wording of the group (a new group if it is unknown).

        True when the wording was new to the index. Wordings the group learns from its own asks
        stop at `variants`; `taught` ones (stored, or from a question a moderator merged into
        it) are always kept.
        """
        if key in self._by_key:
            return False
        variants = self._keys.setdefault(group_id, [])
        if len(variants) >= self.variants and not taught:
            return False
        profile = _Profile(tuple(key.split()))
        known = {t for v in variants for t in v.set}
        variants.append(profile)
        self._answers.clear()
        self._by_key[key] = group_id
        for token in dict.fromkeys(profile.tokens):
            if token in known:
                continue
            known.add(token)
            self._postings.setdefault(token, []).append(group_id)
        return True

    def remove(self, group_id: Hashable) -> None:
        variants = self._keys.pop(group_id, None)
        if variants is None:
            return
        self._answers.clear()
        for token in dict.fromkeys(t for v in variants for t in v.tokens):
            posting = self._postings.get(token)
            if posting and group_id in posting:
                posting.remove(group_id)
        for variant in variants:
            key = " ".join(variant.tokens)
            if self._by_key.get(key) == group_id:
                del self._by_key[key]

    def rename(self, old: Hashable, new: Hashable) -> None:
        """Give a group its permanent id (groups are opened with a provisional one)."""
        variants = self._keys.get(old)
        if variants is None:
            return
        self.remove(old)
        for variant in variants:
            self.add(new, " ".join(variant.tokens), taught=True)

    def candidates(self, tokens: Iterable[str]) -> list[Hashable]:
        """Groups sharing the query's most telling terms: weightiest first, then rarest."""
        postings = [
            (-weight(t), len(p), p) for t in dict.fromkeys(tokens) if (p := self._postings.get(t))
        ]
        postings.sort(key=lambda item: item[:2])
        seen: dict[Hashable, None] = {}
        for _, _, posting in postings[: self.terms_per_query]:
            for group_id in posting[-self.per_term :]:
                seen[group_id] = None
        return list(seen)

    def match(self, key: str) -> Hashable | None:
        """The open group asking the same thing as `key`, or None."""
        if not key:
            return None
        query = _profile(tuple(key.split()))  # the same keys come back again and again
        if not query.telling:
            return None  # only "được không?": nothing to tell which question it is
        exact = self._by_key.get(key)
        if exact is not None:
            return exact
        if key in self._answers:
            return self._answers[key]
        best, best_score = None, self.threshold / 100.0
        for group_id in self.candidates(query.tokens):
            for variant in self._keys[group_id]:
                score = _score(query, variant, best_score)
                if score >= best_score:
                    best, best_score = group_id, score
        self._answers[key] = best
        return best
