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
_WORD = re.compile(r"\w+|%")  # "%" is a word: "giảm mấy %", "hỗ trợ bn %"

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
    "lm": "làm", "ntn": "như thế nào", "tnao": "thế nào", "sao": "sao", "s": "sao", "trc": "trước",
    "bít": "biết", "bik": "biết", "bjk": "biết", "bit": "biết", "wa": "quá", "qá": "quá",
    "thik": "thích", "iu": "yêu", "cj": "chị", "c": "chị", "a": "anh", "e": "em", "mk": "mình",
    "mik": "mình", "mjk": "mình", "m": "mình", "t": "tôi", "b": "bạn", "bạn": "bạn",
    "ns": "nói", "nc": "nói chuyện", "nhìu": "nhiều", "đg": "đang", "dg": "đang",
    "hnay": "hôm nay", "hqua": "hôm qua", "ntn.": "như thế nào",
    "ak": "à", "ah": "à", "uh": "ừ", "ukm": "ừ", "ok": "ok", "oke": "ok", "okie": "ok",
    "cmt": "bình luận", "sl": "số lượng", "mún": "muốn", "mun": "muốn", "cũg": "cũng",
    "cx": "cũng", "cg": "cũng", "vs": "với", "ms": "mới", "mí": "mấy", "nữa": "nữa",
    "tr": "triệu", "củ": "triệu", "lun": "luôn", "luon": "luôn",
    "bme": "bố mẹ", "bm": "bố mẹ", "ba mẹ": "bố mẹ", "ko?": "không",
    # more spellings of không, chưa, biết, cũng, vậy, gì, sao, nhé, nhỉ, rồi, thôi, ơi
    "khom": "không", "khun": "không", "khưm": "không", "hơm": "không", "hôk": "không",
    "hog": "không", "khôk": "không", "đko": "đúng không", "dko": "đúng không", "chx": "chưa",
    "bíc": "biết", "bic": "biết", "bík": "biết", "biếc": "biết", "kbt": "không biết",
    "kbiet": "không biết", "kbik": "không biết", "kbit": "không biết", "kbic": "không biết",
    "kbít": "không biết", "kbík": "không biết", "kbíc": "không biết", "kbjk": "không biết",
    "cũm": "cũng", "cug": "cũng", "cũn": "cũng", "nhoé": "nhé", "nhóe": "nhé", "nhá": "nhé",
    "dẫy": "vậy", "zẫy": "vậy", "dzẫy": "vậy", "dzậy": "vậy", "dzị": "vậy", "zì": "gì",
    "shao": "sao", "seo": "sao", "soa": "sao",
    # people addressed, as typed in chat: "iem", "cị", "cưn", "ck" (chồng), "vk" (vợ), "boà"
    "iem": "em", "cị": "chị", "cưn": "cưng", "ck": "chồng", "vk": "vợ", "boà": "bà", "pạn": "bạn",
    "zạ": "vậy", "za": "vậy", "hỉu": "hiểu", "coá": "có", "dkhong": "được không",
    "honk": "không", "đou": "đâu", "dồi": "rồi", "dồii": "rồi", "kao": "tao", "mài": "mày",
    "cúi": "cuối", "cùm": "cùng", "nỏ": "không", "chổ": "chỗ", "pà": "bà",
    "nhể": "nhỉ", "nhề": "nhỉ", "nhĩ": "nhỉ", "nhở": "nhỉ", "hã": "hả", "chời": "trời", "trùi": "trời",
    "gòi": "rồi", "gồi": "rồi", "thui": "thôi", "thoy": "thôi", "hoy": "thôi", "ưi": "ơi",
}

