"""Contacts service: one record per real person, built from comments and quick captures.

Takes a SQLAlchemy Session and never commits. A batch of comments costs a fixed number of
indexed look-ups (identities by account and by phone, comment ids, name candidates), never a scan
of all contacts. Exact identity (same E.164 or same platform account) joins records at once;
likely identity (similar folded names in one province, one phone across accounts) only opens a
review candidate.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from rapidfuzz import fuzz
from sqlalchemy import insert, select, tuple_, union_all, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from lead_capture.extract import DEFAULT_PRODUCTS, LeadFacts, extract_lead
from lead_capture.models import Contact, ContactEvent, ContactIdentity, DuplicateCandidate, IdentityKind
from lead_capture.provinces import normalise_province
from livestream.db import probe_unique, reserve_ids, utcnow
from livestream.models import Comment
from livestream.text import fold

_CHUNK = 500
SIMILAR_NAME = 88  # rapidfuzz ratio of folded full names for a likely duplicate
NAMESAKES_READ = 200  # newest contacts of one province and given name compared with a name
COMMON_NAME = 3  # a name close to more of them than this suggests nobody in particular
COMMON_NAME_BY = "Livelead: common name"  # who withdrew the pairs of a name once it became common
# The first namesakes to find a name common close the pairs it opened while rare (up to this many
# close namesakes; a batch can bring several at once); later ones would find nothing left open.
WITHDRAW_UNTIL = 2 * COMMON_NAME + 2


def _chunks(items: list, size: int = _CHUNK):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def name_keys(name: str) -> tuple[str, str]:
    """(folded full name, folded given name): 'Nguyễn Thị Lan' -> ('nguyen thi lan', 'lan')."""
    folded = " ".join(fold(name or "").split())
    return folded[:200], (folded.split()[-1] if folded else "")[:60]


@dataclass
class UpsertResult:
    contact_ids: set[int] = field(default_factory=set)
    created: int = 0
    events: int = 0
    candidates: int = 0


_UPDATED = ("name", "name_folded", "given_name", "province", "district", "interests", "intents", "segment",
            "comment_count", "question_count", "minigame", "last_seen_at", "last_session_id", "first_seen_at")


class _Batch:
    """Identities seen in this batch, so a person commenting twice in it is one contact."""

    def __init__(self, db: Session):
        self.db = db
        self.by_account: dict[str, Contact] = {}
        self.by_phone: dict[str, Contact] = {}
        # Keyed by the Contact object: new records get their ids only at the one flush.
        self.account_platforms: dict[Contact, set[str]] = {}
        self.result = UpsertResult()
        self.new_pairs: set[tuple[Contact, Contact, str]] = set()
        self.pairs: set[tuple[int, int, str]] = set()
        # A contact whose name turned out to be common, with the namesakes close to it
        self.common: set[frozenset[int]] = set()
        self.identities: list[tuple[Contact, str, str, str | None]] = []
        self.events: list[tuple[Contact, dict]] = []

    def load(self, accounts: Iterable[str], phones: Iterable[str]) -> None:
        wanted = [(IdentityKind.ACCOUNT, list(set(accounts))), (IdentityKind.PHONE, list(set(phones)))]
        contact_ids: set[int] = set()
        rows: list[tuple[str, str, int]] = []
        for kind, values in wanted:
            for chunk in _chunks(values):
                rows += probe_unique(
                    self.db, (ContactIdentity.kind, ContactIdentity.value, ContactIdentity.contact_id),
                    ContactIdentity.value, chunk, ContactIdentity.kind == kind,
                ).all()
        contact_ids = {r[2] for r in rows}
        contacts = {}
        for chunk in _chunks(sorted(contact_ids)):
            contacts.update({c.id: c for c in self.db.scalars(select(Contact).where(Contact.id.in_(chunk)))})
            for contact_id, platform in self.db.execute(
                select(ContactIdentity.contact_id, ContactIdentity.platform).where(
                    ContactIdentity.contact_id.in_(chunk), ContactIdentity.kind == IdentityKind.ACCOUNT)
            ):
                self.account_platforms.setdefault(contacts[contact_id], set()).add(platform)
        for kind, value, contact_id in rows:
            target = self.by_account if kind == IdentityKind.ACCOUNT else self.by_phone
            target[value] = contacts[contact_id]

    def new_contact(self, at: datetime, live_session_id: int | None) -> Contact:
        contact = Contact(first_seen_at=at, last_seen_at=at, first_session_id=live_session_id,
                          last_session_id=live_session_id, interests=[], intents=[], segment={},
                          comment_count=0, question_count=0, minigame=False, reasons=[], score=0.0,
                          tier="cold")
        self.db.add(contact)
        self.result.created += 1
        return contact

    def add_identity(self, contact: Contact, kind: str, value: str, platform: str | None = None) -> None:
        self.identities.append((contact, kind, value, platform))
        (self.by_account if kind == IdentityKind.ACCOUNT else self.by_phone)[value] = contact
        if kind == IdentityKind.ACCOUNT:
            self.account_platforms.setdefault(contact, set()).add(platform)

    def candidate(self, a: Contact, b: Contact, reason: str) -> None:
        if a is not b:
            self.new_pairs.add((a, b, reason))

    def write(self, touched: Iterable[Contact] = ()) -> None:
        """One flush for the new contacts (a multi-row insert), then identities and events in bulk."""
        for contact in touched:
            if contact.id is not None:
                # The same columns in every UPDATE, so the flush sends them as one executemany.
                for key in _UPDATED:
                    flag_modified(contact, key)
        reserve_ids(self.db, [c for c in self.db.new if isinstance(c, Contact)])
        self.db.flush()
        if self.identities:
            now = utcnow()
            self.db.execute(insert(ContactIdentity), [
                {"contact_id": c.id, "kind": kind, "value": value, "platform": platform, "created_at": now}
                for c, kind, value, platform in self.identities])
        if self.events:
            self.db.execute(insert(ContactEvent), [{"contact_id": c.id, **row} for c, row in self.events])
        for a, b, reason in self.new_pairs:
            self.pairs.add((min(a.id, b.id), max(a.id, b.id), reason))
        self.identities, self.events, self.new_pairs = [], [], set()


def _apply_facts(contact: Contact, facts: LeadFacts, at: datetime, live_session_id: int | None) -> None:
    if facts.name and (not facts.name_from_profile or not contact.name):
        contact.name = facts.name[:200]
        contact.name_folded, contact.given_name = name_keys(contact.name)
    if facts.province:
        contact.province = facts.province
    if facts.district:
        contact.district = facts.district[:100]
    if facts.interests:
        contact.interests = sorted(set(contact.interests or []) | set(facts.interests))
    if facts.intents:
        contact.intents = sorted(set(contact.intents or []) | set(facts.intents))
    if facts.segment:
        contact.segment = {**(contact.segment or {}), **facts.segment}
    if at >= contact.last_seen_at:
        contact.last_seen_at = at
        if live_session_id is not None:
            contact.last_session_id = live_session_id
    if at < contact.first_seen_at:
        contact.first_seen_at = at


def _resolve(batch: _Batch, platform: str, account: str | None, phones: Sequence[str],
             at: datetime, live_session_id: int | None) -> Contact:
    """The contact for one comment or capture, joining records only on exact identity."""
    contact = batch.by_account.get(account) if account else None
    for phone in phones:
        owner = batch.by_phone.get(phone)
        if owner is None:
            if contact is None:
                contact = batch.new_contact(at, live_session_id)
            batch.add_identity(contact, IdentityKind.PHONE, phone)
        elif contact is None:
            # The phone's owner already has another account on this platform: a shared family
            # phone as often as the same person, so it is a candidate, not a join.
            if account and platform in batch.account_platforms.get(owner, set()):
                contact = batch.new_contact(at, live_session_id)
                batch.candidate(owner, contact, "shared_phone")
            else:
                contact = owner
        elif owner.id != contact.id:
            batch.candidate(owner, contact, "shared_phone")
    if contact is None:
        contact = batch.new_contact(at, live_session_id)
    if account and account not in batch.by_account:
        batch.add_identity(contact, IdentityKind.ACCOUNT, account, platform)
    return contact


def upsert_from_comments(
    db: Session,
    live_session_id: int,
    comments: Sequence[Mapping],
    *,
    products: Mapping[str, tuple[str, ...]] = DEFAULT_PRODUCTS,
) -> UpsertResult:
    """Contacts for a committed ingest batch (`IngestResult.comments` rows); the caller commits.

    A comment makes a lead when it says something (phone, name, place, interest, intent, segment)
    or was classified a lead; every later comment of a known person lands on their timeline.
    """
    read: list[tuple[Mapping, LeadFacts]] = []
    for row in comments:
        if row.get("deleted"):
            continue
        facts = extract_lead(row["text"], row.get("author_name", ""), phones=list(row.get("phones") or ()),
                             products=products)
        read.append((row, facts))
    if not read:
        return UpsertResult()
    batch = _Batch(db)
    batch.load((str(r["commenter_id"]) for r, _ in read if r.get("commenter_id")),
               (p for _, f in read for p in f.phones))
    wanted = [(r, f) for r, f in read
              if f.says_something or r.get("is_lead")
              or (r.get("commenter_id") and str(r["commenter_id"]) in batch.by_account)]
    if not wanted:
        return batch.result
    comment_ids = _comment_ids(db, live_session_id, [r for r, _ in wanted])
    touched: dict[int, Contact] = {}
    renamed: dict[int, Contact] = {}  # name or province new in this batch: compared with namesakes
    for row, facts in wanted:
        account = str(row["commenter_id"]) if row.get("commenter_id") else None
        contact = _resolve(batch, row["platform"], account, facts.phones, row["created_at"], live_session_id)
        before = (contact.name_folded, contact.province)
        _apply_facts(contact, facts, row["created_at"], live_session_id)
        if (contact.name_folded, contact.province) != before:
            renamed[id(contact)] = contact
        contact.comment_count = (contact.comment_count or 0) + 1
        if row.get("is_question"):
            contact.question_count = (contact.question_count or 0) + 1
        kind = "question" if row.get("is_question") else "comment"
        if facts.minigame:
            contact.minigame = True
            kind = "minigame"
        batch.events.append((contact, {
            "kind": kind, "live_session_id": live_session_id,
            "comment_id": comment_ids.get((row["platform"], row["platform_comment_id"])),
            "at": row["created_at"], "text": row["text"][:2000],
            "data": {"platform": row["platform"], "author": row.get("author_name", "")[:200]},
        }))
        batch.result.events += 1
        touched[id(contact)] = contact
    batch.write(touched.values())
    _similar_names(db, batch, list(renamed.values()))
    _store_candidates(db, batch)
    batch.result.contact_ids = {c.id for c in touched.values()}
    return batch.result


def _comment_ids(db: Session, live_session_id: int, rows: list[Mapping]) -> dict[tuple[str, str], int]:
    by_platform: dict[str, list[str]] = {}
    for row in rows:
        by_platform.setdefault(row["platform"], []).append(row["platform_comment_id"])
    found: dict[tuple[str, str], int] = {}
    for platform, ids in by_platform.items():
        for chunk in _chunks(ids):
            found.update({
                (platform, cid): pk for cid, pk in probe_unique(
                    db, (Comment.platform_comment_id, Comment.id), Comment.platform_comment_id, chunk,
                    Comment.live_session_id == live_session_id, Comment.platform == platform)
            })
    return found


def _similar_names(db: Session, batch: _Batch, contacts: list[Contact]) -> None:
    """Likely duplicates: close folded full names in one province.

    Each (province, given name) reads at most its `NAMESAKES_READ` newest other contacts
    (one indexed range per pair, newest first), so the cost of a batch does not grow with the
    number of namesakes. A name close to more than `COMMON_NAME` of them is too common to
    suggest one person ("Nguyễn Thị Hương" in one province) and opens no pair: otherwise every
    new namesake paired with all earlier ones, and the review list filled with strangers.
    """
    keyed = [c for c in contacts if c.province and c.given_name and len(c.name_folded.split()) >= 2]
    blocks = sorted({(c.province, c.given_name) for c in keyed})
    if not blocks:
        return
    others: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for chunk in _chunks(blocks, 100):
        newest = [
            select(Contact.id, Contact.province, Contact.given_name, Contact.name_folded)
            .where(Contact.province == province, Contact.given_name == given,
                   Contact.merged_into_id.is_(None))
            .order_by(Contact.id.desc()).limit(NAMESAKES_READ + 1).subquery()
            for province, given in chunk
        ]
        query = union_all(*(select(*block.c) for block in newest)) if len(newest) > 1 else \
            select(*newest[0].c)
        for cid, province, given, folded in db.execute(query):
            others.setdefault((province, given), []).append((cid, folded))
    for contact in keyed:
        similar = [other_id for other_id, other_name in others.get((contact.province, contact.given_name), ())
                   if other_id != contact.id and fuzz.ratio(contact.name_folded, other_name) >= SIMILAR_NAME]
        if len(similar) > COMMON_NAME:
            if len(similar) <= WITHDRAW_UNTIL:
                batch.common.add(frozenset((contact.id, *similar)))
            continue
        for other_id in similar:
            batch.pairs.add((min(contact.id, other_id), max(contact.id, other_id), "similar_name"))


def _store_candidates(db: Session, batch: _Batch) -> None:
    if batch.pairs:
        _store_pairs(db, batch)
    _withdraw_common(db, batch)


def _store_pairs(db: Session, batch: _Batch) -> None:
    keys = sorted({(a, b) for a, b, _ in batch.pairs})
    existing: set[tuple[int, int]] = set()
    for chunk in _chunks(keys, 200):
        existing.update((a, b) for a, b in db.execute(
            select(DuplicateCandidate.contact_a_id, DuplicateCandidate.contact_b_id).where(
                tuple_(DuplicateCandidate.contact_a_id, DuplicateCandidate.contact_b_id).in_(chunk))))
    for a, b, reason in sorted(batch.pairs):
        if (a, b) not in existing:
            existing.add((a, b))
            db.add(DuplicateCandidate(contact_a_id=a, contact_b_id=b, reason=reason))
            batch.result.candidates += 1
    db.flush()


def _withdraw_common(db: Session, batch: _Batch) -> None:
    """Pairs opened while a name was still rare say nothing once it is common: the open ones
    among its namesakes are closed (as dismissed, by `COMMON_NAME_BY`), so the review list holds
    only names that suggest one person. Only pairs of two namesakes close to the same contact
    are closed: a rarer name sharing the given name keeps its pair."""
    if not batch.common:
        return
    # Looked up by the second contact alone, so the index on it is used whatever the planner
    # thinks of the (large, unselective) set of open pairs; the rest is checked here.
    wanted = {i for close in batch.common for i in close}
    closing = [
        pair_id for pair_id, a, b, status, reason in db.execute(
            select(DuplicateCandidate.id, DuplicateCandidate.contact_a_id, DuplicateCandidate.contact_b_id,
                   DuplicateCandidate.status, DuplicateCandidate.reason)
            .where(DuplicateCandidate.contact_b_id.in_(sorted(wanted))))
        if status == "open" and reason == "similar_name" and any(a in c and b in c for c in batch.common)
    ]
    if closing:
        db.execute(update(DuplicateCandidate).where(DuplicateCandidate.id.in_(closing))
                   .values(status="dismissed", decided_at=utcnow(), decided_by=COMMON_NAME_BY)
                   .execution_options(synchronize_session=False))


def capture_contact(
    db: Session,
    *,
    name: str,
    phone: str | None,
    province: str | None,
    interests: Sequence[str],
    live_session_id: int | None,
    by: str,
    email: str | None = None,
) -> Contact:
    """A person captured by hand (called or messaged during the stream); the caller commits."""
    batch = _Batch(db)
    phones = [phone] if phone else []
    batch.load((), phones)
    at = utcnow()
    contact = _resolve(batch, "manual", None, phones, at, live_session_id)
    facts = LeadFacts(phones=tuple(phones), name=name.strip() or None,
                      province=normalise_province(province or ""), interests=tuple(interests))
    _apply_facts(contact, facts, at, live_session_id)
    batch.events.append((contact, {"kind": "capture", "live_session_id": live_session_id, "at": at,
                                   "text": "", "comment_id": None,
                                   "data": {"by": by, "interests": list(interests)}}))
    batch.write()
    if email and db.scalar(select(ContactIdentity.id).where(
            ContactIdentity.kind == IdentityKind.EMAIL, ContactIdentity.value == email)) is None:
        db.add(ContactIdentity(contact_id=contact.id, kind=IdentityKind.EMAIL, value=email))
        db.flush()
    _similar_names(db, batch, [contact])
    _store_candidates(db, batch)
    return contact


def phones_of(db: Session, contact_ids: Sequence[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for chunk in _chunks(list(contact_ids)):
        for contact_id, value in db.execute(
            select(ContactIdentity.contact_id, ContactIdentity.value).where(
                ContactIdentity.contact_id.in_(chunk), ContactIdentity.kind == IdentityKind.PHONE)
            .order_by(ContactIdentity.id)
        ):
            out.setdefault(contact_id, []).append(value)
    return out
