"""What every manager shares: the hub it belongs to, and with it REST, the cache and the updater."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from echord._generated.endpoints import RESTEndpoints
from echord.cache import Cache, CacheUpdater

if TYPE_CHECKING:
    from .registry import Managers

__all__ = ["Manager"]

log = logging.getLogger("echord.managers")


class Manager:
    """Base of every manager: `get` reads the cache, `fetch` asks Discord (and refreshes the cache)."""

    __slots__ = ("_hub",)

    def __init__(self, hub: Managers) -> None:
        self._hub = hub

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"

    @property
    def _rest(self) -> RESTEndpoints:
        return self._hub.rest

    @property
    def _cache(self) -> Cache | None:
        return self._hub.cache

    @property
    def _updater(self) -> CacheUpdater | None:
        return self._hub.updater

    async def _remember(self, event: str, payload: object) -> None:
        """Apply a fetched object to the cache as the gateway event that would carry it.

        A cache failure (a Redis outage) must not fail the REST call that already succeeded, so it is
        logged and swallowed.
        """
        updater = self._hub.updater
        if updater is None:
            return
        try:
            await updater.apply(event, payload)
        except Exception:
            log.warning("could not cache a fetched %s", event, exc_info=True)
