"""Lead facts read from comments: names, places (34 provinces, old names mapped), interest, intent,
segment hints, with hard negatives that must not be read as anything."""

import pytest

from lead_capture.extract import extract_lead
from lead_capture.provinces import FORMER_TO_NEW, PROVINCES, normalise_province

YEAR = 2026


def facts(text, profile=""):
    return extract_lead(text, profile, year=YEAR)


def test_there_are_34_provinces_made_of_the_63_former_ones():
    assert len(PROVINCES) == 34
    assert len(FORMER_TO_NEW) == 63
    assert set(FORMER_TO_NEW.values()) == set(PROVINCES)


@pytest.mark.parametrize("text, name", [
    ("em tên Lan ở Sài Gòn, sdt 0905 123 456", "Lan"),
    ("mình là anh Tuấn quê Hà Giang", "Tuấn"),
    ("Mình là chị Nguyễn Thị Hồng Nhung nhé", "Nguyễn Thị Hồng Nhung"),
    ("tên em là Hòa, em muốn tham gia", "Hòa"),
    ("e ten Mai", "Mai"),
    ("ho ten: nguyen thi hoa, ba ria vung tau", "Nguyen Thi Hoa"),
    ("toi la Tran Van Nam o ha noi", "Tran Van Nam"),
    ("em tên Lan năm nay 40 tuổi", "Lan"),
    # names with words that fold like the words that end a name ("đang", "tại", "mình", "anh")
    ("Mình là Đặng Quốc Hùng ở Sơn La", "Đặng Quốc Hùng"),
    ("Mình là Nguyễn Văn Tài ở Huế", "Nguyễn Văn Tài"),
    ("mình là chị Nguyễn Thị Lan Anh nhé", "Nguyễn Thị Lan Anh"),
    ("tên em là Nguyễn Văn Minh, sđt 0905123456", "Nguyễn Văn Minh"),
    ("tên em là Bích Liên liên hệ em nhé", "Bích Liên"),
    ("Mình là Vũ Đăng Khoa", "Vũ Đăng Khoa"),
    ("tôi là Trần Thị Quế quê Nghệ An", "Trần Thị Quế"),
    ("em tên Lan anh ơi", "Lan"),
    ("em tên Hoa đang làm công nhân", "Hoa"),
    ("mình là chị Mai đăng ký bhxh", "Mai"),
    # not names
    ("mình là giáo viên", None),
    ("em là người Hà Nội", None),
    ("cho em hỏi bhxh tự nguyện", None),
])
def test_names_come_from_what_people_say_about_themselves(text, name):
    assert facts(text).name == name


def test_the_profile_name_is_the_fallback_but_not_a_shop_name_with_digits():
    assert facts("bhxh đóng bao nhiêu", "Trần Thu Hà 🌸").name == "Trần Thu Hà"
    assert facts("bhxh đóng bao nhiêu", "Trần Thu Hà").name_from_profile
    assert facts("bhxh", "Shop247 giá rẻ").name is None
    assert facts("em tên Lan", "Trần Thu Hà").name == "Lan"


@pytest.mark.parametrize("text, province, former", [
    ("em ở Sài Gòn", "TP Hồ Chí Minh", "TP Hồ Chí Minh"),
    ("o tphcm a", "TP Hồ Chí Minh", "TP Hồ Chí Minh"),
    ("nhà ở HCM", "TP Hồ Chí Minh", "TP Hồ Chí Minh"),
    ("em ở Bình Dương", "TP Hồ Chí Minh", "Bình Dương"),
    ("vung tau", "TP Hồ Chí Minh", "Bà Rịa - Vũng Tàu"),
    ("em ở HN", "Hà Nội", "Hà Nội"),
    ("quê Huế", "Huế", "Thừa Thiên Huế"),
    ("ở ĐN ạ", "Đà Nẵng", "Đà Nẵng"),
    ("em ở Quảng Nam", "Đà Nẵng", "Quảng Nam"),
    ("ha giang", "Tuyên Quang", "Hà Giang"),
    ("Yên Bái", "Lào Cai", "Yên Bái"),
    ("bac kan", "Thái Nguyên", "Bắc Kạn"),
    ("vinh phuc", "Phú Thọ", "Vĩnh Phúc"),
    ("tỉnh Hòa Bình", "Phú Thọ", "Hòa Bình"),
    ("Bắc Giang", "Bắc Ninh", "Bắc Giang"),
    ("thai binh", "Hưng Yên", "Thái Bình"),
    ("hải dương", "Hải Phòng", "Hải Dương"),
    ("Nam Định", "Ninh Bình", "Nam Định"),
    ("ha nam", "Ninh Bình", "Hà Nam"),
    ("quảng bình", "Quảng Trị", "Quảng Bình"),
    ("kontum", "Quảng Ngãi", "Kon Tum"),
    ("bình định", "Gia Lai", "Bình Định"),
    ("phu yen", "Đắk Lắk", "Phú Yên"),
    ("ninh thuận", "Khánh Hòa", "Ninh Thuận"),
    ("dak nong", "Lâm Đồng", "Đắk Nông"),
    ("Bình Thuận", "Lâm Đồng", "Bình Thuận"),
    ("bình phước", "Đồng Nai", "Bình Phước"),
    ("long an", "Tây Ninh", "Long An"),
    ("tiền giang", "Đồng Tháp", "Tiền Giang"),
    ("bến tre", "Vĩnh Long", "Bến Tre"),
    ("tra vinh", "Vĩnh Long", "Trà Vinh"),
    ("sóc trăng", "Cần Thơ", "Sóc Trăng"),
    ("hau giang", "Cần Thơ", "Hậu Giang"),
    ("bạc liêu", "Cà Mau", "Bạc Liêu"),
    ("kiên giang", "An Giang", "Kiên Giang"),
    ("Nghệ An", "Nghệ An", "Nghệ An"),
    ("cao bang", "Cao Bằng", "Cao Bằng"),
    ("dak lak", "Đắk Lắk", "Đắk Lắk"),
])
def test_old_and_new_province_names_map_to_the_34_in_force(text, province, former):
    found = facts(text)
    assert (found.province, found.former_province) == (province, former)


