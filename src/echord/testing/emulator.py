"""`Emulator`: the world, REST and gateway served together on one loopback port."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from types import TracebackType

from .faults import RestFaults
from .gateway import Gateway
from .intents import ALL_INTENTS
from .ratelimits import RateLimiter
from .rest.app import RestApp
from .rest.routing import Settings
from .scenarios import Scenarios
from .transport import LoopbackServer
from .world import Seed, World

log = logging.getLogger("echord.testing.emulator")


class Emulator:
    """A fake Discord for tests: `async with Emulator() as emu:` then point a bot at `emu.rest_url`,
    `emu.gateway_url` and `emu.bot_token`.

    `seed=True` starts with `World.seed()` (a guild with channels, two users and a role) in `emu.seed`.
    `allowed_intents` emulates the privileged intents enabled for the application.
    """

    def __init__(
        self,
        *,
        seed: bool = True,
        host: str = "127.0.0.1",
        port: int = 0,
        shards: int = 1,
        max_concurrency: int = 1,
        heartbeat_interval_ms: int = 41_250,
        allowed_intents: int = ALL_INTENTS,
        bot_name: str = "echord-test-bot",
    ) -> None:
        self.world = World(bot_name=bot_name)
        self.seed: Seed | None = self.world.seed() if seed else None
        self.settings = Settings(
            shards=shards, max_concurrency=max_concurrency, allowed_intents=allowed_intents
        )
        self.rate_limits = RateLimiter()
        self.faults = RestFaults()
        self.rest = RestApp(self.world, self.settings, self.rate_limits, self.faults)
        self.gateway = Gateway(
            self.world,
            self.settings,
            heartbeat_interval_ms=heartbeat_interval_ms,
        )
        self.users = Scenarios(self.world)
        self._host = host
        self._server = LoopbackServer(self.rest, self.gateway.handle, host=host, port=port)
        self._running = False
        self._changed = asyncio.Event()
        self.world.subscribe(self._on_change)
        self.rest.on_request = self._on_change

    @property
    def port(self) -> int:
        return self._server.port

    @property
    def base_url(self) -> str:
        return f"http://{self._host}:{self.port}"

    @property
    def rest_url(self) -> str:
        """The REST base, like https://discord.com/api/v10."""
        return f"{self.base_url}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://{self._host}:{self.port}"

    @property
    def bot_token(self) -> str:
        return self.world.bot_token

    @property
    def application_id(self) -> int:
        return self.world.application_id

    async def start(self) -> None:
        await self._server.start()
        self.settings.gateway_url = self.gateway_url
        self._running = True
        log.info("emulator serving REST on %s and the gateway on %s", self.rest_url, self.gateway_url)

    async def stop(self) -> None:
        if not self._running:
            return
        self._running = False
        for connection in list(self.gateway.connections):
            connection.abort()
        await self._server.stop()

    async def __aenter__(self) -> Emulator:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    async def wait_until(self, predicate: Callable[[], object], *, within: float = 5.0) -> None:
        """Wait until `predicate()` is truthy, re-checking after every world change and REST request
        (TimeoutError after `within` seconds)."""
        async with asyncio.timeout(within):
            while not predicate():
                self._changed.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), 0.05)

    def _on_change(self, *_: object) -> None:
        self._changed.set()
