"""Guild, member and role methods: moderation, creation and edits."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from urllib.parse import unquote

import httpx
import pytest
import respx

from echord._generated import models as m
from echord._support import decode_json
from echord.managers import Managers
from echord.structures import Guild, Member, Role, VoiceChannel, channel_from
from echord.utils import Permissions

from .payloads import CHANNEL_ID, GUILD_ID, ROLE_ID, USER_ID, channel, guild, member, role


def body_of(route: respx.Route) -> object:
    return json.loads(route.calls.last.request.content)


@pytest.fixture
def g(hub: Managers) -> Guild:
    return Guild.partial(hub, GUILD_ID)


async def test_ban_kick_unban(g: Guild, api: respx.MockRouter) -> None:
    ban = api.put(f"/guilds/{GUILD_ID}/bans/{USER_ID}").mock(return_value=httpx.Response(204))
    unban = api.delete(f"/guilds/{GUILD_ID}/bans/{USER_ID}").mock(return_value=httpx.Response(204))
    kick = api.delete(f"/guilds/{GUILD_ID}/members/{USER_ID}").mock(return_value=httpx.Response(204))
    await g.ban(USER_ID, delete_message_seconds=3600, reason="raid")
    await g.unban(Member.partial(g._state, GUILD_ID, USER_ID))
    await g.kick(USER_ID, reason="bye")
    assert body_of(ban) == {"delete_message_seconds": 3600}
    assert unquote(ban.calls.last.request.headers["X-Audit-Log-Reason"]) == "raid"
    assert unban.call_count == 1 and kick.calls.last.request.headers["X-Audit-Log-Reason"] == "bye"


async def test_create_channel_picks_the_class(g: Guild, api: respx.MockRouter) -> None:
    route = api.post(f"/guilds/{GUILD_ID}/channels").mock(
        return_value=httpx.Response(201, json=channel(type=2, name="talk", bitrate=64000, user_limit=5))
    )
    made = await g.create_channel("talk", type=2, category=9, user_limit=5)
    assert isinstance(made, VoiceChannel) and made.user_limit == 5
    assert body_of(route) == {"type": 2, "name": "talk", "user_limit": 5, "parent_id": "9"}


async def test_create_role_sends_permissions_and_colour(g: Guild, api: respx.MockRouter) -> None:
    route = api.post(f"/guilds/{GUILD_ID}/roles").mock(
        return_value=httpx.Response(200, json=role(name="mods"))
    )
    made = await g.create_role(
        "mods", permissions=Permissions.KICK_MEMBERS | Permissions.BAN_MEMBERS, colour=0xFF0000
    )
    assert isinstance(made, Role) and made.guild_id == GUILD_ID and made.name == "mods"
    assert body_of(route) == {"name": "mods", "permissions": 6, "color": 0xFF0000}


async def test_role_edit_and_delete(hub: Managers, api: respx.MockRouter) -> None:
    edit = api.patch(f"/guilds/{GUILD_ID}/roles/{ROLE_ID}").mock(
        return_value=httpx.Response(200, json=role(name="x", permissions=8))
    )
    delete = api.delete(f"/guilds/{GUILD_ID}/roles/{ROLE_ID}").mock(return_value=httpx.Response(204))
    edited = await Role.partial(hub, GUILD_ID, ROLE_ID).edit(name="x", permissions=Permissions.ADMINISTRATOR)
    await edited.delete()
    assert body_of(edit) == {"name": "x", "permissions": 8}
    assert edited.permissions == Permissions.ADMINISTRATOR and delete.call_count == 1


async def test_member_roles_routes(hub: Managers, api: respx.MockRouter) -> None:
    add = api.put(f"/guilds/{GUILD_ID}/members/{USER_ID}/roles/{ROLE_ID}").mock(
        return_value=httpx.Response(204)
    )
    remove = api.delete(f"/guilds/{GUILD_ID}/members/{USER_ID}/roles/{ROLE_ID}").mock(
        return_value=httpx.Response(204)
    )
    target = Member.partial(hub, GUILD_ID, USER_ID)
    await target.add_role(Role.partial(hub, GUILD_ID, ROLE_ID), reason="promoted")
    await target.remove_role(ROLE_ID)
    assert add.calls.last.request.headers["X-Audit-Log-Reason"] == "promoted" and remove.call_count == 1


async def test_timeout_sends_the_end_time_and_none_lifts_it(hub: Managers, api: respx.MockRouter) -> None:
    until = (datetime.now(UTC) + timedelta(minutes=10)).isoformat()
    route = api.patch(f"/guilds/{GUILD_ID}/members/{USER_ID}").mock(
        side_effect=[
            httpx.Response(200, json=member(communication_disabled_until=until)),
            httpx.Response(200, json=member()),
        ]
    )
    target = Member.partial(hub, GUILD_ID, USER_ID)
    before = datetime.now(UTC)
    timed = await target.timeout(timedelta(minutes=10))
    sent = datetime.fromisoformat(json.loads(route.calls[0].request.content)["communication_disabled_until"])
    assert timedelta(minutes=9) < sent - before <= timedelta(minutes=10, seconds=5)
    assert timed.timed_out_until is not None
    lifted = await target.timeout(None)
    assert json.loads(route.calls[1].request.content) == {"communication_disabled_until": None}
    assert lifted.timed_out_until is None


async def test_member_edit_body(hub: Managers, api: respx.MockRouter) -> None:
    route = api.patch(f"/guilds/{GUILD_ID}/members/{USER_ID}").mock(
        return_value=httpx.Response(200, json=member(nick="Al", roles=[1, 2]))
    )
    edited = await Member.partial(hub, GUILD_ID, USER_ID).edit(
        nick="Al", roles=[1, Role.partial(hub, GUILD_ID, 2)]
    )
    assert body_of(route) == {"nick": "Al", "roles": ["1", "2"]}
    assert edited.display_name == "Al" and edited.role_ids == [1, 2]


async def test_member_permissions_in_a_channel(hub: Managers) -> None:
    data = guild(
        roles=[role(GUILD_ID, "@everyone", permissions=1024, position=0), role(ROLE_ID, "mod", 8192)]
    )
    full = Guild(hub, decode_json(json.dumps(data), m.GuildResponse))
    who = Member(
        hub, decode_json(json.dumps(member(555, roles=[ROLE_ID])), m.GuildMemberResponse), guild_id=GUILD_ID
    )
    assert who.permissions_in(full) == Permissions.VIEW_CHANNEL | Permissions.MANAGE_MESSAGES
    denied = channel(permission_overwrites=[{"id": str(GUILD_ID), "type": 0, "allow": "0", "deny": "1024"}])
    text = channel_from(hub, decode_json(json.dumps(denied), m.GuildChannelResponse))
    assert who.permissions_in(full, text) == Permissions.NONE  # type: ignore[arg-type]
    owner = Member(hub, decode_json(json.dumps(member(USER_ID)), m.GuildMemberResponse), guild_id=GUILD_ID)
    assert owner.permissions_in(full, text) == Permissions.ALL  # type: ignore[arg-type]
    assert text.id == CHANNEL_ID
