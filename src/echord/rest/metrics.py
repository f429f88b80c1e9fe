"""Counters of what the REST layer did, and a hook to forward each event to a metrics system."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = ["RESTEvent", "RESTMetrics"]


@dataclass(frozen=True, slots=True)
class RESTEvent:
    """One thing that happened: `kind` is request, response, rate_limited, retry, wait or invalid."""

    kind: str
    route: str
    label: str = ""
    """Status code, 429 scope, wait reason or retry cause, as text."""
    value: float = 1.0
    """Seconds for `wait`, 1 otherwise."""


@dataclass(slots=True)
class RESTMetrics:
    """Running totals (read them any time) plus listeners called synchronously with every event."""

    requests: int = 0
    responses: Counter[int] = field(default_factory=Counter)
    rate_limited: Counter[str] = field(default_factory=Counter)
    """429 responses by scope (user, global, shared, cloudflare)."""
    retries: Counter[str] = field(default_factory=Counter)
    waited: dict[str, float] = field(default_factory=dict)
    """Seconds spent waiting before sending, by reason (bucket, discovery, global, invalid, backoff)."""
    invalid: int = 0
    listeners: list[Callable[[RESTEvent], None]] = field(default_factory=list)

    def emit(self, event: RESTEvent) -> None:
        """Count `event` and pass it to every listener."""
        if event.kind == "request":
            self.requests += 1
        elif event.kind == "response":
            self.responses[int(event.label)] += 1
        elif event.kind == "rate_limited":
            self.rate_limited[event.label] += 1
        elif event.kind == "retry":
            self.retries[event.label] += 1
        elif event.kind == "wait":
            self.waited[event.label] = self.waited.get(event.label, 0.0) + event.value
        elif event.kind == "invalid":
            self.invalid += 1
        for listener in self.listeners:
            listener(event)
