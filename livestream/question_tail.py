"""The end of a clause: its closing word, and whether it is said to someone. Pure module."""

from __future__ import annotations

from livestream.phrases import WordSet
from livestream.question_words import (
    _ADDRESSED,
    _ASK_TAIL,
    _ASSERTING_TAIL,
    _CO,
    _DEGREE,
    _EXCLAIMED,
    _OI,
    _PERSONS,
    _TRAILING,
    _VOCATIVE_DET,
    _VOCATIVE_SUFFIX,
    _WHERE_SET,
    _WONDER,
    _XEM,
    _XEM_ASKERS,
)
from livestream.text import Words

_NHI = WordSet("nhỉ", strict=True)
_WH_BEFORE_NHI = WordSet("nào", "gì", "đâu", "sao", "ai", "mấy", "nhiêu", strict=True)


def _skip_tail(w: Words) -> int:
    """Index of the closing word: the last one before trailing politeness and vocatives."""
    raw = w.raw
    i = len(raw) - 1
    while i >= 0:
        token = raw[i]
        if token in _TRAILING or (token in _NHI and i > 0 and raw[i - 1] in _WH_BEFORE_NHI):
            i -= 1  # (a "nhỉ" after an interrogative asks, musing: "thoát ra bằng cách nào nhỉ")
        elif token in _VOCATIVE_DET and i + 1 < len(raw) and raw[i + 1] in _PERSONS:
            i -= 1
        elif token in _VOCATIVE_SUFFIX and i > 0 and raw[i - 1] in _PERSONS:
            i -= 2  # "... hả em gái", "... không anh iu"
        else:
            break
    return i


def _vocative(raw: tuple[str, ...], closing: int) -> bool:
    """The clause is said to someone after its closing word ("... vậy ad", "... ạ")."""
    return not _ADDRESSED.isdisjoint(raw[closing + 1 :])


def _addressed(w: Words, qmark: bool, closing: int | None = None) -> bool:
    """A '?', politeness or a vocative after the closing word ("... vậy chị", "... ạ"), or a
    vocative before the clause ("ad ơi ...", "mn có ...", "mọi người ơi ..."; not "trời ơi")."""
    if qmark:
        return True
    raw = w.raw
    if closing is None:
        closing = _skip_tail(w)
    if not _ASK_TAIL.isdisjoint(raw[closing + 1 :]):
        return True
    if raw and (raw[0] in _ADDRESSED or raw[:2] == ("mọi", "người")):
        return True  # "mn có nghe tiếng không, em không nghe gì hết"
    return any(raw[k] in _OI and raw[k - 1] not in _EXCLAIMED for k in range(1, min(4, len(raw))))


def _asserted(raw: tuple[str, ...], closing: int) -> bool:
    """An "á" after the closing word, not followed by someone addressed ("... chưa á mấy chị";
    "á má" is an interjection)."""
    for k in range(len(raw) - 1, closing, -1):
        if raw[k] in _ASSERTING_TAIL:
            return True
        if raw[k] in _PERSONS and raw[k] not in _EXCLAIMED:
            return False
    return False


def _degree_exclaims(raw: tuple[str, ...], i: int) -> bool:
    """The closing "không/chưa" at raw[i] follows "quá", "ghê" ... and nobody is addressed."""
    return (
        i > 0
        and raw[i - 1] in _DEGREE
        and _PERSONS.isdisjoint(raw[i + 1 :])
        and not _vocative(raw, i)
    )


def _asks_where(raw: tuple[str, ...], i: int) -> bool:
    return i > 0 and raw[i - 1] in _WHERE_SET


_SEE = WordSet("thấy", "biết", "hiểu")
_SEE_ASKED = WordSet("có", "nghe", "đã")
_CHUA = WordSet("chưa")


def _embedded_yes_no(raw: tuple[str, ...], i: int) -> bool:
    """Closing "không/chưa" of a taunt: "bạn thấy thương tui chưa", "... đó thấy không";
    "có thấy ... không", "nghe thấy không", "chị thấy quen không" still ask."""
    if raw[i] in _CHUA:
        return any(
            raw[k] in _SEE and not (k > 0 and raw[k - 1] in _SEE_ASKED)
            and _CO.isdisjoint(raw[:k])
            for k in range(i)
        )
    return i > 1 and raw[i - 1] in _SEE and raw[i - 2] not in _SEE_ASKED and raw[i - 2] not in _PERSONS


def _wonders(w: Words, i: int) -> bool:
    """Before raw[i]: "không biết", "hình như", or "xem" not said to someone ("để xem có ...")."""
    if any(p < i for p in _WONDER.positions(w)):
        return True
    raw = w.raw
    return any(raw[k] in _XEM and raw[k - 1] not in _XEM_ASKERS for k in range(1, i))
