"""VoiceClient: one bot's connection to one voice channel, tying gateway, UDP, crypto, DAVE and media together.

Send path: source -> Opus -> DAVE encrypt -> RTP header -> transport encrypt -> UDP.
Receive path: UDP -> transport decrypt -> SSRC to user -> DAVE decrypt -> jitter buffer -> Opus decode -> sink.
Bad packets on the receive path are counted and dropped; they never reach the player.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass

from .crypto import DecryptedPacket, TransportCipher, choose_mode, cipher_for
from .dave import DaveOp, DaveState, dave_max_version
from .errors import VoiceConnectionClosed, VoiceDependencyError, VoiceError
from .gateway import VoiceGateway, VoiceOp, VoiceServerInfo
from .opus import FRAME_SAMPLES
from .player import AfterCallback, AudioPlayer, Clock
from .receiver import AudioReceiver, ReceiveStats
from .rtp import OPUS_PAYLOAD_TYPE, build_header, is_rtcp
from .sinks import AudioSink
from .sources import AudioSource
from .udp import VoiceUDP

__all__ = ["SpeakingFlags", "VoiceClient", "VoiceStats"]

log = logging.getLogger("echord.voice")

_HOLD_PER_SSRC = 25
"""Packets kept per unmapped SSRC (0.5 s): UDP audio often arrives before the Speaking event that names it."""
_HOLD_SSRCS = 16

Reconnector = Callable[[], Awaitable[VoiceServerInfo]]
"""Fetches fresh voice server credentials (re-sends op 4 and waits for the event pair); used after 4006/4009."""

Leaver = Callable[["VoiceClient"], Awaitable[None]]
"""Leaves the channel on the main gateway (op 4 with channel null); `disconnect()` calls it once."""


class SpeakingFlags:
    """Bits of Speaking (op 5)."""

    MICROPHONE = 1 << 0
    SOUNDSHARE = 1 << 1
    PRIORITY = 1 << 2


@dataclass(slots=True)
class VoiceStats:
    """What the connection has sent, received and dropped."""

    packets_sent: int = 0
    packets_received: int = 0
    corrupt: int = 0
    unknown_ssrc: int = 0
    """Packets whose SSRC had no user when they arrived (held briefly, see `held_replayed`)."""
    held_replayed: int = 0
    """Held packets delivered once Speaking (op 5) named their SSRC's user."""
    dave_failures: int = 0
    ignored: int = 0


