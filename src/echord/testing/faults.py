"""Scripted REST faults: answer the next N requests (or every request to a route) with a 429 or a 5xx.

Gateway faults (drop, RECONNECT, INVALID_SESSION, close codes, silent heartbeats, corrupt frames) act on
live connections and live on `echord.testing.gateway.Gateway`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class RestFault:
    """One scripted answer. `count=None` keeps it until `RestFaults.clear()`."""

    status: int
    count: int | None = 1
    route: str | None = None
    retry_after: float = 1.0
    scope: str = "user"

    def matches(self, route: str) -> bool:
        return self.route is None or self.route == route


class RestFaults:
    """Queue of scripted REST answers, consumed in order by matching requests."""

    def __init__(self) -> None:
        self._faults: list[RestFault] = []
        self.triggered = 0

    def server_error(
        self, status: int = 500, *, count: int | None = 1, route: str | None = None
    ) -> RestFault:
        """Answer with `status` (500, 502, 503, 504) for `count` requests, optionally only to `route`
        (written as "METHOD /template", e.g. "POST /channels/{channel_id}/messages")."""
        if not 500 <= status <= 599:
            raise ValueError("server_error wants a 5xx status")
        return self._add(RestFault(status, count, route))

    def rate_limit(
        self,
        *,
        count: int | None = 1,
        route: str | None = None,
        retry_after: float = 1.0,
        scope: str = "user",
    ) -> RestFault:
        """Answer with 429 and Discord's rate-limit body and headers; scope is user, shared or global."""
        if scope not in ("user", "shared", "global"):
            raise ValueError("scope must be user, shared or global")
        return self._add(RestFault(429, count, route, retry_after, scope))

    def _add(self, fault: RestFault) -> RestFault:
        self._faults.append(fault)
        return fault

    def clear(self) -> None:
        self._faults.clear()

    def take(self, route: str) -> RestFault | None:
        """The fault to apply to this request, if any (consumes one use of it)."""
        for fault in self._faults:
            if fault.matches(route):
                if fault.count is not None:
                    fault.count -= 1
                    if fault.count <= 0:
                        self._faults.remove(fault)
                self.triggered += 1
                return fault
        return None
