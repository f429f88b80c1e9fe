"""Webhooks, interactions, modals, embeds, polls, emoji, threads, users and the smaller structures."""

from __future__ import annotations

import json

import httpx
import pytest
import respx

from echord._generated import events as ev
from echord._generated import models as m
from echord._support import Snowflake, decode_json, encode_json
from echord.managers import Managers
from echord.structures import (
    AutoModerationRule,
    DMChannel,
    Embed,
    Emoji,
    Interaction,
    Message,
    Modal,
    Poll,
    StageChannel,
    StageInstance,
    Thread,
    ThreadMember,
    User,
    Webhook,
    reaction_name,
)

from .payloads import CHANNEL_ID, GUILD_ID, USER_ID, channel, member, message, user


def body_of(route: respx.Route) -> object:
    return json.loads(route.calls.last.request.content)


def interaction(hub: Managers) -> Interaction:
    raw = {
        "id": "9000",
        "application_id": "999",
        "type": 3,
        "token": "tok",
        "version": 1,
        "guild_id": str(GUILD_ID),
        "channel_id": str(CHANNEL_ID),
        "member": member(),
        "data": {"custom_id": "pick", "component_type": 3, "values": ["a", "b"]},
    }
    return Interaction(hub, decode_json(json.dumps(raw), ev.Interaction))


async def test_webhook_send_uses_the_token_route(hub: Managers, api: respx.MockRouter) -> None:
    route = api.post("/webhooks/77/secret").mock(
        return_value=httpx.Response(200, json=message(5, content="hook"))
    )
    hook = Webhook.from_url(hub, "https://discord.com/api/webhooks/77/secret")
    sent = await hook.send("hook", username="Robo", thread=123)
    assert isinstance(sent, Message) and sent.content == "hook"
    assert dict(route.calls.last.request.url.params) == {"wait": "true", "thread_id": "123"}
    assert body_of(route) == {"content": "hook", "username": "Robo"}


async def test_webhook_without_token_cannot_send(hub: Managers) -> None:
    with pytest.raises(ValueError, match="no token"):
        await Webhook.partial(hub, 77).send("x")


async def test_interaction_fields_and_respond(hub: Managers, api: respx.MockRouter) -> None:
    inter = interaction(hub)
    assert inter.custom_id == "pick" and inter.values == ["a", "b"] and inter.user.id == USER_ID
    assert inter.member is not None and inter.member.guild_id == GUILD_ID
    route = api.post("/interactions/9000/tok/callback").mock(return_value=httpx.Response(204))
    await inter.respond("done", ephemeral=True)
    assert body_of(route) == {"type": 4, "data": {"content": "done", "flags": 64}}
    await inter.defer(update=True)
    assert body_of(route) == {"type": 6}
    await inter.send_modal(Modal("Why", "why").add_text_input("reason", "Reason", paragraph=True))
    assert body_of(route) == {
        "type": 9,
        "data": {
            "custom_id": "why",
            "title": "Why",
            "components": [
                {
                    "type": 18,
                    "label": "Reason",
                    "component": {"type": 4, "custom_id": "reason", "style": 2, "required": True},
                }
            ],
        },
    }


async def test_interaction_followup_and_original(hub: Managers, api: respx.MockRouter) -> None:
    inter = interaction(hub)
    follow = api.post("/webhooks/999/tok").mock(return_value=httpx.Response(200, json=message(6)))
    original = api.patch("/webhooks/999/tok/messages/@original").mock(
        return_value=httpx.Response(200, json=message(7, content="edited"))
    )
    assert (await inter.followup("more")).id == 6
    assert (await inter.edit_original_response("edited")).content == "edited"
    assert body_of(follow) == {"content": "more"} and body_of(original) == {"content": "edited"}


def test_modal_needs_a_component() -> None:
    with pytest.raises(ValueError):
        Modal("t", "c").to_request()


def test_embed_round_trip_from_a_received_one() -> None:
    raw = {
        "type": "rich",
        "title": "T",
        "description": "D",
        "color": 5,
        "fields": [{"name": "n", "value": "v", "inline": False}],
        "footer": {"text": "f"},
        "image": {"url": "https://x/y.png", "proxy_url": "https://p", "width": 1, "height": 1},
    }
    embed = Embed.from_response(decode_json(json.dumps(raw), m.MessageEmbedResponse))
    assert json.loads(encode_json(embed.to_request())) == {
        "type": "rich",
        "title": "T",
        "description": "D",
        "color": 5,
        "fields": [{"name": "n", "value": "v", "inline": False}],
        "footer": {"text": "f"},
        "image": {"url": "https://x/y.png"},
    }


def test_reaction_names(hub: Managers) -> None:
    emoji = Emoji(hub, m.EmojiResponse(id=Snowflake(5), name="blob"), guild_id=1)
    assert reaction_name(emoji) == "blob:5" and str(emoji) == "<:blob:5>"
    assert reaction_name(m.MessageReactionEmojiResponse(id=None, name="🔥")) == "🔥"
    assert reaction_name(" <a:dance:9> ") == "dance:9"