# Tokens whose meaning depends on their neighbours; each rule gets (previous, next) token as
# typed ("" at either end of the text) and returns the expansion.
_UNITS = frozenset(
    "tiền tien năm nam tháng thang tuổi tuoi ngày ngay lần lan phần phan k đ d tr triệu trieu củ "
    "nghìn nghin ngàn ngan trăm tram người nguoi ng cái cai con hộp hop cách cach tiếng tieng "
    "giờ gio %".split()
)
# "bn" is "bạn" after these ("đi bn", "của bn", "các bn") and before these ("bn ơi", "bn thân").
_BN_FRIEND_BEFORE = frozenset("đi di nhé nhe nha ơi oi của cua với voi vs cho các cac mấy may "
                              "những nhung tag như nhu bên ben còn con ngờ ngo ny".split())
_BN_FRIEND_AFTER = frozenset("ơi oi ưi êi ei iu yêu yeu thân than tui nào nao ấy ay kia nghĩ nghi "
                             "giận gian chắc chac đã da có co thấy thay muốn muon phải phai "
                             "nói noi".split())
# ... and "bao nhiêu" after these even at the end: "giá bn", "là bn", "lãnh được bn".
_BN_AMOUNT_BEFORE = frozenset(
    "là la được đc dc duoc giá gia hết het mất mat tốn ton trả tra đóng dong lãnh lanh nhận nhan "
    "khoảng tầm cỡ lương luong phí phi tiền tien hưởng huong có co cần can "
    # what a price question ends on here: "bhyt hgđ bn", "1 tháng bn"
    "bhyt bhxh tn hgd hgđ thẻ the tháng thang năm nam mức muc "
    # what is reduced or subsidised: "hộ nghèo được hỗ trợ bn", "người thứ 3 giảm bn"
    "giảm giam trợ tro thêm them".split()
)


def _bn(prev: str, nxt: str) -> str:
    if nxt in _UNITS or nxt[:1].isdigit():
        return "bao nhiêu"  # "bn tiền", "bn năm", "bn 1 tháng"
    if prev in _BN_FRIEND_BEFORE or nxt in _BN_FRIEND_AFTER:
        return "bạn"
    if not nxt and prev and prev not in _BN_AMOUNT_BEFORE:
        return "bạn"  # at the end: "đi tù cho đỡ cực bn"
    return "bao nhiêu"


def _dk(prev: str, nxt: str) -> str:
    # "đk" before "không" means "được", otherwise it is usually "đăng ký" in this domain.
    return "được" if not nxt or _expand(nxt) == ("không",) else "đăng ký"


_TR_AMOUNT_BEFORE = frozenset("n mấy may vài vai chục chuc trăm tram hơn hon khoảng tầm cỡ "
                              "lương luong được đc dc".split())


def _tr(prev: str, nxt: str) -> str:
    # "tr" is "triệu" after a number ("5 tr", "mấy tr") or alone, otherwise "trời" ("tr ơi",
    # "đẹp quá tr").
    if (not prev and not nxt) or prev[-1:].isdigit() or prev in _TR_AMOUNT_BEFORE:
        return "triệu"
    return "trời"


_HOM_NEXT = frozenset("qua wa nay nào nao trước trc bữa bua sau kia đó do nọ no".split())


def _hum(prev: str, nxt: str) -> str:
    return "hôm" if nxt in _HOM_NEXT else "không"  # "hum qua" / "có viết lách hum"


_DI_WORD_NEXT = frozenset("ứng hợm nghị giáo biệt dạng nhân tật bản vật đoan hình thường".split())
_DI_WORD_BEFORE = frozenset("kinh ly quái kỳ kì ki".split())


def _di(prev: str, nxt: str) -> str:
    # "dị" is the word itself in "dị ứng", "kinh dị"; "vị" in "thú dị"; otherwise "vậy".
    if nxt in _DI_WORD_NEXT or prev in _DI_WORD_BEFORE:
        return "dị"
    return "vị" if prev in ("thú", "thu") else "vậy"


_VI_BEFORE = frozenset("thú thu gia hương huong khẩu khau mùi mui hậu hau đơn don địa dia quý "
                       "quy".split())


def _zi(prev: str, nxt: str) -> str:
    return "vị" if prev in _VI_BEFORE else "vậy"  # "thú zị", "gia zị" / "sao zị"


