"""What a comment is: a question, a lead (wants contact), a technical complaint.

Pure module. Patterns are written with Vietnamese accents; a word typed without any accent also
matches its accented pattern ("bao nhieu" = "bao nhiêu"), but a word typed *with* other accents
does not ("máy" is not "mấy"), which keeps accented comments precise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from livestream.phones import extract_phones
from livestream.text import Words, fold_token, words


class Phrase:
    """A sequence of words matched accent-aware against a comment's words."""

    __slots__ = ("raw", "folded", "size")

    def __init__(self, text: str):
        self.raw = tuple(text.split())
        self.folded = tuple(fold_token(w) for w in self.raw)
        self.size = len(self.raw)

    def positions(self, w: Words) -> list[int]:
        first = self.folded[0]
        folded, raw = w.folded, w.raw
        if first not in folded:  # the common case, checked at C speed
            return []
        hits = []
        last = len(folded) - self.size
        for i in range(last + 1):
            if folded[i] != first:
                continue
            for k in range(self.size):
                token = raw[i + k]
                if folded[i + k] != self.folded[k] or (
                    token != self.raw[k] and token != folded[i + k]
                ):
                    break
            else:
                hits.append(i)
        return hits


def _phrases(*texts: str) -> list[Phrase]:
    return [Phrase(t) for t in texts]


# ---------------------------------------------------------------------------------------------
# Questions.
#
# A clause (split on . ! ? ; … and newlines) asks when, in this order:
#   1. it is not a rhetorical or exclamative look-alike (_NOT_ASKING: "ai mà", "có gì đâu");
#   2. one of its comma segments closes on a question particle ("có được không chị, nhà em ...");
#   3. it does not close on an exclamation, a sigh or an imperative ("đẹp quá", "mua đi nha");
#   4. it has a '?', a request ("cho em xin ..."), an asking opener ("sao ...", "ai ..."), a
#      yes/no marker ("được không", "có ... không hay ..."), an alternative ("A hay B vậy") or an
#      interrogative word used to ask ("bao nhiêu", "năm nào", "mấy tuổi", "đi đâu").
# Interrogative words also have indefinite uses that ask nothing ("ngày nào đó", "ai cũng",
# "không nghe gì hết", "không biết bao giờ ...", "mấy năm nay"); those uses are skipped.


class WordSet:
    """Single words matched accent-aware, like Phrase: 'chua' is 'chưa', 'máy' is not 'mấy'.

    strict=True turns the unaccented match off, for words whose plain form is mostly another
    word ("lam" is "làm" more often than "lắm", "qua" is "qua" more often than "quá").
    """

    __slots__ = ("accented", "folded")

    def __init__(self, *items: str, strict: bool = False):
        self.accented = frozenset(items)
        self.folded = frozenset() if strict else frozenset(fold_token(i) for i in items)

    def __contains__(self, token: str) -> bool:
        return token in self.accented or (token in self.folded and token == fold_token(token))


# Closing words that make a question ("đóng được không", "lãnh nhiêu", "hưởng mấy vậy").
_ASK_AT_END = WordSet("không", "chưa", "gì", "đâu", "nào", "sao", "hả", "hở", "ai", "mấy")
# "nhiêu" alone is "bao nhiêu" ("giá nhiêu ạ") only when accented: "nhieu" is mostly "nhiều".
_NHIEU = WordSet("nhiêu", strict=True)
_BAO = WordSet("bao", "bấy")
# Trailing politeness, vocatives and fillers skipped when looking for the closing word.
_TRAILING = WordSet(
    "ạ", "vậy", "với", "ad", "admin", "chị", "anh", "em", "ơi", "ạh", "thế", "ha", "cô", "chú",
    "bác", "mọi", "người", "hen", "bạn", "shop", "b", "ạk", "ak", "ta", "bà", "ông", "ạa", "z",
    "v", "dẫy", "dậy", "zậy", "zị", "dị", "ạkk", "cậu", "các", "nhà", "à", "ah", "á",
    "nhé", "nha", "nhe", "nhen", "nghen", "nhoé", "nhá", "con", "cháu", "bé", "mn", "cj",
)
# Vocative determiners before a skipped person word: "xong chưa mấy bà".
_VOCATIVE_DET = WordSet("mấy", "các", "cả")
_PERSONS = WordSet("chị", "anh", "em", "cô", "chú", "bác", "bạn", "bà", "ông", "cậu", "con",
                   "cháu", "bé", "người", "mọi", "nhà", "ad", "admin", "shop", "mn")
