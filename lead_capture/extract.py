"""What a comment tells about the person behind it: name, place, interest, intent, segment hints.

Pure module (stdlib + livestream's text/phone helpers). Everything is matched on folded text
(no diacritics, lower case) so "ở Sài Gòn", "o sai gon" and "TPHCM" read the same; the original
text gives names their capitals back.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from lead_capture.provinces import find_province
from livestream.phones import extract_phones
from livestream.text import canonical_tokens, fold, words

CAPTURE_CONFIG = Path(__file__).with_name("capture.toml")


def load_products(path: Path = CAPTURE_CONFIG) -> dict[str, tuple[str, ...]]:
    """Product code -> folded key phrases, from the organisation's capture.toml."""
    with path.open("rb") as handle:
        config = tomllib.load(handle)
    return {code: tuple(fold(p) for p in spec["phrases"]) for code, spec in config["products"].items()}


DEFAULT_PRODUCTS = load_products()

# ---- names ------------------------------------------------------------------------------------
_SELF = r"(?:em|e|minh|mk|mik|toi|t|chau|con|tui|tao)"
_TITLE = r"(?:anh|a|chi|c|co|chu|bac|ong|ba|em|e|di|cau|thim|mo)"
_NAME_CUES = re.compile(
    rf"(?:\b{_SELF}\s+ten(?:\s+la\b)?|\bten\s+{_SELF}(?:\s+la\b)?|\b{_SELF}\s+la\s+(?={_TITLE}\s)"
    rf"|\b(?:ho\s+ten|ten)\s*[:\-]|\bminh\s+la\b|\btoi\s+la\b)\s*(?:{_TITLE}\s+)?\b",
)
# Words that end a name: the rest of the sentence ("em tên Lan ở Huế", "tên Hoa sđt 09…").
_NAME_STOP = frozenset(
    "o tai que sdt so dt dien zalo sinh tuoi nguoi muon can hoi xin nha a ạ nhe nha nhé voi va la "
    "dang lam can co khong k ko oi dky dang ky tham gia goi lien he cho minh em chi anh".split()
)
# The same words as written with their tones. A word with tones ends a name only in one of these
# spellings: "Đặng", "Tài", "Quế" and "Lâm" are names although they fold like "đang", "tại",
# "quê" and "làm".
_NAME_STOP_TONED = frozenset(
    "ở tại quê sđt số đt điện sinh tuổi người muốn cần hỏi nhà à ạ nhé với và là đang đăng làm có cô "
    "không ơi đký ký gọi liên hệ mình chị".split()
)
# Stop words that are also common name parts ("Lan Anh", "Nguyễn Văn Minh", "Kim Chi", "Nguyễn
# Gia Huy", "Bích Liên"): capitalised after the first name word they go on with the name.
_NAME_OR_STOP = frozenset("anh minh chi gia lien lam dang tai que".split())
_NAME_WORD = re.compile(r"[^\W\d_]+")


