"""Heartbeat timing and zombie rule; both stream decompressors fed like Discord feeds them."""

from __future__ import annotations

import zlib

import pytest
import zstandard

from echord.gateway.compression import (
    CorruptFrameError,
    ZlibStreamDecompressor,
    ZstdStreamDecompressor,
    resolve_compression,
)
from echord.gateway.heartbeat import Heartbeat


class Clock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, delay: float) -> None:
        self.sleeps.append(delay)
        self.now += delay


async def test_heartbeat_first_beat_is_jittered_then_every_interval_until_an_ack_is_missed() -> None:
    clock = Clock()
    beats: list[float] = []
    zombies: list[float] = []
    acks_left = 3

    async def send() -> None:
        nonlocal acks_left
        beats.append(clock.now)
        if acks_left:
            acks_left -= 1
            clock.now += 0.02
            heartbeat.ack()

    async def on_zombie() -> None:
        zombies.append(clock.now)

    heartbeat = Heartbeat(10.0, send, on_zombie, jitter=0.25, clock=clock, sleep=clock.sleep)
    await heartbeat.run()
    assert clock.sleeps[0] == 2.5
    assert beats == pytest.approx([2.5, 12.52, 22.54, 32.56])
    assert zombies == pytest.approx([42.56])  # the fourth beat was never acknowledged
    assert heartbeat.latency == pytest.approx(0.02)


async def test_an_ack_to_a_requested_beat_counts() -> None:
    clock = Clock()

    async def send() -> None:
        return None

    async def on_zombie() -> None:
        raise AssertionError("not a zombie")

    heartbeat = Heartbeat(1.0, send, on_zombie, jitter=0.0, clock=clock, sleep=clock.sleep)
    await heartbeat.beat()
    heartbeat.ack()
    assert heartbeat.latency == 0.0


def test_zlib_stream_buffers_until_sync_flush() -> None:
    compressor = zlib.compressobj()
    inflate = ZlibStreamDecompressor()
    for i in range(3):
        data = compressor.compress(b'{"op":0,"n":%d}' % i) + compressor.flush(zlib.Z_SYNC_FLUSH)
        assert inflate.feed(data[:3]) is None
        assert inflate.feed(data[3:]) == b'{"op":0,"n":%d}' % i
    with pytest.raises(CorruptFrameError):
        inflate.feed(b"\xff\xfe garbage \x00\x00\xff\xff")


def test_zstd_stream_keeps_one_context() -> None:
    compressor = zstandard.ZstdCompressor().compressobj()
    stream = ZstdStreamDecompressor()
    for i in range(3):
        data = compressor.compress(b'{"op":0,"n":%d}' % i) + compressor.flush(
            zstandard.COMPRESSOBJ_FLUSH_BLOCK
        )
        assert stream.feed(data) == b'{"op":0,"n":%d}' % i
    with pytest.raises(CorruptFrameError):
        stream.feed(b"\x13\x37" * 40)


def test_auto_prefers_zstd() -> None:
    assert resolve_compression("auto") == "zstd-stream"
    assert resolve_compression(None) is None
