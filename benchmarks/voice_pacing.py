"""Voice send pacing: does a packet leave every 20 ms over 10 s of playback?

echord: a VoiceClient connected to the emulator's voice server on loopback (AES-GCM transport, DAVE with one
listener in the MLS group) plays a tone with the real monotonic clock; send times are recorded by the player
and arrival times by the emulator's listener. discord.py 2.7: its AudioPlayer thread driving a stand-in
VoiceClient whose send_audio_packet Opus-encodes and records the time (no network, no encryption: the
pacing loop alone). Printed: the deviation of each inter-packet interval from 20 ms (percentiles) and the
drift of the last packet from its ideal time.

    python benchmarks/voice_pacing.py [--seconds 10]
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import io
import itertools
import math
import statistics
import struct
import time

from echord.testing.voice import VoiceServer
from echord.voice import PCMAudio, VoiceClient

FRAME = 0.020
GUILD, CHANNEL, BOT, LISTENER = 1, 2, 3, 4


def tone(seconds: float) -> bytes:
    frames = int(48_000 * seconds)
    out = bytearray()
    for i in range(frames):
        s = int(12_000 * math.sin(2 * math.pi * 440 * i / 48_000))
        out += struct.pack("<hh", s, s)
    return bytes(out)


def report(name: str, times: list[float]) -> None:
    intervals = [b - a for a, b in itertools.pairwise(times)]
    deviation = sorted(abs(i - FRAME) * 1000 for i in intervals)

    def pct(p: float) -> float:
        return deviation[min(len(deviation) - 1, int(p / 100 * len(deviation)))]

    drift = (times[-1] - times[0] - (len(times) - 1) * FRAME) * 1000
    print(
        f"{name:<34} packets {len(times):>4}  mean interval {statistics.fmean(intervals) * 1000:6.3f} ms  "
        f"|dev| p50 {pct(50):5.3f}  p90 {pct(90):5.3f}  p99 {pct(99):6.3f}  max {deviation[-1]:6.3f} ms  "
        f"drift {drift:+7.3f} ms"
    )


async def echord_run(pcm: bytes) -> tuple[list[float], list[float]]:
    async with VoiceServer() as voice:
        listener = await voice.add_user(CHANNEL, LISTENER)
        client = await VoiceClient.connect(voice.grant(GUILD, CHANNEL, BOT))
        try:
            await voice.wait_until(lambda: client.dave is not None and client.dave.encrypting)
            player = client.play(PCMAudio(pcm))
            player.send_times = []
            await player.wait()
            await asyncio.sleep(0.2)
            sends = player.send_times[:-5]  # leave out the 5 trailing silence frames
            return sends, listener.arrivals[BOT][: len(sends)]
        finally:
            await client.disconnect()


async def discordpy_run(pcm: bytes) -> list[float] | None:
    if importlib.util.find_spec("discord") is None:
        return None
    import discord
    from discord.opus import Encoder
    from discord.player import AudioPlayer

    loop = asyncio.get_running_loop()
    times: list[float] = []
    encoder = Encoder()

    class FakeWS:
        async def speak(self, state: object) -> None:
            return None

    class FakeClient:
        ws = FakeWS()
        timeout = 5.0

        def __init__(self) -> None:
            self.client = self
            self.loop = loop

        def is_connected(self) -> bool:
            return True

        def send_audio_packet(self, data: bytes, *, encode: bool = True) -> None:
            if encode:
                encoder.encode(data, encoder.SAMPLES_PER_FRAME)
            times.append(time.perf_counter())

    done = asyncio.Event()
    player = AudioPlayer(
        discord.PCMAudio(io.BytesIO(pcm)),
        FakeClient(),  # type: ignore[arg-type]
        after=lambda _: loop.call_soon_threadsafe(done.set),
    )
    player.start()
    await done.wait()
    return times


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    pcm = tone(args.seconds)
    print(f"{args.seconds:.0f} s of 48 kHz stereo tone, ideal interval 20.000 ms\n")
    sends, arrivals = await echord_run(pcm)
    report("echord send (player)", sends)
    report("echord arrival (emulator listener)", arrivals)
    theirs = await discordpy_run(pcm)
    if theirs is None:
        print("discord.py not installed: skipped")
    else:
        report("discord.py 2.7 send (AudioPlayer)", theirs[:-5])  # its 5 silence frames go out back to back


if __name__ == "__main__":
    asyncio.run(main())
