"""Serialise world records to the JSON shapes Discord sends (REST responses and gateway dispatches)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._json import JSONObject
from .models import Channel, ChannelType, Command, Emoji, Guild, Invite, Member, Message, Role, User, Webhook
from .permissions import Overwrite
from .snowflakes import iso_timestamp, snowflake_time

if TYPE_CHECKING:
    from .store import WorldStore


def user(record: User) -> JSONObject:
    data: JSONObject = {
        "id": str(record.id),
        "username": record.username,
        "avatar": record.avatar,
        "discriminator": "0",
        "public_flags": 0,
        "flags": 0,
        "global_name": record.global_name,
        "primary_guild": None,
    }
    if record.bot:
        data["bot"] = True
    return data


def current_user(record: User) -> JSONObject:
    """`GET /users/@me`: the user object with the fields only its owner sees."""
    return {**user(record), "mfa_enabled": False, "locale": "en-US", "verified": True}


def role(record: Role) -> JSONObject:
    data: JSONObject = {
        "id": str(record.id),
        "name": record.name,
        "permissions": str(record.permissions),
        "position": record.position,
        "color": record.color,
        "colors": {"primary_color": record.color, "secondary_color": None, "tertiary_color": None},
        "hoist": record.hoist,
        "managed": record.managed,
        "mentionable": record.mentionable,
        "icon": None,
        "unicode_emoji": None,
        "flags": 0,
    }
    if record.bot_id is not None:
        data["tags"] = {"bot_id": str(record.bot_id)}
    return data


def member(world: WorldStore, record: Member, *, with_user: bool = True) -> JSONObject:
    data: JSONObject = {
        "avatar": None,
        "banner": None,
        "communication_disabled_until": record.communication_disabled_until,
        "flags": 0,
        "joined_at": record.joined_at,
        "nick": record.nick,
        "pending": False,
        "premium_since": None,
        "roles": [str(r) for r in record.roles],
        "mute": record.mute,
        "deaf": record.deaf,
    }
    if with_user:
        data["user"] = user(world.users[record.user_id])
    return data


def overwrite(record: Overwrite) -> JSONObject:
    return {"id": str(record.id), "type": record.type, "allow": str(record.allow), "deny": str(record.deny)}


def channel(world: WorldStore, record: Channel) -> JSONObject:
    data: JSONObject = {"id": str(record.id), "type": record.type, "flags": record.flags}
    if record.last_message_id is not None:
        data["last_message_id"] = str(record.last_message_id)
    if record.last_pin_timestamp is not None:
        data["last_pin_timestamp"] = record.last_pin_timestamp
    if record.guild_id is None:
        data["recipients"] = [user(world.users[u]) for u in record.recipient_ids if u != world.bot.id]
        return data
    data.update(guild_id=str(record.guild_id), name=record.name or "", position=record.position)
    data["parent_id"] = None if record.parent_id is None else str(record.parent_id)
    if record.type in ChannelType.THREADS:
        data.update(
            owner_id=str(record.owner_id),
            thread_metadata={
                "archived": record.archived,
                "archive_timestamp": record.archive_timestamp,
                "auto_archive_duration": record.auto_archive_duration,
                "locked": record.locked,
                "create_timestamp": iso_timestamp(snowflake_time(record.id)),
                "invitable": record.invitable,
            },
            message_count=record.message_count,
            member_count=len(record.member_ids),
            total_message_sent=record.message_count,
            rate_limit_per_user=record.rate_limit_per_user,
            applied_tags=[str(t) for t in record.applied_tags],
        )
        return data
    data["permission_overwrites"] = [overwrite(o) for o in record.overwrites]
    data["nsfw"] = record.nsfw
    if record.type in (ChannelType.GUILD_VOICE, ChannelType.GUILD_STAGE_VOICE):
        data.update(bitrate=record.bitrate, user_limit=record.user_limit, rtc_region=None)
        data["rate_limit_per_user"] = record.rate_limit_per_user
    elif record.type != ChannelType.GUILD_CATEGORY:
        data.update(topic=record.topic, rate_limit_per_user=record.rate_limit_per_user)
    if record.type in (ChannelType.GUILD_FORUM, ChannelType.GUILD_MEDIA):
        data.update(available_tags=record.available_tags, default_reaction_emoji=None)
    return data


def emoji(world: WorldStore, record: Emoji) -> JSONObject:
    data: JSONObject = {
        "id": str(record.id),
        "name": record.name,
        "roles": [str(r) for r in record.roles],
        "require_colons": True,
        "managed": False,
        "animated": record.animated,
        "available": True,
    }
    if record.user_id is not None:
        data["user"] = user(world.users[record.user_id])
    return data


def guild(world: WorldStore, record: Guild) -> JSONObject:
    """The guild object as `GET /guilds/{id}` returns it."""
    return {
        "id": str(record.id),
        "name": record.name,
        "icon": record.icon,
        "description": record.description,
        "home_header": None,
        "splash": None,
        "discovery_splash": None,
        "features": list(record.features),
        "banner": None,
        "owner_id": str(record.owner_id),
        "application_id": None,
        "region": "deprecated",
        "afk_channel_id": None,
        "afk_timeout": 300,
        "system_channel_id": None if record.system_channel_id is None else str(record.system_channel_id),
        "system_channel_flags": 0,
        "widget_enabled": False,
        "widget_channel_id": None,
        "verification_level": 0,
        "roles": [role(r) for r in sorted(record.roles.values(), key=lambda r: (r.position, r.id))],
        "default_message_notifications": 0,
        "mfa_level": 0,
        "explicit_content_filter": 0,
        "max_presences": None,
        "max_members": 25000000,
        "max_stage_video_channel_users": 50,
        "max_video_channel_users": 25,
        "vanity_url_code": None,
        "premium_tier": 0,
        "premium_subscription_count": 0,
        "preferred_locale": record.preferred_locale,
        "rules_channel_id": None,
        "safety_alerts_channel_id": None,
        "public_updates_channel_id": None,
        "premium_progress_bar_enabled": False,
        "nsfw": False,
        "nsfw_level": 0,
        "emojis": [emoji(world, e) for e in record.emojis.values()],
        "stickers": [],
        "incidents_data": None,
    }


def guild_create(world: WorldStore, record: Guild, *, with_members: bool) -> JSONObject:
    """The GUILD_CREATE dispatch: the guild plus channels, threads, members and the gateway-only fields."""
    channels = [world.channels[c] for c in record.channel_ids]
    bot_member = record.members.get(world.bot.id)
    members = list(record.members.values()) if with_members else [m for m in (bot_member,) if m is not None]
    data = guild(world, record)
    data.update(
        joined_at=bot_member.joined_at if bot_member else iso_timestamp(),
        large=len(record.members) > 250,
        unavailable=False,
        member_count=len(record.members),
        voice_states=[],
        members=[member(world, m) for m in members],
        channels=[channel(world, c) for c in channels if c.type not in ChannelType.THREADS],
        threads=[channel(world, c) for c in channels if c.type in ChannelType.THREADS and not c.archived],
        presences=[],
        stage_instances=[],
        guild_scheduled_events=[],
        soundboard_sounds=[],
    )
    return data


def reactions(world: WorldStore, record: Message) -> list[JSONObject]:
    out: list[JSONObject] = []
    for key, users in record.reactions.items():
        name, _, emoji_id = key.partition(":")
        out.append(
            {
                "emoji": {"id": emoji_id or None, "name": name},
                "count": len(users),
                "count_details": {"burst": 0, "normal": len(users)},
                "burst_colors": [],
                "me_burst": False,
                "me": world.bot.id in users,
            }
        )
    return out


def message(world: WorldStore, record: Message) -> JSONObject:
    data: JSONObject = {
        "type": record.type,
        "content": record.content,
        "mentions": [user(world.users[u]) for u in record.mention_ids if u in world.users],
        "mention_roles": [str(r) for r in record.mention_roles],
        "attachments": list(record.attachments),
        "embeds": list(record.embeds),
        "timestamp": record.timestamp,
        "edited_timestamp": record.edited_timestamp,
        "flags": record.flags,
        "components": list(record.components),
        "id": str(record.id),
        "channel_id": str(record.channel_id),
        "author": user(world.users[record.author_id]),
        "pinned": record.pinned,
        "mention_everyone": record.mention_everyone,
        "tts": record.tts,
    }
    if record.reactions:
        data["reactions"] = reactions(world, record)
    if record.nonce is not None:
        data["nonce"] = record.nonce
    if record.webhook_id is not None:
        data["webhook_id"] = str(record.webhook_id)
    if record.application_id is not None:
        data["application_id"] = str(record.application_id)
    if record.message_reference is not None:
        data["message_reference"] = record.message_reference
    if record.interaction_id is not None:
        interaction = world.interactions.get(record.interaction_id)
        if interaction is not None:
            data["interaction_metadata"] = {
                "id": str(interaction.id),
                "type": interaction.type,
                "user": user(world.users[interaction.user_id]),
                "authorizing_integration_owners": {"0": str(interaction.guild_id or 0)},
            }
    return data


def message_event(world: WorldStore, record: Message) -> JSONObject:
    """MESSAGE_CREATE/UPDATE: the message plus `guild_id` and the author's partial member."""
    data = message(world, record)
    if record.guild_id is not None:
        data["guild_id"] = str(record.guild_id)
        author_member = world.guilds[record.guild_id].members.get(record.author_id)
        if author_member is not None:
            data["member"] = member(world, author_member, with_user=False)
    return data


