"""examples/http_interactions.py runs against the emulator: startup syncs, a signed POST gets its answer."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import time
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

import httpx
import pytest
from nacl.signing import SigningKey

from echord.interactions import InteractionsApp
from echord.testing import Emulator

EXAMPLE = Path(__file__).parents[2] / "examples" / "http_interactions.py"


async def lifespan(app: InteractionsApp, stage: str) -> str:
    sent: list[str] = []
    queue: asyncio.Queue[dict[str, str]] = asyncio.Queue()
    await queue.put({"type": f"lifespan.{stage}"})
    await queue.put({"type": "lifespan.shutdown"})

    async def receive() -> dict[str, str]:
        return await queue.get()

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message["type"])

    await app({"type": "lifespan"}, receive, send)
    return sent[0]


async def test_the_example_syncs_and_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    key = SigningKey(b"e" * 32)
    async with Emulator() as emu:
        monkeypatch.setenv("DISCORD_TOKEN", emu.bot_token)
        monkeypatch.setenv("DISCORD_APPLICATION_ID", str(emu.application_id))
        monkeypatch.setenv("DISCORD_PUBLIC_KEY", key.verify_key.encode().hex())
        monkeypatch.setenv("ECHORD_API_URL", emu.rest_url)
        spec = importlib.util.spec_from_file_location("http_interactions_example", EXAMPLE)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        app: InteractionsApp = module.app
        app.on_shutdown = None  # keep the REST client open for the request below
        assert await lifespan(app, "startup") == "lifespan.startup.complete"
        assert {c.name for c in emu.world.commands.values()} == {"roll", "poll", "Send feedback"}

        seed = emu.seed
        assert seed is not None
        run = emu.users.slash_command(seed.alice, seed.general, "roll", {"sides": 2})
        body = json.dumps(emu.world.interaction_payload(run)).encode()
        timestamp = str(int(time.time()))
        headers = {
            "X-Signature-Ed25519": key.sign(timestamp.encode() + body).signature.hex(),
            "X-Signature-Timestamp": timestamp,
        }
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bot") as http:
            response = await http.post("/", content=body, headers=headers)
        assert response.status_code == 200
        answer = response.json()
        assert answer["type"] == 4
        assert answer["data"]["content"] in ("🎲 1", "🎲 2")
        await module.rest.aclose()
