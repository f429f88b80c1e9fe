"""Channels: the class chosen from the type, sending, typing, threads, forum posts, overwrites."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
import respx

from echord._generated import models as m
from echord._support import File, decode_json
from echord.managers import Managers
from echord.structures import (
    AllowedMentions,
    AnnouncementChannel,
    CategoryChannel,
    DirectoryChannel,
    DMChannel,
    Embed,
    ForumChannel,
    GroupDMChannel,
    MediaChannel,
    Message,
    Role,
    StageChannel,
    TextChannel,
    Thread,
    UnknownChannel,
    VoiceChannel,
    channel_from,
    messageable,
)

from .payloads import CHANNEL_ID, GUILD_ID, ROLE_ID, USER_ID, channel, message, thread, user

Union = m.GuildChannelResponse | m.PrivateChannelResponse | m.PrivateGroupChannelResponse | m.ThreadResponse


def decoded(payload: dict[str, object]) -> object:
    return decode_json(json.dumps(payload), Union)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kind", "cls"),
    [
        (0, TextChannel),
        (2, VoiceChannel),
        (4, CategoryChannel),
        (5, AnnouncementChannel),
        (13, StageChannel),
        (14, DirectoryChannel),
        (15, ForumChannel),
        (16, MediaChannel),
        (99, UnknownChannel),
    ],
)
def test_guild_channel_class_follows_the_type(hub: Managers, kind: int, cls: type[object]) -> None:
    made = channel_from(hub, decoded(channel(type=kind)))  # type: ignore[arg-type]
    assert type(made) is cls
    assert made.type == kind and made.id == CHANNEL_ID


def test_threads_and_private_channels(hub: Managers) -> None:
    for kind in (10, 11, 12):
        made = channel_from(hub, decoded(thread(type=kind)))  # type: ignore[arg-type]
        assert isinstance(made, Thread) and made.type == kind and made.private is (kind == 12)
    dm = channel_from(hub, decoded({"id": "9", "type": 1, "flags": 0, "recipients": [user()]}))  # type: ignore[arg-type]
    assert isinstance(dm, DMChannel) and dm.recipient is not None and dm.recipient.id == USER_ID
    group = channel_from(
        hub,
        decoded(  # type: ignore[arg-type]
            {
                "id": "9",
                "type": 3,
                "flags": 0,
                "recipients": [user()],
                "name": "g",
                "icon": None,
                "owner_id": "1",
            }
        ),
    )
    assert isinstance(group, GroupDMChannel) and group.name == "g"


async def test_send_builds_the_full_body(hub: Managers, api: respx.MockRouter) -> None:
    route = api.post(f"/channels/{CHANNEL_ID}/messages").mock(
        return_value=httpx.Response(200, json=message())
    )
    text = TextChannel.partial(hub, CHANNEL_ID, GUILD_ID)
    button = m.ActionRowComponentForMessageRequest(
        components=[m.ButtonComponentForMessageRequest(style=1, custom_id="ok", label="OK")]
    )
    sent = await text.send(
        "hi",
        embed=Embed(title="t").add_field("a", "b", inline=True),
        components=[button],
        allowed_mentions=AllowedMentions.none(),
        reply_to=Message.partial(hub, CHANNEL_ID, 77),
        silent=True,
        stickers=[5],
    )
    assert isinstance(sent, Message) and sent.guild_id == GUILD_ID
    body = json.loads(route.calls.last.request.content)
    assert body == {
        "content": "hi",
        "embeds": [{"type": "rich", "title": "t", "fields": [{"name": "a", "value": "b", "inline": True}]}],
        "allowed_mentions": {"parse": [], "replied_user": False},
        "sticker_ids": ["5"],
        "components": [
            {"type": 1, "components": [{"type": 2, "custom_id": "ok", "style": 1, "label": "OK"}]}
        ],
        "flags": 4096,
        "message_reference": {"channel_id": str(CHANNEL_ID), "message_id": "77", "fail_if_not_exists": True},
    }


async def test_send_with_files_is_multipart(hub: Managers, api: respx.MockRouter) -> None:
    route = api.post(f"/channels/{CHANNEL_ID}/messages").mock(
        return_value=httpx.Response(200, json=message())
    )
    await TextChannel.partial(hub, CHANNEL_ID, GUILD_ID).send("look", files=[File(b"PNG", "a.png")])
    request = route.calls.last.request
    assert request.headers["Content-Type"].startswith("multipart/form-data")
    assert b'name="files[0]"; filename="a.png"' in request.content and b'"content":"look"' in request.content


def test_embed_and_embeds_are_exclusive(hub: Managers) -> None:
    from echord.structures import MessageParts

    with pytest.raises(TypeError):
        MessageParts("x", embed=Embed(), embeds=[Embed()])


async def test_typing_triggers_then_stops(
    hub: Managers, api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(messageable, "_TYPING_EVERY", 0.01)
    route = api.post(f"/channels/{CHANNEL_ID}/typing").mock(return_value=httpx.Response(204))
    async with TextChannel.partial(hub, CHANNEL_ID, GUILD_ID).typing():
        await asyncio.sleep(0.05)
    count = route.call_count
    assert count >= 2
    await asyncio.sleep(0.03)
    assert route.call_count == count


async def test_create_private_thread(hub: Managers, api: respx.MockRouter) -> None:
    created = {**thread(501, type=12), "newly_created": True}
    route = api.post(f"/channels/{CHANNEL_ID}/threads").mock(return_value=httpx.Response(201, json=created))
    made = await TextChannel.partial(hub, CHANNEL_ID, GUILD_ID).create_thread(
        "secret", private=True, invitable=False
    )
    assert isinstance(made, Thread) and made.private and made.id == 501
    assert json.loads(route.calls.last.request.content) == {"name": "secret", "type": 12, "invitable": False}


async def test_forum_post_carries_the_first_message(hub: Managers, api: respx.MockRouter) -> None:
    forum = channel_from(hub, decoded(channel(600, type=15)))  # type: ignore[arg-type]
    assert isinstance(forum, ForumChannel)
    route = api.post("/channels/600/threads").mock(return_value=httpx.Response(201, json=thread(502, 600)))
    post = await forum.create_post("Question", "How do I…?", tags=[7])
    assert isinstance(post, Thread) and post.parent_id == 600
    assert json.loads(route.calls.last.request.content) == {
        "name": "Question",
        "applied_tags": ["7"],
        "message": {"content": "How do I…?"},
    }


async def test_set_permissions_for_role_and_member(hub: Managers, api: respx.MockRouter) -> None:
    from echord.structures import Member
    from echord.utils import Permissions

    text = TextChannel.partial(hub, CHANNEL_ID, GUILD_ID)
    role_route = api.put(f"/channels/{CHANNEL_ID}/permissions/{ROLE_ID}").mock(
        return_value=httpx.Response(204)
    )
    member_route = api.put(f"/channels/{CHANNEL_ID}/permissions/{USER_ID}").mock(
        return_value=httpx.Response(204)
    )
    await text.set_permissions(Role.partial(hub, GUILD_ID, ROLE_ID), allow=Permissions.SEND_MESSAGES)
    await text.set_permissions(Member.partial(hub, GUILD_ID, USER_ID), deny=Permissions.VIEW_CHANNEL)
    assert json.loads(role_route.calls.last.request.content) == {"type": 0, "allow": 2048, "deny": 0}
    assert json.loads(member_route.calls.last.request.content) == {"type": 1, "allow": 0, "deny": 1024}


async def test_edit_returns_the_edited_channel(hub: Managers, api: respx.MockRouter) -> None:
    route = api.patch(f"/channels/{CHANNEL_ID}").mock(
        return_value=httpx.Response(200, json=channel(name="renamed", topic="t", rate_limit_per_user=5))
    )
    edited = await TextChannel.partial(hub, CHANNEL_ID, GUILD_ID).edit(name="renamed", slowmode=5, topic="t")
    assert isinstance(edited, TextChannel) and edited.name == "renamed" and edited.slowmode == 5
    assert json.loads(route.calls.last.request.content) == {
        "name": "renamed",
        "topic": "t",
        "rate_limit_per_user": 5,
    }


async def test_bulk_delete_chunks_and_single(hub: Managers, api: respx.MockRouter) -> None:
    bulk = api.post(f"/channels/{CHANNEL_ID}/messages/bulk-delete").mock(return_value=httpx.Response(204))
    single = api.delete(f"/channels/{CHANNEL_ID}/messages/201").mock(return_value=httpx.Response(204))
    await TextChannel.partial(hub, CHANNEL_ID, GUILD_ID).delete_messages(list(range(1, 202)))
    assert bulk.call_count == 2 and single.call_count == 1
    first = json.loads(bulk.calls[0].request.content)["messages"]
    assert first == [str(i) for i in range(1, 101)]


async def test_overwrite_for_reads_the_channel(hub: Managers) -> None:
    from echord.utils import Permissions

    data = channel(permission_overwrites=[{"id": str(ROLE_ID), "type": 0, "allow": "2048", "deny": "1024"}])
    text = channel_from(hub, decoded(data))  # type: ignore[arg-type]
    assert isinstance(text, TextChannel)
    assert text.overwrite_for(ROLE_ID) == (Permissions.SEND_MESSAGES, Permissions.VIEW_CHANNEL)
    assert text.overwrite_for(1) == (Permissions.NONE, Permissions.NONE)