@pytest.mark.parametrize("text", [
    "chị Huệ hỏi bhxh",        # a name, not Huế
    "hn em đóng được không",    # 'hn' without a place word
    "đóng bảo hiểm xã hội",     # 'xã' is not a commune
    "mình là sinh viên",
])
def test_short_or_ambiguous_place_words_need_a_place_cue(text):
    assert facts(text).province is None


def test_province_typed_in_a_form_is_normalised():
    assert normalise_province("Sài Gòn") == "TP Hồ Chí Minh"
    assert normalise_province("Hà Giang") == "Tuyên Quang"
    assert normalise_province("Huế") == "Huế"
    assert normalise_province("nowhere") is None


def test_districts():
    assert facts("o TPHCM quan 7").district == "Quận 7"
    assert facts("em ở huyện Củ Chi").district == "Huyện Củ Chi"
    assert facts("đóng bảo hiểm xã hội").district is None


@pytest.mark.parametrize("text, interests, intents", [
    ("em muốn đăng ký bhxh tự nguyện", ("bhxh_voluntary",), ("join",)),
    ("cho hỏi bhyt hgđ nhà 5 người đóng bn ạ", ("bhyt_household",), ("advice",)),
    ("bảo hiểm y tế hộ gia đình mua ở đâu", ("bhyt_household",), ()),
    ("gọi lại cho em tư vấn lương hưu nhé", ("bhxh_voluntary",), ("call_me", "advice")),
    ("xin chào mọi người", (), ()),
])
def test_interest_and_intent(text, interests, intents):
    found = facts(text)
    assert (found.interests, found.intents) == (interests, intents)


def test_a_configurable_product_list():
    products = {"life": ("bao hiem nhan tho",)}
    assert extract_lead("bảo hiểm nhân thọ có tốt không", products=products).interests == ("life",)


@pytest.mark.parametrize("text, segment", [
    ("năm nay 45 tuổi", {"age_group": "45_54"}),
    ("em sinh năm 1980", {"age_group": "45_54"}),
    ("sn 2000 buôn bán", {"age_group": "under_30", "occupation": "trader"}),
    ("làm ruộng, thu nhập 4 triệu", {"occupation": "farmer", "income_band": "under_5m"}),
    ("lương 12tr", {"income_band": "10_20m"}),
    ("nhà em 5 người", {"household_size": 5}),
    ("cty em 120 lao động, may mặc, đang nợ bhxh",
     {"employer_size": "medium", "industry": "garment", "compliance": "late"}),
    # hard negatives: years of contributions, premiums, IDs, hotlines, amounts
    ("đóng 20 năm thì được lương hưu ko", {}),
    ("đóng 1 triệu 1 tháng được không", {}),
    ("cccd 079123456789 mã bhxh 7912345678", {}),
    ("hotline 19009068 năm 2025", {}),
])
def test_segment_hints(text, segment):
    assert facts(text).segment == segment


@pytest.mark.parametrize("text", [
    "cccd của em 079123456789",
    "mã số bhxh 7912345678",
    "đóng 1.500.000đ một tháng",
    "gọi tổng đài 1900 9068",
    "sinh năm 1985",
])
def test_ids_amounts_and_hotlines_are_not_phones(text):
    assert facts(text).phones == ()


def test_one_comment_with_everything():
    found = facts("Mình là chị Lan ở Bình Dương sđt 0905.123.456, năm nay 50 tuổi, "
                  "muốn đăng ký bhxh tự nguyện, gọi cho mình nhé")
    assert found.name == "Lan" and found.phones == ("+84905123456",)
    assert (found.province, found.former_province) == ("TP Hồ Chí Minh", "Bình Dương")
    assert found.interests == ("bhxh_voluntary",) and set(found.intents) == {"join", "call_me"}
    assert found.age_group == "45_54" and found.says_something


@pytest.mark.parametrize("text, answer", [("đáp án B", True), ("chọn C ạ", True), ("b", True),
                                          ("minigame: A", True), ("chọn gói nào", False)])
def test_minigame_answers(text, answer):
    assert facts(text).minigame is answer


@pytest.mark.parametrize("text, segment", [
    ("mẹ em 57 tuổi ở Quảng Ninh", {"relative": "parent", "relative_age_group": "55_59"}),
    ("chồng mình sinh năm 1980", {"relative": "spouse", "relative_age_group": "45_54"}),
    ("anh trai em 28 tuổi", {"relative": "sibling", "relative_age_group": "under_30"}),
    ("con năm nay 30 tuổi", {"age_group": "30_44"}),
    ("em năm nay 45 tuổi, mẹ em thì già rồi", {"age_group": "45_54"}),
])
def test_an_age_said_about_a_relative_is_not_the_commenters_own(text, segment):
    assert facts(text).segment == segment


def test_a_province_name_is_no_district():
    assert facts("o quang ninh ban hang").district is None
    assert facts("em ở q7").district == "Quận 7"
