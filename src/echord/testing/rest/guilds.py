"""Guilds with their channels, roles, members and bans."""

from __future__ import annotations

from .. import api_errors, payloads
from ..models import ChannelType
from ..permissions import Overwrite, Permission
from ..validation import AnyObject, Array, Bool, Int, Obj, Permissions, Snowflake, Str, validate
from .routing import Call, Reply, RouteTable, created, no_content, ok

routes = RouteTable()
G = ("guild_id",)


def _manage(call: Call, guild_id: int, permission: Permission) -> None:
    call.world.require_guild(call.world.bot.id, guild_id, permission)


def _visible_guild(call: Call) -> int:
    guild_id = call.id("guild_id")
    if call.world.bot.id not in call.world.guild(guild_id).members:
        raise api_errors.unknown("Guild")
    return guild_id


@routes.add("GET", "/guilds/{guild_id}", major=G)
def get_guild(call: Call) -> Reply:
    guild = call.world.guild(_visible_guild(call))
    data = payloads.guild(call.world, guild)
    if call.query_bool("with_counts"):
        data.update(approximate_member_count=len(guild.members), approximate_presence_count=0)
    return ok(data)


_UPDATE_GUILD = Obj({"name": Str(2, 100), "description": Str(0, 120, nullable=True)})


@routes.add("PATCH", "/guilds/{guild_id}", major=G)
def update_guild(call: Call) -> Reply:
    guild_id = _visible_guild(call)
    body = validate(_UPDATE_GUILD, call.json())
    _manage(call, guild_id, Permission.MANAGE_GUILD)
    guild = call.world.guild(guild_id)
    for key in ("name", "description"):
        if key in body:
            setattr(guild, key, body[key])
    data = payloads.guild(call.world, guild)
    call.world.emit("GUILD_UPDATE", {**data, "guild_id": str(guild_id)}, guild_id=guild_id)
    return ok(data)


@routes.add("GET", "/guilds/{guild_id}/channels", major=G)
def list_guild_channels(call: Call) -> Reply:
    world = call.world
    guild = world.guild(_visible_guild(call))
    channels = [world.channels[c] for c in guild.channel_ids]
    visible = [
        c
        for c in channels
        if c.type not in ChannelType.THREADS
        and world.permissions_for(world.bot.id, c.id) & Permission.VIEW_CHANNEL
    ]
    return ok([payloads.channel(world, c) for c in visible])


_OVERWRITE = Obj(
    {"id": Snowflake(), "type": Int(choices=(0, 1)), "allow": Permissions(), "deny": Permissions()},
    required=("id",),
)
_CREATE_CHANNEL = Obj(
    {
        "name": Str(1, 100),
        "type": Int(choices=(0, 2, 4, 5, 13, 15, 16)),
        "topic": Str(0, 1024, nullable=True),
        "parent_id": Snowflake(nullable=True),
        "nsfw": Bool(),
        "position": Int(nullable=True),
        "rate_limit_per_user": Int(0, 21600),
        "bitrate": Int(8000, 384000),
        "user_limit": Int(0, 99),
        "permission_overwrites": Array(_OVERWRITE, max_items=100),
        "available_tags": Array(AnyObject(), max_items=20),
    },
    required=("name",),
)


def overwrites_from(body: list[dict[str, int]] | None) -> list[Overwrite]:
    return [
        Overwrite(o["id"], int(o.get("type", 0)), int(o.get("allow") or 0), int(o.get("deny") or 0))
        for o in body or []
    ]


@routes.add("POST", "/guilds/{guild_id}/channels", major=G)
def create_guild_channel(call: Call) -> Reply:
    guild_id = _visible_guild(call)
    body = validate(_CREATE_CHANNEL, call.json())
    _manage(call, guild_id, Permission.MANAGE_CHANNELS)
    fields = {
        k: body[k]
        for k in ("topic", "nsfw", "rate_limit_per_user", "bitrate", "user_limit", "available_tags")
        if body.get(k) is not None
    }
    channel = call.world.create_channel(
        guild_id,
        body["name"],
        body.get("type") or ChannelType.GUILD_TEXT,
        parent_id=body.get("parent_id"),
        overwrites=overwrites_from(body.get("permission_overwrites")),
        **fields,
    )
    return created(payloads.channel(call.world, channel))


@routes.add("GET", "/guilds/{guild_id}/roles", major=G)
def list_guild_roles(call: Call) -> Reply:
    guild = call.world.guild(_visible_guild(call))
    return ok([payloads.role(r) for r in sorted(guild.roles.values(), key=lambda r: (r.position, r.id))])


