"""Webhooks: manage, execute, and their messages; interaction followups and `@original` share these routes."""

from __future__ import annotations

import secrets

from .. import api_errors, payloads
from .._json import JSONObject
from ..models import Interaction, Message, User, Webhook
from ..permissions import Permission
from ..validation import Obj, Str, validate
from .bodies import EDIT_BODY, MESSAGE_BODY
from .messages import attachments_from, check_not_empty, edit_fields
from .routing import Call, Reply, RouteTable, no_content, ok

routes = RouteTable()
W = ("webhook_id",)
WT = ("webhook_id", "webhook_token")


def _webhook(call: Call) -> Webhook:
    webhook = call.world.webhooks.get(call.id("webhook_id"))
    if webhook is None:
        raise api_errors.unknown("Webhook")
    return webhook


def _by_token(call: Call) -> Webhook | Interaction:
    """A real webhook, or the interaction whose token addresses its followup webhook."""
    webhook_id = call.id("webhook_id")
    token = call.params["webhook_token"]
    if webhook_id == call.world.application_id:
        return call.world.interaction_for_webhook(webhook_id, token)
    webhook = call.world.webhooks.get(webhook_id)
    if webhook is None or not secrets.compare_digest(webhook.token, token):
        raise api_errors.unknown("Webhook")
    return webhook


@routes.add("GET", "/webhooks/{webhook_id}", major=W)
def get_webhook(call: Call) -> Reply:
    webhook = _webhook(call)
    call.world.require(call.world.bot.id, webhook.channel_id, Permission.MANAGE_WEBHOOKS)
    return ok(payloads.webhook(call.world, webhook))


@routes.add("DELETE", "/webhooks/{webhook_id}", major=W)
def delete_webhook(call: Call) -> Reply:
    webhook = _webhook(call)
    call.world.require(call.world.bot.id, webhook.channel_id, Permission.MANAGE_WEBHOOKS)
    call.world.delete_webhook(webhook.id)
    return no_content()


@routes.add("GET", "/webhooks/{webhook_id}/{webhook_token}", major=WT, auth=False)
def get_webhook_by_token(call: Call) -> Reply:
    target = _by_token(call)
    if isinstance(target, Interaction):
        raise api_errors.unknown("Webhook")
    data = payloads.webhook(call.world, target, with_token=False)
    data.pop("user", None)
    return ok(data)


_UPDATE_WEBHOOK = Obj({"name": Str(1, 80), "avatar": Str(nullable=True)})


@routes.add("PATCH", "/webhooks/{webhook_id}/{webhook_token}", major=WT, auth=False)
def update_webhook_by_token(call: Call) -> Reply:
    target = _by_token(call)
    if isinstance(target, Interaction):
        raise api_errors.unknown("Webhook")
    body = validate(_UPDATE_WEBHOOK, call.json())
    if "name" in body:
        target.name = body["name"]
    data = payloads.webhook(call.world, target, with_token=False)
    data.pop("user", None)
    return ok(data)


@routes.add("DELETE", "/webhooks/{webhook_id}/{webhook_token}", major=WT, auth=False)
def delete_webhook_by_token(call: Call) -> Reply:
    target = _by_token(call)
    if isinstance(target, Interaction):
        raise api_errors.unknown("Webhook")
    call.world.delete_webhook(target.id)
    return no_content()


@routes.add("POST", "/webhooks/{webhook_id}/{webhook_token}", major=WT, auth=False, global_exempt=True)
def execute_webhook(call: Call) -> Reply:
    target = _by_token(call)
    body = validate(MESSAGE_BODY, call.json())
    check_not_empty(body)
    world = call.world
    if isinstance(target, Interaction):
        body["attachments"] = attachments_from(body)
        return ok(payloads.message(world, world.followup(target, body)))
    author = world.users.setdefault(target.id, User(id=target.id, username=target.name, bot=True))
    author.username = str(body.get("username") or target.name)
    message = world.create_message(
        target.channel_id,
        author.id,
        body.get("content") or "",
        embeds=body.get("embeds"),
        components=body.get("components"),
        attachments=attachments_from(body),
        tts=bool(body.get("tts")),
        webhook_id=target.id,
        allowed_mentions=body.get("allowed_mentions"),
    )
    return ok(payloads.message(world, message)) if call.query_bool("wait") else no_content()


def _webhook_message(call: Call, target: Webhook | Interaction) -> Message:
    raw = call.params["message_id"]
    world = call.world
    if isinstance(target, Interaction):
        if raw == "@original":
            return world.original_message(target)
        message_id = call.id("message_id")
        if message_id not in target.followup_ids and message_id != target.original_message_id:
            raise api_errors.unknown("Message")
        return world.message(target.channel_id, message_id)
    message = world.message(target.channel_id, call.id("message_id"))
    if message.webhook_id != target.id:
        raise api_errors.unknown("Message")
    return message


@routes.add(
    "GET",
    "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}",
    major=WT,
    auth=False,
    global_exempt=True,
)
def get_webhook_message(call: Call) -> Reply:
    return ok(payloads.message(call.world, _webhook_message(call, _by_token(call))))


@routes.add(
    "PATCH",
    "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}",
    major=WT,
    auth=False,
    global_exempt=True,
)
def update_webhook_message(call: Call) -> Reply:
    target = _by_token(call)
    message = _webhook_message(call, target)
    body: JSONObject = validate(EDIT_BODY, call.json())
    fields = edit_fields(body, message)
    if message.flags & (1 << 7):
        fields["flags"] = message.flags & ~(1 << 7)
    return ok(payloads.message(call.world, call.world.edit_message(message.channel_id, message.id, **fields)))


@routes.add(
    "DELETE",
    "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}",
    major=WT,
    auth=False,
    global_exempt=True,
)
def delete_webhook_message(call: Call) -> Reply:
    message = _webhook_message(call, _by_token(call))
    call.world.delete_message(message.channel_id, message.id)
    return no_content()
