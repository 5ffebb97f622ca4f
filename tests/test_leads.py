"""Leads from comments: one record per person, review instead of silent merges, reversible merges,
consent gating, the do-not-call list, scores with reasons, calibration with a known answer."""

import json
from datetime import timedelta

import pandas as pd
import pytest
from sqlalchemy import event, select

from lead_capture.calibrate import auc, evaluate, fit, synthetic_outcomes
from lead_capture.consent import may_contact, record_consent, withdraw_consent
from lead_capture.merges import MergeRefused, merge_contacts, unmerge
from lead_capture.models import (
    Consent,
    Contact,
    ContactEvent,
    ContactIdentity,
    DoNotCall,
    DuplicateCandidate,
)
from lead_capture.scoring import features, reasons, score_frame
from livestream.models import Comment
from run import main
from tests.conftest import T0, make_comment


def post(client, auth, session_id, comments):
    response = client.post(f"/api/sessions/{session_id}/comments", json=comments, headers=auth)
    assert response.status_code in (200, 201), response.get_data(as_text=True)


def contacts(sessions):
    with sessions() as db:
        return db.scalars(select(Contact).where(Contact.merged_into_id.is_(None)).order_by(Contact.id)).all()


def identities(sessions, contact_id):
    with sessions() as db:
        return sorted((i.kind, i.value) for i in db.scalars(
            select(ContactIdentity).where(ContactIdentity.contact_id == contact_id)))


def test_a_comment_with_a_phone_becomes_a_lead_with_its_timeline(client, auth, live_session, sessions):
    post(client, auth, live_session, [
        make_comment(1, "xin chào mọi người"),
        make_comment(2, "Mình là chị Lan ở Bình Dương sđt 0905.123.456, muốn đăng ký bhxh tự nguyện",
                     author="lan"),
    ])
    [lead] = contacts(sessions)
    assert (lead.name, lead.province) == ("Lan", "TP Hồ Chí Minh")
    assert lead.interests == ["bhxh_voluntary"] and "join" in lead.intents
    assert ("phone", "+84905123456") in identities(sessions, lead.id)
    with sessions() as db:
        [moment] = db.scalars(select(ContactEvent).where(ContactEvent.contact_id == lead.id)).all()
        comment = db.get(Comment, moment.comment_id)
    assert comment.platform_comment_id == "c2" and moment.live_session_id == live_session
    assert lead.tier in ("hot", "warm") and any("gave a phone number" in r["text"] for r in lead.reasons)


def test_later_comments_of_a_known_person_land_on_the_same_record(client, auth, live_session, sessions):
    post(client, auth, live_session, [make_comment(1, "em tên Hoa, sđt 0912345678", author="hoa")])
    post(client, auth, live_session, [make_comment(2, "đóng bao nhiêu năm thì được lương hưu", author="hoa"),
                                      make_comment(3, "cảm ơn chị", author="hoa")])
    [lead] = contacts(sessions)
    assert (lead.comment_count, lead.question_count) == (3, 1)


def test_the_same_phone_from_another_platform_is_the_same_person(client, auth, live_session, sessions):
    post(client, auth, live_session, [
        make_comment(1, "sđt em 0905 123 456 tư vấn bhyt hộ gia đình", author="fb-1"),
        make_comment(2, "0905123456 gọi cho em nhé", author="yt-1", platform="youtube"),
    ])
    [lead] = contacts(sessions)
    kinds = [k for k, _ in identities(sessions, lead.id)]
    assert kinds.count("account") == 2 and kinds.count("phone") == 1


def test_a_phone_shared_by_two_accounts_goes_to_review_not_merged(client, auth, live_session, sessions):
    post(client, auth, live_session, [make_comment(1, "em tên Mai sđt 0905123456", author="mai")])
    post(client, auth, live_session, [make_comment(2, "con tên Tú, số của mẹ 0905123456", author="tu")])
    assert len(contacts(sessions)) == 2
    with sessions() as db:
        [candidate] = db.scalars(select(DuplicateCandidate)).all()
    assert candidate.reason == "shared_phone" and candidate.status == "open"


def test_similar_names_in_one_province_go_to_review(client, auth, live_session, sessions):
    post(client, auth, live_session, [
        make_comment(1, "Mình là chị Nguyễn Thị Lan ở Huế, muốn tư vấn bhxh", author="a"),
        make_comment(2, "minh la chi nguyen thi lan o hue sdt 0987654321", author="b"),
        make_comment(3, "Mình là chị Nguyễn Thị Lan ở Hà Nội, bhyt", author="c"),
    ])
    assert len(contacts(sessions)) == 3
    with sessions() as db:
        pairs = db.execute(select(DuplicateCandidate.contact_a_id, DuplicateCandidate.contact_b_id,
                                  DuplicateCandidate.reason)).all()
    assert len(pairs) == 1 and pairs[0].reason == "similar_name"



