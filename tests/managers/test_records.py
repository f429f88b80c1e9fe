"""Cache records become generated models even when the cache holds less than Discord sends."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import cast

from echord._generated import models as m
from echord._support import UNSET, Snowflake
from echord.cache import (
    ActivityRecord,
    AttachmentRecord,
    Cache,
    CachePolicy,
    ChannelRecord,
    EmojiRecord,
    GuildRecord,
    MemberRecord,
    MessageRecord,
    OverwriteRecord,
    PresenceRecord,
    RoleRecord,
    StorePolicy,
    ThreadMetadataRecord,
    UserRecord,
    VoiceStateRecord,
)
from echord.managers import Managers
from echord.managers import _records as records
from echord.rest import RESTClient


def test_sparse_records_convert() -> None:
    guild = records.guild_model(GuildRecord(id=1), emojis=[EmojiRecord(id=2)])
    # required fields the cache does not keep are UNSET (typed loosely as ABSENT in the models)
    assert (
        guild.id == 1
        and cast(object, guild.owner_id) is UNSET
        and cast(object, guild.emojis[0].name) is UNSET
    )
    member = records.member_model(MemberRecord(user=UserRecord(id=3)))
    assert member.user.id == 3 and cast(object, member.joined_at) is UNSET and member.roles == []
    message = records.message_model(
        MessageRecord(id=4, channel_id=5, author=UserRecord(id=3), attachments=(AttachmentRecord(1, "f"),))
    )
    assert message.attachments[0].content_type is UNSET and message.edited_timestamp is None


def test_permissions_and_overwrites_become_strings() -> None:
    role = records.role_model(RoleRecord(id=1, permissions=8))
    assert role.permissions == "8"
    text = records.channel_model(
        ChannelRecord(id=9, type=0, guild_id=1, permission_overwrites=(OverwriteRecord(1, 0, allow=1024),))
    )
    assert isinstance(text, m.GuildChannelResponseGuildText)
    overwrite = m.ChannelPermissionOverwriteResponse(id=Snowflake(1), type=0, allow="1024", deny="0")
    assert text.permission_overwrites == [overwrite]


def test_channel_types_choose_their_models() -> None:
    thread = records.channel_model(
        ChannelRecord(
            id=9, type=12, guild_id=1, owner_id=2, thread_metadata=ThreadMetadataRecord(archived=True)
        )
    )
    assert (
        isinstance(thread, m.ThreadResponsePrivateThread) and thread.thread_metadata.archive_timestamp is None
    )
    media = records.channel_model(ChannelRecord(id=9, type=16, guild_id=1, name="m"))
    assert isinstance(media, m.UnknownTypeInt) and media.data["type"] == 16
    dm = records.channel_model(ChannelRecord(id=9, type=1))
    assert isinstance(dm, m.PrivateChannelResponse)


async def test_presence_and_voice_state_from_the_cache(rest: RESTClient) -> None:
    cache = Cache(CachePolicy(presences=StorePolicy()))
    hub = Managers(rest, cache)
    presence = PresenceRecord(user_id=3, status="idle", activities=(ActivityRecord("chess", 0),))
    await cache.presences.set(1, 3, presence)
    await cache.voice_states.set(
        1,
        3,
        VoiceStateRecord(
            user_id=3, channel_id=7, self_mute=True, request_to_speak_timestamp=datetime.now(UTC)
        ),
    )
    got = await hub.members.get_presence(1, 3)
    assert got is not None and got.status == "idle" and [a.name for a in got.activities] == ["chess"]
    voice = await hub.members.get_voice_state(1, 3)
    assert voice is not None and voice.channel_id == 7 and voice.muted and not voice.deafened
    assert await hub.members.get_presence(1, 4) is None
