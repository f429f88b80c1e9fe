"""Transport compression: one decompression context per connection (zstd-stream or zlib-stream).

Each context turns the websocket messages of one connection back into whole JSON payloads. A corrupt
frame raises `CorruptFrameError`; the shard reports it and reconnects with a fresh context.
"""

from __future__ import annotations

import importlib.util
import zlib
from typing import Literal, Protocol, TypeAlias

from echord.gateway.errors import GatewayError

__all__ = [
    "Compression",
    "CorruptFrameError",
    "Decompressor",
    "NoCompression",
    "ZlibStreamDecompressor",
    "ZstdStreamDecompressor",
    "make_decompressor",
    "resolve_compression",
    "zstd_available",
]

Compression: TypeAlias = Literal["zstd-stream", "zlib-stream"]

_ZLIB_SUFFIX = b"\x00\x00\xff\xff"


class CorruptFrameError(GatewayError):
    """A received frame could not be decompressed."""


class Decompressor(Protocol):
    """Turns one websocket message into a whole payload, or None while a payload is incomplete."""

    def feed(self, data: bytes) -> bytes | None: ...


class NoCompression:
    """Messages are plain JSON already."""

    __slots__ = ()

    def feed(self, data: bytes) -> bytes | None:
        return data


class ZlibStreamDecompressor:
    """zlib-stream: one inflate context for the connection; a payload ends with Z_SYNC_FLUSH."""

    __slots__ = ("_buffer", "_inflate")

    def __init__(self) -> None:
        self._inflate = zlib.decompressobj()
        self._buffer = bytearray()

    def feed(self, data: bytes) -> bytes | None:
        if not data.endswith(_ZLIB_SUFFIX):
            self._buffer += data
            return None
        if self._buffer:
            self._buffer += data
            data = bytes(self._buffer)
            self._buffer.clear()
        try:
            return self._inflate.decompress(data)
        except zlib.error as exc:
            raise CorruptFrameError(f"zlib-stream frame could not be inflated: {exc}") from None


class ZstdStreamDecompressor:
    """zstd-stream: one zstd frame for the whole connection; every message is a flushed block."""

    __slots__ = ("_error", "_stream")

    def __init__(self) -> None:
        import zstandard

        self._stream = zstandard.ZstdDecompressor().decompressobj()
        self._error: type[Exception] = zstandard.ZstdError

    def feed(self, data: bytes) -> bytes | None:
        try:
            out: bytes = self._stream.decompress(data)
        except self._error as exc:
            raise CorruptFrameError(f"zstd-stream frame could not be decompressed: {exc}") from None
        return out or None


def zstd_available() -> bool:
    """Whether the optional `zstandard` module is installed."""
    return importlib.util.find_spec("zstandard") is not None


def resolve_compression(choice: Compression | Literal["auto"] | None) -> Compression | None:
    """`auto` prefers zstd-stream (smaller and faster to decode) and falls back to zlib-stream."""
    if choice == "auto":
        return "zstd-stream" if zstd_available() else "zlib-stream"
    if choice == "zstd-stream" and not zstd_available():
        raise GatewayError(
            "compression='zstd-stream' needs the 'zstandard' package (pip install echord[speed])"
        )
    return choice


def make_decompressor(compression: Compression | None) -> Decompressor:
    """A fresh context for a new connection."""
    if compression == "zstd-stream":
        return ZstdStreamDecompressor()
    if compression == "zlib-stream":
        return ZlibStreamDecompressor()
    return NoCompression()
