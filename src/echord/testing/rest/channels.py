"""Channels: get/edit/delete, permission overwrites, invites, webhooks, threads and typing."""

from __future__ import annotations

from .. import api_errors, payloads
from ..models import Channel, ChannelType
from ..permissions import Overwrite, Permission
from ..validation import Array, Bool, Int, Obj, Permissions, Snowflake, Str, validate
from .bodies import MESSAGE_BODY
from .routing import Call, Reply, RouteTable, created, no_content, ok

routes = RouteTable()
C = ("channel_id",)


def visible_channel(call: Call) -> Channel:
    """The channel in the path, if the bot can see it (Unknown Channel / Missing Access otherwise)."""
    channel = call.world.channel(call.id("channel_id"))
    if channel.guild_id is not None and call.world.bot.id not in call.world.guilds[channel.guild_id].members:
        raise api_errors.unknown("Channel")
    if channel.guild_id is None and call.world.bot.id not in channel.recipient_ids:
        raise api_errors.unknown("Channel")
    if not call.world.permissions_for(call.world.bot.id, channel.id) & Permission.VIEW_CHANNEL:
        raise api_errors.missing_access()
    return channel


def require(call: Call, channel: Channel, permission: Permission) -> None:
    call.world.require(call.world.bot.id, channel.id, permission)


@routes.add("GET", "/channels/{channel_id}", major=C)
def get_channel(call: Call) -> Reply:
    return ok(payloads.channel(call.world, visible_channel(call)))


_UPDATE_CHANNEL = Obj(
    {
        "name": Str(1, 100),
        "topic": Str(0, 1024, nullable=True),
        "nsfw": Bool(),
        "position": Int(nullable=True),
        "rate_limit_per_user": Int(0, 21600),
        "parent_id": Snowflake(nullable=True),
        "archived": Bool(),
        "locked": Bool(),
        "auto_archive_duration": Int(choices=(60, 1440, 4320, 10080)),
        "applied_tags": Array(Snowflake(), max_items=5),
    }
)


@routes.add("PATCH", "/channels/{channel_id}", major=C)
def update_channel(call: Call) -> Reply:
    channel = visible_channel(call)
    body = validate(_UPDATE_CHANNEL, call.json())
    is_thread = channel.type in ChannelType.THREADS
    if not (is_thread and channel.owner_id == call.world.bot.id):
        require(call, channel, Permission.MANAGE_THREADS if is_thread else Permission.MANAGE_CHANNELS)
    allowed = (
        "name",
        "topic",
        "nsfw",
        "position",
        "rate_limit_per_user",
        "parent_id",
        "archived",
        "locked",
        "auto_archive_duration",
        "applied_tags",
    )
    fields = {k: v for k, v in body.items() if k in allowed}
    return ok(payloads.channel(call.world, call.world.update_channel(channel.id, **fields)))


@routes.add("DELETE", "/channels/{channel_id}", major=C)
def delete_channel(call: Call) -> Reply:
    channel = visible_channel(call)
    if channel.guild_id is not None:
        is_thread = channel.type in ChannelType.THREADS
        require(call, channel, Permission.MANAGE_THREADS if is_thread else Permission.MANAGE_CHANNELS)
    return ok(payloads.channel(call.world, call.world.delete_channel(channel.id)))


_OVERWRITE = Obj(
    {"type": Int(choices=(0, 1)), "allow": Permissions(nullable=True), "deny": Permissions(nullable=True)},
    required=("type",),
)


@routes.add("PUT", "/channels/{channel_id}/permissions/{overwrite_id}", major=C)
def set_channel_permission_overwrite(call: Call) -> Reply:
    channel = visible_channel(call)
    body = validate(_OVERWRITE, call.json())
    require(call, channel, Permission.MANAGE_ROLES)
    overwrite = Overwrite(
        call.id("overwrite_id"), body["type"], int(body.get("allow") or 0), int(body.get("deny") or 0)
    )
    call.world.set_overwrite(channel.id, overwrite)
    return no_content()


@routes.add("DELETE", "/channels/{channel_id}/permissions/{overwrite_id}", major=C)
def delete_channel_permission_overwrite(call: Call) -> Reply:
    channel = visible_channel(call)
    require(call, channel, Permission.MANAGE_ROLES)
    call.world.delete_overwrite(channel.id, call.id("overwrite_id"))
    return no_content()


@routes.add("GET", "/channels/{channel_id}/invites", major=C)
def list_channel_invites(call: Call) -> Reply:
    channel = visible_channel(call)
    require(call, channel, Permission.MANAGE_CHANNELS)
    invites = [i for i in call.world.invites.values() if i.channel_id == channel.id]
    return ok([payloads.invite(call.world, i) for i in invites])


_INVITE = Obj({"max_age": Int(0, 604800), "max_uses": Int(0, 100), "temporary": Bool(), "unique": Bool()})


@routes.add("POST", "/channels/{channel_id}/invites", major=C)
def create_channel_invite(call: Call) -> Reply:
    channel = visible_channel(call)
    body = validate(_INVITE, call.json())
    require(call, channel, Permission.CREATE_INSTANT_INVITE)
    invite = call.world.create_invite(
        channel.id, call.world.bot.id, max_age=body.get("max_age", 86400), max_uses=body.get("max_uses", 0)
    )
    return ok(payloads.invite(call.world, invite))


