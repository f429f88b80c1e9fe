"""Wire shapes of the gateway events the cache reads: only the fields it keeps, nothing else decoded.

Decoding a GUILD_CREATE into these skips everything the cache does not store, which is what makes ingest
fast; the records inside (members, roles, channels…) decode straight into their final cached form.
Fields an update may omit are `UNSET`, so "absent" and "null" stay distinct when merging.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime
from typing import TypeVar

import msgspec
from msgspec import UNSET, UnsetType

from .records import (
    ActivityRecord,
    ChannelRecord,
    ClientStatusRecord,
    EmojiRecord,
    GuildRecord,
    MemberExtras,
    MemberRecord,
    RoleRecord,
    StickerRecord,
    UserRecord,
    VoiceStateRecord,
)

T = TypeVar("T")

log = logging.getLogger("echord.cache")


class PartialUser(msgspec.Struct):
    """A user as PRESENCE_UPDATE sends it: only `id` is certain."""

    id: int
    username: str | UnsetType = UNSET
    discriminator: str | UnsetType = UNSET
    global_name: str | UnsetType | None = UNSET
    avatar: str | UnsetType | None = UNSET


class PresencePayload(msgspec.Struct):
    """A presence in GUILD_CREATE, GUILD_MEMBERS_CHUNK or PRESENCE_UPDATE."""

    user: PartialUser
    status: str = "offline"
    activities: tuple[ActivityRecord, ...] = ()
    client_status: ClientStatusRecord | None = None
    guild_id: int | None = None


class PresenceUser(msgspec.Struct):
    """Only the user of a PRESENCE_UPDATE, when the presences store is off (activities are not decoded)."""

    user: PartialUser
    guild_id: int | None = None


class MemberPayload(msgspec.Struct, gc=False):
    """A guild member as the gateway sends it (GUILD_MEMBER_ADD adds `guild_id`)."""

    user: UserRecord
    nick: str | None = None
    avatar: str | None = None
    banner: str | None = None
    roles: tuple[int, ...] = ()
    joined_at: datetime | None = None
    premium_since: datetime | None = None
    communication_disabled_until: datetime | None = None
    flags: int = 0
    pending: bool = False
    deaf: bool = False
    mute: bool = False
    guild_id: int | None = None


def member_record(member: MemberPayload, roles: tuple[int, ...]) -> MemberRecord:
    """The compact record for a wire member; `roles` is the member's (interned) role id tuple."""
    if (
        member.avatar is None
        and member.banner is None
        and member.premium_since is None
        and member.communication_disabled_until is None
        and not (member.pending or member.deaf or member.mute)
    ):
        extras = None
    else:
        extras = MemberExtras(
            member.avatar,
            member.banner,
            member.premium_since,
            member.communication_disabled_until,
            member.pending,
            member.deaf,
            member.mute,
        )
    return MemberRecord(member.user, member.nick, roles, member.joined_at, member.flags, extras)


class GuildPayload(GuildRecord):
    """GUILD_CREATE (and GUILD_UPDATE, whose lists are absent or partial)."""

    members: list[MemberPayload] | UnsetType = UNSET
    roles: list[RoleRecord] | UnsetType = UNSET
    channels: list[ChannelRecord] | UnsetType = UNSET
    threads: list[ChannelRecord] | UnsetType = UNSET
    emojis: list[EmojiRecord] | UnsetType = UNSET
    stickers: list[StickerRecord] | UnsetType = UNSET
    presences: list[msgspec.Raw] | UnsetType = UNSET
    voice_states: list[VoiceStateRecord] | UnsetType = UNSET


class UnavailableGuild(msgspec.Struct):
    """GUILD_DELETE, and READY's guild list: `unavailable` true means an outage, absent means we left."""

    id: int
    unavailable: bool = False


class Ready(msgspec.Struct):
    """The parts of READY the cache keeps."""

    user: UserRecord
    guilds: list[UnavailableGuild] = []
    shard: tuple[int, int] | None = None


class MemberUpdate(msgspec.Struct):
    """GUILD_MEMBER_UPDATE: optional fields keep their cached value when absent."""

    guild_id: int
    user: UserRecord
    roles: tuple[int, ...] = ()
    nick: str | UnsetType | None = UNSET
    avatar: str | UnsetType | None = UNSET
    banner: str | UnsetType | None = UNSET
    joined_at: datetime | UnsetType | None = UNSET
    premium_since: datetime | UnsetType | None = UNSET
    communication_disabled_until: datetime | UnsetType | None = UNSET
    flags: int | UnsetType = UNSET
    pending: bool | UnsetType = UNSET
    deaf: bool | UnsetType = UNSET
    mute: bool | UnsetType = UNSET

    def merged(self, cached: MemberRecord | None) -> MemberPayload:
        """The full member: the sent fields over the cached ones."""
        base = cached if cached is not None else MemberRecord(user=self.user)
        return MemberPayload(
            user=self.user,
            nick=base.nick if self.nick is UNSET else self.nick,
            avatar=base.avatar if self.avatar is UNSET else self.avatar,
            banner=base.banner if self.banner is UNSET else self.banner,
            roles=self.roles,
            joined_at=base.joined_at if self.joined_at is UNSET else self.joined_at,
            premium_since=base.premium_since if self.premium_since is UNSET else self.premium_since,
            communication_disabled_until=(
                base.communication_disabled_until
                if self.communication_disabled_until is UNSET
                else self.communication_disabled_until
            ),
            flags=base.flags if self.flags is UNSET else self.flags,
            pending=base.pending if self.pending is UNSET else self.pending,
            deaf=base.deaf if self.deaf is UNSET else self.deaf,
            mute=base.mute if self.mute is UNSET else self.mute,
        )