@routes.add("GET", "/guilds/{guild_id}/roles/{role_id}", major=G)
def get_guild_role(call: Call) -> Reply:
    return ok(payloads.role(call.world.role(_visible_guild(call), call.id("role_id"))))


_ROLE = Obj(
    {
        "name": Str(0, 100),
        "permissions": Permissions(),
        "color": Int(0, 0xFFFFFF),
        "hoist": Bool(),
        "mentionable": Bool(),
    }
)


def _role_fields(body: dict[str, object]) -> dict[str, object]:
    return {
        k: v
        for k, v in body.items()
        if k in ("name", "permissions", "color", "hoist", "mentionable") and v is not None
    }


def _check_role_permissions(call: Call, guild_id: int, permissions: object) -> None:
    """Discord refuses to grant permissions the bot does not have itself."""
    if isinstance(permissions, int):
        mine = call.world.guild_permissions(guild_id, call.world.bot.id)
        if permissions & ~mine:
            raise api_errors.missing_permissions()


@routes.add("POST", "/guilds/{guild_id}/roles", major=G)
def create_guild_role(call: Call) -> Reply:
    guild_id = _visible_guild(call)
    body = validate(_ROLE, call.json())
    _manage(call, guild_id, Permission.MANAGE_ROLES)
    _check_role_permissions(call, guild_id, body.get("permissions"))
    fields = _role_fields(body)
    name = str(fields.pop("name", "new role"))
    permissions = int(str(fields.pop("permissions", 0)))
    role = call.world.create_role(guild_id, name, permissions=permissions, **fields)
    return ok(payloads.role(role))


@routes.add("PATCH", "/guilds/{guild_id}/roles/{role_id}", major=G)
def update_guild_role(call: Call) -> Reply:
    guild_id = _visible_guild(call)
    body = validate(_ROLE, call.json())
    _manage(call, guild_id, Permission.MANAGE_ROLES)
    _check_role_permissions(call, guild_id, body.get("permissions"))
    return ok(payloads.role(call.world.update_role(guild_id, call.id("role_id"), **_role_fields(body))))


@routes.add("DELETE", "/guilds/{guild_id}/roles/{role_id}", major=G)
def delete_guild_role(call: Call) -> Reply:
    guild_id = _visible_guild(call)
    _manage(call, guild_id, Permission.MANAGE_ROLES)
    call.world.delete_role(guild_id, call.id("role_id"))
    return no_content()


@routes.add("GET", "/guilds/{guild_id}/members", major=G)
def list_guild_members(call: Call) -> Reply:
    guild = call.world.guild(_visible_guild(call))
    limit = call.query_int("limit", 1, 1, 1000)
    after = call.query_id("after") or 0
    members = sorted((m for m in guild.members.values() if m.user_id > after), key=lambda m: m.user_id)
    return ok([payloads.member(call.world, m) for m in members[:limit]])


@routes.add("GET", "/guilds/{guild_id}/members/search", major=G)
def search_guild_members(call: Call) -> Reply:
    guild = call.world.guild(_visible_guild(call))
    query = call.query.get("query", [""])[-1].lower()
    limit = call.query_int("limit", 1, 1, 1000)
    found = [
        m
        for m in guild.members.values()
        if call.world.users[m.user_id].username.lower().startswith(query)
        or (m.nick or "").lower().startswith(query)
    ]
    return ok([payloads.member(call.world, m) for m in found[:limit]])


_UPDATE_ME = Obj({"nick": Str(0, 32, nullable=True)})


@routes.add("PATCH", "/guilds/{guild_id}/members/@me", major=G)
def update_my_guild_member(call: Call) -> Reply:
    guild_id = _visible_guild(call)
    body = validate(_UPDATE_ME, call.json())
    if "nick" in body:
        _manage(call, guild_id, Permission.CHANGE_NICKNAME)
    member = call.world.update_member(guild_id, call.world.bot.id, nick=body.get("nick", False))
    return ok(payloads.member(call.world, member))


@routes.add("GET", "/guilds/{guild_id}/members/{user_id}", major=G)
def get_guild_member(call: Call) -> Reply:
    return ok(payloads.member(call.world, call.world.member(_visible_guild(call), call.id("user_id"))))


_UPDATE_MEMBER = Obj(
    {
        "nick": Str(0, 32, nullable=True),
        "roles": Array(Snowflake(), nullable=True),
        "communication_disabled_until": Str(nullable=True),
    }
)