async def test_poll_voters_and_end(hub: Managers, api: respx.MockRouter) -> None:
    raw_poll = {
        "question": {"text": "Q?"},
        "answers": [{"answer_id": 1, "poll_media": {"text": "yes"}}],
        "expiry": "2026-08-01T00:00:00+00:00",
        "allow_multiselect": False,
        "layout_type": 1,
        "results": {"answer_counts": [{"id": 1, "count": 2, "me_voted": False}], "is_finalized": False},
    }
    msg = Message(hub, decode_json(json.dumps(message(3, poll=raw_poll)), m.MessageResponse))
    poll = msg.poll
    assert (
        isinstance(poll, Poll)
        and poll.question == "Q?"
        and poll.answers() == {1: "yes"}
        and poll.counts() == {1: 2}
    )
    voters = api.get(f"/channels/{CHANNEL_ID}/polls/3/answers/1").mock(
        return_value=httpx.Response(200, json={"users": [user(1), user(2)]})
    )
    assert [int(u.id) async for u in poll.voters(1)] == [1, 2]
    assert dict(voters.calls.last.request.url.params) == {"limit": "100"}
    api.post(f"/channels/{CHANNEL_ID}/polls/3/expire").mock(return_value=httpx.Response(200, json=message(3)))
    assert isinstance(await poll.end(), Message)


async def test_user_send_opens_the_dm_first(hub: Managers, api: respx.MockRouter) -> None:
    dm = api.post("/users/@me/channels").mock(
        return_value=httpx.Response(200, json={"id": "42", "type": 1, "flags": 0, "recipients": [user()]})
    )
    sent = api.post("/channels/42/messages").mock(
        return_value=httpx.Response(200, json=message(1, channel_id=42))
    )
    message_ = await User.partial(hub, USER_ID).send("psst")
    assert body_of(dm) == {"recipient_id": str(USER_ID)} and body_of(sent) == {"content": "psst"}
    assert message_.channel_id == 42
    channel_ = await User.partial(hub, USER_ID).create_dm()
    assert isinstance(channel_, DMChannel)


async def test_thread_membership_and_archive(hub: Managers, api: respx.MockRouter) -> None:
    t = Thread.partial(hub, 500, GUILD_ID)
    join = api.put("/channels/500/thread-members/@me").mock(return_value=httpx.Response(204))
    add = api.put(f"/channels/500/thread-members/{USER_ID}").mock(return_value=httpx.Response(204))
    listing = api.get("/channels/500/thread-members").mock(
        return_value=httpx.Response(
            200,
            json=[
                {"id": "500", "user_id": str(USER_ID), "join_timestamp": "2026-01-01T00:00:00Z", "flags": 0}
            ],
        )
    )
    await t.join()
    await t.add_member(USER_ID)
    members = await t.members().flatten()
    assert join.call_count == add.call_count == 1 and dict(listing.calls.last.request.url.params) == {
        "limit": "100"
    }
    assert isinstance(members[0], ThreadMember) and members[0].user_id == USER_ID
    from .payloads import thread

    archived = thread(500)
    archived["thread_metadata"]["archived"] = True
    patch = api.patch("/channels/500").mock(return_value=httpx.Response(200, json=archived))
    done = await t.edit(archived=True, locked=False)
    assert body_of(patch) == {"archived": True, "locked": False} and done.archived


async def test_stage_start(hub: Managers, api: respx.MockRouter) -> None:
    stage = StageChannel(
        hub, decode_json(json.dumps(channel(type=13)), m.GuildChannelResponseGuildStageVoice)
    )
    route = api.post("/stage-instances").mock(
        return_value=httpx.Response(
            200,
            json={
                "id": "1",
                "guild_id": str(GUILD_ID),
                "channel_id": str(CHANNEL_ID),
                "topic": "AMA",
                "privacy_level": 2,
                "discoverable_disabled": False,
                "guild_scheduled_event_id": None,
            },
        )
    )
    live = await stage.start("AMA")
    assert isinstance(live, StageInstance) and live.topic == "AMA"
    assert body_of(route) == {"topic": "AMA", "channel_id": str(CHANNEL_ID)}


async def test_automod_edit_uses_the_rules_trigger_type(hub: Managers, api: respx.MockRouter) -> None:
    raw = {
        "id": "8",
        "guild_id": str(GUILD_ID),
        "creator_id": "1",
        "name": "spam",
        "event_type": 1,
        "trigger_type": 3,
        "actions": [],
        "enabled": True,
        "exempt_roles": [],
        "exempt_channels": [],
        "trigger_metadata": {},
    }
    rule = AutoModerationRule(hub, decode_json(json.dumps(raw), m.MLSpamRuleResponse))
    route = api.patch(f"/guilds/{GUILD_ID}/auto-moderation/rules/8").mock(
        return_value=httpx.Response(200, json={**raw, "enabled": False})
    )
    edited = await rule.edit(enabled=False)
    assert body_of(route) == {"trigger_type": 3, "enabled": False} and not edited.enabled
