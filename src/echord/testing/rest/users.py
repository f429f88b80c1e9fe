"""Users, DMs and the gateway discovery routes."""

from __future__ import annotations

from .. import api_errors, payloads
from ..validation import Obj, Snowflake, Str, validate
from .routing import Call, Reply, RouteTable, no_content, ok

routes = RouteTable()


@routes.add("GET", "/users/@me")
def get_my_user(call: Call) -> Reply:
    return ok(payloads.current_user(call.world.bot))


_UPDATE_ME = Obj({"username": Str(2, 32), "avatar": Str(nullable=True), "banner": Str(nullable=True)})


@routes.add("PATCH", "/users/@me")
def update_my_user(call: Call) -> Reply:
    body = validate(_UPDATE_ME, call.json())
    if isinstance(body.get("username"), str):
        call.world.bot.username = body["username"]
    return ok(payloads.current_user(call.world.bot))


@routes.add("GET", "/users/{user_id}")
def get_user(call: Call) -> Reply:
    return ok(payloads.user(call.world.user(call.id("user_id"))))


@routes.add("GET", "/users/@me/guilds")
def list_my_guilds(call: Call) -> Reply:
    world = call.world
    found = []
    for guild in world.guilds.values():
        if world.bot.id in guild.members:
            permissions = world.guild_permissions(guild.id, world.bot.id)
            found.append(
                {
                    "id": str(guild.id),
                    "name": guild.name,
                    "icon": guild.icon,
                    "banner": None,
                    "owner": guild.owner_id == world.bot.id,
                    "permissions": str(permissions),
                    "features": list(guild.features),
                }
            )
    return ok(found)


@routes.add("DELETE", "/users/@me/guilds/{guild_id}")
def leave_guild(call: Call) -> Reply:
    call.world.remove_member(call.id("guild_id"), call.world.bot.id)
    return no_content()


_CREATE_DM = Obj({"recipient_id": Snowflake()}, required=("recipient_id",))


@routes.add("POST", "/users/@me/channels")
def create_dm(call: Call) -> Reply:
    body = validate(_CREATE_DM, call.json())
    channel = call.world.open_dm(body["recipient_id"])
    return ok(payloads.channel(call.world, channel))


@routes.add("GET", "/gateway", auth=False)
def get_gateway(call: Call) -> Reply:
    return ok({"url": call.settings.gateway_url})


@routes.add("GET", "/gateway/bot")
def get_bot_gateway(call: Call) -> Reply:
    settings = call.settings
    return ok(
        {
            "url": settings.gateway_url,
            "shards": settings.shards,
            "session_start_limit": {
                "total": settings.session_start_total,
                "remaining": max(0, settings.session_start_remaining),
                "reset_after": 86_400_000,
                "max_concurrency": settings.max_concurrency,
            },
        }
    )


@routes.add("GET", "/users/@me/guilds/{guild_id}/member")
def get_my_member(call: Call) -> Reply:
    member = call.world.guild(call.id("guild_id")).members.get(call.world.bot.id)
    if member is None:
        raise api_errors.unknown("Guild")
    return ok(payloads.member(call.world, member))