class MemberRemove(msgspec.Struct):
    """GUILD_MEMBER_REMOVE."""

    guild_id: int
    user: UserRecord


class MembersChunk(msgspec.Struct):
    """GUILD_MEMBERS_CHUNK."""

    guild_id: int
    members: list[MemberPayload] = []
    presences: list[msgspec.Raw] = []
    chunk_index: int = 0
    chunk_count: int = 1
    nonce: str | None = None


class RoleEvent(msgspec.Struct):
    """GUILD_ROLE_CREATE and GUILD_ROLE_UPDATE."""

    guild_id: int
    role: RoleRecord


class RoleDelete(msgspec.Struct):
    """GUILD_ROLE_DELETE."""

    guild_id: int
    role_id: int


class EmojisUpdate(msgspec.Struct):
    """GUILD_EMOJIS_UPDATE: the guild's complete emoji list."""

    guild_id: int
    emojis: list[EmojiRecord]


class StickersUpdate(msgspec.Struct):
    """GUILD_STICKERS_UPDATE: the guild's complete sticker list."""

    guild_id: int
    stickers: list[StickerRecord]


class ThreadListSync(msgspec.Struct):
    """THREAD_LIST_SYNC: without `channel_ids` the list replaces every thread of the guild."""

    guild_id: int
    threads: list[ChannelRecord] = []
    channel_ids: list[int] | None = None


class ThreadMembersUpdate(msgspec.Struct):
    """THREAD_MEMBERS_UPDATE: only the thread's member count is cached."""

    id: int
    guild_id: int
    member_count: int = 0


class MessageDelete(msgspec.Struct):
    """MESSAGE_DELETE."""

    id: int
    channel_id: int
    guild_id: int | None = None


class MessageDeleteBulk(msgspec.Struct):
    """MESSAGE_DELETE_BULK."""

    ids: list[int]
    channel_id: int
    guild_id: int | None = None


class VoiceStatePayload(VoiceStateRecord):
    """VOICE_STATE_UPDATE: a voice state plus its guild; a null channel means the user left voice."""

    guild_id: int | None = None


_decoders: dict[type[object], msgspec.json.Decoder[object]] = {}


def decode(data: bytes | str | msgspec.Raw, tp: type[T]) -> T:
    """Decode event JSON into `tp`; ids arrive as strings, so decoding is lax about str → int."""
    decoder = _decoders.get(tp)
    if decoder is None:
        decoder = _decoders[tp] = msgspec.json.Decoder(tp, strict=False)
    result = decoder.decode(data)
    assert isinstance(result, tp)
    return result


def coerce(payload: object, tp: type[T]) -> T:
    """Accept raw JSON, a decoded mapping, a generated model or `tp` itself, and return a `tp`.

    Anything but JSON goes through JSON once: generated models then lose their `UNSET` fields (so the
    record's defaults apply) and take exactly the path a raw dispatch takes.
    """
    if isinstance(payload, tp):
        return payload
    if isinstance(payload, bytes | str | msgspec.Raw):  # Raw: a shard's view of its frame, decoded in place
        return decode(payload, tp)
    if isinstance(payload, memoryview | bytearray):
        return decode(bytes(payload), tp)
    return decode(msgspec.json.encode(payload, enc_hook=_plain), tp)


def presences(raw: Iterable[msgspec.Raw]) -> list[PresencePayload]:
    """Decode presences one by one, skipping malformed ones.

    Discord does not validate presence fields (gateway-events.mdx), so one odd activity must cost that
    presence, not the guild it arrived with.
    """
    decoded: list[PresencePayload] = []
    for item in raw:
        try:
            decoded.append(decode(item, PresencePayload))
        except msgspec.ValidationError as exc:
            log.debug("skipped a malformed presence: %s", exc)
    return decoded


def _plain(value: object) -> object:
    """Int subclasses (`Snowflake`, flag enums) become plain ints for the cache's records."""
    if isinstance(value, int):
        return int(value)
    raise NotImplementedError(f"cannot cache a {type(value).__name__}")
