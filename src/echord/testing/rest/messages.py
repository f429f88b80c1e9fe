"""Channel messages: create/edit/delete/get/list, bulk delete, reactions and pins."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from .. import api_errors, payloads
from .._json import JSONObject
from ..models import Channel, ChannelType, Message
from ..permissions import Permission
from ..snowflakes import snowflake_time
from ..validation import Array, Obj, Snowflake, validate
from ..world_messages import emoji_key
from .bodies import EDIT_BODY, MESSAGE_BODY
from .channels import require, visible_channel
from .routing import Call, Reply, RouteTable, no_content, ok

routes = RouteTable()
C = ("channel_id",)


def check_not_empty(body: JSONObject) -> None:
    if not any(
        body.get(k) for k in ("content", "embeds", "components", "sticker_ids", "attachments", "poll")
    ):
        raise api_errors.empty_message()


def attachments_from(body: JSONObject) -> list[JSONObject]:
    """Attachment objects for uploaded files (multipart parts named in `attachments`)."""
    found: list[JSONObject] = []
    for item in body.get("attachments") or []:
        if isinstance(item, dict) and "filename" in item:
            attachment_id = 1_000_000 + len(found)
            url = f"https://cdn.discordapp.com/attachments/0/{attachment_id}/{item['filename']}"
            found.append(
                {
                    "id": str(attachment_id),
                    "filename": str(item["filename"]),
                    "size": int(item.get("size", 0)),
                    "url": url,
                    "proxy_url": url,
                }
            )
    return found


_SLOWMODE_EXEMPT = Permission.MANAGE_MESSAGES | Permission.MANAGE_CHANNELS | Permission.BYPASS_SLOWMODE


def _slowmode(call: Call, channel: Channel) -> None:
    """Discord's per-user slowmode (`rate_limit_per_user`), which moderators and BYPASS_SLOWMODE skip."""
    if not channel.rate_limit_per_user:
        return
    bot = call.world.bot.id
    if call.world.permissions_for(bot, channel.id) & _SLOWMODE_EXEMPT:
        return
    now = time.monotonic()
    last = call.world.last_sent.get((channel.id, bot))
    if last is not None and now - last < channel.rate_limit_per_user:
        error = api_errors.APIError(429, 20016, "This action cannot be performed due to slowmode rate limit.")
        error.extra = {"retry_after": round(channel.rate_limit_per_user - (now - last), 3), "global": False}
        raise error
    call.world.last_sent[(channel.id, bot)] = now


def _writable(call: Call, channel: Channel) -> None:
    if channel.type in ChannelType.THREADS:
        if channel.archived or channel.locked:
            raise api_errors.APIError(400, 50083, "Thread is archived")
        require(call, channel, Permission.SEND_MESSAGES_IN_THREADS)
    elif channel.type in (ChannelType.GUILD_CATEGORY, ChannelType.GUILD_FORUM, ChannelType.GUILD_MEDIA):
        raise api_errors.APIError(400, 50008, "Cannot send messages in a non-text channel")
    else:
        require(call, channel, Permission.SEND_MESSAGES)
    _slowmode(call, channel)


