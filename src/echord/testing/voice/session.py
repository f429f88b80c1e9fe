"""One bot's voice session on the emulator: survives websocket drops so Resume can replay what was missed."""

from __future__ import annotations

import json
import struct
from collections import deque
from dataclasses import dataclass, field

from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed

from echord.voice.crypto import TransportCipher

__all__ = ["BotSession", "Grant"]


@dataclass(frozen=True, slots=True)
class Grant:
    """Credentials the emulator handed out in VOICE_STATE_UPDATE + VOICE_SERVER_UPDATE."""

    guild_id: int
    channel_id: int
    user_id: int
    session_id: str
    token: str


@dataclass(eq=False)
class BotSession:
    """Server-side state of one identified voice session."""

    grant: Grant
    ssrc: int
    max_dave: int
    ws: ServerConnection | None = None
    key: bytes = b""
    mode: str | None = None
    cipher: TransportCipher | None = None
    udp_addr: tuple[str, int] | None = None
    seq: int = 0
    buffer: deque[str | bytes] = field(default_factory=lambda: deque(maxlen=1000))
    buffer_seqs: deque[int] = field(default_factory=lambda: deque(maxlen=1000))
    speaking: bool = False
    key_package: bytes | None = None
    in_group: bool = False
    leaf: int | None = None
    seq_acks: list[int] = field(default_factory=list)
    """`seq_ack` of every heartbeat and resume received (for tests of buffered resume)."""
    received: list[dict[str, object]] = field(default_factory=list)
    """Every JSON payload the bot sent, in order."""
    binary_received: list[tuple[int, bytes]] = field(default_factory=list)
    invalid_commits: list[int] = field(default_factory=list)
    resumes: int = 0
    replayed: int = 0
    """Messages re-sent from the buffer on resume."""
    corrupt_packets: int = 0
    packets: int = 0
    keepalives: int = 0

    @property
    def user_id(self) -> int:
        return self.grant.user_id

    @property
    def channel_id(self) -> int:
        return self.grant.channel_id

    async def send(self, op: int, data: object, *, sequenced: bool = True) -> None:
        """A JSON message; sequenced ones are buffered for replay on resume (gateway v8)."""
        payload: dict[str, object] = {"op": op, "d": data}
        if sequenced:
            self.seq = (self.seq + 1) & 0xFFFF
            payload["seq"] = self.seq
        text = json.dumps(payload)
        if sequenced:
            self.buffer.append(text)
            self.buffer_seqs.append(self.seq)
        await self._deliver(text)

    async def send_binary(self, op: int, body: bytes) -> None:
        """A binary DAVE message: big-endian uint16 sequence, opcode byte, payload."""
        self.seq = (self.seq + 1) & 0xFFFF
        frame = struct.pack(">HB", self.seq, op) + body
        self.buffer.append(frame)
        self.buffer_seqs.append(self.seq)
        await self._deliver(frame)

    async def replay_after(self, seq_ack: int) -> int:
        """Re-send buffered messages newer than `seq_ack`; returns how many."""
        count = 0
        for seq, message in zip(list(self.buffer_seqs), list(self.buffer), strict=True):
            if seq_ack < 0 or (
                ((seq - seq_ack) & 0xFFFF) not in (0,) and ((seq - seq_ack) & 0xFFFF) < 0x8000
            ):
                await self._deliver(message)
                count += 1
        return count

    async def _deliver(self, message: str | bytes) -> None:
        ws = self.ws
        if ws is None:
            return
        try:
            await ws.send(message)
        except ConnectionClosed:
            self.ws = None
