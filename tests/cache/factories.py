"""Gateway payloads shaped like Discord's (ids as strings, ISO timestamps), as JSON bytes."""

from __future__ import annotations

import json

GUILD = 1_000_000_000_000_000_001
OTHER_GUILD = 1_000_000_000_000_000_002
ROLE_A = 2_000_000_000_000_000_001
ROLE_B = 2_000_000_000_000_000_002
TEXT = 3_000_000_000_000_000_001
VOICE = 3_000_000_000_000_000_002
THREAD = 3_000_000_000_000_000_101
THREAD_2 = 3_000_000_000_000_000_102
BOT = 4_000_000_000_000_000_000


def user_id(n: int) -> int:
    return 5_000_000_000_000_000_000 + n


def dumps(payload: object) -> bytes:
    return json.dumps(payload).encode()


def user(n: int, **fields: object) -> dict[str, object]:
    return {
        "id": str(user_id(n)),
        "username": f"user{n}",
        "discriminator": "0",
        "global_name": None,
        "avatar": None,
        "public_flags": 0,
        **fields,
    }


def member(n: int, roles: tuple[int, ...] = (ROLE_A,), **fields: object) -> dict[str, object]:
    return {
        "user": user(n),
        "nick": None,
        "avatar": None,
        "roles": [str(r) for r in roles],
        "joined_at": "2024-01-02T03:04:05.678900+00:00",
        "premium_since": None,
        "deaf": False,
        "mute": False,
        "flags": 0,
        **fields,
    }


def role(role_id: int, name: str = "role", **fields: object) -> dict[str, object]:
    return {"id": str(role_id), "name": name, "color": 0, "position": 1, "permissions": "8", **fields}


def channel(channel_id: int, guild_id: int | None = GUILD, **fields: object) -> dict[str, object]:
    data: dict[str, object] = {"id": str(channel_id), "type": 0, "name": "general", "position": 0, **fields}
    if guild_id is not None:
        data["guild_id"] = str(guild_id)
    return data


def thread(
    thread_id: int, parent_id: int = TEXT, guild_id: int = GUILD, **fields: object
) -> dict[str, object]:
    return {
        "id": str(thread_id),
        "type": 11,
        "guild_id": str(guild_id),
        "parent_id": str(parent_id),
        "owner_id": str(user_id(1)),
        "name": f"thread {thread_id}",
        "thread_metadata": {"archived": False, "auto_archive_duration": 60, "locked": False},
        "member_count": 1,
        "message_count": 0,
        **fields,
    }


def guild(
    guild_id: int = GUILD,
    members: list[dict[str, object]] | None = None,
    **fields: object,
) -> bytes:
    members = members if members is not None else [member(n) for n in range(3)]
    return dumps(
        {
            "id": str(guild_id),
            "name": "test guild",
            "owner_id": str(user_id(0)),
            "member_count": len(members),
            "large": False,
            "joined_at": "2024-01-01T00:00:00+00:00",
            "roles": [role(guild_id, "@everyone"), role(ROLE_A, "a"), role(ROLE_B, "b")],
            "emojis": [{"id": "6000000000000000001", "name": "wave", "roles": []}],
            "stickers": [],
            "members": members,
            "channels": [channel(TEXT, None), channel(VOICE, None, type=2, name="voice")],
            "threads": [thread(THREAD, guild_id=guild_id)],
            "presences": [
                {
                    "user": {"id": str(user_id(0))},
                    "status": "online",
                    "activities": [{"name": "chess", "type": 0}],
                }
            ],
            "voice_states": [{"user_id": str(user_id(1)), "channel_id": str(VOICE), "session_id": "s"}],
            **fields,
        }
    )


def message(message_id: int, author: int = 1, channel_id: int = TEXT, **fields: object) -> bytes:
    return dumps(
        {
            "id": str(message_id),
            "channel_id": str(channel_id),
            "guild_id": str(GUILD),
            "author": user(author),
            "content": "hello",
            "timestamp": "2024-05-06T07:08:09.000000+00:00",
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "pinned": False,
            "type": 0,
            **fields,
        }
    )
