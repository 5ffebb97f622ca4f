"""Comment files as organisers export them: Excel's CSV on a Vietnamese Windows, TSV, broken JSON."""

import pytest

from livestream.analyze import analyze_rows
from livestream.commentfile import count_rows, read_comment_file

QUESTION = "cho em hỏi đóng bao nhiêu tiền"


def test_excel_csv_separated_by_semicolons_keeps_its_columns(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text('id;text;author\n1;"đóng ở đâu; em ở Huế\nạ";Lan\n2;sdt 0905.123.456;An\n',
                    encoding="utf-8")
    rows = list(read_comment_file(path))
    assert [(r.id, r.text, r.error) for r in rows] == [
        ("1", "đóng ở đâu; em ở Huế\nạ", None), ("2", "sdt 0905.123.456", None)]
    assert count_rows(path) == 2
    assert [line["phones"] for line in analyze_rows(rows)] == [[], ["+84905123456"]]


def test_csv_in_windows_1258_is_read_with_its_tones_composed(tmp_path):
    path = tmp_path / "excel.csv"
    # What Excel's plain "CSV" writes on a Vietnamese Windows: tones as combining marks.
    path.write_bytes("id,text\n7,cho em ho\u0309i đóng bao nhiêu tiê\u0300n\n".encode("cp1258"))
    (row,) = read_comment_file(path)
    assert row.text == QUESTION
    (line,) = analyze_rows([row])
    assert line["is_question"] and line["question"]


def test_tab_separated_files_are_read(tmp_path):
    path = tmp_path / "comments.tsv"
    path.write_text(f"id\ttext\n1\t{QUESTION}\n2\tchào chị, em ở Đà Nẵng\n", encoding="utf-8")
    assert [(r.id, r.text) for r in read_comment_file(path)] == [
        ("1", QUESTION), ("2", "chào chị, em ở Đà Nẵng")]


@pytest.mark.parametrize("name, content, message", [
    ("broken.csv", b"id,text\n1,\x81\x8d\n", r"broken\.csv: neither UTF-8 .* save it as \"CSV UTF-8\""),
    ("broken.jsonl", b'{"id": 1, "text": "\xff"}\n', r"broken\.jsonl: not UTF-8"),
    ("broken.json", b'{"data": [{"id": 1,', r"broken\.json: not JSON \(.* at line 1, column 20\)"),
    ("items.json", b'{"items": [], "next": null}',
     r'items\.json: expected a list of comments, or an object with "comments" or "data" '
     r"\(found items, next\)"),
    ("number.json", b"42", r"number\.json: expected a list of comments"),
])
def test_a_file_that_cannot_be_read_is_named_with_what_is_wrong(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValueError, match=message):
        list(read_comment_file(path))
