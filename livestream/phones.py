"""Vietnamese mobile numbers in free text: found, validated with `phonenumbers`, masked.

Pure module. A number counts only if it is a valid VN *mobile* number; citizen IDs (12 digits),
social-insurance codes, amounts, years, landlines and 1900/1800 hotlines are never phones.
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers
from phonenumbers import PhoneNumberType

from livestream.text import fold

_DIGITS = re.compile(r"\+?\d+")
_DIGIT = re.compile(r"\d")  # no such digit, no candidate: the quick way out for most comments
# What may stand between two digit groups of one written number: "0905 123 456", "0905.123.456",
# "0905-123-456", "(+84) 905 ...".
_JOINER = re.compile(r"[ .\-()]{1,2}")
# Words that say the digits after them are an identifier, not a phone (folded, lower-case).
_ID_CONTEXT = re.compile(
    r"(ma\s*(so)?\s*(bhxh|bhyt|bao hiem|so)?|msbhxh|ma the|so so|so the|cccd|cmnd|cmt|can cuoc"
    r"|dinh danh|stk|so tai khoan|tai khoan|mst|ma so thue|ma ho|ma hs|ho so)\W{0,3}$"
)
_PHONE_CONTEXT = re.compile(r"(sdt|sđt|so dien thoai|dien thoai|dt|zalo|lien he|goi)\W{0,3}$")
_MOBILE_TYPES = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}


@lru_cache(maxsize=4096)  # viewers repeat their number; parsing one is the slow part
def _as_mobile(digits: str) -> str | None:
    """E.164 for a complete written mobile number ('0905123456', '84905…', '+84905…'), else None."""
    if digits.startswith("+84"):
        national = digits[3:]
    elif digits.startswith("84") and len(digits) == 11:
        national = digits[2:]
    elif digits.startswith("0") and len(digits) == 10:
        national = digits[1:]
    else:
        return None
    if len(national) != 9 or national[0] not in "35789":
        return None
    try:
        number = phonenumbers.parse("+84" + national)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    if phonenumbers.number_type(number) not in _MOBILE_TYPES:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _candidates(text: str) -> list[tuple[int, int, str]]:
    """Runs of digit groups that could be one written number: (start, end, digits)."""
    groups = [(m.start(), m.end(), m.group()) for m in _DIGITS.finditer(text)]
    found: list[tuple[int, int, str]] = []
    i, n = 0, len(groups)
    while i < n:
        start, end, digits = groups[i]
        if len(digits.lstrip("+")) > 11:  # one unbroken run longer than a phone: an ID
            i += 1
            continue
        if not (digits.startswith(("0", "+84", "84", "+"))):
            i += 1
            continue
        accepted = None
        j, joined, last_end = i, digits, end
        while True:
            mobile = _as_mobile(joined)
            if mobile:
                accepted = (start, last_end, mobile, j)
                break
            if len(joined.lstrip("+")) >= 11 or j + 1 >= n:
                break
            nxt_start, nxt_end, nxt_digits = groups[j + 1]
            if nxt_digits.startswith("+") or not _JOINER.fullmatch(text[last_end:nxt_start]):
                break
            j, joined, last_end = j + 1, joined + nxt_digits, nxt_end
        if accepted is None:
            i += 1
            continue
        a_start, a_end, mobile, j = accepted
        # Digits running straight on after the number make it part of something longer.
        tail = groups[j + 1] if j + 1 < n else None
        if tail and tail[0] == a_end:
            i = j + 1
            continue
        found.append((a_start, a_end, mobile))
        i = j + 1
    return found


def extract_phones(text: str) -> list[str]:
    """Every Vietnamese mobile number in the text as E.164, in order, without repeats."""
    if not text or not _DIGIT.search(text):
        return []
    phones: list[str] = []
    for start, _end, mobile in _candidates(text):
        before = fold(text[max(0, start - 24) : start])
        if _ID_CONTEXT.search(before) and not _PHONE_CONTEXT.search(before):
            continue
        if mobile not in phones:
            phones.append(mobile)
    return phones


_BARE_NATIONAL = re.compile(r"\s*([35789]\d{8})(?:\.0)?\s*")


def phones_in_cell(cell: str) -> list[str]:
    """Mobile numbers in one cell of a list of numbers (a spreadsheet column). Besides what
    `extract_phones` finds, a cell holding nine digits and nothing else is a number whose leading
    0 the spreadsheet dropped (a phone column typed as numbers shows 0905123456 as 905123456)."""
    found = extract_phones(cell)
    if not found and (bare := _BARE_NATIONAL.fullmatch(cell)):
        mobile = _as_mobile("0" + bare.group(1))
        found = [mobile] if mobile else []
    return found


def mask_phones(text: str) -> str:
    """The text with every mobile number masked as 0905•••456 (for hosts and public views)."""
    if not text or not _DIGIT.search(text):
        return text
    pieces: list[str] = []
    cursor = 0
    for start, end, mobile in _candidates(text):
        pieces.append(text[cursor:start])
        pieces.append(mask_e164(mobile))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def mask_e164(e164: str) -> str:
    """'+84905123456' -> '0905•••456'."""
    national = "0" + e164[3:] if e164.startswith("+84") else e164
    return national[:4] + "•••" + national[-3:]
