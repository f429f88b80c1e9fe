"""The voice UDP socket: IP discovery, keepalives, and handing received datagrams to a callback."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import struct
from collections.abc import Callable
from typing import Final

from .errors import VoiceTimeoutError

__all__ = [
    "DISCOVERY_SIZE",
    "VoiceUDP",
    "build_discovery_request",
    "build_discovery_response",
    "parse_discovery",
]

log = logging.getLogger("echord.voice")

DISCOVERY_SIZE: Final = 74
_DISCOVERY = struct.Struct(">HHI64sH")
KEEPALIVE_INTERVAL: Final = 5.0


def build_discovery_request(ssrc: int) -> bytes:
    """Type 1, length 70, our SSRC, an empty address and port."""
    return _DISCOVERY.pack(1, 70, ssrc, b"", 0)


def build_discovery_response(ssrc: int, address: str, port: int) -> bytes:
    """Type 2 with the address and port the server saw (the emulator answers with this)."""
    return _DISCOVERY.pack(2, 70, ssrc, address.encode(), port)


def parse_discovery(data: bytes) -> tuple[int, int, str, int]:
    """(type, ssrc, address, port) of a 74-byte discovery packet; ValueError if it is not one."""
    if len(data) != DISCOVERY_SIZE:
        raise ValueError("not an IP discovery packet")
    kind, length, ssrc, raw, port = _DISCOVERY.unpack(data)
    if kind not in (1, 2) or length != 70:
        raise ValueError("not an IP discovery packet")
    return kind, ssrc, raw.split(b"\0", 1)[0].decode("ascii", "replace"), port


class _Protocol(asyncio.DatagramProtocol):
    def __init__(self, owner: VoiceUDP) -> None:
        self._owner = owner

    def datagram_received(self, data: bytes, addr: tuple[str | object, int]) -> None:
        self._owner._received(data)

    def error_received(self, exc: Exception) -> None:
        log.debug("voice UDP error: %s", exc)


class VoiceUDP:
    """One UDP socket connected to the voice server."""

    def __init__(self, on_packet: Callable[[bytes], None]) -> None:
        self._on_packet = on_packet
        self._transport: asyncio.DatagramTransport | None = None
        self._discovery: asyncio.Future[bytes] | None = None
        self._keepalive: asyncio.Task[None] | None = None
        self.packets_sent = 0

    async def connect(self, host: str, port: int) -> None:
        loop = asyncio.get_running_loop()
        transport, _ = await loop.create_datagram_endpoint(lambda: _Protocol(self), remote_addr=(host, port))
        self._transport = transport

    async def discover(self, ssrc: int, *, within: float = 5.0, attempts: int = 3) -> tuple[str, int]:
        """Our external address and port as the voice server sees them; retried because UDP may drop."""
        loop = asyncio.get_running_loop()
        for _ in range(attempts):
            self._discovery = loop.create_future()
            self.send(build_discovery_request(ssrc))
            try:
                reply = await asyncio.wait_for(self._discovery, within / attempts)
            except TimeoutError:
                continue
            finally:
                self._discovery = None
            _, _, address, port = parse_discovery(reply)
            return address, port
        raise VoiceTimeoutError("no IP discovery response from the voice server")

    def start_keepalive(self, interval: float = KEEPALIVE_INTERVAL) -> None:
        """Keeps NAT mappings open while nothing is being sent."""
        if self._keepalive is None:
            self._keepalive = asyncio.get_running_loop().create_task(self._keepalive_loop(interval))

    async def _keepalive_loop(self, interval: float) -> None:
        counter = 0
        while True:
            await asyncio.sleep(interval)
            self.send(struct.pack(">I", counter) + bytes(4))
            counter = (counter + 1) & 0xFFFFFFFF

    def send(self, data: bytes) -> None:
        if self._transport is not None and not self._transport.is_closing():
            self._transport.sendto(data)
            self.packets_sent += 1

    def _received(self, data: bytes) -> None:
        if self._discovery is not None and not self._discovery.done() and len(data) == DISCOVERY_SIZE:
            with contextlib.suppress(ValueError):
                if parse_discovery(data)[0] == 2:
                    self._discovery.set_result(data)
                    return
        self._on_packet(data)

    async def close(self) -> None:
        if self._keepalive is not None:
            self._keepalive.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._keepalive
            self._keepalive = None
        if self._transport is not None:
            self._transport.close()
            self._transport = None
