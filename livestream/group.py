"""Grouping repeated questions: a matching key per question and an index of open groups.

Pure module (stdlib + rapidfuzz). The cost of placing one question is bounded by constants, not
by the number of groups: candidates come from the posting lists of the question's rarest words
(only their most recent entries), then rapidfuzz scores those few.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable
from functools import lru_cache

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
    hoi y kien cho em hoi oi a dc k ko ko vay z v hic hihi haha 1 chao cam on gio nay
    sau truoc het thi moi phai
    """.split()
) - {"ba", "con", "chau"}  # family members change the question ("cho bố mẹ", "cho con")

# Domain concepts: the words people use for the same thing in insurance livestreams (folded).
# A question's key is its concepts first, then any other content words.
_CONCEPTS: dict[str, tuple[str, ...]] = {
    "#pension": ("luonghuu", "huu", "huutri", "nghi huu", "lanh luong", "luong hang thang"),
    "#min": ("thap nhat", "toi thieu", "it nhat", "muc thap"),
    "#max": ("cao nhat", "toi da", "nhieu nhat"),
    "#amount": ("tien", "muc dong", "muc", "phi", "gia", "trieu", "tram", "nghin", "bao nhieu tien"),
    "#years": ("nam", "bao lau", "thoi gian"),
    "#monthly": ("thang", "hang thang", "moi thang"),
    "#register": ("dangky", "thamgia", "mua", "lam the", "lam so"),
    "#where": ("odau", "dau", "bưu dien", "buu dien", "xa", "phuong", "uy ban", "dia chi"),
    "#how": ("thenao", "cach", "huong dan", "cac buoc"),
    "#docs": ("hoso", "giayto", "mang theo", "can gi"),
    "#lumpsum": ("motlan", "rut", "lay lai tien", "1 lan"),
    "#backpay": ("dong bu", "bu", "truy dong", "bo sung", "con thieu", "dong them"),
    "#age": ("tuoi", "lon tuoi", "gia roi", "het tuoi"),
    "#combine": ("bat buoc", "cong ty", "cty", "cong don", "tinh chung", "cong noi", "noi"),
    "#maternity": ("thai san", "sinh con", "de", "mang thai"),
    "#death": ("tu tuat", "chet", "qua doi", "mai tang"),
    "#support": ("ho tro", "giam", "tro cap", "uu dai"),
    "#poor": ("ngheo", "can ngheo"),
    "#replay": ("xem lai", "dang lai", "video", "ghi lai"),
    "#check": ("tra cuu", "kiem tra", "lich su", "qua trinh", "vssid"),
    "#hospital": ("kham", "benh vien", "tuyen", "chua benh", "vien phi", "thuoc"),
    "#card": ("the",),
    "#agent": ("cong tac vien", "ctv", "dai ly"),
    "#contact": ("sdt", "zalo", "hotline", "lien he"),
    "#student": ("hoc sinh", "sinh vien"),
    "#child": ("tre em", "duoi 6 tuoi", "con nho"),
    "#pay": ("dong", "nop"),
    "#receive": ("nhan", "huong", "lanh"),
    "#family": ("bome", "bo", "me", "ba", "vo", "chong", "ong", "ca nha"),
}
_CONCEPT_PHRASES: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _concept, _forms in _CONCEPTS.items():
    for _form in _forms:
        _parts = tuple(_form.split())
        _CONCEPT_PHRASES.setdefault(_parts[0], []).append((_parts, _concept))
for _options in _CONCEPT_PHRASES.values():
    _options.sort(key=lambda item: -len(item[0]))
_AGE = re.compile(r"\d+t$")


def question_key_tokens(w: Words) -> list[str]:
    """The concepts and words that say what a question asks, without fillers."""
    tokens = canonical_tokens(w.folded)
    seen: set[str] = set()
    concepts: list[str] = []
    rest: list[str] = []
    i, n = 0, len(tokens)
    while i < n:
        token = tokens[i]
        if _AGE.match(token):
            token = "tuoi"
        for parts, concept in _CONCEPT_PHRASES.get(token, ()):
            if tuple(tokens[i : i + len(parts)]) == parts:
                if concept not in seen:
                    seen.add(concept)
                    concepts.append(concept)
                i += len(parts)
                break
        else:
            i += 1
            if token in _STOPWORDS or token in seen or (token.isdigit() and len(token) > 4):
                continue
            seen.add(token)
            rest.append(token)
    qtypes = [t for t in rest if t in _QTYPES]
    return concepts + qtypes + [t for t in rest if t not in _QTYPES]


def question_key(text: str) -> str:
    """The matching key of a question text ('Cho em hỏi đóng bn năm đc lương hưu ạ' -> …)."""
    return " ".join(question_key_tokens(words(text)))