def _titled(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


def _ends_name(word: str, plain: str, named: bool) -> bool:
    """Whether `word` (`plain` folded) is the rest of the sentence rather than part of the name."""
    if plain not in _NAME_STOP or (named and word[0].isupper() and plain in _NAME_OR_STOP):
        return False
    lower = word.lower()
    # Written with its tones, only the stop word's own spelling ends the name.
    return lower in _NAME_STOP_TONED if lower != plain else True


def extract_name(text: str, folded: str) -> str | None:
    """'em tên Lan', 'mình là anh Tuấn', 'họ tên: Nguyễn Thị Hoa' -> the name, capitalised."""
    match = _NAME_CUES.search(folded)
    if match is None:
        return None
    cue = match.group().split()
    # "mình là giáo viên": without "tên" or a title, only a capitalised word is taken as a name.
    needs_capital = not any(c.startswith("ten") for c in cue) and not re.fullmatch(_TITLE, cue[-1])
    found = list(_NAME_WORD.finditer(text, match.end()))
    parts: list[str] = []
    end = match.end()
    for i, word in enumerate(found):
        if text[end : word.start()].strip():
            break  # punctuation or digits end the name
        plain = fold(word.group())
        after = fold(found[i + 1].group()) if i + 1 < len(found) else ""
        if _ends_name(word.group(), plain, bool(parts)) or len(parts) == 4 \
                or (plain == "nam" and after in ("nay", "sinh", "nao")):
            break
        if not parts and needs_capital and not word.group()[0].isupper():
            return None
        parts.append(_titled(word.group()))
        end = word.end()
    return " ".join(parts) or None


def clean_profile_name(name: str) -> str | None:
    """A platform display name usable as a person's name (no emoji, no shop names with digits)."""
    letters = "".join(ch if ch.isalpha() or ch == " " else " " for ch in name or "")
    letters = " ".join(letters.split())
    if len(letters) < 2 or any(ch.isdigit() for ch in name or ""):
        return None
    return " ".join(_titled(w) for w in letters.split()[:5])


# ---- districts (the two-tier reform keeps communes; people still write districts) ---------------
_DISTRICT = re.compile(
    r"\b(quan|q|huyen|h|thi xa|tx|phuong|p|xa)(?:\b|(?=\d))\s*\.?\s*(\d{1,2}\b|[^\W\d_]+(?:\s+[^\W\d_]+)?)"
)
_DISTRICT_KIND = {"quan": "Quận", "q": "Quận", "huyen": "Huyện", "h": "Huyện", "thi xa": "Thị xã",
                  "tx": "Thị xã", "phuong": "Phường", "p": "Phường", "xa": "Xã"}
_NOT_DISTRICT = frozenset("tam nao vay la co thi minh em toi nha hoi oi".split())


def extract_district(text: str, folded: str) -> str | None:
    for match in _DISTRICT.finditer(folded):
        kind, name = match.group(1), match.group(2)
        if kind in ("q", "p", "h") and not name.isdigit():
            continue  # "q" alone is too often something else; "q7", "p12" are fine
        if kind == "xa" and not re.search(r"(?:^|\s)(?:o|tai|thuoc|que)\s*$", folded[: match.start()]):
            continue  # "xã" is also "xã hội" (bhxh): only "ở xã …"
        first = name.split()[0]
        if first in _NOT_DISTRICT or first in ("hoi",):
            continue
        original = text[match.start(2) : match.end(2)]
        shown = original if name.isdigit() else " ".join(_titled(w) for w in original.split())
        return f"{_DISTRICT_KIND[kind]} {shown}"
    return None


# ---- interest and intent -----------------------------------------------------------------------
_MATCHERS: dict[int, tuple[Mapping, tuple[tuple[str, re.Pattern], ...]]] = {}


def _matchers(table: Mapping[str, tuple[str, ...]]) -> tuple[tuple[str, re.Pattern], ...]:
    """One regex per key of a phrase table (any of its phrases as whole words), built once."""
    cached = _MATCHERS.get(id(table))
    if cached is None or cached[0] is not table:
        compiled = tuple((key, re.compile(rf"(?<!\S)(?:{'|'.join(re.escape(p) for p in phrases)})(?!\S)"))
                         for key, phrases in table.items())
        cached = _MATCHERS[id(table)] = (table, compiled)
    return cached[1]


def _keys_in(text: str, table: Mapping[str, tuple[str, ...]]) -> list[str]:
    return [key for key, pattern in _matchers(table) if pattern.search(text)]


def extract_interests(canonical: str, products: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    return tuple(_keys_in(canonical, products))


_INTENTS: dict[str, tuple[str, ...]] = {
    "call_me": ("goi cho", "goi lai", "goi em", "goi minh", "goi toi", "goi chau", "goi dien", "call",
                "alo cho", "lien he cho", "lien he lai", "lien lac", "cho xin cuoc goi", "goi tu van"),
    "join": ("dangky", "muon thamgia", "se thamgia", "cho em thamgia", "cho minh thamgia", "thamgia luon",
             "muon mua", "mua bhyt", "lam the",
             "muon dong", "dong cho", "chot", "lam ho so", "muon lam"),
    "advice": ("tu van", "tuvan", "giai dap", "huong dan", "hoi ve", "muon hoi", "cho hoi", "xin thong tin",
               "inbox", "ib", "nhan tin"),
}


def extract_intents(canonical: str) -> tuple[str, ...]:
    return tuple(_keys_in(canonical, _INTENTS))


# ---- segment hints -----------------------------------------------------------------------------
_AGE = re.compile(r"(?<![\d.,])(\d{2})\s*(?:tuoi|t)\b")
_BIRTH = re.compile(r"\b(?:sinh nam|sinh|sn|nam sinh|ns|doi|tuoi)\s*(?:nam\s*)?((?:19|20)\d{2})\b")
_AGE_GROUPS = ((30, "under_30"), (45, "30_44"), (55, "45_54"), (60, "55_59"), (200, "60_plus"))
# Things counted in years that are not someone's age ("đóng 20 năm", "hưu 15 năm").
_YEARS_NOT_AGE = re.compile(r"(?:dong|tham gia|thamgia|huu|du|con|them|duoc)\s*$")

_OCCUPATIONS: dict[str, tuple[str, ...]] = {
    "farmer": ("nong dan", "lam ruong", "lam nong", "trong lua", "lam vuon", "lam ray", "chan nuoi"),
    "trader": ("buon ban", "ban hang", "tieu thuong", "kinh doanh", "ban tap hoa", "ban online",
               "ho kinh doanh"),
    "worker": ("cong nhan", "lam cong ty", "lam xuong", "tho may", "tho xay", "phu ho"),
    "driver": ("tai xe", "lai xe", "chay grab", "xe om", "shipper", "giao hang"),
    "homemaker": ("noi tro", "o nha", "lam noi tro"),
    "freelance": ("lao dong tu do", "lam tu do", "lam thue", "lam tu"),
    "retired": ("nghi huu", "da nghi huu", "huu tri"),
    "student": ("hoc sinh", "sinh vien"),
}
_INCOME = re.compile(
    r"\b(?:thu nhap|luong|kiem|kiem duoc|thu|luong thang)\s*(?:khoang|tam|co|duoc|moi thang|thang)?\s*"
    r"(\d+(?:[.,]\d+)?)\s*(trieu|tr|cu|m)\b"
)
_INCOME_BANDS = ((5, "under_5m"), (10, "5_10m"), (20, "10_20m"), (1e9, "20m_plus"))
_HOUSEHOLD = re.compile(
    r"\b(?:nha|gia dinh|ho|nha em|nha minh|nha toi|ho gia dinh|hgd|ca nha)\s*(?:em|minh|toi|chi|anh)?\s*"
    r"(?:co|gom|duoc)?\s*(\d{1,2})\s*(?:nguoi|khau|thanh vien|nhan khau|ng)\b"
)
_EMPLOYER = re.compile(
    r"\b(?:cong ty|cty|doanh nghiep|dn|xuong|co so)\s*(?:em|minh|toi|chi|anh)?\s*"
    r"(?:co|gom|hon|khoang|tam)?\s*"
    r"(\d{1,5})\s*(?:nguoi|lao dong|ld|nhan vien|nv|cong nhan)\b"
)
_EMPLOYER_BANDS = ((10, "micro"), (50, "small"), (250, "medium"), (10**9, "large"))
_INDUSTRIES: dict[str, tuple[str, ...]] = {
    "garment": ("may mac", "det may", "xuong may", "cong ty may"),
    "construction": ("xay dung",),
    "food_service": ("nha hang", "quan an", "an uong", "cafe"),
    "manufacturing": ("co khi", "san xuat", "che bien"),
    "retail": ("sieu thi", "cua hang", "ban le"),
    "agriculture": ("nong nghiep", "thuy san", "trang trai"),
    "transport": ("van tai", "logistics", "kho van"),
}
_COMPLIANCE: dict[str, tuple[str, ...]] = {
    "late": ("no bhxh", "no bao hiem", "cham dong", "no dong", "chua dong bhxh cho", "truy thu",
             "no tien bhxh"),
    "compliant": ("dong day du", "dong du cho", "dong dung han"),
}


_PLAIN_WORD = re.compile(r"[^\W_]+")


def _band(value: float, bands) -> str:
    return next(label for limit, label in bands if value < limit)


def _first_key(padded: str, table: Mapping[str, tuple[str, ...]]) -> str | None:
    found = _keys_in(padded, table)
    return found[0] if found else None


# "mẹ em 57 tuổi", "chồng mình sinh năm 1980": the age of the person they ask for, not their own.
_RELATIONS = {"ong ngoai": "grandparent", "ba ngoai": "grandparent", "ong noi": "grandparent",
              "ba noi": "grandparent", "bo me": "parent", "ba me": "parent", "anh trai": "sibling",
              "chi gai": "sibling", "em trai": "sibling", "em gai": "sibling", "bo": "parent", "me": "parent",
              "ba": "parent", "ong": "grandparent", "con": "child", "chong": "spouse", "vo": "spouse"}
_RELATIVE = re.compile(
    r"\b(" + "|".join(sorted(_RELATIONS, key=len, reverse=True)) + r")\s+(cua\s+)?(em|minh|toi|tui|chau|con)?"
    r"\s*(?:nam nay|nay|da|duoc|gan|hon|ngoai|sinh nam|sinh|sn|nam sinh|ns)?\s*(?:nam\s*)?$"
)


def _whose(before: str) -> str | None:
    """The relative an age is about ('me em ' -> 'parent'), or None for the commenter."""
    match = _RELATIVE.search(before[-30:])
    if match is None or (match.group(1) == "con" and not match.group(3)):
        return None  # "con năm nay 30 tuổi": "con" is how the commenter calls themself
    return _RELATIONS[match.group(1)]


def _age(folded: str, year: int) -> tuple[int | None, str | None]:
    """(age, relative) said in the comment; relative None when it is the commenter's own."""
    birth = _BIRTH.search(folded)
    if birth:
        born = int(birth.group(1))
        if 1920 <= born <= year - 10:
            return year - born, _whose(folded[: birth.start()])
    for match in _AGE.finditer(folded):
        if _YEARS_NOT_AGE.search(folded[: match.start(1)]):
            continue
        age = int(match.group(1))
        if 15 <= age <= 99:
            return age, _whose(folded[: match.start(1)])
    return None, None


# A minigame answer: "đáp án B", "chọn C", or a lone letter / number answer.
_MINIGAME = re.compile(
    r"\b(?:dap an|minigame|mini game|chon dap an|chon)\s*[:\-]?\s*[abcd1-4]\b|^\s*[abcd]\s*$"
)


@dataclass(frozen=True)
class LeadFacts:
    """What one comment says about its author; empty fields mean 'not said'."""

    phones: tuple[str, ...] = ()
    name: str | None = None
    name_from_profile: bool = False
    province: str | None = None
    former_province: str | None = None
    district: str | None = None
    interests: tuple[str, ...] = ()
    intents: tuple[str, ...] = ()
    age: int | None = None
    age_group: str | None = None
    occupation: str | None = None
    income_band: str | None = None
    household_size: int | None = None
    employer_size: str | None = None
    industry: str | None = None
    compliance: str | None = None
    minigame: bool = False
    segment: dict = field(default_factory=dict)

    @property
    def says_something(self) -> bool:
        """Anything beyond a profile name: worth a lead record."""
        return bool(self.phones or (self.name and not self.name_from_profile) or self.province
                    or self.interests or self.intents or self.segment)


def extract_lead(
    text: str,
    profile_name: str = "",
    *,
    phones: list[str] | None = None,
    products: Mapping[str, tuple[str, ...]] = DEFAULT_PRODUCTS,
    year: int | None = None,
) -> LeadFacts:
    """Read one comment for lead facts; `phones` may be passed when already found by ingest."""
    text = unicodedata.normalize("NFC", text or "")
    folded = fold(text)
    canonical = " ".join(canonical_tokens(words(text).folded))
    # Digits are masked out of place/name matching once phones are known: "0905…" is no district.
    name = extract_name(text, folded)
    from_profile = False
    if name is None:
        name = clean_profile_name(profile_name)
        from_profile = name is not None
    place = find_province(folded)
    age, relative = _age(folded, year or datetime.now(UTC).year)
    padded = " " + " ".join(_PLAIN_WORD.findall(folded)) + " "
    income = _INCOME.search(folded)
    household = _HOUSEHOLD.search(folded)
    employer = _EMPLOYER.search(folded)
    segment = {
        "age_group": _band(age, _AGE_GROUPS) if age and not relative else None,
        "relative": relative if age else None,
        "relative_age_group": _band(age, _AGE_GROUPS) if age and relative else None,
        "occupation": _first_key(padded, _OCCUPATIONS),
        "income_band": _band(float(income.group(1).replace(",", ".")), _INCOME_BANDS) if income else None,
        "household_size": (int(household.group(1))
                           if household and 1 <= int(household.group(1)) <= 30 else None),
        "employer_size": _band(int(employer.group(1)), _EMPLOYER_BANDS) if employer else None,
        "industry": _first_key(padded, _INDUSTRIES),
        "compliance": _first_key(padded, _COMPLIANCE),
    }
    segment = {k: v for k, v in segment.items() if v is not None}
    return LeadFacts(
        phones=tuple(phones if phones is not None else extract_phones(text)),
        name=name, name_from_profile=from_profile,
        province=place.province if place else None,
        former_province=place.former if place else None,
        district=extract_district(text, folded),
        interests=extract_interests(canonical, products),
        intents=extract_intents(canonical),
        age=None if relative else age,
        minigame=bool(_MINIGAME.search(folded)),
        segment=segment,
        **{k: segment.get(k) for k in ("age_group", "occupation", "income_band", "household_size",
                                       "employer_size", "industry", "compliance")},
    )
