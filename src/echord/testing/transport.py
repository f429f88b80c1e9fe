"""HTTP/1.1 and WebSocket on one loopback port, on plain asyncio streams.

Hand-rolled on purpose: the emulator must be able to do what a real network does to a bot (drop a TCP
connection without a close frame, send a corrupt frame), which a framework hides. WebSocket framing is
the `websockets` sans-I/O protocol; HTTP parsing is the small subset bots send (Content-Length or chunked).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from urllib.parse import parse_qs, urlsplit

from websockets.frames import Frame, Opcode
from websockets.http11 import Request
from websockets.protocol import State
from websockets.server import ServerProtocol

log = logging.getLogger("echord.testing.transport")

_MAX_HEAD = 64 * 1024
_MAX_BODY = 32 * 1024 * 1024


@dataclass
class HTTPRequest:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes = b""


@dataclass
class HTTPResponse:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


RestHandler = Callable[[HTTPRequest], Awaitable[HTTPResponse]]


class ConnectionClosed(Exception):
    """Sending on a WebSocket that is no longer open."""


class WebSocket:
    """One server-side WebSocket: whole messages in, text/binary out, close codes, and raw faults."""

    def __init__(self, protocol: ServerProtocol, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        self._protocol = protocol
        self._reader = reader
        self._writer = writer
        self._pending: list[str | bytes] = []
        self._fragments: list[bytes] = []
        self._fragment_text = False
        self._lock = asyncio.Lock()

    @property
    def open(self) -> bool:
        return self._protocol.state is State.OPEN and not self._writer.is_closing()

    @property
    def close_code(self) -> int | None:
        """The close code the client sent, once closed."""
        return self._protocol.close_rcvd.code if self._protocol.close_rcvd else None

    async def recv(self) -> str | bytes | None:
        """The next complete message, or None once the connection is closed (by either side)."""
        while not self._pending:
            if self._protocol.state is State.CLOSED or self._writer.is_closing():
                return None
            try:
                data = await self._reader.read(65536)
            except (ConnectionError, OSError):
                data = b""
            if data:
                self._protocol.receive_data(data)
            else:
                self._protocol.receive_eof()
            for event in self._protocol.events_received():
                if isinstance(event, Frame):
                    self._on_frame(event)
            await self._flush()
            if not data:
                self._writer.close()
                return None
        return self._pending.pop(0)

    def _on_frame(self, frame: Frame) -> None:
        if frame.opcode in (Opcode.TEXT, Opcode.BINARY):
            self._fragments = [bytes(frame.data)]
            self._fragment_text = frame.opcode is Opcode.TEXT
        elif frame.opcode is Opcode.CONT:
            self._fragments.append(bytes(frame.data))
        else:
            return
        if frame.fin:
            data = b"".join(self._fragments)
            self._fragments = []
            if self._fragment_text:
                self._pending.append(data.decode("utf-8", errors="replace"))
            else:
                self._pending.append(data)

    async def _flush(self) -> None:
        for chunk in self._protocol.data_to_send():
            if chunk:
                self._writer.write(chunk)
            elif self._writer.can_write_eof():
                with contextlib.suppress(OSError):
                    self._writer.write_eof()
        with contextlib.suppress(ConnectionError, OSError):
            await self._writer.drain()
        if self._protocol.close_expected() and self._protocol.state is State.CLOSED:
            self._writer.close()

    async def send_text(self, text: str) -> None:
        await self._send(Opcode.TEXT, text.encode())

    async def send_bytes(self, data: bytes) -> None:
        await self._send(Opcode.BINARY, data)

    async def _send(self, opcode: Opcode, data: bytes) -> None:
        async with self._lock:
            if not self.open:
                raise ConnectionClosed
            if opcode is Opcode.TEXT:
                self._protocol.send_text(data)
            else:
                self._protocol.send_binary(data)
            await self._flush()

    async def close(self, code: int = 1000, reason: str = "") -> None:
        """Start the closing handshake; the TCP connection closes when the client answers (or soon after)."""
        async with self._lock:
            if self._protocol.state is State.OPEN:
                self._protocol.send_close(code, reason)
                await self._flush()
        asyncio.get_running_loop().call_later(2.0, self.abort)

    async def finish(self) -> None:
        """After the handler: close if still open and read until the client completes the handshake."""
        if self.open:
            await self.close(1000)
        with contextlib.suppress(Exception):
            async with asyncio.timeout(2):
                while await self.recv() is not None:
                    pass

    def abort(self) -> None:
        """Drop the TCP connection without a close frame, as a network failure would."""
        transport = self._writer.transport
        transport.abort()

    async def send_raw(self, data: bytes) -> None:
        """Write bytes straight to the socket, bypassing framing (for corrupt-frame faults)."""
        async with self._lock:
            self._writer.write(data)
            with contextlib.suppress(ConnectionError, OSError):
                await self._writer.drain()


GatewayHandler = Callable[[WebSocket, HTTPRequest], Awaitable[None]]


class LoopbackServer:
    """Serves REST requests to `rest` and WebSocket upgrades to `gateway` on 127.0.0.1."""

    def __init__(self, rest: RestHandler, gateway: GatewayHandler, *, host: str = "127.0.0.1", port: int = 0):
        self._rest = rest
        self._gateway = gateway
        self._host = host
        self._port = port
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.StreamWriter] = set()
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def port(self) -> int:
        assert self._server is not None, "server not started"
        port: int = self._server.sockets[0].getsockname()[1]
        return port

    async def start(self) -> None:
        self._server = await asyncio.start_server(
            self._on_connection, self._host, self._port, limit=_MAX_HEAD
        )

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
        for writer in list(self._connections):
            writer.transport.abort()
        if self._tasks:
            _, pending = await asyncio.wait(list(self._tasks), timeout=2)
            for task in pending:
                task.cancel()
        if self._server is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2)

    async def _on_connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self._connections.add(writer)
        try:
            await self._serve(reader, writer)
        except (ConnectionError, OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        except asyncio.CancelledError:
            # Only cancelled by stop(), after aborting the transport: end quietly (asyncio's stream
            # callback would otherwise log the cancellation as an error).
            pass
        except Exception:
            log.exception("connection handler failed")
        finally:
            self._connections.discard(writer)
            self._tasks.discard(task)
            writer.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except asyncio.IncompleteReadError:
                return
            request = _parse_head(head)
            if request is None:
                await _write_response(
                    writer, HTTPResponse(400, b'{"message": "400: Bad Request", "code": 0}')
                )
                return
            if request.headers.get("upgrade", "").lower() == "websocket":
                await self._upgrade(head, request, reader, writer)
                return
            body = await _read_body(reader, request.headers)
            if body is None:
                await _write_response(
                    writer, HTTPResponse(400, b'{"message": "400: Bad Request", "code": 0}')
                )
                return
            request.body = body
            response = await self._rest(request)
            keep_alive = request.headers.get("connection", "").lower() != "close"
            if not keep_alive:
                response.headers["Connection"] = "close"
            await _write_response(writer, response)
            if not keep_alive:
                return

    async def _upgrade(
        self, head: bytes, request: HTTPRequest, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        protocol = ServerProtocol(max_size=1 << 20)
        protocol.receive_data(head)
        events = protocol.events_received()
        if not events:
            return
        handshake = events[0]
        if not isinstance(handshake, Request):
            return
        response = protocol.accept(handshake)
        protocol.send_response(response)
        for chunk in protocol.data_to_send():
            writer.write(chunk)
        await writer.drain()
        if response.status_code != 101:
            return
        websocket = WebSocket(protocol, reader, writer)
        try:
            await self._gateway(websocket, request)
        finally:
            await websocket.finish()


def _parse_head(head: bytes) -> HTTPRequest | None:
    try:
        lines = head.decode("latin-1").split("\r\n")
        method, target, version = lines[0].split(" ")
        if not version.startswith("HTTP/1."):
            return None
        headers: dict[str, str] = {}
        for line in lines[1:]:
            if not line:
                continue
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    except ValueError:
        return None
    parts = urlsplit(target)
    return HTTPRequest(method.upper(), parts.path, parse_qs(parts.query, keep_blank_values=True), headers)


async def _read_body(reader: asyncio.StreamReader, headers: dict[str, str]) -> bytes | None:
    if headers.get("transfer-encoding", "").lower() == "chunked":
        chunks: list[bytes] = []
        while True:
            size_line = await reader.readuntil(b"\r\n")
            try:
                size = int(size_line.split(b";")[0].strip(), 16)
            except ValueError:
                return None
            if size == 0:
                await reader.readuntil(b"\r\n")
                return b"".join(chunks)
            chunks.append(await reader.readexactly(size))
            await reader.readexactly(2)
            if sum(map(len, chunks)) > _MAX_BODY:
                return None
    try:
        length = int(headers.get("content-length", "0"))
    except ValueError:
        return None
    if not 0 <= length <= _MAX_BODY:
        return None
    return await reader.readexactly(length) if length else b""


async def _write_response(writer: asyncio.StreamWriter, response: HTTPResponse) -> None:
    try:
        reason = HTTPStatus(response.status).phrase
    except ValueError:
        reason = "Unknown"
    headers = {"Content-Length": str(len(response.body)), **response.headers}
    if response.body and "Content-Type" not in headers:
        headers["Content-Type"] = "application/json"
    head = f"HTTP/1.1 {response.status} {reason}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    writer.write(head.encode("latin-1") + b"\r\n" + response.body)
    await writer.drain()
