"""What a comment is: a question, a lead (wants contact), a technical complaint.

Pure module. Patterns are written with Vietnamese accents (see `phrases`); the question rules
live in `questions`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from livestream.phones import extract_phones
from livestream.phrases import Phrase, PhraseTable, WordSet
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
    # sound gone or asked after in chat or regional words ("im re", "tiếng mô", "chả nghe gì")
    "tiếng đâu", "tiếng mô", "im re", "im ru", "tiếng không có", "chả nghe", "chả có tiếng",
    "nghe được không", "nghe nhỏ", "nghe bé", "nghe rè", "=rè", "lè rè",
    "ù ù", "nghe ù", "vang vang", "nghe vang", "nghe vọng", "vọng lại", "dội lại", "bị dội",
    "tiếng dội", "bị méo", "âm bị", "âm méo", "méo âm", "tiếng nghẹt", "tiếng như bị",
    "bị hú", "=hú quá", "hú rít", "rít hú",
    "tiếng ồn", "lớn hơn tiếng", "một bên tai", "1 bên tai", "một bên loa", "câu được câu mất",
    "câu được câu không", "chữ được chữ mất", "đứt đoạn", "tiếng đứt", "nói to chút",
    "nói to xíu", "nói to hơn", "nói lớn chút", "nói lớn xíu", "nói lớn hơn", "nghe rõ không",
    "chỉnh lại mic", "chỉnh mic", "chỉnh lại âm", "chỉnh âm",
    # sound and picture out of step
    "tiếng trễ", "hình trễ", "tiếng đi trước", "tiếng chạy trước", "hình đi trước",
    "hình chạy trước", "tiếng đi sau", "hình đi sau", "tiếng với hình", "hình với tiếng",
    "miệng với tiếng", "tiếng với miệng", "khẩu hình",
    # picture gone, dark, unsharp, or the camera pointing wrong; asked after ("hình mô")
    "hình đâu", "hình mô", "hình không có", "không thấy chi hết", "không thấy chi cả",
    "chả thấy gì", "chả thấy hình", "chẳng thấy gì",
    "chả có hình", "hình đen thôi", "đen xì", "đen sì", "đen kịt", "đen ngòm", "=đen hết",
    "nhoè", "không nét", "chưa nét", "hình không rõ", "không rõ hình", "hình bị lộn",
    "lộn ngược", "chỉnh lại cam", "chỉnh cam", "sửa lại cam", "sửa cam", "cam lệch",
    "cam nghiêng", "thấy nửa mặt", "nửa mặt chị", "không thấy mặt chị", "không thấy mặt anh",
    "không thấy mặt ai",
    "thấy trần nhà", "quay lên trần", "quay xuống đất",
    # slides, captions and the shared screen unreadable or not showing
    "chữ nhỏ", "chữ bé", "không đọc được chữ", "không đọc được gì", "đọc không được",
    "đọc không ra", "nhìn không rõ", "không nhìn rõ", "không nhìn thấy gì", "phóng to",
    "zoom to", "slide mờ", "slide nhỏ", "slide bị", "slide không", "không thấy slide",
    "không đọc được slide", "không thấy màn hình", "màn hình chưa lên", "màn hình chia sẻ",
    "chia sẻ màn hình không", "share màn hình không",
    # stalling and spinning in the app ("lác" is "lag" as said)
    "=lác quá", "=lác lắm", "bị =lác", "=lác hoài", "lagg", "loading",
    "quay vòng", "quay quay", "vài giây lại", "được vài giây",
    "giây lại", "giây đứng",
    # the host cut off mid-sentence, the stream ending by itself, errors, not getting in
    "đang nói dở", "đang nói thì bị", "đang nói thì mất", "đang nói thì tắt",
    "đang nói thì dừng", "nói giữa chừng", "nói bị cắt", "bị cắt tiếng", "cắt tiếng",
    "tiếng bị cắt", "nói bị cụt", "tiếng cụt", "sao hết live", "tự nhiên hết live",
    "tự nhiên tắt", "báo live đã kết thúc", "báo live kết thúc", "báo đã kết thúc",
    "live đâu mất", "live mất đâu",
    "live này bị lỗi", "live này lỗi", "live lỗi", "video bị lỗi", "video lỗi", "xảy ra lỗi",
    "nhấn để thử lại", "bấm để thử lại", "nội dung không có sẵn", "video không có sẵn",
    "vào không được", "vô không được", "không vô được",
    "không vào xem được", "không vô xem được", "vào lại không được", "vô lại không được",
    "không vào lại được", "không xem tiếp được", "xem tiếp không được",
    # asking to turn the sound on; hissing; music over the voice
    "bật tiếng", "mở tiếng", "bật âm", "mở âm", "=xè =xè", "xẹt xẹt", "rẹt rẹt", "nhạc nền to",
    "nhạc to quá", "nhỏ hơn nhạc", "nhạc át", "tắt nhạc",
    # the picture dark, the camera to be turned, letters to be made bigger
    "hình tối", "quay cam", "quay lại cam", "xoay cam", "không thấy chữ", "nhìn không ra",
    "không ra chữ", "slide to", "chữ to lên", "chữ to ra", "quay tròn", "xoay tròn",
    # the stream cut short, not loading, not running
    "tắt ngang", "tắt giữa chừng", "dừng ngang", "tự nhiên thoát", "livestream bị",
    "video không tải", "không tải được video", "không tải được live", "live không chạy",
    "live không lên", "live không hiện", "không hiện live",
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
    "mắt mờ", "mờ chữ", "mắt lác", "lác mắt", "vssid", "dịch vụ công", "không nghe ai",
    "không nghe lời", "nghe lời",
    "không chịu nghe", "không nghe kịp", "nghe không kịp", "không nghe phần", "không nghe đoạn",
    "không nghe được phần", "không nghe được đoạn",
    # praise of the equipment; hearsay; having stepped away
    "mic xịn", "mic đẹp", "mic hay quá", "nghe hay quá", "nghe hay ghê", "nghe nói", "nghe bảo",
    "nghe đồn",
    "nghe người ta", "đi ra ngoài", "em ra ngoài",
    # the viewer's own head, eyes or ears ("em hơi lag", "em đứng hình luôn", "tai bà nghe kém")
    "em lag", "mình lag", "tôi lag", "tui lag", "em hơi lag", "mình hơi lag", "em đứng hình",
    "mình đứng hình", "tôi đứng hình", "tui đứng hình", "em đơ", "mình đơ",
    "nghe xong đứng", "nghe xong đơ", "nghe mức", "nghe con số", "tai em", "tai mình", "tai tôi",
    "tai bà", "tai ông", "tai mẹ", "tai ba", "tai bố", "lãng tai", "nặng tai", "bị điếc",
    "câm điếc",
    "trợ thính", "mắt kém", "mắt yếu", "mắt em", "cận thị", "lão thị",
    # someone at home not listening; words on the insurance card
    "chồng em không nghe", "chồng không nghe", "vợ không nghe", "con không nghe",
    "không nghe chồng", "không nghe vợ", "mẹ không nghe", "trên thẻ", "thẻ bị mờ", "in thẻ",
    # a house, a bridge or a price collapsing, not the stream
    "nhà sập", "nhà bị sập", "sập nhà", "cầu sập", "sập cầu", "giá sập", "sập giá",
    "lúa sập", "vàng sập", "tường sập", "đổ sập", "sạt lở", "do bão", "mùa lũ",
    # skin tanned black, a scare, a sparse crowd, money not going in, not reading at all
    "phơi nắng", "da đen", "rám nắng", "cháy nắng", "hú hồn", "hú vía", "lác đác", "đóng vào",
    "đóng vô", "tiền vào", "tiền vô", "nộp vào", "chuyển vào", "chuyển vô", "không biết chữ",
    "mù chữ", "đóng mãi", "đóng hoài",
    # fixed already ("hết đứng hình rồi"); watched another day or too busy
    "hết đứng", "hết đơ", "hết mờ", "hết vọng", "hết ồn", "hết bị", "hôm qua", "bữa trước",
    "tuần trước", "lần trước", "em bận",
    # a twitch, a snatch, buying a mic, a relative not listening, an ear at fault
    "giật cơ", "rung giật", "giật mất", "cướp giật", "mua mic", "mic này mua", "nói hoài mà",
    "nói mãi mà", "nói mãi không", "khuyên", "bà không nghe", "ông không nghe",
    "bố không nghe", "ba không nghe", "tai nghe kém", "em tai",
    # the insurance's own app, site or system; paying; papers and photos; stopping payments
    "app bhxh", "app bảo hiểm", "ứng dụng bhxh", "web bhxh", "trang bhxh", "website",
    "trang web", "cổng dịch vụ", "hệ thống bhxh", "không đóng được", "chuyển khoản",
    "sập bẫy", "thị trường", "chữ ký", "tờ khai", "căn cước", "cccd", "chụp", "dừng hưởng",
    "dừng đóng",
)
# "Đóng bị ngắt quãng 3 năm", "gián đoạn mấy tháng": payments interrupted, not the stream.
_PAYMENT_BREAK = PhraseTable("ngắt quãng", "gián đoạn", "đứt quãng", "đứt đoạn")
_BREAK_SPAN = frozenset({"năm", "tháng", "mấy", "vài", "một", "hai", "ba", "bốn", "mười"})
_NOT = frozenset({"không", "chưa", "chẳng"})


# A look-alike after a device is the device's ("máy em lag", "điện thoại em đơ luôn").
_DEVICE = frozenset({"máy", "thoại", "mạng", "wifi", "live", "video", "fb", "youtube", "tiktok"})
# A look-alike asked about is a complaint: "mn có nghe rõ không", "có mượt ko hay giật như e".
_ASKED = frozenset({"không", "chưa"})
_ASK_TAIL = frozenset({"hay", "vậy", "ạ", "à", "hả", "admin", "ơi", "mọi", "chị", "anh", "em", "nhỉ"})


def _voided(w: Words, p: Phrase, i: int) -> bool:
    """Is the look-alike at word i itself negated, about a device or asked about?"""
    raw = w.raw
    if i > 0 and (raw[i - 1] in _NOT or (p.raw[0] in {"em", "mình", "tôi", "tui"} and raw[i - 1] in _DEVICE)):
        return True
    after = raw[i + p.size : i + p.size + 2]
    return bool(after) and after[0] in _ASKED and (len(after) == 1 or after[1] in _ASK_TAIL)


def _denied(w: Words) -> bool:
    """A negation of the complaint, unless itself negated ("không nghe rõ" complains)."""
    if any(not _voided(w, p, i) for p, i in _TECH_NEGATIONS.matches(w)):
        return True
    raw = w.raw
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


# A problem given as the cause is one, whatever else the comment says: "không nghe được phần
# hỏi đáp do mất tiếng".
_CAUSE = frozenset({"do", "vì", "vi", "tại"})
# A bare cue with only an address or a question tail: "tiếng??", "hình ad ơi", "mic à".
_BARE_CUES = WordSet("tiếng", "hình", "mic", "loa", "sound")
_BARE_TAIL = WordSet("admin", "ơi", "ạ", "à", "hả", "ủa", "ê", "đâu", "rồi", "vậy", "chị", "anh",
                     "em", "mọi", "người", "sao", "gì", "đi", "với", "kìa", "ha", "mô", "chi")


def _bare_cue(w: Words) -> bool:
    cues = [t for t in w.raw if t not in _BARE_TAIL]
    return len(cues) == 1 and cues[0] in _BARE_CUES


def is_tech_complaint(w: Words) -> bool:
    if not _TECH_PHRASES.found(w):
        return _bare_cue(w)
    raw = w.raw
    for i in _TECH_PHRASES.positions(w):
        before = raw[max(0, i - 2) : i]
        if before and (before[-1] in _CAUSE or (before[-1] == "bị" and before[0] in _CAUSE)):
            return True
    return not _denied(w)


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
