import pytest

from livestream.group import QuestionIndex
from livestream.understand import Grouper, understand


def group_of(texts: list[str]) -> list:
    grouper = Grouper()
    return [grouper.assign(understand(t).key)[0] for t in texts]


@pytest.mark.parametrize(
    "paraphrase",
    [
        "dong bao nhieu nam thi duoc luong huu",  # no diacritics
        "cho em hỏi đóng bn năm thì đc lương hưu ạ",  # teencode and politeness
        "đóng mấy năm thì có lương hưu vậy chị",
        "lương hưu thì phải đóng bao nhiêu năm",  # other word order
        "ad ơi đóng bao nhiêu năm mới được hưởng lương hưu",
    ],
)
def test_same_question_in_other_words_joins_the_group(paraphrase):
    first, second = group_of(["Đóng bao nhiêu năm thì được lương hưu?", paraphrase])
    assert first == second


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("đóng bao nhiêu năm thì được lương hưu", "đóng bao nhiêu tiền một tháng"),
        ("bhyt hộ gia đình giá bao nhiêu", "bhxh tự nguyện mức thấp nhất bao nhiêu"),
        ("đăng ký ở đâu", "đăng ký cần giấy tờ gì"),
    ],
)
def test_different_questions_open_different_groups(one, other):
    first, second = group_of([one, other])
    assert first != second


def test_group_remembers_every_wording():
    groups = group_of([
        "đăng ký bhxh tự nguyện ở đâu",
        "dang ky bhxh tn o dau vay",
        "dk bhxh tn o dau v mn",  # closer to the second wording than to the first
    ])
    assert len(set(groups)) == 1


def test_candidate_lookup_is_bounded_whatever_the_number_of_groups():
    index = QuestionIndex(per_term=32, terms_per_query=3)
    for n in range(5000):
        index.add(n, f"#amount word{n} common")
    # "common" is in every group, yet only a bounded number of candidates is scored.
    assert len(index.candidates(["common", "#amount", "word7"])) <= 3 * 32
    assert index.match("#amount word4999 common") == 4999
