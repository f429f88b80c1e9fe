"""The voice websocket (gateway version 8): handshake, heartbeats with seq_ack, resume, and dispatch.

`VoiceGateway` owns one logical voice session across websocket reconnects. It performs Identify (or Resume
after a drop), tracks the last sequence number for buffered resume, frames DAVE's binary opcodes, and reports
everything else to a `VoiceGatewayHandler` (the VoiceClient), which owns UDP, media and DAVE state.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import struct
import time
from collections.abc import Awaitable, Mapping
from dataclasses import dataclass
from typing import Final, Protocol

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from .close_codes import CloseAction, VoiceCloseCode, action_for
from .errors import DaveRequiredError, VoiceConnectionClosed, VoiceTimeoutError

__all__ = ["VoiceGateway", "VoiceGatewayHandler", "VoiceOp", "VoiceServerInfo", "voice_url"]

log = logging.getLogger("echord.voice")

GATEWAY_VERSION: Final = 8


class VoiceOp:
    """Voice gateway opcodes (DAVE ones are in echord.voice.dave.DaveOp)."""

    IDENTIFY: Final = 0
    SELECT_PROTOCOL: Final = 1
    READY: Final = 2
    HEARTBEAT: Final = 3
    SESSION_DESCRIPTION: Final = 4
    SPEAKING: Final = 5
    HEARTBEAT_ACK: Final = 6
    RESUME: Final = 7
    HELLO: Final = 8
    RESUMED: Final = 9
    CLIENTS_CONNECT: Final = 11
    CLIENT_DISCONNECT: Final = 13


@dataclass(frozen=True, slots=True)
class VoiceServerInfo:
    """What the main gateway's VOICE_STATE_UPDATE + VOICE_SERVER_UPDATE pair gives a voice connection."""

    guild_id: int
    channel_id: int
    user_id: int
    session_id: str
    token: str
    endpoint: str


class VoiceGatewayHandler(Protocol):
    """What the gateway reports upward; implemented by VoiceClient."""

    async def on_ready(self, ssrc: int, ip: str, port: int, modes: list[str]) -> None: ...

    async def on_session_description(self, data: Mapping[str, object]) -> None: ...

    async def on_dispatch(self, op: int, data: Mapping[str, object]) -> None: ...

    async def on_binary(self, op: int, payload: bytes) -> None: ...

    async def on_resumed(self) -> None: ...

    async def on_session_invalid(self, code: int | None) -> None: ...

    async def on_closed(self, error: VoiceConnectionClosed) -> None: ...


def voice_url(endpoint: str) -> str:
    """The websocket URL for an endpoint; Discord's endpoints come without a scheme, so wss:// is added."""
    base = endpoint if "://" in endpoint else f"wss://{endpoint}"
    return f"{base.rstrip('/')}/?v={GATEWAY_VERSION}"


