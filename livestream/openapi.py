"""The OpenAPI 3.1 description of the REST API, served at /api/openapi.json."""

from __future__ import annotations

_ERROR = {"$ref": "#/components/responses/Error"}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


_SESSION_ID = {"name": "session_id", "in": "path", "required": True,
               "schema": {"type": "integer"}, "description": "Live session id"}


_SOURCE_ID = {"name": "source_id", "in": "path", "required": True,
              "schema": {"type": "integer"}, "description": "Comment source id"}

_GROUP_ID = {"name": "group_id", "in": "path", "required": True,
             "schema": {"type": "integer"}, "description": "Question group id"}


def openapi_document() -> dict:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Livelead API",
            "version": "1",
            "description": "Live sessions, comment ingest and the grouped question queue. "
                           "Authenticate with `Authorization: Bearer <token>` "
                           "(`python run.py token create --role ROLE`).",
        },
        "security": [{"bearer": []}],
        "paths": {
            "/api/sessions": {
                "post": {
                    "summary": "Create a live session (organiser, moderator)",
                    "requestBody": {"required": True, "content": {"application/json": {
                        "schema": _ref("NewSession")}}},
                    "responses": {"201": _json(_ref("Session"), "Created"), "400": _ERROR,
                                  "401": _ERROR, "403": _ERROR},
                },
                "get": {
                    "summary": "List live sessions, newest first",
                    "responses": {"200": _json({"type": "array", "items": _ref("Session")}, "OK"),
                                  "401": _ERROR},
                },
            },
            "/api/sessions/{session_id}": {
                "get": {
                    "summary": "One live session",
                    "parameters": [_SESSION_ID],
                    "responses": {"200": _json(_ref("Session"), "OK"), "404": _ERROR},
                },
            },
            "/api/sessions/{session_id}/comments": {
                "post": {
                    "summary": "Ingest a batch of comments (organiser, moderator)",
                    "description": "The batch is stored in one transaction. A comment already "
                                   "stored for this session (same platform and id) counts as a "
                                   "duplicate and is not stored again. Any bad item rejects the "
                                   "whole batch; the error message names the item and field.",
                    "parameters": [_SESSION_ID],
                    "requestBody": {"required": True, "content": {"application/json": {
                        "schema": {"type": "array", "items": _ref("Comment")}}}},
                    "responses": {
                        "200": _json(_ref("IngestResult"), "Stored"),
                        "400": _ERROR, "401": _ERROR, "403": _ERROR, "404": _ERROR,
                        "413": _ERROR, "415": _ERROR,
                    },
                },
            },
            "/api/sessions/{session_id}/questions": {
                "get": {
                    "summary": "The session's question groups, most asked first",
                    "description": "Hosts receive the texts with phone numbers masked.",
                    "parameters": [_SESSION_ID, {
                        "name": "status", "in": "query", "required": False,
                        "schema": {"enum": ["open", "on_air", "answered", "dismissed"]}}],
                    "responses": {"200": _json({"type": "array", "items": _ref("QuestionGroup")},
                                               "OK"), "400": _ERROR, "404": _ERROR},
                },
            },
            "/api/sessions/{session_id}/start": {
                "post": {"summary": "Start the live session (organiser)", "parameters": [_SESSION_ID],
                         "responses": {"200": _json(_ref("Session"), "Started"), "409": _ERROR,
                                       "404": _ERROR}},
            },
            "/api/sessions/{session_id}/end": {
                "post": {"summary": "End the live session (organiser)", "parameters": [_SESSION_ID],
                         "responses": {"200": _json(_ref("Session"), "Ended"), "404": _ERROR}},
            },
            "/api/sessions/{session_id}/questions/{group_id}/actions": {
                "post": {
                    "summary": "A moderator's action on a question (organiser, moderator)",
                    "description": "Actions: on_air (the question on air before it becomes "
                                   "answered), answered, dismiss, reopen, pin, unpin, edit "
                                   "{text, text_version}, merge {into}, split {comment_seq}. "
                                   "An action that conflicts with another moderator's earlier "
                                   "one (answering a dismissed question, editing a text that "
                                   "changed) gets 409 naming what happened; repeating an action "
                                   "already done changes nothing (changed: false).",
                    "parameters": [_SESSION_ID, _GROUP_ID],
                    "requestBody": {"required": True, "content": {"application/json": {
                        "schema": _ref("Action")}}},
                    "responses": {"200": _json(_ref("ActionResult"), "Applied"), "400": _ERROR,
                                  "404": _ERROR, "409": _ERROR},
                },
            },
            "/api/sessions/{session_id}/comments/{comment_seq}/question": {
                "post": {
                    "summary": "Put a comment in the queue as a question (organiser, moderator)",
                    "description": "For a question the engine did not recognise: the comment is "
                                   "flagged as a question and joins the open question it matches "
                                   "(as an ask of it would), or else becomes the one ask of a new "
                                   "open question. 409 when it already is an ask of a question or "
                                   "was deleted on the platform.",
                    "parameters": [_SESSION_ID, {"name": "comment_seq", "in": "path",
                                                 "required": True, "schema": {"type": "integer"}}],
                    "responses": {"201": _json({"type": "object", "properties": {
                        "seq": {"type": "integer"}, "comment": _ref("StoredComment"),
                        "groups": {"type": "array", "items": _ref("QuestionGroup")}}}, "Queued"),
                        "404": _ERROR, "409": _ERROR},
                },
            },
            "/api/sessions/{session_id}/questions/{group_id}/comments": {
                "get": {"summary": "The asks of one question, oldest first (organiser, moderator)",
                        "parameters": [_SESSION_ID, _GROUP_ID],
                        "responses": {"200": _json({"type": "array", "items": _ref("StoredComment")},
                                                   "OK"), "404": _ERROR}},
            },
            "/api/sessions/{session_id}/changes": {
                "get": {
                    "summary": "Everything after a sequence number, a page at a time",
                    "description": "Comments with seq > since (not for hosts) and the current "
                                   "state of every question that changed; `seq` is the new last "
                                   "sequence number and `more` says a further page waits.",
                    "parameters": [_SESSION_ID, {"name": "since", "in": "query", "required": False,
                                                 "schema": {"type": "integer", "minimum": 0}}],
                    "responses": {"200": _json(_ref("Changes"), "OK"), "400": _ERROR, "404": _ERROR},
                },
            },
            "/api/source-kinds": {
                "get": {"summary": "Source kinds: platform, label, unofficial, has a connector "
                                   "(organiser, moderator)",
                        "responses": {"200": {"description": "kind -> description"}}},
            },
            "/api/sessions/{session_id}/sources": {
                "get": {"summary": "The session's comment sources with their health "
                                   "(organiser, moderator)",
                        "parameters": [_SESSION_ID],
                        "responses": {"200": _json({"type": "array", "items": _ref("Source")}, "OK"),
                                      "403": _ERROR, "404": _ERROR}},
                "post": {"summary": "Add a comment source (organiser)",
                         "description": "`kind`: facebook_comments, facebook_live, youtube_chat, "
                                        "tiktok_live (unofficial), webhook, file, manual, replay; "
                                        "`external_ref`: the live video id, liveChatId or @user.",
                         "parameters": [_SESSION_ID],
                         "requestBody": {"required": True, "content": {"application/json": {
                             "schema": {"type": "object", "required": ["kind"], "properties": {
                                 "kind": {"type": "string"}, "external_ref": {"type": "string"},
                                 "label": {"type": "string"}}}}}},
                         "responses": {"201": _json(_ref("Source"), "Added"), "400": _ERROR,
                                       "403": _ERROR, "404": _ERROR}},
            },
            "/api/sessions/{session_id}/sources/{source_id}/{action}": {
                "post": {"summary": "Pause or resume a source (organiser, moderator)",
                         "description": "`action` is `pause` or `resume`; resuming also retries a "
                                        "source stopped by bad credentials.",
                         "parameters": [_SESSION_ID, _SOURCE_ID,
                                        {"name": "action", "in": "path", "required": True,
                                         "schema": {"enum": ["pause", "resume"]}}],
                         "responses": {"200": _json(_ref("Source"), "Changed"), "404": _ERROR}},
            },
            "/api/sessions/{session_id}/manual": {
                "post": {"summary": "Manual entry: a question or message received by phone, SMS or "
                                   "Messenger (organiser, moderator)",
                         "parameters": [_SESSION_ID],
                         "requestBody": {"required": True, "content": {"application/json": {
                             "schema": {"type": "object", "required": ["text"], "properties": {
                                 "text": {"type": "string", "maxLength": 5000},
                                 "author_name": {"type": "string", "maxLength": 200},
                                 "channel": {"enum": ["phone", "sms", "messenger", "zalo",
                                                      "other"]}}}}}},
                         "responses": {"201": _json(_ref("IngestResult"), "Stored"),
                                       "400": _ERROR, "403": _ERROR, "404": _ERROR}},
            },
            "/api/sources/{source_id}/comments": {
                "post": {"summary": "Generic webhook: comments from any other tool (organiser, "
                                   "moderator token)",
                         "description": "Same items as the ingest API, either a list or "
                                        "`{\"comments\": [...]}`, at most 1,000 per call. Repeated "
                                        "deliveries are stored once (platform + id). The source "
                                        "must be of kind `webhook`.",
                         "parameters": [_SOURCE_ID],
                         "requestBody": {"required": True, "content": {"application/json": {
                             "schema": {"type": "array", "maxItems": 1000, "items": _ref("Comment")}}}},
                         "responses": {"200": _json(_ref("IngestResult"), "Stored"), "400": _ERROR,
                                       "401": _ERROR, "404": _ERROR, "409": _ERROR}},
            },
            "/api/openapi.json": {
                "get": {"summary": "This document", "security": [],
                        "responses": {"200": {"description": "OpenAPI document"}}},
            },
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "responses": {"Error": _json(_ref("Error"), "Error naming what is wrong")},
            "schemas": {
                "Error": {"type": "object", "required": ["error"], "properties": {
                    "error": {"type": "object", "required": ["code", "message"], "properties": {
                        "code": {"type": "string"}, "message": {"type": "string"}}}}},
                "NewSession": {"type": "object", "required": ["title"], "properties": {
                    "title": {"type": "string", "maxLength": 300},
                    "scheduled_start": {"type": "string", "format": "date-time"}}},
                "Session": {"type": "object", "properties": {
                    "id": {"type": "integer"}, "title": {"type": "string"},
                    "status": {"enum": ["scheduled", "live", "ended"]},
                    "last_seq": {"type": "integer"},
                    "scheduled_start": {"type": ["string", "null"], "format": "date-time"},
                    "created_at": {"type": "string", "format": "date-time"}}},
                "Comment": {
                    "type": "object",
                    "required": ["platform", "id", "author", "text", "created_at"],
                    "properties": {
                        "platform": {"enum": ["facebook", "youtube", "tiktok", "zalo", "webhook",
                                              "file", "manual", "replay"]},
                        "id": {"type": "string", "description": "The platform's comment id"},
                        "author": {"type": "object", "required": ["id", "name"], "properties": {
                            "id": {"type": "string"}, "name": {"type": "string"}}},
                        "text": {"type": "string", "maxLength": 20000},
                        "created_at": {"type": "string", "format": "date-time",
                                       "description": "ISO 8601 with a time zone"},
                    },
                },
                "Source": {"type": "object", "properties": {
                    "id": {"type": "integer"}, "kind": {"type": "string"},
                    "platform": {"type": "string"}, "external_ref": {"type": "string"},
                    "label": {"type": "string"},
                    "status": {"enum": ["idle", "connected", "backoff", "paused", "auth_failed",
                                        "rejected", "ended"]},
                    "paused": {"type": "boolean"}, "connected": {"type": "boolean"},
                    "last_comment_at": {"type": ["string", "null"], "format": "date-time"},
                    "checked_at": {"type": ["string", "null"], "format": "date-time"},
                    "lag_seconds": {"type": ["number", "null"]},
                    "comment_count": {"type": "integer"}, "error_count": {"type": "integer"},
                    "last_error": {"type": ["string", "null"]}, "quota_units": {"type": "integer"},
                    "has_cursor": {"type": "boolean"}}},
                "IngestResult": {"type": "object", "properties": {
                    "accepted": {"type": "integer", "description": "New comments stored"},
                    "duplicates": {"type": "integer", "description": "Already stored, skipped"},
                    "last_seq": {"type": "integer"}}},
                "Action": {"type": "object", "required": ["action"], "properties": {
                    "action": {"enum": ["on_air", "answered", "dismiss", "reopen", "pin", "unpin",
                                        "edit", "merge", "split"]},
                    "text": {"type": "string"}, "text_version": {"type": "integer"},
                    "into": {"type": "integer"}, "comment_seq": {"type": "integer"}}},
                "ActionResult": {"type": "object", "properties": {
                    "changed": {"type": "boolean"}, "seq": {"type": "integer"},
                    "groups": {"type": "array", "items": _ref("QuestionGroup")}}},
                "StoredComment": {"type": "object", "properties": {
                    "seq": {"type": "integer"}, "platform": {"type": "string"},
                    "id": {"type": "string"}, "author": {"type": "string"},
                    "text": {"type": "string"}, "created_at": {"type": "string"},
                    "is_question": {"type": "boolean"}, "is_lead": {"type": "boolean"},
                    "is_tech": {"type": "boolean"}, "tech_kind": {"type": ["string", "null"]},
                    "phones": {"type": "array", "items": {"type": "string"}},
                    "group_id": {"type": ["integer", "null"]}}},
                "Changes": {"type": "object", "properties": {
                    "from_seq": {"type": "integer"}, "seq": {"type": "integer"},
                    "more": {"type": "boolean"}, "session": _ref("Session"),
                    "comments": {"type": "array", "items": _ref("StoredComment")},
                    "groups": {"type": "array", "items": _ref("QuestionGroup")}}},
                "QuestionGroup": {"type": "object", "properties": {
                    "id": {"type": "integer"}, "text": {"type": "string"},
                    "asks": {"type": "integer"}, "askers": {"type": "integer"},
                    "status": {"enum": ["open", "on_air", "answered", "dismissed", "merged"]},
                    "waiting_since": {"type": "string", "format": "date-time"},
                    "text_version": {"type": "integer"},
                    "merged_into": {"type": ["integer", "null"]},
                    "earlier": {"type": ["integer", "null"], "description":
                                "an answered or dismissed question of the session that this one "
                                "asks again (noted when this one was first asked)"},
                    "status_changed_at": {"type": ["string", "null"], "format": "date-time"},
                    "status_changed_by": {"type": ["string", "null"]},
                    "pinned": {"type": "boolean"}, "seq": {"type": "integer"},
                    "first_asked_at": {"type": "string", "format": "date-time"},
                    "last_asked_at": {"type": "string", "format": "date-time"}}},
            },
        },
    }