_KET_BAN_NEXT = frozenset("zalo fb face facebook ig insta instagram với voi vs nha nhé nhe đi di".split())


def _kb(prev: str, nxt: str) -> str:
    return "kết bạn" if nxt in _KET_BAN_NEXT else "không biết"  # "kb zalo" / "t kb sao"


def _nhieu(prev: str, nxt: str) -> str:
    # "bao nhiu", "đóng nhiu", "giá nhiu" ask an amount; "nói nhiu", "có nhiu" are "nhiều".
    return "nhiêu" if prev == "bao" or prev in _NHIEU_AMOUNT_BEFORE else "nhiều"


_NHIEU_AMOUNT_BEFORE = _BN_AMOUNT_BEFORE - {"có", "co", "cần", "can"}
_NHIEU_PRICE_BEFORE = frozenset("hết het là la giá gia đóng dong".split())
_NHIEU_ASKED_AFTER = frozenset("z v vay vậy zay zậy dạ da ạ a ad admin chị chi c anh em e mn mng "
                               "ha hả".split())


def _ntn(prev: str, nxt: str) -> str:
    # "cũng ntn", "mới được ntn" say "như thế này"; "làm ntn", "đăng ký ntn" ask "như thế nào".
    return "như thế này" if prev in _NTN_THIS_BEFORE else "như thế nào"


_NTN_THIS_BEFORE = frozenset("cũng cung cx cg cũm mới moi được đc dc".split())


def _cung(prev: str, nxt: str) -> str:
    return "củng" if nxt == "cố" else "cũng"  # "củng cố" / "em củng thích"


# "bt" is "biết" after a negation or before "chưa/rồi/gì" ("k bt", "bt chưa"), "bình thường"
# after "rất/vẫn/chuyện/là" ("chuyện bt", "vẫn sống bt"); other uses are left as typed.
_BT_KNOW_BEFORE = frozenset("k ko kh khg hk không khong chưa chx chua đâu dau ai mới moi đéo deo "
                            "đ éo eo dell del chả cha chẳng chang sẽ se cần can hãy cũng cung "
                            "cx cg chỉ chi".split())
_BT_KNOW_AFTER = frozenset("chưa chua rồi roi r gì j gi làm lam nói noi iu yêu yeu đâu dau trước "
                           "trc".split())
_BT_NORMAL_BEFORE = frozenset("rất rat vẫn van chuyện chuyen là la sống song khoẻ khỏe khoe "
                              "người nguoi khá kha hơi hoi như nhu".split())


def _bt(prev: str, nxt: str) -> str:
    if prev in _BT_KNOW_BEFORE or nxt in _BT_KNOW_AFTER:
        return "biết"
    return "bình thường" if prev in _BT_NORMAL_BEFORE else "bt"


# "ha" before someone addressed is the question particle "hả" ("mua hết hả chị"); elsewhere a
# filler ("vui ha").
_HA_ASKED = frozenset("chị chi c anh a em e ad admin mn mng bà ba ông ong cô co chú chu bạn ban "
                      "b".split())


def _ha(prev: str, nxt: str) -> str:
    return "hả" if nxt in _HA_ASKED else "ha"


def _a_particle(prev: str, nxt: str) -> str:
    # "phải mua đủ 6 người à chị": after words, before someone addressed, "à" asks as "hả"
    # does; opening a comment it is an interjection ("à chị ơi cho em hỏi").
    return "hả" if prev and nxt in _HA_ASKED else "à"


# Question particles as typed: a lone "m" closing the comment after one is the person asked
# ("có nên cãi khum m", "bán cháo hả m"), elsewhere it is "mình" ("m cũng thế").
_M_ASKED_AFTER = frozenset(
    "không ko k khong hông hong hok hk khum hem kg kh chưa chua hả hở hử ư sao gì j đâu nào nao "
    "z v vậy zậy dị zị chứ nhỉ".split())


def _m(prev: str, nxt: str) -> str:
    return "mày" if not nxt and prev in _M_ASKED_AFTER else "mình"


