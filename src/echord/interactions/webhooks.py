"""Webhook events (APPLICATION_AUTHORIZED, ENTITLEMENT_CREATE, …): Discord POSTs them to the app's URL.

The outer payload has `type` 0 (PING, answered 204) or 1 (an event in `event`: `type`, `timestamp`,
`data`). Handlers are registered by event type; the HTTP endpoint answers 204 at once and runs them after.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TypeAlias

import msgspec

__all__ = ["WebhookEvent", "WebhookEvents"]

log = logging.getLogger("echord.interactions")


class WebhookEvent(msgspec.Struct, frozen=True):
    """One webhook event: `type` ("APPLICATION_AUTHORIZED", …), ISO `timestamp`, and the raw `data`."""

    type: str
    timestamp: str = ""
    data: dict[str, object] | None = None


class _Envelope(msgspec.Struct):
    type: int
    application_id: str | None = None
    version: int = 1
    event: WebhookEvent | None = None


WebhookHandler: TypeAlias = Callable[[WebhookEvent], Awaitable[object]]


class WebhookEvents:
    """Handlers by event type: `@events.on("ENTITLEMENT_CREATE")` over `async def f(event): ...`."""

    def __init__(self) -> None:
        self._handlers: dict[str, list[WebhookHandler]] = {}

    def on(self, event_type: str) -> Callable[[WebhookHandler], WebhookHandler]:
        def decorate(handler: WebhookHandler) -> WebhookHandler:
            self._handlers.setdefault(event_type, []).append(handler)
            return handler

        return decorate

    async def dispatch(self, event: WebhookEvent) -> None:
        handlers = self._handlers.get(event.type, [])
        if not handlers:
            log.debug("webhook event %s has no handler", event.type)
        for handler in handlers:
            try:
                await handler(event)
            except Exception:
                log.exception("webhook event handler %r failed on %s", handler, event.type)


def parse_envelope(body: bytes) -> tuple[int, WebhookEvent | None]:
    """(outer type, event) of a webhook-event request body; raises `msgspec.DecodeError` if malformed."""
    envelope = msgspec.json.decode(body, type=_Envelope)
    return envelope.type, envelope.event
