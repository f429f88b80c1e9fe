"""The interaction callback: the bot's first answer to an interaction (followups and `@original` are
webhook routes, in `webhooks`)."""

from __future__ import annotations

from .. import api_errors, payloads
from .._json import JSONObject
from ..validation import AnyObject, Int, Obj, validate
from .bodies import AUTOCOMPLETE_RESULT, MESSAGE_BODY, MODAL
from .routing import Call, Reply, RouteTable, no_content, ok

routes = RouteTable()

_CALLBACK_DATA = {4: MESSAGE_BODY, 5: MESSAGE_BODY, 7: MESSAGE_BODY, 8: AUTOCOMPLETE_RESULT, 9: MODAL}
_CALLBACK = Obj(
    {"type": Int(choices=(1, 4, 5, 6, 7, 8, 9, 10, 12)), "data": AnyObject(nullable=True)}, required=("type",)
)


@routes.add(
    "POST",
    "/interactions/{interaction_id}/{interaction_token}/callback",
    major=("interaction_id", "interaction_token"),
    auth=False,
    global_exempt=True,
    rate_limited=False,
)
def create_interaction_response(call: Call) -> Reply:
    world = call.world
    interaction = world.interaction_by_token(call.id("interaction_id"), call.params["interaction_token"])
    body = validate(_CALLBACK, call.json())
    data = body.get("data")
    if data is not None:
        data = validate(_CALLBACK_DATA.get(body["type"], Obj({})), data)
    if body["type"] == 4:
        check = data if isinstance(data, dict) else {}
        if not any(check.get(k) for k in ("content", "embeds", "components", "attachments", "poll")):
            raise api_errors.empty_message()
    if body["type"] == 9 and not (isinstance(data, dict) and data.get("custom_id") and data.get("title")):
        raise api_errors.invalid_form_body(
            {
                "data": {
                    "custom_id": {
                        "_errors": [api_errors.field_error("BASE_TYPE_REQUIRED", "This field is required")]
                    }
                }
            }
        )
    message = world.respond(interaction, body["type"], data)
    if not call.query_bool("with_response"):
        return no_content()
    result: JSONObject = {"interaction": {"id": str(interaction.id), "type": interaction.type}}
    if message is not None:
        result["interaction"].update(
            response_message_id=str(message.id),
            response_message_loading=bool(message.flags & (1 << 7)),
            response_message_ephemeral=bool(message.flags & (1 << 6)),
        )
        if body["type"] in (4, 7):
            result["resource"] = {"type": body["type"], "message": payloads.message(world, message)}
    return ok(result)
