"""The generated models: one per component schema, and decoding that survives a newer API than the spec."""

from __future__ import annotations

import enum
import json
import logging
import time
from typing import Any

import msgspec
import pytest

from codegen import models as generator
from codegen.models_schema import analyse, is_enum, is_struct
from echord._generated import models as m
from echord._support import UNSET, Decoder, Snowflake, UnknownVariant, decode_json, encode_json, to_builtins

USER: dict[str, Any] = {
    "id": "80351110224678912",
    "username": "Nelly",
    "discriminator": "0",
    "global_name": None,
    "avatar": None,
    "public_flags": 0,
    "flags": 0,
}
"""A user as Discord's docs show it: no `primary_guild`, although the spec marks it required."""


def message(**changes: Any) -> bytes:
    payload: dict[str, Any] = {
        "id": "334385199974967042",
        "channel_id": "290926798999357250",
        "author": USER,
        "content": "hi",
        "timestamp": "2017-07-11T17:27:07.299000+00:00",
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
        "pinned": False,
        "type": 0,
        "flags": 0,
        "components": [{"type": 1, "components": [{"type": 2, "style": 1, "custom_id": "a", "label": "A"}]}],
    }
    payload.update(changes)
    return json.dumps(payload).encode()


def unset(value: object) -> bool:
    """Whether a field was absent; typed loosely because required fields are annotated without UnsetType."""
    return value is UNSET


def test_every_component_schema_has_a_model(applied_spec: dict[str, Any]) -> None:
    missing = [name for name in applied_spec["components"]["schemas"] if not hasattr(m, name)]
    assert missing == []
    assert len(applied_spec["components"]["schemas"]) >= 539


def test_models_have_the_spec_kind(applied_spec: dict[str, Any]) -> None:
    for name, schema in applied_spec["components"]["schemas"].items():
        model = getattr(m, name)
        if is_enum(schema):
            assert issubclass(model, enum.IntEnum if schema["type"] == "integer" else enum.StrEnum), name
            assert [member.value for member in model] == [c["const"] for c in schema["oneOf"]], name
        elif is_struct(schema):
            assert issubclass(model, msgspec.Struct), name


def test_every_response_model_builds_a_decoder(applied_spec: dict[str, Any]) -> None:
    analysis = analyse(applied_spec)
    for name in sorted(analysis.lenient):
        if is_struct(analysis.schemas[name]):
            Decoder(getattr(m, name))


def test_generation_is_deterministic_and_fast(applied_spec: dict[str, Any]) -> None:
    began = time.perf_counter()
    first = generator.generate(applied_spec)
    elapsed = time.perf_counter() - began
    assert generator.generate(applied_spec) == first
    assert list(first) == ["models.py", "enums.py"]
    assert elapsed < 10


def test_snowflake_decodes_from_a_string_and_encodes_back_to_one() -> None:
    user = decode_json(json.dumps(USER).encode(), m.UserResponse)
    assert isinstance(user.id, Snowflake)
    assert user.id == 80351110224678912
    assert json.loads(encode_json(user))["id"] == "80351110224678912"
    assert decode_json(b'{"id": 5, "username": "x"}', m.UserResponse).id == Snowflake(5)
    assert str(Snowflake(42)) == "42"


def test_required_fields_may_be_missing_and_absent_stays_distinct_from_null() -> None:
    decoded = decode_json(message(), m.MessageResponse)
    assert unset(decoded.author.primary_guild)
    assert decoded.edited_timestamp is None
    assert decoded.webhook_id is UNSET
    encoded = json.loads(encode_json(decoded))
    assert "primary_guild" not in encoded["author"]
    assert encoded["edited_timestamp"] is None
    assert "webhook_id" not in encoded
    bare = decode_json(b"{}", m.MessageResponse)
    assert unset(bare.content)
    assert encode_json(bare) == b"{}"


def test_request_models_keep_required_fields_required() -> None:
    with pytest.raises(TypeError):
        m.ApplicationCommandCreateRequest()  # type: ignore[call-arg]
    assert m.ApplicationCommandCreateRequest(name="ping").name == "ping"


