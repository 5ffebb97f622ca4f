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


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # "bn" is "bạn" at the end or next to a friend word, "bao nhiêu" before a unit or
        # after an amount word, even at the end
        ("đi ngủ sớm đi bn", "đi ngủ sớm đi bạn"),
        ("quà này của bn nè", "quà này của bạn nè"),
        ("bn ơi chờ mình với", "bạn ơi chờ mình với"),
        ("các bn thấy sao", "các bạn thấy sao"),
        ("đi chơi vui nha bn", "đi chơi vui nha bạn"),
        ("giá bn", "giá bao nhiêu"),
        ("lương hưu nhận được bn", "lương hưu nhận được bao nhiêu"),
        ("bn năm thì được", "bao nhiêu năm thì được"),
        ("đóng bn 1 tháng", "đóng bao nhiêu 1 tháng"),
        ("the bhyt la bn a", "the bhyt la bao nhiêu anh"),
        ("bhyt hgđ bn", "bhyt hộ gia đình bao nhiêu"),
        ("cảm ơn bn", "cảm ơn bạn"),
        # không biết / biết / bình thường
        ("kbt làm sao", "không biết làm sao"),
        ("tui kbiet nữa", "tui không biết nữa"),
        ("kbik luôn", "không biết luôn"),
        ("k bt đường", "không biết đường"),
        ("bt chưa", "biết chưa"),
        ("chị bít không", "chị biết không"),
        ("mình bíc rồi", "mình biết rồi"),
        ("chuyện bt thôi", "chuyện bình thường thôi"),
        ("vẫn sống bt", "vẫn sống bình thường"),
        ("bt", "bt"),  # no context: left as typed
        ("kb zalo em", "kết bạn zalo em"),
        # cũng, nhé, vậy, muốn, không
        ("em cũm thích", "em cũng thích"),
        ("em củng thích", "em cũng thích"),
        ("củng cố", "củng cố"),
        ("mai gặp nhoé", "mai gặp nhé"),
        ("sao dẫy", "sao vậy"),
        ("làm zị được không", "làm vậy được không"),
        ("đẹp z", "đẹp vậy"),
        ("dị thì thôi", "vậy thì thôi"),
        ("thú dị ghê", "thú vị ghê"),
        ("bị dị ứng", "bị dị ứng"),
        ("mún đóng", "muốn đóng"),
        ("hem biết", "không biết"),
        ("có hông", "có không"),
        ("khum có", "không có"),
        ("đi hok", "đi không"),
        ("có khom", "có không"),
        ("được hơm", "được không"),
        ("xong chx", "xong chưa"),
        ("đúng đko", "đúng đúng không"),
        # "tr" is "triệu" after a number, "trời" otherwise; "hum" is "hôm" before a time word
        ("lương 5 tr", "lương 5 triệu"),
        ("mấy tr", "mấy triệu"),
        ("tr ơi", "trời ơi"),
        ("đẹp quá tr", "đẹp quá trời"),
        ("hum qua", "hôm qua"),
        ("có viết hum", "có viết không"),
        # "nhiu" is "nhiêu" after "bao" or an amount word, "nhiều" otherwise; "ntn"
        ("bao nhiu tiền", "bao nhiêu tiền"),
        ("đóng nhiu", "đóng nhiêu"),
        ("nói nhiu quá", "nói nhiều quá"),
        ("làm ntn", "làm như thế nào"),
        ("cũng ntn", "cũng như thế này"),
        # "thoai" is "thôi", but "dien thoai" is a phone
        ("thoai nha", "thôi nha"),
        ("so dien thoai cua xa", "so dien thoại cua xa"),
        # a lone "m" closing the comment after a question particle is the person asked
        ("có nên cãi khum m", "có nên cãi không mày"),
        ("bán cháo hả m", "bán cháo hả mày"),
        ("m cũng thế", "mình cũng thế"),
        ("cho m hỏi với", "cho mình hỏi với"),
    ],
)
def test_teencode_is_read_from_its_neighbours(typed, expected):
    assert " ".join(words(typed).raw) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("được khônggggg", "được không"),
        ("đẹp quáaaa", "đẹp quá"),
        ("khummm", "không"),
        ("chưaa", "chưa"),
        ("ơiiii", "ơi"),
        ("biếtttt", "biết"),
        ("cccd", "cccd"),  # not a stretched word
        ("app", "app"),
        ("hahaha", "hahaha"),
    ],
)
def test_letters_stretched_for_emphasis_are_read_once(typed, expected):
    assert " ".join(words(typed).raw) == expected


def test_phrase_collapses_still_meet_after_teencode():
    assert canonical_tokens(words("đóng bao nhiu").folded) == ["dong", "baonhieu"]
    assert canonical_tokens(words("đk ở đâu").folded) == ["dangky", "odau"]
    assert canonical_tokens(words("bhxh tn bn tiền").folded) == ["bhxh", "tunguyen", "baonhieu", "tien"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("làm tnao", "làm thế nào"), ("sao zẫy", "sao vậy"), ("đi đâu dzẫy", "đi đâu vậy")],
)
def test_more_spellings_of_the_manner_question_and_of_vay_are_expanded(typed, expected):
    assert " ".join(words(typed).raw) == expected
