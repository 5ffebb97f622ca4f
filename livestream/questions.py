"""Whether a comment asks something: the question rules over its clauses.

Pure module; the words the rules read are in `question_words`.
"""

from __future__ import annotations

import re

from livestream.interrogatives import _embedded, _first_knowing, _indefinite, _may_asks, _start, _wh_asks
from livestream.phrases import PhraseTable, WordSet
from livestream.question_tail import (
    _addressed,
    _asks_where,
    _asserted,
    _degree_exclaims,
    _embedded_yes_no,
    _skip_tail,
    _vocative,
    _wonders,
)
from livestream.question_words import (
    _AFTER_MID_KHONG,
    _ASK_AT_END,
    _ASK_AT_START,
    _ASK_MARKERS,
    _CHECK_BEFORE,
    _CHECK_WHETHER,
    _CHO,
    _CHU,
    _CO,
    _DAU,
    _EXCLAIMING,
    _EXCLAIMING_CLOSE,
    _EXCLAIMING_PHRASES,
    _GI,
    _HAY,
    _HAY_GOOD_AFTER,
    _HAY_GOOD_BEFORE,
    _HAY_KHONG,
    _HOI,
    _IMPERATIVE_TAIL,
    _KHONG,
    _KHONG_CHUA,
    _LA,
    _LA_VAY,
    _NAO,
    _NAO_NOUNS,
    _NEGATION,
    _NHIEU,
    _NOT_A_TAG,
    _NOT_ASKING,
    _OFFER_NEXT,
    _PARTICLES,
    _PERSONS,
    _QMARK_CUES,
    _QMARK_WH,
    _REPORTERS,
    _RETORT_START,
    _SAO,
    _SAO_ASKING_NEXT,
    _SIGHS,
    _STATEMENT_END,
    _STORY_WORDS,
    _STRONG_STATEMENT_END,
    _THE,
    _THOI,
    _TURNS_OUT,
    _WH,
    _XIN,
    _XIN_BEFORE,
    _XIN_INFO,
    _XIN_NOT_ASKING,
)
from livestream.quoted_speech import _speaker_line, _unquoted
from livestream.text import Words, words

# Quoted words ("...", “...”) and a line given to a speaker ("Mẹ said: m ...") are someone
# else's and are left out. A clause (split on . ! ? ; … and newlines) asks when, in this order:
#   1. it has a question word at all (_CORE) or a '?', and is not a rhetorical or exclamative
#      look-alike (_NOT_ASKING: "ai mà", "có gì đâu", "vậy trời");
#   2. one of its comma segments closes on a question particle ("có được không chị, nhà em
#      ...") that is not a statement ("còn tôi thì không"), a taunt ("hiểu chưa"), a wondering
#      ("không biết có thật không", "tưởng ... không"), a suggestion ("... được không nha"), an
#      exclamation ("hài quá không vậy", "... không vậy á"), nor told to nobody in mid-clause or
#      after a long remark without "có ... không";
#   3. it does not close on an exclamation, a sigh or an imperative ("đẹp quá", "mua đi nha");
#   4. it has a '?' with some question word, a request ("cho em xin ...", "xin địa chỉ ạ"), a
#      yes/no marker ("được không", "có ... không hay ..."), an asking opener ("sao không ...",
#      "ai ...", not "sao đẹp quá"), an alternative ("A hay B vậy") or an interrogative word
#      placed to ask ("bao nhiêu", "năm nào", "mấy tuổi", "đi đâu"; see _placed_to_ask).
# Interrogative words also have indefinite uses that ask nothing ("ngày nào đó", "ai cũng",
# "không nghe gì hết", "không biết bao giờ ...", "mấy năm nay", "ai làm ... thì ...", "thế éo
# nào"); those uses are skipped. A clause is "addressed" when it has a '?', or politeness or a
# vocative after its closing word ("ạ", "vậy", "chị") or a vocative before it ("ad ơi ..."):
# general social media uses question words to exclaim and tell far more than livestream viewers
# do, and being addressed to someone is what most separates the two.