class VoiceClient:
    """A live voice connection. Create it with `await VoiceClient.connect(info)`."""

    def __init__(
        self,
        info: VoiceServerInfo,
        *,
        dave: bool = True,
        clock: Clock | None = None,
        reconnect: Reconnector | None = None,
        leave: Leaver | None = None,
        handshake_timeout: float = 10.0,
        resume_backoff: float = 0.5,
        keepalive_interval: float = 5.0,
    ) -> None:
        if dave and dave_max_version() == 0:
            raise VoiceDependencyError("DAVE needs the davey package: pip install 'echord[voice]'")
        self.info = info
        self._want_dave = dave
        self._clock = clock
        self._reconnect = reconnect
        self._leave = leave
        self._handshake_timeout = handshake_timeout
        self._resume_backoff = resume_backoff
        self._keepalive_interval = keepalive_interval
        self.stats = VoiceStats()
        self.ssrc = 0
        self.mode: str | None = None
        self.user_ssrcs: dict[int, int] = {}
        """Remote SSRC -> user id, learned from Speaking (op 5)."""
        self.members: set[int] = set()
        """User ids connected to the call (Clients Connect op 11 / Client Disconnect op 13)."""
        self.dave: DaveState | None = None
        self._cipher: TransportCipher | None = None
        self._gateway: VoiceGateway | None = None
        self._udp: VoiceUDP | None = None
        self._sequence = 0
        self._timestamp = 0
        self._nonce = 0
        self._speaking = False
        self._player: AudioPlayer | None = None
        self._receiver: AudioReceiver | None = None
        self._closed: asyncio.Future[None] | None = None
        self._held: dict[int, deque[DecryptedPacket]] = {}

    # -- connecting ----------------------------------------------------------------------------------------

    @classmethod
    async def connect(
        cls,
        info: VoiceServerInfo,
        *,
        dave: bool = True,
        clock: Clock | None = None,
        reconnect: Reconnector | None = None,
        leave: Leaver | None = None,
        handshake_timeout: float = 10.0,
        resume_backoff: float = 0.5,
        keepalive_interval: float = 5.0,
    ) -> VoiceClient:
        """Open the voice websocket and UDP socket; returns once audio can flow.

        `reconnect` fetches fresh credentials after the session is invalidated (4006/4009); `leave` sends the
        op 4 leave on the main gateway when `disconnect()` is called. `VoiceConnector` passes both.
        """
        client = cls(
            info,
            dave=dave,
            clock=clock,
            reconnect=reconnect,
            leave=leave,
            handshake_timeout=handshake_timeout,
            resume_backoff=resume_backoff,
            keepalive_interval=keepalive_interval,
        )
        await client._open()
        return client

    async def _open(self) -> None:
        if self._closed is None or self._closed.done():
            self._closed = asyncio.get_running_loop().create_future()
        gateway = VoiceGateway(
            self.info,
            self,
            max_dave_protocol_version=dave_max_version() if self._want_dave else 0,
            handshake_timeout=self._handshake_timeout,
            resume_backoff=self._resume_backoff,
        )
        self._gateway = gateway
        if self._want_dave:
            self.dave = DaveState(
                user_id=self.info.user_id,
                channel_id=self.info.channel_id,
                send_json=self._gateway_json,
                send_binary=self._gateway_binary,
                members=lambda: self.members,
            )
        await gateway.start()

    async def move_to(self, info: VoiceServerInfo) -> None:
        """New credentials (channel move, endpoint change, 4006): reconnect underneath any current playback."""
        log.info("voice moving to channel %s at %s", info.channel_id, info.endpoint)
        await self._teardown(1000)
        self.info = info
        self.user_ssrcs.clear()
        self.members.clear()
        self._held.clear()
        self._speaking = False
        await self._open()

    async def _teardown(self, code: int) -> None:
        gateway, self._gateway = self._gateway, None
        udp, self._udp = self._udp, None
        self._cipher = None
        if gateway is not None:
            await gateway.close(code)
        if udp is not None:
            await udp.close()

    async def disconnect(self) -> None:
        """Leave the channel and close the connection: stop playback, send op 4 with channel null on the
        main gateway (when the client came from a `VoiceConnector`, which gives the `leave` callback), then
        close the websocket and socket. Calling it again does nothing more."""
        if self._player is not None:
            self._player.stop()
            await self._player.wait()
        self.stop_listening()
        leave, self._leave = self._leave, None
        if leave is not None:
            try:
                await leave(self)
            except Exception:
                log.exception("could not leave voice channel %s", self.info.channel_id)
        await self._teardown(1000)
        if self._closed is not None and not self._closed.done():
            self._closed.set_result(None)

    async def wait_closed(self) -> None:
        """Until the connection ends; raises VoiceConnectionClosed if it ended with an error."""
        assert self._closed is not None
        await asyncio.shield(self._closed)

    @property
    def connected(self) -> bool:
        return self._cipher is not None and self._closed is not None and not self._closed.done()

    @property
    def latency(self) -> float | None:
        """Seconds between the last heartbeat and its ACK."""
        return None if self._gateway is None else self._gateway.latency

    @property
    def gateway(self) -> VoiceGateway | None:
        return self._gateway

    # -- gateway callbacks (VoiceGatewayHandler) -----------------------------------------------------------

    async def on_ready(self, ssrc: int, ip: str, port: int, modes: list[str]) -> None:
        self.ssrc = ssrc
        self.mode = choose_mode(modes)
        if self._udp is not None:
            await self._udp.close()
        self._udp = VoiceUDP(self._on_datagram)
        await self._udp.connect(ip, port)
        address, external_port = await self._udp.discover(ssrc)
        log.debug("voice IP discovery: %s:%s", address, external_port)
        data = {"address": address, "port": external_port, "mode": self.mode}
        await self._gateway_json(VoiceOp.SELECT_PROTOCOL, {"protocol": "udp", "data": data})

    async def on_session_description(self, data: Mapping[str, object]) -> None:
        mode = str(data["mode"])
        key = data["secret_key"]
        if not isinstance(key, list):
            raise VoiceError("session description without a secret key")
        self._cipher = cipher_for(mode, bytes(int(b) for b in key))
        self.mode = mode
        version = data.get("dave_protocol_version", 0)
        if self.dave is not None and isinstance(version, int):
            await self.dave.on_session_description(version)
        if self._udp is not None:
            self._udp.start_keepalive(self._keepalive_interval)
        if self._gateway is not None:
            self._gateway.mark_described()
        log.info(
            "voice connected: guild %s channel %s mode %s", self.info.guild_id, self.info.channel_id, mode
        )

    async def on_dispatch(self, op: int, data: Mapping[str, object]) -> None:
        if op == VoiceOp.SPEAKING:
            user_id, ssrc = int(str(data["user_id"])), int(str(data["ssrc"]))
            previous = [s for s, u in self.user_ssrcs.items() if u == user_id and s != ssrc]
            for old in previous:
                self.user_ssrcs.pop(old, None)
                if self._receiver is not None:
                    self._receiver.forget(old)
            self.user_ssrcs[ssrc] = user_id
            self.members.add(user_id)
            for packet in self._held.pop(ssrc, ()):
                self.stats.held_replayed += 1
                self._deliver(user_id, packet)
        elif op == VoiceOp.CLIENTS_CONNECT:
            ids = data.get("user_ids", [])
            if isinstance(ids, list):
                self.members.update(int(str(i)) for i in ids)
        elif op == VoiceOp.CLIENT_DISCONNECT:
            user_id = int(str(data["user_id"]))
            self.members.discard(user_id)
            for ssrc in [s for s, u in self.user_ssrcs.items() if u == user_id]:
                del self.user_ssrcs[ssrc]
                if self._receiver is not None:
                    self._receiver.forget(ssrc)
        elif self.dave is not None and op == DaveOp.PREPARE_TRANSITION:
            await self.dave.on_prepare_transition(dict(data))
        elif self.dave is not None and op == DaveOp.EXECUTE_TRANSITION:
            self.dave.on_execute_transition(dict(data))
        elif self.dave is not None and op == DaveOp.PREPARE_EPOCH:
            await self.dave.on_prepare_epoch(dict(data))
        else:
            log.debug("unhandled voice op %s", op)

    async def on_binary(self, op: int, payload: bytes) -> None:
        if self.dave is None:
            log.debug("binary voice op %s without DAVE", op)
            return
        if op == DaveOp.MLS_EXTERNAL_SENDER:
            self.dave.on_external_sender(payload)
        elif op == DaveOp.MLS_PROPOSALS:
            await self.dave.on_proposals(payload)
        elif op == DaveOp.MLS_ANNOUNCE_COMMIT:
            await self.dave.on_announce_commit(payload)
        elif op == DaveOp.MLS_WELCOME:
            await self.dave.on_welcome(payload)
        else:
            log.debug("unhandled binary voice op %s", op)

    async def on_resumed(self) -> None:
        if self._speaking:
            await self._send_speaking(True)

    async def on_session_invalid(self, code: int | None) -> None:
        if self._reconnect is None:
            await self.on_closed(
                VoiceConnectionClosed(code, "voice session invalid and no reconnector given")
            )
            return
        try:
            info = await self._reconnect()
            await self.move_to(info)
        except Exception as exc:
            await self.on_closed(VoiceConnectionClosed(code, f"reconnect failed: {exc}"))

    async def on_closed(self, error: VoiceConnectionClosed) -> None:
        log.warning("voice connection closed: %s", error)
        if self._player is not None:
            self._player.stop()
        await self._teardown(1000)
        if self._closed is not None and not self._closed.done():
            self._closed.set_exception(error)
            self._closed.exception()  # retrieved here so an unawaited failure is not logged as lost

    async def _gateway_json(self, op: int, data: dict[str, object]) -> None:
        if self._gateway is not None:
            await self._gateway.send_json(op, data)

    async def _gateway_binary(self, op: int, payload: bytes) -> None:
        if self._gateway is not None:
            await self._gateway.send_binary(op, payload)

    # -- sending -------------------------------------------------------------------------------------------

    def play(self, source: AudioSource, *, after: AfterCallback | None = None) -> AudioPlayer:
        """Start playing; a previous source is stopped first. Returns the player for pause/resume/stop/wait."""
        if self._player is not None:
            self._player.stop()
        player = AudioPlayer(source, self.send_opus, self._send_speaking, after=after, clock=self._clock)
        self._player = player
        player.start()
        return player

    @property
    def player(self) -> AudioPlayer | None:
        return self._player

    def pause(self) -> None:
        if self._player is not None:
            self._player.pause()

    def resume(self) -> None:
        if self._player is not None:
            self._player.resume()

    def stop(self) -> None:
        if self._player is not None:
            self._player.stop()

    async def _send_speaking(self, on: bool) -> None:
        self._speaking = on
        flags = SpeakingFlags.MICROPHONE if on else 0
        await self._gateway_json(VoiceOp.SPEAKING, {"speaking": flags, "delay": 0, "ssrc": self.ssrc})

    def send_opus(self, packet: bytes) -> None:
        """Send one 20 ms Opus packet now. Dropped (with the clock still advancing) while reconnecting."""
        header = build_header(self._sequence, self._timestamp, self.ssrc)
        self._sequence = (self._sequence + 1) & 0xFFFF
        self._timestamp = (self._timestamp + FRAME_SAMPLES) & 0xFFFFFFFF
        cipher, udp = self._cipher, self._udp
        if cipher is None or udp is None:
            return
        if self.dave is not None:
            try:
                packet = self.dave.encrypt(packet)
            except Exception as exc:
                self.stats.dave_failures += 1
                log.debug("DAVE encryption failed, frame dropped: %s", exc)
                return
        udp.send(cipher.encrypt(header, packet, self._nonce))
        self._nonce = (self._nonce + 1) & 0xFFFFFFFF
        self.stats.packets_sent += 1

    # -- receiving -----------------------------------------------------------------------------------------

    def listen(self, sink: AudioSink, *, jitter_depth: int = 3) -> AudioReceiver:
        """Start delivering every speaker's audio to `sink`."""
        self._receiver = AudioReceiver(sink, depth=jitter_depth)
        return self._receiver

    def stop_listening(self) -> None:
        receiver, self._receiver = self._receiver, None
        if receiver is not None:
            receiver.flush()
            receiver.sink.close()

    @property
    def receive_stats(self) -> ReceiveStats | None:
        return None if self._receiver is None else self._receiver.stats

    def _on_datagram(self, data: bytes) -> None:
        self.stats.packets_received += 1
        cipher = self._cipher
        if cipher is None or len(data) <= 8 or is_rtcp(data):
            self.stats.ignored += 1
            return
        try:
            packet = cipher.decrypt(data)
        except ValueError:
            self.stats.corrupt += 1
            return
        if packet.header.payload_type != OPUS_PAYLOAD_TYPE:
            self.stats.ignored += 1
            return
        user_id = self.user_ssrcs.get(packet.header.ssrc)
        if user_id is None:
            self.stats.unknown_ssrc += 1
            self._hold(packet)
            return
        self._deliver(user_id, packet)

    def _hold(self, packet: DecryptedPacket) -> None:
        held = self._held.get(packet.header.ssrc)
        if held is None:
            if len(self._held) >= _HOLD_SSRCS:
                self._held.pop(next(iter(self._held)))
            held = self._held[packet.header.ssrc] = deque(maxlen=_HOLD_PER_SSRC)
        held.append(packet)

    def _deliver(self, user_id: int, packet: DecryptedPacket) -> None:
        opus = packet.payload
        if self.dave is not None:
            try:
                opus = self.dave.decrypt(user_id, opus)
            except ValueError as exc:
                self.stats.dave_failures += 1
                log.debug("%s", exc)
                return
        receiver = self._receiver
        if receiver is not None:
            receiver.feed(user_id, packet.header, opus)

    async def __aenter__(self) -> VoiceClient:
        return self

    async def __aexit__(self, *_: object) -> None:
        with contextlib.suppress(Exception):
            await self.disconnect()