def _similar_pairs(sessions) -> list[tuple[int, int]]:
    with sessions() as db:
        return db.execute(select(DuplicateCandidate.contact_a_id, DuplicateCandidate.contact_b_id)
                          .where(DuplicateCandidate.reason == "similar_name")
                          .order_by(DuplicateCandidate.id)).all()


def _open_pairs(sessions) -> list[tuple[int, int]]:
    with sessions() as db:
        return db.execute(select(DuplicateCandidate.contact_a_id, DuplicateCandidate.contact_b_id)
                          .where(DuplicateCandidate.reason == "similar_name",
                                 DuplicateCandidate.status == "open")
                          .order_by(DuplicateCandidate.id)).all()


def test_a_common_name_stops_opening_review_pairs(client, auth, live_session, sessions):
    """Namesakes one after another: the 2nd to 4th are paired with the earlier ones; from the
    5th on the name is too common to suggest one person, so the review list stops growing and
    the pairs it opened while it was rare are closed."""
    for n in range(1, 5):
        post(client, auth, live_session, [
            make_comment(n, f"Mình là Nguyễn Thị Hương ở Huế, sđt 09051234{n:02d}", author=f"huong{n}")])
    assert len(_open_pairs(sessions)) == 1 + 2 + 3
    for n in range(5, 11):
        post(client, auth, live_session, [
            make_comment(n, f"Mình là Nguyễn Thị Hương ở Huế, sđt 09051234{n:02d}", author=f"huong{n}")])
    assert len(contacts(sessions)) == 10
    assert len(_similar_pairs(sessions)) == 1 + 2 + 3 and _open_pairs(sessions) == []
    with sessions() as db:
        closed = db.scalars(select(DuplicateCandidate)).all()
    assert {(c.status, c.decided_by) for c in closed} == {("dismissed", "Livelead: common name")}
    # A rarer name in the same province still finds its likely twin, and keeps it.
    post(client, auth, live_session, [make_comment(20, "Mình là Tôn Nữ Thị Hương ở Huế", author="ton1"),
                                      make_comment(21, "tên em là Tôn Nữ Thị Hương, ở Huế", author="ton2")])
    post(client, auth, live_session, [make_comment(22, "Mình là Nguyễn Thị Hương ở Huế", author="huong22")])
    assert len(_open_pairs(sessions)) == 1


def test_namesakes_arriving_together_close_the_pairs_of_a_name_become_common(client, auth, live_session,
                                                                              sessions):
    for n in range(1, 4):
        post(client, auth, live_session, [make_comment(n, "Mình là Lê Văn Nam ở Huế", author=f"nam{n}")])
    assert len(_open_pairs(sessions)) == 1 + 2
    post(client, auth, live_session, [make_comment(n, "Mình là Lê Văn Nam ở Huế", author=f"nam{n}")
                                      for n in range(4, 9)])
    assert _open_pairs(sessions) == []


def test_a_name_is_compared_with_the_newest_namesakes_only(client, auth, live_session, sessions,
                                                            monkeypatch):
    monkeypatch.setattr("lead_capture.contacts.NAMESAKES_READ", 3)
    post(client, auth, live_session, [make_comment(1, "Mình là Lò Văn Hùng ở Sơn La", author="old")])
    for n, family in enumerate(("Trần", "Phạm", "Đặng", "Bùi"), start=2):
        post(client, auth, live_session,
             [make_comment(n, f"Mình là {family} Quốc Hùng ở Sơn La", author=f"a{n}")])
    post(client, auth, live_session, [make_comment(9, "tên em là Lò Văn Hùng, ở Sơn La", author="new")])
    assert _similar_pairs(sessions) == []  # the first Lò Văn Hùng is older than the 3 newest Hùng
    post(client, auth, live_session, [make_comment(10, "Mình là Đặng Quốc Hùng ở Sơn La", author="b")])
    assert len(_similar_pairs(sessions)) == 1


def test_commenting_again_does_not_compare_a_name_again(client, auth, live_session, sessions):
    post(client, auth, live_session, [make_comment(1, "Mình là Nguyễn Thị Lan ở Huế", author="a")])
    reads = []

    def count(conn, cursor, statement, parameters, context, executemany):
        reads.extend(part for part in statement.split("WHERE")[1:] if "given_name" in part)

    engine = sessions.kw["bind"]
    event.listen(engine, "before_cursor_execute", count)
    post(client, auth, live_session, [make_comment(2, "cho em hỏi thêm về bhyt ạ", author="a")])
    event.remove(engine, "before_cursor_execute", count)
    assert reads == []  # no look-up of namesakes: her name was compared when she gave it
    post(client, auth, live_session, [make_comment(3, "Mình là Nguyễn Thị Lan ở Huế", author="b")])
    assert len(_similar_pairs(sessions)) == 1

