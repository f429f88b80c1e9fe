"""`Client`: one object that wires REST, the shards, the event bus and the cache, and runs them as a bot.

Every layer stays usable alone; the client only connects them (`dispatch=bus.dispatch_raw`,
`lifecycle=bus.dispatch`, `fetch_gateway_bot=rest.get_bot_gateway`, a `CacheFeed` on the bus) and owns their
start and stop order, so a bot needs a token and listeners and nothing else.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Literal

from echord._generated.events import Ready
from echord.cache import KINDS, Cache, CachePolicy, CacheUpdater
from echord.cache.wiring import CacheFeed, CacheUpdate
from echord.events import EventBus
from echord.gateway import (
    Compression,
    IdentifyQueue,
    Presence,
    ReconnectPolicy,
    SessionStore,
    ShardConnection,
    ShardManager,
)
from echord.managers import Managers
from echord.rest import DEFAULT_BASE_URL, RESTClient
from echord.structures import Application, User
from echord.utils import Intents

from .commands import Commands
from .config import (
    check_api_base,
    check_cache_intents,
    check_large_threshold,
    check_shards,
    check_token,
    user_id_from_token,
)
from .guild_loading import GuildLoading
from .resources import Resources
from .signals import stop_on_signals
from .tasks import TaskTracker
from .voice import Voice

if TYPE_CHECKING:
    from echord.interactions import CommandTree
    from echord.voice import VoiceConnector

__all__ = ["Client"]


_log = logging.getLogger("echord.client")


class Client(Commands, Voice, Resources):
    """A Discord bot: `async with Client(token) as client: ...`, or `client.run()` until SIGINT/SIGTERM.

    The parts are public and usable directly: `client.rest` (every endpoint), `client.gateway` (the shard
    manager), `client.bus` (events), `client.cache`, and the managers (`client.guilds`, `client.members`,
    ... or all of them in `client.managers`). Point `api_base` at another host (the emulator's
    `emu.rest_url`) and the gateway URL follows from its /gateway/bot.
    """

    def __init__(
        self,
        token: str,
        *,
        intents: Intents | int | None = None,
        shards: int | None = None,
        shard_ids: Sequence[int] | None = None,
        cache: Cache | CachePolicy | None = None,
        api_base: str = DEFAULT_BASE_URL,
        rest: RESTClient | None = None,
        identify_queue: IdentifyQueue | None = None,
        session_store: SessionStore | None = None,
        presence: Presence | None = None,
        compression: Compression | Literal["auto"] | None = "auto",
        large_threshold: int = 250,
        reconnect: ReconnectPolicy | None = None,
        shutdown_timeout: float = 10.0,
        guild_ready_timeout: float = 2.0,
        sync_commands: bool = True,
    ) -> None:
        bare = check_token(token)
        shard_count, ids = check_shards(shards, shard_ids)
        check_large_threshold(large_threshold)
        if rest is None:
            check_api_base(api_base)
        self.intents = Intents(int(intents)) if intents is not None else Intents.default()
        if isinstance(cache, Cache):
            self.cache = cache
        else:
            self.cache = Cache(cache)
        check_cache_intents(self.intents, self.cache.policy, explicit=cache is not None)
        if shutdown_timeout < 0 or guild_ready_timeout < 0:
            raise ValueError("shutdown_timeout and guild_ready_timeout must not be negative")
        self.shutdown_timeout = shutdown_timeout
        self.guild_ready_timeout = guild_ready_timeout

        self._owns_rest = rest is None
        self.rest: RESTClient = rest if rest is not None else RESTClient(bare, base_url=api_base)
        """Every REST endpoint as a typed method."""
        self.bus = EventBus()
        """The event bus: listeners, waiters, streams (the client's `listen`/`wait_for`/`stream` use it)."""
        self.gateway = ShardManager(
            bare,
            intents=int(self.intents),
            dispatch=self.bus.dispatch_raw,
            lifecycle=self.bus.dispatch,
            fetch_gateway_bot=self.rest.get_bot_gateway,
            shard_ids=ids,
            shard_count=shard_count,
            identify_queue=identify_queue,
            session_store=session_store,
            compression=compression,
            large_threshold=large_threshold,
            presence=presence,
            policy=reconnect,
        )
        """The shard manager: `client.gateway.shards`, `shard_for_guild`, commands per shard."""
        updater = CacheUpdater(self.cache)
        self._feed = CacheFeed(self.bus, updater)
        self._tracker = TaskTracker()
        self._bot_id = user_id_from_token(bare)
        self.managers = Managers(self.rest, self.cache, updater=updater, application_id=self._bot_id)
        self.managers.voice_connect = self.voice_connect  # `VoiceChannel.connect()` joins through the client
        self._voice: VoiceConnector | None = None
        self._user: User | None = None
        self._application_id: int | None = self._bot_id
        self._application: Application | None = None
        self._state: Literal["new", "started", "closing", "closed"] = "new"
        self._supervisor: asyncio.Task[None] | None = None
        self._sweeper: asyncio.Task[None] | None = None
        self._stop_requested: asyncio.Event | None = None
        self._closed: asyncio.Event | None = None
        self._fatal: BaseException | None = None
        self._startup: asyncio.Task[None] | None = None
        self._commands: CommandTree | None = None
        self._sync_commands = sync_commands
        self._loading = GuildLoading()

        self.subscribe(Ready, self._on_ready)
        if self.cache.policy.chunk_members_on_startup:
            self.subscribe(CacheUpdate, self._chunk_large_guild)

    def __repr__(self) -> str:
        user = self._user.name if self._user is not None else None
        return (
            f"<Client state={self._state} user={user!r} shards={sorted(self.gateway.shards)} "
            f"of {self.gateway.shard_count}>"
        )

    # ------------------------------------------------------------------ who we are

    @property
    def user(self) -> User | None:
        """The bot's user, from READY (or fetched once when a stored session resumed without one)."""
        return self._user

    @property
    def application_id(self) -> int | None:
        """The bot's application id (from READY; before it, the id encoded in the token)."""
        return self._application_id

    @property
    def application(self) -> Application | None:
        """The application, once `fetch_application()` has run."""
        return self._application

    async def fetch_application(self) -> Application:
        """The bot's application (`GET /applications/@me`), fetched once and kept."""
        if self._application is None:
            self._application = await self.managers.fetch_application()
            self._application_id = int(self._application.id)
        return self._application

    # ------------------------------------------------------------------ latency

    @property
    def latencies(self) -> Mapping[int, float | None]:
        """Heartbeat round trip per shard id, in seconds (None until the shard's first ACK)."""
        return self.gateway.latencies

    @property
    def latency(self) -> float | None:
        """The average heartbeat round trip of the shards that have one, in seconds."""
        known = [value for value in self.gateway.latencies.values() if value is not None]
        return sum(known) / len(known) if known else None

    # ------------------------------------------------------------------ lifecycle

    @property
    def is_ready(self) -> bool:
        """Every shard is READY or RESUMED."""
        shards = self.gateway.shards
        return bool(shards) and all(shard.is_ready for shard in shards.values())

    async def start(self) -> None:
        """Fetch /gateway/bot and start every shard; returns at once (see `wait_ready`)."""
        if self._state != "new":
            raise RuntimeError(f"this client is {self._state}; a Client starts once")
        self._state = "started"
        self._closed = asyncio.Event()
        self._feed.start()
        self.bus.add_raw_hook(self._loading.hook)
        if _has_expiry(self.cache.policy):
            self._sweeper = asyncio.create_task(self.cache.run_sweepers(), name="echord.client cache sweeper")
        try:
            await self.gateway.start()
        except BaseException:
            await self.close()
            raise
        _log.info("started %d shard(s) of %d", len(self.gateway.shards), self.gateway.shard_count)
        self._supervisor = asyncio.create_task(self._supervise(), name="echord.client shards")
        self._startup = asyncio.create_task(self._when_ready(), name="echord.client start-up")

    async def wait_ready(self, *, timeout: float | None = None) -> None:  # noqa: ASYNC109 - a start-up bound
        """Wait until every shard is READY or RESUMED and the start-up work is done: the guilds READY listed
        are in the cache (or `guild_ready_timeout` passed without one arriving), the bot user is known and
        the commands are synced. Raises the shards' fatal error if they stop first."""
        supervisor, startup = self._supervisor, self._startup
        if supervisor is None or startup is None:
            raise RuntimeError("the client is not started")
        done, _ = await asyncio.wait(
            {startup, supervisor}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED
        )
        if startup in done and not startup.cancelled() and startup.exception() is None:
            return
        if not done:
            raise TimeoutError(f"the shards were not ready within {timeout} s")
        if not supervisor.done():
            # A shard that closed fatally fails the readiness wait a moment before the manager reports it.
            await asyncio.wait({supervisor}, timeout=1.0)
        if self._fatal is not None:
            raise self._fatal
        error = startup.exception() if startup.done() and not startup.cancelled() else None
        if error is not None:
            raise error
        raise RuntimeError("the shards stopped before they were ready")

    def stop(self) -> None:
        """Ask `serve()`/`run()` to shut down gracefully (from a listener, for example)."""
        if self._stop_requested is not None:
            self._stop_requested.set()
        else:
            _log.warning("stop() called while the client is not serving; use `await client.close()`")

    async def serve(self) -> None:
        """Start, run until `stop()`, SIGINT or SIGTERM (or a fatal shard error), then shut down.

        Shutdown closes the shards resumably (`keep_session=True`): with a persistent session store the
        next process resumes them instead of identifying. A fatal shard error is raised after shutdown.
        """
        stop = self._stop_requested = asyncio.Event()
        try:
            # The handlers are removed before shutting down, so a second Ctrl-C or SIGTERM forces the exit.
            with stop_on_signals(stop.set):
                await self.start()
                supervisor = self._supervisor
                assert supervisor is not None
                stopping = asyncio.create_task(stop.wait())
                try:
                    await asyncio.wait({stopping, supervisor}, return_when=asyncio.FIRST_COMPLETED)
                finally:
                    stopping.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await stopping
        finally:
            self._stop_requested = None
            await self.close(keep_session=True)
        if self._fatal is not None:
            raise self._fatal

    def run(self, *, log_level: int | str | None = logging.INFO) -> None:
        """Block running the bot until SIGINT/SIGTERM, then shut down gracefully (see `serve`).

        `log_level` sets up basic logging to stderr unless logging is configured already (None: leave it).
        """
        if log_level is not None and not logging.getLogger().handlers:
            logging.basicConfig(level=log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(self.serve())

    async def close(self, *, keep_session: bool = False) -> None:
        """Stop the shards, the cache feed and listeners, and release HTTP; leaves no task running.

        `keep_session=True` leaves the shards' sessions resumable (stored in the session store).
        """
        if self._state in ("closing", "closed"):
            if self._closed is not None:
                await self._closed.wait()
            return
        self._state = "closing"
        try:
            self.bus.remove_raw_hook(self._loading.hook)
            if self._startup is not None and not self._startup.done():
                self._startup.cancel()
            await self._close_voice()
            await self.gateway.close(keep_session=keep_session)
            if self._startup is not None:
                await asyncio.gather(self._startup, return_exceptions=True)
            if self._supervisor is not None:
                await asyncio.gather(self._supervisor, return_exceptions=True)
            await self._feed.stop()
            await self._tracker.shutdown(self.shutdown_timeout)
            try:
                async with asyncio.timeout(self.shutdown_timeout):
                    await self.bus.join()
            except TimeoutError:
                _log.warning("listener tasks registered on client.bus directly are still running")
            if self._sweeper is not None:
                self._sweeper.cancel()
                await asyncio.gather(self._sweeper, return_exceptions=True)
            if self._owns_rest:
                await self.rest.aclose()
        finally:
            self._state = "closed"
            if self._closed is not None:
                self._closed.set()
            _log.info("closed (%s)", "sessions kept" if keep_session else "sessions ended")

    async def __aenter__(self) -> Client:
        """Start and wait until every shard is ready."""
        await self.start()
        try:
            await self.wait_ready()
        except BaseException:
            await self.close()
            raise
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()
        if exc is None and self._fatal is not None:
            raise self._fatal

    # ------------------------------------------------------------------ internals

    async def _supervise(self) -> None:
        try:
            await self.gateway.run()
        except Exception as exc:
            self._fatal = exc
            _log.error("the shards stopped: %s", exc)
            if self._stop_requested is not None:
                self._stop_requested.set()

    async def _on_ready(self, event: Ready) -> None:
        if event.user:
            self._user = User(self.managers, event.user)
        if event.application and event.application.id:
            self._application_id = int(event.application.id)
            self.managers.application_id = self._application_id
            if self._commands is not None:
                self._commands.application_id = self._application_id

    async def _when_ready(self) -> None:
        """Once every shard is ready: learn who we are if no READY told us (a resumed session), then
        register the commands (writing only what changed)."""
        await self.gateway.wait_ready()
        missing = await self._loading.wait(self.guild_ready_timeout)
        self.bus.remove_raw_hook(self._loading.hook)
        if missing:
            _log.warning(
                "%d guild(s) did not arrive within %g s (outage?)", missing, self.guild_ready_timeout
            )
        await self._feed.drain()  # the guilds are in the cache when readiness is reported
        if self._user is None and self._bot_id is not None:
            self._user = await self.managers.users.fetch(self._bot_id)
        _log.info(
            "ready as %s on %d shard(s) of %d",
            self._user.name if self._user is not None else "?",
            len(self.gateway.shards),
            self.gateway.shard_count,
        )
        tree = self._commands
        if tree is not None and self._sync_commands:
            try:
                tree.application_id = int((await self.fetch_application()).id)
                result = await tree.sync()
            except Exception:
                _log.exception("could not register the application commands")
            else:
                _log.info("application commands synced: %s", result)

    async def _chunk_large_guild(self, update: CacheUpdate) -> None:
        if update.name != "GUILD_CREATE":
            return
        for change in update.changes:
            guild_id = change.guild_id
            if guild_id is None or not await self.cache.wants_chunk(guild_id):
                continue
            shard: ShardConnection = self.gateway.shard_for_guild(guild_id)
            result = await shard.request_guild_members(guild_id, query="", limit=0)
            _log.debug("chunked guild %d: %d chunk(s)", guild_id, len(result.chunks))


def _has_expiry(policy: CachePolicy) -> bool:
    """Whether any store has a TTL or sweepers, so the periodic sweep is worth a task."""
    for kind in KINDS:
        store = getattr(policy, kind)
        if store.enabled and (store.ttl is not None or store.sweepers):
            return True
    return False
