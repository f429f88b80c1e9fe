"""The emulated gateway: sessions per shard, routing of world events to the shards that should see them
(guild-to-shard rule, intents, message-content privilege, channel visibility), resume buffers, and
scripted faults on live connections."""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from collections import deque
from dataclasses import dataclass, field

from . import payloads
from ._json import JSONObject, JSONValue
from .gateway_connection import DISPATCH, INVALID_SESSION, RECONNECT, GatewayConnection
from .intents import Intent, application_flags, required_intent
from .permissions import Permission
from .rest.routing import Settings
from .store import Dispatch
from .transport import HTTPRequest, WebSocket
from .world import World

log = logging.getLogger("echord.testing.gateway")

_CONTENT_FIELDS = ("content", "embeds", "attachments", "components", "poll")
_VISIBILITY_CHECKED = ("MESSAGE_", "TYPING_START")


RESUME_PATH = "/resume"
"""`resume_gateway_url` is the gateway URL with this path, so tests can see that a client resumed there."""


def shard_for(guild_id: int, shard_count: int) -> int:
    """Discord's guild-to-shard rule."""
    return (guild_id >> 22) % shard_count


@dataclass
class Session:
    """A gateway session: survives its connection, so a RESUME can replay what was missed."""

    id: str
    shard_id: int
    shard_count: int
    intents: int
    seq: int = 0
    presence: JSONValue = None
    large_threshold: int = 50
    connection: GatewayConnection | None = None
    buffer: deque[JSONObject] = field(default_factory=lambda: deque(maxlen=2000))
    voice_requests: list[JSONObject] = field(default_factory=list)
    dispatched: list[str] = field(default_factory=list)
    """Names of every event dispatched to this session, in order."""
    resumed_on: list[str] = field(default_factory=list)
    """The URL path of every connection that resumed this session (`/resume` is `resume_gateway_url`)."""

    def can_replay_from(self, seq: int) -> bool:
        return not self.buffer or seq >= self.buffer[0]["s"] - 1

    def dispatch(self, name: str, data: JSONObject) -> None:
        self.seq += 1
        payload = {"op": DISPATCH, "t": name, "s": self.seq, "d": data}
        self.buffer.append(payload)
        self.dispatched.append(name)
        if self.connection is not None:
            self.connection.send(payload)


