import pytest

from livestream.phrases import PhraseTable, WordSet
from livestream.text import words

_ASKS = PhraseTable("bao nhiêu", "mấy tuổi", "không biết", "biết", "ở đâu")


@pytest.mark.parametrize(
    "comment",
    ["đóng bao nhiêu ạ", "dong bao nhieu a", "DONG BAO NHIEU", "bố em mấy tuổi thì được", "o dau vay"],
)
def test_phrase_matches_with_or_without_accents(comment):
    assert _ASKS.found(words(comment))


@pytest.mark.parametrize(
    "comment",
    [
        "máy tuổi rồi",  # typed with other accents: "máy" is not "mấy"
        "bao nhiều",
        "baonhieuu tien",  # not a whole word
        "ở nhà đâu có",  # the words are there, not next to each other
    ],
)
def test_phrase_does_not_match_other_words(comment):
    assert not _ASKS.found(words(comment))


def test_every_start_of_overlapping_phrases_is_found_once():
    w = words("em không biết đóng ở đâu")
    assert _ASKS.positions(w) == [1, 2, 4]
    assert sorted((" ".join(p.raw), i) for p, i in _ASKS.matches(w)) == [
        ("biết", 2), ("không biết", 1), ("ở đâu", 4)
    ]
    assert [" ".join(p.raw) for p in _ASKS.at(w, 1)] == ["không biết"]
    assert _ASKS.at(w, 0) == [] and _ASKS.at(w, 99) == []


def test_table_without_one_phrase():
    smaller = _ASKS.without("biết")
    assert smaller.found(words("không biết")) and not smaller.found(words("biết rồi"))


def test_word_set_is_accent_aware_unless_strict():
    assert "chua" in WordSet("chưa") and "chưa" in WordSet("chưa")
    assert "chứa" not in WordSet("chưa")
    assert "qua" not in WordSet("quá", strict=True) and "quá" in WordSet("quá", strict=True)
    assert "ma" in WordSet("chị", exact=("ma",)) and "mà" not in WordSet("chị", exact=("ma",))


def test_a_word_marked_with_equals_matches_only_with_its_accents():
    frozen = PhraseTable("=đơ", "bị =đơ quá")
    assert frozen.found(words("live bị đơ rồi ad"))
    assert frozen.found(words("bi đơ qua"))  # the other words may still be typed plain
    assert not frozen.found(words("co gioi han do tuoi khong"))  # "do" is "độ" here
    assert sorted(" ".join(p.raw) for p, _ in frozen.matches(words("bị đơ quá"))) == ["bị đơ quá", "đơ"]
