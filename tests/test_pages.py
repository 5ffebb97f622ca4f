"""Sign-in, CSRF, rate limits, roles on every page / API route / socket namespace, languages."""

import re

import pytest
from sqlalchemy import select

from livestream import accounts
from livestream.models import ApiToken, QuestionGroup, Role, User
from livestream.realtime import socketio
from livestream.sources import add_source
from run import main
from tests.conftest import make_comment, make_token

PASSWORD = "correct horse 1"


def csrf_from(html: str) -> str:
    return re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html).group(1)


def add_user(app, role: Role, email: str | None = None) -> str:
    email = email or f"{role.value}@example.vn"
    with app.extensions["livelead.sessions"].begin() as db:
        if db.scalar(select(User.id).where(User.email == email)) is None:
            accounts.create_user(db, email, role, PASSWORD, f"Test {role.value}")
    return email


def sign_in(app, client, role: Role, email: str | None = None) -> str:
    """Sign in a user of `role`; returns a CSRF token for later form posts."""
    email = add_user(app, role, email)
    token = csrf_from(client.get("/login").get_data(as_text=True))
    response = client.post("/login", data={"email": email, "password": PASSWORD, "csrf_token": token})
    assert response.status_code == 302, response.get_data(as_text=True)
    return csrf_from(client.get("/account").get_data(as_text=True))


def test_pages_need_sign_in_and_the_login_page_is_vietnamese_by_default(client):
    response = client.get("/sessions")
    assert response.status_code == 302 and "/login" in response.location
    assert "Đăng nhập" in client.get("/login").get_data(as_text=True)


def test_wrong_password_is_refused_and_right_one_signs_in(app, client):
    email = add_user(app, Role.MODERATOR)
    token = csrf_from(client.get("/login").get_data(as_text=True))
    wrong = client.post("/login", data={"email": email, "password": "nope", "csrf_token": token})
    assert wrong.status_code == 401 and "Sai email hoặc mật khẩu" in wrong.get_data(as_text=True)
    right = client.post("/login", data={"email": email.upper(), "password": PASSWORD, "csrf_token": token})
    assert right.status_code == 302
    assert client.get("/sessions").status_code == 200


def test_forms_without_a_csrf_token_are_rejected(app, client):
    email = add_user(app, Role.ORGANISER)
    assert client.post("/login", data={"email": email, "password": PASSWORD}).status_code == 400
    sign_in(app, client, Role.ORGANISER)
    response = client.post("/admin/users", data={"email": "x@example.vn", "role": "host",
                                                 "password": "long enough"})
    assert response.status_code == 400
    with app.extensions["livelead.sessions"]() as db:
        assert db.scalar(select(User.id).where(User.email == "x@example.vn")) is None


def test_cookie_api_calls_need_the_csrf_header(app, client, auth, live_session):
    client.post(f"/api/sessions/{live_session}/comments", json=[make_comment(1, "đăng ký ở đâu ạ")],
                headers=auth)
    token = sign_in(app, client, Role.MODERATOR)
    group_id = client.get(f"/api/sessions/{live_session}/questions").get_json()[0]["id"]
    url = f"/api/sessions/{live_session}/questions/{group_id}/actions"
    refused = client.post(url, json={"action": "pin"})
    assert refused.status_code == 400 and "CSRF" in refused.get_json()["error"]["message"]
    accepted = client.post(url, json={"action": "pin"}, headers={"X-CSRFToken": token})
    assert accepted.status_code == 200 and accepted.get_json()["groups"][0]["pinned"] is True


def test_login_attempts_are_rate_limited(app, client):
    app.config["LOGIN_RATE_LIMIT"] = "3 per minute"
    _assert_fourth_attempt_refused(client)


