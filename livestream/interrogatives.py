"""Interrogative words ("bao nhiêu", "mấy", "nào" ...): used to ask, or indefinite. Pure module."""

from __future__ import annotations

from livestream.question_tail import _skip_tail, _vocative
from livestream.question_words import (
    _BAO,
    _CHU,
    _CO,
    _DEMONSTRATIVES,
    _DISCOURSE,
    _EMBEDDING,
    _FREE_CHOICE_LATER,
    _FREE_CHOICE_WINDOW,
    _INDEFINITE_AFTER,
    _KNOW_AFTER,
    _KNOWING,
    _LA,
    _MA,
    _MAY,
    _MAY_ASKING_BEFORE,
    _MAY_SPAN,
    _MAY_UNITS,
    _MOI,
    _NAO_NOUNS,
    _NEAR_END,
    _NEGATION,
    _NEGATION_WINDOW,
    _NHIEU,
    _NUA,
    _NUMERALS,
    _OPENERS,
    _POLITE_AFTER,
    _PRONOUNS,
    _RELATIVE_HEADS,
    _SAO,
    _THI,
    _THI_PREPOSITIONS,
    _VULGAR,
    _WH,
    _WHOEVER,
    _WHOEVER_LATER,
    _WHOEVER_WINDOW,
    _XEM_ASKERS,
)
from livestream.text import Words


def _start(raw: tuple[str, ...]) -> int:
    """Index of the first word after discourse words ("ủa", "nhưng", "btw" ...)."""
    start = 0
    while start < len(raw) - 1 and raw[start] in _DISCOURSE:
        start += 1
    return start


def _first_knowing(w: Words) -> int:
    # (plain "doi tuong" is "đối tượng", a category, not "tưởng": "đối tượng nào được tham gia")
    folded = w.folded
    return min(
        (p for p in _KNOWING.positions(w)
         if not (p and folded[p - 1] == "doi" and folded[p] == "tuong")),
        default=len(w.raw),
    )


# "hết được", "hết hạn": no longer, not "all" ("bao nhiêu tuổi thì hết được tham gia").
_NO_LONGER = {("được",), ("hạn",)}


def _indefinite(w: Words, i: int, end: int, first_knowing: int | None = None) -> bool:
    """The interrogative at raw[i:end] means "some-/any-/no-" or sits inside "không biết ..."."""
    raw = w.raw
    if end < len(raw) and raw[end] in _INDEFINITE_AFTER:  # "ngày nào đó", "gì cả"
        return True
    if raw[end : end + 2] in _KNOW_AFTER:  # "lúc nào không biết"
        return True
    if any(
        token in _FREE_CHOICE_LATER and not (token == "hết" and raw[k + 1 : k + 2] in _NO_LONGER)
        for k, token in enumerate(raw[end : end + _FREE_CHOICE_WINDOW], end)
    ):
        # "đứa nào bới tao cũng muốn chửi", "còn bao nhiêu món tôi bao hết"
        return True
    if end < len(raw) and raw[i:end] in _RELATIVE_HEADS and raw[end] in _PRONOUNS:
        return True
    if not _NEGATION.isdisjoint(raw[max(0, i - _NEGATION_WINDOW) : i]):  # "không có gì"
        return True
    if not _CHU.isdisjoint(raw[max(0, i - _NEGATION_WINDOW) : i]):  # "nói thế chứ ăn cái gì"
        return True
    if i > 0 and raw[i - 1] in _VULGAR:  # "làm méo gì", "thế éo nào"
        return True
    if raw[i] in _SAO and i > 0 and raw[i - 1] in _LA and not _vocative(raw, _skip_tail(w)):
        return True  # "drama là sao vậy" (a musing)
    if (raw[i:end] in _WHOEVER or raw[end - 1 : end] == ("ai",)) and not (
        raw[i] in _CO or (i > 0 and raw[i - 1] in _CO)
    ):
        # "ai làm mình vui thì mình cười", "mẹ nào mà tàn ác" (but "có ai biết thì chỉ em")
        later = raw[end : end + _WHOEVER_WINDOW]
        if (end < len(raw) and raw[end] in _MA) or not _WHOEVER_LATER.isdisjoint(later):
            return True
    return i > (_first_knowing(w) if first_knowing is None else first_knowing)