def _not_asking(w: Words) -> bool:
    """A look-alike phrase, unless typed without accents where it also reads as a question
    ("the nao" is "thế nào" as well as "thể nào")."""
    if not _NOT_ASKING.found(w):
        return False
    asking = None
    for phrase, i in _NOT_ASKING.matches(w):
        end = i + phrase.size
        if w.raw[i:end] != w.folded[i:end]:
            return True
        if asking is None:
            asking = {(p.size, k) for p, k in _WH.matches(w)}
        if (phrase.size, i) not in asking:
            return True
    return False


def _turns_out(w: Words) -> bool:
    """"thì ra" opening the clause or before "là": "so it turns out" ("thì ra là vậy")."""
    raw = w.raw
    return any(
        p == _start(raw) or raw[p + 2 : p + 3] and raw[p + 2] in _LA_VAY
        for p in _TURNS_OUT.positions(w)
    )


def _checks_whether(w: Words) -> bool:
    return any(
        i == 0 or w.raw[i - 1] in _CHECK_BEFORE for i in _CHECK_WHETHER.positions(w)
    )


def _closing_verdict(w: Words, retort: bool, addressed: bool) -> str:
    """'ask' when the segment closes on a question particle, 'deny' on a negating 'đâu'.

    `addressed`: the clause has a '?' or closes on politeness or a vocative."""
    raw = w.raw
    i = _skip_tail(w)
    if i < 0:
        return ""
    if not _IMPERATIVE_TAIL.isdisjoint(raw[i + 1 :]):
        return ""  # "... được không nha": a suggestion; "hợp vía lắm mới được ntn nhá"
    token = raw[i]
    if token in _NHIEU:
        return "ask"
    if _asserted(raw, i) and not _asks_where(raw, i):
        return ""  # "hên là bà không vậy á"
    if token in _PARTICLES:  # "nó không tan ra hả", but "... luôn hả", "đáng yêu vậy hả" exclaim
        before = raw[i - 1] if i else ""
        if (before in _STRONG_STATEMENT_END or before in _THOI or before == "á") and not (
            _vocative(raw, i) or not _PERSONS.isdisjoint(raw[i + 1 :])
        ):
            return ""
        return "" if _exclaims(w, 0, i - 1) and not _vocative(raw, i) else "ask"
    if token not in _ASK_AT_END:
        return ""
    if token in _DAU:  # "đâu" closes a negation ("có sao đâu") unless it asks where ("đi đâu")
        if not _asks_where(raw, i):
            return "deny"
        if not addressed and _indefinite(w, i - 1, i + 1):
            return ""  # "không nhớ đã gặp ở đâu"
        return "ask"
    if token in _KHONG_CHUA:
        if i == 0 or raw[i - 1] in _NOT_A_TAG or _embedded_yes_no(raw, i):
            return ""  # "không ạ" (an answer), "còn tôi thì không", "đó thấy không"
        if not addressed and _wonders(w, i):
            return ""  # "không biết có thật không"
        if _degree_exclaims(raw, i):
            return ""  # "có bị hài quá không vậy" (but "... quá không chị")
        return "ask"
    if token in _GI and (retort or raw[i - 1 : i] == ("còn",)):  # "đi tù chứ thương gì"
        return ""
    if token in _NAO and not addressed and not (i > 0 and raw[i - 1] in _NAO_NOUNS):
        return ""  # "chia sẻ nhiều nào", "ko mấy nào chịu thua mấy nào"
    if token in _SAO and i > 0 and raw[i - 1] in _LA and not _vocative(raw, i):
        return ""  # "mình lại thích mặc áo đen là sao ta", "... là sao vậy" (musings)
    if _indefinite(w, i, i + 1):  # "không có gì", "mới hiểu là gì"
        return ""
    if not addressed and _embedded(raw, i):  # "cứ đứng nhìn xem thợ sửa cái gì"
        return ""
    return "ask"