# Trailing particles that make the clause a suggestion or an order: "mua đi nha", "gọi em nhé".
_IMPERATIVE_TAIL = WordSet("nhé", "nha", "nhe", "nhen", "nghen", "nhoé", "nhá")
# Closing words of exclamations and sighs; the strong ones win even over a '?' ("đỉnh quá?",
# "... luôn ấy????", musings "... không nhỉ?").
_STRONG_STATEMENT_END = WordSet("nhỉ", "quá", "luôn", "luon", "ấy", "ý", "í", "ghê", "vãi", "lắm",
                                "ớ", strict=True)
_STATEMENT_END = WordSet("đây", "mất", "thôi", "thoi", "nè", "đó", "đấy", "kìa", "cơ", "mà", "đi",
                         strict=True)
# Before a closing "không"/"chưa", these make it a statement: "lúc có lúc không", "nma không".
_NOT_A_TAG = WordSet("mà", "nhưng", "nma", "là", "lúc", "khi", "hoặc")

# Interrogative words; skipped when indefinite (see _wh_asks). "nào" after any noun asks
# ("năm nào", "bệnh viện nào"); "đâu" asks after a verb of place ("ở đâu", "đến đâu").
_WHERE_BEFORE = ("ở", "đi", "về", "chỗ", "từ", "tới", "đến", "nơi", "làm", "mua", "nộp", "ký",
                 "khám", "lấy", "gửi", "học", "xem", "tìm")
_WH = _phrases(
    "bao nhiêu", "bao lâu", "thế nào", "như nào", "ra sao", "làm sao", "tại sao",
    "vì sao", "khi nào", "bao giờ", "cái gì", "là gì", "những gì", "có ai", "ai biết", "nào",
    "gì vậy", "gì ạ", "gì thế", "sao vậy", "sao ạ", "thì sao", "gì không", "là ai", "với ai",
    "cho ai", "của ai",
    *(f"{verb} đâu" for verb in _WHERE_BEFORE),
)
# Words after an interrogative that make it indefinite: "nào đó", "ai cũng", "gì hết".
_INDEFINITE_AFTER = WordSet("đó", "đấy", "cũng", "cũm", "hết", "cả", "nay", "trước", "qua",
                            "bấy")
# Later in the clause, these make an interrogative free-choice: "ai ... cũng", "nào ... chả".
_FREE_CHOICE_LATER = WordSet("cũng", "cũm", "củng", "đều", "chả", "chẳng", "hết")
_FREE_CHOICE_WINDOW = 6
# A pronoun after "những gì"/"cái gì" makes a relative clause: "những gì tôi nghĩ".
_RELATIVE_HEADS = {("những", "gì"), ("cái", "gì")}
_PRONOUNS = WordSet("tôi", "mình", "em", "anh", "chị", "bạn", "nó", "họ", "tao", "mày", "tui",
                    "người", "ta", "chúng", "bọn")
# Negation shortly before an interrogative makes it "no-/any-": "không nghe gì", "chưa thấy ai".
_NEGATION = WordSet("không", "chẳng", "chả", "chưa", "đừng")
_NEGATION_WINDOW = 3
# Knowing verbs before an interrogative make it indirect: "không biết bao giờ", "mới hiểu là gì".
_KNOWING = _phrases(
    "không biết", "chẳng biết", "chả biết", "không bt", "kbt", "không hiểu", "mới hiểu",
    "mới biết", "đã hiểu", "hiểu rõ", "hiểu được", "biết được", "không rõ",
    # guesses are statements too: "chắc baby của đại gia nào rồi"
    "chắc", "hình như", "có lẽ",
)
# Yes/no and request markers that ask wherever they stand.
_ASK_MARKERS = _phrases(
    "được không", "phải không", "đúng không", "có phải", "hay không", "không ạ", "chưa ạ",
    "được chưa", "cho hỏi", "xin hỏi", "muốn hỏi", "hỏi chút", "hỏi xíu", "hỏi tí",
    "giải đáp giúp", "giải đáp giùm", "giải đáp cho", "giải đáp với", "không vậy", "chưa vậy",
    "phải vậy không", "vậy hả", "thế hả", "câu hỏi là",
)
# "có ... không" followed by more: "có cần ra tận nơi không hay đóng online", "... không nếu ...".
_AFTER_MID_KHONG = WordSet("hay", "nếu", "khi", "hoặc", "để")
_KHONG = WordSet("không")
_CO = WordSet("có")
# Requests: "cho em xin số điện thoại" asks for an answer; "cho em xin lỗi" does not.
_CHO = Phrase("cho")
_XIN = WordSet("xin")
_XIN_NOT_ASKING = WordSet("lỗi", "lũi", "phép", "cảm", "chào", "cám")
# Clause openers that ask: "sao ...", "ai ...", "cho em hỏi ...".
_ASK_AT_START = _phrases("tại sao", "vì sao", "sao", "ai", "bao giờ", "khi nào", "làm sao",
                         "làm thế nào", "có ai", "cho hỏi", "cho em hỏi", "cho mình hỏi",
                         "cho tôi hỏi", "cho con hỏi", "cho cháu hỏi", "xin hỏi")
