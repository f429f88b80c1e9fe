"""spec/overrides/ fits the spec, and applying it gives generators what the upstream spec lacks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from codegen import overrides
from codegen.docs_routes import audit_log_operations, documented_operations, normalise_route
from codegen.overrides import OverrideError, iter_operations, operation_flags


def test_every_override_names_an_existing_operation_or_schema(spec_document: dict[str, Any]) -> None:
    loaded = overrides.load()
    assert loaded.problems(spec_document) == []
    ids = {op["operationId"] for _, _, op in iter_operations(spec_document)}
    assert loaded.operation_ids() <= ids
    schemas = spec_document["components"]["schemas"]
    assert all(m.schema in schemas for m in loaded.enum_members)


def test_counts() -> None:
    loaded = overrides.load()
    assert len(loaded.audit_log_reason) == 53
    assert len(loaded.files) == 7
    assert set(loaded.global_exempt) == set(loaded.no_auth)
    assert "create_interaction_response" in loaded.global_exempt
    assert "execute_webhook" in loaded.no_auth


def test_committed_lists_match_the_docs(spec_document: dict[str, Any], docs_dir: Path) -> None:
    loaded = overrides.load()
    assert audit_log_operations(docs_dir, spec_document) == dict(loaded.audit_log_reason)
    documented = documented_operations(docs_dir, spec_document)
    assert {op: (s.title, s.url) for op, s in documented.items()} == dict(loaded.docs)
    assert len(documented) == 222


def test_route_normalisation() -> None:
    docs = "/channels/[\\{channel.id\\}](/developers/resources/channel#channel-object)/messages/bulk-delete"
    assert normalise_route(docs) == normalise_route("/channels/{channel_id}/messages/bulk-delete")


def test_apply_adds_forward_and_flags(spec_document: dict[str, Any], applied_spec: dict[str, Any]) -> None:
    members = applied_spec["components"]["schemas"]["MessageReferenceType"]["oneOf"]
    assert {k: v for k, v in members[-1].items() if k != "description"} == {"title": "FORWARD", "const": 1}
    assert len(spec_document["components"]["schemas"]["MessageReferenceType"]["oneOf"]) == 1, "input mutated"
    flags = {op["operationId"]: operation_flags(op) for _, _, op in iter_operations(applied_spec)}
    assert flags["ban_user_from_guild"].audit_log_reason
    assert not flags["get_my_user"].audit_log_reason
    assert flags["create_message"].files and not flags["create_message"].audit_log_reason
    assert not flags["execute_webhook"].auth and flags["execute_webhook"].global_exempt
    assert flags["get_my_user"].auth and not flags["get_my_user"].global_exempt
    assert flags["get_my_user"].docs_title == "Get Current User"
    assert flags["get_my_user"].docs_url.endswith("/resources/user#get-current-user")


def test_inline_bodies_get_stable_names(applied_spec: dict[str, Any]) -> None:
    schemas = applied_spec["components"]["schemas"]
    body = applied_spec["paths"]["/channels/{channel_id}/webhooks"]["post"]["requestBody"]["content"]
    assert body["application/json"]["schema"] == {"$ref": "#/components/schemas/CreateWebhookRequest"}
    assert schemas["CreateWebhookRequest"]["required"] == ["name"]
    items = applied_spec["paths"]["/guilds/{guild_id}/channels"]["patch"]["requestBody"]["content"]
    assert items["application/json"]["schema"]["items"] == {
        "$ref": "#/components/schemas/BulkUpdateGuildChannelsRequestItem"
    }


def test_unknown_operation_is_rejected(tmp_path: Path, spec_document: dict[str, Any]) -> None:
    (tmp_path / "x.toml").write_text(
        '[audit_log_reason]\nno_such_operation = "https://discord.com/developers/docs/x"\n'
    )
    with pytest.raises(OverrideError, match="unknown operationId 'no_such_operation'"):
        overrides.apply(spec_document, overrides.load(tmp_path))


def test_member_already_in_spec_is_rejected(tmp_path: Path, spec_document: dict[str, Any]) -> None:
    (tmp_path / "x.toml").write_text(
        '[[enum_member]]\nschema = "MessageReferenceType"\nname = "DEFAULT"\nvalue = 0\n'
        'docs = "https://discord.com/developers/docs/x"\n'
    )
    assert overrides.load(tmp_path).problems(spec_document) == [
        "MessageReferenceType.DEFAULT = 0 is already in the spec"
    ]


def test_entry_without_docs_link_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "x.toml").write_text('[no_auth]\nexecute_webhook = "see the docs"\n')
    with pytest.raises(OverrideError, match="needs a docs link"):
        overrides.load(tmp_path)


def test_files_and_no_auth_must_fit_the_spec(tmp_path: Path, spec_document: dict[str, Any]) -> None:
    docs = "https://discord.com/developers/docs/x"
    (tmp_path / "x.toml").write_text(f'[files]\nget_my_user = "{docs}"\n[no_auth]\nget_my_user = "{docs}"\n')
    assert overrides.load(tmp_path).problems(spec_document) == [
        "get_my_user takes files, but the spec has no multipart/form-data body for it",
        "get_my_user is sent without auth, but the spec requires a token for it",
    ]


def test_apply_adds_enum_values_and_properties(
    spec_document: dict[str, Any], applied_spec: dict[str, Any]
) -> None:
    schemas = applied_spec["components"]["schemas"]
    assert 16 in schemas["GuildChannelResponse"]["properties"]["type"]["enum"]
    assert ("GUILD_MEDIA", 16) in [(m["title"], m["const"]) for m in schemas["ChannelTypes"]["oneOf"]]
    for name in ("ApplicationCommandCreateRequest", "ApplicationCommandUpdateRequest"):
        assert schemas[name]["properties"]["nsfw"]["type"] == "boolean"
    assert "nsfw" in schemas["ApplicationCommandPatchRequestPartial"]["properties"]
    resolved = schemas["ResolvedObjectsResponse"]["properties"]
    assert resolved["messages"]["additionalProperties"] == {"$ref": "#/components/schemas/MessageResponse"}
    assert resolved["attachments"]["additionalProperties"] == {
        "$ref": "#/components/schemas/AttachmentResponse"
    }
    assert "required" not in schemas["ResolvedObjectsResponse"]
    original = spec_document["components"]["schemas"]
    assert 16 not in original["GuildChannelResponse"]["properties"]["type"]["enum"], "input mutated"
    assert "nsfw" not in original["ApplicationCommandCreateRequest"]["properties"], "input mutated"


def test_added_values_and_properties_must_fit_the_spec(tmp_path: Path, spec_document: dict[str, Any]) -> None:
    docs = "https://discord.com/developers/docs/x"
    enum = "/components/schemas/GuildChannelResponse/properties/type/enum"
    (tmp_path / "x.toml").write_text(
        f'[[enum_value]]\npath = "{enum}"\nvalue = 0\ndocs = "{docs}"\n'
        f'[[enum_value]]\npath = "{enum}"\nvalue = "x"\ndocs = "{docs}"\n'
        f'[[enum_value]]\npath = "/components/schemas/Nope/enum"\nvalue = 1\ndocs = "{docs}"\n'
        f'[[property]]\nschema = "ResolvedObjectsResponse"\nname = "users"\ntype = {{ type = "string" }}\n'
        f'docs = "{docs}"\n'
        f'[[property]]\nschema = "NoSuchSchema"\nname = "a"\ntype = {{ type = "string" }}\ndocs = "{docs}"\n'
        f'[[property]]\nschema = "ChannelTypes"\nname = "a"\ntype = {{ type = "string" }}\ndocs = "{docs}"\n'
        f'[[property]]\nschema = "UserResponse"\nname = "pet"\ntype = {{ "$ref" = "#/components/schemas/Pet" }}\n'
        f'docs = "{docs}"\n'
    )
    assert overrides.load(tmp_path).problems(spec_document) == [
        f"{enum} already has 0",
        f"{enum}: 'x' is not of the type of the values there",
        "/components/schemas/Nope/enum is not an enum list in the spec",
        "ResolvedObjectsResponse.users is already in the spec",
        "unknown schema 'NoSuchSchema'",
        "schema 'ChannelTypes' is not an object with properties",
        "UserResponse.pet: unknown $ref '#/components/schemas/Pet'",
    ]
    (tmp_path / "x.toml").write_text(
        f'[[property]]\nschema = "UserResponse"\nname = "pet"\ndocs = "{docs}"\n'
    )
    with pytest.raises(OverrideError, match="type must be a JSON schema"):
        overrides.load(tmp_path)
    (tmp_path / "x.toml").write_text('[[enum_value]]\npath = "/a"\nvalue = 1\n')
    with pytest.raises(OverrideError, match="needs a docs link"):
        overrides.load(tmp_path)


def test_a_required_property_is_added_to_required(tmp_path: Path, spec_document: dict[str, Any]) -> None:
    (tmp_path / "x.toml").write_text(
        '[[property]]\nschema = "UserResponse"\nname = "pet"\ntype = { type = "string" }\nrequired = true\n'
        'description = "A pet"\ndocs = "https://discord.com/developers/docs/x"\n'
    )
    user = overrides.apply(spec_document, overrides.load(tmp_path))["components"]["schemas"]["UserResponse"]
    assert user["properties"]["pet"] == {"type": "string", "description": "A pet"}
    assert user["required"][-1] == "pet"
