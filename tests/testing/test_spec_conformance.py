"""Every emulated REST operation, called for real, answers with the shape the OpenAPI spec documents."""

from __future__ import annotations

import re
from typing import Any

import httpx

from echord.testing import Emulator

from .spec_schema import validate_response


class Exerciser:
    """Calls routes by template and validates each response against the spec."""

    def __init__(self, rest: httpx.AsyncClient) -> None:
        self.rest = rest
        self.covered: set[str] = set()

    async def __call__(
        self,
        method: str,
        template: str,
        params: dict[str, Any] | None = None,
        *,
        json: Any = None,
        query: dict[str, Any] | None = None,
        expect: int | None = None,
        auth: bool = True,
    ) -> Any:
        path = template.format(**(params or {}))
        headers = None if auth else {"Authorization": ""}
        response = await self.rest.request(method, path, json=json, params=query, headers=headers)
        body = response.json() if response.content else None
        if expect is not None:
            assert response.status_code == expect, (method, template, response.status_code, body)
        else:
            assert response.status_code < 300, (method, template, response.status_code, body)
        validate_response(method, template, response.status_code, body)
        self.covered.add(f"{method} {template}")
        return body


async def test_every_route_matches_the_spec(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    seed = emulator.seed
    assert seed is not None
    world = emulator.world
    call = Exerciser(rest)
    g, c, app = seed.guild.id, seed.general.id, emulator.application_id
    alice, bob = seed.alice.id, seed.bob.id

    await call("GET", "/users/@me")
    await call("PATCH", "/users/@me", json={"username": "renamed-bot"})
    await call("GET", "/users/{user_id}", {"user_id": alice})
    await call("GET", "/users/@me/guilds")
    await call("GET", "/users/@me/guilds/{guild_id}/member", {"guild_id": g})
    dm = await call("POST", "/users/@me/channels", json={"recipient_id": str(alice)})
    await call("GET", "/gateway")
    await call("GET", "/gateway/bot")
    await call("GET", "/applications/@me")
    await call("GET", "/oauth2/applications/@me")

    await call("GET", "/guilds/{guild_id}", {"guild_id": g}, query={"with_counts": "true"})
    await call("PATCH", "/guilds/{guild_id}", {"guild_id": g}, json={"name": "Renamed"}, expect=403)
    await call("GET", "/guilds/{guild_id}/channels", {"guild_id": g})
    text = await call(
        "POST",
        "/guilds/{guild_id}/channels",
        {"guild_id": g},
        json={"name": "made", "topic": "t"},
        expect=201,
    )
    await call(
        "POST", "/guilds/{guild_id}/channels", {"guild_id": g}, json={"name": "vc", "type": 2}, expect=201
    )
    await call("GET", "/guilds/{guild_id}/roles", {"guild_id": g})
    role = await call("POST", "/guilds/{guild_id}/roles", {"guild_id": g}, json={"name": "r", "color": 255})
    await call("GET", "/guilds/{guild_id}/roles/{role_id}", {"guild_id": g, "role_id": role["id"]})
    await call(
        "PATCH",
        "/guilds/{guild_id}/roles/{role_id}",
        {"guild_id": g, "role_id": role["id"]},
        json={"hoist": True},
    )
    await call("GET", "/guilds/{guild_id}/members", {"guild_id": g}, query={"limit": 10})
    await call("GET", "/guilds/{guild_id}/members/search", {"guild_id": g}, query={"query": "al"})
    await call("GET", "/guilds/{guild_id}/members/{user_id}", {"guild_id": g, "user_id": bob})
    member_role = {"guild_id": g, "user_id": bob, "role_id": role["id"]}
    await call("PUT", "/guilds/{guild_id}/members/{user_id}/roles/{role_id}", member_role, expect=204)
    await call("DELETE", "/guilds/{guild_id}/members/{user_id}/roles/{role_id}", member_role, expect=204)
    await call(
        "PATCH",
        "/guilds/{guild_id}/members/{user_id}",
        {"guild_id": g, "user_id": bob},
        json={"roles": [role["id"]]},
    )
    await call(
        "DELETE", "/guilds/{guild_id}/roles/{role_id}", {"guild_id": g, "role_id": role["id"]}, expect=204
    )
    carol = world.add_user("carol")
    world.add_member(g, carol.id)
    await call(
        "DELETE", "/guilds/{guild_id}/members/{user_id}", {"guild_id": g, "user_id": carol.id}, expect=204
    )
    ban = {"guild_id": g, "user_id": carol.id}
    await call("PUT", "/guilds/{guild_id}/bans/{user_id}", ban, json={}, expect=204)
    await call("GET", "/guilds/{guild_id}/bans", {"guild_id": g})
    await call("GET", "/guilds/{guild_id}/bans/{user_id}", ban)
    await call("DELETE", "/guilds/{guild_id}/bans/{user_id}", ban, expect=204)
    world.create_emoji(g, "blob", user_id=alice)
    await call("GET", "/guilds/{guild_id}/emojis", {"guild_id": g})
    image = "data:image/png;base64,iVBORw0KGgo="
    emoji = await call(
        "POST",
        "/guilds/{guild_id}/emojis",
        {"guild_id": g},
        json={"name": "mine", "image": image},
        expect=403,
    )
    world.update_role(g, seed.bot_role.id, permissions=seed.bot_role.permissions | (1 << 30) | (1 << 5))
    emoji = await call(
        "POST",
        "/guilds/{guild_id}/emojis",
        {"guild_id": g},
        json={"name": "mine", "image": image},
        expect=201,
    )
    await call("GET", "/guilds/{guild_id}/emojis/{emoji_id}", {"guild_id": g, "emoji_id": emoji["id"]})
    await call(
        "DELETE", "/guilds/{guild_id}/emojis/{emoji_id}", {"guild_id": g, "emoji_id": emoji["id"]}, expect=204
    )
    await call("PATCH", "/guilds/{guild_id}/members/@me", {"guild_id": g}, json={"nick": "botty"})

    ch = {"channel_id": c}
    await call("GET", "/channels/{channel_id}", ch)
    await call("GET", "/channels/{channel_id}", {"channel_id": dm["id"]})
    await call("PATCH", "/channels/{channel_id}", {"channel_id": text["id"]}, json={"topic": "new"})
    over = {"channel_id": text["id"], "overwrite_id": bob}
    await call(
        "PUT",
        "/channels/{channel_id}/permissions/{overwrite_id}",
        over,
        json={"type": 1, "deny": "2048"},
        expect=204,
    )
    await call("DELETE", "/channels/{channel_id}/permissions/{overwrite_id}", over, expect=204)
    await call("DELETE", "/channels/{channel_id}", {"channel_id": text["id"]})
    await call("POST", "/channels/{channel_id}/invites", ch, json={"max_age": 60})
    invites = await call("GET", "/channels/{channel_id}/invites", ch)
    await call("GET", "/guilds/{guild_id}/invites", {"guild_id": g})
    await call("GET", "/invites/{code}", {"code": invites[0]["code"]})
    await call("DELETE", "/invites/{code}", {"code": invites[0]["code"]})
    await call("GET", "/invites/{code}", {"code": invites[0]["code"]}, expect=404)
    hook = await call("POST", "/channels/{channel_id}/webhooks", ch, json={"name": "hook"})
    await call("GET", "/channels/{channel_id}/webhooks", ch)
    await call("POST", "/channels/{channel_id}/typing", ch, expect=204)

    first = await call("POST", "/channels/{channel_id}/messages", ch, json={"content": "one"})
    second = await call(
        "POST",
        "/channels/{channel_id}/messages",
        ch,
        json={"content": "two", "message_reference": {"message_id": first["id"]}},
    )
    await call("GET", "/channels/{channel_id}/messages", ch, query={"limit": 5, "after": first["id"]})
    msg = {"channel_id": c, "message_id": first["id"]}
    await call("GET", "/channels/{channel_id}/messages/{message_id}", msg)
    await call("PATCH", "/channels/{channel_id}/messages/{message_id}", msg, json={"content": "edited"})
    react = {**msg, "emoji_name": "%F0%9F%91%8D"}
    await call(
        "PUT", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}/@me", react, expect=204
    )
    world.add_reaction(c, first["id"] and int(first["id"]), bob, "👍")
    await call("GET", "/channels/{channel_id}/messages/{message_id}", msg)
    await call("GET", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}", react)
    await call(
        "DELETE",
        "/channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}/{user_id}",
        {**react, "user_id": bob},
        expect=204,
    )
    await call(
        "DELETE", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}/@me", react, expect=204
    )
    await call(
        "DELETE", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}", react, expect=204
    )
    await call("DELETE", "/channels/{channel_id}/messages/{message_id}/reactions", msg, expect=204)
    await call("PUT", "/channels/{channel_id}/messages/pins/{message_id}", msg, expect=204)
    await call("GET", "/channels/{channel_id}/messages/pins", ch)
    await call("DELETE", "/channels/{channel_id}/messages/pins/{message_id}", msg, expect=204)
    await call("PUT", "/channels/{channel_id}/pins/{message_id}", msg, expect=204)
    await call("GET", "/channels/{channel_id}/pins", ch)
    await call("DELETE", "/channels/{channel_id}/pins/{message_id}", msg, expect=204)
    thread = await call(
        "POST", "/channels/{channel_id}/messages/{message_id}/threads", msg, json={"name": "t"}, expect=201
    )
    await call("PUT", "/channels/{channel_id}/thread-members/@me", {"channel_id": thread["id"]}, expect=204)
    await call("GET", "/channels/{channel_id}", {"channel_id": thread["id"]})
    await call("POST", "/channels/{channel_id}/threads", ch, json={"name": "private", "type": 12}, expect=201)
    await call(
        "POST",
        "/channels/{channel_id}/threads",
        {"channel_id": seed.forum.id},
        json={"name": "post", "message": {"content": "hi"}},
        expect=201,
    )
    await call("PATCH", "/channels/{channel_id}", {"channel_id": thread["id"]}, json={"archived": True})
    await call("GET", "/channels/{channel_id}/threads/archived/public", ch)
    third = await call("POST", "/channels/{channel_id}/messages", ch, json={"content": "three"})
    await call(
        "POST",
        "/channels/{channel_id}/messages/bulk-delete",
        ch,
        json={"messages": [second["id"], third["id"]]},
        expect=204,
    )
    await call("DELETE", "/channels/{channel_id}/messages/{message_id}", msg, expect=204)
    announcement = await call(
        "POST",
        "/channels/{channel_id}/messages",
        {"channel_id": seed.announcements.id},
        json={"content": "news"},
    )
    await call(
        "POST",
        "/channels/{channel_id}/messages/{message_id}/crosspost",
        {"channel_id": seed.announcements.id, "message_id": announcement["id"]},
    )

    wh = {"webhook_id": hook["id"], "webhook_token": hook["token"]}
    await call("GET", "/webhooks/{webhook_id}", wh)
    await call("GET", "/webhooks/{webhook_id}/{webhook_token}", wh, auth=False)
    await call("PATCH", "/webhooks/{webhook_id}/{webhook_token}", wh, json={"name": "renamed"}, auth=False)
    await call(
        "POST",
        "/webhooks/{webhook_id}/{webhook_token}",
        wh,
        json={"content": "no wait"},
        expect=204,
        auth=False,
    )
    posted = await call(
        "POST",
        "/webhooks/{webhook_id}/{webhook_token}",
        wh,
        json={"content": "via hook"},
        query={"wait": "true"},
        auth=False,
    )
    whm = {**wh, "message_id": posted["id"]}
    await call("GET", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}", whm, auth=False)
    await call(
        "PATCH",
        "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}",
        whm,
        json={"content": "edit"},
        auth=False,
    )
    await call(
        "DELETE", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}", whm, expect=204, auth=False
    )
    await call("DELETE", "/webhooks/{webhook_id}/{webhook_token}", wh, expect=204, auth=False)
    other = await call("POST", "/channels/{channel_id}/webhooks", ch, json={"name": "other"})
    await call("DELETE", "/webhooks/{webhook_id}", {"webhook_id": other["id"]}, expect=204)

    command_body = {
        "name": "ping",
        "description": "Ping!",
        "options": [{"type": 3, "name": "text", "description": "t"}],
    }
    for base, params in (
        ("/applications/{application_id}/commands", {"application_id": app}),
        ("/applications/{application_id}/guilds/{guild_id}/commands", {"application_id": app, "guild_id": g}),
    ):
        made = await call("POST", base, params, json=command_body, expect=201)
        await call("POST", base, params, json=command_body, expect=200)
        await call("GET", base, params)
        one = {**params, "command_id": made["id"]}
        await call("GET", base + "/{command_id}", one)
        await call("PATCH", base + "/{command_id}", one, json={"description": "Pong?"})
        await call("DELETE", base + "/{command_id}", one, expect=204)
        await call("PUT", base, params, json=[command_body, {"name": "info", "type": 2}])

    interaction = emulator.users.slash_command(seed.alice, seed.general, "ping", {"text": "hi"})
    cb = {"interaction_id": interaction.id, "interaction_token": interaction.token}
    await call(
        "POST",
        "/interactions/{interaction_id}/{interaction_token}/callback",
        cb,
        json={"type": 5},
        query={"with_response": "true"},
        auth=False,
    )
    iw = {"webhook_id": app, "webhook_token": interaction.token}
    original = {**iw, "message_id": "@original"}
    await call(
        "PATCH",
        "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}",
        original,
        json={"content": "done"},
        auth=False,
    )
    await call("GET", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}", original, auth=False)
    followup = await call(
        "POST",
        "/webhooks/{webhook_id}/{webhook_token}",
        iw,
        json={"content": "more", "flags": 64},
        auth=False,
    )
    await call(
        "DELETE",
        "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}",
        {**iw, "message_id": followup["id"]},
        expect=204,
        auth=False,
    )
    await call(
        "DELETE",
        "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}",
        original,
        expect=204,
        auth=False,
    )

    # A few error answers, checked against the spec's error schema.
    await call("GET", "/channels/{channel_id}", {"channel_id": 1}, expect=404)
    await call("POST", "/channels/{channel_id}/messages", ch, json={}, expect=400)
    await call("POST", "/channels/{channel_id}/messages", ch, json={"content": 1}, expect=400)
    await call(
        "POST",
        "/interactions/{interaction_id}/{interaction_token}/callback",
        cb,
        json={"type": 4, "data": {"content": "x"}},
        expect=400,
        auth=False,
    )
    await call("DELETE", "/users/@me/guilds/{guild_id}", {"guild_id": g}, expect=204)

    emulated = {route.key for route in emulator.rest.table.routes}
    assert emulated - call.covered == set(), "every emulated route is exercised above"


def test_every_emulated_route_is_a_spec_operation(emulator: Emulator) -> None:
    from .spec_schema import operation

    for route in emulator.rest.table.routes:
        assert operation(route.method, route.template)["operationId"], route.key
        assert re.fullmatch(r"(/[^/]+)+", route.template), route.template