# Clause openers of a retort: "chứ vấn đề nó không nằm ở ... hay không".
_RETORT_START = WordSet("chứ")
# "mấy" asks only before a unit ("mấy tuổi", "mấy năm"); before people it means "those".
_MAY = Phrase("mấy")
_MAY_UNITS = WordSet(
    "giờ", "tuổi", "năm", "tháng", "ngày", "tiếng", "lần", "tiền", "đồng", "triệu", "trăm",
    "nghìn", "ngàn", "phần", "loại", "cách", "bước", "mức", "hôm", "tuần", "kỳ", "đợt", "suất",
    "giấy", "bộ", "quý", "k", "lít", "kg", "cân", "điểm", "tập", "số",
)
# Alternative questions "A hay B vậy": "hay" meaning "good" or "often" is excluded by its
# neighbours ("hay quá", "rất hay", "em hay xem").
_HAY = Phrase("hay")
_HAY_GOOD_AFTER = WordSet("quá", "lắm", "ghê", "thật", "vãi", "nhỉ", "thế", "vậy", "không",
                          "ho", "hay", "đấy", "đó", "ghê", "cực", "phết", "ko")
_HAY_GOOD_BEFORE = WordSet("rất", "khá", "hơi", "quá", "thật", "nói", "cũng", "hát", "em",
                           "anh", "chị", "mình", "tôi", "tui", "bạn", "nó", "người", "ta",
                           "không", "chẳng", "chả", "càng", "nhất", "đâu", "cô", "hay")
# Look-alikes: interrogative words inside statements, retorts and exclamations.
_NOT_ASKING = _phrases(
    "đừng hỏi", "ai cũng", "gì cũng", "sao cũng", "đâu cũng", "nào cũng", "bao nhiêu cũng",
    "có gì đâu", "có sao đâu", "gì đâu", "làm gì có", "ai mà", "gì mà", "sao mà", "không sao",
    "chả sao", "ai bảo", "ai ngờ", "biết bao", "bao nhiêu là", "đâu có", "đâu phải",
    "không biết bao giờ", "không biết khi nào", "không biết làm sao", "ai đời",
    "thế nào cũng", "làm sao mà", "bao giờ cũng", "mấy khi", "không bao giờ", "chưa bao giờ",
    "chẳng bao giờ", "không ai", "chưa ai", "chẳng ai", "thế nào ấy", "hỏi gì",
    "không có gì", "là gì đâu", "đâu mà", "có ra gì", "như nào ấy", "hay gì",
    "tự hỏi", "không phải", "sao lại thế", "đoán xem", "chứ sao", "chút nào", "tí nào",
    "nào thử", "xem sao", "không biết gì", "chứ gì", "đã là gì", "có là gì", "có gì là",
    "mắc gì", "cần gì phải", "việc gì phải", "bấy nhiêu", "hay không thì", "hay không cũng",
    "biết chưa", "thấy chưa", "dữ chưa", "ghê chưa", "chứ có", "nhường nào", "nào biết",
    "nào ngờ",
)
# "xem có ... không" at the start is an order to check, not a question: "dô xem có giống mình
# không" (but "ai xem có bị đứng hình không" asks: "xem" = watch).
_CHECK_WHETHER = _phrases("xem có", "coi có")
_CHECK_BEFORE = WordSet("dô", "vô", "vào", "đi", "thử")
# Sighs that close a clause as a statement: "... khéo nữa haizz".
_SIGHS = ("haiz", "hazz", "haz", "hizz")

