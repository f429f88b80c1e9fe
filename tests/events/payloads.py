"""Gateway event bodies for the event tests and the dispatch benchmark, shaped like what Discord sends."""

from __future__ import annotations

from typing import Any

import msgspec

USER: dict[str, Any] = {
    "id": "53908099506183680",
    "username": "mason",
    "discriminator": "0",
    "global_name": "Mason",
    "avatar": "a_bab14f271d565501444b2ca3be944b25",
    "public_flags": 64,
    "primary_guild": None,
    "avatar_decoration_data": None,
    "collectibles": None,
}

MEMBER: dict[str, Any] = {
    "roles": ["41771983423143936", "41771983423143937"],
    "nick": None,
    "avatar": None,
    "banner": None,
    "joined_at": "2021-05-01T12:00:00.000000+00:00",
    "premium_since": None,
    "deaf": False,
    "mute": False,
    "flags": 0,
    "pending": False,
    "communication_disabled_until": None,
}


def mentioned(user_id: str, name: str) -> dict[str, Any]:
    return {**USER, "id": user_id, "username": name, "global_name": name.title(), "member": MEMBER}


MESSAGE_CREATE: dict[str, Any] = {
    "type": 19,
    "tts": False,
    "timestamp": "2026-07-18T17:27:07.299000+00:00",
    "pinned": False,
    "nonce": "1272861939937525760",
    "mentions": [mentioned("80351110224678912", "nelly"), mentioned("80351110224678913", "jake")],
    "mention_roles": ["41771983423143936"],
    "mention_everyone": False,
    "member": MEMBER,
    "id": "1272861940834795521",
    "flags": 0,
    "embeds": [
        {
            "type": "rich",
            "title": "Release notes",
            "description": "What changed this week",
            "color": 5793266,
            "author": {"name": "echord", "url": "https://example.com"},
            "footer": {"text": "weekly"},
            "fields": [
                {"name": "a", "value": "1", "inline": True},
                {"name": "b", "value": "2", "inline": True},
            ],
        }
    ],
    "edited_timestamp": None,
    "content": "hello <@80351110224678912> and <@80351110224678913>",
    "components": [
        {
            "type": 1,
            "id": 1,
            "components": [
                {"type": 2, "id": 2, "style": 1, "label": "Yes", "custom_id": "yes"},
                {"type": 2, "id": 3, "style": 4, "label": "No", "custom_id": "no"},
            ],
        }
    ],
    "channel_type": 0,
    "channel_id": "290926798999357250",
    "author": USER,
    "attachments": [
        {
            "id": "1272861940566364212",
            "filename": "notes.txt",
            "size": 1234,
            "url": "https://cdn.discordapp.com/attachments/1/2/notes.txt",
            "proxy_url": "https://media.discordapp.net/attachments/1/2/notes.txt",
            "content_type": "text/plain; charset=utf-8",
        }
    ],
    "message_reference": {"type": 0, "channel_id": "290926798999357250", "message_id": "1272861939937525760"},
    "referenced_message": None,
    "reactions": [
        {
            "count": 1,
            "count_details": {"burst": 0, "normal": 1},
            "me": False,
            "me_burst": False,
            "emoji": {"id": None, "name": "🔥"},
            "burst_colors": [],
        }
    ],
    "guild_id": "41771983423143937",
}

MESSAGE_CREATE_BYTES = msgspec.json.encode(MESSAGE_CREATE)


def encode(body: object) -> bytes:
    return msgspec.json.encode(body)
