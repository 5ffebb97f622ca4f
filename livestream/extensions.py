"""Flask extensions shared by the shell's blueprints; bound to an app in run.create_app()."""

from __future__ import annotations

from flask import Flask, request, session
from flask_babel import Babel
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_wtf import CSRFProtect

from livestream.models import User
from livestream.web import get_db

csrf = CSRFProtect()
login_manager = LoginManager()
limiter = Limiter(key_func=get_remote_address, default_limits=[])
babel = Babel()

SUPPORTED_LANGUAGES = ("vi", "en")


def select_locale() -> str:
    """Vietnamese unless the person chose English (or their browser asks only for English)."""
    chosen = session.get("lang")
    if chosen in SUPPORTED_LANGUAGES:
        return chosen
    return "vi"


@login_manager.user_loader
def _load_user(user_id: str) -> User | None:
    user = get_db().get(User, int(user_id)) if user_id.isdigit() else None
    return user if user is not None and user.active else None


def init_app(app: Flask) -> None:
    csrf.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "pages.login"
    login_manager.login_message = None
    app.config.setdefault("RATELIMIT_STORAGE_URI", "memory://")
    app.config.setdefault("RATELIMIT_HEADERS_ENABLED", True)
    limiter.init_app(app)
    babel.init_app(app, locale_selector=select_locale, timezone_selector=lambda: app.config["TIMEZONE"])

    @app.after_request
    def _security_headers(response):
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        if request.blueprint != "api" and response.mimetype == "text/html":
            response.headers.setdefault(
                "Content-Security-Policy",
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                "connect-src 'self' ws: wss:; frame-ancestors 'none'",
            )
        return response