_LEAD_PHRASES = _phrases(
    "tư vấn giúp", "tư vấn cho", "tư vấn em", "tư vấn mình", "tư vấn với", "tư vấn thêm",
    "cần tư vấn", "muốn tư vấn", "xin tư vấn", "nhờ tư vấn", "inbox em", "inbox mình",
    "inbox cho", "inbox giúp", "inbox tư vấn", "inbox với", "inbox nhé", "inbox ạ", "check inbox",
    "nhắn tin cho em", "nhắn tin cho mình", "nhắn em", "nhắn cho em", "nhắn mình", "zalo em",
    "zalo mình", "qua zalo", "kết bạn zalo", "gọi lại", "gọi cho em", "gọi cho mình",
    "gọi em", "gọi mình", "gọi giúp", "gọi điện cho", "liên hệ em", "liên hệ mình",
    "liên hệ lại", "liên hệ giúp", "liên hệ với em", "liên hệ với mình", "muốn tham gia",
    "muốn đăng ký", "muốn mua", "cho em đăng ký", "cho mình đăng ký", "đăng ký cho em",
    "đăng ký cho mình", "đăng ký cho mẹ", "đăng ký cho bố", "đăng ký cho ba", "đăng ký giúp",
    "đăng ký với", "đăng ký tham gia cho", "em đăng ký", "mình đăng ký", "tham gia với",
    "em tham gia", "mình tham gia", "cho em tham gia", "cho mình tham gia", "em muốn đóng",
    "mình muốn đóng", "xin số", "để lại số", "số của em", "số em là", "số điện thoại em",
    "số điện thoại của em", "số điện thoại mình", "hướng dẫn giúp em", "hỗ trợ giúp em",
    "hỗ trợ em", "hỗ trợ mình", "làm giúp em", "làm cho em",
)

_TECH_PHRASES = _phrases(
    "không nghe", "ko nghe", "chẳng nghe", "không có tiếng", "mất tiếng", "mất âm", "tiếng nhỏ",
    "nhỏ tiếng", "tiếng bé", "bé tiếng", "tiếng rè", "bị rè", "rè quá", "tiếng vọng",
    "tiếng to", "âm thanh", "mất hình", "không thấy hình", "không có hình", "hình mờ", "mờ quá",
    "bị mờ", "hình nhòe", "hình đen", "màn hình đen", "đứng hình", "hình bị đứng", "bị đứng",
    "đơ", "lag", "giật", "giựt", "load", "tải mãi", "quay mãi", "mạng yếu", "mạng chậm",
    "bị out", "văng ra", "bị văng", "mất sóng", "mất kết nối", "không xem được",
    "không vào được live", "không vào được", "live bị tắt", "live tắt", "tắt live", "bị tắt",
    "bị ngắt", "bị dừng", "bị mất live", "live die", "sập", "chập chờn", "bị treo", "treo máy",
    "không khớp", "lệch tiếng", "tiếng chậm", "buffer", "không nghe thấy", "nghe không rõ",
    "không rõ tiếng", "tiếng không rõ", "không nghe rõ", "micro", "mic", "rột rẹt", "lẹt xẹt",
    "xem không được", "không thấy gì", "đen thui", "hình bị", "tiếng bị", "không lên hình",
    "ko thấy hình", "tiếng lúc được lúc không", "lúc nghe lúc không", "bị delay", "delay",
)
_TECH_NEGATIONS = _phrases("không lag", "hết lag", "đỡ lag", "nghe rõ", "nghe được rồi", "hết rè")


@dataclass(frozen=True, slots=True)
class CommentFacts:
    """Everything Livelead reads from one comment's text."""

    is_question: bool
    phones: list[str] = field(default_factory=list)
    lead: bool = False
    tech: bool = False


_BY_FIRST_WORD: dict[int, dict[str, list[Phrase]]] = {}


def _any(phrases: list[Phrase], w: Words) -> bool:
    """Does any phrase occur? Only phrases starting with one of the comment's words are tried."""
    index = _BY_FIRST_WORD.get(id(phrases))
    if index is None:
        index = {}
        for phrase in phrases:
            index.setdefault(phrase.folded[0], []).append(phrase)
        _BY_FIRST_WORD[id(phrases)] = index
    for token in set(w.folded):
        for phrase in index.get(token, ()):
            if phrase.positions(w):
                return True
    return False


def _skip_tail(w: Words) -> int:
    """Index of the closing word: the last one before trailing politeness and vocatives."""
    raw = w.raw
    i = len(raw) - 1
    while i >= 0:
        token = raw[i]
        if token in _TRAILING:
            i -= 1
        elif token in _VOCATIVE_DET and i + 1 < len(raw) and raw[i + 1] in _PERSONS:
            i -= 1
        else:
            break
    return i


