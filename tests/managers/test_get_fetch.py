"""Managers: `get` reads a real in-memory Cache, `fetch` asks Discord (respx) and refreshes that cache."""

from __future__ import annotations

import json
import logging

import httpx
import pytest
import respx

from echord.cache import Cache, CacheUpdater
from echord.managers import Managers
from echord.rest import RESTClient
from echord.structures import Guild, Member, Message, Role, TextChannel, Thread, VoiceChannel
from echord.utils import Permissions
from tests.structures.payloads import (
    CHANNEL_ID,
    GUILD_ID,
    ROLE_ID,
    USER_ID,
    channel,
    guild,
    member,
    message,
    role,
    thread,
    user,
)


async def seed_cache(cache: Cache) -> None:
    """The cache after a GUILD_CREATE with one role, one member, a text and a voice channel."""
    payload = {
        **guild(roles=[role(GUILD_ID, "@everyone", 1024, 0), role(ROLE_ID, "mod", 8192, 1)]),
        "members": [member(USER_ID, roles=[ROLE_ID], nick="Al")],
        "channels": [channel(), channel(201, type=2, name="talk")],
        "threads": [thread(500)],
        "member_count": 1,
    }
    await CacheUpdater(cache).guild_create(json.dumps(payload).encode())


async def test_get_builds_structures_from_cached_records(hub: Managers, cache: Cache) -> None:
    await seed_cache(cache)
    cached_guild = await hub.guilds.get(GUILD_ID)
    assert isinstance(cached_guild, Guild) and cached_guild.name == "Guild"
    assert {r.name for r in cached_guild.roles} == {"@everyone", "mod"}
    mod = await hub.roles.get(GUILD_ID, ROLE_ID)
    assert isinstance(mod, Role) and int(mod.permissions) == 8192
    al = await hub.members.get(GUILD_ID, USER_ID)
    assert isinstance(al, Member) and al.display_name == "Al" and al.role_ids == [ROLE_ID]
    assert al.user.name == "alice"
    assert isinstance(await hub.channels.get(CHANNEL_ID), TextChannel)
    assert isinstance(await hub.channels.get(201), VoiceChannel)
    assert isinstance(await hub.threads.get(500), Thread)
    assert [c.id for c in await hub.channels.cached(GUILD_ID)] == [CHANNEL_ID, 201]
    assert [r.id for r in await hub.roles.cached(GUILD_ID)] == [ROLE_ID, GUILD_ID]
    assert (await hub.users.get(USER_ID)) is not None
    assert await hub.members.get(GUILD_ID, 12345) is None


async def test_structures_resolve_related_objects_through_the_cache(hub: Managers, cache: Cache) -> None:
    await seed_cache(cache)
    msg = Message.partial(hub, CHANNEL_ID, 1, guild_id=GUILD_ID)
    assert (await msg.get_guild()) == Guild.partial(hub, GUILD_ID)
    assert isinstance(await msg.get_channel(), TextChannel)
    al = await hub.members.get(GUILD_ID, USER_ID)
    assert al is not None
    assert [r.name for r in await al.get_roles()] == ["mod"]
    full = await al.get_guild()
    assert full is not None
    assert al.permissions_in(full) == Permissions.ALL  # alice owns the guild: owner_id survived the cache


async def test_fetch_member_refreshes_the_cache(hub: Managers, cache: Cache, api: respx.MockRouter) -> None:
    await seed_cache(cache)
    api.get(f"/guilds/{GUILD_ID}/members/{USER_ID}").mock(
        return_value=httpx.Response(200, json=member(USER_ID, roles=[], nick="Alice"))
    )
    fetched = await hub.members.fetch(GUILD_ID, USER_ID)
    assert fetched.nick == "Alice"
    cached = await hub.members.get(GUILD_ID, USER_ID)
    assert cached is not None and cached.nick == "Alice" and cached.role_ids == []


