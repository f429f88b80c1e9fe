"""Cache records to generated models, and generated models to the payloads the cache updater takes.

Structures wrap generated models; the cache keeps slim records with Discord's field names. A record becomes
a model through builtins (the few fields whose wire type differs, permissions as decimal strings, are fixed
on the way); fields a record does not keep are left UNSET in the model.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

import msgspec

from echord._generated import events as ev
from echord._generated import models as m
from echord._support import Snowflake, encode_json
from echord.cache import (
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
from echord.structures.channel import ChannelData

__all__ = [
    "channel_model",
    "emoji_model",
    "guild_model",
    "member_model",
    "message_model",
    "payload",
    "presence_model",
    "reshape",
    "role_model",
    "sticker_model",
    "user_model",
    "voice_state_model",
]

T = TypeVar("T")


def _hook(tp: type[object], value: object) -> object:
    if tp is Snowflake and isinstance(value, int | str):
        return Snowflake(value)
    raise TypeError(f"cannot convert {type(value).__name__} to {tp}")


def _convert(raw: object, tp: type[T]) -> T:
    return msgspec.convert(raw, tp, dec_hook=_hook, strict=False)


def _builtins(record: msgspec.Struct) -> dict[str, Any]:
    raw: dict[str, Any] = msgspec.to_builtins(record)
    return raw


def _strip(value: Any, keep: frozenset[str]) -> Any:
    """`value` without null fields (a record's None is "not known"; most models take UNSET for that),
    except the keys in `keep`, which the model types as nullable."""
    if isinstance(value, dict):
        return {k: _strip(v, keep) for k, v in value.items() if v is not None or k in keep}
    if isinstance(value, list | tuple):
        return [_strip(v, keep) for v in value]
    return value


def payload(model: object, **extra: object) -> dict[str, Any]:
    """A generated model as the decoded-JSON mapping an updater method takes, plus `extra` keys."""
    raw: dict[str, Any] = msgspec.json.decode(encode_json(model))
    raw.update(extra)
    return raw


def reshape(model: object, tp: type[T]) -> T:
    """A generated model as another model with the same wire fields (`UserPIIResponse` as `UserResponse`)."""
    return _convert(payload(model), tp)


def _user_raw(record: UserRecord) -> dict[str, Any]:
    raw = _builtins(record)
    raw.setdefault("flags", raw.get("public_flags", 0))
    return raw


def user_model(record: UserRecord) -> m.UserResponse:
    """A cached user as a `UserResponse`."""
    return _convert(_user_raw(record), m.UserResponse)


def member_model(record: MemberRecord) -> m.GuildMemberResponse:
    """A cached member as a `GuildMemberResponse` (extras flattened, as Discord sends them).

    A member cached without a join time (seen only as a message author) leaves `joined_at` UNSET.
    """
    raw: dict[str, Any] = {
        "user": _user_raw(record.user),
        "nick": record.nick,
        "roles": list(record.roles),
        "joined_at": record.joined_at.isoformat() if record.joined_at else None,
        "flags": record.flags,
        "avatar": record.avatar,
        "banner": record.banner,
        "premium_since": record.premium_since.isoformat() if record.premium_since else None,
        "communication_disabled_until": (
            record.communication_disabled_until.isoformat() if record.communication_disabled_until else None
        ),
        "pending": record.pending,
        "deaf": record.deaf,
        "mute": record.mute,
    }
    if raw["joined_at"] is None:
        del raw["joined_at"]
    return _convert(raw, m.GuildMemberResponse)


def _role_raw(record: RoleRecord) -> dict[str, Any]:
    raw = _builtins(record)
    raw["permissions"] = str(record.permissions)
    return raw


def role_model(record: RoleRecord) -> m.GuildRoleResponse:
    """A cached role as a `GuildRoleResponse` (permissions back to a decimal string)."""
    return _convert(_role_raw(record), m.GuildRoleResponse)


def emoji_model(record: EmojiRecord) -> m.EmojiResponse:
    """A cached emoji as an `EmojiResponse` (a nameless one leaves `name` UNSET)."""
    return _convert(_strip(_builtins(record), frozenset()), m.EmojiResponse)


def sticker_model(record: StickerRecord, guild_id: int) -> m.GuildStickerResponse:
    """A cached guild sticker as a `GuildStickerResponse`."""
    raw = _builtins(record)
    raw.pop("type", None)
    raw["guild_id"] = guild_id
    return _convert(raw, m.GuildStickerResponse)


def guild_model(
    record: GuildRecord,
    roles: Sequence[RoleRecord] = (),
    emojis: Sequence[EmojiRecord] = (),
    stickers: Sequence[StickerRecord] = (),
) -> m.GuildResponse:
    """A cached guild, with its cached roles, emojis and stickers, as a `GuildResponse`."""
    raw: dict[str, Any] = _strip(_builtins(record), frozenset())
    for key in ("unavailable", "member_count", "large", "joined_at"):
        raw.pop(key, None)
    raw["roles"] = [_role_raw(r) for r in roles]
    raw["emojis"] = [_strip(_builtins(e), frozenset()) for e in emojis]
    sticker_raw = []
    for sticker in stickers:
        item = _builtins(sticker)
        item.pop("type", None)
        item["guild_id"] = record.id
        sticker_raw.append(item)
    raw["stickers"] = sticker_raw
    return _convert(raw, m.GuildResponse)


_GUILD_CHANNEL_MODELS: dict[int, type[m.GuildChannelResponse]] = {
    0: m.GuildChannelResponseGuildText,
    2: m.GuildChannelResponseGuildVoice,
    4: m.GuildChannelResponseGuildCategory,
    5: m.GuildChannelResponseGuildAnnouncement,
    13: m.GuildChannelResponseGuildStageVoice,
    14: m.GuildChannelResponseGuildDirectory,
    15: m.GuildChannelResponseGuildForum,
}
_THREAD_MODELS: dict[int, type[m.ThreadResponse]] = {
    10: m.ThreadResponseAnnouncementThread,
    11: m.ThreadResponsePublicThread,
    12: m.ThreadResponsePrivateThread,
}


def channel_model(record: ChannelRecord) -> ChannelData:
    """A cached channel or thread as the generated model of its type (unknown types keep the raw fields)."""
    raw: dict[str, Any] = _strip(_builtins(record), frozenset({"archive_timestamp"}))
    raw["permission_overwrites"] = [
        {"id": ow.id, "type": ow.type, "allow": str(ow.allow), "deny": str(ow.deny)}
        for ow in record.permission_overwrites
    ]
    kind = record.type
    guild_model_type = _GUILD_CHANNEL_MODELS.get(kind)
    if guild_model_type is not None:
        raw.pop("type")
        return _convert(raw, guild_model_type)
    thread_model_type = _THREAD_MODELS.get(kind)
    if thread_model_type is not None:
        raw.pop("type")
        return _convert(raw, thread_model_type)
    if kind == 1:
        raw.pop("type")
        return _convert(raw, m.PrivateChannelResponse)
    return m.UnknownTypeInt(data=raw)


def message_model(record: MessageRecord) -> m.MessageResponse:
    """A cached message as a `MessageResponse` (embeds, components and reactions are not cached)."""
    raw: dict[str, Any] = _strip(_builtins(record), frozenset({"edited_timestamp"}))
    raw["author"] = _user_raw(record.author)
    raw.pop("guild_id", None)
    raw.setdefault("embeds", [])
    raw.setdefault("components", [])
    raw.setdefault("mentions", [])
    return _convert(raw, m.MessageResponse)


def presence_model(record: PresenceRecord, guild_id: int | None) -> ev.Presence:
    """A cached presence as the gateway's `Presence` (activities keep only what the cache keeps)."""
    raw: dict[str, Any] = _strip(_builtins(record), frozenset())
    raw["user"] = {"id": raw.pop("user_id")}
    if guild_id is not None:
        raw["guild_id"] = guild_id
    return _convert(raw, ev.Presence)


def voice_state_model(record: VoiceStateRecord, guild_id: int | None) -> m.VoiceStateResponse:
    """A cached voice state as a `VoiceStateResponse`."""
    raw = _builtins(record)
    raw["guild_id"] = guild_id
    return _convert(raw, m.VoiceStateResponse)
