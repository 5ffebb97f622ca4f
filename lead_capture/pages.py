"""Lead pages: the leads list, a lead's timeline, the duplicate review, exports and quick capture.

Shell module: parses requests, calls the services, commits. Phone numbers are masked on every page;
a reveal and every export are written to the audit log in the same transaction.
"""

from __future__ import annotations

import csv
import io
import re
import threading
from collections.abc import Iterator
from pathlib import Path

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    send_file,
    stream_with_context,
    url_for,
)
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import String, cast, func, select

from lead_capture import consent as consents
from lead_capture.contacts import capture_contact, phones_of
from lead_capture.exports import (
    EXPORT_COLUMNS,
    XLSX_MIMETYPE,
    expire_exports,
    export_chunks,
    export_of,
    export_state,
    file_of,
    write_xlsx,
)
from lead_capture.exports import start_export as begin_export
from lead_capture.extract import DEFAULT_PRODUCTS
from lead_capture.followup.forms import OUTCOME_LABELS
from lead_capture.followup.work import stop_follow_up
from lead_capture.forms import (
    DEFAULT_WORDING,
    EVIDENCE_LABELS,
    INTENT_LABELS,
    INTEREST_LABELS,
    PURPOSE_LABELS,
    TIER_LABELS,
    ConsentForm,
    EmptyForm,
    QuickCaptureForm,
    reason_text,
)
from lead_capture.merges import MergeRefused, dismiss_candidate, merge_contacts
from lead_capture.merges import unmerge as undo_merge
from lead_capture.models import Consent, Contact, ContactEvent, DuplicateCandidate, MergeLog, Purpose
from lead_capture.operations import rescore
from lead_capture.provinces import PROVINCES, normalise_province
from lead_capture.signals import tasks_changed
from livestream.access import Principal, can_see_session, visible_sessions
from livestream.db import utcnow
from livestream.models import LiveSession, Role, SessionStatus
from livestream.pages import add_console_panel, add_nav_link, paginate, roles_required_by, visible_session
from livestream.phones import extract_phones, mask_e164, mask_phones
from livestream.web import get_db

bp = Blueprint("leads", __name__, template_folder="templates", static_folder="static",
               static_url_path="/leads/static")

CREW = (Role.ORGANISER, Role.MODERATOR)
LEADS_PAGE = 200  # leads per page of the list
REVIEW_PAGE = 100  # possible duplicates per page of the review
# Who may open each page: the single table the role tests walk through.
LEAD_PAGE_ROLES: dict[str, tuple[Role, ...]] = {
    "leads.leads_list": CREW,
    "leads.lead_detail": CREW,
    "leads.reveal_phone": CREW,
    "leads.record_consent": CREW,
    "leads.set_outcome": CREW,
    "leads.duplicates": CREW,
    "leads.merge": (Role.ORGANISER,),
    "leads.dismiss": (Role.ORGANISER,),
    "leads.unmerge": (Role.ORGANISER,),
    "leads.export": (Role.ORGANISER,),
    "leads.start_export": (Role.ORGANISER,),
    "leads.export_page": (Role.ORGANISER,),
    "leads.export_status": (Role.ORGANISER,),
    "leads.export_file": (Role.ORGANISER,),
    "leads.capture_page": CREW,
    "leads.quick_capture": CREW,
}

@bp.app_context_processor
def _lead_globals():
    return {"TIER_LABELS": TIER_LABELS, "INTEREST_LABELS": INTEREST_LABELS, "INTENT_LABELS": INTENT_LABELS,
            "PURPOSE_LABELS": PURPOSE_LABELS, "mask_e164": mask_e164, "reason_text": reason_text,
            "quick_capture_form": lambda: QuickCaptureForm(formdata=None), "mask_phones": mask_phones,
            "PROVINCES_IN_FORCE": PROVINCES, "DEFAULT_CONSENT_WORDING": DEFAULT_WORDING,
            "OUTCOMES": OUTCOMES}


roles_required = roles_required_by(LEAD_PAGE_ROLES)