@routes.add("POST", "/channels/{channel_id}/messages", major=C)
def create_message(call: Call) -> Reply:
    channel = visible_channel(call)
    body = validate(MESSAGE_BODY, call.json())
    check_not_empty(body)
    _writable(call, channel)
    world = call.world
    attachments = attachments_from(body)
    if attachments:
        require(call, channel, Permission.ATTACH_FILES)
    reference = body.get("message_reference")
    if isinstance(reference, dict) and reference.get("message_id") is not None:
        referenced_channel = int(reference.get("channel_id") or channel.id)
        if str(reference["message_id"]).isdigit() and int(reference["message_id"]) in world.messages.get(
            referenced_channel, {}
        ):
            reference = {
                "type": 0,
                "channel_id": str(referenced_channel),
                "message_id": str(reference["message_id"]),
            }
            if channel.guild_id is not None:
                reference["guild_id"] = str(channel.guild_id)
        elif reference.get("fail_if_not_exists", True):
            raise api_errors.invalid_form_body(
                {
                    "message_reference": {
                        "_errors": [
                            api_errors.field_error("MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "Unknown message")
                        ]
                    }
                }
            )
        else:
            reference = None
    tts = bool(body.get("tts")) and bool(
        world.permissions_for(world.bot.id, channel.id) & Permission.SEND_TTS_MESSAGES
    )
    message = world.create_message(
        channel.id,
        world.bot.id,
        body.get("content") or "",
        embeds=body.get("embeds"),
        components=body.get("components"),
        attachments=attachments,
        tts=tts,
        nonce=body.get("nonce"),
        flags=int(body.get("flags") or 0) & (1 << 2 | 1 << 12),
        type=19 if reference else 0,
        message_reference=reference if isinstance(reference, dict) else None,
        allowed_mentions=body.get("allowed_mentions"),
    )
    return ok(payloads.message(world, message))


@routes.add("GET", "/channels/{channel_id}/messages", major=C)
def list_messages(call: Call) -> Reply:
    channel = visible_channel(call)
    limit = call.query_int("limit", 50, 1, 100)
    before, after, around = call.query_id("before"), call.query_id("after"), call.query_id("around")
    if not call.world.permissions_for(call.world.bot.id, channel.id) & Permission.READ_MESSAGE_HISTORY:
        return ok([])
    history = call.world.messages_in(channel.id)
    if around is not None:
        older = [m for m in history if m.id < around][-(limit // 2) :] if limit // 2 else []
        newer = [m for m in history if m.id >= around][: limit - len(older)]
        chosen = older + newer
    elif after is not None:
        chosen = [m for m in history if m.id > after][:limit]
    else:
        chosen = [m for m in history if before is None or m.id < before][-limit:]
    return ok([payloads.message(call.world, m) for m in reversed(chosen)])


@routes.add("GET", "/channels/{channel_id}/messages/{message_id}", major=C)
def get_message(call: Call) -> Reply:
    channel = visible_channel(call)
    require(call, channel, Permission.READ_MESSAGE_HISTORY)
    return ok(payloads.message(call.world, call.world.message(channel.id, call.id("message_id"))))


def edit_fields(body: JSONObject, message: Message) -> dict[str, object]:
    fields: dict[str, object] = {}
    for key in ("content", "embeds", "components"):
        if key in body:
            fields[key] = body[key] if body[key] is not None else ("" if key == "content" else [])
    if body.get("flags") is not None:
        fields["flags"] = (message.flags & ~(1 << 2)) | (int(body["flags"]) & (1 << 2))
    if "attachments" in body and body["attachments"] is not None:
        kept = {str(a.get("id")) for a in body["attachments"] if isinstance(a, dict)}
        fields["attachments"] = [
            a for a in message.attachments if str(a.get("id")) in kept
        ] + attachments_from(body)
    return fields


@routes.add("PATCH", "/channels/{channel_id}/messages/{message_id}", major=C)
def update_message(call: Call) -> Reply:
    channel = visible_channel(call)
    body = validate(EDIT_BODY, call.json())
    message = call.world.message(channel.id, call.id("message_id"))
    if message.author_id != call.world.bot.id:
        if set(body) - {"flags"}:
            raise api_errors.APIError(403, 50005, "Cannot edit a message authored by another user")
        require(call, channel, Permission.MANAGE_MESSAGES)
    edited = call.world.edit_message(channel.id, message.id, **edit_fields(body, message))
    return ok(payloads.message(call.world, edited))


@routes.add("DELETE", "/channels/{channel_id}/messages/{message_id}", major=C)
def delete_message(call: Call) -> Reply:
    channel = visible_channel(call)
    message = call.world.message(channel.id, call.id("message_id"))
    if message.author_id != call.world.bot.id:
        require(call, channel, Permission.MANAGE_MESSAGES)
    call.world.delete_message(channel.id, message.id)
    return no_content()


_BULK = Obj({"messages": Array(Snowflake(), min_items=2, max_items=100)}, required=("messages",))


@routes.add("POST", "/channels/{channel_id}/messages/bulk-delete", major=C)
def bulk_delete_messages(call: Call) -> Reply:
    channel = visible_channel(call)
    body = validate(_BULK, call.json())
    require(call, channel, Permission.MANAGE_MESSAGES)
    cutoff = datetime.now(UTC) - timedelta(days=14)
    ids = list(dict.fromkeys(body["messages"]))
    if any(snowflake_time(i) < cutoff for i in ids):
        raise api_errors.APIError(400, 50034, "You can only bulk delete messages that are under 14 days old.")
    call.world.bulk_delete(channel.id, [i for i in ids if i in call.world.messages.get(channel.id, {})])
    return no_content()


@routes.add("POST", "/channels/{channel_id}/messages/{message_id}/crosspost", major=C)
def crosspost_message(call: Call) -> Reply:
    channel = visible_channel(call)
    if channel.type != ChannelType.GUILD_ANNOUNCEMENT:
        raise api_errors.APIError(400, 50024, "Cannot execute action on this channel type")
    message = call.world.message(channel.id, call.id("message_id"))
    if message.author_id != call.world.bot.id:
        require(call, channel, Permission.MANAGE_MESSAGES)
    return ok(
        payloads.message(call.world, call.world.edit_message(channel.id, message.id, flags=message.flags | 1))
    )


# -- reactions ----------------------------------------------------------------------------------------


def _emoji(call: Call, channel: Channel) -> str:
    key = emoji_key(call.params["emoji_name"])
    name, _, emoji_id = key.partition(":")
    if emoji_id:
        known = (
            any(int(emoji_id) in g.emojis for g in call.world.guilds.values())
            if emoji_id.isdigit()
            else False
        )
        if not known:
            raise api_errors.unknown("Emoji")
    elif not name:
        raise api_errors.unknown("Emoji")
    return key


@routes.add("PUT", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}/@me", major=C)
def add_my_message_reaction(call: Call) -> Reply:
    channel = visible_channel(call)
    message = call.world.message(channel.id, call.id("message_id"))
    key = _emoji(call, channel)
    require(call, channel, Permission.READ_MESSAGE_HISTORY)
    if key not in message.reactions:
        require(call, channel, Permission.ADD_REACTIONS)
        if len(message.reactions) >= 20:
            raise api_errors.APIError(400, 30010, "Maximum number of reactions reached (20)")
    call.world.add_reaction(channel.id, message.id, call.world.bot.id, key)
    return no_content()


@routes.add("DELETE", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}/@me", major=C)
def delete_my_message_reaction(call: Call) -> Reply:
    channel = visible_channel(call)
    message = call.world.message(channel.id, call.id("message_id"))
    call.world.remove_reaction(channel.id, message.id, call.world.bot.id, _emoji(call, channel))
    return no_content()


@routes.add(
    "DELETE", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}/{user_id}", major=C
)
def delete_user_message_reaction(call: Call) -> Reply:
    channel = visible_channel(call)
    message = call.world.message(channel.id, call.id("message_id"))
    require(call, channel, Permission.MANAGE_MESSAGES)
    call.world.remove_reaction(channel.id, message.id, call.id("user_id"), _emoji(call, channel))
    return no_content()


@routes.add("GET", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}", major=C)
def list_message_reactions_by_emoji(call: Call) -> Reply:
    channel = visible_channel(call)
    message = call.world.message(channel.id, call.id("message_id"))
    limit = call.query_int("limit", 25, 1, 100)
    after = call.query_id("after") or 0
    users = sorted(u for u in message.reactions.get(_emoji(call, channel), []) if u > after)
    return ok([payloads.user(call.world.users[u]) for u in users[:limit]])


@routes.add("DELETE", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}", major=C)
def delete_all_message_reactions_by_emoji(call: Call) -> Reply:
    channel = visible_channel(call)
    message = call.world.message(channel.id, call.id("message_id"))
    require(call, channel, Permission.MANAGE_MESSAGES)
    call.world.clear_reactions(channel.id, message.id, _emoji(call, channel))
    return no_content()


@routes.add("DELETE", "/channels/{channel_id}/messages/{message_id}/reactions", major=C)
def delete_all_message_reactions(call: Call) -> Reply:
    channel = visible_channel(call)
    message = call.world.message(channel.id, call.id("message_id"))
    require(call, channel, Permission.MANAGE_MESSAGES)
    call.world.clear_reactions(channel.id, message.id)
    return no_content()


# -- pins ---------------------------------------------------------------------------------------------


def _require_pin(call: Call, channel: Channel) -> None:
    permissions = call.world.permissions_for(call.world.bot.id, channel.id)
    if not permissions & (Permission.PIN_MESSAGES | Permission.MANAGE_MESSAGES):
        require(call, channel, Permission.PIN_MESSAGES)


def _pin(call: Call, pinned: bool) -> Reply:
    channel = visible_channel(call)
    message = call.world.message(channel.id, call.id("message_id"))
    _require_pin(call, channel)
    if pinned and not message.pinned and sum(m.pinned for m in call.world.messages_in(channel.id)) >= 250:
        raise api_errors.APIError(400, 30003, "Maximum number of pins reached (250)")
    call.world.pin(channel.id, message.id, pinned)
    return no_content()


def _pinned(call: Call, channel: Channel) -> list[Message]:
    require(call, channel, Permission.READ_MESSAGE_HISTORY)
    pins = [m for m in call.world.messages_in(channel.id) if m.pinned_at is not None]
    return sorted(pins, key=lambda m: m.pinned_at or "", reverse=True)


@routes.add("GET", "/channels/{channel_id}/messages/pins", major=C)
def list_pins(call: Call) -> Reply:
    channel = visible_channel(call)
    limit = call.query_int("limit", 50, 1, 50)
    before = call.query.get("before", [None])[-1]
    pins = [m for m in _pinned(call, channel) if before is None or (m.pinned_at or "") < before]
    items = [{"pinned_at": m.pinned_at, "message": payloads.message(call.world, m)} for m in pins[:limit]]
    return ok({"items": items, "has_more": len(pins) > limit})


@routes.add("PUT", "/channels/{channel_id}/messages/pins/{message_id}", major=C)
def create_pin(call: Call) -> Reply:
    return _pin(call, True)


@routes.add("DELETE", "/channels/{channel_id}/messages/pins/{message_id}", major=C)
def delete_pin(call: Call) -> Reply:
    return _pin(call, False)


@routes.add("GET", "/channels/{channel_id}/pins", major=C)
def deprecated_list_pins(call: Call) -> Reply:
    channel = visible_channel(call)
    return ok([payloads.message(call.world, m) for m in _pinned(call, channel)])


@routes.add("PUT", "/channels/{channel_id}/pins/{message_id}", major=C)
def deprecated_create_pin(call: Call) -> Reply:
    return _pin(call, True)


@routes.add("DELETE", "/channels/{channel_id}/pins/{message_id}", major=C)
def deprecated_delete_pin(call: Call) -> Reply:
    return _pin(call, False)
