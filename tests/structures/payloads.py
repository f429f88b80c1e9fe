"""Discord-shaped JSON payloads for structure and manager tests (ids as strings, as Discord sends them)."""

from __future__ import annotations

from typing import Any

API = "http://discord.test/api/v10"
TOKEN = "MTIzNDU2Nzg5.test-token"

GUILD_ID = 100
CHANNEL_ID = 200
USER_ID = 300
BOT_ID = 301
ROLE_ID = 400


def user(user_id: int = USER_ID, name: str = "alice", **extra: Any) -> dict[str, Any]:
    return {
        "id": str(user_id),
        "username": name,
        "avatar": None,
        "discriminator": "0",
        "public_flags": 0,
        "flags": 0,
        "global_name": None,
        **extra,
    }


def message(
    message_id: int = 1, channel_id: int = CHANNEL_ID, content: str = "hi", **extra: Any
) -> dict[str, Any]:
    return {
        "id": str(message_id),
        "channel_id": str(channel_id),
        "type": 0,
        "content": content,
        "author": user(),
        "attachments": [],
        "embeds": [],
        "mentions": [],
        "mention_roles": [],
        "pinned": False,
        "mention_everyone": False,
        "tts": False,
        "timestamp": "2026-07-18T12:00:00+00:00",
        "edited_timestamp": None,
        "flags": 0,
        "components": [],
        **extra,
    }


def member(user_id: int = USER_ID, roles: list[int] | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "user": user(user_id),
        "nick": None,
        "avatar": None,
        "banner": None,
        "roles": [str(r) for r in roles or []],
        "joined_at": "2026-01-01T00:00:00+00:00",
        "premium_since": None,
        "communication_disabled_until": None,
        "flags": 0,
        "pending": False,
        "deaf": False,
        "mute": False,
        **extra,
    }


def role(
    role_id: int = ROLE_ID, name: str = "mod", permissions: int = 0, position: int = 1
) -> dict[str, Any]:
    return {
        "id": str(role_id),
        "name": name,
        "permissions": str(permissions),
        "position": position,
        "color": 0,
        "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
        "hoist": False,
        "managed": False,
        "mentionable": False,
        "icon": None,
        "unicode_emoji": None,
        "flags": 0,
    }


def channel(
    channel_id: int = CHANNEL_ID, type: int = 0, name: str = "general", **extra: Any
) -> dict[str, Any]:
    return {
        "id": str(channel_id),
        "type": type,
        "guild_id": str(GUILD_ID),
        "name": name,
        "position": 0,
        "flags": 0,
        "permission_overwrites": [],
        "parent_id": None,
        **extra,
    }


def thread(thread_id: int = 500, parent_id: int = CHANNEL_ID, type: int = 11, **extra: Any) -> dict[str, Any]:
    return {
        "id": str(thread_id),
        "type": type,
        "guild_id": str(GUILD_ID),
        "parent_id": str(parent_id),
        "name": "a thread",
        "flags": 0,
        "owner_id": str(BOT_ID),
        "thread_metadata": {
            "archived": False,
            "archive_timestamp": "2026-07-18T12:00:00+00:00",
            "auto_archive_duration": 1440,
            "locked": False,
        },
        "message_count": 0,
        "member_count": 1,
        "total_message_sent": 0,
        **extra,
    }


def guild(
    guild_id: int = GUILD_ID, name: str = "Guild", roles: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    return {
        "id": str(guild_id),
        "name": name,
        "icon": None,
        "description": None,
        "home_header": None,
        "splash": None,
        "discovery_splash": None,
        "features": [],
        "banner": None,
        "owner_id": str(USER_ID),
        "application_id": None,
        "region": "deprecated",
        "afk_channel_id": None,
        "afk_timeout": 300,
        "system_channel_id": None,
        "system_channel_flags": 0,
        "widget_enabled": False,
        "widget_channel_id": None,
        "verification_level": 0,
        "roles": roles if roles is not None else [role(GUILD_ID, "@everyone", permissions=1024, position=0)],
        "default_message_notifications": 0,
        "mfa_level": 0,
        "explicit_content_filter": 0,
        "max_presences": None,
        "max_members": 500000,
        "max_stage_video_channel_users": 50,
        "max_video_channel_users": 25,
        "vanity_url_code": None,
        "premium_tier": 0,
        "premium_subscription_count": 0,
        "preferred_locale": "en-US",
        "rules_channel_id": None,
        "safety_alerts_channel_id": None,
        "public_updates_channel_id": None,
        "premium_progress_bar_enabled": False,
        "nsfw": False,
        "nsfw_level": 0,
        "emojis": [],
        "stickers": [],
        "incidents_data": None,
    }