def _exclaims(w: Words, start: int, closing: int) -> bool:
    """Degree words and exclamatory frames after an opener: "sao đẹp quá vậy", "sao nó biết
    hay vậy", "sao tự nhiên tui nhớ ..."."""
    raw = w.raw
    if not _EXCLAIMING.isdisjoint(raw[start : closing + 1]):
        return True
    if 0 <= closing < len(raw) and raw[closing] in _EXCLAIMING_CLOSE:
        return True
    return any(p >= start for p in _EXCLAIMING_PHRASES.positions(w))


def _offer_asks(w: Words) -> bool:
    """A short yes/no question run into what follows: "thích không tôi cuộn cho", "ăn không
    để anh đi mua", "đi không mai tụi mình đi"."""
    raw = w.raw
    for i in (1, 2):
        if i + 1 < len(raw) and raw[i] in _KHONG and raw[i + 1] in _OFFER_NEXT:
            return _NEGATION.isdisjoint(raw[:i])
    return False


# after "không hay": unaware ("không hay biết"), or "not good, but" ("phim không hay nhưng ...")
_NOT_AN_OPTION = frozenset({"biết", "ho", "nhưng", "mà", "nma", "lắm", "gì", "cho"})


def _mid_khong_asks(w: Words, addressed: bool) -> bool:
    """"có ... không" continued by another option or a condition ("... không hay ..."), not
    wondered ("mà không biết có khéo không hay xới lên")."""
    raw = w.raw
    for i in range(1, len(raw) - 1):
        if raw[i] in _KHONG and raw[i + 1] in _AFTER_MID_KHONG:
            if not _CO.isdisjoint(raw[:i]) or _or_else(raw, i + 1):
                return addressed or not _wonders(w, i)
        elif raw[i] in _KHONG and raw[i + 1] in _PERSONS and _or_else(raw, i + 2):
            return True  # "được đóng theo quý không chị hay phải đóng từng tháng"
    return False


def _or_else(raw: tuple[str, ...], i: int) -> bool:
    """raw[i] is "hay" offering another option in words of its own ("... không hay cấm rồi"),
    not "không hay" (not good) closing the clause or "không hay biết" (unaware)."""
    return (
        i + 1 < len(raw) and raw[i] == "hay" and raw[i + 1] not in _HAY_GOOD_AFTER
        and raw[i + 1] not in _NOT_AN_OPTION
    )


def _marker_asks(w: Words, closing: int) -> bool:
    """A yes/no or request marker; "hay không" only near the end ("nóng hay không không quan
    trọng" tells)."""
    if not _ASK_MARKERS.found(w):
        return False
    if any(_HAY_KHONG.positions(w)):
        if not _ASK_MARKERS_BUT_HAY_KHONG.found(w):
            return all(p + 2 >= closing for p in _HAY_KHONG.positions(w))
    return True


_ASK_MARKERS_BUT_HAY_KHONG = _ASK_MARKERS.without("hay không")


_REPEAT = PhraseTable("nói lại", "nhắc lại", "đọc lại", "nói lại giúp", "nhắc lại giúp")
_PLEASE_AFTER_REPEAT = WordSet("với", "giúp", "giùm", "đi", "ạ", "nha", "nhé")
_ASKING_OUTRIGHT = PhraseTable("cho hỏi", "xin hỏi", "cho em hỏi", "cho mình hỏi", "cho tôi hỏi",
                               "cho con hỏi", "cho cháu hỏi", "em muốn hỏi", "mình muốn hỏi")


def _requests(w: Words) -> bool:
    """"cho em xin số điện thoại", "cho xin cái kết", "xin địa chỉ ạ" (not "cho em xin lỗi")."""
    raw = w.raw
    for i in _CHO.positions(w):
        for j in (i + 1, i + 2):
            if j + 1 < len(raw) and raw[j] in _XIN:
                if raw[j + 1] not in _XIN_NOT_ASKING:
                    return True
    for j in range(len(raw) - 1):
        if raw[j] in _XIN and raw[j + 1] in _XIN_INFO and (j == 0 or raw[j - 1] in _XIN_BEFORE):
            return True
    # "chị nói lại mức đóng thấp nhất giúp em với": asking to hear an answer again
    if _REPEAT.found(w) and not _PLEASE_AFTER_REPEAT.isdisjoint(raw[_skip_tail(w) :]):
        return True
    return False