def init_app(app) -> None:
    """Register the lead pages, their menu links and the console's quick-capture panel."""
    app.register_blueprint(bp)
    add_nav_link(app, "leads.leads_list", _l("Leads"), LEAD_PAGE_ROLES["leads.leads_list"])
    add_nav_link(app, "leads.duplicates", _l("Possible duplicates"), LEAD_PAGE_ROLES["leads.duplicates"])
    add_console_panel(app, _l("Quick capture of a lead (Alt+N)"), "lead_capture/_quick_capture.html")


def principal() -> Principal:
    return Principal.of_user(current_user)


def _audit(db, action: str, target: str, **detail) -> None:
    consents.audit(db, actor=principal().name, actor_user_id=current_user.id, action=action, target=target,
                   **detail)


def _contact_or_404(db, contact_id: int) -> Contact:
    contact = db.get(Contact, contact_id)
    if contact is None:
        abort(404)
    if contact.merged_into_id:
        return _contact_or_404(db, contact.merged_into_id)
    if current_user.role != Role.ORGANISER and not db.scalar(
            _seen_in_visible_sessions(db).where(ContactEvent.contact_id == contact.id).limit(1)):
        abort(403)
    return contact


def _may_reveal(db, contact: Contact) -> bool:
    """Organisers may; moderators only while the lead's session is live (they are capturing)."""
    if current_user.role == Role.ORGANISER:
        return True
    live = db.get(LiveSession, contact.last_session_id) if contact.last_session_id else None
    return live is not None and live.status == SessionStatus.LIVE and can_see_session(db, principal(), live)


def _seen_in_visible_sessions(db):
    """Contacts a moderator may see: those who took part in a session of their crew."""
    sessions = visible_sessions(db, principal()).with_only_columns(LiveSession.id).order_by(None)
    return select(ContactEvent.contact_id).where(ContactEvent.live_session_id.in_(sessions))


def _filtered(db, args) -> tuple:
    query = select(Contact).where(Contact.merged_into_id.is_(None))
    if current_user.role != Role.ORGANISER:
        query = query.where(Contact.id.in_(_seen_in_visible_sessions(db)))
    filters = {k: args.get(k, "") for k in ("session", "tier", "province", "interest", "consent")}
    if filters["session"].isdigit():
        query = query.where(Contact.id.in_(select(ContactEvent.contact_id).where(
            ContactEvent.live_session_id == int(filters["session"]))))
    if filters["tier"] in TIER_LABELS:
        query = query.where(Contact.tier == filters["tier"])
    if filters["province"] in PROVINCES:
        query = query.where(Contact.province == filters["province"])
    if filters["interest"] in INTEREST_LABELS:
        query = query.where(cast(Contact.interests, String).like(f'%"{filters["interest"]}"%'))
    newest = select(func.max(Consent.id)).group_by(Consent.contact_id, Consent.purpose)
    granted = select(Consent.contact_id).where(Consent.id.in_(newest), Consent.granted)
    if filters["consent"] in {p.value for p in Purpose}:
        query = query.where(Contact.id.in_(granted.where(Consent.purpose == filters["consent"])))
    elif filters["consent"] == "none":
        query = query.where(Contact.id.not_in(granted))
    return query.order_by(Contact.score.desc(), Contact.id.desc()), filters


@bp.get("/leads")
@roles_required
def leads_list():
    db = get_db()
    query, filters = _filtered(db, request.args)
    people = paginate(db, query, LEADS_PAGE)
    ids = [c.id for c in people.items]
    return render_template(
        "lead_capture/leads.html", people=people, phones=phones_of(db, ids),
        consent=consents.current_consent(db, ids), filters=filters, provinces=PROVINCES,
        lives=db.scalars(visible_sessions(db, principal())).all(),
    )


