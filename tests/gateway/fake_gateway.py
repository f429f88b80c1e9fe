"""A scripted loopback gateway for the shard tests (until echord.testing's emulator exists).

Each accepted connection runs the test's `script(conn)`. A reader task records every client payload
(with its arrival time) and, unless told not to, answers heartbeats with ACKs. The server keeps
sessions (the dispatches sent under each session id), so a script can replay them on RESUME exactly
like Discord does: everything after the client's `seq`, then RESUMED.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

import zstandard
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed

Script = Callable[["FakeConnection"], Awaitable[None]]


@dataclass
class Received:
    connection: int
    at: float
    payload: dict[str, Any]


@dataclass
class Session:
    session_id: str
    events: list[tuple[int, str, Any]] = field(default_factory=list)

    @property
    def seq(self) -> int:
        return self.events[-1][0] if self.events else 0


class FakeConnection:
    """One client connection as the script sees it."""

    def __init__(self, server: FakeGateway, ws: ServerConnection, index: int) -> None:
        self.server = server
        self.ws = ws
        self.index = index
        request = ws.request
        assert request is not None
        self.path = request.path
        self.query = {k: v[0] for k, v in parse_qs(urlsplit(request.path).query).items()}
        self.compress = self.query.get("compress")
        self._zlib = zlib.compressobj() if self.compress == "zlib-stream" else None
        self._zstd = zstandard.ZstdCompressor().compressobj() if self.compress == "zstd-stream" else None
        self.auto_ack = True
        self.inbox: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.heartbeats: list[Received] = []
        self.session: Session | None = None
        self.closed = asyncio.Event()
        self.close_code: int | None = None

    # --- sending
    def compress_bytes(self, raw: bytes) -> bytes:
        if self._zlib is not None:
            return self._zlib.compress(raw) + self._zlib.flush(zlib.Z_SYNC_FLUSH)
        if self._zstd is not None:
            return self._zstd.compress(raw) + self._zstd.flush(zstandard.COMPRESSOBJ_FLUSH_BLOCK)
        return raw

    async def send_raw(self, raw: bytes, *, split: bool = False) -> None:
        """Send one payload (compressed as negotiated); `split` sends zlib output in two messages."""
        data = self.compress_bytes(raw)
        if self.compress is None:
            await self.ws.send(raw.decode())
        elif split and len(data) > 8:
            await self.ws.send(data[: len(data) // 2])
            await self.ws.send(data[len(data) // 2 :])
        else:
            await self.ws.send(data)

    async def send_frame(self, frame: bytes) -> None:
        """Send bytes exactly as given (for corrupt frames)."""
        await self.ws.send(frame)

    async def send(self, op: int, d: Any = None, s: int | None = None, t: str | None = None) -> None:
        await self.send_raw(json.dumps({"op": op, "d": d, "s": s, "t": t}).encode())

    async def hello(self, interval_ms: int = 45_000) -> None:
        await self.send(10, {"heartbeat_interval": interval_ms})

    async def dispatch(self, t: str, d: Any, *, split: bool = False) -> int:
        """Send a dispatch with the session's next sequence number (and remember it for replays)."""
        assert self.session is not None
        seq = self.session.seq + 1
        self.session.events.append((seq, t, d))
        await self.send_raw(json.dumps({"op": 0, "d": d, "s": seq, "t": t}).encode(), split=split)
        return seq

    async def ready(self, session_id: str | None = None) -> Session:
        session_id = session_id or f"session-{next(self.server.session_ids)}"
        self.session = self.server.sessions[session_id] = Session(session_id)
        resume_url = f"ws://127.0.0.1:{self.server.port}/resume"
        await self.dispatch("READY", {"v": 10, "session_id": session_id, "resume_gateway_url": resume_url})
        return self.session

    async def resumed(self, resume: dict[str, Any]) -> Session:
        """Answer a RESUME: replay everything after its seq, then RESUMED."""
        session = self.server.sessions[resume["d"]["session_id"]]
        self.session = session
        after = resume["d"]["seq"] or 0
        for seq, t, d in list(session.events):
            if seq > after:
                await self.send_raw(json.dumps({"op": 0, "d": d, "s": seq, "t": t}).encode())
        await self.dispatch("RESUMED", None)
        return session

    async def close(self, code: int, reason: str = "") -> None:
        await self.ws.close(code, reason)

    # --- receiving
    async def recv(self, within: float = 5.0) -> dict[str, Any]:
        """The next non-heartbeat payload from the client."""
        return await asyncio.wait_for(self.inbox.get(), within)

    async def expect(self, op: int, within: float = 5.0) -> dict[str, Any]:
        message = await self.recv(within)
        assert message["op"] == op, f"expected op {op}, got {message}"
        return message

    async def handshake(self, interval_ms: int = 45_000, within: float = 5.0) -> dict[str, Any]:
        """HELLO, then answer IDENTIFY with READY or RESUME with a replay; returns the client's payload."""
        await self.hello(interval_ms)
        message = await self.recv(within)
        if message["op"] == 2:
            await self.ready()
        elif message["op"] == 6:
            await self.resumed(message)
        else:
            raise AssertionError(f"expected IDENTIFY or RESUME, got {message}")
        return message

    async def wait_closed(self, within: float = 5.0) -> int | None:
        await asyncio.wait_for(self.closed.wait(), within)
        return self.close_code

    async def _read(self) -> None:
        try:
            async for message in self.ws:
                payload = json.loads(message)
                record = Received(self.index, time.monotonic(), payload)
                self.server.received.append(record)
                if payload.get("op") == 1:
                    self.heartbeats.append(record)
                    if self.auto_ack:
                        await self.send(11)
                    continue
                await self.inbox.put(payload)
        except ConnectionClosed:
            pass
        finally:
            self.close_code = self.ws.close_code
            self.closed.set()


class FakeGateway:
    """`async with FakeGateway(script) as gw:` serves ws://127.0.0.1:{gw.port}/."""

    def __init__(self, script: Script) -> None:
        self.script = script
        self.connections: list[FakeConnection] = []
        self.received: list[Received] = []
        self.sessions: dict[str, Session] = {}
        self.session_ids = itertools.count(1)
        self.script_errors: list[BaseException] = []
        self._server: Server | None = None
        self.port = 0
        self.new_connection = asyncio.Event()

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    def sent(self, op: int) -> list[Received]:
        """Client payloads of one opcode, in arrival order."""
        return [r for r in self.received if r.payload.get("op") == op]

    async def __aenter__(self) -> FakeGateway:
        self._server = await serve(self._handle, "127.0.0.1", 0, compression=None, max_size=None)
        self.port = next(iter(self._server.sockets)).getsockname()[1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    async def _handle(self, ws: ServerConnection) -> None:
        conn = FakeConnection(self, ws, len(self.connections))
        self.connections.append(conn)
        self.new_connection.set()
        reader = asyncio.create_task(conn._read())
        try:
            await self.script(conn)
        except ConnectionClosed:
            pass
        except Exception as exc:
            self.script_errors.append(exc)
            raise
        finally:
            await conn.closed.wait()
            reader.cancel()
            await asyncio.gather(reader, return_exceptions=True)
