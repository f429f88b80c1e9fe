"""Command sync: the first start creates, a restart with the same commands writes nothing, a change writes
only that change (counted at the emulator, which records every request)."""

from __future__ import annotations

import enum
from collections.abc import AsyncIterator
from typing import Annotated, Literal

import msgspec
import pytest

from echord._generated.models import ApplicationCommandResponse
from echord.interactions import (
    Channels,
    CommandTree,
    Context,
    IntegrationType,
    InteractionChannel,
    InteractionContextType,
    Length,
    Member,
    Param,
    Range,
    User,
    normalise,
    plan_sync,
)
from echord.rest import RESTClient
from echord.testing import Emulator


class Size(enum.IntEnum):
    SMALL = 1
    LARGE = 2


def full_tree(
    rest: RESTClient, application_id: int, *, description: str = "Configure things.", guild_id: int = 4242
) -> CommandTree:
    """Every feature that reaches the command payload, so a lossy round trip would show as a diff."""
    tree = CommandTree(rest, application_id)

    @tree.command(
        description=description,
        default_member_permissions=1 << 5,
        contexts=[InteractionContextType.GUILD, InteractionContextType.BOT_DM],
        integration_types=[IntegrationType.GUILD_INSTALL, IntegrationType.USER_INSTALL],
        nsfw=True,
        name_localizations={"de": "einstellen"},
        description_localizations={"de": "Dinge einstellen."},
    )
    async def configure(
        ctx: Context,
        level: Annotated[int, Range(1, 10), Param("the level", name_localizations={"fr": "niveau"})],
        ratio: Annotated[float, Range(0.5, 2)],
        size: Size,
        mode: Literal["a", "b"],
        note: Annotated[str, Length(2, 50)] | None = None,
        room: Annotated[InteractionChannel, Channels(2, 0)] | None = None,
    ) -> None:
        await ctx.respond("ok")

    admin = tree.group("admin", "Admin tools")
    users = admin.group("users", "Users")

    @users.command()
    async def ban(ctx: Context, reason: str | None = None) -> None:
        """Ban someone."""

    @tree.user_command("Profile", contexts=[InteractionContextType.GUILD])
    async def profile(ctx: Context, target: Member | User) -> None: ...

    @tree.command(guild_ids=[guild_id])
    async def debug(ctx: Context) -> None:
        """Guild-only debugging."""

    return tree


@pytest.fixture
async def emu() -> AsyncIterator[Emulator]:
    async with Emulator() as emulator:
        yield emulator


def writes(emu: Emulator, since: int) -> list[tuple[str, str]]:
    return [(m, p) for m, p in emu.rest.requests[since:] if m != "GET"]


async def test_first_start_creates_then_restarts_write_nothing(emu: Emulator) -> None:
    assert emu.seed is not None
    guild_id = emu.seed.guild.id
    async with RESTClient(emu.bot_token, base_url=emu.rest_url) as rest:
        first = await full_tree(rest, emu.application_id, guild_id=guild_id).sync()
        assert first.requests == 4  # configure, admin, Profile globally; debug in the guild
        debug = next(c for c in emu.world.commands.values() if c.name == "debug")
        assert debug.guild_id == guild_id
        for _ in range(3):  # three restarts: a new tree from the same code each time
            before = len(emu.rest.requests)
            again = await full_tree(rest, emu.application_id, guild_id=guild_id).sync()
            assert again.requests == 0
            assert writes(emu, before) == []
            assert len(emu.rest.requests) - before == 2  # one GET per scope


