"""Accent-aware matching of words and phrases against a comment's words (`text.Words`).

Pure module. A pattern is written with Vietnamese accents; a comment word typed without any
accent also matches it ("bao nhieu" = "bao nhiêu"), but a word typed *with* other accents does
not ("máy" is not "mấy"). So a pattern word `p` accepts exactly two spellings, `p` and `fold(p)`.

Phrase tables are compiled once into one regular expression over `Words.line` (the words joined
by single spaces), factored by common prefixes, so a comment is scanned once per table at C
speed however many phrases the table holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import product

from livestream.text import Words, fold_token


class WordSet(frozenset):
    """Single words matched accent-aware: 'chua' is 'chưa', 'máy' is not 'mấy'.

    A frozenset of the accepted spellings, so `token in words` costs one hash lookup.
    strict=True turns the unaccented match off, for words whose plain form is mostly another
    word ("lam" is "làm" more often than "lắm", "qua" is "qua" more often than "quá");
    `exact`: more words that match only as typed, whatever `strict` says.
    """

    def __new__(cls, *items: str, strict: bool = False, exact: tuple[str, ...] = ()) -> WordSet:
        spellings = set(items) | set(exact)
        if not strict:
            spellings |= {fold_token(item) for item in items}
        return super().__new__(cls, spellings)


class Phrase:
    """A sequence of words matched accent-aware against a comment's words.

    A word written "=đơ" matches only as typed, with its accents: its plain form is mostly
    another word ("do" is "do", "độ", "đó" far more often than "đơ")."""

    __slots__ = ("text", "raw", "folded", "plain", "size")

    def __init__(self, text: str):
        self.text = text
        words = text.split()
        self.raw = tuple(w.removeprefix("=") for w in words)
        self.folded = tuple(fold_token(w) for w in self.raw)  # for looking the phrase up
        # What each word may be typed as besides itself.
        self.plain = tuple(r if w.startswith("=") else f
                           for w, r, f in zip(words, self.raw, self.folded, strict=True))
        self.size = len(self.raw)

    def spellings(self) -> Iterator[str]:
        """Every way of typing the phrase that matches it, words joined by spaces."""
        for choice in product(*({p, f} for p, f in zip(self.raw, self.plain, strict=True))):
            yield " ".join(choice)

    def at(self, w: Words, i: int) -> bool:
        """Does the phrase occur at word i?"""
        raw = w.raw[i : i + self.size]
        return len(raw) == self.size and all(
            token == p or token == f
            for token, p, f in zip(raw, self.raw, self.plain, strict=True)
        )


def _alternation(strings: Iterable[str]) -> str:
    """A regex matching any of `strings`, built as a trie so each character is tried once."""
    trie: dict = {}
    for string in strings:
        node = trie
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}  # a string ends here

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in node.items() if char]
        if not branches:
            return ""
        pattern = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{pattern})?" if "" in node else pattern

    return build(trie)


class PhraseTable:
    """Phrases looked for together: does any occur, where, and which."""

    __slots__ = ("phrases", "_by_first", "_starts")

    def __init__(self, *texts: str):
        self.phrases = tuple(Phrase(t) for t in texts)
        self._by_first: dict[str, list[Phrase]] = {}
        for phrase in self.phrases:
            self._by_first.setdefault(phrase.folded[0], []).append(phrase)
        spellings = {s for phrase in self.phrases for s in phrase.spellings()}
        # Matches the space before each word where some phrase starts and ends on a word end.
        self._starts = re.compile(f" (?=(?:{_alternation(sorted(spellings))}) )")

    def __iter__(self) -> Iterator[Phrase]:
        return iter(self.phrases)

    def without(self, text: str) -> PhraseTable:
        """The same table less one phrase."""
        return PhraseTable(*(p.text for p in self.phrases if p.text != text))

    def found(self, w: Words) -> bool:
        """Does any phrase occur?"""
        return self._starts.search(w.line) is not None

    def positions(self, w: Words) -> list[int]:
        """Where phrases start (word indices, ascending, each once)."""
        line = w.line
        found: list[int] = []
        index = seen = 0  # the word index is the number of spaces before the match
        for match in self._starts.finditer(line):
            index += line.count(" ", seen, match.start())
            seen = match.start()
            found.append(index)
        return found

    def at(self, w: Words, i: int) -> list[Phrase]:
        """The phrases occurring at word i."""
        if not 0 <= i < len(w.folded):
            return []
        return [p for p in self._by_first.get(w.folded[i], ()) if p.at(w, i)]

    def matches(self, w: Words) -> Iterator[tuple[Phrase, int]]:
        """Every (phrase, word index) where a phrase occurs."""
        for i in self.positions(w):
            for phrase in self.at(w, i):
                yield phrase, i
