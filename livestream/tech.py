"""What a technical complaint is about, for the console's strip ("5 people: no sound"). Pure."""

from __future__ import annotations

from livestream.text import words

# Folded words (diacritics removed, teencode expanded) that point at each kind of problem.
_KINDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("sound", frozenset({"tieng", "am", "nghe", "loa", "mic", "micro", "volume", "sound", "audio", "re"})),
    ("picture", frozenset({"hinh", "anh", "mo", "nhoe", "den", "video", "camera", "cam", "net", "vo"})),
    ("lag", frozenset({"lag", "giat", "dung", "load", "cham", "delay", "tre", "buffer", "xoay"})),
    ("drop", frozenset({"mat", "rot", "out", "vang", "tat", "sap", "disconnect", "live", "song"})),
    # no cue word above: seeing, reading, spinning, getting thrown out or in, the host's voice
    ("picture", frozenset({"thay", "chu", "slide", "doc", "nhin"})),
    ("lag", frozenset({"khung", "giut", "lac", "lagg", "loading", "quay", "tai", "chap", "mang",
                       "wifi"})),
    ("drop", frozenset({"thoat", "vao", "vo", "xem", "ngat", "cat", "cut", "ket"})),
    ("sound", frozenset({"noi", "hu", "im"})),
)


def tech_kind(text: str) -> str:
    """'sound', 'picture', 'lag', 'drop' or 'other' for a comment already flagged as tech."""
    folded = set(words(text).folded)
    for kind, cues in _KINDS:
        if folded & cues:
            return kind
    return "other"