@routes.add("GET", "/channels/{channel_id}/webhooks", major=C)
def list_channel_webhooks(call: Call) -> Reply:
    channel = visible_channel(call)
    require(call, channel, Permission.MANAGE_WEBHOOKS)
    hooks = [w for w in call.world.webhooks.values() if w.channel_id == channel.id]
    return ok([payloads.webhook(call.world, w) for w in hooks])


_WEBHOOK = Obj({"name": Str(1, 80), "avatar": Str(nullable=True)}, required=("name",))


@routes.add("POST", "/channels/{channel_id}/webhooks", major=C)
def create_webhook(call: Call) -> Reply:
    channel = visible_channel(call)
    body = validate(_WEBHOOK, call.json())
    if body["name"].lower() in ("clyde", "discord"):
        raise api_errors.invalid_form_body(
            {
                "name": {
                    "_errors": [
                        api_errors.field_error(
                            "WEBHOOK_INVALID_USERNAME", f'Username cannot be "{body["name"]}"'
                        )
                    ]
                }
            }
        )
    require(call, channel, Permission.MANAGE_WEBHOOKS)
    return ok(
        payloads.webhook(
            call.world, call.world.create_webhook(channel.id, body["name"], user_id=call.world.bot.id)
        )
    )


_THREAD = Obj(
    {
        "name": Str(1, 100),
        "auto_archive_duration": Int(choices=(60, 1440, 4320, 10080)),
        "type": Int(choices=(10, 11, 12)),
        "invitable": Bool(),
        "rate_limit_per_user": Int(0, 21600),
        "message": MESSAGE_BODY,
        "applied_tags": Array(Snowflake(), max_items=5),
    },
    required=("name",),
)


@routes.add("POST", "/channels/{channel_id}/threads", major=C)
def create_thread(call: Call) -> Reply:
    channel = visible_channel(call)
    body = validate(_THREAD, call.json())
    forum = channel.type in (ChannelType.GUILD_FORUM, ChannelType.GUILD_MEDIA)
    if forum and not isinstance(body.get("message"), dict):
        raise api_errors.invalid_form_body(
            {"message": {"_errors": [api_errors.field_error("BASE_TYPE_REQUIRED", "This field is required")]}}
        )
    kind = ChannelType.PUBLIC_THREAD if forum else body.get("type", ChannelType.PRIVATE_THREAD)
    needed = (
        Permission.SEND_MESSAGES
        if forum
        else (
            Permission.CREATE_PRIVATE_THREADS
            if kind == ChannelType.PRIVATE_THREAD
            else Permission.CREATE_PUBLIC_THREADS
        )
    )
    require(call, channel, needed)
    thread = call.world.create_thread(
        channel.id,
        body["name"],
        call.world.bot.id,
        type=kind,
        auto_archive_duration=body.get("auto_archive_duration", 1440),
        applied_tags=body.get("applied_tags"),
    )
    data = payloads.channel(call.world, thread)
    if forum:
        starter = body["message"]
        message = call.world.create_message(
            thread.id, call.world.bot.id, str(starter.get("content") or ""), embeds=starter.get("embeds")
        )
        data = payloads.channel(call.world, thread)
        data["message"] = payloads.message(call.world, message)
    return created(data)


_THREAD_FROM_MESSAGE = Obj(
    {"name": Str(1, 100), "auto_archive_duration": Int(choices=(60, 1440, 4320, 10080))}, required=("name",)
)


@routes.add("POST", "/channels/{channel_id}/messages/{message_id}/threads", major=C)
def create_thread_from_message(call: Call) -> Reply:
    channel = visible_channel(call)
    body = validate(_THREAD_FROM_MESSAGE, call.json())
    require(call, channel, Permission.CREATE_PUBLIC_THREADS)
    kind = (
        ChannelType.ANNOUNCEMENT_THREAD
        if channel.type == ChannelType.GUILD_ANNOUNCEMENT
        else ChannelType.PUBLIC_THREAD
    )
    thread = call.world.create_thread(
        channel.id,
        body["name"],
        call.world.bot.id,
        type=kind,
        message_id=call.id("message_id"),
        auto_archive_duration=body.get("auto_archive_duration", 1440),
    )
    return created(payloads.channel(call.world, thread))


@routes.add("GET", "/channels/{channel_id}/threads/archived/public", major=C)
def list_public_archived_threads(call: Call) -> Reply:
    channel = visible_channel(call)
    require(call, channel, Permission.READ_MESSAGE_HISTORY)
    threads = [
        t
        for t in call.world.channels.values()
        if t.parent_id == channel.id
        and t.type in ChannelType.THREADS
        and t.archived
        and t.type != ChannelType.PRIVATE_THREAD
    ]
    return ok(
        {"threads": [payloads.channel(call.world, t) for t in threads], "members": [], "has_more": False}
    )


@routes.add("PUT", "/channels/{channel_id}/thread-members/@me", major=C)
def join_thread(call: Call) -> Reply:
    thread = visible_channel(call)
    if thread.type not in ChannelType.THREADS:
        raise api_errors.APIError(400, 50024, "Cannot execute action on this channel type")
    if call.world.bot.id not in thread.member_ids:
        thread.member_ids.append(call.world.bot.id)
    return no_content()


@routes.add("POST", "/channels/{channel_id}/typing", major=C)
def trigger_typing(call: Call) -> Reply:
    channel = visible_channel(call)
    require(call, channel, Permission.SEND_MESSAGES)
    return no_content()
