"""One gateway shard: a websocket connection kept alive, resumed and re-identified for as long as it runs.

The life of a connection: connect (v=10, json, zstd-stream or zlib-stream) → HELLO → heartbeats (the
first one jittered) → IDENTIFY through the identify queue, or RESUME with the stored session → READY /
RESUMED → dispatches. Every way a connection ends becomes a `Disconnect` that says why and what comes
next (resume, re-identify or stop; see `reconnect.py`); `run()` loops over connections with backoff.

Only the envelope `{op, d, s, t}` is decoded; `d` reaches the dispatch callback as `msgspec.Raw`.
The token is only ever inside IDENTIFY/RESUME bytes, which are never logged.
"""

from __future__ import annotations

import asyncio
import logging
import random
import sys
from collections.abc import Awaitable, Coroutine
from enum import Enum
from typing import Literal, Protocol, TypeVar

import msgspec
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, WebSocketException

from echord.gateway.close_codes import CloseAction
from echord.gateway.commands import ShardCommands
from echord.gateway.compression import (
    Compression,
    CorruptFrameError,
    Decompressor,
    make_decompressor,
    resolve_compression,
)
from echord.gateway.errors import PayloadTooLargeError, ShardClosedError
from echord.gateway.heartbeat import Heartbeat
from echord.gateway.identify_queue import IdentifyQueue, InMemoryIdentifyQueue
from echord.gateway.lifecycle import (
    Closed,
    Connecting,
    HelloReceived,
    Identified,
    LifecycleHandler,
    PayloadError,
    ReadyReceived,
    Reconnecting,
    Resumed,
    ShardLifecycleEvent,
)
from echord.gateway.member_requests import MemberRequests
from echord.gateway.opcodes import GatewayOpcode as Op
from echord.gateway.payloads import (
    ENVELOPE_DECODER,
    HELLO_DECODER,
    READY_DECODER,
    Envelope,
    Hello,
    Presence,
    encode,
    identify_payload,
    resume_payload,
)
from echord.gateway.ratelimit import SendLimiter
from echord.gateway.reconnect import (
    Disconnect,
    ReconnectPolicy,
    backoff_delay,
    connect_url,
    disconnect_for_close,
    fatal_close_error,
)
from echord.gateway.session_store import InMemorySessionStore, SessionInfo, SessionStore

__all__ = ["DEFAULT_GATEWAY_URL", "DispatchHandler", "ShardConnection", "ShardState"]

_log = logging.getLogger("echord.gateway.shard")

DEFAULT_GATEWAY_URL = "wss://gateway.discord.gg"
MAX_PAYLOAD_BYTES = 4096
_KEEP_SESSION_CODE = (
    4000  # any code but 1000/1001 keeps the session resumable (docs: "Initiating a Disconnect")
)
_DECODE_ERRORS = (msgspec.DecodeError, msgspec.ValidationError)

T = TypeVar("T")


class DispatchHandler(Protocol):
    """Receives every dispatch: event name, the undecoded `d`, and the shard id. May be async."""

    def __call__(self, event: str, data: msgspec.Raw, shard_id: int, /) -> Awaitable[None] | None: ...


class ShardState(Enum):
    IDLE = "idle"
    CONNECTING = "connecting"
    IDENTIFYING = "identifying"
    RESUMING = "resuming"
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"
    CLOSED = "closed"


