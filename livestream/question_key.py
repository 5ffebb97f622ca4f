"""A question's matching key: what it is about and what kind of answer it wants.

Pure module. A key holds domain concepts (`#pension`, `#backpay`, `#bhyt`), the kind of answer
wanted (`?amount`, `?years`, `?where`, `?how`…), the pairs of both (`#pension?amount`) and a few
leftover content words, read with the forms of `livestream.lexicon` (one trie per first word).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from livestream.lexicon import (
    AMOUNT_UNITS,
    IMPLIES,
    KIND,
    LEXICON,
    SPECIFIC,
    STOPWORDS,
    TOPIC_MIN,
    weight,
)
from livestream.text import Words, fold_token, words

_AGE_TOKEN = re.compile(r"\d+t$")
_MONEY_TOKEN = re.compile(r"(\d+)(k|đ|d|tr|trieu|triệu|000)\d*$")
_UNIT_WORDS = {"k": "nghìn", "tr": "triệu", "trieu": "triệu", "triệu": "triệu", "đ": "đồng",
               "d": "đồng"}
# Folded spellings the teencode table of livestream.text does not know (plain words only).
_PLAIN_SYNONYMS = {"ki": ("ký",), "dki": ("đăng", "ký"), "gd": ("gđ",)}

_Form = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]  # words, folded, key tokens


class _Node:
    """A trie node over folded form words: what may follow, and the forms that end here (with
    their rank among the forms sharing the first word: lower ranks win ties)."""

    __slots__ = ("next", "forms")

    def __init__(self) -> None:
        self.next: dict[str, _Node] = {}
        self.forms: list[tuple[int, _Form]] = []


def _build_lexicon() -> dict[str, _Node]:
    """The lexicon as one trie per first folded word, "N" standing for any number."""
    by_first: dict[str, list[_Form]] = {}
    for concepts, forms in LEXICON:
        out = tuple(concepts.split())
        for form in forms:
            # The same normalisation as comments get (teencode expanded), "N" kept as the wildcard.
            parts = tuple("N" if p == "n" else p for p in words(form).raw)
            if parts:
                folded = tuple(fold_token(p) for p in parts)
                by_first.setdefault(folded[0], []).append((parts, folded, out))
    numbers = by_first.get("N", [])
    for first in [str(n) for n in range(10)] + ["mot"]:  # forms starting with a number
        by_first[first] = by_first.get(first, []) + numbers
    tries: dict[str, _Node] = {}
    for first, options in by_first.items():
        options.sort(key=lambda item: -len(item[0]))  # stable: listing order breaks ties
        root = tries[first] = _Node()
        for rank, form in enumerate(options):
            node = root
            for plain in form[1][1:]:
                node = node.next.setdefault(plain, _Node())
            node.forms.append((rank, form))
    return tries


_LEXICON_TRIES = _build_lexicon()


def _prepare(w: Words) -> tuple[list[str], list[str]]:
    """Comment words for matching; money amounts, ages and long numbers are read here."""
    raw: list[str] = []
    folded: list[str] = []
    for token_raw, token_folded in map(_read_token, w.raw, w.folded):
        raw += token_raw
        folded += token_folded
    return raw, folded


@lru_cache(maxsize=65536)
def _read_token(token: str, plain: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """One comment word (and its folded form) as words to match against the lexicon."""
    if token == "1":
        return ("một",), ("mot",)  # "rút 1 lần" is "rút một lần"
    if token.isdigit():
        if len(token) <= 4:
            return (token,), (token[0],)  # numbers look up forms starting with "N"
        if len(token) <= 9 and token.endswith("00") and token[0] != "0":
            return ("#money",), ("#money",)  # 1500000
        return (), ()  # other long numbers are phones or social-insurance codes: they say nothing
    if token[0].isdigit() and _AGE_TOKEN.match(token):
        return (token[:-1], "tuổi"), (token[0], "tuoi")  # "58t" is "58 tuổi"
    if token[0].isdigit() and (amount := _MONEY_TOKEN.match(token)):
        number, unit = amount.groups()
        if len(number) <= 4 and unit in _UNIT_WORDS:
            # "2tr", "500k", "1tr5" read as "2 triệu", "500 nghìn": the lexicon's "N triệu"
            # forms ("chọn mức N triệu") then see them as typed out
            word = _UNIT_WORDS[unit]
            return (number, word), (number[0], fold_token(word))
        return ("#money",), ("#money",)
    if token == plain and plain in _PLAIN_SYNONYMS:
        parts = _PLAIN_SYNONYMS[plain]
        return parts, tuple(fold_token(part) for part in parts)
    return (token,), (plain,)


def _match_at(
    raw: list[str], folded: list[str], i: int, plain_ok: bool
) -> tuple[int, tuple[str, ...]]:
    """The lexicon form starting at word i: (its length in words, its key tokens).

    `plain_ok`: the comment is typed without accents, so a plain word may stand for an accented
    one ("dong" for "đóng"); in a comment typed with accents a plain word is just that word.
    """
    root = _LEXICON_TRIES.get(folded[i])
    if root is None:
        return 0, ()
    n = len(raw)
    best: tuple[int, int, int] = (0, -1, 0)  # size, accents matched, -rank: the higher wins
    best_out: tuple[str, ...] = ()
    pending = [(root, i + 1)]
    while pending:  # every path of the trie the comment's words follow from word i
        node, j = pending.pop()
        for rank, (parts, plain, out) in node.forms:
            exact = _exact_matches(raw, folded, i, parts, plain, plain_ok)
            if exact >= 0 and (len(parts), exact, -rank) > best:
                best, best_out = (len(parts), exact, -rank), out
        if j < n:
            if (child := node.next.get(folded[j])) is not None:
                pending.append((child, j + 1))
            if (child := node.next.get("N")) is not None and (raw[j].isdigit() or raw[j] == "một"):
                pending.append((child, j + 1))
    return best[0], best_out


def _exact_matches(
    raw: list[str], folded: list[str], i: int, parts: tuple[str, ...], plain: tuple[str, ...],
    plain_ok: bool,
) -> int:
    """How many words of a form match the comment at word i letter for letter, accents
    included (-1 when the form does not match there)."""
    exact = 0
    for k, part in enumerate(parts):
        token = raw[i + k]
        if token == part:
            exact += 1
        elif part == "N":
            if not token.isdigit() and token != "một":
                return -1
        elif not plain_ok or token != folded[i + k] or token != plain[k]:
            return -1  # an accented word must match exactly; a plain one matches the folded form
    return exact


_WHAT = ("?what",)
_WHY = ("?why",)
_METHOD = frozenset({"?how", "?what", "?which", "?where"})  # of a calculation, all ask how
_HOW = ("?how",)
_WHY_BEFORE = frozenset({"la", "tai", "vi", "thi"})  # "là sao": what is wrong


def _typed_plain(tokens: Sequence[str]) -> bool:
    """Whether a comment is typed mostly without accents (then "dong" may stand for "đóng")."""
    return 3 * sum(map(_typed_accented, tokens)) < len(tokens)


@lru_cache(maxsize=65536)
def _typed_accented(token: str) -> bool:
    return not token.isascii() and fold_token(token.lower()) != token.lower()


def question_key_tokens(w: Words, text: str = "") -> list[str]:
    """Concepts, kinds of answer, their pairs and leftover content words of a question."""
    raw, folded = _prepare(w)
    plain_ok = _typed_plain(text.split()) if text else _typed_plain(w.raw)
    seen: set[str] = set()
    concepts: list[str] = []
    rest: list[str] = []
    negated = False
    i, n = 0, len(raw)
    while i < n:
        token = raw[i]
        if token[0] == "#":
            if token not in seen:
                seen.add(token)
                concepts.append(token)
            i += 1
            continue
        size, out = _match_at(raw, folded, i, plain_ok)
        if size:
            if folded[i] == "khong":
                negated = True
            elif out == _WHAT and negated:
                out = ()  # "không nghe gì" is "hear nothing", not "hear what"
            elif out == _WHY and i and folded[i] == "sao" and folded[i - 1] not in _WHY_BEFORE and all(
                f in STOPWORDS for f in folded[i + 1 :]
            ):
                out = _HOW  # "giờ tìm sao ạ" closing a question is "how", not "why"
            for concept in out:
                if concept not in seen:
                    seen.add(concept)
                    concepts.append(concept)
            i += size
            continue
        i += 1
        plain = folded[i - 1]
        if token.isdigit() or plain in STOPWORDS or plain in seen or len(plain) < 2:
            continue
        seen.add(plain)
        rest.append(plain)
    if "%" in text and "#percent" not in seen:
        seen.add("#percent")
        concepts.append("#percent")
    return _finish(concepts, seen) + rest


def _finish(concepts: list[str], seen: set[str]) -> list[str]:
    """Settle what kind of answer is wanted and pair it with the topics it is wanted about."""
    hints = [c for c in concepts if c[0] in "!^"]
    if hints:
        concepts = [c for c in concepts if c[0] not in "!^"]
    for concept, implied in IMPLIES.items():
        if concept in seen and not seen.isdisjoint(implied):
            concepts = [c for c in concepts if c not in implied]  # "không đóng … giờ đóng bù"
    asks = [c for c in concepts if c in SPECIFIC]
    if "#calc" in seen and asks and set(asks) <= _METHOD:
        # "tính thế nào", "công thức nào", "công thức là gì", "căn cứ vào đâu": the method
        concepts = [c for c in concepts if c not in _METHOD] + ["?how"]
        asks = ["?how"]
    if "#percent" in seen and not asks:
        asks = ["?amount"]
        concepts.append("?amount")
    if hints:
        implied = [h[1:] for h in hints if h[0] == "!"]
        if not asks and implied:  # "đóng 15 năm có được lương hưu không" weighs up years
            asks = implied[-1:]  # the number named last is the one weighed up ("… có được 3 triệu")
            concepts.append(asks[0])
        units = [h[1:] for h in hints if h[0] == "^"]
        if units and asks == ["?amount"] and not seen & AMOUNT_UNITS:
            asks = units[:1]  # "tuổi nghỉ hưu là bao nhiêu" asks an age, not an amount
            concepts = [asks[0] if c == "?amount" else c for c in concepts]
    if asks:
        # What is asked about what: "#pension?amount" is not "#pension?years".
        topics = [c for c in concepts if c[0] == "#" and weight(c) >= TOPIC_MIN]
        kinds = dict.fromkeys(KIND.get(q, q) for q in asks)
        concepts.extend(t + q for t in topics for q in kinds)
    return concepts


def question_key(text: str) -> str:
    """The matching key of a question text ('Cho em hỏi đóng bn năm đc lương hưu ạ' -> …)."""
    return " ".join(question_key_tokens(words(text), text))