def _alternative_asks(w: Words, closing: int, addressed: bool) -> bool:
    """"đóng theo tháng hay theo năm vậy chị": 'hay' between options, closed by politeness."""
    raw = w.raw
    if not addressed:  # no trailing "vậy", "ạ", "chị" ...
        return False
    for i in _HAY.positions(w):
        if 0 < i < closing and raw[i + 1] not in _HAY_GOOD_AFTER:
            if raw[i - 1] not in _HAY_GOOD_BEFORE:
                return True
    return False


def _opens_asking(w: Words, addressed: bool, qmark: bool, alone: bool = True) -> bool:
    """"sao ...", "ai ...", "cho em hỏi ..." at the start (after "ủa", "nhưng" ...), but not
    "ai cũng ...", nor an exclamation ("sao đẹp quá"), nor a bare "sao" told to nobody."""
    raw = w.raw
    start = _start(raw)
    closing = _skip_tail(w)
    vocative = _vocative(raw, closing)
    for phrase in _ASK_AT_START.at(w, start):
        end = start + phrase.size
        if _indefinite(w, start, end):
            continue
        if phrase.raw[-1] == "hỏi":  # "cho em hỏi ..."
            return True
        if not vocative and (
            _exclaims(w, end, closing)
            or (
                phrase.raw == ("sao",)
                and not _THE.isdisjoint(raw[closing + 1 :])
                and not (end < len(raw) and raw[end] in _SAO_ASKING_NEXT)
            )
        ):
            continue  # "sao đẹp quá", "sao cậu học giỏi thế" (but "sao không vào được thế")
        if phrase.size == 1 and not (addressed or qmark):
            if phrase.raw[0] == "sao" and not (end < len(raw) and raw[end] in _SAO_ASKING_NEXT):
                continue  # "sao tự nhiên tui nhớ tới bà ..."
            if phrase.raw[0] == "ai" and not (alone and end < len(raw) and raw[end] in _LA):
                continue  # "ai bị bệnh đãng trí, ...", "ai thắng không quan trọng" (not "ai là ...")
        return True
    return False


def _reported(w: Words) -> bool:
    """A question reported, not asked: "ba tôi gọi hỏi có về ăn cơm không"."""
    raw = w.raw
    if _HOI.isdisjoint(raw):
        return False
    return any(raw[k] in _HOI and raw[k - 1] in _REPORTERS for k in range(1, len(raw)))


def _segments(clause: str) -> list[Words]:
    return [s for s in (words(part) for part in clause.split(",")) if s.raw]


# Every way of asking above needs one of these words (folded) or a '?': a clause without them
# is a statement, and the rules need not run.
_CORE = frozenset(
    "khong chua gi dau nao sao ha ho ai may nhieu bao hay hoi xin giai phai dung mo chi rang"
    .split()
)


# A clause of more than this many words, told to nobody, that closes on "không"/"chưa" without
# the "có ... không" frame is a remark with a tag, not a question ("ông anh mình cứ mặc đồ hiệu
# đi họp lớp cho ra vẻ thành đạt không"; "thẻ hết hạn năm ngoái giờ mới gia hạn thì có sao
# không" keeps its "có" and asks).
_TOLD_WORDS = 10


