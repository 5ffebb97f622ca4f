"""Vietnamese comment text for matching: NFC, case, folded diacritics, expanded teencode.

Pure module (stdlib only). The original text is never changed; these forms are for matching.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {ord("đ"): "d", ord("Đ"): "D"}
    for code in range(0x00C0, 0x1EFA):
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
        if base != char and base.isascii() and base:
            table[code] = base
    return table


_FOLD_TABLE = _build_fold_table()
_WORD = re.compile(r"\w+")

# Teencode and abbreviations, keyed by the lower-case token as typed (accents kept). Values are
# the standard Vietnamese words; multi-word values expand to several tokens.
TEENCODE: dict[str, str] = {
    # không
    "ko": "không", "k": "không", "kh": "không", "khg": "không", "kg": "không", "hok": "không",
    "hk": "không", "hông": "không", "khum": "không", "khôm": "không", "hem": "không",
    "hổng": "không", "khong": "không", "khog": "không", "khôg": "không", "kô": "không",
    "hong": "không", "hăm": "không",
    # được
    "dc": "được", "đc": "được", "dk": "được", "đk": "được", "đượt": "được", "dduoc": "được",
    # bao nhiêu
    "bn": "bao nhiêu", "bnhiu": "bao nhiêu", "bnh": "bao nhiêu", "baonhieu": "bao nhiêu",
    "bao nhiu": "bao nhiêu", "nhiu": "nhiêu",
    # số điện thoại, inbox, admin, mọi người
    "sdt": "số điện thoại", "sđt": "số điện thoại", "đt": "điện thoại", "dt": "điện thoại",
    "ib": "inbox", "ibx": "inbox", "inb": "inbox", "ad": "admin", "mn": "mọi người",
    "mng": "mọi người", "mọi ng": "mọi người", "ng": "người", "ngta": "người ta",
    # insurance vocabulary
    "tn": "tự nguyện", "hgđ": "hộ gia đình", "hgd": "hộ gia đình", "bh": "bảo hiểm",
    "ytế": "y tế", "xh": "xã hội", "đky": "đăng ký", "dky": "đăng ký", "dki": "đăng ký",
    "đki": "đăng ký", "đăng kí": "đăng ký", "kí": "ký", "tgia": "tham gia", "tg": "tham gia",
    "lhuu": "lương hưu", "hưu trí": "lương hưu",
    # common chat shorthand
    "j": "gì", "ji": "gì", "gì": "gì", "z": "vậy", "v": "vậy", "zậy": "vậy", "dạy": "dạy",
    "vậy": "vậy", "zay": "vậy", "vay": "vậy", "r": "rồi", "rùi": "rồi", "ròi": "rồi",
    "lm": "làm", "ntn": "như thế nào", "sao": "sao", "s": "sao", "trc": "trước",
    "bít": "biết", "bik": "biết", "bjk": "biết", "bit": "biết", "wa": "quá", "qá": "quá",
    "thik": "thích", "iu": "yêu", "cj": "chị", "c": "chị", "a": "anh", "e": "em", "mk": "mình",
    "mik": "mình", "mjk": "mình", "m": "mình", "t": "tôi", "b": "bạn", "bạn": "bạn",
    "ns": "nói", "nc": "nói chuyện", "nhìu": "nhiều", "đg": "đang", "dg": "đang",
    "thoai": "thôi", "hum": "hôm", "hnay": "hôm nay", "hqua": "hôm qua", "ntn.": "như thế nào",
    "ak": "à", "ah": "à", "uh": "ừ", "ukm": "ừ", "ok": "ok", "oke": "ok", "okie": "ok",
    "cmt": "bình luận", "sl": "số lượng", "mún": "muốn", "mun": "muốn", "cũg": "cũng",
    "cx": "cũng", "cg": "cũng", "vs": "với", "ms": "mới", "mí": "mấy", "nữa": "nữa",
    "tr": "triệu", "củ": "triệu", "lun": "luôn", "luon": "luôn",
    "bme": "bố mẹ", "bm": "bố mẹ", "ba mẹ": "bố mẹ", "ko?": "không",
}

# Tokens whose meaning depends on the next token: "đk" before "không" means "được", otherwise it
# is usually "đăng ký" in this domain ("đk bhxh ở đâu").
_BEFORE_NEGATION = {"dk", "đk"}

# Multi-word forms collapsed to one canonical token for matching (folded, longest first).
_PHRASES: list[tuple[tuple[str, ...], str]] = sorted(
    [
        (("bao", "hiem", "xa", "hoi"), "bhxh"),
        (("bao", "hiem", "y", "te"), "bhyt"),
        (("bh", "xa", "hoi"), "bhxh"),
        (("bh", "y", "te"), "bhyt"),
        (("ho", "gia", "dinh"), "hgd"),
        (("tu", "nguyen"), "tunguyen"),
        (("so", "dien", "thoai"), "sdt"),
        (("dien", "thoai"), "sdt"),
        (("luong", "huu"), "luonghuu"),
        (("dang", "ky"), "dangky"),
        (("tham", "gia"), "thamgia"),
        (("bao", "nhieu"), "baonhieu"),
        (("nhu", "the", "nao"), "thenao"),
        (("the", "nao"), "thenao"),
        (("ra", "sao"), "thenao"),
        (("lam", "sao"), "thenao"),
        (("lam", "the", "nao"), "thenao"),
        (("o", "dau"), "odau"),
        (("cho", "nao"), "odau"),
        (("noi", "nao"), "odau"),
        (("khi", "nao"), "khinao"),
        (("bao", "gio"), "khinao"),
        (("luc", "nao"), "khinao"),
        (("tai", "sao"), "taisao"),
        (("vi", "sao"), "taisao"),
        (("mot", "thang"), "thang"),
        (("hang", "thang"), "thang"),
        (("moi", "thang"), "thang"),
        (("giay", "to"), "giayto"),
        (("ho", "so"), "hoso"),
        (("thu", "tuc"), "hoso"),
        (("can", "cuoc"), "cccd"),
        (("mot", "lan"), "motlan"),
        (("ngheo",), "ngheo"),
    ],
    key=lambda item: -len(item[0]),
)
_PHRASE_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _phrase in _PHRASES:
    _PHRASE_FIRST.setdefault(_phrase[0][0], []).append(_phrase)


def nfc_lower(text: str) -> str:
    return unicodedata.normalize("NFC", text).lower()


def fold(text: str) -> str:
    """Lower-case, NFC and diacritics removed (đ→d): 'Đóng BHXH' -> 'dong bhxh'."""
    return nfc_lower(text).translate(_FOLD_TABLE)


@lru_cache(maxsize=65536)
def fold_token(token: str) -> str:
    return token.translate(_FOLD_TABLE)


@lru_cache(maxsize=65536)
def _expand(token: str) -> tuple[str, ...]:
    mapped = TEENCODE.get(token)
    if mapped is None:
        plain = fold_token(token)
        if plain == token:  # typed without accents: try the folded table too
            mapped = _TEENCODE_FOLDED.get(plain)
    if mapped is None:
        return (token,)
    return tuple(mapped.split())


_TEENCODE_FOLDED = {fold_token(k): v for k, v in TEENCODE.items() if fold_token(k) == k}


@dataclass(frozen=True, slots=True)
class Words:
    """A comment as words: `raw` keeps accents (lower-case), `folded` has none; same length."""

    raw: tuple[str, ...]
    folded: tuple[str, ...]

    @property
    def folded_text(self) -> str:
        return " ".join(self.folded)


def words(text: str) -> Words:
    """Split a comment into words with teencode expanded ('ko dc' -> 'không được')."""
    tokens = _WORD.findall(nfc_lower(text))
    raw: list[str] = []
    n = len(tokens)
    for i, token in enumerate(tokens):
        if token in _BEFORE_NEGATION:
            nxt = tokens[i + 1] if i + 1 < n else ""
            if nxt and _expand(nxt) != ("không",):
                raw.extend(("đăng", "ký"))
                continue
        raw.extend(_expand(token))
    return Words(tuple(raw), tuple(fold_token(t) for t in raw))


def canonical_tokens(folded: tuple[str, ...]) -> list[str]:
    """Collapse known multi-word forms to one token each ('bao hiem xa hoi' -> 'bhxh')."""
    out: list[str] = []
    i, n = 0, len(folded)
    while i < n:
        token = folded[i]
        for phrase, replacement in _PHRASE_FIRST.get(token, ()):
            size = len(phrase)
            if tuple(folded[i : i + size]) == phrase:
                out.append(replacement)
                i += size
                break
        else:
            out.append(token)
            i += 1
    return out


def is_accented(token: str) -> bool:
    return fold_token(token) != token
