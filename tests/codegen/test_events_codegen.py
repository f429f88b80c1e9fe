"""codegen/events.py: the type grammar, the checks against the OpenAPI spec, and what it renders."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from codegen.events import GATEWAY_SPEC_DIR, SchemaError, TypeRef, _attr, generate, parse_type


def test_type_grammar() -> None:
    assert parse_type("snowflake") == TypeRef("primitive", "snowflake")
    assert parse_type("?[$UserResponse]") == TypeRef(
        "nullable", args=(TypeRef("list", args=(TypeRef("schema", "UserResponse"),)),)
    )
    assert parse_type("{snowflake}") == TypeRef("map", args=(TypeRef("primitive", "snowflake"),))
    assert parse_type("(integer,integer)").args == (TypeRef("primitive", "integer"),) * 2
    assert parse_type("snowflake|[snowflake]").kind == "union"
    assert parse_type("Presence") == TypeRef("local", "Presence")
    for bad in ("", "uuid", "$Not-A-Name", "[snowflake"):
        with pytest.raises(SchemaError):
            parse_type(bad)


def test_only_hard_keywords_are_renamed() -> None:
    assert _attr("global") == ("global_", 'name="global"')
    assert _attr("match") == ("match", "") and _attr("type") == ("type", "")


@pytest.fixture(scope="module")
def rendered(applied_spec: dict[str, Any]) -> dict[str, str]:
    return generate(applied_spec)


def test_output_is_deterministic(applied_spec: dict[str, Any], rendered: dict[str, str]) -> None:
    assert generate(applied_spec) == rendered
    assert set(rendered) == {"events.py", "gateway.py"}


def test_nested_references_render_like_the_models(rendered: dict[str, str]) -> None:
    events = rendered["events.py"]
    # A split base becomes its tagged subclasses plus the Unknown variant, as in models.py.
    assert "channels: list[\n" in events or "channels: list[GuildChannelResponseGuildText" in events
    assert "GuildChannelResponseGuildForum" in events and "UnknownTypeInt" in events
    # Unions are aliases the tolerant decoder expands; the payload events decode through them.
    assert "Channel: TypeAlias = (" in events or "Channel: TypeAlias = GuildChannelResponse" in events
    assert "class MessageCreate(MessageResponse, kw_only=True):" in events
    assert "mentions: list[MentionedUser] = ABSENT  # type: ignore[assignment]" in events
    gateway = rendered["gateway.py"]
    assert "    token: str\n" in gateway  # send payloads keep required fields required
    assert "class Intents(enum.IntFlag):" in gateway and "MESSAGE_CONTENT = 1 << 15" in gateway


def _broken_copy(tmp_path: Path, file: str, old: str, new: str) -> Path:
    target = tmp_path / "gateway"
    shutil.copytree(GATEWAY_SPEC_DIR, target)
    path = target / file
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))
    return target


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        ("events.toml", '"[$EmojiResponse]"', '"[$EmojiResponses]"', "not an OpenAPI component schema"),
        ("events.toml", '"[UnavailableGuild]"', '"[UnavailableGuilds]"', "not defined in spec/gateway"),
        ("events.toml", '"GUILD_MODERATION"]', '"GUILD_MODERATIONS"]', "unknown intent"),
        ("objects.toml", "[objects.PartialUser", "[objects.UserResponse", "shadows the OpenAPI schema"),
        ("payloads.toml", 'opcode = "RESUME"', 'opcode = "RESUMES"', "unknown opcode"),
        ("events.toml", 'doc = "A message was deleted."\n', "", "missing doc"),
    ],
)
def test_inconsistent_data_is_rejected(
    applied_spec: dict[str, Any], tmp_path: Path, file: str, old: str, new: str, message: str
) -> None:
    with pytest.raises(SchemaError, match=message):
        generate(applied_spec, _broken_copy(tmp_path, file, old, new))
