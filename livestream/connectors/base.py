"""The connector interface: a pull step that returns a batch of comments and a resumable cursor.

A connector is built from its source's reference (a live video id, a live chat id…), the cursor
stored after the last committed batch, and settings (credentials, base URLs). `fetch()` returns
the next `Batch`; the runner stores `batch.cursor` in the same transaction as the comments, so a
connector rebuilt from that cursor after a restart continues exactly where the last commit left.
Pure module: HTTP allowed, no Flask, no database.
"""

from __future__ import annotations

import random
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import httpx

from livestream.connectors import RawComment


class ConnectorError(Exception):
    """A fetch that failed; subclasses say what the runner should do about it."""


class TransientError(ConnectorError):
    """Network trouble, 5xx, timeouts, rate limits, malformed responses: back off and retry."""

    def __init__(self, message: str, *, min_wait: float = 0.0):
        super().__init__(message)
        self.min_wait = min_wait


class CredentialsError(ConnectorError):
    """Missing, invalid or expired credentials: stop until someone fixes the settings."""


class SourceRejected(ConnectorError):
    """The platform refuses the request itself (unknown video, bad parameter): stop."""


class SourceEnded(ConnectorError):
    """The stream or chat is over: stop cleanly."""


@dataclass
class Batch:
    """One fetch: new comments, comment ids deleted on the platform, the cursor after them."""

    comments: list[RawComment] = field(default_factory=list)
    cursor: str | None = None
    deleted: list[str] = field(default_factory=list)
    wait: float = 0.0
    quota_units: int = 0
    errors: list[str] = field(default_factory=list)
    ended: bool = False


class Connector(ABC):
    """Base class: one instance per running source; not shared between threads."""

    kind: str = ""
    platform: str = ""
    label: str = ""
    unofficial: bool = False

    def __init__(self, ref: str, cursor: str | None, settings: Mapping[str, str]):
        self.ref = ref
        self.cursor = cursor
        self.settings = settings

    @abstractmethod
    def fetch(self) -> Batch:
        """The next batch of comments after the cursor (may be empty), with the new cursor."""

    def after_stored(self, rows: list[dict]) -> list[str]:
        """Called with the rows just committed (e.g. to hide phone numbers); returns errors."""
        return []

    def close(self) -> None:  # noqa: B027 (optional hook: most connectors hold nothing open)
        """Release connections (called when the runner stops or pauses the source)."""


REGISTRY: dict[str, type[Connector]] = {}


def register(cls: type[Connector]) -> type[Connector]:
    REGISTRY[cls.kind] = cls
    return cls


def connector_class(kind: str) -> type[Connector]:
    """The connector class of a source kind (platform modules are imported on first use)."""
    if kind not in REGISTRY:
        from livestream.connectors import facebook, tiktok, youtube  # noqa: F401  (they register)
    try:
        return REGISTRY[kind]
    except KeyError:
        raise LookupError(f"no connector for source kind {kind!r}") from None


def source_kinds() -> dict[str, type[Connector]]:
    """Every registered source kind (importing the platform modules first)."""
    from livestream.connectors import facebook, tiktok, youtube  # noqa: F401
    return dict(REGISTRY)


def http_client(settings: Mapping[str, str]) -> httpx.Client:
    timeout = float(settings.get("HTTP_TIMEOUT", 10))
    return httpx.Client(timeout=httpx.Timeout(timeout), headers={"User-Agent": "Livelead/0.1"})


def get_json(client: httpx.Client, url: str, params: dict, headers: dict | None = None):
    """GET and decode JSON: returns (status, body); network trouble and 5xx are transient."""
    try:
        response = client.get(url, params=params, headers=headers)
    except httpx.TimeoutException:
        raise TransientError("timed out waiting for the platform") from None
    except httpx.HTTPError as exc:
        raise TransientError(f"network error: {type(exc).__name__}") from None
    if response.status_code >= 500:
        raise TransientError(f"platform answered HTTP {response.status_code}")
    try:
        body = response.json()
    except ValueError:
        raise TransientError(f"malformed response (HTTP {response.status_code}, not JSON)") from None
    return response.status_code, body


def backoff_delay(attempt: int, *, base: float = 1.0, cap: float = 120.0,
                  rand: Callable[[], float] = random.random) -> float:
    """Exponential back-off with "equal jitter": half fixed, half random, capped."""
    ceiling = min(cap, base * 2 ** max(attempt - 1, 0))
    return ceiling / 2 + rand() * ceiling / 2