def webhook(world: WorldStore, record: Webhook, *, with_token: bool = True) -> JSONObject:
    data: JSONObject = {
        "application_id": None if record.application_id is None else str(record.application_id),
        "avatar": record.avatar,
        "channel_id": str(record.channel_id),
        "id": str(record.id),
        "name": record.name,
        "type": record.type,
    }
    if record.guild_id is not None:
        data["guild_id"] = str(record.guild_id)
    if record.user_id is not None:
        data["user"] = user(world.users[record.user_id])
    if with_token and record.type == 1:
        data["token"] = record.token
        data["url"] = f"https://discord.com/api/webhooks/{record.id}/{record.token}"
    return data


def invite(world: WorldStore, record: Invite) -> JSONObject:
    guild_record = world.guilds[record.guild_id]
    channel_record = world.channels[record.channel_id]
    return {
        "type": 0,
        "code": record.code,
        "inviter": user(world.users[record.inviter_id]),
        "max_age": record.max_age,
        "created_at": record.created_at,
        "expires_at": None,
        "guild": {
            "id": str(guild_record.id),
            "name": guild_record.name,
            "icon": guild_record.icon,
            "description": guild_record.description,
            "home_header": None,
            "splash": None,
            "banner": None,
            "features": list(guild_record.features),
            "verification_level": 0,
            "vanity_url_code": None,
            "nsfw_level": 0,
            "nsfw": False,
            "premium_subscription_count": 0,
        },
        "guild_id": str(guild_record.id),
        "channel": {"id": str(channel_record.id), "type": channel_record.type, "name": channel_record.name},
        "uses": record.uses,
        "max_uses": record.max_uses,
        "temporary": record.temporary,
    }


def command(record: Command) -> JSONObject:
    data: JSONObject = {
        "id": str(record.id),
        "application_id": str(record.application_id),
        "version": str(record.version),
        "default_member_permissions": (
            None if record.default_member_permissions is None else str(record.default_member_permissions)
        ),
        "type": record.type,
        "name": record.name,
        "name_localizations": record.name_localizations,
        "description": record.description,
        "description_localizations": record.description_localizations,
        "nsfw": record.nsfw,
        "integration_types": list(record.integration_types),
        "contexts": record.contexts,
    }
    if record.guild_id is not None:
        data["guild_id"] = str(record.guild_id)
    else:
        data["dm_permission"] = True
    if record.options:
        data["options"] = record.options
    return data
