"""Messages: reply, edit, delete, reactions and pins send the right route and body."""

from __future__ import annotations

import json

import httpx
import respx

from echord.managers import Managers
from echord.structures import Message

from .payloads import CHANNEL_ID, GUILD_ID, message


async def test_reply_references_the_message(hub: Managers, api: respx.MockRouter) -> None:
    route = api.post(f"/channels/{CHANNEL_ID}/messages").mock(
        return_value=httpx.Response(200, json=message(2, content="pong"))
    )
    original = Message.partial(hub, CHANNEL_ID, 1, guild_id=GUILD_ID)
    reply = await original.reply("pong", mention_author=False)
    assert isinstance(reply, Message) and reply.content == "pong" and reply.guild_id == GUILD_ID
    body = json.loads(route.calls.last.request.content)
    assert body["content"] == "pong"
    assert body["message_reference"] == {
        "message_id": "1",
        "channel_id": str(CHANNEL_ID),
        "guild_id": str(GUILD_ID),
        "fail_if_not_exists": True,
    }
    assert body["allowed_mentions"]["replied_user"] is False
