"""Player pacing and controls, sources, and the receive jitter buffer."""

from __future__ import annotations

import array
import asyncio
import io
import itertools
import pathlib
import sys

import pytest

from echord.voice import (
    AudioFrame,
    BufferSink,
    FFmpegNotFoundError,
    OggOpusAudio,
    PCMAudio,
    VolumeTransformer,
    WaveSink,
)
from echord.voice.opus import FRAME_BYTES, OpusEncoder
from echord.voice.player import AudioPlayer
from echord.voice.receiver import AudioReceiver
from echord.voice.rtp import SILENCE_FRAME, RTPHeader
from echord.voice.sources import FFmpegPCMAudio

from .audio import VirtualClock, dominant_frequency, rms, tone


class Recorder:
    def __init__(self, clock: VirtualClock) -> None:
        self.clock = clock
        self.packets: list[tuple[float, bytes]] = []
        self.speaking: list[bool] = []

    def send(self, packet: bytes) -> None:
        self.packets.append((self.clock.now(), packet))

    async def set_speaking(self, on: bool) -> None:
        self.speaking.append(on)


class JumpyClock(VirtualClock):
    """Oversleeps by 5 ms each time, and once stalls for 1 s (a suspended process)."""

    async def sleep(self, seconds: float) -> None:
        extra = 1.0 if len(self.sleeps) == 20 else 0.005
        await super().sleep(seconds + extra)


async def test_frames_leave_on_a_20ms_grid_with_silence_at_the_end() -> None:
    clock = VirtualClock()
    rec = Recorder(clock)
    player = AudioPlayer(PCMAudio(tone(440, 1.0)), rec.send, rec.set_speaking, clock=clock)
    player.start()
    await player.wait()
    times = [t for t, _ in rec.packets]
    assert len(times) == 55
    assert all(abs(t - i * 0.02) < 1e-9 for i, t in enumerate(times))
    assert [p for _, p in rec.packets[-5:]] == [SILENCE_FRAME] * 5
    assert rec.speaking == [True, False]


async def test_oversleeping_does_not_accumulate_and_a_stall_reanchors() -> None:
    clock = JumpyClock()
    rec = Recorder(clock)
    player = AudioPlayer(PCMAudio(tone(440, 1.0)), rec.send, rec.set_speaking, clock=clock)
    player.start()
    await player.wait()
    times = [t for t, _ in rec.packets[:50]]
    # each 5 ms oversleep is absorbed by the next deadline, so frame 19 is still on schedule (+5 ms)
    assert abs(times[19] - (19 * 0.02 + 0.005)) < 1e-9
    assert player.reanchors == 1
    # after the 1 s stall the player re-anchors instead of bursting 50 frames at once
    gaps = [b - a for a, b in itertools.pairwise(times[22:])]
    assert min(gaps) > 0.019


async def test_pause_resume_stop_and_after() -> None:
    rec = Recorder(VirtualClock())
    done: list[BaseException | None] = []
    player = AudioPlayer(PCMAudio(tone(440, 60.0)), rec.send, rec.set_speaking, after=done.append)
    player.start()
    await asyncio.sleep(0.1)
    player.pause()
    while rec.speaking != [True, False]:  # noqa: ASYNC110 - the five silence frames take 100 ms
        await asyncio.sleep(0.01)
    assert player.is_paused
    paused_at = len(rec.packets)
    await asyncio.sleep(0.1)
    assert len(rec.packets) == paused_at
    assert [p for _, p in rec.packets[-5:]] == [SILENCE_FRAME] * 5
    player.resume()
    await asyncio.sleep(0.1)
    assert len(rec.packets) > paused_at and player.is_playing
    player.stop()
    await player.wait()
    assert done == [None]
    assert rec.speaking == [True, False, True, False]


async def test_after_receives_the_error_that_ended_playback() -> None:
    class Broken(PCMAudio):
        async def read(self) -> bytes:
            raise OSError("disk gone")

    rec = Recorder(VirtualClock())
    done: list[BaseException | None] = []
    player = AudioPlayer(Broken(b""), rec.send, rec.set_speaking, after=done.append, clock=rec.clock)
    player.start()
    await player.wait()
    assert isinstance(done[0], OSError)


async def test_ogg_opus_is_passed_through_without_reencoding() -> None:
    encoder = OpusEncoder()
    packets = [encoder.encode(tone(440, 0.02)) for _ in range(3)]

    def page(ps: list[bytes], seq: int) -> bytes:
        import struct

        table = bytes(len(p) for p in ps)
        return struct.pack("<4sBBqIIIB", b"OggS", 0, 0, 0, 1, seq, 0, len(table)) + table + b"".join(ps)

    data = page([b"OpusHead" + bytes(11)], 0) + page([b"OpusTags" + bytes(8)], 1) + page(packets, 2)
    clock = VirtualClock()
    rec = Recorder(clock)
    player = AudioPlayer(OggOpusAudio(io.BytesIO(data)), rec.send, rec.set_speaking, clock=clock)
    player.start()
    await player.wait()
    assert [p for _, p in rec.packets[:3]] == packets


