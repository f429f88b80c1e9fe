"""Managers without a cache store: each method sends its route and returns the right structure."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import httpx
import respx

from echord._generated import models as m
from echord.managers import Managers
from echord.structures import (
    ApplicationCommand,
    AutoModerationRule,
    Entitlement,
    Invite,
    ScheduledEvent,
    SoundboardSound,
    StageInstance,
    Thread,
    Webhook,
)
from tests.structures.payloads import CHANNEL_ID, GUILD_ID, USER_ID, message, thread, user


def body_of(route: respx.Route) -> object:
    return json.loads(route.calls.last.request.content)


WEBHOOK = {
    "type": 1,
    "id": "77",
    "name": "hook",
    "avatar": None,
    "channel_id": str(CHANNEL_ID),
    "guild_id": str(GUILD_ID),
    "application_id": None,
    "token": "secret",
}


async def test_webhooks(hub: Managers, api: respx.MockRouter) -> None:
    create = api.post(f"/channels/{CHANNEL_ID}/webhooks").mock(return_value=httpx.Response(200, json=WEBHOOK))
    api.get("/webhooks/77/secret").mock(return_value=httpx.Response(200, json=WEBHOOK))
    api.get(f"/guilds/{GUILD_ID}/webhooks").mock(return_value=httpx.Response(200, json=[WEBHOOK]))
    made = await hub.webhooks.create(CHANNEL_ID, "hook")
    assert isinstance(made, Webhook) and made.token == "secret" and body_of(create) == {"name": "hook"}
    assert (await hub.webhooks.fetch(77, token="secret")).channel_id == CHANNEL_ID
    assert [w.id for w in await hub.webhooks.for_guild(GUILD_ID)] == [77]
    execute = api.post("/webhooks/77/secret").mock(return_value=httpx.Response(204))
    assert (
        await hub.webhooks.from_url("https://discord.com/api/webhooks/77/secret").send("x", wait=False)
        is None
    )
    assert dict(execute.calls.last.request.url.params) == {"wait": "false"}


async def test_invites(hub: Managers, api: respx.MockRouter) -> None:
    invite = {
        "type": 0,
        "code": "abc",
        "expires_at": None,
        "guild": {"id": str(GUILD_ID), "name": "G", "features": [], "nsfw_level": 0, "verification_level": 0},
        "guild_id": str(GUILD_ID),
        "channel": {"id": str(CHANNEL_ID), "type": 0, "name": "general"},
    }
    resolve = api.get("/invites/abc").mock(return_value=httpx.Response(200, json=invite))
    create = api.post(f"/channels/{CHANNEL_ID}/invites").mock(return_value=httpx.Response(200, json=invite))
    revoke = api.delete("/invites/abc").mock(return_value=httpx.Response(200, json=invite))
    got = await hub.invites.fetch("https://discord.gg/abc")
    assert (
        isinstance(got, Invite) and got.code == "abc" and got.guild_id == GUILD_ID and resolve.call_count == 1
    )
    made = await hub.invites.create(CHANNEL_ID, max_age=0, max_uses=5)
    assert made.url == "https://discord.gg/abc" and body_of(create) == {"max_age": 0, "max_uses": 5}
    await made.delete()
    assert revoke.call_count == 1


async def test_application_commands_guild_and_global(hub: Managers, api: respx.MockRouter) -> None:
    command = {
        "id": "5",
        "application_id": "999",
        "version": "1",
        "default_member_permissions": None,
        "type": 1,
        "name": "ping",
        "description": "Ping",
    }
    sync = api.put(f"/applications/999/guilds/{GUILD_ID}/commands").mock(
        return_value=httpx.Response(200, json=[{**command, "guild_id": str(GUILD_ID)}])
    )
    create = api.post("/applications/999/commands").mock(return_value=httpx.Response(201, json=command))
    delete_guild = api.delete(f"/applications/999/guilds/{GUILD_ID}/commands/5").mock(
        return_value=httpx.Response(204)
    )
    synced = await hub.application_commands.sync(
        [m.ApplicationCommandUpdateRequest(name="ping", description="Ping")], guild=GUILD_ID
    )
    assert body_of(sync) == [{"name": "ping", "description": "Ping"}]
    assert isinstance(synced[0], ApplicationCommand) and synced[0].guild_id == GUILD_ID
    assert synced[0].mention == "</ping:5>"
    made = await hub.application_commands.create(
        m.ApplicationCommandCreateRequest(name="ping", description="Ping")
    )
    assert made.guild_id is None and create.call_count == 1
    await synced[0].delete()
    assert delete_guild.call_count == 1


async def test_stage_instances(hub: Managers, api: respx.MockRouter) -> None:
    stage = {
        "id": "1",
        "guild_id": str(GUILD_ID),
        "channel_id": str(CHANNEL_ID),
        "topic": "AMA",
        "privacy_level": 2,
        "discoverable_disabled": False,
        "guild_scheduled_event_id": None,
    }
    api.get(f"/stage-instances/{CHANNEL_ID}").mock(return_value=httpx.Response(200, json=stage))
    edit = api.patch(f"/stage-instances/{CHANNEL_ID}").mock(
        return_value=httpx.Response(200, json={**stage, "topic": "Q&A"})
    )
    end = api.delete(f"/stage-instances/{CHANNEL_ID}").mock(return_value=httpx.Response(204))
    live = await hub.stage_instances.fetch(CHANNEL_ID)
    assert isinstance(live, StageInstance) and live.topic == "AMA"
    assert (await live.edit(topic="Q&A")).topic == "Q&A" and body_of(edit) == {"topic": "Q&A"}
    await hub.stage_instances.delete(CHANNEL_ID)
    assert end.call_count == 1


async def test_scheduled_events(hub: Managers, api: respx.MockRouter) -> None:
    start = datetime(2027, 1, 1, 18, tzinfo=UTC)
    event: dict[str, object] = {
        "id": "44",
        "guild_id": str(GUILD_ID),
        "name": "Party",
        "description": None,
        "channel_id": None,
        "creator_id": None,
        "image": None,
        "scheduled_start_time": start.isoformat(),
        "scheduled_end_time": (start + timedelta(hours=2)).isoformat(),
        "status": 1,
        "entity_type": 3,
        "entity_id": None,
        "recurrence_rule": None,
        "privacy_level": 2,
        "guild_scheduled_event_exceptions": [],
        "entity_metadata": {"location": "Park"},
    }
    create = api.post(f"/guilds/{GUILD_ID}/scheduled-events").mock(
        return_value=httpx.Response(200, json=event)
    )
    patch = api.patch(f"/guilds/{GUILD_ID}/scheduled-events/44").mock(
        return_value=httpx.Response(200, json={**event, "status": 4})
    )
    users = api.get(f"/guilds/{GUILD_ID}/scheduled-events/44/users").mock(
        return_value=httpx.Response(
            200, json=[{"guild_scheduled_event_id": "44", "user_id": "1", "user": user(1)}]
        )
    )
    made = await hub.scheduled_events.create_external(
        GUILD_ID, "Party", "Park", start, start + timedelta(hours=2)
    )
    assert isinstance(made, ScheduledEvent) and made.name == "Party"
    sent = body_of(create)
    assert (
        isinstance(sent, dict)
        and sent["entity_type"] == 3
        and sent["entity_metadata"] == {"location": "Park"}
    )
    assert (await made.cancel()).status == 4 and body_of(patch) == {"status": 4}
    assert [int(u.id) async for u in made.users()] == [1]
    assert dict(users.calls.last.request.url.params) == {"limit": "100"}


async def test_automod_entitlements_soundboard(hub: Managers, api: respx.MockRouter) -> None:
    rule = {
        "id": "8",
        "guild_id": str(GUILD_ID),
        "creator_id": "1",
        "name": "words",
        "event_type": 1,
        "trigger_type": 1,
        "actions": [{"type": 1, "metadata": {}}],
        "enabled": True,
        "exempt_roles": [],
        "exempt_channels": [],
        "trigger_metadata": {"keyword_filter": ["bad"], "regex_patterns": [], "allow_list": []},
    }
    api.get(f"/guilds/{GUILD_ID}/auto-moderation/rules").mock(return_value=httpx.Response(200, json=[rule]))
    rules = await hub.automod.fetch_all(GUILD_ID)
    assert isinstance(rules[0], AutoModerationRule) and rules[0].trigger_type == 1
    entitlement = {
        "id": "3",
        "sku_id": "4",
        "application_id": "999",
        "user_id": str(USER_ID),
        "deleted": False,
        "starts_at": None,
        "ends_at": None,
        "type": 8,
    }
    listing = api.get("/applications/999/entitlements").mock(
        return_value=httpx.Response(200, json=[entitlement])
    )
    consume = api.post("/applications/999/entitlements/3/consume").mock(return_value=httpx.Response(204))
    got = [e async for e in hub.entitlements.iterate(user=USER_ID)]
    assert isinstance(got[0], Entitlement) and dict(listing.calls.last.request.url.params) == {
        "user_id": str(USER_ID),
        "limit": "100",
    }
    await got[0].consume()
    assert consume.call_count == 1
    sound = {
        "name": "boop",
        "sound_id": "6",
        "volume": 1.0,
        "emoji_id": None,
        "emoji_name": None,
        "available": True,
    }
    api.get("/soundboard-default-sounds").mock(return_value=httpx.Response(200, json=[sound]))
    play = api.post(f"/channels/{CHANNEL_ID}/send-soundboard-sound").mock(return_value=httpx.Response(204))
    defaults = await hub.soundboard.fetch_defaults()
    assert isinstance(defaults[0], SoundboardSound) and defaults[0].guild_id is None
    await defaults[0].play(CHANNEL_ID)
    assert body_of(play) == {"sound_id": "6"}


async def test_threads_and_messages_managers(hub: Managers, api: respx.MockRouter) -> None:
    create = api.post(f"/channels/{CHANNEL_ID}/threads").mock(
        return_value=httpx.Response(201, json=thread(510, type=10))
    )
    made = await hub.threads.create(CHANNEL_ID, "news talk", announcement=True)
    assert (
        isinstance(made, Thread) and made.type == 10 and body_of(create) == {"name": "news talk", "type": 10}
    )
    assert isinstance(await hub.threads.get(510), Thread)  # written to the cache on creation
    send = api.post(f"/channels/{CHANNEL_ID}/messages").mock(
        return_value=httpx.Response(200, json=message(3))
    )
    sent = await hub.messages.send(CHANNEL_ID, "hello")
    assert sent.id == 3 and body_of(send) == {"content": "hello"}


async def test_edit_methods_send_only_given_fields(hub: Managers, api: respx.MockRouter) -> None:
    from tests.structures.payloads import ROLE_ID, channel, role

    role_route = api.patch(f"/guilds/{GUILD_ID}/roles/{ROLE_ID}").mock(
        return_value=httpx.Response(200, json=role(name="r2"))
    )
    channel_route = api.patch(f"/channels/{CHANNEL_ID}").mock(
        return_value=httpx.Response(200, json=channel(name="c2", parent_id="9"))
    )
    message_route = api.patch(f"/channels/{CHANNEL_ID}/messages/3").mock(
        return_value=httpx.Response(200, json=message(3, content="m2"))
    )
    emoji = {
        "id": "70",
        "name": "e2",
        "roles": [],
        "require_colons": True,
        "managed": False,
        "animated": False,
    }
    emoji_route = api.patch(f"/guilds/{GUILD_ID}/emojis/70").mock(
        return_value=httpx.Response(200, json={**emoji, "available": True})
    )
    assert (await hub.roles.edit(GUILD_ID, ROLE_ID, name="r2")).name == "r2"
    assert (await hub.channels.edit(CHANNEL_ID, name="c2", category=9)).id == CHANNEL_ID
    assert (await hub.messages.edit(CHANNEL_ID, 3, "m2")).content == "m2"
    assert (await hub.emojis.edit(GUILD_ID, 70, name="e2")).name == "e2"
    assert body_of(role_route) == {"name": "r2"}
    assert body_of(channel_route) == {"name": "c2", "parent_id": "9"}
    assert body_of(message_route) == {"content": "m2"}
    assert body_of(emoji_route) == {"name": "e2"}
    cached_role = await hub.roles.get(GUILD_ID, ROLE_ID)
    assert cached_role is not None and cached_role.name == "r2"
