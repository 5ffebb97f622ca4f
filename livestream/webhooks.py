"""Facebook Page webhooks: the GET verification handshake and signed POST deliveries of comments.

Deliveries are checked with `X-Hub-Signature-256` over the raw body before anything is parsed;
a bad or missing signature gets 401 and nothing is stored. Facebook retries for 36 hours and may
deliver the same change twice: comments are stored once by their Graph id.
"""

from __future__ import annotations

import hmac

from flask import Blueprint, current_app, jsonify, request

from livestream import realtime, sources
from livestream.connectors.facebook import hide_phone_comments, parse_feed_webhook, signature_ok
from livestream.signals import comments_ingested
from livestream.web import connector_settings, get_db

bp = Blueprint("webhooks", __name__, url_prefix="/webhooks")


@bp.before_request
def _allow_big_deliveries():
    request.max_content_length = current_app.config.get("WEBHOOK_MAX_BODY_BYTES", 8 * 1024 * 1024)


@bp.get("/facebook")
def facebook_verify():
    """Subscription handshake: echo hub.challenge when hub.verify_token is ours."""
    expected = connector_settings().get("FACEBOOK_VERIFY_TOKEN", "")
    given = request.args.get("hub.verify_token", "")
    if (request.args.get("hub.mode") == "subscribe" and expected
            and hmac.compare_digest(given.encode(), expected.encode())):
        return request.args.get("hub.challenge", ""), 200, {"Content-Type": "text/plain"}
    return "verification failed", 403, {"Content-Type": "text/plain"}


@bp.post("/facebook")
def facebook_delivery():
    raw = request.get_data(cache=True)
    if not signature_ok(connector_settings().get("FACEBOOK_APP_SECRET", ""), raw,
                        request.headers.get("X-Hub-Signature-256")):
        return jsonify({"error": {"code": "bad_signature",
                                  "message": "X-Hub-Signature-256 missing or wrong"}}), 401
    body = request.get_json(silent=True, force=True)
    changes = parse_feed_webhook(body)
    db = get_db()
    try:
        results, deletions = sources.store_feed_changes(db, changes)
        db.commit()
    except Exception:
        db.rollback()
        raise
    for change in deletions:
        realtime.publish(change)
    for live_session_id, result in results:
        if result.accepted:
            comments_ingested.send(current_app._get_current_object(),
                                   live_session_id=live_session_id, result=result)
            hide_phone_comments(connector_settings(), result.comments)
    # Malformed changes are reported but acknowledged: a retry would not fix them.
    return jsonify({"accepted": sum(r.accepted for _, r in results),
                    "duplicates": sum(r.duplicates for _, r in results),
                    "removed": len(changes.removed), "errors": changes.errors[:20]})