async def test_volume_transformer_scales_and_clamps() -> None:
    loud = VolumeTransformer(PCMAudio(tone(440, 0.02, amplitude=0.5)), volume=4.0)
    quiet = VolumeTransformer(PCMAudio(tone(440, 0.02, amplitude=0.5)), volume=0.5)
    original = rms(tone(440, 0.02, amplitude=0.5))
    assert rms(await quiet.read()) == pytest.approx(original / 2, rel=0.01)
    samples = array.array("h", await loud.read())
    assert max(samples) == 32767 and min(samples) == -32768


async def test_pcm_source_pads_the_last_frame() -> None:
    source = PCMAudio(b"\x01\x00" * 100)
    frame = await source.read()
    assert len(frame) == FRAME_BYTES and frame[:200] == b"\x01\x00" * 100
    assert await source.read() == b""


def test_missing_ffmpeg_is_a_clear_error() -> None:
    with pytest.raises(FFmpegNotFoundError, match="not found on PATH"):
        FFmpegPCMAudio("song.mp3", executable="echord-no-such-ffmpeg")


def _feed(receiver: AudioReceiver, packets: list[bytes], order: list[int]) -> None:
    for seq in order:
        receiver.feed(7, RTPHeader(sequence=seq, timestamp=seq * 960, ssrc=99), packets[seq])


def test_jitter_buffer_reorders() -> None:
    encoder = OpusEncoder()
    pcm = tone(440, 0.2)
    packets = [encoder.encode(pcm[i : i + FRAME_BYTES]) for i in range(0, len(pcm), FRAME_BYTES)]
    seen: list[AudioFrame] = []

    class Sink(BufferSink):
        def write(self, frame: AudioFrame) -> None:
            seen.append(frame)
            super().write(frame)

    receiver = AudioReceiver(Sink())
    _feed(receiver, packets, [0, 2, 1, 3, 5, 4, 6, 7, 8, 9])
    assert [f.sequence for f in seen] == list(range(10))
    assert receiver.stats.lost == 0
    _feed(receiver, packets, [3])  # late duplicate: dropped
    assert receiver.stats.late == 1


def test_jitter_buffer_conceals_losses_and_keeps_time() -> None:
    encoder = OpusEncoder()
    pcm = tone(440, 0.4)
    packets = [encoder.encode(pcm[i : i + FRAME_BYTES]) for i in range(0, len(pcm), FRAME_BYTES)]
    sink = BufferSink()
    receiver = AudioReceiver(sink, depth=3)
    order = [i for i in range(20) if i not in (5, 11, 12)]
    _feed(receiver, packets, order)
    receiver.flush()
    assert receiver.stats.lost == 3
    assert len(sink.pcm[7]) == 20 * FRAME_BYTES
    assert abs(dominant_frequency(sink.pcm[7]) - 440) < 5


def test_wave_sink_writes_one_file_per_speaker(tmp_path: pathlib.Path) -> None:
    import wave

    sink = WaveSink(tmp_path)
    frame = tone(440, 0.02)
    sink.write(AudioFrame(1, 11, 0, 0, b"", frame))
    sink.write(AudioFrame(1, 11, 1, 960 * 3, b"", frame))  # 2 frames of silence inserted for the pause
    sink.write(AudioFrame(2, 22, 0, 0, b"", frame))
    sink.close()
    with wave.open(str(sink.path_for(1))) as w:
        assert (w.getnchannels(), w.getframerate(), w.getnframes()) == (2, 48000, 4 * 960)
    with wave.open(str(sink.path_for(2))) as w:
        assert w.getnframes() == 960


async def test_ffmpeg_source_reads_the_subprocess_pipe(tmp_path: pathlib.Path) -> None:
    """A stand-in ffmpeg (a script printing 2.5 frames of PCM) exercises the subprocess path without ffmpeg."""
    script = tmp_path / "ffmpeg"
    script.write_text(
        f"#!{sys.executable}\n"
        "import sys\n"
        "assert sys.argv[sys.argv.index('-i') + 1] == 'input.mp3'\n"
        "assert sys.argv[-7:] == ['-f', 's16le', '-ar', '48000', '-ac', '2', 'pipe:1']\n"
        f"sys.stdout.buffer.write(b'\\x01\\x00' * {FRAME_BYTES // 2 * 5 // 2})\n"
    )
    script.chmod(0o755)
    source = FFmpegPCMAudio("input.mp3", executable=str(script))
    frames = [await source.read() for _ in range(4)]
    await source.close()
    assert [len(f) for f in frames] == [FRAME_BYTES, FRAME_BYTES, FRAME_BYTES, 0]
    assert frames[2][: FRAME_BYTES // 2] == b"\x01\x00" * (FRAME_BYTES // 4)
    assert frames[2][FRAME_BYTES // 2 :] == bytes(FRAME_BYTES // 2)


def test_volume_needs_pcm() -> None:
    with pytest.raises(ValueError):
        VolumeTransformer(OggOpusAudio(io.BytesIO(b"")))
