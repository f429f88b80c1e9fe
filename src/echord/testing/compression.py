"""Gateway transport compression: one zlib-stream or zstd-stream context per connection, flushed per message."""

from __future__ import annotations

import zlib
from typing import Protocol


class Compressor(Protocol):
    def compress(self, data: bytes) -> bytes: ...


class ZlibStream:
    """zlib-stream: a shared deflate context; every message ends with a sync flush (00 00 ff ff)."""

    def __init__(self) -> None:
        self._context = zlib.compressobj()

    def compress(self, data: bytes) -> bytes:
        return self._context.compress(data) + self._context.flush(zlib.Z_SYNC_FLUSH)


class ZstdStream:
    """zstd-stream: one never-ending frame; every message is a flushed block of it."""

    def __init__(self) -> None:
        try:
            import zstandard
        except ImportError as error:
            raise ValueError("zstd-stream needs the zstandard package (pip install zstandard)") from error
        self._zstd = zstandard
        self._context = zstandard.ZstdCompressor().compressobj()

    def compress(self, data: bytes) -> bytes:
        out: bytes = self._context.compress(data) + self._context.flush(self._zstd.COMPRESSOBJ_FLUSH_BLOCK)
        return out


def compressor_for(name: str | None) -> Compressor | None:
    """The compressor for a `compress` query value; ValueError for an unknown (or unavailable) one."""
    if not name:
        return None
    if name == "zlib-stream":
        return ZlibStream()
    if name == "zstd-stream":
        return ZstdStream()
    raise ValueError(name)