class ShardConnection(ShardCommands):
    """One shard `[shard_id, shard_count]`; `await run()` keeps it connected until `close()` or a fatal close."""

    def __init__(
        self,
        token: str,
        *,
        intents: int,
        dispatch: DispatchHandler,
        shard_id: int = 0,
        shard_count: int = 1,
        gateway_url: str = DEFAULT_GATEWAY_URL,
        lifecycle: LifecycleHandler | None = None,
        identify_queue: IdentifyQueue | None = None,
        max_concurrency: int = 1,
        session_store: SessionStore | None = None,
        compression: Compression | Literal["auto"] | None = "auto",
        large_threshold: int = 250,
        presence: Presence | None = None,
        policy: ReconnectPolicy | None = None,
        send_limiter: SendLimiter | None = None,
        rng: random.Random | None = None,
    ) -> None:
        if not 0 <= shard_id < shard_count:
            raise ValueError(f"shard_id {shard_id} is not in range(shard_count={shard_count})")
        if not 50 <= large_threshold <= 250:
            raise ValueError("large_threshold must be between 50 and 250")
        self._token = token.removeprefix("Bot ")  # IDENTIFY wants the bare token
        self.intents = intents
        self._dispatch = dispatch
        self.shard_id = shard_id
        self.shard_count = shard_count
        self.gateway_url = gateway_url
        self._lifecycle = lifecycle
        self._identify_queue: IdentifyQueue = identify_queue or InMemoryIdentifyQueue()
        self.max_concurrency = max_concurrency
        self._store: SessionStore = session_store or InMemorySessionStore()
        self.compression = resolve_compression(compression)
        self.large_threshold = large_threshold
        self.presence = presence
        self.policy = policy or ReconnectPolicy()
        self._limiter = send_limiter or SendLimiter()
        self._rng = rng or random.Random()

        self.state = ShardState.IDLE
        self.session_id: str | None = None
        self.sequence: int | None = None
        self.resume_url: str | None = None
        self._ws: ClientConnection | None = None
        self._heartbeat: Heartbeat | None = None
        self._pending: Disconnect | None = None
        self._healthy = False
        self._resume_url_failures = 0
        self._closing = False
        self._keep_session = False
        self._closing_event = asyncio.Event()
        self._ready = asyncio.Event()
        self._members = MemberRequests()
        self._running = False

    def __repr__(self) -> str:
        return (
            f"<ShardConnection [{self.shard_id}, {self.shard_count}] state={self.state.value} "
            f"session={'yes' if self.session_id else 'no'} seq={self.sequence}>"
        )

    # ------------------------------------------------------------------ public surface

    @property
    def latency(self) -> float | None:
        """Seconds from the last heartbeat to its ACK (None before the first ACK)."""
        return None if self._heartbeat is None else self._heartbeat.latency

    @property
    def is_ready(self) -> bool:
        return self._ready.is_set()

    async def wait_ready(self) -> None:
        """Wait until the shard is READY or RESUMED; raises `ShardClosedError` if it closes first."""
        await self._wait_connected()

    async def run(self) -> None:
        """Keep the shard connected until `close()`; raises `FatalCloseError` on a fatal close code."""
        if self._running:
            raise RuntimeError("this shard is already running")
        self._running = True
        try:
            await self._load_session()
            failures = 0
            while not self._closing:
                self._healthy = False
                outcome = await self._connection()
                self._emit(Closed(self.shard_id, outcome.code, outcome.reason))
                if self._closing:
                    break
                if outcome.action is CloseAction.FATAL:
                    raise fatal_close_error(self.shard_id, outcome.code, self.intents)
                if outcome.action is CloseAction.REIDENTIFY:
                    await self._drop_session(outcome.reason)
                failures = 0 if self._healthy else failures + 1
                delay = (
                    outcome.delay
                    if outcome.delay is not None
                    else backoff_delay(self.policy, failures, self._rng)
                )
                resume = self.session_id is not None
                self.state = ShardState.RECONNECTING
                _log.info(
                    "shard %d disconnected (%s); %s in %.2f s",
                    self.shard_id,
                    outcome.reason,
                    "resuming" if resume else "identifying",
                    delay,
                )
                self._emit(Reconnecting(self.shard_id, outcome.reason, resume, delay))
                await self._sleep_unless_closing(delay)
        finally:
            self.state = ShardState.CLOSED
            self._ready.clear()
            self._members.fail_all("the shard closed")
            self._closing_event.set()

    async def close(self, *, keep_session: bool = False) -> None:
        """Stop the shard. `keep_session=True` closes with a resumable code and stores the session,
        so the next process (with a persistent session store) resumes instead of identifying."""
        self._closing = True
        self._keep_session = keep_session
        self._closing_event.set()
        ws = self._ws
        code = _KEEP_SESSION_CODE if keep_session else 1000
        if ws is not None:
            self._pending = Disconnect("closed by the application", code, CloseAction.RESUME)
            await ws.close(code, "echord: shutting down")
        if keep_session:
            await self._persist()
        elif self.session_id is not None:
            await self._drop_session("closed by the application")

    # ------------------------------------------------------------------ one connection

    async def _connection(self) -> Disconnect:
        resuming = self.session_id is not None
        url = self._url(resuming)
        self.state = ShardState.CONNECTING
        self._emit(Connecting(self.shard_id, url, resuming))
        _log.debug("shard %d connecting to %s (%s)", self.shard_id, url, "resume" if resuming else "identify")
        try:
            ws = await connect(
                url,
                compression=None,
                max_size=None,
                ping_interval=None,
                open_timeout=self.policy.hello_timeout,
                close_timeout=self.policy.close_timeout,
                user_agent_header="DiscordBot (echord, 0.1)",
            )
        except (OSError, TimeoutError, WebSocketException) as exc:
            if resuming and url.startswith(self.resume_url or "\0"):
                self._resume_url_failures += 1
            return Disconnect(f"could not connect: {type(exc).__name__}: {exc}", None, CloseAction.RESUME)
        self._resume_url_failures = 0
        if self._closing:  # close() ran while we were connecting; it had no socket to close
            await ws.close(_KEEP_SESSION_CODE if self._keep_session else 1000)
            return Disconnect("closed by the application", None, CloseAction.RESUME)
        self._ws = ws
        self._pending = None
        self._limiter.reset()
        decompressor = make_decompressor(self.compression)
        heartbeat_task: asyncio.Task[None] | None = None
        handshake_task: asyncio.Task[None] | None = None
        outcome: Disconnect
        try:
            hello = await asyncio.wait_for(self._receive_hello(ws, decompressor), self.policy.hello_timeout)
            if isinstance(hello, Disconnect):
                outcome = hello
            else:
                interval = hello.heartbeat_interval / 1000
                self._emit(HelloReceived(self.shard_id, interval))
                self._heartbeat = Heartbeat(
                    interval, self._send_heartbeat, self._on_zombie, jitter=self._rng.random()
                )
                heartbeat_task = asyncio.create_task(self._run_heartbeat(self._heartbeat))
                # The handshake may wait long in the identify queue; meanwhile the receive loop keeps
                # reading (heartbeat ACKs, op 7, op 9) so a long wait never looks like a zombie.
                handshake_task = asyncio.create_task(self._handshake(ws, resuming))
                outcome = self._pending or await self._receive_loop(ws, decompressor)
        except ConnectionClosed as exc:
            received = exc.rcvd
            outcome = self._pending or disconnect_for_close(
                None if received is None else received.code, "" if received is None else received.reason
            )
        except TimeoutError:
            outcome = Disconnect("no HELLO in time", None, CloseAction.RESUME)
        finally:
            self._ready.clear()
            self._ws = None
            for task in (handshake_task, heartbeat_task):
                if task is not None:
                    task.cancel()
                    await asyncio.gather(task, return_exceptions=True)
        if ws.close_code is None:
            await ws.close(_KEEP_SESSION_CODE if outcome.action is CloseAction.RESUME else 1000)
        if self.session_id is not None and outcome.action is CloseAction.RESUME:
            await self._persist()
        return outcome

    async def _handshake(self, ws: ClientConnection, resuming: bool) -> None:
        """RESUME at once, or IDENTIFY once the identify queue allows; a failure ends the connection."""
        try:
            if resuming and self.session_id is not None:
                self.state = ShardState.RESUMING
                await self._send(resume_payload(self._token, self.session_id, self.sequence), priority=True)
                _log.debug("shard %d sent RESUME at seq %s", self.shard_id, self.sequence)
            else:
                self.state = ShardState.IDENTIFYING
                await self._identify()
        except (ConnectionClosed, ShardClosedError, _ClosingError):
            return  # the receive loop sees the same closure and reports it
        except Exception as exc:  # e.g. the Redis identify queue is unreachable: retry with backoff
            _log.warning("shard %d could not identify: %r; reconnecting", self.shard_id, exc)
            self._pending = Disconnect(f"identify failed: {type(exc).__name__}", None, CloseAction.RESUME)
            await ws.close(_KEEP_SESSION_CODE, "identify failed")

    async def _identify(self) -> None:
        await self._until_closing(self._identify_queue.acquire(self.shard_id, self.max_concurrency))
        payload = identify_payload(
            self._token,
            intents=self.intents,
            shard=(self.shard_id, self.shard_count),
            os_name=sys.platform,
            large_threshold=self.large_threshold,
            presence=self.presence,
        )
        await self._send(payload, priority=True)
        _log.debug("shard %d sent IDENTIFY", self.shard_id)
        self._emit(Identified(self.shard_id))

    async def _receive_hello(self, ws: ClientConnection, decompressor: Decompressor) -> Hello | Disconnect:
        while True:
            envelope = self._decode(await ws.recv(decode=False), decompressor)
            if isinstance(envelope, Disconnect):
                return envelope
            if envelope is None:
                continue
            if envelope.op == Op.HELLO:
                try:
                    return HELLO_DECODER.decode(envelope.d)
                except _DECODE_ERRORS as exc:
                    return self._payload_error("malformed_payload", f"HELLO: {exc}")
            if envelope.op == Op.RECONNECT:
                return Disconnect("server requested reconnect (op 7) before HELLO", None, CloseAction.RESUME)
            _log.debug("shard %d ignored op %d before HELLO", self.shard_id, envelope.op)

    def _decode(self, message: str | bytes, decompressor: Decompressor) -> Envelope | Disconnect | None:
        if isinstance(message, str):
            message = message.encode()
        try:
            payload = decompressor.feed(message)
        except CorruptFrameError as exc:
            return self._payload_error("corrupt_frame", str(exc))
        if payload is None:
            return None
        try:
            return ENVELOPE_DECODER.decode(payload)
        except _DECODE_ERRORS as exc:
            return self._payload_error("malformed_payload", str(exc))

    async def _receive_loop(self, ws: ClientConnection, decompressor: Decompressor) -> Disconnect:
        """The hot path: one decompress, one envelope decode, one callback per dispatch."""
        recv = ws.recv
        feed = decompressor.feed
        decode = ENVELOPE_DECODER.decode
        dispatch = self._dispatch
        shard_id = self.shard_id
        while True:
            message = await recv(decode=False)
            if isinstance(message, str):
                message = message.encode()
            try:
                payload = feed(message)
                if payload is None:
                    continue
                envelope = decode(payload)
            except CorruptFrameError as exc:
                return self._payload_error("corrupt_frame", str(exc))
            except _DECODE_ERRORS as exc:
                return self._payload_error("malformed_payload", str(exc))
            if envelope.op != Op.DISPATCH:
                outcome = await self._on_control(envelope)
                if outcome is not None:
                    return outcome
                continue
            seq = envelope.s
            if seq is not None:
                last = self.sequence
                if last is not None and seq <= last:
                    _log.debug("shard %d dropped replayed seq %d (at %d)", shard_id, seq, last)
                    continue
                self.sequence = seq
            name = envelope.t
            if name is None:
                continue
            if name in _WATCHED:
                await self._on_watched(name, envelope.d)
            try:
                result = dispatch(name, envelope.d, shard_id)
                if result is not None:
                    await result
            except Exception:
                _log.exception("shard %d: the dispatch callback failed on %s", shard_id, name)

    async def _on_watched(self, name: str, data: msgspec.Raw) -> None:
        if name == "GUILD_MEMBERS_CHUNK":
            if self._members:
                self._members.offer(data)
            return
        if name == "READY":
            try:
                ready = READY_DECODER.decode(data)
            except _DECODE_ERRORS as exc:
                _log.warning("shard %d: READY without a usable session: %s", self.shard_id, exc)
                return
            self.session_id = ready.session_id
            self.resume_url = ready.resume_gateway_url
            self._emit(ReadyReceived(self.shard_id, ready.session_id))
            _log.info("shard %d READY (session established)", self.shard_id)
            await self._persist()
        else:  # RESUMED
            self._emit(Resumed(self.shard_id, self.sequence))
            _log.info("shard %d RESUMED at seq %s", self.shard_id, self.sequence)
        self.state = ShardState.CONNECTED
        self._healthy = True
        self._ready.set()

    async def _on_control(self, envelope: Envelope) -> Disconnect | None:
        op = envelope.op
        if op == Op.HEARTBEAT_ACK:
            if self._heartbeat is not None:
                self._heartbeat.ack()
        elif op == Op.HEARTBEAT:
            if self._heartbeat is not None:
                await self._heartbeat.beat()
        elif op == Op.RECONNECT:
            return Disconnect("server requested reconnect (op 7)", None, CloseAction.RESUME)
        elif op == Op.INVALID_SESSION:
            resumable = bytes(envelope.d).strip() == b"true" and self.session_id is not None
            delay = self._rng.uniform(*self.policy.invalid_session_delay)
            action = CloseAction.RESUME if resumable else CloseAction.REIDENTIFY
            return Disconnect(f"invalid session (resumable={resumable})", None, action, delay)
        else:
            _log.debug("shard %d ignored op %d", self.shard_id, op)
        return None

    def _payload_error(self, kind: Literal["corrupt_frame", "malformed_payload"], detail: str) -> Disconnect:
        _log.warning("shard %d received a bad frame (%s): %s; reconnecting", self.shard_id, kind, detail)
        self._emit(PayloadError(self.shard_id, kind, detail))
        return Disconnect(f"{kind.replace('_', ' ')}: {detail}", None, CloseAction.RESUME)

    # ------------------------------------------------------------------ heartbeats and sending

    async def _run_heartbeat(self, heartbeat: Heartbeat) -> None:
        try:
            await heartbeat.run()
        except (ConnectionClosed, ShardClosedError):
            return

    async def _send_heartbeat(self) -> None:
        await self._send(encode(Op.HEARTBEAT, self.sequence), priority=True)
        await self._persist()  # keeps the stored sequence fresh, so a crashed process resumes close to here

    async def _on_zombie(self) -> None:
        ws = self._ws
        _log.warning(
            "shard %d: no heartbeat ACK since the last beat; zombie connection, resuming", self.shard_id
        )
        self._pending = Disconnect("zombie connection: heartbeat not acknowledged", None, CloseAction.RESUME)
        if ws is not None:
            await ws.close(_KEEP_SESSION_CODE, "zombie")

    async def _send(self, payload: bytes, *, priority: bool) -> None:
        await self._limiter.acquire(priority=priority)
        ws = self._ws
        if ws is None:
            raise ShardClosedError(f"shard {self.shard_id} is not connected")
        await ws.send(payload, text=True)

    async def _send_command(self, op: int, data: object) -> None:
        """A user command: waits for a live session, retried once per reconnect (all are idempotent)."""
        payload = encode(op, data)
        if len(payload) > MAX_PAYLOAD_BYTES:
            raise PayloadTooLargeError(
                f"op {op} payload is {len(payload)} bytes; Discord accepts {MAX_PAYLOAD_BYTES}"
            )
        for _ in range(3):
            await self._wait_connected()
            try:
                await self._send(payload, priority=False)
                return
            except (ConnectionClosed, ShardClosedError):
                if self._closing:
                    break
        raise ShardClosedError(f"shard {self.shard_id} could not send op {op}: the connection kept closing")

    async def _wait_connected(self) -> None:
        if self._ready.is_set():
            return
        if self._closing:
            raise ShardClosedError(f"shard {self.shard_id} is closed")
        ready = asyncio.ensure_future(self._ready.wait())
        closing = asyncio.ensure_future(self._closing_event.wait())
        try:
            await asyncio.wait({ready, closing}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            ready.cancel()
            closing.cancel()
        if not self._ready.is_set():
            raise ShardClosedError(f"shard {self.shard_id} is closed")

    # ------------------------------------------------------------------ session and helpers

    async def _load_session(self) -> None:
        stored = await self._store.load(self.shard_id, self.shard_count)
        if stored is not None:
            self.session_id = stored.session_id
            self.sequence = stored.sequence
            self.resume_url = stored.resume_url
            _log.info(
                "shard %d found a stored session; it will resume at seq %s", self.shard_id, stored.sequence
            )

    async def _persist(self) -> None:
        if self.session_id is None or self.resume_url is None or (self._closing and not self._keep_session):
            return
        info = SessionInfo(self.session_id, self.sequence, self.resume_url, self.shard_count)
        try:
            await self._store.save(self.shard_id, info)
        except Exception:
            _log.warning("shard %d could not save its session", self.shard_id, exc_info=True)

    async def _drop_session(self, reason: str) -> None:
        self.session_id = None
        self.sequence = None
        self.resume_url = None
        self._members.fail_all(reason)
        try:
            await self._store.delete(self.shard_id, self.shard_count)
        except Exception:
            _log.warning("shard %d could not delete its stored session", self.shard_id, exc_info=True)

    def _url(self, resuming: bool) -> str:
        base = self.gateway_url
        if resuming and self.resume_url and self._resume_url_failures < self.policy.resume_url_attempts:
            base = self.resume_url
        return connect_url(base, self.compression)

    async def _sleep_unless_closing(self, delay: float) -> None:
        if delay <= 0:
            return
        try:
            await asyncio.wait_for(self._closing_event.wait(), delay)
        except TimeoutError:
            return

    async def _until_closing(self, awaitable: Coroutine[object, object, T]) -> T:
        task = asyncio.ensure_future(awaitable)
        closing = asyncio.ensure_future(self._closing_event.wait())
        try:
            await asyncio.wait({task, closing}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            closing.cancel()
            if not task.done() or self._closing_event.is_set():
                task.cancel()  # also when this wait itself is cancelled: never leave the waiter behind
        if self._closing_event.is_set() or task.cancelled():
            if task.done() and not task.cancelled():
                task.exception()  # mark it retrieved: a late failure while closing does not matter
            raise _ClosingError
        return task.result()

    def _emit(self, event: ShardLifecycleEvent) -> None:
        handler = self._lifecycle
        if handler is None:
            return
        try:
            handler(event)
        except Exception:
            _log.exception("shard %d: the lifecycle callback failed", self.shard_id)


class _ClosingError(Exception):
    """The shard was closed while waiting (for the identify queue)."""


_WATCHED = frozenset({"READY", "RESUMED", "GUILD_MEMBERS_CHUNK"})
