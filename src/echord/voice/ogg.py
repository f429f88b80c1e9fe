"""A minimal Ogg page parser that yields the Opus packets of an Ogg Opus stream (RFC 7845)."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from typing import BinaryIO

__all__ = ["OggError", "iter_opus_packets", "iter_packets"]

_PAGE = struct.Struct("<4sBBqIIIB")


class OggError(ValueError):
    """The stream is not Ogg, or not Ogg Opus."""


def iter_packets(stream: BinaryIO) -> Iterator[bytes]:
    """Every packet of the first logical stream, reassembled across segments and pages."""
    partial = b""
    serial: int | None = None
    while True:
        head = stream.read(_PAGE.size)
        if not head:
            return
        if len(head) < _PAGE.size:
            raise OggError("truncated Ogg page header")
        capture, version, _flags, _granule, page_serial, _seq, _crc, segments = _PAGE.unpack(head)
        if capture != b"OggS" or version != 0:
            raise OggError("not an Ogg page")
        table = stream.read(segments)
        body = stream.read(sum(table))
        if len(table) < segments or len(body) < sum(table):
            raise OggError("truncated Ogg page")
        if serial is None:
            serial = page_serial
        if page_serial != serial:
            continue
        offset = 0
        for lacing in table:
            partial += body[offset : offset + lacing]
            offset += lacing
            if lacing < 255:
                yield partial
                partial = b""


def iter_opus_packets(stream: BinaryIO) -> Iterator[bytes]:
    """The audio packets of an Ogg Opus stream, after checking and skipping OpusHead and OpusTags."""
    packets = iter_packets(stream)
    head = next(packets, b"")
    if not head.startswith(b"OpusHead"):
        raise OggError("not an Ogg Opus stream (no OpusHead)")
    tags = next(packets, b"")
    if not tags.startswith(b"OpusTags"):
        raise OggError("Ogg Opus stream without OpusTags")
    yield from packets