def _state(sessions, *ids):
    with sessions() as db:
        out = {}
        for contact_id in ids:
            contact = db.get(Contact, contact_id)
            out[contact_id] = (
                {c.key: getattr(contact, c.key) for c in Contact.__table__.columns},
                sorted(db.scalars(select(ContactIdentity.id)
                                  .where(ContactIdentity.contact_id == contact_id))),
                sorted(db.scalars(select(ContactEvent.id).where(ContactEvent.contact_id == contact_id))),
                sorted(db.scalars(select(Consent.id).where(Consent.contact_id == contact_id))),
            )
        return out


def test_merge_and_unmerge_round_trip_restores_both_records(client, auth, live_session, sessions):
    post(client, auth, live_session, [
        make_comment(1, "em tên Mai ở Cần Thơ sđt 0905123456 bhxh", author="mai"),
        make_comment(2, "Mai đây, sđt khác 0912345678, gọi cho em", author="mai2", platform="youtube"),
    ])
    a, b = (c.id for c in contacts(sessions))
    with sessions.begin() as db:
        record_consent(db, b, "call", True, channel="phone", wording="Đồng ý nhận cuộc gọi tư vấn",
                       evidence_kind="call_note", evidence="đã hỏi qua điện thoại", by="mod")
    before = _state(sessions, a, b)
    with sessions.begin() as db:
        log = merge_contacts(db, a, b, by="organiser")
        log_id = log.id
    [merged] = contacts(sessions)
    assert merged.id == a and len(identities(sessions, a)) == 4
    with sessions.begin() as db:
        assert may_contact(db, a, "call").allowed  # consent travelled with the record
        with pytest.raises(MergeRefused):
            merge_contacts(db, a, a, by="x")
    with sessions.begin() as db:
        unmerge(db, log_id, by="organiser")
    assert _state(sessions, a, b) == before
    with sessions.begin() as db, pytest.raises(MergeRefused):
        unmerge(db, log_id, by="organiser")


def test_consent_is_per_purpose_and_withdrawal_or_the_do_not_call_list_stop_follow_up(
        client, auth, live_session, sessions, tmp_path, database_url, monkeypatch, capsys):
    post(client, auth, live_session, [make_comment(1, "gọi cho em 0905123456 nhé", author="x")])
    [lead] = contacts(sessions)
    with sessions.begin() as db:
        assert may_contact(db, lead.id, "call").reason == "no_consent"  # a comment is not consent
        record_consent(db, lead.id, "call", True, channel="livestream", wording="Đồng ý để tư vấn viên gọi",
                       evidence_kind="form", by="mod")
        assert may_contact(db, lead.id, "call").allowed
        assert may_contact(db, lead.id, "sms").reason == "no_consent"
    csv_file = tmp_path / "dnc.csv"
    csv_file.write_text("phone,note\n0905 123 456,asked\n+84912345678,\n12345,bad\n", encoding="utf-8")
    monkeypatch.setenv("DATABASE_URL", database_url)
    assert main(["dnc", "import", str(csv_file)]) == 0
    assert json.loads(capsys.readouterr().out) == {"added": 2, "already": 0, "invalid": 1,
                                                   "tasks_stopped": 0}
    with sessions.begin() as db:
        assert db.get(DoNotCall, "+84905123456") is not None
        assert may_contact(db, lead.id, "call").reason == "do_not_call"
        assert may_contact(db, lead.id, "email").reason == "no_consent"
        record_consent(db, lead.id, "email", True, channel="web", wording="email", evidence_kind="form")
        withdraw_consent(db, lead.id, channel="phone", evidence_kind="call_note", evidence="không muốn nữa")
        assert may_contact(db, lead.id, "email").reason == "withdrawn"


