"""Reading Discord's rate-limit headers and 429 bodies into plain values."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import msgspec

__all__ = ["RateLimitHeaders", "TooManyRequests", "parse_rate_limit_headers", "parse_too_many_requests"]


@dataclass(frozen=True, slots=True)
class RateLimitHeaders:
    """The per-route `X-RateLimit-*` headers of one response."""

    bucket: str | None
    limit: int
    remaining: int
    reset_after: float


@dataclass(frozen=True, slots=True)
class TooManyRequests:
    """What a 429 said: scope (`user`, `global`, `shared`), how long to wait, and whether Discord sent it."""

    scope: str
    retry_after: float
    from_discord: bool
    """False when the 429 lacks Discord's headers and JSON body: Cloudflare refused the request."""


class _RateLimitBody(msgspec.Struct):
    retry_after: float | None = None
    is_global: bool = msgspec.field(default=False, name="global")


def _float(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        return None


def parse_rate_limit_headers(headers: Mapping[str, str]) -> RateLimitHeaders | None:
    """The per-route headers, or None when the response has none (or they do not parse)."""
    reset_after = _float(headers.get("x-ratelimit-reset-after"))
    limit = headers.get("x-ratelimit-limit")
    remaining = headers.get("x-ratelimit-remaining")
    if reset_after is None or limit is None or remaining is None:
        return None
    try:
        return RateLimitHeaders(headers.get("x-ratelimit-bucket"), int(limit), int(remaining), reset_after)
    except ValueError:
        return None


def parse_too_many_requests(headers: Mapping[str, str], body: bytes) -> TooManyRequests:
    """Interpret a 429: the JSON body's `retry_after` wins over the `Retry-After` header (more precise)."""
    parsed: _RateLimitBody | None
    try:
        parsed = msgspec.json.decode(body, type=_RateLimitBody)
    except msgspec.DecodeError:
        parsed = None
    has_headers = any(
        name in headers for name in ("x-ratelimit-scope", "x-ratelimit-global", "x-ratelimit-bucket")
    )
    retry_after = parsed.retry_after if parsed is not None else None
    if retry_after is None:
        retry_after = _float(headers.get("retry-after"))
    from_discord = parsed is not None and parsed.retry_after is not None and (has_headers or "via" in headers)
    scope = headers.get("x-ratelimit-scope", "")
    if not scope:
        is_global = headers.get("x-ratelimit-global", "").lower() == "true" or (
            parsed is not None and parsed.is_global
        )
        scope = "global" if is_global else "user"
    return TooManyRequests(scope, max(retry_after or 0.0, 0.0), from_discord)
