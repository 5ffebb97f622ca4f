"""Grouping repeated questions: a matching key per question and an index of open groups.

Pure module (stdlib + rapidfuzz). The cost of placing one question is bounded by constants, not
by the number of groups: candidates come from the posting lists of the question's rarest words
(only their most recent entries), then rapidfuzz scores those few.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from rapidfuzz import fuzz, process

from livestream.text import Words, canonical_tokens, words

# Words that carry no meaning for "is this the same question" (folded, canonical forms).
_STOPWORDS = frozenset(
    """
    em anh chi minh toi tui to ban ad admin oi a ah ak vay the nhe nha nhi ha ho voi cho hoi xin
    la thi co khong chua duoc ma nay do day ay kia nao ta cac nhung cua va hay neu muon biet
    con chau cu ong ba co chu bac mn moi nguoi ca ai cai gi may duoc roi se da dang van cung
    ok nhieu lam qua ne nhi hen luon di len thoi ve tu den tai sao o de ra vao bi phai can
    mot tren duoi trong ngoai thay nhu vi nen khi thi giup dum dum ho luon giai dap tra loi
    hoi y kien cho em hoi oi a dc k ko ko vay z v hic hihi haha
    """.split()
) - {"ba", "con", "chau"}  # family members change the question ("cho bố mẹ", "cho con")

# Same meaning, different words (folded canonical forms).
_SYNONYMS = {
    "nop": "dong", "dong": "dong", "lanh": "nhan", "huong": "nhan", "nhan": "nhan",
    "may": "baonhieu", "bnhieu": "baonhieu", "gia": "tien", "phi": "tien", "muc": "tien",
    "tien": "tien", "ngheo": "ngheo", "canngheo": "ngheo", "bo": "bome", "me": "bome",
    "ba": "bome", "bome": "bome", "nam": "nam", "tuoi": "tuoi", "lam": "lam",
    "dangky": "dangky", "thamgia": "dangky", "mua": "dangky", "huutri": "luonghuu",
    "rut": "nhan", "thu": "nhan", "bhxhtn": "bhxh", "tunguyen": "tunguyen",
    "giayto": "hoso", "hoso": "hoso", "odau": "odau", "taisao": "taisao", "thenao": "thenao",
    "the": "the", "sodienthoai": "sdt", "diachi": "odau",
}


def question_key_tokens(w: Words) -> list[str]:
    """The words that say what a question asks, canonical and without fillers."""
    seen: set[str] = set()
    out: list[str] = []
    for token in canonical_tokens(w.folded):
        token = _SYNONYMS.get(token, token)
        if token in _STOPWORDS or token in seen:
            continue
        seen.add(token)
        out.append(token)
    return out


def question_key(text: str) -> str:
    """The matching key of a question text ('Cho em hỏi đóng bn năm đc lương hưu ạ' -> …)."""
    return " ".join(question_key_tokens(words(text)))


class QuestionIndex:
    """Open question groups of one live session, found by the rare words they share."""

    def __init__(self, threshold: float = 72.0, terms_per_query: int = 3, per_term: int = 32):
        self.threshold = threshold
        self.terms_per_query = terms_per_query
        self.per_term = per_term
        self._keys: dict[Hashable, str] = {}
        self._tokens: dict[Hashable, tuple[str, ...]] = {}
        self._by_key: dict[str, Hashable] = {}
        self._postings: dict[str, list[Hashable]] = {}

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, group_id: Hashable) -> bool:
        return group_id in self._keys

    def add(self, group_id: Hashable, key: str) -> None:
        if group_id in self._keys:
            self.remove(group_id)
        tokens = tuple(key.split())
        self._keys[group_id] = key
        self._tokens[group_id] = tokens
        self._by_key.setdefault(key, group_id)
        for token in tokens:
            self._postings.setdefault(token, []).append(group_id)

    def remove(self, group_id: Hashable) -> None:
        key = self._keys.pop(group_id, None)
        if key is None:
            return
        for token in self._tokens.pop(group_id):
            posting = self._postings.get(token)
            if posting and group_id in posting:
                posting.remove(group_id)
        if self._by_key.get(key) == group_id:
            del self._by_key[key]

    def candidates(self, tokens: Iterable[str]) -> list[Hashable]:
        postings = [self._postings[t] for t in tokens if self._postings.get(t)]
        postings.sort(key=len)
        seen: dict[Hashable, int] = {}
        for posting in postings[: self.terms_per_query]:
            for group_id in posting[-self.per_term :]:
                seen[group_id] = seen.get(group_id, 0) + 1
        return list(seen)

    def match(self, key: str) -> Hashable | None:
        """The open group asking the same thing as `key`, or None."""
        if not key:
            return None
        exact = self._by_key.get(key)
        if exact is not None:
            return exact
        found = self.candidates(key.split())
        if not found:
            return None
        best = process.extractOne(
            key,
            [self._keys[g] for g in found],
            scorer=fuzz.token_sort_ratio,
            score_cutoff=self.threshold,
        )
        if best is None:
            return None
        return found[best[2]]
