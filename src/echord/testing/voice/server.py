"""The emulator's voice server: a voice websocket (v8) and a UDP endpoint on loopback playing Discord's part.

It hands out voice credentials (`grant`), answers Identify/Resume, IP discovery and Select Protocol, runs the
DAVE group (see group.py), decrypts what bots send (transport, then DAVE) into each listening RemoteUser, and
sends audio as other users. Fault switches (`drop`, `close`, `send_udp`, `send_bad_commit`, `downgrade`,
`upgrade`) exist so tests can check a client's recovery paths.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import os
import secrets
import time
from collections.abc import Callable, Sequence
from typing import cast

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from echord.voice.close_codes import VoiceCloseCode
from echord.voice.crypto import SUPPORTED_MODES, cipher_for
from echord.voice.dave import DaveOp
from echord.voice.gateway import VoiceOp, VoiceServerInfo
from echord.voice.opus import FRAME_BYTES, FRAME_DURATION, FRAME_SAMPLES
from echord.voice.rtp import build_header, is_rtcp, parse_packet
from echord.voice.udp import DISCOVERY_SIZE, build_discovery_response, parse_discovery

from .group import ChannelGroup
from .mls import ExternalSender, split_commit_welcome
from .session import BotSession, Grant
from .users import RemoteUser

__all__ = ["VoiceServer"]

log = logging.getLogger("echord.testing.voice")


class _Close(Exception):
    def __init__(self, code: int, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


class _UDP(asyncio.DatagramProtocol):
    def __init__(self, server: VoiceServer) -> None:
        self.server = server
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.DatagramTransport, transport)

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        self.server._datagram(data, addr)

    def error_received(self, exc: Exception) -> None:
        log.debug("emulator voice UDP error: %s", exc)

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None


class VoiceServer:
    """Discord's voice side on loopback. `async with VoiceServer() as voice:`."""

    def __init__(
        self,
        *,
        dave: bool = True,
        require_dave: bool = False,
        modes: Sequence[str] = SUPPORTED_MODES,
        heartbeat_interval_ms: int = 41_250,
        host: str = "127.0.0.1",
    ) -> None:
        self.dave = dave
        self.require_dave = require_dave
        self.modes = list(modes)
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.host = host
        self.sender = ExternalSender()
        self.grants: dict[str, Grant] = {}
        self.sessions: dict[int, BotSession] = {}
        """Bot sessions by user id."""
        self.users: dict[int, RemoteUser] = {}
        self.groups: dict[int, ChannelGroup] = {}
        self.identifies = 0
        self.ack_heartbeats = True
        """Set False to stop answering heartbeats (a zombie connection the client must detect)."""
        self._ssrcs = itertools.count(1000)
        self._ws_server: Server | None = None
        self._udp: _UDP | None = None
        self._changed = asyncio.Event()
        self._tasks: set[asyncio.Task[None]] = set()

    # -- lifecycle -----------------------------------------------------------------------------------------

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        self._ws_server = await serve(self._handle, self.host, 0, compression=None, max_size=None)
        _, protocol = await loop.create_datagram_endpoint(lambda: _UDP(self), local_addr=(self.host, 0))
        self._udp = protocol

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        if self._ws_server is not None:
            self._ws_server.close()
            await self._ws_server.wait_closed()
        if self._udp is not None and self._udp.transport is not None:
            self._udp.transport.close()

    async def __aenter__(self) -> VoiceServer:
        await self.start()
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.stop()

    @property
    def endpoint(self) -> str:
        assert self._ws_server is not None
        port = self._ws_server.sockets[0].getsockname()[1]
        return f"ws://{self.host}:{port}"

    @property
    def udp_port(self) -> int:
        assert self._udp is not None and self._udp.transport is not None
        return int(self._udp.transport.get_extra_info("sockname")[1])

    def grant(
        self, guild_id: int, channel_id: int, user_id: int, session_id: str | None = None
    ) -> VoiceServerInfo:
        """New credentials, as the VOICE_STATE_UPDATE + VOICE_SERVER_UPDATE pair would carry them."""
        token = secrets.token_hex(8)
        session = session_id or secrets.token_hex(16)
        self.grants[token] = Grant(guild_id, channel_id, user_id, session, token)
        return VoiceServerInfo(guild_id, channel_id, user_id, session, token, self.endpoint)

    def group(self, channel_id: int) -> ChannelGroup:
        group = self.groups.get(channel_id)
        if group is None:
            group = self.groups[channel_id] = ChannelGroup(channel_id, self.sender)
            group.protocol_version = 1 if self.dave else 0
        return group

    async def wait_until(self, predicate: Callable[[], object], *, within: float = 5.0) -> None:
        """Until `predicate()` is truthy; raises TimeoutError with the deadline passed."""
        deadline = time.monotonic() + within
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError("condition not reached in time")
            await asyncio.sleep(0.005)

    # -- remote users --------------------------------------------------------------------------------------

    async def add_user(self, channel_id: int, user_id: int) -> RemoteUser:
        """Another member joins the call: Clients Connect (op 11) to bots, and into the DAVE group."""
        user = RemoteUser(user_id, channel_id, next(self._ssrcs))
        self.users[user_id] = user
        group = self.group(channel_id)
        if group.protocol_version > 0:
            user.start_dave(self.sender.package())
        group.participants.append(user)
        for bot in self._bots_in(channel_id):
            await bot.send(VoiceOp.CLIENTS_CONNECT, {"user_ids": [str(user_id)]})
        await group.sync()
        return user

    async def remove_user(self, user_id: int) -> None:
        user = self.users.pop(user_id)
        self.group(user.channel_id).leave(user)
        for bot in self._bots_in(user.channel_id):
            await bot.send(VoiceOp.CLIENT_DISCONNECT, {"user_id": str(user_id)})
        await self.group(user.channel_id).sync()

    async def speak(self, user_id: int, pcm: bytes, *, realtime: bool = False, announce: bool = True) -> int:
        """Send `pcm` as `user_id` to every bot in its channel; returns the frames sent.

        `announce=False` sends the audio before the Speaking event (op 5) that maps its SSRC, as happens on
        Discord when UDP is faster than the websocket; call `announce` afterwards.
        """
        user = self.users[user_id]
        group = self.group(user.channel_id)
        if announce:
            await self.announce(user_id)
        frames = 0
        start = time.perf_counter()
        for offset in range(0, len(pcm), FRAME_BYTES):
            opus = user.encode(pcm[offset : offset + FRAME_BYTES], e2ee=group.protocol_version > 0)
            self.send_as(user, opus)
            frames += 1
            if realtime:
                await asyncio.sleep(max(0.0, start + frames * FRAME_DURATION - time.perf_counter()))
            elif frames % 10 == 0:
                await asyncio.sleep(0.001)
        return frames

    async def announce(self, user_id: int) -> None:
        """Speaking (op 5) for `user_id` to every bot in its channel, mapping its SSRC."""
        user = self.users[user_id]
        if not user.speaking:
            user.speaking = True
            for bot in self._bots_in(user.channel_id):
                await bot.send(VoiceOp.SPEAKING, {"user_id": str(user_id), "ssrc": user.ssrc, "speaking": 1})

    def send_as(self, user: RemoteUser, opus: bytes) -> None:
        """One Opus frame from `user`, transport-encrypted for each bot in the channel."""
        header = build_header(user.sequence, user.timestamp, user.ssrc)
        user.sequence = (user.sequence + 1) & 0xFFFF
        user.timestamp = (user.timestamp + FRAME_SAMPLES) & 0xFFFFFFFF
        for bot in self._bots_in(user.channel_id):
            if bot.cipher is not None and bot.udp_addr is not None:
                self.send_udp(bot.user_id, bot.cipher.encrypt(header, opus, user.sequence))

    def send_udp(self, bot_user_id: int, data: bytes) -> None:
        """Raw bytes to a bot's UDP socket (for corrupt-packet tests)."""
        bot = self.sessions[bot_user_id]
        if self._udp is not None and self._udp.transport is not None and bot.udp_addr is not None:
            self._udp.transport.sendto(data, bot.udp_addr)

    # -- faults --------------------------------------------------------------------------------------------

    def drop(self, bot_user_id: int) -> None:
        """Abort the bot's websocket without a close frame; the session stays resumable."""
        bot = self.sessions[bot_user_id]
        if bot.ws is not None:
            bot.ws.transport.abort()
            bot.ws = None

    async def close(self, bot_user_id: int, code: int, reason: str = "") -> None:
        """Close the bot's websocket with `code`; codes that end the session forget it."""
        bot = self.sessions[bot_user_id]
        if code in (VoiceCloseCode.SESSION_NO_LONGER_VALID, VoiceCloseCode.SESSION_TIMEOUT):
            self._forget(bot)
        ws, bot.ws = bot.ws, None
        if ws is not None:
            await ws.close(code, reason)

    async def send_bad_commit(self, bot_user_id: int) -> int:
        """An unprocessable Announce Commit (op 29); the bot must answer op 31 and send a new key package."""
        group = self.group(self.sessions[bot_user_id].channel_id)
        transition = group.next_transition()
        await self.sessions[bot_user_id].send_binary(
            DaveOp.MLS_ANNOUNCE_COMMIT, transition.to_bytes(2, "big") + os.urandom(64)
        )
        return transition

    async def downgrade(self, channel_id: int) -> int:
        """Transition the call to transport-only encryption (op 21 to version 0)."""
        return await self.group(channel_id).prepare_version(0)

    async def upgrade(self, channel_id: int) -> int:
        """Transition the call to DAVE (op 24 with epoch 1): every member builds a new group."""
        return await self.group(channel_id).prepare_version(1)

    # -- websocket -----------------------------------------------------------------------------------------

    def _bots_in(self, channel_id: int) -> list[BotSession]:
        return [b for b in self.sessions.values() if b.channel_id == channel_id]

    def _forget(self, bot: BotSession) -> None:
        self.grants.pop(bot.grant.token, None)
        if self.sessions.get(bot.user_id) is bot:
            del self.sessions[bot.user_id]
            self.group(bot.channel_id).leave(bot)

    async def _handle(self, ws: ServerConnection) -> None:
        bot: BotSession | None = None
        try:
            await ws.send(
                json.dumps({"op": VoiceOp.HELLO, "d": {"heartbeat_interval": self.heartbeat_interval_ms}})
            )
            async for message in ws:
                if isinstance(message, bytes):
                    if bot is None:
                        raise _Close(VoiceCloseCode.NOT_AUTHENTICATED, "Not authenticated.")
                    await self._binary(bot, message)
                    continue
                try:
                    payload = json.loads(message)
                    op, data = payload["op"], payload.get("d")
                except (ValueError, KeyError, TypeError):
                    raise _Close(VoiceCloseCode.FAILED_TO_DECODE, "Failed to decode payload.") from None
                if op == VoiceOp.IDENTIFY:
                    if bot is not None:
                        raise _Close(VoiceCloseCode.ALREADY_AUTHENTICATED, "Already authenticated.")
                    bot = await self._identify(ws, data)
                elif op == VoiceOp.RESUME:
                    bot = await self._resume(ws, data)
                elif op == VoiceOp.HEARTBEAT:
                    if isinstance(data, dict) and isinstance(data.get("seq_ack"), int) and bot is not None:
                        bot.seq_acks.append(data["seq_ack"])
                    t = data.get("t") if isinstance(data, dict) else data
                    if self.ack_heartbeats:
                        await ws.send(json.dumps({"op": VoiceOp.HEARTBEAT_ACK, "d": {"t": t}}))
                elif bot is None:
                    raise _Close(VoiceCloseCode.NOT_AUTHENTICATED, "Not authenticated.")
                else:
                    bot.received.append(payload)
                    await self._command(bot, op, data)
        except _Close as close:
            await ws.close(close.code, close.reason)
        except ConnectionClosed:
            pass
        finally:
            if bot is not None and bot.ws is ws:
                bot.ws = None

    async def _identify(self, ws: ServerConnection, data: object) -> BotSession:
        if not isinstance(data, dict):
            raise _Close(VoiceCloseCode.FAILED_TO_DECODE, "Failed to decode payload.")
        grant = self.grants.get(str(data.get("token")))
        if (
            grant is None
            or str(data.get("server_id")) != str(grant.guild_id)
            or str(data.get("user_id")) != str(grant.user_id)
            or data.get("session_id") != grant.session_id
        ):
            raise _Close(VoiceCloseCode.AUTHENTICATION_FAILED, "Authentication failed.")
        max_dave = int(data.get("max_dave_protocol_version") or 0)
        if self.require_dave and max_dave < 1:
            raise _Close(VoiceCloseCode.DAVE_REQUIRED, "E2EE/DAVE protocol required.")
        old = self.sessions.get(grant.user_id)
        if old is not None:
            self.group(old.channel_id).leave(old)
        bot = BotSession(grant, next(self._ssrcs), max_dave, ws=ws)
        self.sessions[grant.user_id] = bot
        self.identifies += 1
        modes = list(self.modes)
        ready = {
            "ssrc": bot.ssrc,
            "ip": self.host,
            "port": self.udp_port,
            "modes": modes,
            "heartbeat_interval": 1,
        }
        await ws.send(json.dumps({"op": VoiceOp.READY, "d": ready}))
        return bot

    async def _resume(self, ws: ServerConnection, data: object) -> BotSession:
        if not isinstance(data, dict):
            raise _Close(VoiceCloseCode.FAILED_TO_DECODE, "Failed to decode payload.")
        grant = self.grants.get(str(data.get("token")))
        bot = None if grant is None else self.sessions.get(grant.user_id)
        if bot is None or grant is None or data.get("session_id") != grant.session_id:
            raise _Close(VoiceCloseCode.SESSION_NO_LONGER_VALID, "Session no longer valid.")
        seq_ack = data.get("seq_ack", -1)
        bot.seq_acks.append(int(seq_ack) if isinstance(seq_ack, int) else -1)
        bot.ws = ws
        bot.resumes += 1
        await ws.send(json.dumps({"op": VoiceOp.RESUMED, "d": None}))
        bot.replayed += await bot.replay_after(int(seq_ack) if isinstance(seq_ack, int) else -1)
        return bot

    async def _command(self, bot: BotSession, op: int, data: object) -> None:
        if op == VoiceOp.SELECT_PROTOCOL:
            await self._select(bot, data)
        elif op == VoiceOp.SPEAKING:
            bot.speaking = bool(isinstance(data, dict) and data.get("speaking"))
            for other in self._bots_in(bot.channel_id):
                if other is not bot:
                    await other.send(
                        VoiceOp.SPEAKING,
                        {"user_id": str(bot.user_id), "ssrc": bot.ssrc, "speaking": int(bot.speaking)},
                    )
        elif op == DaveOp.TRANSITION_READY and isinstance(data, dict):
            await self.group(bot.channel_id).on_ready(bot.user_id, int(data["transition_id"]))
        elif op == DaveOp.MLS_INVALID_COMMIT_WELCOME and isinstance(data, dict):
            bot.invalid_commits.append(int(data["transition_id"]))
            self.group(bot.channel_id).invalidate(bot)
        else:
            raise _Close(VoiceCloseCode.UNKNOWN_OPCODE, "Unknown opcode.")

    async def _select(self, bot: BotSession, data: object) -> None:
        if (
            not isinstance(data, dict)
            or data.get("protocol") != "udp"
            or not isinstance(data.get("data"), dict)
        ):
            raise _Close(VoiceCloseCode.UNKNOWN_PROTOCOL, "Unknown protocol.")
        info = data["data"]
        mode = info.get("mode")
        if mode not in self.modes:
            raise _Close(VoiceCloseCode.UNKNOWN_ENCRYPTION_MODE, "Unknown encryption mode.")
        bot.udp_addr = (str(info["address"]), int(info["port"]))
        bot.mode = str(mode)
        bot.key = os.urandom(32)
        bot.cipher = cipher_for(bot.mode, bot.key)
        group = self.group(bot.channel_id)
        version = group.protocol_version if bot.max_dave >= 1 else 0
        description = {"mode": bot.mode, "secret_key": list(bot.key), "dave_protocol_version": version}
        assert bot.ws is not None
        await bot.ws.send(json.dumps({"op": VoiceOp.SESSION_DESCRIPTION, "d": description}))
        others = [u for u in self.users.values() if u.channel_id == bot.channel_id]
        others_bots = [b for b in self._bots_in(bot.channel_id) if b is not bot]
        ids = [str(u.user_id) for u in others] + [str(b.user_id) for b in others_bots]
        if ids:
            await bot.send(VoiceOp.CLIENTS_CONNECT, {"user_ids": ids})
        for u in others:
            if u.speaking:
                await bot.send(VoiceOp.SPEAKING, {"user_id": str(u.user_id), "ssrc": u.ssrc, "speaking": 1})
        if version > 0:
            await bot.send_binary(DaveOp.MLS_EXTERNAL_SENDER, self.sender.package())
        if bot not in group.participants:
            group.participants.append(bot)

    async def _binary(self, bot: BotSession, message: bytes) -> None:
        if not message:
            raise _Close(VoiceCloseCode.FAILED_TO_DECODE, "Failed to decode payload.")
        op, body = message[0], message[1:]
        bot.binary_received.append((op, body))
        group = self.group(bot.channel_id)
        if op == DaveOp.MLS_KEY_PACKAGE:
            bot.key_package = body
            bot.in_group = False
            await group.sync()
        elif op == DaveOp.MLS_COMMIT_WELCOME:
            try:
                commit, welcome = split_commit_welcome(body)
            except (ValueError, IndexError):
                log.debug("undecodable commit from %s", bot.user_id)
                return
            await group.on_commit(bot, commit, welcome)
        else:
            raise _Close(VoiceCloseCode.UNKNOWN_OPCODE, "Unknown opcode.")

    # -- UDP -----------------------------------------------------------------------------------------------

    def _datagram(self, data: bytes, addr: tuple[str, int]) -> None:
        if len(data) == DISCOVERY_SIZE:
            with contextlib.suppress(ValueError):
                kind, ssrc, _, _ = parse_discovery(data)
                if kind == 1 and self._udp is not None and self._udp.transport is not None:
                    self._udp.transport.sendto(build_discovery_response(ssrc, addr[0], addr[1]), addr)
                    return
        if len(data) <= 8:
            for bot in self.sessions.values():
                if bot.udp_addr == addr:
                    bot.keepalives += 1
            return
        if is_rtcp(data):
            return
        try:
            ssrc = parse_packet(data).header.ssrc
        except ValueError:
            return
        sender = next((b for b in self.sessions.values() if b.ssrc == ssrc), None)
        if sender is None or sender.cipher is None:
            return
        sender.packets += 1
        try:
            packet = sender.cipher.decrypt(data)
        except ValueError:
            sender.corrupt_packets += 1
            return
        for user in self.users.values():
            if user.channel_id == sender.channel_id:
                user.receive(sender.user_id, packet.payload)
