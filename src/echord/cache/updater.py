"""`CacheUpdater`: keeps a `Cache` correct from gateway events, and reports each change before/after.

Each method takes one event payload (raw JSON bytes, a decoded mapping, a generated event model, or the
payload struct from `payloads`) and returns what changed, so the event bus can publish cache events with
the state before and after. `apply(name, payload)` dispatches by gateway event name for raw dispatches.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine, Iterable, Sequence
from typing import Any, Protocol, TypeVar

import msgspec
from msgspec import UNSET

from .cache import Cache
from .changes import Change
from .payloads import (
    EmojisUpdate,
    GuildPayload,
    MemberPayload,
    MemberRemove,
    MembersChunk,
    MemberUpdate,
    MessageDelete,
    MessageDeleteBulk,
    PartialUser,
    PresencePayload,
    PresenceUser,
    Ready,
    RoleDelete,
    RoleEvent,
    StickersUpdate,
    ThreadListSync,
    ThreadMembersUpdate,
    UnavailableGuild,
    VoiceStatePayload,
    coerce,
    member_record,
    presences,
)
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
from .stores import GLOBAL, Store
from .users import overwrite

__all__ = ["CacheUpdater"]

S = TypeVar("S", bound=msgspec.Struct)


class _Identified(Protocol):
    @property
    def id(self) -> int: ...


IdT = TypeVar("IdT", bound=_Identified)

log = logging.getLogger("echord.cache")


class _Interner(dict[int, int]):
    """Maps an id to the canonical int object for it, so role ids on 100k members share objects."""

    def __missing__(self, key: int) -> int:
        self[key] = key
        return key


def _narrow(record: msgspec.Struct, tp: type[S]) -> S:
    """The `tp` part of a payload subclass instance, as an exact `tp` (no extra fields kept)."""
    return tp(**{name: getattr(record, name) for name in tp.__struct_fields__})


class CacheUpdater:
    """Applies gateway events to `cache`."""

    def __init__(self, cache: Cache) -> None:
        self.cache = cache
        self._handlers: dict[str, Callable[[object], Coroutine[Any, Any, object]]] = {
            "READY": self.ready,
            "GUILD_CREATE": self.guild_create,
            "GUILD_UPDATE": self.guild_update,
            "GUILD_DELETE": self.guild_delete,
            "GUILD_MEMBER_ADD": self.member_add,
            "GUILD_MEMBER_UPDATE": self.member_update,
            "GUILD_MEMBER_REMOVE": self.member_remove,
            "GUILD_MEMBERS_CHUNK": self.members_chunk,
            "GUILD_ROLE_CREATE": self.role_upsert,
            "GUILD_ROLE_UPDATE": self.role_upsert,
            "GUILD_ROLE_DELETE": self.role_delete,
            "GUILD_EMOJIS_UPDATE": self.emojis_update,
            "GUILD_STICKERS_UPDATE": self.stickers_update,
            "CHANNEL_CREATE": self.channel_upsert,
            "CHANNEL_UPDATE": self.channel_upsert,
            "CHANNEL_DELETE": self.channel_delete,
            "THREAD_CREATE": self.thread_upsert,
            "THREAD_UPDATE": self.thread_upsert,
            "THREAD_DELETE": self.thread_delete,
            "THREAD_LIST_SYNC": self.thread_list_sync,
            "THREAD_MEMBERS_UPDATE": self.thread_members_update,
            "MESSAGE_CREATE": self.message_upsert,
            "MESSAGE_UPDATE": self.message_upsert,
            "MESSAGE_DELETE": self.message_delete,
            "MESSAGE_DELETE_BULK": self.message_delete_bulk,
            "PRESENCE_UPDATE": self.presence_update,
            "VOICE_STATE_UPDATE": self.voice_state_update,
            "USER_UPDATE": self.user_update,
        }

    @property
    def event_names(self) -> frozenset[str]:
        """The gateway dispatch names `apply` understands."""
        return frozenset(self._handlers)

    def handler(self, name: str) -> Callable[[object], Coroutine[Any, Any, object]] | None:
        """The method that applies dispatches named `name`, or None when the cache ignores them."""
        return self._handlers.get(name)

    async def apply(self, name: str, payload: object) -> object:
        """Apply one dispatch by its gateway name (`"GUILD_CREATE"`); other names are ignored (None)."""
        handler = self._handlers.get(name)
        if handler is None:
            return None
        return await handler(payload)

    # session and guilds

    async def ready(self, payload: object) -> list[Change[GuildRecord]]:
        """READY: remember the bot's user; every listed guild is unavailable until its GUILD_CREATE
        (already cached ones keep their contents until then).

        A new session may follow a long disconnect: cached guilds of this shard that READY no longer lists
        were left meanwhile and are removed (other shards' guilds are untouched).
        """
        ready = coerce(payload, Ready)
        cache = self.cache
        cache.user_pool.pinned.add(ready.user.id)
        cache.me, _ = await cache.user_pool.adopt(ready.user, new_reference=False)
        changes: list[Change[GuildRecord]] = []
        listed = {entry.id for entry in ready.guilds}
        shard_id, shard_count = ready.shard or (0, 1)
        for guild_id in await cache.guilds.keys(GLOBAL):
            if guild_id not in listed and (guild_id >> 22) % shard_count == shard_id:
                changes.append(await self.guild_delete(UnavailableGuild(id=guild_id)))
        for entry in ready.guilds:
            before = await cache.guilds.get(GLOBAL, entry.id)
            if before is None or not before.unavailable:
                changes.append(await self._mark_unavailable(entry.id, before))
        return changes

    async def guild_create(self, payload: object) -> Change[GuildRecord]:
        """GUILD_CREATE: a guild and everything in it; replaces what was cached for it."""
        data = coerce(payload, GuildPayload)
        cache = self.cache
        before = await cache.guilds.get(GLOBAL, data.id)
        if data.unavailable:
            return await self._mark_unavailable(data.id, before)
        if before is not None:
            await self._drop_contents(data.id, keep_messages=True)
        guild = _narrow(data, GuildRecord)
        guild_id = guild.id
        await cache.guilds.set(GLOBAL, guild_id, guild)

        roles = data.roles or []
        interner = _Interner()
        for role in roles:
            interner[role.id] = role.id
        await cache.roles.set_many(guild_id, {role.id: role for role in roles})
        if data.members:
            await self._ingest_members(guild_id, data.members, interner, already_members=())
        await self._put_channels(cache.channels, guild_id, data.channels or [])
        await self._put_channels(cache.threads, guild_id, data.threads or [])
        await cache.emojis.set_many(guild_id, {emoji.id: emoji for emoji in data.emojis or []})
        await cache.stickers.set_many(guild_id, {sticker.id: sticker for sticker in data.stickers or []})
        if data.presences:
            await self._ingest_presences(guild_id, data.presences)
        await cache.voice_states.set_many(guild_id, {vs.user_id: vs for vs in data.voice_states or []})
        log.debug("cached guild %d: %d members", guild_id, len(data.members or ()))
        return Change("guilds", before, guild, guild_id)

    async def guild_update(self, payload: object) -> Change[GuildRecord]:
        """GUILD_UPDATE: the guild's own fields (and its roles, emojis, stickers when sent)."""
        data = coerce(payload, GuildPayload)
        cache = self.cache
        before = await cache.guilds.get(GLOBAL, data.id)
        after = _narrow(data, GuildRecord)
        if before is not None:  # fields only GUILD_CREATE carries
            after.member_count = before.member_count
            after.large = before.large
            after.joined_at = before.joined_at
            after.unavailable = False
        await cache.guilds.set(GLOBAL, after.id, after)
        if data.roles is not UNSET:
            await self._replace_group(cache.roles, "roles", after.id, {r.id: r for r in data.roles})
        if data.emojis is not UNSET:
            await self._replace_group(cache.emojis, "emojis", after.id, {e.id: e for e in data.emojis})
        if data.stickers is not UNSET:
            await self._replace_group(cache.stickers, "stickers", after.id, {s.id: s for s in data.stickers})
        return Change("guilds", before, after, after.id)

    async def guild_delete(self, payload: object) -> Change[GuildRecord]:
        """GUILD_DELETE: an outage keeps the guild, marked unavailable; leaving removes it and its contents."""
        data = coerce(payload, UnavailableGuild)
        cache = self.cache
        before = await cache.guilds.get(GLOBAL, data.id)
        if data.unavailable:
            return await self._mark_unavailable(data.id, before)
        await self._drop_contents(data.id, keep_messages=False)
        await cache.guilds.delete(GLOBAL, data.id)
        log.debug("removed guild %d", data.id)
        return Change("guilds", before, None, data.id)

    # members

    async def member_add(self, payload: object) -> Change[MemberRecord]:
        """GUILD_MEMBER_ADD: a new member; bumps the guild's member count."""
        data = coerce(payload, MemberPayload)
        guild_id = _guild_of(data.guild_id)
        before = await self.cache.members.get(guild_id, data.user.id)
        after, _ = await self._store_member(guild_id, data, before)
        if before is None:
            await self._count_member(guild_id, +1)
        return Change("members", before, after, guild_id)

    async def member_update(self, payload: object) -> Change[MemberRecord]:
        """GUILD_MEMBER_UPDATE: merges into the cached member (fields the event omits are kept)."""
        data = coerce(payload, MemberUpdate)
        before = await self.cache.members.get(data.guild_id, data.user.id)
        after, user_before = await self._store_member(data.guild_id, data.merged(before), before)
        if before is not None:
            before = msgspec.structs.replace(before, user=user_before or msgspec.structs.replace(before.user))
        return Change("members", before, after, data.guild_id)

    async def member_remove(self, payload: object) -> Change[MemberRecord]:
        """GUILD_MEMBER_REMOVE: the member goes; its user goes with its last cached guild."""
        data = coerce(payload, MemberRemove)
        cache = self.cache
        before = await cache.members.delete(data.guild_id, data.user.id)
        if before is not None:
            before = msgspec.structs.replace(before, user=msgspec.structs.replace(before.user))
            await cache.user_pool.release([data.user.id])
        await cache.presences.delete(data.guild_id, data.user.id)
        await self._count_member(data.guild_id, -1)
        return Change("members", before, None, data.guild_id)

    async def members_chunk(self, payload: object) -> int:
        """GUILD_MEMBERS_CHUNK: stores the chunk's members (and presences); returns how many members."""
        data = coerce(payload, MembersChunk)
        cache = self.cache
        role_ids = await cache.roles.keys(data.guild_id)
        interner = _Interner(zip(role_ids, role_ids, strict=True))
        ids = [member.user.id for member in data.members]
        already = await cache.members.get_many(data.guild_id, ids)
        await self._ingest_members(data.guild_id, data.members, interner, already_members=already)
        if data.presences:
            await self._ingest_presences(data.guild_id, data.presences)
        return len(data.members)

    # roles, emojis, stickers

    async def role_upsert(self, payload: object) -> Change[RoleRecord]:
        """GUILD_ROLE_CREATE and GUILD_ROLE_UPDATE."""
        data = coerce(payload, RoleEvent)
        before = await self.cache.roles.get(data.guild_id, data.role.id)
        await self.cache.roles.set(data.guild_id, data.role.id, data.role)
        return Change("roles", before, data.role, data.guild_id)

    async def role_delete(self, payload: object) -> Change[RoleRecord]:
        """GUILD_ROLE_DELETE (members keep the id until their next update, as Discord's own data does)."""
        data = coerce(payload, RoleDelete)
        before = await self.cache.roles.delete(data.guild_id, data.role_id)
        return Change("roles", before, None, data.guild_id)

    async def emojis_update(self, payload: object) -> list[Change[EmojiRecord]]:
        """GUILD_EMOJIS_UPDATE: the complete list; returns one change per emoji added, edited or removed."""
        data = coerce(payload, EmojisUpdate)
        records = {emoji.id: emoji for emoji in data.emojis}
        return await self._replace_group(self.cache.emojis, "emojis", data.guild_id, records)

    async def stickers_update(self, payload: object) -> list[Change[StickerRecord]]:
        """GUILD_STICKERS_UPDATE: the complete list, like emojis."""
        data = coerce(payload, StickersUpdate)
        records = {sticker.id: sticker for sticker in data.stickers}
        return await self._replace_group(self.cache.stickers, "stickers", data.guild_id, records)

    # channels and threads

    async def channel_upsert(self, payload: object) -> Change[ChannelRecord]:
        """CHANNEL_CREATE and CHANNEL_UPDATE (DM channels go to the `GLOBAL` group)."""
        channel = coerce(_inner(payload, "channel"), ChannelRecord)
        return await self._upsert_channel(self.cache.channels, "channels", channel)

    async def channel_delete(self, payload: object) -> Change[ChannelRecord]:
        """CHANNEL_DELETE: the channel, its threads and its cached messages."""
        channel = coerce(_inner(payload, "channel"), ChannelRecord)
        cache = self.cache
        group = channel.guild_id or GLOBAL
        before = await cache.channels.delete(group, channel.id)
        threads = [t.id for t in await cache.threads.values(group) if t.parent_id == channel.id]
        await cache.threads.delete_many(group, threads)
        for channel_id in (channel.id, *threads):
            await cache.messages.drop_group(channel_id)
            cache.channel_guilds.pop(channel_id, None)
        return Change("channels", before, None, channel.guild_id)

    async def thread_upsert(self, payload: object) -> Change[ChannelRecord]:
        """THREAD_CREATE and THREAD_UPDATE."""
        thread = coerce(_inner(payload, "thread"), ChannelRecord)
        return await self._upsert_channel(self.cache.threads, "threads", thread)

    async def thread_delete(self, payload: object) -> Change[ChannelRecord]:
        """THREAD_DELETE: the thread and its cached messages."""
        thread = coerce(payload, ChannelRecord)
        cache = self.cache
        before = await cache.threads.delete(thread.guild_id or GLOBAL, thread.id)
        await cache.messages.drop_group(thread.id)
        cache.channel_guilds.pop(thread.id, None)
        return Change("threads", before, None, thread.guild_id)

    async def thread_list_sync(self, payload: object) -> list[Change[ChannelRecord]]:
        """THREAD_LIST_SYNC: the synced threads replace those of the listed parents (or of the guild)."""
        data = coerce(payload, ThreadListSync)
        cache = self.cache
        guild_id = data.guild_id
        synced = {thread.id: thread for thread in data.threads}
        parents = None if data.channel_ids is None else set(data.channel_ids)
        changes: list[Change[ChannelRecord]] = []
        stale = [
            thread
            for thread in await cache.threads.values(guild_id)
            if thread.id not in synced and (parents is None or thread.parent_id in parents)
        ]
        await cache.threads.delete_many(guild_id, [thread.id for thread in stale])
        for thread in stale:
            cache.channel_guilds.pop(thread.id, None)
            changes.append(Change("threads", thread, None, guild_id))
        previous = await cache.threads.get_many(guild_id, synced)
        for thread in synced.values():
            thread.guild_id = guild_id
            cache.channel_guilds[thread.id] = guild_id
            before = previous.get(thread.id)
            if before != thread:
                changes.append(Change("threads", before, thread, guild_id))
        await cache.threads.set_many(guild_id, synced)
        return changes

    async def thread_members_update(self, payload: object) -> Change[ChannelRecord]:
        """THREAD_MEMBERS_UPDATE: only the thread's member count is cached."""
        data = coerce(payload, ThreadMembersUpdate)
        before = await self.cache.threads.get(data.guild_id, data.id)
        if before is None:
            return Change("threads", None, None, data.guild_id)
        after = msgspec.structs.replace(before, member_count=data.member_count)
        await self.cache.threads.set(data.guild_id, data.id, after)
        return Change("threads", before, after, data.guild_id)

    # messages

    async def message_upsert(self, payload: object) -> Change[MessageRecord]:
        """MESSAGE_CREATE and MESSAGE_UPDATE; the author is the shared user when it is cached."""
        cache = self.cache
        try:
            message = coerce(payload, MessageRecord)
        except msgspec.ValidationError:  # an update without the full message: nothing to store
            ref = coerce(payload, MessageDelete)
            cached = await cache.messages.get(ref.channel_id, ref.id)
            return Change("messages", cached, cached, ref.guild_id)
        before = _detached(await cache.messages.get(message.channel_id, message.id))
        shared = await cache.user_pool.peek(message.author.id)
        if shared is not None:
            if shared != message.author:
                overwrite(shared, message.author)
            message.author = shared
        await cache.messages.set(message.channel_id, message.id, message)
        return Change("messages", before, message, message.guild_id)

    async def message_delete(self, payload: object) -> Change[MessageRecord]:
        """MESSAGE_DELETE: returns the deleted message when it was cached."""
        data = coerce(payload, MessageDelete)
        before = _detached(await self.cache.messages.delete(data.channel_id, data.id))
        return Change("messages", before, None, data.guild_id)

    async def message_delete_bulk(self, payload: object) -> list[Change[MessageRecord]]:
        """MESSAGE_DELETE_BULK: one change per cached message that was deleted."""
        data = coerce(payload, MessageDeleteBulk)
        removed = await self.cache.messages.delete_many(data.channel_id, data.ids)
        return [Change("messages", _detached(message), None, data.guild_id) for message in removed]

    # presences, voice, the bot's user

    async def presence_update(self, payload: object) -> Change[PresenceRecord]:
        """PRESENCE_UPDATE: refreshes the shared user's sent fields; offline presences are dropped.

        With the presences store off (the default) only the user is read, and the change is empty (before
        and after None): nothing of the presence is cached.
        """
        cache = self.cache
        if not cache.policy.presences.enabled:
            sent: PresencePayload | PresenceUser = (
                payload if isinstance(payload, PresencePayload) else coerce(payload, PresenceUser)
            )
            await self._refresh_user(sent.user)
            return Change("presences", None, None, sent.guild_id)
        data = coerce(payload, PresencePayload)
        await self._refresh_user(data.user)
        guild_id = data.guild_id or GLOBAL
        before = await cache.presences.get(guild_id, data.user.id)
        if data.status == "offline":
            await cache.presences.delete(guild_id, data.user.id)
            return Change("presences", before, None, data.guild_id)
        after = _presence(data)
        await cache.presences.set(guild_id, after.user_id, after)
        return Change("presences", before, after, data.guild_id)

    async def voice_state_update(self, payload: object) -> Change[VoiceStateRecord]:
        """VOICE_STATE_UPDATE: joining, moving or changing state; a null channel means leaving voice."""
        data = coerce(payload, VoiceStatePayload)
        store = self.cache.voice_states
        guild_id = data.guild_id or GLOBAL
        if data.channel_id is None:
            before = await store.delete(guild_id, data.user_id)
            return Change("voice_states", before, None, data.guild_id)
        before = await store.get(guild_id, data.user_id)
        after = _narrow(data, VoiceStateRecord)
        await store.set(guild_id, after.user_id, after)
        return Change("voice_states", before, after, data.guild_id)

    async def user_update(self, payload: object) -> Change[UserRecord]:
        """USER_UPDATE: the bot's own user changed; the shared record is updated in place."""
        user = coerce(payload, UserRecord)
        cache = self.cache
        me = cache.me
        if me is None:
            cache.me = user
            cache.user_pool.pinned.add(user.id)
            return Change("users", None, user)
        before = msgspec.structs.replace(me)
        overwrite(me, user)
        shared = await cache.user_pool.peek(me.id)
        if shared is not None and shared is not me:
            overwrite(shared, user)
        return Change("users", before, me)

    # helpers

    async def _mark_unavailable(self, guild_id: int, before: GuildRecord | None) -> Change[GuildRecord]:
        after = (
            GuildRecord(id=guild_id, unavailable=True)
            if before is None
            else msgspec.structs.replace(before, unavailable=True)
        )
        await self.cache.guilds.set(GLOBAL, guild_id, after)
        log.debug("guild %d is unavailable", guild_id)
        return Change("guilds", before, after, guild_id)

    async def _drop_contents(self, guild_id: int, *, keep_messages: bool) -> None:
        cache = self.cache
        channel_ids = [*await cache.channels.keys(guild_id), *await cache.threads.keys(guild_id)]
        for store in (
            cache.roles,
            cache.channels,
            cache.threads,
            cache.emojis,
            cache.stickers,
            cache.presences,
            cache.voice_states,
        ):
            await store.drop_group(guild_id)
        await cache.user_pool.release(await cache.members.drop_group(guild_id))
        for channel_id in channel_ids:
            cache.channel_guilds.pop(channel_id, None)
            if not keep_messages:
                await cache.messages.drop_group(channel_id)

    async def _ingest_members(
        self,
        guild_id: int,
        members: Sequence[MemberPayload],
        interner: _Interner,
        already_members: Iterable[int],
    ) -> None:
        cache = self.cache
        if not cache.policy.members.enabled:
            return
        intern = interner.__getitem__
        combos: dict[tuple[int, ...], tuple[int, ...]] = {(): ()}
        records: list[MemberRecord] = []
        append = records.append
        for wire in members:
            roles = combos.get(wire.roles)
            if roles is None:  # members with the same roles share one tuple of the guild's role id objects
                roles = tuple(map(intern, wire.roles))
                combos[roles] = roles
            append(member_record(wire, roles))
        await cache.user_pool.adopt_members(records, set(already_members))
        await cache.members.set_many(guild_id, {member.user.id: member for member in records})
        await self._release_evicted()

    async def _ingest_presences(self, guild_id: int, raw: Iterable[msgspec.Raw]) -> None:
        cache = self.cache
        if not cache.policy.presences.enabled:
            return
        records = {}
        for presence in presences(raw):
            if presence.status != "offline":
                record = _presence(presence)
                records[record.user_id] = record
        await cache.presences.set_many(guild_id, records)

    async def _store_member(
        self, guild_id: int, wire: MemberPayload, before: MemberRecord | None
    ) -> tuple[MemberRecord, UserRecord | None]:
        """Store a member linked to the shared user, with interned role ids; returns it and the user's
        state before, when the event changed the user."""
        cache = self.cache
        roles = wire.roles
        if roles:
            known = await cache.roles.get_many(guild_id, roles)
            roles = tuple(known[r].id if r in known else r for r in roles)
        member = member_record(wire, roles)
        if not cache.policy.members.enabled:
            return member, None
        shared, user_before = await cache.user_pool.adopt(member.user, new_reference=before is None)
        member.user = shared
        await cache.members.set(guild_id, shared.id, member)
        await self._release_evicted()
        return member, user_before

    async def _count_member(self, guild_id: int, delta: int) -> None:
        guild = await self.cache.guilds.get(GLOBAL, guild_id)
        if guild is not None:
            updated = msgspec.structs.replace(guild, member_count=max(0, guild.member_count + delta))
            await self.cache.guilds.set(GLOBAL, guild_id, updated)

    async def _put_channels(
        self, store: Store[ChannelRecord], guild_id: int, channels: Iterable[ChannelRecord]
    ) -> None:
        index = self.cache.channel_guilds
        records = {}
        for channel in channels:
            channel.guild_id = guild_id
            index[channel.id] = guild_id
            records[channel.id] = channel
        await store.set_many(guild_id, records)

    async def _upsert_channel(
        self, store: Store[ChannelRecord], kind: str, channel: ChannelRecord
    ) -> Change[ChannelRecord]:
        group = channel.guild_id or GLOBAL
        before = await store.get(group, channel.id)
        await store.set(group, channel.id, channel)
        if channel.guild_id is not None:
            self.cache.channel_guilds[channel.id] = channel.guild_id
        return Change(kind, before, channel, channel.guild_id)

    async def _replace_group(
        self, store: Store[IdT], kind: str, guild_id: int, records: dict[int, IdT]
    ) -> list[Change[IdT]]:
        old = {record.id: record for record in await store.values(guild_id)}
        changes: list[Change[IdT]] = [
            Change(kind, record, None, guild_id) for key, record in old.items() if key not in records
        ]
        changes.extend(
            Change(kind, old.get(key), record, guild_id)
            for key, record in records.items()
            if old.get(key) != record
        )
        await store.delete_many(guild_id, [key for key in old if key not in records])
        await store.set_many(guild_id, records)
        return changes

    async def _refresh_user(self, sent: PartialUser) -> None:
        shared = await self.cache.user_pool.peek(sent.id)
        if shared is None:
            return
        for name in ("username", "discriminator", "global_name", "avatar"):
            value = getattr(sent, name)
            if value is not UNSET:
                setattr(shared, name, value)

    async def _release_evicted(self) -> None:
        cache = self.cache
        if cache.released_users:
            released, cache.released_users = cache.released_users, []
            await cache.user_pool.release(released)


def _inner(payload: object, name: str) -> object:
    """Generated channel and thread events hold the channel in an attribute; raw JSON is the channel."""
    if isinstance(payload, msgspec.Struct) and not isinstance(payload, ChannelRecord):
        inner = getattr(payload, name, None)
        if isinstance(inner, msgspec.Struct):
            return inner
    return payload


def _detached(message: MessageRecord | None) -> MessageRecord | None:
    """A copy whose author is a copy too: the shared user may change after this snapshot."""
    if message is None:
        return None
    return msgspec.structs.replace(message, author=msgspec.structs.replace(message.author))


def _guild_of(guild_id: int | None) -> int:
    if guild_id is None:
        raise ValueError("a guild member event without guild_id")
    return guild_id


def _presence(data: PresencePayload) -> PresenceRecord:
    return PresenceRecord(
        user_id=data.user.id,
        status=data.status,
        activities=data.activities,
        client_status=data.client_status,
    )
