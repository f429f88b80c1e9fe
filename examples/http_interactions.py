"""A bot without a gateway connection: Discord POSTs interactions to this HTTP server.

Set the Developer Portal's "Interactions Endpoint URL" to where this runs (behind HTTPS), then:

    DISCORD_TOKEN=... DISCORD_APPLICATION_ID=... DISCORD_PUBLIC_KEY=... python examples/http_interactions.py

On start it syncs the commands (writing nothing when they are unchanged). `ECHORD_API_URL` points the REST
side elsewhere, e.g. at the emulator (`python -m echord.testing serve`). Needs `uvicorn`.
"""

from __future__ import annotations

import logging
import os
import random
from typing import Annotated

import uvicorn

from echord.interactions import (
    ActionRow,
    Button,
    ButtonStyle,
    CommandTree,
    ComponentContext,
    Context,
    InteractionsApp,
    Label,
    Member,
    Modal,
    ModalContext,
    Range,
    TextInput,
    WebhookEvent,
    WebhookEvents,
)
from echord.rest import DEFAULT_BASE_URL, RESTClient

rest = RESTClient(os.environ["DISCORD_TOKEN"], base_url=os.environ.get("ECHORD_API_URL", DEFAULT_BASE_URL))
tree = CommandTree(rest, int(os.environ["DISCORD_APPLICATION_ID"]))
events = WebhookEvents()


@tree.command()
async def roll(ctx: Context, sides: Annotated[int, Range(2, 100), "how many sides"] = 6) -> None:
    """Roll a die."""
    await ctx.respond(f"🎲 {random.randint(1, sides)}")


@tree.command()
async def poll(ctx: Context, question: str) -> None:
    """Ask a yes/no question."""
    poll_id = ctx.interaction.id
    await ctx.respond(
        question,
        components=[
            ActionRow(
                Button("Yes", custom_id=f"poll:{poll_id}:yes", style=ButtonStyle.SUCCESS),
                Button("No", custom_id=f"poll:{poll_id}:no", style=ButtonStyle.DANGER),
            )
        ],
    )


@tree.component("poll:{poll_id}:{answer}")
async def vote(ctx: ComponentContext, poll_id: str, answer: str) -> None:
    # Persistent: the data is in the custom_id, so clicks still work after a restart.
    await ctx.respond(f"{ctx.user.username} voted {answer}", ephemeral=True)


@tree.user_command("Send feedback")
async def feedback(ctx: Context, target: object) -> None:
    name = target.display_name if isinstance(target, Member) else "them"
    await ctx.send_modal(
        Modal(f"Feedback for {name}"[:45], "feedback", Label("Your message", TextInput(custom_id="text")))
    )


@tree.modal("feedback")
async def feedback_sent(ctx: ModalContext) -> None:
    await ctx.respond(f"Thanks! You wrote: {ctx.field('text')}", ephemeral=True)


@events.on("APPLICATION_AUTHORIZED")
async def installed(event: WebhookEvent) -> None:
    logging.getLogger("example").info("installed: %s", event.data)


async def startup() -> None:
    result = await tree.sync()
    logging.getLogger("example").info("command sync: %d write(s)", result.requests)


app = InteractionsApp(
    tree,
    os.environ["DISCORD_PUBLIC_KEY"],
    webhook_events=events,
    on_startup=startup,
    on_shutdown=rest.aclose,
)

if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    uvicorn.run(app, host="0.0.0.0", port=int(os.environ.get("PORT", "8000")))