def _detail(db, contact: Contact, revealed: bool = False):
    events = db.scalars(select(ContactEvent).where(ContactEvent.contact_id == contact.id)
                        .order_by(ContactEvent.at.desc(), ContactEvent.id.desc())).all()
    history = db.scalars(select(Consent).where(Consent.contact_id == contact.id)
                         .order_by(Consent.id.desc())).all()
    merges = db.scalars(select(MergeLog).where(MergeLog.survivor_id == contact.id,
                                               MergeLog.undone_at.is_(None))
                        .order_by(MergeLog.id.desc())).all()
    phones = phones_of(db, [contact.id]).get(contact.id, [])
    return render_template(
        "lead_capture/lead.html", lead=contact, events=events, history=history, merges=merges, phones=phones,
        blocked=consents.blocked_phones(db, phones), revealed=revealed, may_reveal=_may_reveal(db, contact),
        consent=consents.current_consent(db, [contact.id]).get(contact.id, {}), form=EmptyForm(),
        consent_form=ConsentForm(formdata=None, wording=str(DEFAULT_WORDING)),
        EVIDENCE_LABELS=EVIDENCE_LABELS, CALL_OUTCOMES=OUTCOME_LABELS,
    )


@bp.get("/leads/<int:contact_id>")
@roles_required
def lead_detail(contact_id: int):
    db = get_db()
    contact = _contact_or_404(db, contact_id)
    if contact.id != contact_id:
        return redirect(url_for("leads.lead_detail", contact_id=contact.id))
    return _detail(db, contact)


@bp.post("/leads/<int:contact_id>/reveal")
@roles_required
def reveal_phone(contact_id: int):
    if not EmptyForm().validate_on_submit():
        abort(400)
    db = get_db()
    contact = _contact_or_404(db, contact_id)
    if not _may_reveal(db, contact):
        abort(403)
    _audit(db, "reveal_phone", f"contact:{contact.id}")
    db.commit()
    return _detail(db, contact, revealed=True)


@bp.post("/leads/<int:contact_id>/consent")
@roles_required
def record_consent(contact_id: int):
    db = get_db()
    contact = _contact_or_404(db, contact_id)
    form = ConsentForm()
    if not form.validate_on_submit():
        abort(400)
    by = principal().name
    agents: list[int] = []
    if form.decision.data == "withdraw":
        consents.withdraw_consent(db, contact.id, channel=form.channel.data,
                                  evidence_kind=form.evidence_kind.data,
                                  evidence=form.evidence.data or "", by=by)
        agents = stop_follow_up(db, contact.id, now=utcnow())  # at once, not at the next scan
    else:
        consents.record_consent(db, contact.id, form.purpose.data, True, channel=form.channel.data,
                                wording=form.wording.data or "", evidence_kind=form.evidence_kind.data,
                                evidence=form.evidence.data or "", by=by)
    db.commit()
    if agents:
        tasks_changed.send(current_app._get_current_object(), user_ids=agents)
    flash(_("Consent recorded."), "ok")
    return redirect(url_for("leads.lead_detail", contact_id=contact.id))


EMAIL_SHAPE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")  # a typo check; the mail server has the last word

OUTCOMES = {"enrolled": _l("enrolled"), "declined": _l("declined")}


@bp.post("/leads/<int:contact_id>/outcome")
@roles_required
def set_outcome(contact_id: int):
    """Enrolled or declined: what calibration learns from (follow-up will set it too)."""
    db = get_db()
    contact = _contact_or_404(db, contact_id)
    outcome = request.form.get("outcome", "")
    if not EmptyForm().validate_on_submit() or outcome not in (*OUTCOMES, ""):
        abort(400)
    contact.outcome = outcome or None
    contact.outcome_at = utcnow() if outcome else None
    db.add(ContactEvent(contact_id=contact.id, kind="outcome", at=utcnow(), text=outcome,
                        data={"by": principal().name}))
    db.commit()
    return redirect(url_for("leads.lead_detail", contact_id=contact.id))