def _placed_to_ask(raw: tuple[str, ...], i: int, end: int, closing: int, addressed: bool) -> bool:
    """An interrogative at raw[i:end] in mid-clause asks when the clause is addressed, when it
    opens the clause, follows "thì" or comes shortly before it ("đóng bao nhiêu năm thì được
    lương hưu"), when politeness follows it ("trường gì vậy ạ để em né") or when it is near the
    clause's closing word."""
    return (
        addressed
        or i == 0
        or raw[i - 1] in _THI
        or (i > 1 and raw[i - 1] in _THI_PREPOSITIONS and raw[i - 2] in _THI)
        or not _THI.isdisjoint(raw[end : end + _NEAR_END])
        or (end < len(raw) and raw[end] in _MOI)
        or (end + 1 < len(raw) and raw[end] in _MAY_UNITS and raw[end + 1] in _MOI)
        or closing - end < _NEAR_END
        or (end < len(raw) and raw[end] in _POLITE_AFTER)
    )


def _embedded(raw: tuple[str, ...], i: int) -> bool:
    """Before raw[i], a verb of watching or waiting not said to someone: the interrogative
    after it is what is watched for, not asked ("cứ đứng nhìn xem thợ sửa cái gì")."""
    return any(raw[k] in _EMBEDDING and raw[k - 1] not in _XEM_ASKERS for k in range(1, i))


def _wh_asks(w: Words, closing: int, addressed: bool, knowing_before: bool = False) -> bool:
    """An interrogative word used to ask, not as "some-/any-/no-" or inside "không biết ..."
    (`knowing_before`: an earlier comma segment said "không biết", "biết được" ...)."""
    raw = w.raw
    first_knowing = -1 if knowing_before else _first_knowing(w)
    for i in range(1, len(raw)):  # "giá nhiêu ạ", "lãnh nhiêu tiền"
        if raw[i] in _NHIEU and raw[i - 1] not in _BAO and not _indefinite(w, i, i + 1):
            if _placed_to_ask(raw, i, i + 1, closing, addressed):
                return True
    start = _start(raw)
    for phrase, i in _WH.matches(w):
        if phrase.raw[0] == "nào" and i == 0:  # "nào, mình cùng ..." (come on)
            continue
        if i == start and phrase.raw in _OPENERS:
            continue  # an opener: _opens_asking has judged it ("tại sao đẹp quá")
        end = i + phrase.size
        if not _placed_to_ask(raw, i, end, closing, addressed):
            continue
        if not addressed and _embedded(raw, i):
            continue  # "để mình coi nó giận đến mức nào", "chỉ hóng khi nào có phần hai"
        if phrase.size == 1 and phrase.raw[0] == "nào" and not (
            addressed or raw[i - 1] in _NAO_NOUNS
        ):
            continue  # "ông nào chơi ác ...", "bữa nào đi chơi", "không có bí quyết nào"
        if not _indefinite(w, i, end, first_knowing):
            return True
    return False


# "có mấy ai", "có mấy khi": few, rhetorically; "được mấy bữa": not for long.
_NOT_COUNTED = frozenset({"ai", "khi", "ngày", "bữa", "hôm"})


def _may_asks(w: Words, closing: int, addressed: bool) -> bool:
    """"mấy" + unit asks ("mấy tuổi") unless it means "these few" ("mấy năm nay", "mấy loại
    này", "mấy hôm nữa") or "-odd" after a number ("trăm mấy")."""
    raw = w.raw
    for i in _MAY.positions(w):
        after = raw[i + 1] if i + 1 < len(raw) else ""
        if (
            i > 0 and raw[i - 1] in _MAY_ASKING_BEFORE and after not in _INDEFINITE_AFTER
            and after not in _NOT_COUNTED
            and not (raw[i - 1] in _CO and after in _NUMERALS)  # "có mấy chục": only a few tens
            and _NEGATION.isdisjoint(raw[max(0, i - _NEGATION_WINDOW) : i])  # "không đỏ là mấy"
            and (
                i == closing
                or ((after in _MAY_UNITS or after in _NUMERALS)
                    and _placed_to_ask(raw, i, i + 2, closing, addressed))
            )
        ):
            return True  # "có mấy chế độ vậy", "hỗ trợ là mấy % ad", "được giảm mấy"
        if i > 0 and raw[i - 1] in _MAY_UNITS:  # "tháng mấy", "lớp mấy"
            if raw[i - 1] in _NUMERALS:
                continue  # "được trăm mấy rồi": a hundred-odd
            return True
        if i + 1 < len(raw) and raw[i + 1] in _MAY_UNITS:
            after = raw[i + 2] if i + 2 < len(raw) else ""
            if after in _INDEFINITE_AFTER or after in _DEMONSTRATIVES:
                continue
            if after in _NUA and not addressed:
                continue
            if not _NEGATION.isdisjoint(raw[max(0, i - _NEGATION_WINDOW) : i]):
                continue  # "chẳng đi chơi mấy lần": not many
            if i > 0 and raw[i - 1] in _MAY_SPAN:  # "suốt mấy năm", "cả mấy tháng"
                continue
            if _placed_to_ask(raw, i, i + 2, closing, addressed):
                return True
    return False