def test_request_models_carry_the_spec_constraints_and_response_models_do_not() -> None:
    with pytest.raises(msgspec.ValidationError, match="length <= 4000"):
        msgspec.convert({"content": "x" * 4001}, m.MessageCreateRequest)
    assert decode_json(message(content="x" * 5000), m.MessageResponse).content == "x" * 5000


def test_unknown_enum_values_and_forwarded_messages_decode() -> None:
    reference = {"type": 1, "channel_id": "290926798999357250", "message_id": "1"}
    decoded = decode_json(message(type=999, message_reference=reference), m.MessageResponse)
    assert decoded.type == 999
    assert isinstance(decoded.message_reference, m.MessageReferenceResponse)
    assert decoded.message_reference.type == m.MessageReferenceType.FORWARD
    assert decode_json(message(type=19), m.MessageResponse).type == m.MessageType.REPLY


def test_an_unknown_union_tag_falls_back_to_the_raw_object() -> None:
    components = [{"type": 99, "shiny": True}, {"type": 10, "content": "text"}]
    decoded = decode_json(message(components=components), m.MessageResponse)
    unknown, text = decoded.components
    assert isinstance(unknown, m.UnknownTypeInt)
    assert isinstance(unknown, UnknownVariant)
    assert unknown.type == 99
    assert unknown.data == {"type": 99, "shiny": True}
    assert isinstance(text, m.TextDisplayComponentResponse)
    assert text.content == "text"
    cached = decode_json(encode_json(decoded), m.MessageResponse)
    assert cached.components == decoded.components, "an unknown variant survives a cache round trip"


def test_an_unknown_variant_re_encodes_as_the_object_discord_sent() -> None:
    future = {
        "type": 99,
        "shiny": True,
        "id": "12",
        "nested": {"type": 1, "components": []},
        "items": [1, "x"],
    }
    components = [future, {"type": 10, "content": "text"}]
    payload = message(components=components, timestamp="2017-07-11T17:27:07.299000Z")
    original = json.loads(payload)
    decoded = decode_json(payload, m.MessageResponse)
    assert isinstance(decoded.components[0], m.UnknownTypeInt)
    assert json.loads(encode_json(decoded)) == original, "decode -> encode gives back the same JSON"
    assert encode_json(decoded.components[0]) == json.dumps(future, separators=(",", ":")).encode()
    assert to_builtins(decoded)["components"][0] == future  # type: ignore[index]
    # Inside builtins, lists and maps (a channel map of resolved data), and nested in another unknown.
    outer = m.UnknownTypeStr(data={"type": "new", "inner": [1]})
    assert json.loads(encode_json({"a": [decoded.components[0]], "b": outer})) == {
        "a": [future],
        "b": {"type": "new", "inner": [1]},
    }
    resolved = {"channels": {"1": {"id": "1", "type": 77, "x": None}}}
    channels = decode_json(json.dumps(resolved).encode(), m.ResolvedObjectsResponse)
    assert json.loads(encode_json(channels)) == resolved


def test_tagged_variants_expose_and_encode_their_tag() -> None:
    decoded = decode_json(message(), m.MessageResponse)
    row = decoded.components[0]
    assert isinstance(row, m.ActionRowComponentResponse)
    assert row.type == m.MessageComponentTypes.ACTION_ROW
    button = row.components[0]
    assert isinstance(button, m.ButtonComponentResponse)
    assert json.loads(encode_json(button))["type"] == 2


def test_unknown_fields_are_ignored() -> None:
    decoded = decode_json(message(brand_new_field={"x": 1}), m.MessageResponse)
    assert decoded.content == "hi"


