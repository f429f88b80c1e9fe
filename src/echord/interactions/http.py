"""An HTTP interactions endpoint as an ASGI application: Discord POSTs interactions, the app answers.

Every request's Ed25519 signature and timestamp are checked (401 otherwise). PING (type 1) is answered with
type 1. Other interactions run through the same `CommandTree` as the gateway path; their first answer is
the HTTP response body itself, and later ones use the REST webhook routes. Webhook events (outer type 0
PING, type 1 with an `event`) are accepted on the same URL: 204 at once, handlers after.

`uvicorn module:app` (or any ASGI server) runs it.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from typing import Any, TypeAlias

import msgspec

from echord._generated.events import Interaction
from echord._support import File, decode_json, encode_json

from .context import CallbackBody
from .errors import InteractionError
from .signature import DEFAULT_MAX_AGE, SignatureError, Verifier
from .tree import CommandTree
from .webhooks import WebhookEvent, WebhookEvents, parse_envelope

__all__ = ["HttpResponder", "InteractionsApp"]

log = logging.getLogger("echord.interactions")

Scope: TypeAlias = MutableMapping[str, Any]
Message: TypeAlias = MutableMapping[str, Any]
Receive: TypeAlias = Callable[[], Awaitable[Message]]
Send: TypeAlias = Callable[[Message], Awaitable[None]]

MAX_BODY = 1 << 20
"""Interaction payloads are a few KB; a larger body is refused before it is read whole."""


class HttpResponder:
    """The HTTP path: the first answer becomes the body of the pending HTTP response.

    The call returns once the response has been handed to the server, so a followup sent right after
    `ctx.respond()` cannot overtake the answer it follows.
    """

    __slots__ = ("delivered", "future")

    def __init__(self) -> None:
        self.future: asyncio.Future[bytes] = asyncio.get_running_loop().create_future()
        self.delivered = asyncio.Event()

    async def __call__(self, body: CallbackBody, files: Sequence[File] | None) -> None:
        if files:
            raise InteractionError(
                "files cannot go in the HTTP response; defer() first, then edit_original(files=...)"
            )
        if self.future.done():
            raise InteractionError("the HTTP response was already sent")
        self.future.set_result(encode_json(body))
        await self.delivered.wait()


class _Probe(msgspec.Struct):
    type: int
    event: object = None


class InteractionsApp:
    """`InteractionsApp(tree, public_key)`: the ASGI app to give uvicorn, hypercorn, granian, …"""

    def __init__(
        self,
        tree: CommandTree | None,
        public_key: str,
        *,
        path: str = "/",
        webhook_events: WebhookEvents | None = None,
        max_age: float = DEFAULT_MAX_AGE,
        response_timeout: float = 3.0,
        clock: Callable[[], float] = time.time,
        on_startup: Callable[[], Awaitable[object]] | None = None,
        on_shutdown: Callable[[], Awaitable[object]] | None = None,
    ) -> None:
        self.tree = tree
        self.verifier = Verifier(public_key, max_age=max_age, clock=clock)
        self.path = path
        self.webhook_events = webhook_events or WebhookEvents()
        self.response_timeout = response_timeout
        self._tasks: set[asyncio.Task[None]] = set()
        self.on_startup = on_startup
        """Run by the server's lifespan startup (sync commands here); a failure aborts the start."""
        self.on_shutdown = on_shutdown

    def __repr__(self) -> str:
        return f"InteractionsApp(path={self.path!r})"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        if scope.get("path") != self.path:
            await _reply(send, 404, b'{"error":"not found"}')
            return
        if scope.get("method") != "POST":
            await _reply(send, 405, b'{"error":"method not allowed"}', extra=[(b"allow", b"POST")])
            return
        body = await _read_body(receive)
        if body is None:
            await _reply(send, 413, b'{"error":"body too large"}')
            return
        headers = _headers(scope)
        try:
            self.verifier.verify(
                headers.get("x-signature-ed25519"), headers.get("x-signature-timestamp"), body
            )
        except SignatureError as exc:
            log.info("rejected a request: %s", exc)
            await _reply(send, 401, b'{"error":"invalid request signature"}')
            return
        try:
            probe = msgspec.json.decode(body, type=_Probe)
        except (msgspec.DecodeError, msgspec.ValidationError):
            await _reply(send, 400, b'{"error":"malformed body"}')
            return
        if probe.type == 0 or probe.event is not None:
            await self._webhook_event(body, send)
            return
        if probe.type == 1:
            await _reply(send, 200, b'{"type":1}')
            return
        await self._interaction(body, send)

    async def _interaction(self, body: bytes, send: Send) -> None:
        if self.tree is None:
            await _reply(send, 404, b'{"error":"this endpoint takes webhook events only"}')
            return
        try:
            interaction = decode_json(body, Interaction)
        except (msgspec.DecodeError, msgspec.ValidationError):
            interaction = None
        if (
            interaction is None
            or not interaction.id
            or not interaction.token
            or not interaction.application_id
        ):
            await _reply(send, 400, b'{"error":"malformed interaction"}')
            return
        responder = HttpResponder()
        task = asyncio.create_task(self.tree.handle(interaction, responder))
        self._keep(task)
        waiting: set[asyncio.Future[object]] = {responder.future, task}  # type: ignore[arg-type]
        done, _ = await asyncio.wait(
            waiting, timeout=self.response_timeout, return_when=asyncio.FIRST_COMPLETED
        )
        try:
            if responder.future.done():
                await _reply(send, 200, responder.future.result())
                return
            if not done:
                log.warning(
                    "interaction %s got no answer within %.1fs", interaction.id, self.response_timeout
                )
            else:
                log.warning("the handler of interaction %s returned without answering", interaction.id)
            responder.future.cancel()
            await _reply(send, 500, b'{"error":"no response"}')
        finally:
            responder.delivered.set()

    async def _webhook_event(self, body: bytes, send: Send) -> None:
        try:
            outer, event = parse_envelope(body)
        except (msgspec.DecodeError, msgspec.ValidationError):
            await _reply(send, 400, b'{"error":"malformed webhook event"}')
            return
        await _reply(send, 204, b"")
        if outer == 1 and isinstance(event, WebhookEvent):
            self._keep(asyncio.create_task(self.webhook_events.dispatch(event)))

    def _keep(self, task: asyncio.Task[None]) -> None:
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def join(self) -> None:
        """Wait for handlers still running after their HTTP response (followups, webhook events)."""
        while self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    if self.on_startup is not None:
                        await self.on_startup()
                except Exception as exc:
                    log.exception("startup failed")
                    await send({"type": "lifespan.startup.failed", "message": repr(exc)})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.join()
                if self.on_shutdown is not None:
                    await self.on_shutdown()
                await send({"type": "lifespan.shutdown.complete"})
                return


def _headers(scope: Scope) -> dict[str, str]:
    raw: list[tuple[bytes, bytes]] = scope.get("headers") or []
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in raw}


async def _read_body(receive: Receive) -> bytes | None:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return b"".join(chunks)
        chunk: bytes = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


async def _reply(send: Send, status: int, body: bytes, *, extra: Sequence[tuple[bytes, bytes]] = ()) -> None:
    headers = [(b"content-length", str(len(body)).encode())]
    if body:
        headers.append((b"content-type", b"application/json"))
    headers.extend(extra)
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
