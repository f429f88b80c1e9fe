"""A minimal raw gateway client for tests: websockets + zlib/zstd inflation, no echord code."""

from __future__ import annotations

import asyncio
import json
import zlib
from typing import Any

import websockets
import zstandard
from websockets.asyncio.client import ClientConnection

from echord.testing import Emulator

PROPERTIES = {"os": "linux", "browser": "tests", "device": "tests"}


class RawGateway:
    def __init__(self, ws: ClientConnection, compress: str | None) -> None:
        self.ws = ws
        self.compress = compress
        self._zlib = zlib.decompressobj()
        self._zstd = zstandard.ZstdDecompressor().decompressobj()
        self.seq: int | None = None
        self.session_id: str | None = None

    @classmethod
    async def connect(
        cls, url: str, *, compress: str | None = None, query: str = "v=10&encoding=json"
    ) -> RawGateway:
        full = f"{url}/?{query}" + (f"&compress={compress}" if compress else "")
        ws = await websockets.connect(full, max_size=None)
        return cls(ws, compress)

    def decode(self, frame: str | bytes) -> dict[str, Any]:
        if isinstance(frame, bytes):
            if self.compress == "zlib-stream":
                assert frame.endswith(b"\x00\x00\xff\xff"), "each zlib-stream message ends with a sync flush"
                frame = self._zlib.decompress(frame)
            elif self.compress == "zstd-stream":
                frame = self._zstd.decompress(frame)
        payload: dict[str, Any] = json.loads(frame)
        return payload

    async def recv(self, within: float = 3.0) -> dict[str, Any]:
        payload = self.decode(await asyncio.wait_for(self.ws.recv(), within))
        if payload.get("s") is not None:
            self.seq = payload["s"]
        return payload

    async def recv_dispatch(self, name: str, within: float = 3.0) -> dict[str, Any]:
        """Skip payloads until the dispatch `name` arrives; returns its `d`."""
        async with asyncio.timeout(within):
            while True:
                payload = await self.recv(within)
                if payload["op"] == 0 and payload["t"] == name:
                    data: dict[str, Any] = payload["d"]
                    return data

    async def send(self, op: int, d: Any) -> None:
        await self.ws.send(json.dumps({"op": op, "d": d}))

    async def identify(self, token: str, intents: int, shard: list[int] | None = None) -> dict[str, Any]:
        hello = await self.recv()
        assert hello["op"] == 10
        payload: dict[str, Any] = {"token": token, "intents": intents, "properties": PROPERTIES}
        if shard is not None:
            payload["shard"] = shard
        await self.send(2, payload)
        ready = await self.recv_dispatch("READY")
        self.session_id = ready["session_id"]
        return ready

    async def close_code(self, within: float = 3.0) -> int | None:
        """Read until the server closes; the close code it sent."""
        try:
            async with asyncio.timeout(within):
                while True:
                    await self.ws.recv()
        except websockets.ConnectionClosed as closed:
            return closed.rcvd.code if closed.rcvd else None

    async def close(self) -> None:
        await self.ws.close()


async def connect_ready(
    emu: Emulator, intents: int = (1 << 16) - 1, **kwargs: Any
) -> tuple[RawGateway, dict[str, Any]]:
    gateway = await RawGateway.connect(emu.gateway_url, **kwargs)
    ready = await gateway.identify(emu.bot_token, intents)
    return gateway, ready