@bp.get("/leads/duplicates")
@roles_required
def duplicates():
    db = get_db()
    open_pairs = paginate(db, select(DuplicateCandidate).where(DuplicateCandidate.status == "open")
                          .order_by(DuplicateCandidate.id), REVIEW_PAGE)
    ids = {i for c in open_pairs.items for i in (c.contact_a_id, c.contact_b_id)}
    people = {c.id: c for c in db.scalars(select(Contact).where(Contact.id.in_(ids)))} if ids else {}
    merges = db.scalars(select(MergeLog).where(MergeLog.undone_at.is_(None)).order_by(MergeLog.id.desc())
                        .limit(50)).all()
    return render_template("lead_capture/duplicates.html", pairs=open_pairs, people=people, merges=merges,
                           phones=phones_of(db, sorted(ids)), form=EmptyForm())


@bp.post("/leads/duplicates/<int:candidate_id>/merge")
@roles_required
def merge(candidate_id: int):
    db = get_db()
    candidate = db.get(DuplicateCandidate, candidate_id)
    if candidate is None:
        abort(404)
    if not EmptyForm().validate_on_submit():
        abort(400)
    try:
        merge_contacts(db, candidate.contact_a_id, candidate.contact_b_id, by=principal().name,
                       candidate_id=candidate.id)
        _audit(db, "merge", f"contact:{candidate.contact_a_id}", merged=candidate.contact_b_id)
        rescore(db, [candidate.contact_a_id])
        db.commit()
        flash(_("Merged."), "ok")
    except MergeRefused as exc:
        db.rollback()
        flash(str(exc), "error")
    return redirect(_review_page())


@bp.post("/leads/duplicates/<int:candidate_id>/dismiss")
@roles_required
def dismiss(candidate_id: int):
    db = get_db()
    if not EmptyForm().validate_on_submit():
        abort(400)
    try:
        dismiss_candidate(db, candidate_id, by=principal().name)
    except LookupError:
        abort(404)
    db.commit()
    return redirect(_review_page())


def _review_page() -> str:
    """The review page the reviewer acted on (the list is paged)."""
    page = request.args.get("page", type=int)
    return url_for("leads.duplicates", page=page) if page and page > 1 else url_for("leads.duplicates")


@bp.post("/leads/merges/<int:merge_id>/undo")
@roles_required
def unmerge(merge_id: int):
    db = get_db()
    if not EmptyForm().validate_on_submit():
        abort(400)
    try:
        log = undo_merge(db, merge_id, by=principal().name)
        _audit(db, "unmerge", f"contact:{log.survivor_id}", restored=log.merged_id)
        rescore(db, [log.survivor_id, log.merged_id])
        db.commit()
        flash(_("Merge undone."), "ok")
    except LookupError:
        abort(404)
    except MergeRefused as exc:
        db.rollback()
        flash(str(exc), "error")
    return redirect(url_for("leads.duplicates"))


@bp.get("/leads/export.csv")
@roles_required
def export():
    """The filtered leads as CSV, streamed as it is written (the download starts at once)."""
    db = get_db()
    query, filters = _filtered(db, request.args)
    masked = request.args.get("masked") == "1"
    ids = list(db.scalars(query.with_only_columns(Contact.id)))
    _audit_export(db, "csv", ids, masked, filters)
    db.commit()

    def lines() -> Iterator[str]:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(EXPORT_COLUMNS)
        yield "\ufeff" + out.getvalue()
        for rows in export_chunks(db, ids, masked):
            out.seek(0)
            out.truncate()
            writer.writerows(rows)
            yield out.getvalue()

    return Response(stream_with_context(lines()), mimetype="text/csv; charset=utf-8",
                    headers={"Content-Disposition": "attachment; filename=leads.csv"})


def _audit_export(db, fmt: str, ids: list[int], masked: bool, filters: dict) -> None:
    _audit(db, "export", f"leads.{fmt}", rows=len(ids), masked=masked,
           filters={k: v for k, v in filters.items() if v})


def _export_dir() -> Path:
    return Path(current_app.config["EXPORT_DIR"])


