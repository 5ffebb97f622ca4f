"""Vietnam's 34 provinces in force since 1 July 2025, and the 63 former names people still write.

Pure module (stdlib only). Resolution 202/2025/QH15 merged 52 former provinces into 23; eleven
kept their borders. Every alias is matched on folded words ('sai gon', 'tphcm', 'ba ria vung tau').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from livestream.text import fold

# New province -> the former provinces it was made of (itself included when the name was kept).
MERGERS: dict[str, tuple[str, ...]] = {
    "Hà Nội": ("Hà Nội",),
    "Huế": ("Thừa Thiên Huế",),
    "Lai Châu": ("Lai Châu",),
    "Điện Biên": ("Điện Biên",),
    "Sơn La": ("Sơn La",),
    "Lạng Sơn": ("Lạng Sơn",),
    "Quảng Ninh": ("Quảng Ninh",),
    "Thanh Hóa": ("Thanh Hóa",),
    "Nghệ An": ("Nghệ An",),
    "Hà Tĩnh": ("Hà Tĩnh",),
    "Cao Bằng": ("Cao Bằng",),
    "Tuyên Quang": ("Tuyên Quang", "Hà Giang"),
    "Lào Cai": ("Lào Cai", "Yên Bái"),
    "Thái Nguyên": ("Thái Nguyên", "Bắc Kạn"),
    "Phú Thọ": ("Phú Thọ", "Vĩnh Phúc", "Hòa Bình"),
    "Bắc Ninh": ("Bắc Ninh", "Bắc Giang"),
    "Hưng Yên": ("Hưng Yên", "Thái Bình"),
    "Hải Phòng": ("Hải Phòng", "Hải Dương"),
    "Ninh Bình": ("Ninh Bình", "Hà Nam", "Nam Định"),
    "Quảng Trị": ("Quảng Trị", "Quảng Bình"),
    "Đà Nẵng": ("Đà Nẵng", "Quảng Nam"),
    "Quảng Ngãi": ("Quảng Ngãi", "Kon Tum"),
    "Gia Lai": ("Gia Lai", "Bình Định"),
    "Khánh Hòa": ("Khánh Hòa", "Ninh Thuận"),
    "Lâm Đồng": ("Lâm Đồng", "Đắk Nông", "Bình Thuận"),
    "Đắk Lắk": ("Đắk Lắk", "Phú Yên"),
    "TP Hồ Chí Minh": ("TP Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"),
    "Đồng Nai": ("Đồng Nai", "Bình Phước"),
    "Tây Ninh": ("Tây Ninh", "Long An"),
    "Cần Thơ": ("Cần Thơ", "Sóc Trăng", "Hậu Giang"),
    "Vĩnh Long": ("Vĩnh Long", "Bến Tre", "Trà Vinh"),
    "Đồng Tháp": ("Đồng Tháp", "Tiền Giang"),
    "Cà Mau": ("Cà Mau", "Bạc Liêu"),
    "An Giang": ("An Giang", "Kiên Giang"),
}
PROVINCES: tuple[str, ...] = tuple(MERGERS)
FORMER_TO_NEW: dict[str, str] = {old: new for new, olds in MERGERS.items() for old in olds}

# Other ways people write a former province (folded); the former name's own folded form and its
# spelling variants (y/i, oa/òa, k/c) are added below.
_EXTRA: dict[str, tuple[str, ...]] = {
    "Hà Nội": ("hn", "hanoi", "tp ha noi", "thu do"),
    "TP Hồ Chí Minh": ("hcm", "tphcm", "tp hcm", "tp.hcm", "hồ chí minh", "ho chi minh", "sai gon", "saigon",
                       "sg", "tp ho chi minh", "thanh pho ho chi minh"),
    "Thừa Thiên Huế": ("hue", "thua thien hue", "tt hue", "tp hue"),
    "Đà Nẵng": ("dn", "danang"),
    "Bà Rịa - Vũng Tàu": ("ba ria vung tau", "brvt", "br vt", "vung tau", "ba ria"),
    "Hải Phòng": ("hp", "haiphong"),
    "Cần Thơ": ("ct", "cantho"),
    "Đắk Lắk": ("dak lak", "daklak", "dac lac", "dak lac"),
    "Đắk Nông": ("dak nong", "daknong", "dac nong"),
    "Kon Tum": ("kontum", "con tum"),
    "Bắc Kạn": ("bac can",),
    "Thanh Hóa": ("thanh hoa", "xu thanh"),
    "Nghệ An": ("xu nghe",),
    "Hòa Bình": ("hoa binh",),
    "Khánh Hòa": ("khanh hoa", "nha trang"),
    "Lâm Đồng": ("da lat",),
    "Quảng Ninh": ("ha long",),
}
# Aliases short or common enough to be something else ("hue" is also the name Huệ): they count
# only after a place word ("ở HN", "quê Huế", "tp ĐN").
_NEEDS_CUE = frozenset({"hn", "sg", "dn", "hp", "ct", "hue", "ba ria", "thu do", "nha trang", "da lat",
                        "ha long", "xu thanh", "xu nghe", "hcm"})
_CUE = re.compile(r"(?:^|\s)(?:o|tai|que|tp|thanh pho|tinh|song o|nha o|dang o|khu vuc|vung|ben|dia chi"
                  r"|dc|ngoai|trong)\s*$")


def _variants(folded: str) -> set[str]:
    out = {folded, folded.replace(" ", "")}
    out.add(re.sub(r"\by\b", "i", folded))
    return out


def _build_aliases() -> dict[str, tuple[str, str]]:
    """Folded alias -> (new province, former province)."""
    aliases: dict[str, tuple[str, str]] = {}
    for old, new in FORMER_TO_NEW.items():
        plain = fold(old).replace(" - ", " ").replace("-", " ")
        for variant in _variants(plain):
            aliases.setdefault(variant, (new, old))
    for old, extra in _EXTRA.items():
        new = FORMER_TO_NEW.get(old, old)
        for alias in extra:
            aliases.setdefault(fold(alias).replace(".", " ").strip(), (new, old))
    aliases["tp hcm"] = aliases["tphcm"]
    # Words that are also everyday Vietnamese on their own: a single-word alias never counts
    # unless listed above (kontum, saigon, ...).
    return aliases


ALIASES = _build_aliases()
_MAX_WORDS = max(len(a.split()) for a in ALIASES)
_FIRST_WORDS = frozenset(a.split()[0] for a in ALIASES)
_TOKEN = re.compile(r"[\w.]+")


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    province: str          # one of the 34 in force
    former: str            # the name as it was before July 2025 (equal to province if unchanged)
    start: int             # character span in the folded text
    end: int


def find_province(folded_text: str) -> PlaceMatch | None:
    """The first province named in already-folded text, mapped to the province in force."""
    text = folded_text.replace("tp.", "tp ").replace("-", " ")
    tokens = [(m.group().strip("."), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    tokens = [t for t in tokens if t[0]]
    for i in range(len(tokens)):
        if tokens[i][0] not in _FIRST_WORDS:
            continue
        for size in range(min(_MAX_WORDS, len(tokens) - i), 0, -1):
            phrase = " ".join(t[0] for t in tokens[i : i + size])
            hit = ALIASES.get(phrase)
            if hit is None:
                continue
            if phrase in _NEEDS_CUE and not _CUE.search(text[: tokens[i][1]]):
                continue
            return PlaceMatch(hit[0], hit[1], tokens[i][1], tokens[i + size - 1][2])
    return None


def normalise_province(name: str) -> str | None:
    """A province as typed in a form (new or former, any spelling) -> the province in force."""
    if not name or not name.strip():
        return None
    folded = fold(name).replace("-", " ").strip()
    hit = ALIASES.get(folded) or ALIASES.get(folded.replace(" ", ""))
    if hit is None:
        match = find_province("o " + folded)
        return match.province if match else None
    return hit[0]
