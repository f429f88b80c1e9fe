"""Message methods send the right route and body, and return the right structure."""

from __future__ import annotations

import json
from urllib.parse import unquote

import httpx
import pytest
import respx

from echord.managers import Managers
from echord.structures import Message, Thread, User

from .payloads import CHANNEL_ID, GUILD_ID, USER_ID, message, thread, user


def body_of(route: respx.Route) -> dict[str, object]:
    result: dict[str, object] = json.loads(route.calls.last.request.content)
    return result


@pytest.fixture
def msg(hub: Managers) -> Message:
    return Message.partial(hub, CHANNEL_ID, 1, guild_id=GUILD_ID)


async def test_reply_references_the_message(msg: Message, api: respx.MockRouter) -> None:
    route = api.post(f"/channels/{CHANNEL_ID}/messages").mock(
        return_value=httpx.Response(200, json=message(2, content="pong"))
    )
    reply = await msg.reply("pong", mention_author=False)
    assert isinstance(reply, Message) and reply.content == "pong" and reply.guild_id == GUILD_ID
    body = body_of(route)
    assert body["content"] == "pong"
    assert body["message_reference"] == {
        "message_id": "1",
        "channel_id": str(CHANNEL_ID),
        "guild_id": str(GUILD_ID),
        "fail_if_not_exists": True,
    }
    assert body["allowed_mentions"] == {"parse": ["users", "roles", "everyone"], "replied_user": False}


async def test_edit_sends_only_given_fields_and_toggles_suppress(msg: Message, api: respx.MockRouter) -> None:
    route = api.patch(f"/channels/{CHANNEL_ID}/messages/1").mock(
        return_value=httpx.Response(200, json=message(1, content="new", flags=4))
    )
    edited = await msg.edit("new", suppress_embeds=True)
    assert body_of(route) == {"content": "new", "flags": 4}
    assert edited.content == "new" and edited.id == 1


async def test_edit_none_clears_embeds(msg: Message, api: respx.MockRouter) -> None:
    route = api.patch(f"/channels/{CHANNEL_ID}/messages/1").mock(
        return_value=httpx.Response(200, json=message())
    )
    await msg.edit(embeds=None)
    assert body_of(route) == {"embeds": None}


async def test_delete_sends_the_reason_header(msg: Message, api: respx.MockRouter) -> None:
    route = api.delete(f"/channels/{CHANNEL_ID}/messages/1").mock(return_value=httpx.Response(204))
    await msg.delete(reason="spam & eggs")
    assert unquote(route.calls.last.request.headers["X-Audit-Log-Reason"]) == "spam & eggs"


@pytest.mark.parametrize(
    ("emoji", "encoded"),
    [
        ("🔥", "%F0%9F%94%A5"),
        ("blob:123", "blob%3A123"),
        ("<a:blob:123>", "blob%3A123"),
        ("<:blob:123>", "blob%3A123"),
    ],
)
async def test_add_reaction_names_the_emoji(
    msg: Message, api: respx.MockRouter, emoji: str, encoded: str
) -> None:
    route = api.put(f"/channels/{CHANNEL_ID}/messages/1/reactions/{encoded}/@me").mock(
        return_value=httpx.Response(204)
    )
    await msg.add_reaction(emoji)
    assert route.call_count == 1


async def test_remove_reactions(msg: Message, api: respx.MockRouter) -> None:
    mine = api.delete(f"/channels/{CHANNEL_ID}/messages/1/reactions/x%3A5/@me").mock(
        return_value=httpx.Response(204)
    )
    theirs = api.delete(f"/channels/{CHANNEL_ID}/messages/1/reactions/x%3A5/{USER_ID}").mock(
        return_value=httpx.Response(204)
    )
    every = api.delete(f"/channels/{CHANNEL_ID}/messages/1/reactions").mock(return_value=httpx.Response(204))
    await msg.remove_reaction("x:5")
    await msg.remove_reaction("x:5", USER_ID)
    await msg.clear_reactions()
    assert (mine.call_count, theirs.call_count, every.call_count) == (1, 1, 1)


