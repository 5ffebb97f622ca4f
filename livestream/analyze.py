"""Offline analysis of an exported comment file, and its scoring against hand labels.

Pure module: the same understanding and grouping as the live ingest, without a database.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import combinations

from livestream.commentfile import FileRow
from livestream.understand import Grouper, understand


def analyze_rows(rows: Iterable[FileRow]) -> Iterator[dict]:
    """One result per input row, in input order (rows with an error carry it along)."""
    grouper = Grouper()
    for row in rows:
        result = understand(row.text)
        group = None
        if result.key is not None:
            group = grouper.assign(result.key).group
        line = {
            "id": row.id,
            "is_question": result.facts.is_question,
            "question": group,
            "phones": result.facts.phones,
            "lead": result.facts.lead,
            "tech": result.facts.tech,
        }
        if row.error:
            line["error"] = row.error
        yield line


def _f1(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def _flag_score(pairs: Iterable[tuple[bool, bool]]) -> dict:
    counts = Counter(pairs)
    return _f1(counts[(True, True)], counts[(False, True)], counts[(True, False)])


def _pairs(groups: dict[str, object]) -> set[tuple[str, str]]:
    by_group: dict[object, list[str]] = {}
    for item, group in groups.items():
        if group is not None:
            by_group.setdefault(group, []).append(item)
    return {tuple(sorted(p)) for members in by_group.values() for p in combinations(members, 2)}


def score(labelled: list[dict], predicted: list[dict]) -> dict:
    """Question/lead/tech F1, exact-phone accuracy and pairwise grouping F1 against labels."""
    truth = {str(r["id"]): r for r in labelled}
    guess = {str(r["id"]): r for r in predicted}
    ids = [i for i in truth if i in guess]
    report: dict = {"comments": len(ids)}
    for flag in ("is_question", "lead", "tech"):
        if all(flag in truth[i] for i in ids):
            report[flag] = _flag_score((bool(truth[i][flag]), bool(guess[i][flag])) for i in ids)
    if all("phones" in truth[i] for i in ids):
        exact = sum(sorted(truth[i]["phones"]) == sorted(guess[i]["phones"]) for i in ids)
        invented = sum(bool(set(guess[i]["phones"]) - set(truth[i]["phones"])) for i in ids)
        report["phones"] = {"exact_share": round(exact / max(len(ids), 1), 4),
                            "comments_with_invented_number": invented}
    if all("group" in truth[i] for i in ids):
        asked = [i for i in ids if truth[i]["group"] is not None]
        true_pairs = _pairs({i: truth[i]["group"] for i in asked})
        got_pairs = _pairs({i: guess[i]["question"] for i in asked})
        report["grouping"] = _f1(len(true_pairs & got_pairs), len(got_pairs - true_pairs),
                                 len(true_pairs - got_pairs))
        report["grouping"]["true_groups"] = len({truth[i]["group"] for i in asked})
    return report


def score_questions(labelled: Iterable[tuple[str, bool]]) -> dict:
    """Question P/R/F1 over (text, is a question) pairs labelled by hand."""
    return _flag_score((asks, understand(text).facts.is_question) for text, asks in labelled)


def agreement(first: dict[str, object], second: dict[str, object]) -> dict:
    """How far a second annotator agrees with the first, on the items both labelled.

    Labels are booleans (is a question: F1 of the second against the first) or group names
    (pairwise F1 of the grouping; None for items in no group)."""
    shared = [i for i in first if i in second]
    if all(isinstance(first[i], bool) for i in shared):
        return {"items": len(shared),
                **_flag_score((bool(first[i]), bool(second[i])) for i in shared)}
    a = _pairs({i: first[i] for i in shared})
    b = _pairs({i: second[i] for i in shared})
    return {"items": len(shared), **_f1(len(a & b), len(b - a), len(a - b))}