_WHERE_SET = WordSet(*_WHERE_BEFORE)


def _asks_where(raw: tuple[str, ...], i: int) -> bool:
    return i > 0 and raw[i - 1] in _WHERE_SET

_CHU = WordSet("chứ")
_DAU = WordSet("đâu")
_GI = WordSet("gì")
_KHONG_CHUA = WordSet("không", "chưa")


_SEE = WordSet("thấy", "biết")
_SEE_ASKED = WordSet("có", "nghe", "đã")
_CHUA = WordSet("chưa")


def _embedded_yes_no(raw: tuple[str, ...], i: int) -> bool:
    """Closing "không/chưa" of a taunt: "bạn thấy thương tui chưa", "... đó thấy không";
    "có thấy ... không", "nghe thấy không", "chị thấy quen không" still ask."""
    if raw[i] in _CHUA:
        return any(
            raw[k] in _SEE and not (k > 0 and raw[k - 1] in _SEE_ASKED) for k in range(i)
        ) and not any(t in _CO for t in raw[:i])
    return i > 1 and raw[i - 1] in _SEE and raw[i - 2] not in _SEE_ASKED and raw[i - 2] not in _PERSONS


def _checks_whether(w: Words) -> bool:
    return any(
        i == 0 or w.raw[i - 1] in _CHECK_BEFORE for p in _CHECK_WHETHER for i in p.positions(w)
    )


def _closing_verdict(w: Words, retort: bool = False) -> str:
    """'ask' when the segment closes on a question particle, 'deny' on a negating 'đâu'."""
    raw = w.raw
    i = _skip_tail(w)
    if i < 0:
        return ""
    token = raw[i]
    if token in _NHIEU:
        return "ask"
    if token not in _ASK_AT_END:
        return ""
    if token in _DAU:  # "đâu" closes a negation ("có sao đâu") unless it asks where ("đi đâu")
        return "ask" if _asks_where(raw, i) else "deny"
    if token in _KHONG_CHUA and i > 0 and raw[i - 1] in _NOT_A_TAG:
        return ""
    if token in _GI and (retort or raw[i - 1 : i] == ("còn",)):  # "đi tù chứ thương gì"
        return ""
    if token in _KHONG_CHUA and _embedded_yes_no(raw, i):
        return ""
    if token not in _KHONG_CHUA and _indefinite(w, i, i + 1):  # "không có gì", "mới hiểu là gì"
        return ""
    return "ask"


def _first_knowing(w: Words) -> int:
    knowing = [p for k in _KNOWING for p in k.positions(w)]
    return min(knowing) if knowing else len(w.raw)


def _indefinite(w: Words, i: int, end: int, first_knowing: int | None = None) -> bool:
    """The interrogative at raw[i:end] means "some-/any-/no-" or sits inside "không biết ..."."""
    raw = w.raw
    if end < len(raw) and raw[end] in _INDEFINITE_AFTER:  # "ngày nào đó", "gì cả"
        return True
    if any(t in _FREE_CHOICE_LATER for t in raw[end : end + _FREE_CHOICE_WINDOW]):
        # "đứa nào bới tao cũng muốn chửi", "còn bao nhiêu món tôi bao hết"
        return True
    if end < len(raw) and raw[i:end] in _RELATIVE_HEADS and raw[end] in _PRONOUNS:
        return True
    if any(t in _NEGATION for t in raw[max(0, i - _NEGATION_WINDOW) : i]):  # "không có gì"
        return True
    return i > (_first_knowing(w) if first_knowing is None else first_knowing)


def _wh_asks(w: Words) -> bool:
    """An interrogative word used to ask, not as "some-/any-/no-" or inside "không biết ..."."""
    raw = w.raw
    first_knowing = _first_knowing(w)
    for i in range(1, len(raw)):  # "giá nhiêu ạ", "lãnh nhiêu tiền"
        if raw[i] in _NHIEU and raw[i - 1] not in _BAO and not _indefinite(w, i, i + 1):
            return True
    for phrase in _WH:
        for i in phrase.positions(w):
            if phrase.raw[0] == "nào" and i == 0:  # "nào, mình cùng ..." (come on)
                continue
            if not _indefinite(w, i, i + phrase.size, first_knowing):
                return True
    return False