async def test_pin_unpin_crosspost(msg: Message, api: respx.MockRouter) -> None:
    pin = api.put(f"/channels/{CHANNEL_ID}/messages/pins/1").mock(return_value=httpx.Response(204))
    unpin = api.delete(f"/channels/{CHANNEL_ID}/messages/pins/1").mock(return_value=httpx.Response(204))
    cross = api.post(f"/channels/{CHANNEL_ID}/messages/1/crosspost").mock(
        return_value=httpx.Response(200, json=message(1, flags=1))
    )
    await msg.pin()
    await msg.unpin()
    published = await msg.crosspost()
    assert (pin.call_count, unpin.call_count, cross.call_count) == (1, 1, 1)
    assert int(published.flags) == 1


async def test_reaction_users_pages_after_the_highest_id(msg: Message, api: respx.MockRouter) -> None:
    pages = [[user(i) for i in range(1, 101)], [user(i) for i in range(101, 131)]]
    route = api.get(f"/channels/{CHANNEL_ID}/messages/1/reactions/%F0%9F%91%8D").mock(
        side_effect=[httpx.Response(200, json=p) for p in pages]
    )
    users = [u async for u in msg.reaction_users("👍", limit=None)]
    assert [int(u.id) for u in users] == list(range(1, 131)) and all(isinstance(u, User) for u in users)
    first, second = (dict(c.request.url.params) for c in route.calls)
    assert first == {"limit": "100", "type": "0"}
    assert second == {"limit": "100", "type": "0", "after": "100"}


async def test_reaction_users_limit_shrinks_the_last_request(msg: Message, api: respx.MockRouter) -> None:
    route = api.get(f"/channels/{CHANNEL_ID}/messages/1/reactions/a%3A1").mock(
        side_effect=[
            httpx.Response(200, json=[user(i) for i in range(1, 101)]),
            httpx.Response(200, json=[user(i) for i in range(101, 106)]),
        ]
    )
    users = await msg.reaction_users("a:1", limit=105).flatten()
    assert len(users) == 105
    assert route.calls.last.request.url.params["limit"] == "5"


async def test_create_thread_from_message(msg: Message, api: respx.MockRouter) -> None:
    route = api.post(f"/channels/{CHANNEL_ID}/messages/1/threads").mock(
        return_value=httpx.Response(201, json=thread(500))
    )
    created = await msg.create_thread("talk", auto_archive_duration=60)
    assert isinstance(created, Thread) and created.id == 500 and created.parent_id == CHANNEL_ID
    assert body_of(route) == {"name": "talk", "auto_archive_duration": 60}


async def test_fields_and_jump_url(hub: Managers) -> None:
    from echord._generated import models as m
    from echord._support import decode_json

    data = decode_json(json.dumps(message(7, content="x", pinned=True)), m.MessageResponse)
    msg = Message(hub, data, guild_id=GUILD_ID)
    assert msg.pinned and msg.author.name == "alice" and msg.attachments == []
    assert msg.jump_url == f"https://discord.com/channels/{GUILD_ID}/{CHANNEL_ID}/7"
    assert Message(hub, data).jump_url == f"https://discord.com/channels/@me/{CHANNEL_ID}/7"
    assert msg == Message.partial(hub, CHANNEL_ID, 7) and hash(msg) == hash(
        Message.partial(hub, CHANNEL_ID, 7)
    )


async def test_message_channel_sends_without_a_lookup(msg: Message, api: respx.MockRouter) -> None:
    route = api.post(f"/channels/{CHANNEL_ID}/messages").mock(
        return_value=httpx.Response(200, json=message(9))
    )
    sent = await msg.channel.send("same channel")
    assert sent.guild_id == GUILD_ID and body_of(route) == {"content": "same channel"}
    assert len(api.calls) == 1


async def test_member_send_opens_a_dm(hub: Managers, api: respx.MockRouter) -> None:
    from echord.structures import Member

    api.post("/users/@me/channels").mock(
        return_value=httpx.Response(200, json={"id": "42", "type": 1, "flags": 0, "recipients": [user()]})
    )
    route = api.post("/channels/42/messages").mock(
        return_value=httpx.Response(200, json=message(1, channel_id=42))
    )
    await Member.partial(hub, GUILD_ID, USER_ID).send("hi there")
    assert body_of(route) == {"content": "hi there"}
