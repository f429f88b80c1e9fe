"""Arbitrary JSON never makes the emulator fail with a 5xx or an unexpected close code."""

from __future__ import annotations

import asyncio
import json
import random
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from echord.testing import Emulator
from echord.testing.transport import HTTPRequest

from .gateway_client import RawGateway, connect_ready

KEYS = st.sampled_from(
    ["content", "name", "type", "embeds", "components", "options", "data", "permissions", "roles", "messages",
     "flags", "nonce", "message_reference", "attachments", "description", "recipient_id", "message_id",
     "channel_id", "parse", "users", "allowed_mentions", "custom_id", "title", "id", "allow", "deny", "filename",
     "message", "choices", "required", "permission_overwrites", "parent_id", "applied_tags", "nick"]
)  # fmt: skip
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=30)
    | st.from_regex(r"\A[0-9]{1,22}\Z")
)
JSON = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(KEYS | st.text(max_size=8), inner, max_size=5)
    ),
    max_leaves=16,
)
BODIES = JSON | st.dictionaries(KEYS, JSON, max_size=6)

_EMULATOR = Emulator()
_SEED = _EMULATOR.seed
assert _SEED is not None
_TARGETS = [
    ("POST", f"/api/v10/channels/{_SEED.general.id}/messages"),
    ("PATCH", f"/api/v10/channels/{_SEED.general.id}"),
    ("POST", f"/api/v10/guilds/{_SEED.guild.id}/channels"),
    ("POST", f"/api/v10/guilds/{_SEED.guild.id}/roles"),
    ("PATCH", f"/api/v10/guilds/{_SEED.guild.id}/members/{_SEED.bob.id}"),
    ("PUT", f"/api/v10/applications/{_EMULATOR.application_id}/commands"),
    ("POST", f"/api/v10/applications/{_EMULATOR.application_id}/commands"),
    ("POST", f"/api/v10/channels/{_SEED.general.id}/threads"),
    ("POST", f"/api/v10/channels/{_SEED.general.id}/messages/bulk-delete"),
    ("POST", "/api/v10/users/@me/channels"),
    ("PUT", f"/api/v10/channels/{_SEED.general.id}/permissions/{_SEED.bob.id}"),
    ("POST", f"/api/v10/channels/{_SEED.forum.id}/threads"),
    ("PUT", f"/api/v10/guilds/{_SEED.guild.id}/bans/{_SEED.bob.id}"),
    ("POST", "/api/v10/interactions/{id}/{token}/callback"),
    ("POST", "/api/v10/webhooks/{application_id}/{token}"),
]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(target=st.sampled_from(_TARGETS), body=BODIES)
def test_rest_never_fails_on_arbitrary_bodies(target: tuple[str, str], body: Any) -> None:
    method, path = target
    if "{token}" in path:
        # A fresh interaction per example, acknowledged first when the target is its followup route.
        interaction = _EMULATOR.world.create_interaction(2, _SEED.alice.id, _SEED.general.id, {"name": "x"})
        if "webhooks" in path:
            _EMULATOR.world.respond(interaction, 5, None)
        path = path.format(
            id=interaction.id, token=interaction.token, application_id=_EMULATOR.application_id
        )
    headers = {"authorization": f"Bot {_EMULATOR.bot_token}", "content-type": "application/json"}
    request = HTTPRequest(method, path, {}, headers, json.dumps(body).encode())
    response = asyncio.run(_EMULATOR.rest(request))
    assert response.status < 500, (target, body, response.body)
    if response.status >= 400 and response.status != 429:
        error = json.loads(response.body)
        assert isinstance(error["code"], int) and isinstance(error["message"], str)


async def test_gateway_survives_random_payloads(emulator: Emulator) -> None:
    rng = random.Random(1234)
    values: list[Any] = [None, True, 0, -1, 2**64, 1.5, "x", "", [], {}, [1, "a"], {"a": None}]
    allowed = {4001, 4002, 4003, 4004, 4005, 4007, 4010, 4011, 4013, 4014}
    for _ in range(40):
        gateway, _ready = await connect_ready(emulator)
        payload = {"op": rng.choice([1, 2, 3, 4, 6, 8, 31, 99, rng.randint(-5, 50)]), "d": rng.choice(values)}
        if rng.random() < 0.5 and isinstance(payload["d"], dict):
            payload["d"] = {
                k: rng.choice(values)
                for k in ("guild_id", "query", "limit", "status", "token", "seq", "session_id")
            }
        await gateway.ws.send(json.dumps(payload))
        await gateway.send(1, None)
        try:
            reply = await gateway.recv(within=1)
        except Exception:
            code = gateway.ws.close_code
            assert code in allowed, (payload, code)
        else:
            assert reply["op"] in (0, 9, 11), (payload, reply)
        await gateway.close()
    fresh = await RawGateway.connect(emulator.gateway_url)
    assert (await fresh.identify(emulator.bot_token, 1))["session_id"]
    await fresh.close()
