"""What a comment is: a question, a lead (wants contact), a technical complaint.

Pure module. Patterns are written with Vietnamese accents (see `phrases`); the question rules
live in `questions`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from livestream.phones import extract_phones
from livestream.phrases import PhraseTable
from livestream.questions import is_question
from livestream.text import Words, words

__all__ = ["CommentFacts", "classify", "is_lead", "is_question", "is_tech_complaint"]

_LEAD_PHRASES = PhraseTable(
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

_TECH_PHRASES = PhraseTable(
    "không nghe", "ko nghe", "chẳng nghe", "không có tiếng", "mất tiếng", "mất âm", "tiếng nhỏ",
    "nhỏ tiếng", "tiếng bé", "bé tiếng", "tiếng rè", "bị rè", "rè quá", "tiếng vọng",
    "tiếng to", "âm thanh", "mất hình", "không thấy hình", "không có hình", "hình mờ", "mờ quá",
    "bị mờ", "hình nhòe", "hình đen", "màn hình đen", "đứng hình", "hình bị đứng", "bị đứng",
    "=đơ", "lag", "giật", "giựt", "=dựt", "load", "tải mãi", "quay mãi", "mạng yếu", "mạng chậm",
    "bị out", "văng ra", "bị văng", "mất sóng", "mất kết nối", "không xem được",
    "không vào được live", "không vào được", "live bị tắt", "live tắt", "tắt live", "bị tắt",
    "bị ngắt", "bị dừng", "bị mất live", "live die", "chập chờn", "treo máy",
    "không khớp", "lệch tiếng", "tiếng chậm", "buffer", "không nghe thấy", "nghe không rõ",
    "không rõ tiếng", "tiếng không rõ", "không nghe rõ", "micro", "mic", "rột rẹt", "lẹt xẹt",
    "xem không được", "không thấy gì", "đen thui", "hình bị", "tiếng bị", "không lên hình",
    "ko thấy hình", "tiếng lúc được lúc không", "lúc nghe lúc không", "bị delay", "delay",
    # the picture spinning while loading; asking whether anyone hears the sound
    "xoay hoài", "xoay mãi", "xoay xoay", "quay hoài", "nghe được tiếng không", "có tiếng không",
    "có nghe không", "nghe tiếng không",
    # sound: heard badly, not yet, coming and going, echoing, distorted; asking to speak up
    "nghe không được", "nghe không thấy", "nghe không ra", "nghe chẳng được", "nghe hông được",
    "chưa có tiếng", "chưa nghe tiếng", "chưa nghe được tiếng",
    "lúc có lúc không", "lúc có lúc mất", "lúc to lúc nhỏ", "tiếng vang", "bị vang", "bị ồn",
    "tạp âm", "tiếng ù", "bị ù", "rè rè", "tiếng méo", "méo tiếng", "tiếng lặp", "bị vọng",
    "vọng tiếng", "tiếng hú", "tiếng rít", "như robot", "át tiếng", "loa điện thoại", "loa nhỏ",
    "loa rè", "mở loa", "bật loa", "loa bị",
    "nói nhỏ quá", "nói to lên", "nói lớn lên", "to tiếng lên", "âm lượng", "vặn to", "mở to lên",
    "tăng âm", "mở mic", "bật mic", "tắt mic",
    # picture: none yet, broken, blurred, black, striped, flickering or upside down; the camera
    "chưa thấy hình", "chưa có hình", "thấy hình không", "có thấy hình", "hình đứng",
    "nhòe", "vỡ hình", "bể hình", "hình vỡ", "hình bể", "màn hình xanh", "màn hình trắng",
    "màn hình tối", "đen màn hình", "tối om", "tối thui", "hình ngược", "quay ngược",
    "lật ngược", "quay ngang", "camera", "cam bị", "cam quay", "hình đứng yên", "đứng hoài",
    "cứ đứng", "đứng im", "lúc mờ", "mờ căm", "mờ tịt", "sọc ngang", "sọc dọc", "bị sọc",
    "chớp chớp", "nhấp nháy", "chất lượng hình", "chất lượng video", "144p", "240p", "360p",
    # the stream stalling, dropping, failing or throwing the viewer out
    "=khựng", "bị khựng", "đơ đơ", "quay vòng vòng", "cứ xoay", "rớt mạng", "rớt live",
    "live rớt", "bị rớt mạng", "mất live", "live mất", "không thấy live", "live đâu rồi",
    "sóng yếu", "wifi yếu", "mạng lag", "bị thoát", "tự thoát", "lỗi live",
    "live bị lỗi", "video không chạy", "cắt ngang", "tải chậm", "tải không được", "đang tải",
    "tải hoài", "lỗi kết nối", "báo lỗi", "không phát được", "bị đá ra", "đá ra khỏi",
    "live đứt", "live bị đứt", "mạng bị đứt", "bị đứt mạng", "tiếng đứt quãng",
    "hình đứt quãng", "bị đứt quãng", "live bị gián đoạn", "live gián đoạn", "live dừng",
    "live tự nhiên dừng",
    "tua lại", "bị lặp lại", "live không mở được", "link live", "vào live không được",
    "đường truyền", "=sập", "live sap", "sap live", "live bi sap", "live bị treo",
    "màn hình bị treo", "máy bị treo", "bị treo hình",
)
# What looks like a complaint and is not: it works (again), the sound or picture is praised, a
# word in another sense (a start, a snatch, a fit, a hold-up of papers, a blurred photo), a
# problem with an app or a site rather than the stream, having missed a part, a stunned mind.
_TECH_NEGATIONS = PhraseTable(
    "không lag", "hết lag", "đỡ lag", "nghe rõ", "nghe được rồi", "hết rè", "hết giật",
    "đỡ giật", "không bị lag", "không bị giật", "vào được rồi", "xem được rồi", "mượt",
    "ổn rồi", "buổi trước", "hôm trước",
    "âm thanh rõ", "âm thanh chuẩn", "âm thanh tốt", "âm thanh hay", "tiếng to rõ", "mic tốt",
    "camera nét", "hình nét", "hình đẹp", "hình rõ", "nét căng",
    "sáp nhập", "giật mình", "giật cả mình", "co giật", "giật túi", "giật điện thoại", "giật đồ",
    "giật giải", "giật tạm", "jet lag", "não", "đầu óc", "đơ người", "hình chụp", "ảnh chụp",
    "mắt mờ", "mờ chữ", "vssid", "dịch vụ công", "không nghe ai", "không nghe lời", "nghe lời",
    "không chịu nghe", "không nghe kịp", "nghe không kịp", "không nghe phần", "không nghe đoạn",
    "không nghe được phần", "không nghe được đoạn",
)
# "Đóng bị ngắt quãng 3 năm", "gián đoạn mấy tháng": payments interrupted, not the stream.
_PAYMENT_BREAK = PhraseTable("ngắt quãng", "gián đoạn")
_BREAK_SPAN = frozenset({"năm", "tháng", "mấy", "vài", "một", "hai", "ba", "bốn", "mười"})
_NOT = frozenset({"không", "chưa", "chẳng"})


def _denied(w: Words) -> bool:
    """A negation of the complaint, unless itself negated ("không nghe rõ" complains)."""
    raw = w.raw
    if any(i == 0 or raw[i - 1] not in _NOT for _, i in _TECH_NEGATIONS.matches(w)):
        return True
    return any(
        (nxt := raw[i + p.size : i + p.size + 1]) and (nxt[0][:1].isdigit() or nxt[0] in _BREAK_SPAN)
        for p, i in _PAYMENT_BREAK.matches(w)
    )


@dataclass(frozen=True, slots=True)
class CommentFacts:
    """Everything Livelead reads from one comment's text."""

    is_question: bool
    phones: list[str] = field(default_factory=list)
    lead: bool = False
    tech: bool = False


def is_tech_complaint(w: Words) -> bool:
    return _TECH_PHRASES.found(w) and not _denied(w)


_JOINING = frozenset({"đăng", "tham", "đóng", "mua"})


def is_lead(w: Words, phones: list[str]) -> bool:
    if phones:
        return True
    if not _LEAD_PHRASES.found(w):
        return False
    raw = w.raw
    # "em đăng ký rồi", "mình đã tham gia": joined already, nobody to sign up (but "để lại số
    # rồi mà chưa ai gọi" still waits for a call)
    return any(
        _JOINING.isdisjoint(phrase.raw)
        or (raw[i + phrase.size : i + phrase.size + 1] != ("rồi",) and (i == 0 or raw[i - 1] != "đã"))
        for phrase, i in _LEAD_PHRASES.matches(w)
    )


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