def test_login_limits_are_shared_through_redis_when_configured(database_url):
    """With several processes the counters live in Redis, so every process sees every attempt."""
    from livestream.extensions import limiter
    from run import create_app

    shared = create_app({"DATABASE_URL": database_url, "TESTING": True, "SECRET_KEY": "test",
                         "RATELIMIT_STORAGE_URI": "redis://127.0.0.1:6379/1",
                         "LOGIN_RATE_LIMIT": "3 per minute"})
    try:
        with shared.app_context():
            limiter.reset()
            assert type(limiter.storage).__name__ == "RedisStorage"
        _assert_fourth_attempt_refused(shared.test_client())
        # a second process: a new app on the same Redis, its first attempt is already refused
        other = create_app({"DATABASE_URL": database_url, "TESTING": True, "SECRET_KEY": "test",
                            "RATELIMIT_STORAGE_URI": "redis://127.0.0.1:6379/1",
                            "LOGIN_RATE_LIMIT": "3 per minute"})
        client = other.test_client()
        token = csrf_from(client.get("/login").get_data(as_text=True))
        response = client.post("/login", data={"email": "a@b.vn", "password": "x", "csrf_token": token})
        assert response.status_code == 429
        with other.app_context():
            limiter.reset()
        other.extensions["livelead.engine"].dispose()
    finally:
        shared.extensions["livelead.engine"].dispose()


def _assert_fourth_attempt_refused(client):
    token = csrf_from(client.get("/login").get_data(as_text=True))
    codes = [client.post("/login", data={"email": "a@b.vn", "password": "x", "csrf_token": token}).status_code
             for _ in range(4)]
    assert codes == [401, 401, 401, 429]


def test_organisers_add_users_and_tokens_from_pages(app, client):
    token = sign_in(app, client, Role.ORGANISER)
    added = client.post("/admin/users", data={"email": "lan@example.vn", "name": "Lan", "role": "moderator",
                                              "password": "mật khẩu dài", "csrf_token": token})
    assert added.status_code == 302
    page = client.post("/admin/tokens", data={"name": "relay", "role": "moderator", "csrf_token": token})
    new_token = re.search(r'<code id="new-token">([^<]+)</code>', page.get_data(as_text=True)).group(1)
    assert client.get("/api/sessions", headers={"Authorization": f"Bearer {new_token}"}).status_code == 200
    with app.extensions["livelead.sessions"]() as db:
        record = db.scalar(select(ApiToken).where(ApiToken.name == "relay"))
    client.post(f"/admin/tokens/{record.id}/revoke", data={"csrf_token": token})
    assert client.get("/api/sessions", headers={"Authorization": f"Bearer {new_token}"}).status_code == 401


def test_user_create_command_adds_a_user_who_can_sign_in(app, client, database_url, monkeypatch, capsys):
    monkeypatch.setenv("DATABASE_URL", database_url)
    assert main(["user", "create", "--email", "tuan@example.vn", "--role", "host",
                 "--password", PASSWORD, "--name", "Tuấn"]) == 0
    assert "tuan@example.vn" in capsys.readouterr().out
    assert main(["user", "create", "--email", "tuan@example.vn", "--role", "host",
                 "--password", PASSWORD]) == 2
    assert "already has an account" in capsys.readouterr().err
    assert main(["user", "create", "--email", "x@example.vn", "--role", "host", "--password", "short"]) == 2
    assert "password" in capsys.readouterr().err


def test_organisers_create_start_and_end_sessions_with_a_crew(app, client):
    add_user(app, Role.MODERATOR, "mod1@example.vn")
    add_user(app, Role.MODERATOR, "mod2@example.vn")
    token = sign_in(app, client, Role.ORGANISER)
    with app.extensions["livelead.sessions"]() as db:
        mod1 = db.scalar(select(User.id).where(User.email == "mod1@example.vn"))
    bad = client.post("/sessions/new", data={"title": "Live", "platform_links": "not a link",
                                             "csrf_token": token})
    assert "Không phải địa chỉ web" in bad.get_data(as_text=True)
    created = client.post("/sessions/new", data={
        "title": "BHXH tự nguyện tháng 12", "scheduled_start": "2026-12-01T19:30",
        "platform_links": "https://www.facebook.com/page/videos/1", "crew": [str(mod1)],
        "csrf_token": token})
    assert created.status_code == 302
    page = client.get("/sessions").get_data(as_text=True)
    assert "BHXH tự nguyện tháng 12" in page and "01/12/2026 19:30" in page
    session_id = int(re.search(r"/sessions/(\d+)/console", page).group(1))
    client.post(f"/sessions/{session_id}/status/live", data={"csrf_token": token})
    assert "status-live" in client.get("/sessions").get_data(as_text=True)
    # the crew member sees it; another moderator does not
    other = app.test_client()
    login_token = csrf_from(other.get("/login").get_data(as_text=True))
    sign_in_as = other.post("/login", data={"email": "mod2@example.vn", "password": PASSWORD,
                                            "csrf_token": login_token})
    assert sign_in_as.status_code == 302
    assert other.get(f"/sessions/{session_id}/console").status_code == 403
    assert "BHXH tự nguyện tháng 12" not in other.get("/sessions").get_data(as_text=True)