class VoiceGateway:
    """One voice session's websocket, reconnecting and resuming underneath its handler."""

    def __init__(
        self,
        info: VoiceServerInfo,
        handler: VoiceGatewayHandler,
        *,
        max_dave_protocol_version: int,
        handshake_timeout: float = 10.0,
        max_resume_attempts: int = 5,
        resume_backoff: float = 0.5,
    ) -> None:
        self.info = info
        self._handler = handler
        self._max_dave = max_dave_protocol_version
        self._handshake_timeout = handshake_timeout
        self._max_resume_attempts = max_resume_attempts
        self._resume_backoff = resume_backoff
        self._ws: ClientConnection | None = None
        self._task: asyncio.Task[None] | None = None
        self._heartbeat: asyncio.Task[None] | None = None
        self._described = asyncio.Event()
        self._closing = False
        self._ack_pending = False
        self.seq_ack = -1
        self.latency: float | None = None
        self.resumes = 0
        self._last_beat = 0.0
        self.error: VoiceConnectionClosed | None = None
        """Why the session ended, when it ended with a close code that must not be reconnected."""

    # -- lifecycle -----------------------------------------------------------------------------------------

    async def start(self) -> None:
        """Connect, identify and return once Session Description (op 4) has been handled."""
        ws = await self._open()
        await self._send(ws, VoiceOp.IDENTIFY, self._identify_payload())
        self._task = asyncio.get_running_loop().create_task(self._run(ws))
        waiter = asyncio.ensure_future(self._described.wait())
        done, _ = await asyncio.wait(
            {waiter, self._task}, timeout=self._handshake_timeout, return_when="FIRST_COMPLETED"
        )
        if waiter not in done:
            waiter.cancel()
            if self._task.done():
                self._task.result()
                raise self.error or VoiceConnectionClosed(None, "voice websocket ended during the handshake")
            await self.close()
            raise VoiceTimeoutError("voice handshake did not complete")

    def _identify_payload(self) -> dict[str, object]:
        return {
            "server_id": str(self.info.guild_id),
            "user_id": str(self.info.user_id),
            "session_id": self.info.session_id,
            "token": self.info.token,
            "max_dave_protocol_version": self._max_dave,
        }

    async def close(self, code: int = 1000) -> None:
        """Close for good; no reconnect follows."""
        self._closing = True
        self._stop_heartbeat()
        if self._ws is not None:
            await self._ws.close(code)
        if self._task is not None and self._task is not asyncio.current_task():
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task

    async def drop(self) -> None:
        """Abort the current socket as a network failure would (for tests and zombie connections)."""
        if self._ws is not None:
            self._ws.transport.abort()

    def mark_described(self) -> None:
        """Called by the handler once Session Description has been applied."""
        self._described.set()

    # -- sending -------------------------------------------------------------------------------------------

    async def send_json(self, op: int, data: Mapping[str, object] | None) -> None:
        """Send a text opcode on the current socket; dropped silently while reconnecting."""
        if self._ws is not None:
            with contextlib.suppress(ConnectionClosed):
                await self._send(self._ws, op, data)

    async def send_binary(self, op: int, payload: bytes) -> None:
        """Client binary frames are opcode byte + payload (no sequence number)."""
        if self._ws is not None:
            with contextlib.suppress(ConnectionClosed):
                await self._ws.send(bytes([op]) + payload)

    async def _send(self, ws: ClientConnection, op: int, data: Mapping[str, object] | None) -> None:
        await ws.send(json.dumps({"op": op, "d": data}, separators=(",", ":")))

    # -- receiving -----------------------------------------------------------------------------------------

    async def _open(self) -> ClientConnection:
        ws = await connect(voice_url(self.info.endpoint), max_size=None, compression=None)
        self._ws = ws
        return ws

    async def _run(self, ws: ClientConnection) -> None:
        while True:
            code: int | None = None
            reason = ""
            try:
                async for message in ws:
                    await self._handle(ws, message)
            except ConnectionClosed:
                pass
            if ws.close_code is not None and ws.close_code != 1006:
                code, reason = ws.close_code, ws.close_reason or ""
            self._stop_heartbeat()
            if self._closing:
                return
            action = action_for(code)
            log.info("voice websocket closed (%s %s); action: %s", code, reason, action.value)
            if action is CloseAction.RESUME:
                resumed = await self._resume()
                if resumed is not None:
                    ws = resumed
                    continue
                await self._handler.on_session_invalid(code)
                return
            if action is CloseAction.RECONNECT:
                await self._handler.on_session_invalid(code)
                return
            error_type = DaveRequiredError if code == VoiceCloseCode.DAVE_REQUIRED else VoiceConnectionClosed
            self.error = error_type(code, reason)
            await self._handler.on_closed(self.error)
            return

    async def _resume(self) -> ClientConnection | None:
        for attempt in range(self._max_resume_attempts):
            if attempt:
                await asyncio.sleep(self._resume_backoff * 2 ** (attempt - 1))
            try:
                ws = await self._open()
                payload = {
                    "server_id": str(self.info.guild_id),
                    "session_id": self.info.session_id,
                    "token": self.info.token,
                    "seq_ack": self.seq_ack,
                }
                await self._send(ws, VoiceOp.RESUME, payload)
            except (OSError, ConnectionClosed, TimeoutError) as exc:
                log.debug("voice resume attempt %s failed: %s", attempt + 1, exc)
                continue
            self.resumes += 1
            return ws
        return None

    async def _handle(self, ws: ClientConnection, message: str | bytes) -> None:
        if isinstance(message, bytes):
            if len(message) < 3:
                log.debug("ignoring short binary voice message")
                return
            seq, op = struct.unpack_from(">HB", message)
            self.seq_ack = seq
            await self._safely(self._handler.on_binary(op, message[3:]), op)
            return
        try:
            payload = json.loads(message)
        except ValueError:
            log.warning("ignoring undecodable voice gateway message")
            return
        if not isinstance(payload, dict):
            return
        op = payload.get("op")
        data = payload.get("d")
        seq = payload.get("seq")
        if isinstance(seq, int):
            self.seq_ack = seq
        if op == VoiceOp.HELLO and isinstance(data, dict):
            interval = float(data.get("heartbeat_interval", 41250)) / 1000
            self._start_heartbeat(ws, interval)
        elif op == VoiceOp.HEARTBEAT_ACK:
            self._ack_pending = False
            self.latency = time.monotonic() - self._last_beat
        elif op == VoiceOp.READY and isinstance(data, dict):
            modes = [str(m) for m in data.get("modes", [])]
            await self._handler.on_ready(int(data["ssrc"]), str(data["ip"]), int(data["port"]), modes)
        elif op == VoiceOp.SESSION_DESCRIPTION and isinstance(data, dict):
            await self._handler.on_session_description(data)
        elif op == VoiceOp.RESUMED:
            log.info("voice session resumed (seq_ack %s)", self.seq_ack)
            await self._handler.on_resumed()
        elif isinstance(op, int):
            await self._safely(self._handler.on_dispatch(op, data if isinstance(data, dict) else {}), op)

    async def _safely(self, work: Awaitable[None], op: int) -> None:
        """Bad server data for one opcode is logged; it never tears the session down."""
        try:
            await work
        except Exception as exc:
            log.warning("voice op %s could not be handled: %s", op, exc)

    # -- heartbeats ----------------------------------------------------------------------------------------

    def _start_heartbeat(self, ws: ClientConnection, interval: float) -> None:
        self._stop_heartbeat()
        self._ack_pending = False
        self._heartbeat = asyncio.get_running_loop().create_task(self._beat(ws, interval))

    def _stop_heartbeat(self) -> None:
        if self._heartbeat is not None and self._heartbeat is not asyncio.current_task():
            self._heartbeat.cancel()
        self._heartbeat = None

    async def _beat(self, ws: ClientConnection, interval: float) -> None:
        while True:
            if self._ack_pending:
                log.warning("no voice heartbeat ACK; reconnecting")
                ws.transport.abort()
                return
            self._last_beat = time.monotonic()
            self._ack_pending = True
            try:
                await self._send(
                    ws, VoiceOp.HEARTBEAT, {"t": int(time.time() * 1000), "seq_ack": self.seq_ack}
                )
            except ConnectionClosed:
                return
            await asyncio.sleep(interval)