def _nhieu_plain(prev: str, nxt: str) -> str:
    # Typed plain, "nhieu" after an amount verb and before a question tail asks an amount:
    # "bhyt 1 năm hết nhieu z chị", "nhà nước hỗ trợ nhieu ad" ("cảm ơn nhieu" is "nhiều").
    if prev in _NHIEU_AMOUNT_BEFORE and (
        not nxt or nxt in _NHIEU_ASKED_AFTER or nxt[:1].isdigit()
        or (nxt in ("tien", "tiền") and prev in _NHIEU_PRICE_BEFORE)
    ):
        return "nhiêu"
    return "nhieu"  # as typed: "bao nhieu" still reads as "bao nhiêu"


def _thoai(prev: str, nxt: str) -> str:
    return "thoại" if prev in ("dien", "điện") else "thôi"  # "dien thoai" is a phone


def _g(prev: str, nxt: str) -> str:
    return "giờ" if prev == "bao" else "g"  # "bao g" is "bao giờ"


_CONTEXTUAL = {
    "bn": _bn, "dk": _dk, "đk": _dk, "tr": _tr, "hum": _hum, "dị": _di, "zị": _zi, "kb": _kb,
    "củng": _cung, "bt": _bt, "nhiu": _nhieu, "ntn": _ntn, "ha": _ha, "g": _g, "à": _a_particle,
    "nhieu": _nhieu_plain, "thoai": _thoai, "m": _m,
}

# Letters stretched for emphasis ("khumm", "điiiii", "quáaaa", "biếcccc"): vowels and m, n, g, h
# anywhere, any letter at the end of a word ("cccd" is left alone).
_STRETCH = re.compile(
    r"([aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵmngh])\1{2,}"
    r"|([^\W\d_])\2{2,}$"
)
_DOUBLED_END = frozenset("aiymngh")  # not "u": "huu", "luu", "buu" are "hưu", "lưu", "bưu"
_U_HORN = frozenset("ưừứửữự")


@lru_cache(maxsize=65536)
def _unstretch(token: str) -> str:
    if len(token) < 3 or len(set(token)) == 1:
        return token
    token = _STRETCH.sub(lambda m: m.group(1) or m.group(2), token)
    while (
        len(token) > 2
        and token[-1] in _DOUBLED_END
        and fold_token(token[-2]) == token[-1]
        and token[-2] not in _U_HORN  # "hưu", "cứu" are words, "quáa" is stretched
    ):
        token = token[:-1]
    return token

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
    """A comment as words: `raw` keeps accents (lower-case), `folded` has none; same length.
    `line` is `raw` joined by single spaces, with one before and after (for phrase patterns).
    """

    raw: tuple[str, ...]
    folded: tuple[str, ...]
    line: str

    @property
    def folded_text(self) -> str:
        return " ".join(self.folded)


@lru_cache(maxsize=65536)
def _reading(token: str) -> tuple[str, tuple[str, ...] | None, tuple[str, ...]]:
    """A token as typed: unstretched, its words with teencode expanded (None when they depend
    on the neighbouring tokens) and those words folded."""
    token = _unstretch(token)
    if token in _CONTEXTUAL:
        return token, None, ()
    expanded = _expand(token)
    return token, expanded, tuple(fold_token(t) for t in expanded)


def words(text: str) -> Words:
    """Split a comment into words with teencode expanded ('ko dc' -> 'không được')."""
    readings = [_reading(t) for t in _WORD.findall(nfc_lower(text))]
    raw: list[str] = []
    folded: list[str] = []
    last = len(readings) - 1
    for i, (token, expanded, plain) in enumerate(readings):
        if expanded is None:
            prev = readings[i - 1][0] if i else ""
            nxt = readings[i + 1][0] if i < last else ""
            expanded = tuple(_CONTEXTUAL[token](prev, nxt).split())
            plain = tuple(fold_token(t) for t in expanded)
        raw += expanded
        folded += plain
    return Words(tuple(raw), tuple(folded), f" {' '.join(raw)} ")


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
