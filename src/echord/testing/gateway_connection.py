"""One gateway WebSocket connection: HELLO, heartbeats, IDENTIFY/RESUME, client opcodes and close codes."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections import deque
from typing import TYPE_CHECKING

from ._json import JSONObject, JSONValue
from .compression import Compressor, compressor_for
from .intents import ALL_INTENTS, Intent
from .transport import ConnectionClosed, HTTPRequest, WebSocket

if TYPE_CHECKING:
    from .gateway import Gateway, Session

log = logging.getLogger("echord.testing.gateway")

DISPATCH, HEARTBEAT, IDENTIFY, PRESENCE_UPDATE, VOICE_STATE_UPDATE = 0, 1, 2, 3, 4
RESUME, RECONNECT, REQUEST_GUILD_MEMBERS, INVALID_SESSION, HELLO, HEARTBEAT_ACK = 6, 7, 8, 9, 10, 11
REQUEST_SOUNDBOARD_SOUNDS = 31

_STATUSES = ("online", "dnd", "idle", "invisible", "offline")


class CloseConnection(Exception):
    """Raised inside message handling to close with a gateway close code."""

    def __init__(self, code: int, reason: str) -> None:
        super().__init__(f"{code} {reason}")
        self.code = code
        self.reason = reason


class GatewayConnection:
    """Speaks the gateway protocol on one WebSocket for the session it identifies or resumes."""

    def __init__(self, gateway: Gateway, websocket: WebSocket, request: HTTPRequest) -> None:
        self.gateway = gateway
        self.websocket = websocket
        self.request = request
        self.session: Session | None = None
        self.compressor: Compressor | None = None
        self.ack_heartbeats = True
        self.closed_with: int | None = None
        self.received: list[JSONObject] = []
        self._last_heartbeat = time.monotonic()
        self._sent_times: deque[float] = deque()
        self._outbox: asyncio.Queue[str | bytes | None] = asyncio.Queue()
        self._identified = False

    @property
    def shard_id(self) -> int | None:
        return None if self.session is None else self.session.shard_id

    # -- outgoing -------------------------------------------------------------------------------------

    def send(self, payload: JSONObject) -> None:
        """Queue a payload (serialised and compressed in order by the writer task)."""
        self._outbox.put_nowait(json.dumps(payload, separators=(",", ":")))

    def send_raw_frame(self, data: bytes) -> None:
        """Queue bytes sent as one binary frame without encoding (corrupt-frame faults)."""
        self._outbox.put_nowait(data)

    async def _writer(self) -> None:
        while True:
            item = await self._outbox.get()
            if item is None:
                return
            try:
                if isinstance(item, bytes):
                    await self.websocket.send_bytes(item)
                elif self.compressor is not None:
                    await self.websocket.send_bytes(self.compressor.compress(item.encode()))
                else:
                    await self.websocket.send_text(item)
            except ConnectionClosed:
                return

    async def close(self, code: int, reason: str = "") -> None:
        self.closed_with = code
        await self._drain_outbox()
        await self.websocket.close(code, reason)

    async def _drain_outbox(self) -> None:
        for _ in range(100):
            if self._outbox.empty():
                break
            await asyncio.sleep(0.005)

    def abort(self) -> None:
        self.websocket.abort()

    # -- lifecycle ------------------------------------------------------------------------------------

    async def run(self) -> None:
        writer = asyncio.create_task(self._writer())
        watchdog: asyncio.Task[None] | None = None
        try:
            self._negotiate()
            self.send(
                {
                    "op": HELLO,
                    "d": {"heartbeat_interval": self.gateway.heartbeat_interval_ms},
                    "s": None,
                    "t": None,
                }
            )
            watchdog = asyncio.create_task(self._watch_heartbeats())
            while True:
                message = await self.websocket.recv()
                if message is None:
                    break
                await self._on_message(message)
        except CloseConnection as close:
            log.info("closing gateway connection: %s %s", close.code, close.reason)
            if self.session is not None and close.code in self.gateway.non_resumable_codes:
                self.gateway.forget(self.session)
            await self.close(close.code, close.reason)
        except Exception:
            log.exception("gateway connection failed")
            await self.close(4000, "Unknown error.")
        finally:
            if watchdog is not None:
                watchdog.cancel()
            code = self.websocket.close_code
            if code in (1000, 1001) and self.session is not None and self.closed_with is None:
                self.gateway.forget(self.session)
            self._outbox.put_nowait(None)
            with contextlib.suppress(Exception):
                await asyncio.wait_for(writer, 2)
            self.gateway.detach(self)

    def _negotiate(self) -> None:
        query = {k: v[-1] for k, v in self.request.query.items()}
        version = query.get("v", "10")
        if version not in ("9", "10"):
            raise CloseConnection(4012, "Invalid API version.")
        if query.get("encoding", "json") != "json":
            raise CloseConnection(4002, "Error while decoding payload.")
        try:
            self.compressor = compressor_for(query.get("compress"))
        except ValueError as error:
            log.warning("refusing compress=%s: %s", query.get("compress"), error)
            raise CloseConnection(4002, "Error while decoding payload.") from None

    async def _watch_heartbeats(self) -> None:
        interval = self.gateway.heartbeat_interval_ms / 1000
        while True:
            await asyncio.sleep(interval / 4)
            if time.monotonic() - self._last_heartbeat > interval * 1.5:
                log.info("no heartbeat for %.2fs: closing with 4009", interval * 1.5)
                if self.session is not None:
                    self.gateway.forget(self.session)
                await self.close(4009, "Session timed out.")
                return

    # -- incoming -------------------------------------------------------------------------------------

    async def _on_message(self, message: str | bytes) -> None:
        self._rate_limit()
        try:
            payload: JSONValue = json.loads(message)
        except (ValueError, UnicodeDecodeError):
            raise CloseConnection(4002, "Error while decoding payload.") from None
        if (
            not isinstance(payload, dict)
            or isinstance(payload.get("op"), bool)
            or not isinstance(payload.get("op"), int)
        ):
            raise CloseConnection(4002, "Error while decoding payload.")
        self.received.append(payload)
        op: int = payload["op"]
        data = payload.get("d")
        if op == HEARTBEAT:
            self._heartbeat(data)
        elif op == IDENTIFY:
            self._identify(data)
        elif op == RESUME:
            self._resume(data)
        elif op in (PRESENCE_UPDATE, VOICE_STATE_UPDATE, REQUEST_GUILD_MEMBERS, REQUEST_SOUNDBOARD_SOUNDS):
            if self.session is None:
                raise CloseConnection(4003, "Not authenticated.")
            if op == PRESENCE_UPDATE:
                self._presence(data)
            elif op == REQUEST_GUILD_MEMBERS:
                self._request_members(data)
            elif op == VOICE_STATE_UPDATE:
                self._voice_state(data)
        else:
            raise CloseConnection(4001, "Unknown opcode.")

    def _rate_limit(self) -> None:
        now = time.monotonic()
        window = self.gateway.send_window
        while self._sent_times and now - self._sent_times[0] > window:
            self._sent_times.popleft()
        self._sent_times.append(now)
        if len(self._sent_times) > self.gateway.send_limit:
            raise CloseConnection(4008, "Rate limited.")

    def _heartbeat(self, data: JSONValue) -> None:
        if data is not None and (isinstance(data, bool) or not isinstance(data, int)):
            raise CloseConnection(4002, "Error while decoding payload.")
        self._last_heartbeat = time.monotonic()
        if self.ack_heartbeats:
            self.send({"op": HEARTBEAT_ACK, "d": None, "s": None, "t": None})

    def _identify(self, data: JSONValue) -> None:
        if self._identified or self.session is not None:
            raise CloseConnection(4005, "Already authenticated.")
        if not isinstance(data, dict) or not isinstance(data.get("token"), str):
            raise CloseConnection(4002, "Error while decoding payload.")
        if not isinstance(data.get("properties"), dict):
            raise CloseConnection(4002, "Error while decoding payload.")
        if data["token"].removeprefix("Bot ") != self.gateway.world.bot_token:
            raise CloseConnection(4004, "Authentication failed.")
        intents = data.get("intents")
        if isinstance(intents, bool) or not isinstance(intents, int) or intents < 0 or intents & ~ALL_INTENTS:
            raise CloseConnection(4013, "Invalid intent(s).")
        if intents & ~self.gateway.allowed_intents:
            raise CloseConnection(4014, "Disallowed intent(s).")
        shard = data.get("shard", [0, 1])
        if (
            not isinstance(shard, list)
            or len(shard) != 2
            or not all(isinstance(x, int) and not isinstance(x, bool) for x in shard)
            or shard[1] < 1
            or not 0 <= shard[0] < shard[1]
        ):
            raise CloseConnection(4010, "Invalid shard.")
        if self.gateway.guilds_on_shard(shard[0], shard[1]) > self.gateway.max_guilds_per_shard:
            raise CloseConnection(4011, "Sharding required.")
        if not self.gateway.identify_allowed(shard[0]):
            self.send({"op": INVALID_SESSION, "d": False, "s": None, "t": None})
            return
        self._identified = True
        threshold = data.get("large_threshold", 50)
        self.session = self.gateway.start_session(self, shard[0], shard[1], intents, data.get("presence"))
        if isinstance(threshold, int):
            self.session.large_threshold = threshold

    def _resume(self, data: JSONValue) -> None:
        if self._identified or self.session is not None:
            raise CloseConnection(4005, "Already authenticated.")
        if (
            not isinstance(data, dict)
            or not isinstance(data.get("session_id"), str)
            or not isinstance(data.get("token"), str)
        ):
            raise CloseConnection(4002, "Error while decoding payload.")
        if data["token"].removeprefix("Bot ") != self.gateway.world.bot_token:
            raise CloseConnection(4004, "Authentication failed.")
        seq = data.get("seq")
        if seq is not None and (isinstance(seq, bool) or not isinstance(seq, int)):
            raise CloseConnection(4002, "Error while decoding payload.")
        session = self.gateway.sessions.get(data["session_id"])
        if session is None or not session.can_replay_from(seq or 0):
            self.send({"op": INVALID_SESSION, "d": False, "s": None, "t": None})
            return
        if (seq or 0) > session.seq:
            self.gateway.forget(session)
            raise CloseConnection(4007, "Invalid seq.")
        self._identified = True
        self.session = session
        self.gateway.resume_session(self, session, seq or 0)

    def _presence(self, data: JSONValue) -> None:
        valid = (
            isinstance(data, dict)
            and data.get("status") in _STATUSES
            and isinstance(data.get("activities", []), list)
            and isinstance(data.get("afk", False), bool)
        )
        if not valid:
            raise CloseConnection(4002, "Error while decoding payload.")
        assert self.session is not None and isinstance(data, dict)
        self.session.presence = data

    def _voice_state(self, data: JSONValue) -> None:
        if not isinstance(data, dict) or "guild_id" not in data:
            raise CloseConnection(4002, "Error while decoding payload.")
        assert self.session is not None
        self.session.voice_requests.append(data)

    def _request_members(self, data: JSONValue) -> None:
        """op 8, with the documented limits: one guild per request, GUILD_MEMBERS for the whole list
        (otherwise Discord just does not answer), presences only with GUILD_PRESENCES, at most 100 members
        for a prefix or for user_ids, and an invalid nonce ignored."""
        if not isinstance(data, dict) or "guild_id" not in data:
            raise CloseConnection(4002, "Error while decoding payload.")
        assert self.session is not None
        guild_ids = data["guild_id"] if isinstance(data["guild_id"], list) else [data["guild_id"]]
        if not all(str(g).isdigit() for g in guild_ids):
            raise CloseConnection(4002, "Error while decoding payload.")
        query, limit, user_ids = data.get("query"), data.get("limit", 0), data.get("user_ids")
        if user_ids is None and (
            not isinstance(query, str) or isinstance(limit, bool) or not isinstance(limit, int)
        ):
            raise CloseConnection(4002, "Error while decoding payload.")
        if len(guild_ids) != 1:
            log.warning("op 8 names %d guilds; Discord answers requests for exactly one", len(guild_ids))
            return
        intents = self.session.intents
        if user_ids is None and query == "" and not intents & Intent.GUILD_MEMBERS:
            log.warning("op 8 for the whole member list without GUILD_MEMBERS: not answered, as on Discord")
            return
        nonce = data.get("nonce")
        if not isinstance(nonce, str) or len(nonce.encode()) > 32:
            nonce = None
        if user_ids is None and query:
            limit = min(limit or 100, 100)
        if isinstance(user_ids, list):
            user_ids = user_ids[:100]
        presences = bool(data.get("presences")) and bool(intents & Intent.GUILD_PRESENCES)
        self.gateway.send_member_chunks(
            self.session, int(guild_ids[0]), query, limit, user_ids, nonce, presences
        )
