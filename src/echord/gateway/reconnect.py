"""How a connection ended and what comes next: the disconnect record, backoff, URLs, fatal errors.

Pure functions and small records, kept out of `shard.py` so the shard is only the connection itself.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit, urlunsplit

from echord.gateway.close_codes import CLOSE_CODES, CloseAction, close_action, privileged_intent_names
from echord.gateway.compression import Compression
from echord.gateway.errors import FatalCloseError

__all__ = [
    "API_VERSION",
    "Disconnect",
    "ReconnectPolicy",
    "backoff_delay",
    "connect_url",
    "disconnect_for_close",
    "fatal_close_error",
]

_log = logging.getLogger("echord.gateway.shard")

API_VERSION = 10


@dataclass(frozen=True, slots=True)
class ReconnectPolicy:
    """Timing of reconnects. The defaults follow Discord's guidance; tests shrink them."""

    base_delay: float = 1.0
    """First retry after a failed connection waits about this long; it doubles per failure."""
    max_delay: float = 60.0
    invalid_session_delay: tuple[float, float] = (1.0, 5.0)
    """INVALID_SESSION waits a random time in this range before resuming or identifying."""
    hello_timeout: float = 20.0
    close_timeout: float = 5.0
    resume_url_attempts: int = 3
    """Failed connects to `resume_gateway_url` before falling back to the main gateway URL."""


@dataclass(slots=True)
class Disconnect:
    """Why a connection ended and what to do next (`delay` overrides the backoff when set)."""

    reason: str
    code: int | None
    action: CloseAction
    delay: float | None = None


def disconnect_for_close(code: int | None, reason: str) -> Disconnect:
    """The documented path for a close frame received from Discord (None: no close frame at all)."""
    if code is None:
        return Disconnect("connection lost without a close frame", None, CloseAction.RESUME)
    info = CLOSE_CODES.get(code)
    name = info.name if info is not None else (reason or "no reason")
    return Disconnect(f"closed by Discord with {code} ({name})", code, close_action(code))


def backoff_delay(policy: ReconnectPolicy, failures: int, rng: random.Random) -> float:
    """Right after a healthy connection: a short jitter. After failures: exponential, half-jittered."""
    base = policy.base_delay
    if failures == 0:
        return rng.uniform(0, base)
    return min(policy.max_delay, base * 2.0 ** (failures - 1)) * rng.uniform(0.5, 1.0)


def connect_url(base: str, compression: Compression | None) -> str:
    """`base` with the query Discord wants on every connect and resume: v, encoding, compress."""
    parts = urlsplit(base)
    query: dict[str, str | int] = {"v": API_VERSION, "encoding": "json"}
    if compression is not None:
        query["compress"] = compression
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", urlencode(query), ""))


def fatal_close_error(shard_id: int, code: int | None, intents: int) -> FatalCloseError:
    """The error `run()` raises for a fatal close; 4014 names the privileged intents asked for."""
    info = CLOSE_CODES.get(code) if code is not None else None
    name = info.name if info is not None else "unknown"
    hint = info.explanation if info is not None else "Discord closed the connection"
    if code == 4014:
        names = privileged_intent_names(intents)
        hint = (
            f"the bot asked for privileged intent(s) {', '.join(names) or '(none)'} that it may not use; "
            "enable them in the Developer Portal (Bot → Privileged Gateway Intents) or drop them from intents"
        )
    _log.error("shard %d stopped: close code %s (%s): %s", shard_id, code, name, hint)
    return FatalCloseError(shard_id, code or 0, name, hint)