class QuestionIndex:
    """Open question groups of one live session, found by the rare words they share.

    A group is remembered by up to `variants` different keys (the ways it has been asked), so a
    new ask may match any earlier wording, not only the first.
    """

    def __init__(self, threshold: float = 65.0, terms_per_query: int = 3, per_term: int = 32,
                 variants: int = 6):
        self.threshold = threshold
        self.terms_per_query = terms_per_query
        self.per_term = per_term
        self.variants = variants
        self._keys: dict[Hashable, list[tuple[str, ...]]] = {}
        self._by_key: dict[str, Hashable] = {}
        self._postings: dict[str, list[Hashable]] = {}

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, group_id: Hashable) -> bool:
        return group_id in self._keys

    def add(self, group_id: Hashable, key: str) -> None:
        """Remember `key` as one wording of the group (a new group if it is unknown)."""
        if key in self._by_key:
            return
        variants = self._keys.setdefault(group_id, [])
        if len(variants) >= self.variants:
            return
        tokens = tuple(key.split())
        known = {t for v in variants for t in v}
        variants.append(tokens)
        self._by_key[key] = group_id
        for token in tokens:
            if token not in known:
                known.add(token)
                self._postings.setdefault(token, []).append(group_id)

    def remove(self, group_id: Hashable) -> None:
        variants = self._keys.pop(group_id, None)
        if variants is None:
            return
        for token in {t for v in variants for t in v}:
            posting = self._postings.get(token)
            if posting and group_id in posting:
                posting.remove(group_id)
        for tokens in variants:
            key = " ".join(tokens)
            if self._by_key.get(key) == group_id:
                del self._by_key[key]

    def rename(self, old: Hashable, new: Hashable) -> None:
        """Give a group its permanent id (groups are opened with a provisional one)."""
        variants = self._keys.get(old)
        if variants is None:
            return
        self.remove(old)
        for tokens in variants:
            self.add(new, " ".join(tokens))

    def candidates(self, tokens: Iterable[str]) -> list[Hashable]:
        postings = [self._postings[t] for t in tokens if self._postings.get(t)]
        postings.sort(key=len)
        seen: dict[Hashable, None] = {}
        for posting in postings[: self.terms_per_query]:
            for group_id in posting[-self.per_term :]:
                seen[group_id] = None
        return list(seen)

    def match(self, key: str) -> Hashable | None:
        """The open group asking the same thing as `key`, or None."""
        if not key:
            return None
        exact = self._by_key.get(key)
        if exact is not None:
            return exact
        tokens = key.split()
        best, best_score = None, self.threshold
        for group_id in self.candidates(tokens):
            for variant in self._keys[group_id]:
                score = similarity(tokens, variant)
                if score >= best_score:
                    best, best_score = group_id, score
        return best


# Question-type words: two questions of different types ask different things.
_QTYPES = frozenset({"baonhieu", "thenao", "odau", "khinao", "taisao", "ai"})
# Domain words nearly every question shares: they weigh less.
_GENERIC = frozenset({"bhxh", "bhyt", "tunguyen", "hgd", "#pay", "#receive", "#family"})


@lru_cache(maxsize=65536)
def _weight(token: str) -> float:
    if token in _QTYPES:
        return 1.5
    if token in _GENERIC:
        return 0.4
    if token.startswith("#"):
        return 2.0
    return 0.6


def _shared(a: list[str] | tuple[str, ...], b: list[str] | tuple[str, ...]) -> float:
    """Weight of the words two keys share; near-identical long words (typos) count too."""
    b_set = set(b)
    a_set = set(a)
    weight = 0.0
    unmatched = [t for t in b if t not in a_set]
    for token in a:
        if token in b_set:
            weight += _weight(token)
        elif len(token) >= 4 and unmatched:
            hit = process.extractOne(token, unmatched, scorer=fuzz.ratio, score_cutoff=84)
            if hit is not None:
                weight += min(_weight(token), _weight(hit[0]))
                unmatched.remove(hit[0])
    return weight


def similarity(a: list[str] | tuple[str, ...], b: list[str] | tuple[str, ...]) -> float:
    """0-100: how surely two question keys ask the same thing (weighted word overlap)."""
    if not a or not b:
        return 0.0
    shared = _shared(a, b)
    wa = sum(_weight(t) for t in a)
    wb = sum(_weight(t) for t in b)
    dice = 2 * shared / (wa + wb)
    score = dice
    if min(len(a), len(b)) >= 2:
        score = max(dice, 0.85 * shared / min(wa, wb))
    qa, qb = _QTYPES.intersection(a), _QTYPES.intersection(b)
    if qa and qb and not qa & qb:
        score *= 0.7
    return 100.0 * score