def test_a_value_that_does_not_fit_is_dropped_not_fatal(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="echord.models"):
        decoded = decode_json(message(pinned="yes", mentions=[USER, 5]), m.MessageResponse)
    assert unset(decoded.pinned)
    assert [user.username for user in decoded.mentions] == ["Nelly"]
    assert decoded.content == "hi"
    assert "$.pinned" in caplog.text
    assert "$.mentions[1]" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="echord.models"):
        decode_json(message(pinned="yes", mentions=[USER, 5]), m.MessageResponse)
    assert caplog.records == [], "the same mismatch is a warning only once"


def test_channels_split_by_type_decode_to_their_subclass() -> None:
    guild_text = {"id": "1", "type": 0, "name": "general", "guild_id": "2", "position": 0}
    thread = {"id": "3", "type": 11, "name": "t", "guild_id": "2", "parent_id": "1"}
    channel = decode_json(json.dumps(guild_text).encode(), m.GuildChannelResponse)
    assert isinstance(channel, m.GuildChannelResponseGuildText)
    assert isinstance(channel, m.GuildChannelResponse)
    assert channel.type == m.ChannelTypes.GUILD_TEXT
    assert json.loads(encode_json(channel))["type"] == 0
    union = m.GuildChannelResponse | m.ThreadResponse | m.PrivateChannelResponse
    assert isinstance(decode_json(json.dumps(thread).encode(), union), m.ThreadResponsePublicThread)  # type: ignore[arg-type]
    new_kind: object = decode_json(b'{"id": "9", "type": 77}', union)  # type: ignore[arg-type]
    assert isinstance(new_kind, m.UnknownTypeInt)


def test_an_unknown_channel_type_inside_a_map_falls_back() -> None:
    resolved = {"channels": {"1": {"id": "1", "type": 77}, "2": {"id": "2", "type": 2, "name": "voice"}}}
    decoded = decode_json(json.dumps(resolved).encode(), m.ResolvedObjectsResponse)
    assert isinstance(decoded.channels, dict)
    assert isinstance(decoded.channels["1"], m.UnknownTypeInt)
    assert isinstance(decoded.channels["2"], m.GuildChannelResponseGuildVoice)


def test_an_error_body_with_string_field_codes_decodes() -> None:
    body = {
        "code": 50035,
        "message": "Invalid Form Body",
        "errors": {
            "content": {
                "_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 2000 or fewer in length."}]
            },
            "embeds": {"0": {"title": {"_errors": [{"code": "BASE_TYPE_REQUIRED", "message": "Required"}]}}},
        },
    }
    error = decode_json(json.dumps(body).encode(), m.ErrorResponse)
    assert isinstance(error, m.Error)
    assert error.code == 50035
    assert isinstance(error.errors, dict)
    leaf = msgspec.convert(error.errors["content"], m.InnerErrors)
    assert leaf.errors[0].code == "BASE_TYPE_MAX_LENGTH"
    limited = decode_json(
        b'{"code": 0, "message": "limited", "retry_after": 1.5, "global": true}', m.RatelimitedResponse
    )
    assert limited.global_ is True
    assert json.loads(encode_json(limited))["global"] is True


def test_overridden_media_channels_and_resolved_messages_decode() -> None:
    media = {"id": "1", "type": 16, "name": "gallery", "guild_id": "2", "position": 0}
    union = m.GuildChannelResponse | m.ThreadResponse | m.PrivateChannelResponse
    channel: object = decode_json(json.dumps(media).encode(), union)  # type: ignore[arg-type]
    assert isinstance(channel, m.GuildChannelResponseGuildMedia)
    assert m.ChannelTypes.GUILD_MEDIA == 16
    attachment = {"id": "5", "filename": "a.png", "size": 3, "url": "u", "proxy_url": "p"}
    resolved = {"messages": {"9": json.loads(message())}, "attachments": {"5": attachment}}
    decoded = decode_json(json.dumps(resolved).encode(), m.ResolvedObjectsResponse)
    assert isinstance(decoded.messages, dict) and decoded.messages["9"].content == "hi"
    assert isinstance(decoded.attachments, dict) and decoded.attachments["5"].filename == "a.png"
    assert m.ApplicationCommandCreateRequest(name="x", nsfw=True).nsfw is True
