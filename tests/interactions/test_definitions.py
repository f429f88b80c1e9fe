"""Type hints to option payloads, and the definitions Discord would refuse, refused early."""

from __future__ import annotations

import enum
from typing import Annotated, Literal

import pytest

from echord.interactions import (
    Attachment,
    Channels,
    Choice,
    CommandDefinitionError,
    CommandTree,
    Context,
    IntegrationType,
    InteractionChannel,
    InteractionContextType,
    Length,
    Member,
    Mentionable,
    Param,
    Range,
    Role,
    SlashCommand,
    User,
)
from echord.rest import RESTClient


class Mode(enum.Enum):
    FAST_MODE = "fast"
    SLOW = "slow"


def tree() -> CommandTree:
    return CommandTree(RESTClient("x"), 1)


def options_of(command: SlashCommand) -> list[dict[str, object]]:
    payload = command.to_payload()
    options = payload["options"]
    assert isinstance(options, list)
    return options


def test_every_supported_hint_maps_to_its_option_type() -> None:
    t = tree()

    @t.command()
    async def everything(
        ctx: Context,
        s: str,
        i: int,
        f: float,
        b: bool,
        u: User,
        m: Member,
        r: Role,
        c: InteractionChannel,
        a: Attachment,
        x: Mentionable,
        lit: Literal[1, 2],
        e: Mode,
        mu: Member | User,
        opt: str | None = None,
    ) -> None:
        """All of them."""

    types = {o["name"]: o["type"] for o in options_of(everything)}
    assert types == {
        "s": 3, "i": 4, "f": 10, "b": 5, "u": 6, "m": 6, "r": 8, "c": 7, "a": 11, "x": 9,
        "lit": 4, "e": 3, "mu": 6, "opt": 3,
    }  # fmt: skip
    required = {o["name"]: o["required"] for o in options_of(everything)}
    assert required["opt"] is False and required["s"] is True


def test_annotated_metadata_reaches_the_payload() -> None:
    t = tree()

    @t.command(description="Tuned.")
    async def tuned(
        ctx: Context,
        n: Annotated[int, Range(1, 10), "a number"],
        text: Annotated[
            str, Length(max=100), Param("words", name="words", name_localizations={"de": "worte"})
        ],
        where: Annotated[InteractionChannel, Channels(0, 5)],
        mode: Mode,
        pick: Annotated[str, Choice("Red", "r"), Choice("Blue", "b")] = "r",
    ) -> None: ...

    by_name = {o["name"]: o for o in options_of(tuned)}
    assert by_name["n"] == {
        "type": 4, "name": "n", "description": "a number", "required": True, "min_value": 1, "max_value": 10,
    }  # fmt: skip
    assert by_name["words"]["max_length"] == 100
    assert by_name["words"]["name_localizations"] == {"de": "worte"}
    assert by_name["where"]["channel_types"] == [0, 5]
    assert by_name["mode"]["choices"] == [
        {"name": "fast mode", "value": "fast"},
        {"name": "slow", "value": "slow"},
    ]
    assert by_name["pick"]["choices"] == [{"name": "Red", "value": "r"}, {"name": "Blue", "value": "b"}]


def test_command_settings_reach_the_payload() -> None:
    t = tree()

    @t.command(
        default_member_permissions=8,
        nsfw=True,
        contexts=[InteractionContextType.GUILD],
        integration_types=[IntegrationType.USER_INSTALL],
    )
    async def admin(ctx: Context) -> None:
        """Admins only."""

    payload = admin.to_payload()
    assert payload["default_member_permissions"] == "8"
    assert payload["nsfw"] is True
    assert payload["contexts"] == [0]
    assert payload["integration_types"] == [1]
    assert payload["description"] == "Admins only."


@pytest.mark.parametrize(
    "define",
    [
        "async def f(ctx: Context, x: list[int]) -> None: ...",
        "async def f(ctx: Context, x) -> None: ...",
        "async def f(ctx: Context, x: Annotated[str, Range(1, 2)]) -> None: ...",
        "async def f(ctx: Context, x: Annotated[int, Length(1, 2)]) -> None: ...",
        "async def f(ctx: Context, x: Annotated[int, Channels(0)]) -> None: ...",
        "async def f(ctx: Context, x: Literal['a', 1]) -> None: ...",
        "async def f(ctx: Context, x: int = 1, y: int) -> None: ...",
        "async def f(ctx: Context, *x: int) -> None: ...",
        "async def f(ctx: Context, Upper: int) -> None: ...",
    ],
)
def test_impossible_definitions_fail_at_definition_time(define: str) -> None:
    namespace: dict[str, object] = {
        "Context": Context, "Annotated": Annotated, "Range": Range, "Length": Length,
        "Channels": Channels, "Literal": Literal,
    }  # fmt: skip
    try:
        exec(define, namespace)
    except SyntaxError:  # a required parameter after a default is already a Python error
        return
    with pytest.raises(CommandDefinitionError):
        tree().command()(namespace["f"])  # type: ignore[arg-type]


def test_duplicate_names_and_autocomplete_on_choices_are_refused() -> None:
    t = tree()

    @t.command()
    async def same(ctx: Context, mode: Mode, text: str) -> None:
        """One."""

    with pytest.raises(CommandDefinitionError):

        @t.command(name="same")
        async def other(ctx: Context) -> None:
            """Two."""

    with pytest.raises(CommandDefinitionError):
        same.autocomplete("mode")
    with pytest.raises(CommandDefinitionError):
        same.autocomplete("missing")
    same.autocomplete("text")(lambda ctx, value: None)  # type: ignore[arg-type,return-value]
    assert options_of(same)[1]["autocomplete"] is True


def test_groups_nest_one_level() -> None:
    t = tree()
    tag = t.group("tag", "Tags")
    sub = tag.group("admin", "Admin")

    @sub.command()
    async def purge(ctx: Context) -> None:
        """Purge tags."""

    with pytest.raises(CommandDefinitionError):
        sub.group("deeper", "too deep")
    payload = tag.to_payload()
    assert payload["type"] == 1
    assert payload["options"] == [
        {
            "name": "admin",
            "description": "Admin",
            "type": 2,
            "options": [{"name": "purge", "description": "Purge tags.", "options": [], "type": 1}],
        }
    ]