async def test_fetch_of_uncached_objects_adds_them(hub: Managers, api: respx.MockRouter) -> None:
    api.get(f"/guilds/{GUILD_ID}").mock(return_value=httpx.Response(200, json=guild()))
    api.get(f"/guilds/{GUILD_ID}/roles/{ROLE_ID}").mock(return_value=httpx.Response(200, json=role()))
    api.get(f"/channels/{CHANNEL_ID}").mock(return_value=httpx.Response(200, json=channel(topic="t")))
    api.get("/channels/500").mock(return_value=httpx.Response(200, json=thread(500)))
    api.get(f"/channels/{CHANNEL_ID}/messages/9").mock(return_value=httpx.Response(200, json=message(9)))
    assert await hub.guilds.get(GUILD_ID) is None

    await hub.guilds.fetch(GUILD_ID)
    await hub.roles.fetch(GUILD_ID, ROLE_ID)
    await hub.channels.fetch(CHANNEL_ID)
    await hub.threads.fetch(500)
    await hub.messages.fetch(CHANNEL_ID, 9, guild=GUILD_ID)

    cached_guild = await hub.guilds.get(GUILD_ID)
    assert cached_guild is not None and cached_guild.name == "Guild"
    assert (await hub.roles.get(GUILD_ID, ROLE_ID)) is not None
    text = await hub.channels.get(CHANNEL_ID)
    assert isinstance(text, TextChannel) and text.topic == "t"
    assert isinstance(await hub.threads.get(500), Thread)
    cached_message = await hub.messages.get(CHANNEL_ID, 9)
    assert (
        cached_message is not None and cached_message.content == "hi" and cached_message.guild_id == GUILD_ID
    )


async def test_emoji_list_fetch_replaces_the_cached_list(
    hub: Managers, cache: Cache, api: respx.MockRouter
) -> None:
    emoji = {
        "id": "70",
        "name": "blob",
        "roles": [],
        "require_colons": True,
        "managed": False,
        "animated": False,
    }
    api.get(f"/guilds/{GUILD_ID}/emojis").mock(
        return_value=httpx.Response(200, json=[{**emoji, "available": True}])
    )
    assert await hub.emojis.get(GUILD_ID, 70) is None
    fetched = await hub.emojis.fetch_all(GUILD_ID)
    cached = await hub.emojis.get(GUILD_ID, 70)
    assert [e.name for e in fetched] == ["blob"] and cached is not None and cached.name == "blob"


async def test_without_a_cache_get_misses_and_fetch_still_works(
    rest: RESTClient, api: respx.MockRouter
) -> None:
    hub = Managers(rest)
    assert hub.cache is None and hub.updater is None
    assert await hub.guilds.get(GUILD_ID) is None and await hub.members.get(GUILD_ID, USER_ID) is None
    assert hub.users.me() is None and await hub.guilds.cached() == []
    api.get(f"/users/{USER_ID}").mock(return_value=httpx.Response(200, json=user()))
    assert (await hub.users.fetch(USER_ID)).name == "alice"


async def test_a_cache_failure_does_not_fail_the_fetch(
    rest: RESTClient, cache: Cache, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    class Broken(CacheUpdater):
        async def apply(self, name: str, payload: object) -> object:
            raise ConnectionError("redis is down")

    hub = Managers(rest, cache, updater=Broken(cache))
    api.get(f"/channels/{CHANNEL_ID}").mock(return_value=httpx.Response(200, json=channel()))
    with caplog.at_level(logging.WARNING, logger="echord.managers"):
        fetched = await hub.channels.fetch(CHANNEL_ID)
    assert isinstance(fetched, TextChannel)
    assert "could not cache a fetched CHANNEL_UPDATE" in caplog.text


async def test_application_id_is_fetched_once(rest: RESTClient, api: respx.MockRouter) -> None:
    hub = Managers(rest)
    app: dict[str, object] = {
        "id": "999",
        "name": "bot",
        "icon": None,
        "description": "",
        "type": None,
        "verify_key": "k",
        "flags": 0,
        "flags_new": "0",
        "redirect_uris": [],
        "interactions_endpoint_url": None,
        "role_connections_verification_url": None,
        "owner": user(),
        "approximate_guild_count": 1,
        "approximate_user_install_count": 0,
        "approximate_user_authorization_count": 0,
        "explicit_content_filter": 0,
        "team": None,
        "eligible_oauth2_scopes": [],
    }
    me = api.get("/applications/@me").mock(return_value=httpx.Response(200, json=app))
    commands = api.get("/applications/999/commands").mock(return_value=httpx.Response(200, json=[]))
    assert await hub.application_commands.fetch_all() == []
    assert await hub.application_commands.fetch_all() == []
    assert me.call_count == 1 and commands.call_count == 2 and hub.application_id == 999


def test_every_manager_is_built(hub: Managers) -> None:
    names = {type(manager).__name__ for manager in hub.all()}
    assert len(names) == 18
    assert {"GuildManager", "ChannelManager", "MemberManager", "AutoModerationManager"} <= names
