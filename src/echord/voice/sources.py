"""Audio sources: what the player reads one 20 ms frame at a time.

A source returns either PCM (s16le, 48 kHz, stereo, FRAME_BYTES per frame) or ready Opus packets
(`is_opus`), and `b""` when it is finished. Reads are async so an ffmpeg pipe never blocks the event loop.
"""

from __future__ import annotations

import array
import asyncio
import logging
import shutil
import sys
from collections.abc import Iterator, Sequence
from typing import BinaryIO, Protocol, runtime_checkable

from .errors import FFmpegNotFoundError
from .ogg import iter_opus_packets
from .opus import CHANNELS, FRAME_BYTES, SAMPLE_RATE

__all__ = [
    "AudioSource",
    "FFmpegPCMAudio",
    "OggOpusAudio",
    "PCMAudio",
    "VolumeTransformer",
]

log = logging.getLogger("echord.voice")


@runtime_checkable
class AudioSource(Protocol):
    """Anything the player can read frames from."""

    @property
    def is_opus(self) -> bool:
        """True when read() returns Opus packets instead of PCM."""
        ...

    async def read(self) -> bytes:
        """The next frame, or b"" at the end."""
        ...

    async def close(self) -> None:
        """Release processes and files; called once when playback ends for any reason."""
        ...


class PCMAudio:
    """Raw s16le 48 kHz stereo PCM from bytes or a binary file; a short last frame is padded with silence."""

    is_opus = False

    def __init__(self, data: bytes | BinaryIO) -> None:
        self._stream: BinaryIO | None = None if isinstance(data, bytes | bytearray) else data
        self._data = bytes(data) if isinstance(data, bytes | bytearray) else b""
        self._offset = 0

    async def read(self) -> bytes:
        if self._stream is not None:
            frame = self._stream.read(FRAME_BYTES)
        else:
            frame = self._data[self._offset : self._offset + FRAME_BYTES]
            self._offset += FRAME_BYTES
        if 0 < len(frame) < FRAME_BYTES:
            frame += bytes(FRAME_BYTES - len(frame))
        return frame

    async def close(self) -> None:
        if self._stream is not None:
            self._stream.close()


class OggOpusAudio:
    """Already-encoded Ogg Opus passed through without re-encoding (48 kHz, 20 ms packets expected)."""

    is_opus = True

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._packets: Iterator[bytes] = iter_opus_packets(stream)

    async def read(self) -> bytes:
        return next(self._packets, b"")

    async def close(self) -> None:
        self._stream.close()


class FFmpegPCMAudio:
    """A file path or URL decoded to PCM by an ffmpeg subprocess, read asynchronously from its stdout."""

    is_opus = False

    def __init__(
        self,
        source: str,
        *,
        executable: str = "ffmpeg",
        before_options: Sequence[str] = (),
        options: Sequence[str] = (),
    ) -> None:
        path = shutil.which(executable)
        if path is None:
            raise FFmpegNotFoundError(
                f"{executable!r} was not found on PATH; install ffmpeg to play files and URLs, "
                "or use PCMAudio/OggOpusAudio"
            )
        self._argv = [
            path,
            "-nostdin",
            "-loglevel",
            "error",
            *before_options,
            "-i",
            source,
            *options,
            "-f",
            "s16le",
            "-ar",
            str(SAMPLE_RATE),
            "-ac",
            str(CHANNELS),
            "pipe:1",
        ]
        self._process: asyncio.subprocess.Process | None = None

    async def read(self) -> bytes:
        if self._process is None:
            self._process = await asyncio.create_subprocess_exec(
                *self._argv, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
            )
        assert self._process.stdout is not None
        try:
            return await self._process.stdout.readexactly(FRAME_BYTES)
        except asyncio.IncompleteReadError as exc:
            if exc.partial:
                return exc.partial + bytes(FRAME_BYTES - len(exc.partial))
            return b""

    async def close(self) -> None:
        process, self._process = self._process, None
        if process is None or process.returncode is not None:
            return
        process.kill()
        _, stderr = await process.communicate()
        if stderr:
            log.debug("ffmpeg stderr: %s", stderr.decode(errors="replace").strip())


class VolumeTransformer:
    """Scales a PCM source's samples (1.0 = unchanged), clamping to the 16-bit range; adjustable live."""

    is_opus = False

    def __init__(self, source: AudioSource, volume: float = 1.0) -> None:
        if source.is_opus:
            raise ValueError("volume needs a PCM source, not pre-encoded Opus")
        self._source = source
        self.volume = volume

    @property
    def volume(self) -> float:
        return self._volume

    @volume.setter
    def volume(self, value: float) -> None:
        self._volume = max(0.0, float(value))

    async def read(self) -> bytes:
        frame = await self._source.read()
        if not frame or self._volume == 1.0:
            return frame
        samples = array.array("h", frame)
        if sys.byteorder == "big":  # pragma: no cover - PCM is little-endian on the wire
            samples.byteswap()
        gain = self._volume
        samples = array.array("h", (max(-32768, min(32767, int(s * gain))) for s in samples))
        if sys.byteorder == "big":  # pragma: no cover
            samples.byteswap()
        return samples.tobytes()

    async def close(self) -> None:
        await self._source.close()
