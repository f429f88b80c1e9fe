"""A small bot built on the interactions framework, used by the emulator tests."""

from __future__ import annotations

import enum
from typing import Annotated, Literal

from echord.interactions import (
    ActionRow,
    Button,
    ButtonStyle,
    Channels,
    CommandTree,
    ComponentContext,
    Context,
    InteractionChannel,
    Label,
    Length,
    Member,
    Message,
    Modal,
    ModalContext,
    Range,
    SelectOption,
    StringSelect,
    TextInput,
    User,
    View,
)
from echord.interactions.context import AutocompleteContext
from echord.rest import RESTClient

FRUITS = ["apple", "apricot", "banana", "blueberry", "cherry"]


class Colour(enum.Enum):
    RED = "red"
    GREEN = "green"


class Log:
    """What the bot noticed that is not a response (view timeouts)."""

    def __init__(self) -> None:
        self.timed_out: list[str] = []


def build_tree(
    rest: RESTClient, application_id: int, log: Log | None = None, view_timeout: float = 0.5
) -> CommandTree:
    tree = CommandTree(rest, application_id)
    seen = log if log is not None else Log()

    @tree.command()
    async def greet(
        ctx: Context,
        who: Annotated[Member, "who to greet"],
        times: Annotated[int, Range(1, 5), "how many times"] = 1,
        style: Literal["plain", "loud"] = "plain",
    ) -> None:
        """Say hello to someone."""
        text = " ".join([f"hello {who.display_name}"] * times)
        await ctx.respond(text.upper() if style == "loud" else text)

    @tree.command()
    async def fruit(ctx: Context, name: Annotated[str, Length(max=20), "a fruit"]) -> None:
        """Pick a fruit."""
        await ctx.respond(f"you picked {name}", ephemeral=True)

    @fruit.autocomplete("name")
    async def fruit_names(ctx: AutocompleteContext, value: str) -> list[str]:
        return [f for f in FRUITS if f.startswith(value)]

    @tree.command()
    async def paint(
        ctx: Context, colour: Colour, where: Annotated[InteractionChannel, Channels(0)] | None = None
    ) -> None:
        """Paint something."""
        place = f" in #{where.name}" if where is not None else ""
        await ctx.respond(f"painted {colour.value}{place}")

    tag = tree.group("tag", "Tags")

    @tag.command()
    async def add(ctx: Context, name: str) -> None:
        """Add a tag."""
        await ctx.defer(ephemeral=True)
        await ctx.send(f"tag {name} added")

    @tree.command()
    async def poll(ctx: Context, poll_id: int) -> None:
        """Start a poll with persistent buttons."""
        await ctx.respond(
            f"poll {poll_id}",
            components=[
                ActionRow(
                    Button("Yes", custom_id=f"vote:{poll_id}:yes", style=ButtonStyle.SUCCESS),
                    Button("No", custom_id=f"vote:{poll_id}:no", style=ButtonStyle.DANGER),
                ),
                ActionRow(
                    StringSelect(
                        custom_id=f"colour:{poll_id}",
                        options=[SelectOption("Red", "red"), SelectOption("Blue", "blue")],
                    )
                ),
            ],
        )

    @tree.component("vote:{poll_id}:{choice}")
    async def vote(ctx: ComponentContext, poll_id: str, choice: str) -> None:
        await ctx.update_message(f"poll {poll_id}: {ctx.user.username} voted {choice}", components=[])

    @tree.component("colour:{poll_id}")
    async def colour(ctx: ComponentContext, poll_id: str) -> None:
        await ctx.respond(f"{ctx.user.username} likes {', '.join(ctx.values)}")

    @tree.command()
    async def report(ctx: Context) -> None:
        """Report a problem."""
        await ctx.send_modal(
            Modal("Report", "report:7", Label("What happened?", TextInput(custom_id="what")))
        )

    @tree.modal("report:{case}")
    async def report_sent(ctx: ModalContext, case: str) -> None:
        await ctx.respond(f"case {case}: {ctx.field('what')}", ephemeral=True)

    @tree.user_command("Inspect")
    async def inspect_user(ctx: Context, target: Member | User) -> None:
        if isinstance(target, Member):
            await ctx.respond(f"{target.user.username} has {len(target.member.roles)} roles")
        else:
            await ctx.respond(f"{target.username} is not a member here")

    @tree.message_command("Quote")
    async def quote(ctx: Context, target: Message) -> None:
        await ctx.respond(f"> {target.content}")

    @tree.command()
    async def confirm(ctx: Context) -> None:
        """Ask for a confirmation (only the caller may answer, for a short while)."""
        view = View(timeout=view_timeout, user_id=ctx.user.id)

        @view.button("Yes", style=ButtonStyle.SUCCESS)
        async def yes(click: ComponentContext) -> None:
            view.stop()
            await click.update_message("confirmed", components=[])

        async def expired() -> None:
            seen.timed_out.append(view.prefix)

        view.on_timeout = expired
        tree.add_view(view)
        await ctx.respond("Sure?", components=view.rows())

    @tree.command()
    async def later(ctx: Context) -> None:
        """Answer, then follow up."""
        await ctx.respond("first")
        await ctx.followup("second")

    @tree.command()
    async def steps(ctx: Context) -> None:
        """Walk through every token route."""
        await ctx.defer()
        await ctx.edit_original("step 1")
        second = await ctx.followup("step 2")
        await ctx.edit_followup(second.id, "step 2, edited")
        third = await ctx.followup("step 3")
        await ctx.delete_followup(third.id)
        original = await ctx.original()
        await ctx.followup(f"the original said {original.content!r}")
        await ctx.delete_original()

    @tree.command()
    async def boom(ctx: Context) -> None:
        """Always fails."""
        raise RuntimeError("kaboom")

    return tree