@bp.post("/leads/exports")
@roles_required
def start_export():
    """The leads list's export buttons. A CSV is streamed by `export` (sent there with the
    filters and the choice to mask numbers). An Excel file is written in the background: the
    next page shows its progress and offers the file when it is ready (a workbook can only be
    sent once complete)."""
    if not EmptyForm().validate_on_submit():
        abort(400)
    db = get_db()
    query, filters = _filtered(db, request.form)
    masked = request.form.get("masked") == "1"
    if request.form.get("fmt") == "csv":
        chosen = {k: v for k, v in filters.items() if v} | ({"masked": "1"} if masked else {})
        return redirect(url_for("leads.export", **chosen), code=303)
    ids = list(db.scalars(query.with_only_columns(Contact.id)))
    expire_exports(db, _export_dir())
    job = begin_export(db, user_id=current_user.id, fmt="xlsx", total=len(ids))
    _audit_export(db, "xlsx", ids, masked, filters)
    db.commit()
    threading.Thread(target=write_xlsx, name=f"lead-export-{job.id}", daemon=True,
                     args=(current_app.extensions["livelead.sessions"], job.id, ids, masked, _export_dir())
                     ).start()
    return redirect(url_for("leads.export_page", token=job.token), code=303)


def _own_export(token: str):
    job = export_of(get_db(), token, current_user.id)
    if job is None:
        abort(404)
    return job


@bp.get("/leads/exports/<token>")
@roles_required
def export_page(token: str):
    job = _own_export(token)
    return render_template("lead_capture/export.html", job=job, state=export_state(job))


@bp.get("/leads/exports/<token>/status")
@roles_required
def export_status(token: str):
    return export_state(_own_export(token))


@bp.get("/leads/exports/<token>/leads.xlsx")
@roles_required
def export_file(token: str):
    job = _own_export(token)
    path = file_of(job, _export_dir())
    if export_state(job)["status"] != "ready" or not path.exists():
        abort(404)
    return send_file(path, mimetype=XLSX_MIMETYPE, as_attachment=True, download_name="leads.xlsx")


@bp.get("/sessions/<int:session_id>/capture")
@roles_required
def capture_page(session_id: int):
    return render_template("lead_capture/capture.html", live=visible_session(session_id))


@bp.post("/sessions/<int:session_id>/capture")
@roles_required
def quick_capture(session_id: int):
    """A person who called or messaged during the stream, typed in by a moderator."""
    live = visible_session(session_id)
    db = get_db()
    form = QuickCaptureForm()
    errors: dict[str, list[str]] = {}
    phones = extract_phones(form.phone.data or "") if form.phone.data else []
    if form.validate_on_submit():
        if form.phone.data and len(phones) != 1:
            errors["phone"] = [_("Not a Vietnamese mobile number.")]
        if form.province.data and normalise_province(form.province.data) is None:
            errors["province"] = [_("Unknown province.")]
        if form.email.data and not EMAIL_SHAPE.fullmatch(form.email.data.strip()):
            errors["email"] = [_("Not an e-mail address.")]
        if not (form.name.data or phones):
            errors["name"] = [_("Give a name or a phone number.")]
        if form.consent.data != "none" and not form.purposes.data:
            errors["purposes"] = [_("Choose what they agreed to.")]
    else:
        errors = {k: [str(e) for e in v] for k, v in form.errors.items()}
    if errors:
        return {"errors": errors}, 400
    by = principal().name
    interest = form.interest.data if form.interest.data in DEFAULT_PRODUCTS else ""
    contact = capture_contact(db, name=form.name.data or "", phone=phones[0] if phones else None,
                              province=form.province.data, interests=[interest] if interest else [],
                              live_session_id=live.id, by=by,
                              email=(form.email.data or "").strip().lower() or None)
    if form.consent.data != "none":
        for purpose in form.purposes.data:
            consents.record_consent(db, contact.id, purpose, True, channel="livestream",
                                    wording=form.wording.data or str(DEFAULT_WORDING),
                                    evidence_kind=form.consent.data,
                                    evidence=_("quick capture by %(who)s", who=by), by=by)
    rescore(db, [contact.id])
    db.commit()
    return {"id": contact.id, "name": contact.name, "phone": mask_e164(phones[0]) if phones else "",
            "province": contact.province or "", "tier": str(TIER_LABELS[contact.tier]),
            "score": contact.score,
            "url": url_for("leads.lead_detail", contact_id=contact.id)}, 201
