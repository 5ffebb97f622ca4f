"""A realistic synthetic livestream comment stream, for the demo session and benchmarks.

Pure module. Questions are drawn from a set of topics, each asked in many spellings (accents,
none, teencode, politeness); the rest is chatter, greetings, phone numbers and complaints.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from livestream.text import fold

TOPICS: list[list[str]] = [
    ["đóng bao nhiêu năm thì được lương hưu", "đóng mấy năm thì có lương hưu",
     "phải đóng bao nhiêu năm mới được hưởng lương hưu", "bao nhiêu năm đóng thì được lương hưu"],
    ["mức đóng thấp nhất một tháng là bao nhiêu", "một tháng đóng ít nhất bao nhiêu tiền",
     "đóng tối thiểu bao nhiêu tiền một tháng"],
    ["bhyt hộ gia đình một người giá bao nhiêu", "bảo hiểm y tế hộ gia đình bao nhiêu tiền một người",
     "mua bhyt hgđ hết bao nhiêu tiền"],
    ["đăng ký bhxh tự nguyện ở đâu", "muốn tham gia bảo hiểm xã hội tự nguyện thì đăng ký ở đâu",
     "đăng ký tham gia bhxh tn ở chỗ nào"],
    ["hộ nghèo được hỗ trợ bao nhiêu phần trăm", "hộ nghèo được nhà nước hỗ trợ mấy phần trăm",
     "người thuộc hộ nghèo được hỗ trợ bao nhiêu"],
    ["có được rút bhxh một lần không", "rút bảo hiểm xã hội một lần được không",
     "bhxh tự nguyện có rút một lần được không"],
    ["đăng ký cần những giấy tờ gì", "làm hồ sơ tham gia cần giấy tờ gì",
     "thủ tục đăng ký cần mang theo giấy tờ gì"],
    ["60 tuổi rồi có tham gia được không", "đã 60 tuổi thì còn tham gia được không",
     "người 60 tuổi có được đóng bhxh tự nguyện không"],
    ["có được đóng một lần cho nhiều năm không", "đóng một lần cho nhiều năm được không",
     "có thể đóng trước nhiều năm một lần không"],
    ["chết thì người nhà có được nhận tiền tử tuất không", "tiền tử tuất người nhà có được nhận không",
     "nếu mất thì gia đình được hưởng tử tuất không"],
    ["đóng bhyt hộ gia đình người thứ hai giảm bao nhiêu",
     "người thứ hai trong hộ đóng bhyt được giảm bao nhiêu"],
    ["đang đóng ở công ty nghỉ việc thì đóng tiếp tự nguyện được không",
     "nghỉ việc ở công ty rồi có đóng tiếp bhxh tự nguyện được không"],
]
CHATTER = [
    "chào chị ạ", "xem từ Nghệ An", "hay quá", "cảm ơn chị nhiều", "👍👍👍", "chào mọi người",
    "em chào ad", "chị nói dễ hiểu quá", "xem từ Thanh Hóa nè", "❤️❤️", "đáp án B",
    "câu 2: 20 năm", "hóng minigame", "thông tin hữu ích quá", "chia sẻ cho mọi người cùng biết",
    "tuyệt vời", "mai em đi đăng ký luôn", "ok chị", "chúc chương trình thành công",
]
TECH = ["không nghe tiếng gì hết", "tiếng nhỏ quá ad ơi", "bị lag quá", "hình bị đứng rồi",
        "mất tiếng rồi", "live bị giật", "không xem được ad ơi"]
LEADS = ["tư vấn giúp em {phone}", "sđt em {phone} gọi lại giúp em", "em muốn tham gia, {phone}",
         "ib em với ạ", "inbox tư vấn cho mình nhé", "đăng ký cho mẹ em {phone}"]
PREFIXES = ["", "cho em hỏi ", "chị ơi ", "ad ơi cho mình hỏi ", "xin hỏi ", "cho hỏi "]
SUFFIXES = ["", " ạ", " vậy chị", "?", " ạ?", " vậy ad", " với ạ"]
TEENCODE = [("không", "ko"), ("được", "dc"), ("bao nhiêu", "bn"), ("bảo hiểm xã hội", "bhxh"),
            ("tự nguyện", "tn"), ("hộ gia đình", "hgđ"), ("như thế nào", "ntn"), ("gì", "j")]
PLACES = ["Hà Nội", "Nghệ An", "Thanh Hóa", "Huế", "Đà Nẵng", "Gia Lai", "Đắk Lắk", "Cần Thơ",
          "An Giang", "Cà Mau", "Lào Cai", "Quảng Ninh", "Hải Phòng", "Ninh Bình", "Lâm Đồng"]
WHO = ["mẹ em", "bố em", "em", "chồng em", "vợ mình", "con em", "bà ngoại em", "anh trai em"]
SITUATIONS = ["đang làm tự do", "bị khuyết tật", "là nông dân", "đi xuất khẩu lao động về",
              "có sổ hộ cận nghèo", "bán hàng ở chợ", "chạy xe ôm", "nội trợ ở nhà"]
ASKS = ["thì đóng bhxh tự nguyện được không", "thì mua bhyt ở đâu",
        "thì được hỗ trợ bao nhiêu", "thì bao giờ được nhận lương hưu"]
NAMES = ["Lan", "Tuấn", "Hoa", "Minh", "Ngọc Anh", "Hùng", "Thảo", "Bảo", "Mai", "Dũng"]
PREFIX_MOBILE = ["090", "091", "093", "094", "096", "097", "098", "086", "088", "032", "033",
                 "035", "037", "039", "070", "076", "077", "078", "079", "081", "083", "085"]


@dataclass(frozen=True, slots=True)
class SyntheticComment:
    id: str
    author_id: str
    author_name: str
    text: str
    created_at: datetime
    topic: int | None  # question topic, for checking the grouping


def _spelling(rng: random.Random, text: str) -> str:
    if rng.random() < 0.35:
        for long, short in TEENCODE:
            if long in text and rng.random() < 0.7:
                text = text.replace(long, short)
    if rng.random() < 0.45:
        text = fold(text)
    return text


def _phone(rng: random.Random) -> str:
    digits = rng.choice(PREFIX_MOBILE) + "".join(rng.choice("0123456789") for _ in range(7))
    style = rng.random()
    if style < 0.4:
        return digits
    if style < 0.6:
        return f"{digits[:4]} {digits[4:7]} {digits[7:]}"
    if style < 0.8:
        return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"
    return "+84 " + digits[1:]


def synthetic_comments(n: int, *, seed: int = 7, start: datetime | None = None,
                       topics: int | None = None) -> Iterator[SyntheticComment]:
    """`n` comments: about 45% questions, 10% leads, 5% complaints, the rest chatter."""
    rng = random.Random(seed)
    start = start or datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
    pool = TOPICS if topics is None else TOPICS[:topics]
    viewers = max(50, n // 3)
    for i in range(n):
        viewer = rng.randrange(viewers)
        roll = rng.random()
        topic = None
        if roll < 0.08:
            text = (f"{rng.choice(WHO)} {rng.randint(18, 75)} tuổi ở {rng.choice(PLACES)} "
                    f"{rng.choice(SITUATIONS)} {rng.choice(ASKS)}")
            text = _spelling(rng, text)
        elif roll < 0.45:
            topic = rng.randrange(len(pool))
            text = rng.choice(PREFIXES) + rng.choice(pool[topic]) + rng.choice(SUFFIXES)
            text = _spelling(rng, text)
        elif roll < 0.55:
            text = rng.choice(LEADS).format(phone=_phone(rng))
        elif roll < 0.60:
            text = _spelling(rng, rng.choice(TECH))
        else:
            text = _spelling(rng, rng.choice(CHATTER))
        yield SyntheticComment(
            id=f"c{i}", author_id=f"u{viewer}",
            author_name=f"{rng.choice(NAMES)} {viewer}", text=text,
            created_at=start + timedelta(milliseconds=120 * i), topic=topic,
        )