class Gateway:
    """Accepts gateway connections and fans world events out to sessions."""

    non_resumable_codes = frozenset({4004, 4007, 4009, 4010, 4011, 4012, 4013, 4014})

    def __init__(
        self,
        world: World,
        settings: Settings,
        *,
        heartbeat_interval_ms: int = 41_250,
        max_guilds_per_shard: int = 2500,
        identify_interval: float = 0.0,
        send_limit: int = 120,
        send_window: float = 60.0,
    ) -> None:
        self.world = world
        self.settings = settings
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.max_guilds_per_shard = max_guilds_per_shard
        self.identify_interval = identify_interval
        self.send_limit = send_limit
        self.send_window = send_window
        self.sessions: dict[str, Session] = {}
        self.connections: list[GatewayConnection] = []
        self._identify_times: dict[int, float] = {}
        self._changed = asyncio.Event()
        world.subscribe(self.on_dispatch)

    @property
    def allowed_intents(self) -> int:
        """Intents the application may use; without a privileged bit, IDENTIFY asking for it closes with 4014."""
        return self.settings.allowed_intents

    # -- connections and sessions ----------------------------------------------------------------------

    async def handle(self, websocket: WebSocket, request: HTTPRequest) -> None:
        connection = GatewayConnection(self, websocket, request)
        self.connections.append(connection)
        self._notify()
        await connection.run()

    def detach(self, connection: GatewayConnection) -> None:
        if connection in self.connections:
            self.connections.remove(connection)
        if connection.session is not None and connection.session.connection is connection:
            connection.session.connection = None
        self._notify()

    def forget(self, session: Session) -> None:
        """Invalidate a session: it can no longer be resumed."""
        self.sessions.pop(session.id, None)

    def guilds_on_shard(self, shard_id: int, shard_count: int) -> int:
        return sum(
            1
            for g in self.world.guilds.values()
            if self.world.bot.id in g.members and shard_for(g.id, shard_count) == shard_id
        )

    def identify_allowed(self, shard_id: int) -> bool:
        """One IDENTIFY per `identify_interval` per rate-limit key (shard_id % max_concurrency)."""
        self.settings.session_start_remaining -= 1
        if self.identify_interval <= 0:
            return True
        key = shard_id % max(1, self.settings.max_concurrency)
        now = time.monotonic()
        last = self._identify_times.get(key)
        self._identify_times[key] = now
        return last is None or now - last >= self.identify_interval

    def start_session(
        self,
        connection: GatewayConnection,
        shard_id: int,
        shard_count: int,
        intents: int,
        presence: JSONValue,
    ) -> Session:
        session = Session(secrets.token_hex(16), shard_id, shard_count, intents, presence=presence)
        session.connection = connection
        self.sessions[session.id] = session
        guilds = [
            g
            for g in self.world.guilds.values()
            if self.world.bot.id in g.members and shard_for(g.id, shard_count) == shard_id
        ]
        ready = {
            "v": 10,
            "user": payloads.current_user(self.world.bot),
            "guilds": [{"id": str(g.id), "unavailable": True} for g in guilds],
            "session_id": session.id,
            "resume_gateway_url": self.settings.gateway_url + RESUME_PATH,
            "shard": [shard_id, shard_count],
            "application": {
                "id": str(self.world.application_id),
                "flags": application_flags(self.allowed_intents),
            },
            "private_channels": [],
            "relationships": [],
            "user_settings": {},
            "presences": [],
            "geo_ordered_rtc_regions": ["us-east"],
            "guild_join_requests": [],
            "auth_session_id_hash": secrets.token_hex(8),
        }
        session.dispatch("READY", ready)
        for guild in guilds:
            session.dispatch("GUILD_CREATE", self._guild_create(session, guild.id))
        self._notify()
        return session

    def resume_session(self, connection: GatewayConnection, session: Session, seq: int) -> None:
        previous = session.connection
        session.connection = connection
        session.resumed_on.append(connection.request.path.rstrip("/") or "/")
        if previous is not None and previous is not connection:
            previous.abort()
        for payload in list(session.buffer):
            if payload["s"] > seq:
                connection.send(payload)
        session.dispatch("RESUMED", {})
        self._notify()

    def _guild_create(self, session: Session, guild_id: int) -> JSONObject:
        guild = self.world.guilds[guild_id]
        return payloads.guild_create(
            self.world, guild, with_members=bool(session.intents & Intent.GUILD_MEMBERS)
        )

    # -- routing --------------------------------------------------------------------------------------

    def on_dispatch(self, event: Dispatch) -> None:
        for session in list(self.sessions.values()):
            data = self._payload_for(session, event)
            if data is not None:
                session.dispatch(event.name, data)

    def _payload_for(self, session: Session, event: Dispatch) -> JSONObject | None:
        """The event as this session should see it, or None when it should not see it at all."""
        world = self.world
        if event.guild_id is None:
            if session.shard_id != 0 or (event.user_ids and world.bot.id not in event.user_ids):
                return None
        elif shard_for(event.guild_id, session.shard_count) != session.shard_id:
            return None
        needed = required_intent(event.name, in_guild=event.guild_id is not None)
        if event.guild_id is None and event.name.startswith("MESSAGE") and needed == 0:
            return None
        if needed and not session.intents & needed:
            return None
        if event.name == "GUILD_CREATE" and event.guild_id is not None:
            return self._guild_create(session, event.guild_id)
        guild = world.guilds.get(event.guild_id) if event.guild_id is not None else None
        if guild is not None and world.bot.id not in guild.members and event.name != "GUILD_DELETE":
            return None
        if (
            guild is not None
            and event.channel_id is not None
            and event.name.startswith(_VISIBILITY_CHECKED)
            and event.channel_id in world.channels
            and not world.permissions_for(world.bot.id, event.channel_id) & Permission.VIEW_CHANNEL
        ):
            return None
        if (
            event.name in ("MESSAGE_CREATE", "MESSAGE_UPDATE")
            and not session.intents & Intent.MESSAGE_CONTENT
        ):
            return _without_content(event.data, world.bot.id)
        return event.data

    def send_member_chunks(
        self,
        session: Session,
        guild_id: int,
        query: str | None,
        limit: int,
        user_ids: JSONValue,
        nonce: str | None,
        presences: bool,
    ) -> None:
        """Answer op 8 with GUILD_MEMBERS_CHUNK dispatches of at most 1000 members each."""
        guild = self.world.guilds.get(guild_id)
        if guild is None or shard_for(guild_id, session.shard_count) != session.shard_id:
            return
        not_found: list[str] = []
        if user_ids is not None:
            wanted = [
                int(u) for u in (user_ids if isinstance(user_ids, list) else [user_ids]) if str(u).isdigit()
            ]
            members = [guild.members[u] for u in wanted if u in guild.members]
            not_found = [str(u) for u in wanted if u not in guild.members]
        else:
            text = (query or "").lower()
            members = [
                m
                for m in guild.members.values()
                if self.world.users[m.user_id].username.lower().startswith(text)
                or (m.nick or "").lower().startswith(text)
            ]
            if limit:
                members = members[:limit]
        chunks = [members[i : i + 1000] for i in range(0, len(members), 1000)] or [[]]
        for index, chunk in enumerate(chunks):
            data: JSONObject = {
                "guild_id": str(guild_id),
                "members": [payloads.member(self.world, m) for m in chunk],
                "chunk_index": index,
                "chunk_count": len(chunks),
            }
            if not_found and index == 0:
                data["not_found"] = not_found
            if presences:
                data["presences"] = []
            if nonce is not None:
                data["nonce"] = nonce
            session.dispatch("GUILD_MEMBERS_CHUNK", data)

    # -- waiting and inspection ---------------------------------------------------------------------

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    async def wait_for_sessions(self, count: int = 1, *, within: float = 5.0) -> list[Session]:
        """Wait until `count` sessions have a live connection (identified or resumed)."""
        async with asyncio.timeout(within):
            while True:
                live = [s for s in self.sessions.values() if s.connection is not None]
                if len(live) >= count:
                    return live
                await self._changed.wait()

    def sessions_on(self, shard_id: int | None) -> list[Session]:
        return [
            s
            for s in self.sessions.values()
            if s.connection is not None and (shard_id is None or s.shard_id == shard_id)
        ]

    def _connections_on(self, shard_id: int | None) -> list[GatewayConnection]:
        return [s.connection for s in self.sessions_on(shard_id) if s.connection is not None]

    # -- scripted faults -----------------------------------------------------------------------------

    def drop(self, shard_id: int | None = None) -> int:
        """Cut the TCP connection without a close frame (the session stays resumable)."""
        connections = self._connections_on(shard_id)
        for connection in connections:
            connection.abort()
        return len(connections)

    def request_reconnect(self, shard_id: int | None = None) -> int:
        """Send op 7 RECONNECT: the client should reconnect and resume."""
        connections = self._connections_on(shard_id)
        for connection in connections:
            connection.send({"op": RECONNECT, "d": None, "s": None, "t": None})
        return len(connections)

    def invalidate_session(self, *, resumable: bool, shard_id: int | None = None) -> int:
        """Send op 9 INVALID_SESSION; when not resumable the session is also forgotten."""
        connections = self._connections_on(shard_id)
        for connection in connections:
            if not resumable and connection.session is not None:
                self.forget(connection.session)
            connection.send({"op": INVALID_SESSION, "d": resumable, "s": None, "t": None})
        return len(connections)

    async def close(self, code: int, reason: str = "", shard_id: int | None = None) -> int:
        """Close with a chosen code; codes Discord documents as non-resumable invalidate the session."""
        connections = self._connections_on(shard_id)
        for connection in connections:
            if code in self.non_resumable_codes and connection.session is not None:
                self.forget(connection.session)
            await connection.close(code, reason)
        return len(connections)

    def stop_heartbeat_acks(self, shard_id: int | None = None, *, stop: bool = True) -> int:
        """Keep receiving heartbeats but stop answering them (a zombie connection, from the client's side)."""
        connections = self._connections_on(shard_id)
        for connection in connections:
            connection.ack_heartbeats = not stop
        return len(connections)

    def corrupt_frame(
        self, shard_id: int | None = None, data: bytes = b"\x00\xffnot a gateway payload\xfe"
    ) -> int:
        """Send one binary frame of garbage: undecodable JSON, and a broken compression stream."""
        connections = self._connections_on(shard_id)
        for connection in connections:
            connection.send_raw_frame(data)
        return len(connections)


def _without_content(data: JSONObject, bot_id: int) -> JSONObject:
    """Without MESSAGE_CONTENT, guild messages lose content unless they mention the bot or are the bot's."""
    if "guild_id" not in data:
        return data
    author = data.get("author") or {}
    if author.get("id") == str(bot_id) or any(u.get("id") == str(bot_id) for u in data.get("mentions", [])):
        return data
    stripped = dict(data)
    for key in _CONTENT_FIELDS:
        if key in stripped:
            stripped[key] = "" if key == "content" else ([] if key != "poll" else None)
    if stripped.get("poll") is None:
        stripped.pop("poll", None)
    return stripped