def test_english_is_one_click_away(app, client):
    sign_in(app, client, Role.ORGANISER)
    client.get("/language/en")
    page = client.get("/sessions").get_data(as_text=True)
    assert "Live sessions" in page and "Buổi livestream" not in page


# ---- one table of who may reach what: every page, API route and socket namespace ----

EVERYONE = set(Role)
STAFF = {Role.ORGANISER, Role.MODERATOR, Role.HOST}
CREW = {Role.ORGANISER, Role.MODERATOR}
ORG = {Role.ORGANISER}
AGENTS = {Role.AGENT, Role.ORGANISER}

ACCESS = {
    # endpoint: (method, url template, roles allowed)
    "pages.sessions": ("GET", "/sessions", STAFF),
    "pages.new_session": ("GET", "/sessions/new", ORG),
    "pages.session_status": ("POST", "/sessions/{sid}/status/live", ORG),
    "pages.console_page": ("GET", "/sessions/{sid}/console", CREW),
    "pages.host_view": ("GET", "/sessions/{sid}/host", STAFF),
    "pages.users": ("GET", "/admin/users", ORG),
    "pages.tokens": ("GET", "/admin/tokens", ORG),
    "pages.revoke_token": ("POST", "/admin/tokens/{tid}/revoke", ORG),
    "pages.account": ("GET", "/account", EVERYONE),
    "platforms.settings": ("GET", "/admin/platforms", ORG),
    "reports.compare": ("GET", "/sessions/stats", ORG),
    "reports.compare_csv": ("GET", "/sessions/stats.csv", ORG),
    "reports.session_stats": ("GET", "/sessions/{sid}/stats", CREW),
    "reports.questions_csv": ("GET", "/sessions/{sid}/questions.csv", CREW),
    "api.create_session": ("POST", "/api/sessions", CREW),
    "api.list_sessions": ("GET", "/api/sessions", STAFF),
    "api.get_session": ("GET", "/api/sessions/{sid}", STAFF),
    "api.post_comments": ("POST", "/api/sessions/{sid}/comments", CREW),
    "api.list_questions": ("GET", "/api/sessions/{sid}/questions", STAFF),
    "api.start_session": ("POST", "/api/sessions/{sid}/start", ORG),
    "api.end_session": ("POST", "/api/sessions/{sid}/end", ORG),
    "api.question_action": ("POST", "/api/sessions/{sid}/questions/{gid}/actions", CREW),
    "api.question_comments": ("GET", "/api/sessions/{sid}/questions/{gid}/comments", CREW),
    "api.ask_from_comment": ("POST", "/api/sessions/{sid}/comments/1/question", CREW),
    "api.changes": ("GET", "/api/sessions/{sid}/changes", STAFF),
    "sources.source_kinds": ("GET", "/api/source-kinds", CREW),
    "sources.list_sources": ("GET", "/api/sessions/{sid}/sources", CREW),
    "sources.add_source": ("POST", "/api/sessions/{sid}/sources", ORG),
    "sources.pause_source": ("POST", "/api/sessions/{sid}/sources/{src}/pause", CREW),
    "sources.manual_entry": ("POST", "/api/sessions/{sid}/manual", CREW),
    "sources.webhook_comments": ("POST", "/api/sources/{src}/comments", CREW),
    "leads.leads_list": ("GET", "/leads", CREW),
    "leads.lead_detail": ("GET", "/leads/1", CREW),
    "leads.reveal_phone": ("POST", "/leads/999/reveal", CREW),
    "leads.record_consent": ("POST", "/leads/1/consent", CREW),
    "leads.set_outcome": ("POST", "/leads/999/outcome", CREW),
    "leads.duplicates": ("GET", "/leads/duplicates", CREW),
    "leads.merge": ("POST", "/leads/duplicates/1/merge", ORG),
    "leads.dismiss": ("POST", "/leads/duplicates/1/dismiss", ORG),
    "leads.unmerge": ("POST", "/leads/merges/1/undo", ORG),
    "leads.export": ("GET", "/leads/export.csv", ORG),
    "leads.start_export": ("POST", "/leads/exports", ORG),
    "leads.export_page": ("GET", "/leads/exports/none", ORG),
    "leads.export_status": ("GET", "/leads/exports/none/status", ORG),
    "leads.export_file": ("GET", "/leads/exports/none/leads.xlsx", ORG),
    "leads.capture_page": ("GET", "/sessions/{sid}/capture", CREW),
    "leads.quick_capture": ("POST", "/sessions/{sid}/capture", CREW),
    "followup.my_tasks": ("GET", "/followup/tasks", AGENTS),
    "followup.next_task": ("POST", "/followup/next", AGENTS),
    "followup.task_detail": ("GET", "/followup/tasks/999", AGENTS),
    "followup.reveal_phone": ("POST", "/followup/tasks/999/reveal", {Role.AGENT}),  # the task's own agent
    "followup.record_outcome": ("POST", "/followup/tasks/999/outcome", AGENTS),
    "followup.survey_reply": ("POST", "/followup/tasks/999/survey", AGENTS),
    "followup.set_away": ("POST", "/followup/away", {Role.AGENT}),
    "followup.overdue": ("GET", "/followup/overdue", ORG),  # and agents who lead a team
    "followup.teams": ("GET", "/followup/teams", ORG),
    "followup.create_team": ("POST", "/followup/teams", ORG),
    "followup.update_team": ("POST", "/followup/teams/999", ORG),
    "followup.add_member": ("POST", "/followup/teams/999/members", ORG),
    "followup.update_member": ("POST", "/followup/members/999", ORG),
    "followup.remove_member": ("POST", "/followup/members/999/remove", ORG),
    "followup.add_territory": ("POST", "/followup/teams/999/territories", ORG),
    "followup.remove_territory": ("POST", "/followup/territories/999/remove", ORG),
    "followup.kpis": ("GET", "/followup/kpis", ORG),
    "socket:/moderator": (None, "/moderator", CREW),
    "socket:/agents": (None, "/agents", AGENTS),
    "socket:/host": (None, "/host", STAFF),
}
PUBLIC = {"static", "pages.home", "pages.login", "pages.logout", "pages.language", "api.openapi",
          "webhooks.facebook_verify", "webhooks.facebook_delivery",  # Facebook: token / signature
          "messages.survey_reply",  # survey replies: SURVEY_WEBHOOK_TOKEN or HMAC signature
          "leads.static", "followup.static"}