def _clause_asks(clause: str, w: Words) -> bool:
    qmark = "?" in clause
    if not qmark and _CORE.isdisjoint(w.folded):
        return False
    if (
        _not_asking(w) or w.raw[0] in _RETORT_START or _checks_whether(w) or _turns_out(w)
    ):
        return False
    closing = _skip_tail(w)
    addressed = _addressed(w, qmark, closing)
    segments = _segments(clause) if "," in clause else [w]
    retort = not _CHU.isdisjoint(w.raw)
    reported = False
    last_index = len(segments) - 1
    for k, seg in enumerate(segments):
        if _reported(seg):
            reported = True
            continue
        seg_addressed = _addressed(seg, qmark)
        if not seg_addressed and (
            k < last_index
            or (len(w.raw) > _TOLD_WORDS and _CO.isdisjoint(seg.raw))
        ):
            continue  # "..., có được không, như ..." mid-clause, or a long remark with a tag
        if _closing_verdict(seg, retort, seg_addressed) == "ask":
            return True
    if reported and len(segments) == 1 and not qmark:
        return False
    if not qmark and _asserted(w.raw, closing):
        return False
    last = segments[-1] if segments else w
    if _closing_verdict(last, retort, addressed) == "deny":
        return False
    if closing < 0:
        return False
    closing_word = w.raw[closing]
    if _ASKING_OUTRIGHT.found(w) and not reported:
        return True  # "cho hỏi ... không hay bị cấm luôn": said to be a question
    if closing_word in _STRONG_STATEMENT_END or closing_word.startswith(_SIGHS):
        return False
    if not qmark and closing_word in _KHONG_CHUA and _degree_exclaims(w.raw, closing):
        return False
    if (qmark and _qmark_cue(w)) or _requests(w):
        return True  # a '?' on a clause with some question word ("... nữa à?", "chi vậy chị ?")
    if closing_word in _THOI:
        return False
    if _marker_asks(w, closing) and (addressed or not _wonders(w, closing + 1)):
        return True  # a marker asks, unless wondering: "phải coi kĩ xem có phải đỏ không"
    if _mid_khong_asks(w, addressed) or _offer_asks(w):
        return True
    if (
        closing_word in _STATEMENT_END and not (closing > 0 and w.raw[closing - 1] in _NEGATION)
    ) or not _IMPERATIVE_TAIL.isdisjoint(w.raw[closing:]):  # (but "sao không đi vậy")
        return False
    # An opener in a clause punctuated as a statement exclaims: "sao mn mỉa mai ác thế."
    statement = clause.rstrip().endswith((".", "!"))
    # In a long clause told to nobody, an interrogative word is part of the story ("... cô giảm
    # cho mấy nghìn, cảm giác ấm áp thật sự").
    story = len(w.raw) > _STORY_WORDS
    knowing_before = False
    for seg in segments:
        seg_closing = _skip_tail(seg)
        seg_addressed = _addressed(seg, qmark, seg_closing)
        if not statement and _opens_asking(seg, seg_addressed, qmark, len(segments) == 1):
            return True
        if _alternative_asks(seg, seg_closing, seg_addressed):
            return True
        if (seg_addressed or not story) and (
            _wh_asks(seg, seg_closing, seg_addressed, knowing_before)
            or _may_asks(seg, seg_closing, seg_addressed)
        ):
            return True
        knowing_before = knowing_before or _first_knowing(seg) < len(seg.raw)
    return False


def _qmark_cue(w: Words) -> bool:
    """A clause with a '?' asks when some cue word in it is used to ask."""
    raw = w.raw
    if _QMARK_CUES.isdisjoint(raw):
        return False
    for i, token in enumerate(raw):
        if token not in _QMARK_CUES:
            continue
        if token in _QMARK_WH and _indefinite(w, i, i + 1):
            continue
        if token in _KHONG and raw[i + 1 : i + 2] == ("biết",):
            continue
        return True
    return False


# A dot between two characters ("9.5", "1.500.000đ", "d.a.o") does not end a clause.
_CLAUSE = re.compile(r"(?:[^.!?;\n…]|(?<=\w)\.(?=\w))+[.!?;\n…]*")


def is_question(text: str, w: Words | None = None) -> bool:
    """True when the commenter is asking something, with or without '?' or accents.

    `w`: `words(text)`, when the caller has it already (a one-clause comment reuses it)."""
    if not text:
        return False
    if '"' in text or "“" in text:
        text = _unquoted(text)
    if ":" in text and _speaker_line(text):
        return False
    for clause in _CLAUSE.findall(text):
        cw = w if w is not None and clause == text else words(clause)
        if cw.raw and _clause_asks(clause, cw):
            return True
    return False