def test_a_do_not_call_list_saved_by_excel_on_a_vietnamese_windows_is_read(sessions, tmp_path,
                                                                             database_url, monkeypatch,
                                                                             capsys):
    monkeypatch.setenv("DATABASE_URL", database_url)
    excel = tmp_path / "dnc.csv"
    # Excel writes Windows-1258 there (tones as combining marks), and a phone column typed as
    # numbers loses its leading 0: "Trần Bình;912345678"
    excel.write_bytes("ho\u0323 tên;sô\u0301\nNguyê\u0303n Thi\u0323 Lan;0905 123 456\n"
                      "Trâ\u0300n Bi\u0300nh;912345678\nTô\u0301ng;123456789\n".encode("cp1258"))
    assert main(["dnc", "import", str(excel)]) == 0
    assert json.loads(capsys.readouterr().out) == {"added": 2, "already": 0, "invalid": 1,
                                                   "tasks_stopped": 0}
    unreadable = tmp_path / "scan.csv"
    unreadable.write_bytes(b"\x81\x8d 0987654321\n")
    assert main(["dnc", "import", str(unreadable)]) == 2
    assert "scan.csv: neither UTF-8" in capsys.readouterr().err
    with sessions() as db:
        assert db.get(DoNotCall, "+84905123456") is not None
        assert db.get(DoNotCall, "+84912345678") is not None
        assert db.get(DoNotCall, "+84987654321") is None  # nothing of an unreadable file


def test_a_batch_costs_a_fixed_number_of_queries_however_many_contacts_exist(app, client, auth, live_session):
    engine = app.extensions["livelead.engine"]

    def capture_queries(first):
        batch = [make_comment(first + i, f"em tên Lan{i} sđt 09051{first + i:05d} bhxh",
                              author=f"p{first + i}") for i in range(50)]
        statements = []
        listener = lambda *args: statements.append(args[2])  # noqa: E731
        event.listen(engine, "before_cursor_execute", listener)
        try:
            post(client, auth, live_session, batch)
        finally:
            event.remove(engine, "before_cursor_execute", listener)
        return [s for s in statements if "contact" in s.lower()]

    small = capture_queries(0)
    post(client, auth, live_session, [make_comment(1000 + i, f"sđt 09061{i:05d}", author=f"q{i}")
                                      for i in range(300)])
    large = capture_queries(5000)
    assert len(large) <= len(small) + 2
    assert not any("from contacts" in s.lower() and "where" not in s.lower() for s in large)


# ---- scores ----

def test_every_score_carries_its_reasons_and_engagement_decays(sessions):
    now = T0
    lead = {"phones": ["+84905123456"], "intents": ["call_me"], "interests": ["bhxh_voluntary"],
            "question_count": 5, "province": "Huế", "segment": {"age_group": "45_54"}, "last_seen_at": now}
    row = features(lead, now)
    scored = score_frame(pd.DataFrame([row]), with_points=True).iloc[0]
    texts = [r["text"] for r in reasons(scored, row)]
    assert "+30 gave a phone number" in texts and "+20 asked to be called" in texts
    assert "+15 asked 5 questions" in texts  # 5 points each, capped at 15
    assert scored["tier"] == "hot"
    week_later = features(lead, now + timedelta(days=7))
    later = score_frame(pd.DataFrame([week_later]), with_points=True).iloc[0]
    assert later["engagement"] == pytest.approx(scored["engagement"] / 2, abs=0.1)
    assert later["fit"] == scored["fit"]