@routes.add("PATCH", "/guilds/{guild_id}/members/{user_id}", major=G)
def update_guild_member(call: Call) -> Reply:
    guild_id = _visible_guild(call)
    user_id = call.id("user_id")
    body = validate(_UPDATE_MEMBER, call.json())
    call.world.member(guild_id, user_id)
    if "roles" in body:
        _manage(call, guild_id, Permission.MANAGE_ROLES)
    if "nick" in body:
        _manage(
            call,
            guild_id,
            Permission.MANAGE_NICKNAMES if user_id != call.world.bot.id else Permission.CHANGE_NICKNAME,
        )
    if "communication_disabled_until" in body:
        _manage(call, guild_id, Permission.MODERATE_MEMBERS)
    member = call.world.update_member(
        guild_id,
        user_id,
        nick=body.get("nick", False),
        roles=body.get("roles"),
        communication_disabled_until=body.get("communication_disabled_until", False),
    )
    return ok(payloads.member(call.world, member))


@routes.add("PUT", "/guilds/{guild_id}/members/{user_id}/roles/{role_id}", major=G)
def add_guild_member_role(call: Call) -> Reply:
    guild_id = _visible_guild(call)
    _manage(call, guild_id, Permission.MANAGE_ROLES)
    member = call.world.member(guild_id, call.id("user_id"))
    role_id = call.id("role_id")
    call.world.role(guild_id, role_id)
    if role_id not in member.roles:
        call.world.update_member(guild_id, member.user_id, roles=[*member.roles, role_id])
    return no_content()


@routes.add("DELETE", "/guilds/{guild_id}/members/{user_id}/roles/{role_id}", major=G)
def delete_guild_member_role(call: Call) -> Reply:
    guild_id = _visible_guild(call)
    _manage(call, guild_id, Permission.MANAGE_ROLES)
    member = call.world.member(guild_id, call.id("user_id"))
    role_id = call.id("role_id")
    call.world.role(guild_id, role_id)
    if role_id in member.roles:
        call.world.update_member(guild_id, member.user_id, roles=[r for r in member.roles if r != role_id])
    return no_content()


@routes.add("DELETE", "/guilds/{guild_id}/members/{user_id}", major=G)
def delete_guild_member(call: Call) -> Reply:
    guild_id = _visible_guild(call)
    _manage(call, guild_id, Permission.KICK_MEMBERS)
    call.world.remove_member(guild_id, call.id("user_id"))
    return no_content()


@routes.add("GET", "/guilds/{guild_id}/bans", major=G)
def list_guild_bans(call: Call) -> Reply:
    guild_id = _visible_guild(call)
    _manage(call, guild_id, Permission.BAN_MEMBERS)
    bans = call.world.guild(guild_id).bans
    return ok([{"user": payloads.user(call.world.users[u]), "reason": r} for u, r in bans.items()])


@routes.add("GET", "/guilds/{guild_id}/bans/{user_id}", major=G)
def get_guild_ban(call: Call) -> Reply:
    guild_id = _visible_guild(call)
    _manage(call, guild_id, Permission.BAN_MEMBERS)
    user_id = call.id("user_id")
    bans = call.world.guild(guild_id).bans
    if user_id not in bans:
        raise api_errors.unknown("Ban")
    return ok({"user": payloads.user(call.world.users[user_id]), "reason": bans[user_id]})


_BAN = Obj({"delete_message_seconds": Int(0, 604800), "delete_message_days": Int(0, 7)})


@routes.add("PUT", "/guilds/{guild_id}/bans/{user_id}", major=G)
def ban_user_from_guild(call: Call) -> Reply:
    guild_id = _visible_guild(call)
    validate(_BAN, call.json())
    _manage(call, guild_id, Permission.BAN_MEMBERS)
    call.world.ban(guild_id, call.id("user_id"), call.headers.get("x-audit-log-reason"))
    return no_content()


@routes.add("DELETE", "/guilds/{guild_id}/bans/{user_id}", major=G)
def unban_user_from_guild(call: Call) -> Reply:
    guild_id = _visible_guild(call)
    _manage(call, guild_id, Permission.BAN_MEMBERS)
    call.world.unban(guild_id, call.id("user_id"))
    return no_content()


@routes.add("GET", "/guilds/{guild_id}/emojis", major=G)
def list_guild_emojis(call: Call) -> Reply:
    guild = call.world.guild(_visible_guild(call))
    return ok([payloads.emoji(call.world, e) for e in guild.emojis.values()])
