"""Configured buckets are enforced with Discord's headers: per route and major parameter, shared hashes,
and the global limit; interaction and webhook-token routes are exempt from the global limit."""

from __future__ import annotations

import httpx

from echord.testing import Emulator, Permission

MESSAGES = "POST /channels/{channel_id}/messages"


async def test_default_headers_are_generous(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    response = await rest.get("/users/@me")
    assert int(response.headers["X-RateLimit-Limit"]) >= 1000
    assert int(response.headers["X-RateLimit-Remaining"]) == int(response.headers["X-RateLimit-Limit"]) - 1
    assert float(response.headers["X-RateLimit-Reset-After"]) <= 1.0
    assert float(response.headers["X-RateLimit-Reset"]) > 1.7e9
    assert len(response.headers["X-RateLimit-Bucket"]) == 32


async def test_route_bucket_per_major_parameter(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    seed = emulator.seed
    assert seed is not None
    emulator.rate_limits.configure(MESSAGES, limit=2, window=30)
    general = f"/channels/{seed.general.id}/messages"
    remaining = [
        (await rest.post(general, json={"content": "x"})).headers["X-RateLimit-Remaining"] for _ in range(2)
    ]
    assert remaining == ["1", "0"]
    limited = await rest.post(general, json={"content": "x"})
    assert limited.status_code == 429
    assert limited.headers["X-RateLimit-Scope"] == "user"
    assert 29 <= limited.json()["retry_after"] <= 30
    assert limited.json()["global"] is False
    other = await rest.post(f"/channels/{seed.announcements.id}/messages", json={"content": "x"})
    assert other.status_code == 200, "another channel is another bucket"
    assert len(emulator.world.messages_in(seed.general.id)) == 2, "a limited request changes nothing"


async def test_shared_bucket_hash(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    seed = emulator.seed
    assert seed is not None
    for route in (MESSAGES, "GET /channels/{channel_id}/messages"):
        emulator.rate_limits.configure(route, limit=2, window=30, bucket="messages", scope="shared")
    first = await rest.post(f"/channels/{seed.general.id}/messages", json={"content": "x"})
    second = await rest.get(f"/channels/{seed.general.id}/messages")
    assert first.headers["X-RateLimit-Bucket"] == second.headers["X-RateLimit-Bucket"]
    third = await rest.get(f"/channels/{seed.general.id}/messages")
    assert third.status_code == 429
    assert third.headers["X-RateLimit-Scope"] == "shared"


async def test_global_limit_spares_interaction_callbacks(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    seed = emulator.seed
    assert seed is not None
    emulator.world.commands.clear()
    await rest.post(
        f"/applications/{emulator.application_id}/commands", json={"name": "hi", "description": "x"}
    )
    emulator.rate_limits.configure_global(1, window=30)
    limited = await rest.get("/users/@me")
    assert limited.status_code == 429
    assert limited.json()["global"] is True
    assert limited.headers["X-RateLimit-Global"] == "true"
    interaction = emulator.users.slash_command(seed.alice, seed.general, "hi")
    callback = f"/interactions/{interaction.id}/{interaction.token}/callback"
    response = await rest.post(callback, json={"type": 4, "data": {"content": "hello"}})
    assert response.status_code == 204
    assert "X-RateLimit-Bucket" not in response.headers, (
        "the callback route has no rate limit (hikari relies on it)"
    )


async def test_reset_clears_windows(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    emulator.rate_limits.configure("GET /users/@me", limit=1, window=60)
    assert (await rest.get("/users/@me")).status_code == 200
    assert (await rest.get("/users/@me")).status_code == 429
    emulator.rate_limits.reset()
    assert (await rest.get("/users/@me")).status_code == 200


async def test_slowmode_applies_to_a_bot_without_bypass(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    seed = emulator.seed
    assert seed is not None
    emulator.world.update_role(seed.guild.id, seed.bot_role.id, permissions=0)
    slow = emulator.world.create_channel(seed.guild.id, "slow", rate_limit_per_user=30)
    assert (await rest.post(f"/channels/{slow.id}/messages", json={"content": "one"})).status_code == 200
    second = await rest.post(f"/channels/{slow.id}/messages", json={"content": "two"})
    assert second.status_code == 429
    assert second.json()["code"] == 20016 and 29 <= second.json()["retry_after"] <= 30
    emulator.world.update_role(seed.guild.id, seed.bot_role.id, permissions=int(Permission.BYPASS_SLOWMODE))
    assert (await rest.post(f"/channels/{slow.id}/messages", json={"content": "three"})).status_code == 200
