"""Invites by code and guild emojis (create, get, delete)."""

from __future__ import annotations

from .. import api_errors, payloads
from ..permissions import Permission
from ..validation import Array, Obj, Snowflake, Str, validate
from .routing import Call, Reply, RouteTable, created, no_content, ok

routes = RouteTable()
G = ("guild_id",)


@routes.add("GET", "/invites/{code}")
def get_invite(call: Call) -> Reply:
    invite = call.world.invites.get(call.params["code"])
    if invite is None:
        raise api_errors.unknown("Invite")
    return ok(payloads.invite(call.world, invite))


@routes.add("DELETE", "/invites/{code}")
def delete_invite(call: Call) -> Reply:
    invite = call.world.invites.get(call.params["code"])
    if invite is None:
        raise api_errors.unknown("Invite")
    call.world.require(call.world.bot.id, invite.channel_id, Permission.MANAGE_CHANNELS)
    data = payloads.invite(call.world, invite)
    del call.world.invites[invite.code]
    event = {"channel_id": str(invite.channel_id), "guild_id": str(invite.guild_id), "code": invite.code}
    call.world.emit("INVITE_DELETE", event, guild_id=invite.guild_id, channel_id=invite.channel_id)
    return ok(data)


@routes.add("GET", "/guilds/{guild_id}/invites", major=G)
def list_guild_invites(call: Call) -> Reply:
    guild_id = call.id("guild_id")
    call.world.require_guild(call.world.bot.id, guild_id, Permission.MANAGE_GUILD)
    invites = [i for i in call.world.invites.values() if i.guild_id == guild_id]
    return ok([payloads.invite(call.world, i) for i in invites])


_EMOJI = Obj(
    {"name": Str(2, 32), "image": Str(1, 512 * 1024), "roles": Array(Snowflake(), nullable=True)},
    required=("name", "image"),
)


@routes.add("POST", "/guilds/{guild_id}/emojis", major=G)
def create_guild_emoji(call: Call) -> Reply:
    guild_id = call.id("guild_id")
    body = validate(_EMOJI, call.json())
    if not body["image"].startswith("data:image/"):
        raise api_errors.invalid_form_body(
            {"image": {"_errors": [api_errors.field_error("IMAGE_INVALID", "Invalid image data")]}}
        )
    permissions = call.world.guild_permissions(guild_id, call.world.bot.id)
    if not permissions & (Permission.MANAGE_GUILD_EXPRESSIONS | Permission.CREATE_GUILD_EXPRESSIONS):
        call.world.require_guild(call.world.bot.id, guild_id, Permission.CREATE_GUILD_EXPRESSIONS)
    emoji = call.world.create_emoji(guild_id, body["name"], user_id=call.world.bot.id)
    return created(payloads.emoji(call.world, emoji))


@routes.add("GET", "/guilds/{guild_id}/emojis/{emoji_id}", major=G)
def get_guild_emoji(call: Call) -> Reply:
    emoji = call.world.guild(call.id("guild_id")).emojis.get(call.id("emoji_id"))
    if emoji is None:
        raise api_errors.unknown("Emoji")
    return ok(payloads.emoji(call.world, emoji))


@routes.add("DELETE", "/guilds/{guild_id}/emojis/{emoji_id}", major=G)
def delete_guild_emoji(call: Call) -> Reply:
    guild_id = call.id("guild_id")
    call.world.require_guild(call.world.bot.id, guild_id, Permission.MANAGE_GUILD_EXPRESSIONS)
    call.world.delete_emoji(guild_id, call.id("emoji_id"))
    return no_content()