def test_the_access_table_covers_every_route_and_namespace(app):
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules()}
    assert endpoints - PUBLIC == {e for e in ACCESS if not e.startswith("socket:")}
    namespaces = {f"socket:{ns}" for ns in socketio.server.handlers if ns != "/"}
    namespaces |= {f"socket:{ns}" for ns in socketio.server.namespace_handlers}
    assert namespaces == {e for e in ACCESS if e.startswith("socket:")}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("endpoint", sorted(ACCESS))
def test_every_route_and_namespace_checks_the_role(app, client, auth, live_session, endpoint, role):
    method, template, allowed = ACCESS[endpoint]
    client.post(f"/api/sessions/{live_session}/comments", json=[make_comment(1, "đăng ký ở đâu ạ")],
                headers=auth)
    with app.extensions["livelead.sessions"]() as db:
        gid = db.scalar(select(QuestionGroup.id))
        tid = db.scalar(select(ApiToken.id))
        src = add_source(db, live_session, "webhook").id
        db.commit()
    url = template.format(sid=live_session, gid=gid, tid=tid, src=src)
    if method is None:
        sock = socketio.test_client(app, namespace=url, auth={"token": make_token(
            app.extensions["livelead.sessions"], role)})
        assert sock.is_connected(url) is (role in allowed)
        return
    if endpoint.startswith("api."):
        headers = {"Authorization": f"Bearer {make_token(app.extensions['livelead.sessions'], role)}"}
        body = ({"title": "x"} if endpoint == "api.create_session"
                else [] if "comments" in url else {"action": "pin"})
        response = client.open(url, method=method, json=body if method == "POST" else None, headers=headers)
    else:
        browser = app.test_client()
        token = sign_in(app, browser, role)
        response = browser.open(url, method=method, data={"csrf_token": token} if method == "POST" else None)
    signed_out = response.status_code == 401 or "/login" in (response.location or "")
    assert not signed_out, response.get_data(as_text=True)[:200]
    assert (response.status_code != 403) is (role in allowed), response.status_code
