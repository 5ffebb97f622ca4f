import pytest

from livestream.text import canonical_tokens, fold, words


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("Đóng BHXH Tự Nguyện", "dong bhxh tu nguyen"),
        ("Ðóng", "dong"),  # U+00D0 look-alike is not Đ; NFC keeps it, fold still readable
        ("hộ gia đình", "ho gia dinh"),
        ("bảo hiểm y tế", "bao hiem y te"),
    ],
)
def test_fold_removes_case_and_diacritics(typed, folded):
    assert fold(typed).replace("ð", "d") == folded


def test_decomposed_unicode_is_composed_before_folding():
    decomposed = "đo\u0301ng"  # "đóng" typed with a combining accent
    assert words(decomposed).raw == ("đóng",)
    assert words(decomposed).folded == ("dong",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ko dc", "không được"),
        ("hok biết", "không biết"),
        ("khum có", "không có"),
        ("đóng bn tiền", "đóng bao nhiêu tiền"),
        ("bnhiu", "bao nhiêu"),
        ("sdt em", "số điện thoại em"),
        ("ib em", "inbox em"),
        ("ad ơi", "admin ơi"),
        ("mng ơi", "mọi người ơi"),
        ("bhxh tn", "bhxh tự nguyện"),
        ("bhyt hgđ", "bhyt hộ gia đình"),
        ("đk ở đâu", "đăng ký ở đâu"),
        ("đk không", "được không"),
        ("làm ntn", "làm như thế nào"),
    ],
)
def test_teencode_is_expanded(typed, expected):
    assert " ".join(words(typed).raw) == expected


def test_long_forms_and_abbreviations_meet_in_one_token():
    long_form = canonical_tokens(words("bảo hiểm xã hội tự nguyện").folded)
    short_form = canonical_tokens(words("bhxh tn").folded)
    assert long_form == short_form == ["bhxh", "tunguyen"]


def test_original_text_is_not_changed():
    text = "Cho em hỏi ĐÓNG bn năm ạ?"
    words(text)
    assert text == "Cho em hỏi ĐÓNG bn năm ạ?"
