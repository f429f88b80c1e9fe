"""Application commands, global and guild: list, create (an upsert by name), edit, delete, bulk overwrite."""

from __future__ import annotations

import re

from .. import api_errors, payloads
from .._json import JSONObject, JSONValue
from ..models import Command
from ..validation import AnyObject, Array, Bool, Int, Obj, Permissions, Str, validate
from .routing import Call, Reply, RouteTable, created, no_content, ok

routes = RouteTable()
A = ("application_id",)
AG = ("application_id", "guild_id")
_CHAT_INPUT_NAME = re.compile(r"^[-_'\w]{1,32}$")

OPTION = Obj(
    {
        "type": Int(1, 11),
        "name": Str(1, 32),
        "description": Str(1, 100),
        "required": Bool(),
        "choices": Array(AnyObject(), max_items=25),
        "options": Array(AnyObject(), max_items=25),
        "channel_types": Array(Int()),
        "autocomplete": Bool(),
    },
    required=("type", "name", "description"),
)

COMMAND_BODY = Obj(
    {
        "name": Str(1, 32),
        "description": Str(0, 100),
        "type": Int(choices=(1, 2, 3, 4)),
        "options": Array(OPTION, max_items=25),
        "default_member_permissions": Permissions(nullable=True),
        "dm_permission": Bool(nullable=True),
        "nsfw": Bool(),
        "contexts": Array(Int(choices=(0, 1, 2)), nullable=True),
        "integration_types": Array(Int(choices=(0, 1))),
        "name_localizations": AnyObject(nullable=True),
        "description_localizations": AnyObject(nullable=True),
    },
    required=("name",),
)


def _application(call: Call) -> int:
    application_id = call.id("application_id")
    if application_id != call.world.application_id:
        raise api_errors.APIError(403, 50001, "Missing Access")
    return application_id


def _guild(call: Call) -> int | None:
    if "guild_id" not in call.params:
        return None
    guild_id = call.id("guild_id")
    if call.world.bot.id not in call.world.guild(guild_id).members:
        raise api_errors.missing_access()
    return guild_id


def _checked(body: JSONValue, path: tuple[str, ...] = ()) -> JSONObject:
    cleaned = validate(COMMAND_BODY, body)
    kind = cleaned.get("type") or 1
    errors: JSONObject = {}
    if kind == 1:
        if not _CHAT_INPUT_NAME.match(cleaned["name"]) or cleaned["name"] != cleaned["name"].lower():
            errors["name"] = {
                "_errors": [
                    api_errors.field_error("APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")
                ]
            }
        if not cleaned.get("description"):
            errors["description"] = {
                "_errors": [
                    api_errors.field_error("BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.")
                ]
            }
    if errors:
        tree: JSONObject = errors
        for part in reversed(path):
            tree = {part: tree}
        raise api_errors.invalid_form_body(tree)
    return cleaned


def _apply(record: Command, body: JSONObject) -> None:
    for key in (
        "name",
        "description",
        "options",
        "nsfw",
        "contexts",
        "integration_types",
        "name_localizations",
        "description_localizations",
    ):
        if key in body and body[key] is not None:
            setattr(record, key, body[key])
    if "default_member_permissions" in body:
        record.default_member_permissions = body["default_member_permissions"]
    record.version = max(record.version + 1, record.id)


def _commands(call: Call, guild_id: int | None) -> list[Command]:
    return [c for c in call.world.commands.values() if c.guild_id == guild_id]


def _upsert(call: Call, guild_id: int | None, body: JSONObject) -> tuple[Command, bool]:
    kind = body.get("type") or 1
    for record in _commands(call, guild_id):
        if record.name == body["name"] and record.type == kind:
            _apply(record, body)
            return record, False
    if sum(1 for c in _commands(call, guild_id) if c.type == kind) >= (100 if kind == 1 else 5):
        raise api_errors.APIError(400, 30032, "Maximum number of application commands reached")
    record = Command(
        id=call.world.new_id(),
        application_id=call.world.application_id,
        name=body["name"],
        type=kind,
        guild_id=guild_id,
    )
    _apply(record, body)
    call.world.commands[record.id] = record
    return record, True


def _command(call: Call, guild_id: int | None) -> Command:
    record = call.world.commands.get(call.id("command_id"))
    if record is None or record.guild_id != guild_id:
        raise api_errors.unknown("Application Command")
    return record


def _list(call: Call) -> Reply:
    _application(call)
    return ok([payloads.command(c) for c in _commands(call, _guild(call))])


def _create(call: Call) -> Reply:
    _application(call)
    guild_id = _guild(call)
    record, is_new = _upsert(call, guild_id, _checked(call.json()))
    return created(payloads.command(record)) if is_new else ok(payloads.command(record))


def _bulk(call: Call) -> Reply:
    _application(call)
    guild_id = _guild(call)
    if not isinstance(call.body, list):
        raise api_errors.invalid_form_body(
            {
                "_errors": [
                    api_errors.field_error("LIST_TYPE_CONVERT", "Only iterables may be used in a ListType")
                ]
            }
        )
    bodies = [_checked(item, (str(index),)) for index, item in enumerate(call.body)]
    seen: set[tuple[str, int]] = set()
    for index, body in enumerate(bodies):
        key = (body["name"], body.get("type") or 1)
        if key in seen:
            raise api_errors.invalid_form_body(
                {
                    str(index): {
                        "name": {
                            "_errors": [
                                api_errors.field_error(
                                    "APPLICATION_COMMANDS_DUPLICATE_NAME",
                                    "Application command names must be unique",
                                )
                            ]
                        }
                    }
                }
            )
        seen.add(key)
    keep = {c.id for c in (_upsert(call, guild_id, body)[0] for body in bodies)}
    for record in _commands(call, guild_id):
        if record.id not in keep:
            del call.world.commands[record.id]
    return ok([payloads.command(c) for c in _commands(call, guild_id)])


def _get(call: Call) -> Reply:
    _application(call)
    return ok(payloads.command(_command(call, _guild(call))))


def _edit(call: Call) -> Reply:
    _application(call)
    record = _command(call, _guild(call))
    body = validate(Obj(COMMAND_BODY.fields), call.json())
    _apply(record, body)
    return ok(payloads.command(record))


def _delete(call: Call) -> Reply:
    _application(call)
    record = _command(call, _guild(call))
    del call.world.commands[record.id]
    return no_content()


for _base, _major in (
    ("/applications/{application_id}/commands", A),
    ("/applications/{application_id}/guilds/{guild_id}/commands", AG),
):
    routes.add("GET", _base, major=_major)(_list)
    routes.add("POST", _base, major=_major)(_create)
    routes.add("PUT", _base, major=_major)(_bulk)
    routes.add("GET", _base + "/{command_id}", major=_major)(_get)
    routes.add("PATCH", _base + "/{command_id}", major=_major)(_edit)
    routes.add("DELETE", _base + "/{command_id}", major=_major)(_delete)
