"""Mention markdown (reference: Message Formatting, Formats): the documented examples both ways."""

from __future__ import annotations

import pytest

from echord.utils import (
    CustomEmoji,
    channel_mention,
    custom_emoji,
    guild_navigation,
    parse_custom_emoji,
    raw_channel_mentions,
    raw_role_mentions,
    raw_user_mentions,
    role_mention,
    slash_command_mention,
    user_mention,
)


def test_documented_formats() -> None:
    assert user_mention(80351110224678912) == "<@80351110224678912>"
    assert channel_mention(103735883630395392) == "<#103735883630395392>"
    assert role_mention(165511591545143296) == "<@&165511591545143296>"
    assert slash_command_mention("airhorn", 816437322781949972) == "</airhorn:816437322781949972>"
    assert slash_command_mention("foo bar", 123456789012345678) == "</foo bar:123456789012345678>"
    assert slash_command_mention("foo group bar", 123456789012345678) == "</foo group bar:123456789012345678>"
    assert custom_emoji("mmLol", 216154654256398347) == "<:mmLol:216154654256398347>"
    assert custom_emoji("b1nzy", 392938283556143104, animated=True) == "<a:b1nzy:392938283556143104>"
    assert guild_navigation("browse") == "<id:browse>"
    assert guild_navigation("linked-roles", 42) == "<id:linked-roles:42>"


@pytest.mark.parametrize("name", ["", "a b c d", "bad:name", "x" * 33, "two  spaces"])
def test_bad_command_names(name: str) -> None:
    with pytest.raises(ValueError):
        slash_command_mention(name, 1)


def test_only_linked_roles_takes_a_role() -> None:
    with pytest.raises(ValueError):
        guild_navigation("guide", 42)


def test_reading_mentions_back() -> None:
    text = "hi <@80351110224678912> and <@!2>, see <#3> with <@&4> <@&5> <@x>"
    assert raw_user_mentions(text) == [80351110224678912, 2]
    assert raw_role_mentions(text) == [4, 5]
    assert raw_channel_mentions(text) == [3]


def test_parse_custom_emoji() -> None:
    emoji = parse_custom_emoji(" <a:b1nzy:392938283556143104> ")
    assert emoji == CustomEmoji(name="b1nzy", id=392938283556143104, animated=True)
    assert str(emoji) == "<a:b1nzy:392938283556143104>"
    assert parse_custom_emoji("<:mmLol:216154654256398347>") == CustomEmoji(
        "mmLol", 216154654256398347, False
    )
    assert parse_custom_emoji("🪴") is None
    assert parse_custom_emoji("<:a:1> extra") is None