async def test_a_change_writes_only_that_change(emu: Emulator) -> None:
    async with RESTClient(emu.bot_token, base_url=emu.rest_url) as rest:
        tree = full_tree(rest, emu.application_id)
        tree.remove_command("debug")
        await tree.sync()
        ids = {c.name: c.id for c in emu.world.commands.values()}

        changed = full_tree(rest, emu.application_id, description="Configure other things.")
        changed.remove_command("debug")
        changed.remove_command("Profile", type=2)

        @changed.command()
        async def hello(ctx: Context) -> None:
            """Say hello."""

        before = len(emu.rest.requests)
        result = await changed.sync()
        app = emu.application_id
        assert sorted(writes(emu, before)) == sorted(
            [
                ("PATCH", f"/api/v10/applications/{app}/commands/{ids['configure']}"),
                ("DELETE", f"/api/v10/applications/{app}/commands/{ids['Profile']}"),
                ("POST", f"/api/v10/applications/{app}/commands"),
            ]
        )
        assert result.requests == 3
        names = {c.name: c for c in emu.world.commands.values()}
        assert names["configure"].description == "Configure other things."
        assert names["configure"].id == ids["configure"]  # edited in place, not re-created
        assert "Profile" not in names and "hello" in names


async def test_bulk_strategy_overwrites_only_when_something_changed(emu: Emulator) -> None:
    async with RESTClient(emu.bot_token, base_url=emu.rest_url) as rest:
        tree = full_tree(rest, emu.application_id)
        tree.remove_command("debug")
        before = len(emu.rest.requests)
        await tree.sync(strategy="bulk")
        assert [m for m, _ in writes(emu, before)] == ["PUT"]
        before = len(emu.rest.requests)
        await tree.sync(strategy="bulk")
        assert writes(emu, before) == []


def discord_shaped(payload: dict[str, object]) -> ApplicationCommandResponse:
    """What Discord returns: ids added, `required: false` and empty lists left out, numbers as it likes."""

    def strip(option: dict[str, object]) -> dict[str, object]:
        out = {k: v for k, v in option.items() if v not in (False, [], None)}
        if "options" in out:
            out["options"] = [strip(o) for o in option["options"]]  # type: ignore[attr-defined]
        if "channel_types" in out:
            out["channel_types"] = list(reversed(option["channel_types"]))  # type: ignore[call-overload]
        if isinstance(out.get("max_value"), float) and float(out["max_value"]).is_integer():  # type: ignore[arg-type]
            out["max_value"] = int(out["max_value"])  # type: ignore[call-overload]
        return out

    body = {
        **payload,
        "id": "11",
        "application_id": "22",
        "version": "33",
        "dm_permission": True,
        "options": [strip(o) for o in payload["options"]],  # type: ignore[attr-defined]
    }
    return msgspec.json.decode(
        msgspec.json.encode(body), type=ApplicationCommandResponse, dec_hook=lambda t, o: t(o)
    )


def test_discord_shaped_responses_normalise_equal_to_local_payloads() -> None:
    tree = full_tree(RESTClient("x"), 1)
    local = tree.payloads()[None]
    remote = [discord_shaped(p) for p in local]
    plan = plan_sync(local, list(reversed(remote)))  # order of commands does not matter
    assert not plan.changed
    assert sorted(plan.unchanged) == ["Profile", "admin", "configure"]


def test_unset_contexts_take_discords_defaults() -> None:
    local = {"name": "x", "description": "d", "type": 1, "options": []}
    remote = {**local, "contexts": [0, 1, 2], "integration_types": [0]}
    assert normalise(remote, compare_to=local) == normalise(local)
    assert normalise(remote, compare_to={**local, "contexts": [0]}) != normalise({**local, "contexts": [0]})


def test_option_order_matters_but_choice_values_compare_numerically() -> None:
    a = {"type": 4, "name": "n", "description": "d", "choices": [{"name": "one", "value": 1}]}
    b = {"type": 3, "name": "m", "description": "d"}
    local = {"name": "x", "description": "d", "options": [a, b]}
    assert normalise(local) != normalise({**local, "options": [b, a]})
    as_float = {**a, "choices": [{"name": "one", "value": 1.0}]}
    assert normalise(local) == normalise({**local, "options": [as_float, b]})
