"""Discord's rate limits as a small model: per-bucket fixed windows, shared hashes, a sub-limit, the global limit.

Used on virtual time by the limiter tests and on real time by the loopback server. It counts every 429 it
sends, so tests can assert the client never ran into a limit it already knew.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field

import msgspec


@dataclass(frozen=True)
class BucketSpec:
    """A bucket: `limit` requests per window of `period` seconds, the window starting at its first request."""

    name: str
    limit: int
    period: float


@dataclass
class _Window:
    count: int = 0
    ends: float = 0.0
    opened: float = 0.0
    previous: tuple[float, float, int] = (0.0, 0.0, 0)


@dataclass
class DiscordModel:
    """Answers (status, headers, body) for `METHOD template` + major value at `clock()` time."""

    clock: Callable[[], float]
    routes: dict[str, BucketSpec]
    global_limit: int = 50
    global_period: float = 1.0
    sublimits: dict[str, tuple[int, float]] = field(default_factory=dict)
    """Hidden limits per route key: (limit, period); hit, they answer 429 while `remaining` still says > 0."""
    windows: dict[tuple[str, str, str], _Window] = field(default_factory=dict)
    sub_windows: dict[tuple[str, str, str], _Window] = field(default_factory=dict)
    global_sent: dict[str, deque[float]] = field(default_factory=dict)
    too_many: Counter[str] = field(default_factory=Counter)
    """429s sent, by `scope route`."""
    served: Counter[str] = field(default_factory=Counter)
    events: list[dict[str, object]] = field(default_factory=list)
    """Details of each 429 (when, which window, how full), for diagnosing where it came from."""

    def handle(
        self, route: str, major: str, token: str = "t", exempt: bool = False
    ) -> tuple[int, dict[str, str], bytes]:
        now = self.clock()
        if not exempt:
            sent = self.global_sent.setdefault(token, deque())
            while sent and sent[0] <= now - self.global_period:
                sent.popleft()
            if len(sent) >= self.global_limit:
                retry = sent[0] + self.global_period - now
                self.too_many[f"global {route}"] += 1
                self.events.append(
                    {"scope": "global", "route": route, "at": now, "first": sent[0], "last": sent[-1]}
                )
                headers = {
                    "x-ratelimit-global": "true",
                    "x-ratelimit-scope": "global",
                    "retry-after": f"{retry:.3f}",
                }
                return (
                    429,
                    headers,
                    msgspec.json.encode(
                        {
                            "message": "You are being rate limited.",
                            "retry_after": round(retry, 3),
                            "global": True,
                        }
                    ),
                )
            sent.append(now)
        spec = self.routes.get(route)
        if spec is None:
            self.served[route] += 1
            return 200, {}, b'{"ok":true}'
        window = self.windows.setdefault((token, spec.name, major), _Window())
        if now >= window.ends:
            window.previous = (window.opened, window.ends, window.count)
            window.count, window.ends, window.opened = 0, now + spec.period, now
        headers = {
            "x-ratelimit-bucket": spec.name,
            "x-ratelimit-limit": str(spec.limit),
            "x-ratelimit-reset-after": f"{window.ends - now:.3f}",
        }
        if window.count >= spec.limit:
            headers["x-ratelimit-remaining"] = "0"
            headers["x-ratelimit-scope"] = "user"
            self.too_many[f"user {route}"] += 1
            self.events.append(
                {
                    "scope": "user",
                    "route": route,
                    "major": major,
                    "at": now,
                    "opened": window.opened,
                    "ends": window.ends,
                    "count": window.count,
                    "previous": window.previous,
                }
            )
            return 429, headers, self._body(window.ends - now)
        if route in self.sublimits:
            limit, period = self.sublimits[route]
            sub = self.sub_windows.setdefault((token, route, major), _Window())
            if now >= sub.ends:
                sub.count, sub.ends = 0, now + period
            if sub.count >= limit:
                headers["x-ratelimit-remaining"] = str(spec.limit - window.count)
                headers["x-ratelimit-scope"] = "user"
                self.too_many[f"sublimit {route}"] += 1
                return 429, headers, self._body(sub.ends - now)
            sub.count += 1
        window.count += 1
        headers["x-ratelimit-remaining"] = str(spec.limit - window.count)
        self.served[route] += 1
        return 200, headers, b'{"ok":true}'

    @staticmethod
    def _body(retry_after: float) -> bytes:
        return msgspec.json.encode(
            {
                "message": "You are being rate limited.",
                "retry_after": round(retry_after + 0.0005, 3),
                "global": False,
            }
        )
