"""Enforced rate limits with Discord's headers: per-route buckets keyed by major parameter, shared bucket
hashes, and a global per-second limit. Defaults are generous; tests tighten them to exercise a client."""

from __future__ import annotations

import hashlib
import math
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class BucketRule:
    """`limit` requests per `window` seconds; `bucket` names a hash shared by several routes."""

    limit: int
    window: float
    bucket: str | None = None
    scope: str = "user"


@dataclass
class _Window:
    started: float
    used: int = 0


@dataclass(frozen=True)
class RateLimitDecision:
    """Headers to add, and when limited: seconds to wait and the scope (user, shared or global)."""

    headers: dict[str, str]
    retry_after: float | None = None
    scope: str = "user"

    @property
    def limited(self) -> bool:
        return self.retry_after is not None


class RateLimiter:
    """Counts requests per (bucket hash, major parameter) in fixed windows, plus one global window."""

    def __init__(
        self,
        default: BucketRule = BucketRule(10_000, 1.0),
        global_rule: BucketRule = BucketRule(50_000, 1.0),
    ) -> None:
        self.default = default
        self.global_rule = global_rule
        self._rules: dict[str, BucketRule] = {}
        self._windows: dict[tuple[str, str], _Window] = {}
        self._global: _Window | None = None

    def configure(
        self, route: str, limit: int, window: float, *, bucket: str | None = None, scope: str = "user"
    ) -> None:
        """Limit `route` ("POST /channels/{channel_id}/messages"); routes naming one `bucket` share it."""
        self._rules[route] = BucketRule(limit, window, bucket, scope)

    def configure_global(self, limit: int, window: float = 1.0) -> None:
        self.global_rule = BucketRule(limit, window)

    def reset(self) -> None:
        self._windows.clear()
        self._global = None

    def bucket_hash(self, route: str) -> str:
        rule = self._rules.get(route, self.default)
        return hashlib.sha1((rule.bucket or route).encode()).hexdigest()[:32]

    def check(self, route: str, major: str, *, global_exempt: bool = False) -> RateLimitDecision:
        """Consume one request; the decision carries the X-RateLimit-* headers either way."""
        now = time.monotonic()
        if not global_exempt:
            window = self._global
            if window is None or now - window.started >= self.global_rule.window:
                window = self._global = _Window(now)
            if window.used >= self.global_rule.limit:
                retry = window.started + self.global_rule.window - now
                headers = {"X-RateLimit-Global": "true", "X-RateLimit-Scope": "global"}
                headers["Retry-After"] = str(max(1, math.ceil(retry)))
                return RateLimitDecision(headers, retry, "global")
            window.used += 1
        rule = self._rules.get(route, self.default)
        bucket = self.bucket_hash(route)
        key = (bucket, major)
        bucket_window = self._windows.get(key)
        if bucket_window is None or now - bucket_window.started >= rule.window:
            bucket_window = self._windows[key] = _Window(now)
        reset_after = max(0.0, bucket_window.started + rule.window - now)
        headers = {
            "X-RateLimit-Limit": str(rule.limit),
            "X-RateLimit-Reset": f"{time.time() + reset_after:.3f}",
            "X-RateLimit-Reset-After": f"{reset_after:.3f}",
            "X-RateLimit-Bucket": bucket,
        }
        if bucket_window.used >= rule.limit:
            headers["X-RateLimit-Remaining"] = "0"
            headers["X-RateLimit-Scope"] = rule.scope
            headers["Retry-After"] = str(max(1, math.ceil(reset_after)))
            return RateLimitDecision(headers, reset_after, rule.scope)
        bucket_window.used += 1
        headers["X-RateLimit-Remaining"] = str(rule.limit - bucket_window.used)
        return RateLimitDecision(headers)
