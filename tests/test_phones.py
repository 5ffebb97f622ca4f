import pytest

from livestream.phones import extract_phones, mask_phones, phones_in_cell


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("tư vấn giúp em 0905123456", ["+84905123456"]),
        ("sđt 0905 123 456 ạ", ["+84905123456"]),
        ("0905.123.456", ["+84905123456"]),
        ("0905-123-456", ["+84905123456"]),
        ("+84 905 123 456", ["+84905123456"]),
        ("+84905123456", ["+84905123456"]),
        ("84905123456", ["+84905123456"]),
        ("0 9 0 5 1 2 3 4 5 6", ["+84905123456"]),
        ("sdt0912345678", ["+84912345678"]),
        ("số em 0372468135 hoặc 0988.765.432", ["+84372468135", "+84988765432"]),
        ("0905123456 0905123456", ["+84905123456"]),
        ("zalo: 0786 123 456", ["+84786123456"]),
    ],
)
def test_mobile_numbers_are_found_in_every_written_form(text, phones):
    assert extract_phones(text) == phones


@pytest.mark.parametrize(
    "text",
    [
        "cccd của em 001203004567",
        "mã số bhxh 0912345678",
        "mã bhxh 7912345678",
        "đóng 1.500.000đ mỗi tháng",
        "1500000 một tháng",
        "từ 2015 đến 2024",
        "hotline 1900 9068",
        "gọi 18001234",
        "số bàn 024 3123 4567",
        "sinh ngày 12/05/1975",
        "đóng 20 năm",
        "số tài khoản 0905123456789",
        "",
        "😀😀",
    ],
)
def test_ids_amounts_years_and_hotlines_are_not_phones(text):
    assert extract_phones(text) == []


def test_masking_hides_the_middle_of_every_number():
    masked = mask_phones("gọi em 0905 123 456 hoặc +84912345678 nhé")
    assert masked == "gọi em 0905•••456 hoặc 0912•••678 nhé"
    assert "123" not in masked.replace("0905", "")


@pytest.mark.parametrize(("cell", "phones"), [
    ("905123456", ["+84905123456"]),  # a phone column typed as numbers: the leading 0 is gone
    (" 912345678.0 ", ["+84912345678"]),  # ... and read back as a float
    ("0905 123 456", ["+84905123456"]),
    ("123456789", []),  # nine digits, but no mobile prefix
    ("đóng 905123456", []),  # only a cell holding the number alone
])
def test_a_spreadsheet_cell_gives_back_the_number_excel_shortened(cell, phones):
    assert phones_in_cell(cell) == phones
