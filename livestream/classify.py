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
        hits = []
        first = self.folded[0]
        folded, raw = w.folded, w.raw
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


# Interrogative phrases that ask wherever they stand in a clause.
_ASK_ANYWHERE = _phrases(
    "bao nhiêu", "bao lâu", "như thế nào", "thế nào", "ra sao", "làm sao", "tại sao", "vì sao",
    "ở đâu", "chỗ nào", "nơi nào", "khi nào", "lúc nào", "hôm nào", "ngày nào", "bao giờ",
    "cái gì", "là gì", "những gì", "được không", "phải không", "đúng không", "có phải",
    "hay không", "không ạ", "chưa ạ", "được chưa", "cho hỏi", "xin hỏi", "muốn hỏi",
    "hỏi chút", "hỏi xíu", "hỏi tí", "giải đáp", "có ai", "ai biết", "bằng cách nào",
    "cách nào", "loại nào", "tỉnh nào", "mức nào", "bên nào", "gì vậy", "gì ạ", "nào vậy",
    "nào ạ", "sao vậy", "sao ạ", "không vậy", "chưa vậy", "thì sao", "gì thế", "không nhỉ",
)
# "mấy" asks only before a unit ("mấy tuổi", "mấy năm"); before people it means "those".
_MAY = Phrase("mấy")
_MAY_UNITS = {
    "giờ", "tuổi", "năm", "tháng", "ngày", "tiếng", "lần", "tiền", "đồng", "triệu", "trăm",
    "nghìn", "ngàn", "phần", "loại", "cách", "bước", "mức", "hôm", "tuần", "kỳ", "đợt", "suất",
    "giấy", "bộ", "quý", "k", "lít", "kg", "cân",
}
_MAY_UNITS_FOLDED = {fold_token(u) for u in _MAY_UNITS}
# Words that make a question when they close the clause (before politeness particles).
_ASK_AT_END = {"không", "chưa", "gì", "đâu", "nào", "sao", "hả", "hở", "à", "ai", "chứ"}
# Clause openers that ask: "sao ...", "ai ...", "có ai ...".
_ASK_AT_START = _phrases("tại sao", "vì sao", "sao", "ai", "bao giờ", "khi nào", "làm sao",
                         "làm thế nào", "có ai", "cho hỏi", "cho em hỏi", "cho mình hỏi",
                         "cho tôi hỏi", "cho con hỏi", "cho cháu hỏi", "xin hỏi", "hỏi")
# Trailing politeness and fillers skipped when looking for the closing word.
_TRAILING = {
    "ạ", "vậy", "nhé", "nha", "nhe", "với", "ad", "admin", "chị", "anh", "em", "ơi", "ạh",
    "thế", "ha", "cô", "chú", "bác", "mọi", "người", "hen", "bạn", "shop", "b", "ạk", "ak",
    "ta", "bà", "ông", "mn", "ạa", "z", "v",
}
# Look-alikes: interrogative words inside statements and exclamations.
_NOT_ASKING = _phrases(
    "đừng hỏi", "ai cũng", "gì cũng", "sao cũng", "đâu cũng", "nào cũng", "bao nhiêu cũng",
    "có gì đâu", "có sao đâu", "gì đâu", "làm gì có", "ai mà", "gì mà", "sao mà", "không sao",
    "chả sao", "ai bảo", "ai ngờ", "biết bao", "bao nhiêu là", "đâu có", "đâu phải",
    "chẳng biết", "không biết bao giờ", "không biết khi nào", "không biết bao nhiêu",
    "không biết làm sao", "không biết thế nào", "không biết sao", "chả biết", "ai đời",
    "thế nào cũng", "làm sao mà", "bao giờ cũng", "mấy khi", "không bao giờ", "chưa bao giờ",
    "chẳng bao giờ", "gì nữa", "không ai", "chưa ai", "chẳng ai", "thế nào ấy", "hỏi gì",
    "không có gì", "còn gì", "là gì đâu", "đâu mà", "có ra gì", "như nào ấy", "hay gì",
    "tự hỏi", "không phải", "sao lại thế", "đoán xem", "chứ sao", "chút nào", "tí nào",
    "nào thử", "xem sao", "không biết gì",
)
# Closing words that turn a clause into a sigh or a statement.
_STATEMENT_END = {"đây", "nữa", "mất", "luôn", "thôi", "ấy", "nè", "đó", "kìa", "cơ", "quá", "lắm"}
_CLAUSE = re.compile(r"[^.!?;\n…]+[.!?;\n…]*")

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


def _any(phrases: list[Phrase], w: Words) -> bool:
    return any(p.positions(w) for p in phrases)


def _in(token: str, accented: set[str], folded: set[str]) -> bool:
    """Accent-aware membership: an unaccented token matches the folded set."""
    return token in accented or (token == fold_token(token) and token in folded)


_TRAILING_FOLDED = {fold_token(t) for t in _TRAILING}
_ASK_AT_END_FOLDED = {fold_token(t) for t in _ASK_AT_END} - {"a"}  # "a" is usually "ạ"
_STATEMENT_END_FOLDED = {fold_token(t) for t in _STATEMENT_END}


def _closing_word(w: Words) -> str | None:
    for token in reversed(w.raw):
        if _in(token, _TRAILING, _TRAILING_FOLDED):
            continue
        return token
    return None


_WHERE_BEFORE = {"ở", "đi", "về", "chỗ", "từ", "tới", "đến", "nơi", "làm", "mua", "đăng", "nộp"}
_WHERE_BEFORE_FOLDED = {fold_token(t) for t in _WHERE_BEFORE}


def _asks_where(w: Words) -> bool:
    raw = w.raw
    for i in range(len(raw) - 1, 0, -1):
        if fold_token(raw[i]) == "dau":
            return _in(raw[i - 1], _WHERE_BEFORE, _WHERE_BEFORE_FOLDED)
    return False


def _clause_asks(w: Words, qmark: bool) -> bool:
    if _any(_NOT_ASKING, w):
        return False
    closing = _closing_word(w)
    if closing is None:
        return False
    if _in(closing, _ASK_AT_END, _ASK_AT_END_FOLDED):
        # "đâu" closes a negation ("không sao đâu") unless it asks where ("đi đâu").
        if fold_token(closing) != "dau" or _asks_where(w):
            return True
    if qmark:
        return True
    if _in(closing, _STATEMENT_END, _STATEMENT_END_FOLDED):
        return False
    if any(p.positions(w)[:1] == [0] for p in _ASK_AT_START):
        return True
    if _any(_ASK_ANYWHERE, w):
        return True
    for i in _MAY.positions(w):
        if i + 1 < len(w.raw) and _in(w.raw[i + 1], _MAY_UNITS, _MAY_UNITS_FOLDED):
            return True
    return False


def is_question(text: str, w: Words | None = None) -> bool:
    """True when the commenter is asking something, with or without '?' or accents."""
    if not text:
        return False
    for clause in _CLAUSE.findall(text):
        cw = words(clause)
        if cw.raw and _clause_asks(cw, "?" in clause):
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
