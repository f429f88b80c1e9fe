"""Every operationId of the spec is a RESTClient method with the parameters the spec (and overrides) imply."""

from __future__ import annotations

import inspect
import re
import typing
from typing import Any

import pytest

from codegen.endpoints import operations
from codegen.overrides import iter_operations, operation_flags
from echord._generated import endpoints
from echord._generated import models as m
from echord._support import UNSET, UnknownVariant, _expand
from echord.rest import RESTClient

KIND = inspect.Parameter


def _spec_operations(applied_spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    return [(m, p, op, applied_spec["paths"][p]) for m, p, op in iter_operations(applied_spec)]


def test_one_method_per_operation(applied_spec: dict[str, Any]) -> None:
    ids = [op["operationId"] for _, _, op in iter_operations(applied_spec)]
    assert len(ids) == len(set(ids)) == 242
    methods = {
        name
        for name, value in vars(endpoints.RESTEndpoints).items()
        if inspect.iscoroutinefunction(value) and not name.startswith("_")
    }
    assert methods == set(ids)
    assert all(inspect.iscoroutinefunction(getattr(RESTClient, op)) for op in ids)


def test_signatures_follow_the_spec(applied_spec: dict[str, Any]) -> None:
    checked = 0
    for _method, path, op, item in _spec_operations(applied_spec):
        signature = inspect.signature(getattr(RESTClient, op["operationId"]))
        params = list(signature.parameters.values())[1:]
        positional = [p for p in params if p.kind is KIND.POSITIONAL_OR_KEYWORD]
        keyword = {p.name: p for p in params if p.kind is KIND.KEYWORD_ONLY}
        assert len(positional) + len(keyword) == len(params), op["operationId"]

        assert [p.name for p in positional] == re.findall(r"{([^}]+)}", path), op["operationId"]
        declared = {
            p["name"]: p
            for p in [*item.get("parameters", []), *op.get("parameters", [])]
            if p["in"] == "path"
        }
        for p in positional:
            schema = declared[p.name]["schema"]
            if schema.get("$ref", "").endswith("/SnowflakeType"):
                assert p.annotation == "Snowflake | int"
            else:
                assert p.annotation == ("int" if schema.get("type") == "integer" else "str")

        query = [p for p in op.get("parameters", []) if p["in"] == "query"]
        for q in query:
            parameter = keyword[q["name"]]
            if q.get("required"):
                assert parameter.default is KIND.empty, (op["operationId"], q["name"])
            else:
                assert parameter.default is UNSET, (op["operationId"], q["name"])

        json_body = op.get("requestBody", {}).get("content", {}).get("application/json")
        assert ("body" in keyword) == (json_body is not None), op["operationId"]

        flags = operation_flags(op)
        assert ("files" in keyword) == flags.files, op["operationId"]
        if flags.files:
            assert keyword["files"].default is None
        assert ("reason" in keyword) == flags.audit_log_reason, op["operationId"]
        if flags.audit_log_reason:
            assert keyword["reason"].annotation == "str | None" and keyword["reason"].default is None

        multipart = (
            op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {}).get("schema", {})
        )
        declared_parts = {
            name
            for node in [multipart, *multipart.get("allOf", [])]
            for name, prop in node.get("properties", {}).items()
            if prop.get("contentEncoding") == "binary" and not name.startswith("files[")
        }
        form = {
            name
            for name, prop in multipart.get("properties", {}).items()
            if json_body is None and prop.get("contentEncoding") != "binary"
        }
        for name in declared_parts:
            assert keyword[name].annotation in ("File", "File | None"), (op["operationId"], name)
        expected = {q["name"] for q in query} | declared_parts | form
        expected |= {"body"} if json_body is not None else set()
        expected |= {"files"} if flags.files else set()
        expected |= {"reason"} if flags.audit_log_reason else set()
        assert set(keyword) == expected, op["operationId"]
        checked += 1
    assert checked == 242


def test_return_annotations_resolve() -> None:
    # `m` is imported for type checkers only (the models load on the first decoded reply), so pass it.
    namespace = {**vars(endpoints), "m": m}
    for name, function in vars(endpoints.RESTEndpoints).items():
        if inspect.iscoroutinefunction(function):
            hints = typing.get_type_hints(function, globalns=namespace)
            assert "return" in hints, name


def test_counts(applied_spec: dict[str, Any]) -> None:
    ops = operations(applied_spec)
    assert sum(o.flags.audit_log_reason for o in ops) == 53
    assert sum(o.flags.files for o in ops) == 7
    assert sum(o.body is not None for o in ops) == 85
    assert sum(bool(o.query) for o in ops) == 43
    assert sum(o.returns == "None" for o in ops) == 57  # 65 answer 204, 8 of them also 200/201 with a body
    assert sum(len(o.variants) > 1 for o in ops) == 2


