"""Words in a comment that are someone else's: quotes, and a line given to a speaker. Pure module."""

from __future__ import annotations

import re

from livestream.phrases import WordSet
from livestream.text import words

# Quoted words are someone else's: "đừng bao giờ hỏi bạn gái “em có giận không?”".
_QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”')
_WORD = re.compile(r"\w")


def _unquoted(text: str) -> str:
    """The text without quoted spans, unless the quote is all there is."""
    told = _QUOTED.sub(" ", text)
    return told if _WORD.search(told) else text


# A line given to a speaker ("Mẹ said: m có dọn phòng không", "bác bảo vệ: mày làm gì ở
# đây?") is someone else's, not a question to the readers; "chị ơi: ...", "cho em hỏi: ...",
# "câu hỏi là: ..." ask ...
_SPEAKER = re.compile(r"^\W*(\w+(?:[ \t]+\w+){0,3})[ \t]*:(?:[ \t]+(?=\w)|(?=\w{3}))(?!\d)")
_SPEAKER_ASKS = WordSet("hỏi", "ơi", "ới", "ạ", "admin", "shop", "người", "là", "xin", "ad",
                        strict=True)


# ... when the line speaks as in a dialogue ("tao", "mày", "m"); "BHYT hộ gia đình: đóng bao
# nhiêu?" is a topic and its question.
_DIALOGUE = re.compile(r"\b(?:tao|tau|mày|mầy|m|t|mi)\b", re.IGNORECASE)


def _speaker_line(text: str) -> bool:
    found = _SPEAKER.match(text)
    return (
        found is not None
        and _DIALOGUE.search(text, found.end()) is not None
        and _SPEAKER_ASKS.isdisjoint(words(found.group(1)).raw)
    )
