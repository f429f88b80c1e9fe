"""`Cache`: the stores of every kind, the reads a bot makes, and sweeping.

The cache never talks to Discord: `CacheUpdater` feeds it gateway events, and reads return slim records
(see `records`), or None when a store is disabled or the record is absent.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import TypeVar

from .memory import memory_stores
from .policy import KINDS, CachePolicy, StorePolicy
from .records import (
    ChannelRecord,
    EmojiRecord,
    GuildRecord,
    MemberRecord,
    MessageRecord,
    PresenceRecord,
    RoleRecord,
    StickerRecord,
    UserRecord,
    VoiceStateRecord,
)
from .stores import GLOBAL, NullStore, Store, StoreFactory
from .users import UserPool

__all__ = ["Cache"]

R = TypeVar("R")

log = logging.getLogger("echord.cache")


class Cache:
    """Every store, built by `stores` (in-memory by default) under `policy`.

    `clock` (seconds, monotonic by default) drives sweeper intervals and in-memory TTLs.
    """

    def __init__(
        self,
        policy: CachePolicy | None = None,
        *,
        stores: StoreFactory | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.policy = policy = policy or CachePolicy()
        factory = stores if stores is not None else memory_stores(clock)
        self._clock = clock
        self.guilds: Store[GuildRecord] = _build(factory, "guilds", GuildRecord, policy.guilds)
        self.users: Store[UserRecord] = _build(factory, "users", UserRecord, policy.users)
        self.members: Store[MemberRecord] = _build(factory, "members", MemberRecord, policy.members)
        self.roles: Store[RoleRecord] = _build(factory, "roles", RoleRecord, policy.roles)
        self.channels: Store[ChannelRecord] = _build(factory, "channels", ChannelRecord, policy.channels)
        self.threads: Store[ChannelRecord] = _build(factory, "threads", ChannelRecord, policy.threads)
        self.emojis: Store[EmojiRecord] = _build(factory, "emojis", EmojiRecord, policy.emojis)
        self.stickers: Store[StickerRecord] = _build(factory, "stickers", StickerRecord, policy.stickers)
        self.presences: Store[PresenceRecord] = _build(factory, "presences", PresenceRecord, policy.presences)
        self.voice_states: Store[VoiceStateRecord] = _build(
            factory, "voice_states", VoiceStateRecord, policy.voice_states
        )
        self.messages: Store[MessageRecord] = _build(factory, "messages", MessageRecord, policy.messages)
        self.user_pool = UserPool(self.users)
        self.me: UserRecord | None = None
        """The bot's own user, from READY and USER_UPDATE (kept even when the users store is off)."""
        self.channel_guilds: dict[int, int] = {}
        """Channel or thread id → guild id, so channels resolve without their guild (this process only)."""
        self.released_users: list[int] = []
        """Users whose member records a store evicted; the updater releases them on its next call."""
        self.members.on_evict = self._member_evicted
        self._last_sweep: dict[tuple[str, int], float] = {}

    # reads

    async def get_guild(self, guild_id: int) -> GuildRecord | None:
        """A guild, possibly marked `unavailable` during an outage."""
        return await self.guilds.get(GLOBAL, guild_id)

    async def get_user(self, user_id: int) -> UserRecord | None:
        """A user who shares a cached guild with the bot, or the bot itself."""
        if self.me is not None and self.me.id == user_id:
            return self.me
        return await self.users.get(GLOBAL, user_id)

    async def get_member(self, guild_id: int, user_id: int) -> MemberRecord | None:
        """A member of a guild."""
        return await self.members.get(guild_id, user_id)

    async def get_members(self, guild_id: int) -> list[MemberRecord]:
        """Every cached member of a guild."""
        return await self.members.values(guild_id)

    async def get_role(self, guild_id: int, role_id: int) -> RoleRecord | None:
        """A role of a guild."""
        return await self.roles.get(guild_id, role_id)

    async def get_roles(self, guild_id: int) -> list[RoleRecord]:
        """Every role of a guild."""
        return await self.roles.values(guild_id)

    async def get_channel(self, channel_id: int, guild_id: int | None = None) -> ChannelRecord | None:
        """A channel or thread; without `guild_id` the channel index of this process finds its guild."""
        if guild_id is None:
            guild_id = self.channel_guilds.get(channel_id, GLOBAL)  # DM channels live in GLOBAL
        return await self.channels.get(guild_id, channel_id) or await self.threads.get(guild_id, channel_id)

    async def get_channels(self, guild_id: int) -> list[ChannelRecord]:
        """Every channel of a guild (threads excluded)."""
        return await self.channels.values(guild_id)

    async def get_threads(self, guild_id: int) -> list[ChannelRecord]:
        """Every active thread of a guild the bot can see."""
        return await self.threads.values(guild_id)

    async def get_emojis(self, guild_id: int) -> list[EmojiRecord]:
        """Every custom emoji of a guild."""
        return await self.emojis.values(guild_id)

    async def get_stickers(self, guild_id: int) -> list[StickerRecord]:
        """Every sticker of a guild."""
        return await self.stickers.values(guild_id)

    async def get_presence(self, guild_id: int, user_id: int) -> PresenceRecord | None:
        """A member's presence (the presences store is off by default)."""
        return await self.presences.get(guild_id, user_id)

    async def get_voice_state(self, guild_id: int, user_id: int) -> VoiceStateRecord | None:
        """Where a member is connected to voice."""
        return await self.voice_states.get(guild_id, user_id)

    async def get_voice_states(self, guild_id: int) -> list[VoiceStateRecord]:
        """Everyone connected to voice in a guild."""
        return await self.voice_states.values(guild_id)

    async def get_message(self, channel_id: int, message_id: int) -> MessageRecord | None:
        """A recent message (the messages store is bounded, 1,000 by default)."""
        return await self.messages.get(channel_id, message_id)

    async def get_messages(self, channel_id: int) -> list[MessageRecord]:
        """The cached messages of a channel."""
        return await self.messages.values(channel_id)

    async def wants_chunk(self, guild_id: int) -> bool:
        """Whether the client should request this guild's members now (`chunk_members_on_startup`).

        Only large guilds need it: Discord sends every member of the others in GUILD_CREATE.
        """
        if not (self.policy.chunk_members_on_startup and self.policy.members.enabled):
            return False
        guild = await self.get_guild(guild_id)
        if guild is None or guild.unavailable or not guild.large:
            return False
        return await self.members.count(guild_id) < guild.member_count

    # maintenance

    def stores(self) -> dict[str, Store[object]]:
        """Every store by kind name."""
        return {kind: getattr(self, kind) for kind in KINDS}

    async def sweep(self) -> int:
        """Run every store's TTL expiry and every sweeper now; returns how many records went."""
        return await self._sweep(due_only=False)

    async def sweep_due(self) -> int:
        """Run TTL expiry and the sweepers whose interval has passed since they last ran."""
        return await self._sweep(due_only=True)

    async def run_sweepers(self, poll: float = 1.0) -> None:
        """Call `sweep_due` every `poll` seconds until cancelled (start it as a task)."""
        while True:
            await asyncio.sleep(poll)
            try:
                await self.sweep_due()
            except Exception:
                log.exception("cache sweep failed")

    async def clear(self) -> None:
        """Empty every store. With Redis this empties the cache every process shares; READY already
        removes what a new session no longer has, shard by shard."""
        for store in self.stores().values():
            await store.clear()
        await self.user_pool.clear()
        self.channel_guilds.clear()
        self.released_users.clear()

    async def _sweep(self, *, due_only: bool) -> int:
        now = self._clock()
        swept = 0
        for kind, store in self.stores().items():
            policy = store.policy
            if not policy.enabled:
                continue
            if policy.ttl is not None:
                swept += await store.sweep()
            for index, sweeper in enumerate(policy.sweepers):
                last = self._last_sweep.setdefault((kind, index), now)
                if due_only and now - last < sweeper.every:
                    continue
                self._last_sweep[(kind, index)] = now
                swept += await store.sweep(sweeper.remove)
        if self.released_users:
            released, self.released_users = self.released_users, []
            await self.user_pool.release(released)
        return swept

    def _member_evicted(self, guild_id: int, user_id: int) -> None:
        self.released_users.append(user_id)


def _build(factory: StoreFactory, kind: str, record_type: type[R], policy: StorePolicy[R]) -> Store[R]:
    if not policy.enabled:
        return NullStore(policy)
    return factory(kind, record_type, policy)