@pytest.mark.parametrize(
    ("operation_id", "returns"),
    [
        ("get_my_user", "m.UserPIIResponse"),
        ("list_messages", "list[m.MessageResponse]"),  # nullable list in the spec: `| None` stripped
        ("create_application_command", "m.ApplicationCommandResponse"),  # 200/201 collapsed
        (
            "create_channel_invite",
            "m.FriendInviteResponse | m.GroupDMInviteResponse | m.GuildInviteResponse | m.UnknownTypeInt | None",
        ),
        ("delete_message", "None"),
        ("guild_search", "m.GuildSearchResponse | m.SearchIndexNotReadyResponse"),  # 200 or 202
        ("get_guild_widget_png", "bytes"),
        ("get_sticker", "m.GuildStickerResponse | m.StandardStickerResponse | m.UnknownTypeInt"),
        (
            "list_auto_moderation_rules",
            "list[m.DefaultKeywordRuleResponse | m.KeywordRuleResponse | m.MLSpamRuleResponse"
            " | m.MentionSpamRuleResponse | m.UserProfileRuleResponse | m.UnknownTriggerTypeInt | None]",
        ),
        ("get_active_guild_threads", "m.ThreadsResponse"),
    ],
)
def test_return_types(operation_id: str, returns: str) -> None:
    assert inspect.signature(getattr(RESTClient, operation_id)).return_annotation == returns


def _unknown_classes(tp: object) -> set[type]:
    found: set[type] = set()
    if isinstance(tp, type) and issubclass(tp, UnknownVariant):
        found.add(tp)
    for arg in typing.get_args(tp):
        found |= _unknown_classes(arg)
    return found


def test_return_annotations_name_every_unknown_variant_decode_json_can_return() -> None:
    """The annotation lists the `Unknown...` fallback exactly where `decode_json` adds one at run time."""
    namespace = {**vars(endpoints), "m": m}
    with_unknown = 0
    for name, function in vars(endpoints.RESTEndpoints).items():
        if not inspect.iscoroutinefunction(function):
            continue
        declared = _unknown_classes(typing.get_type_hints(function, globalns=namespace)["return"])
        decoded: set[type] = set()
        for constant in re.findall(r"(_\w+)\.decode\(\s*data\s*\)", inspect.getsource(function)):
            decoded |= _unknown_classes(_expand(namespace[constant].resolve()))
        assert declared == decoded, name
        with_unknown += bool(declared)
    assert with_unknown == 27  # the 27 operations answering with a tagged union (or a list of one)


async def test_an_unknown_tag_decodes_to_the_annotated_unknown_variant() -> None:
    class Canned:
        async def request(self, *args: object, **kwargs: object) -> bytes:
            return b'{"id": "1", "type": 99, "name": "future sticker"}'

    rest = endpoints.RESTEndpoints(Canned())  # type: ignore[arg-type]
    sticker = await rest.get_sticker(1)
    assert isinstance(sticker, m.UnknownTypeInt)
    assert sticker.type == 99 and sticker.data["name"] == "future sticker"


def test_named_file_parts_and_form_fields() -> None:
    sticker = inspect.signature(RESTClient.create_guild_sticker).parameters
    assert [(p, str(sticker[p].annotation)) for p in ("file", "name", "tags", "description")] == [
        ("file", "File"),
        ("name", "str"),
        ("tags", "str"),
        ("description", "str | None | UnsetType"),
    ]
    assert sticker["description"].default is UNSET and "body" not in sticker
    invite = inspect.signature(RESTClient.create_channel_invite).parameters
    assert (
        invite["target_users_file"].annotation == "File | None"
        and invite["target_users_file"].default is None
    )
    assert "body" in invite
    assert (
        inspect.signature(RESTClient.update_invite_target_users).parameters["target_users_file"].default
        is KIND.empty
    )
    assert "file" in inspect.signature(RESTClient.upload_application_attachment).parameters


def test_path_parameters_keep_path_order() -> None:
    params = list(inspect.signature(RESTClient.update_user_message_external_moderation_metadata).parameters)
    assert params[1:4] == ["user_id_1", "user_id_2", "message_id"]


def test_docstring_names_the_route_and_docs_page() -> None:
    doc = RESTClient.get_my_user.__doc__ or ""
    assert doc.startswith("Get Current User.")
    assert "`GET /users/@me`" in doc
    assert "https://discord.com/developers/docs/resources/user#get-current-user" in doc


def test_optional_body_when_no_field_is_required() -> None:
    ban = inspect.signature(RESTClient.ban_user_from_guild).parameters["body"]
    assert ban.default is UNSET and "UnsetType" in str(ban.annotation)
    create = inspect.signature(RESTClient.create_webhook).parameters["body"]
    assert create.default is KIND.empty