def _may_asks(w: Words) -> bool:
    """"mấy" + unit asks ("mấy tuổi") unless it means "these few" ("mấy năm nay")."""
    raw = w.raw
    for i in _MAY.positions(w):
        if i > 0 and raw[i - 1] in _MAY_UNITS:  # "tháng mấy", "lớp mấy"
            return True
        if i + 1 < len(raw) and raw[i + 1] in _MAY_UNITS:
            if i + 2 < len(raw) and raw[i + 2] in _INDEFINITE_AFTER:
                continue
            return True
    return False


def _mid_khong_asks(w: Words) -> bool:
    """"có ... không" continued by another option or a condition ("... không hay ...")."""
    raw = w.raw
    for i in range(1, len(raw) - 1):
        if raw[i] in _KHONG and raw[i + 1] in _AFTER_MID_KHONG:
            if any(t in _CO for t in raw[:i]):
                return True
    return False


def _requests(w: Words) -> bool:
    """"cho em xin số điện thoại", "cho xin cái kết" (but not "cho em xin lỗi")."""
    raw = w.raw
    for i in _CHO.positions(w):
        for j in (i + 1, i + 2):
            if j + 1 < len(raw) and raw[j] in _XIN:
                if raw[j + 1] not in _XIN_NOT_ASKING:
                    return True
    return False


def _alternative_asks(w: Words, closing: int) -> bool:
    """"đóng theo tháng hay theo năm vậy chị": 'hay' between options, closed by politeness."""
    raw = w.raw
    if closing >= len(raw) - 1:  # no trailing "vậy", "ạ", "chị" ...
        return False
    for i in _HAY.positions(w):
        if 0 < i < closing and raw[i + 1] not in _HAY_GOOD_AFTER:
            if raw[i - 1] not in _HAY_GOOD_BEFORE:
                return True
    return False


def _opens_asking(w: Words) -> bool:
    """"sao ...", "ai ...", "cho em hỏi ..." at the start, but not "ai cũng ..."."""
    for phrase in _ASK_AT_START:
        if phrase.positions(w)[:1] == [0]:
            if not _indefinite(w, 0, phrase.size):
                return True
    return False


def _segments(clause: str) -> list[Words]:
    return [s for s in (words(part) for part in clause.split(",")) if s.raw]


def _clause_asks(clause: str, w: Words) -> bool:
    if _any(_NOT_ASKING, w) or w.raw[0] in _RETORT_START or _checks_whether(w):
        return False
    segments = _segments(clause) if "," in clause else [w]
    retort = any(t in _CHU for t in w.raw)
    for seg in segments:
        if _closing_verdict(seg, retort) == "ask":
            return True
    last = segments[-1] if segments else w
    if _closing_verdict(last, retort) == "deny":
        return False
    closing = _skip_tail(w)
    if closing < 0:
        return "?" in clause
    closing_word = w.raw[closing]
    if closing_word in _STRONG_STATEMENT_END or closing_word.startswith(_SIGHS):
        return False
    if "?" in clause or _any(_ASK_MARKERS, w) or _requests(w) or _mid_khong_asks(w):
        return True
    if closing_word in _STATEMENT_END or any(t in _IMPERATIVE_TAIL for t in w.raw[closing:]):
        return False
    # An opener in a clause punctuated as a statement exclaims: "sao mn mỉa mai ác thế."
    if any(_opens_asking(seg) for seg in segments) and not clause.rstrip().endswith((".", "!")):
        return True
    return _alternative_asks(w, closing) or _wh_asks(w) or _may_asks(w)


# A dot between two characters ("9.5", "1.500.000đ", "d.a.o") does not end a clause.
_CLAUSE = re.compile(r"(?:[^.!?;\n…]|(?<=\w)\.(?=\w))+[.!?;\n…]*")


def is_question(text: str, w: Words | None = None) -> bool:
    """True when the commenter is asking something, with or without '?' or accents."""
    if not text:
        return False
    for clause in _CLAUSE.findall(text):
        cw = words(clause)
        if cw.raw and _clause_asks(clause, cw):
            return True
    return False


def is_tech_complaint(w: Words) -> bool:
    return _any(_TECH_PHRASES, w) and not _any(_TECH_NEGATIONS, w)


def is_lead(w: Words, phones: list[str]) -> bool:
    return bool(phones) or _any(_LEAD_PHRASES, w)


def classify(text: str) -> CommentFacts:
    """Read one comment: question, phones (E.164), lead, technical complaint."""
    w = words(text or "")
    phones = extract_phones(text or "")
    return CommentFacts(
        is_question=is_question(text or "", w),
        phones=phones,
        lead=is_lead(w, phones),
        tech=is_tech_complaint(w),
    )