def test_bench_leads_prints_its_throughput(capsys):
    assert main(["bench", "--leads", "200000"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report) == {"leads", "seconds", "leads_per_s"} and report["leads"] == 200000
    assert report["seconds"] < 5


# ---- calibration ----

def test_calibration_learns_the_known_rates_and_beats_a_rule_blind_to_occupation():
    frame = synthetic_outcomes(20000)
    model = fit(frame, ["occupation", "has_phone", "province"])
    truth = frame.groupby("occupation")["enrolled"].mean()
    for occupation, rate in truth.items():
        assert model.tables["occupation"][occupation] == pytest.approx(rate, abs=0.02)
    spread = model.tables["province"].values()
    assert max(spread) - min(spread) < 0.05  # province does not matter, and it learns that
    report = evaluate(frame, ["occupation", "has_phone", "province"])
    best = auc(frame["true_rate"], frame["enrolled"])
    assert report["auc_model"] == pytest.approx(best, abs=0.02)
    assert report["auc_model"] > report["auc_rule"] + 0.05


def test_unseen_values_fall_back_to_the_all_unit_rate():
    frame = pd.DataFrame({"occupation": ["farmer"] * 10 + ["trader"] * 10,
                          "enrolled": [1] * 8 + [0] * 2 + [0] * 10})
    model = fit(frame, ["occupation"])
    unseen = model.predict(pd.DataFrame({"occupation": ["astronaut"]}))[0]
    assert unseen == pytest.approx(model.base_rate)
    assert model.tables["occupation"]["farmer"] < 0.8  # smoothed toward the base rate


def test_calibrate_command_reports_both_aucs(capsys, database_url, monkeypatch, app, sessions):
    assert main(["leads", "calibrate", "--synthetic", "5000"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["auc_model"] > 0.7 and "auc_rule" in report
    monkeypatch.setenv("DATABASE_URL", database_url)
    assert main(["leads", "calibrate"]) == 2  # no outcomes yet
    with sessions.begin() as db:
        for i in range(40):
            db.add(Contact(name=f"P{i}", province="Huế" if i % 2 else "Hà Nội", segment={}, interests=[],
                           intents=[], reasons=[], score=float(i),
                           outcome="enrolled" if i % 2 else "declined",
                           first_seen_at=T0, last_seen_at=T0, created_at=T0))
    assert main(["leads", "calibrate", "--holdout", "0.5"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["outcomes"] == 40 and report["rates"]["province"]["Huế"] > 0.5


# ---- lead capture never loses a batch ----------------------------------------------------------
@pytest.fixture
def capture_fails(monkeypatch):
    """Lead capture breaks until `capture_fails.mend()`; ingest goes on meanwhile."""
    from lead_capture import operations

    real = operations.capture_comments

    class Breakage:
        broken = True

        def mend(self):
            self.broken = False

    breakage = Breakage()

    def capture(db, live_session_id, comments):
        if breakage.broken:
            raise RuntimeError("lead capture is broken")
        return real(db, live_session_id, comments)

    monkeypatch.setattr(operations, "capture_comments", capture)
    return breakage


def lead_events(sessions):
    with sessions() as db:
        return db.scalars(select(ContactEvent.contact_id)).all()


def test_a_lead_whose_capture_failed_is_captured_with_the_next_batch(
        client, auth, live_session, sessions, capture_fails):
    post(client, auth, live_session, [make_comment(1, "tư vấn giúp em 0905 123 456", author="lan")])
    assert contacts(sessions) == []  # the comments are stored, their capture failed
    capture_fails.mend()
    post(client, auth, live_session, [make_comment(2, "chào chị ạ", author="hoa")])
    [lead] = contacts(sessions)
    assert ("phone", "+84905123456") in identities(sessions, lead.id)
    post(client, auth, live_session, [make_comment(3, "hay quá", author="minh")])
    assert lead_events(sessions) == [lead.id]  # read once, not again with every batch


def test_the_scheduler_catch_up_captures_what_a_failed_capture_left(
        client, auth, live_session, sessions, capture_fails):
    from lead_capture.operations import capture_waiting

    post(client, auth, live_session, [make_comment(1, "sđt em 0912345678 gọi lại giúp em", author="an")])
    assert capture_waiting(sessions) == []  # still broken: nothing caught up, nothing lost
    capture_fails.mend()
    assert capture_waiting(sessions) == [live_session]
    [lead] = contacts(sessions)
    assert ("phone", "+84912345678") in identities(sessions, lead.id)
    assert capture_waiting(sessions) == [] and lead_events(sessions) == [lead.id]


def test_the_push_of_an_ended_session_first_reads_the_comments_capture_missed(
        client, auth, live_session, sessions, capture_fails):
    from lead_capture.followup.models import FollowUpTask
    from lead_capture.followup.push import push_session_tasks
    from livestream.models import LiveSession, SessionStatus
    from tests.followup_gen import NOW, gen_agent, gen_team

    post(client, auth, live_session, [make_comment(1, "tư vấn cho mẹ em 0987 654 321", author="binh")])
    capture_fails.mend()
    with sessions.begin() as db:
        gen_team(db, agents=[gen_agent(db)])
        live = db.get(LiveSession, live_session)
        live.status, live.ended_at = SessionStatus.ENDED, NOW - timedelta(minutes=5)
    with sessions.begin() as db:
        assert push_session_tasks(db, live_session, now=NOW).created == 1
    [lead] = contacts(sessions)
    with sessions() as db:
        assert db.scalars(select(FollowUpTask.contact_id)).all() == [lead.id]


def test_bench_capture_reports_rates_and_review_pairs(capsys, monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert main(["bench", "--capture", "1500", "--quiet"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["comments"] == 1500 and report["contacts"] == 1500  # one new viewer each
    assert report["per_s"] > 0 and report["ms_per_1k_first"] > 0 and report["ms_per_1k_last"] > 0
    # Namesakes pile up in three provinces, but a common name opens no pairs.
    assert 0 < report["review_pairs"] < 1500
    assert 0 < report["review_pairs_open"] < report["review_pairs"]  # those of names become common closed
    assert main(["bench", "--capture", "0", "--quiet"]) == 2
    assert "at least 1 comment" in capsys.readouterr().err
