"""Paginated listings: each fetches lazily with its endpoint's cursor rule and stops at the limit."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import respx

from echord.managers import Managers
from echord.structures import Guild, Page, Paginator, TextChannel

from .payloads import CHANNEL_ID, GUILD_ID, member, message, thread, user


def messages(ids: range | list[int]) -> list[dict[str, object]]:
    """A page as Discord sends it: newest first."""
    return [message(i) for i in sorted(ids, reverse=True)]


def params(route: respx.Route) -> list[dict[str, str]]:
    return [dict(call.request.url.params) for call in route.calls]


async def test_paginator_is_lazy_and_honours_the_limit() -> None:
    asked: list[int | None] = []

    async def fetch(remaining: int | None) -> Page[int]:
        asked.append(remaining)
        start = len(asked) * 10
        return Page(list(range(start, start + 10)), more=True)

    pager = Paginator(fetch, limit=25)
    iterator = aiter(pager)
    assert asked == []
    assert await anext(iterator) == 10
    assert asked == [25]
    assert len([x async for x in pager]) == 25
    assert asked[-3:] == [25, 15, 5]


async def test_paginator_stops_on_a_short_page() -> None:
    calls = 0

    async def fetch(remaining: int | None) -> Page[int]:
        nonlocal calls
        calls += 1
        return Page([1, 2], more=False)

    assert await Paginator(fetch, limit=None).flatten() == [1, 2] and calls == 1


async def test_history_walks_backwards_with_before(hub: Managers, api: respx.MockRouter) -> None:
    route = api.get(f"/channels/{CHANNEL_ID}/messages").mock(
        side_effect=[
            httpx.Response(200, json=messages(range(151, 251))),
            httpx.Response(200, json=messages(range(101, 151))),
        ]
    )
    got = [int(m.id) async for m in TextChannel.partial(hub, CHANNEL_ID, GUILD_ID).history(limit=150)]
    assert got == list(range(250, 100, -1))
    assert params(route) == [{"limit": "100"}, {"before": "151", "limit": "50"}]


async def test_history_after_goes_forwards_oldest_first(hub: Managers, api: respx.MockRouter) -> None:
    route = api.get(f"/channels/{CHANNEL_ID}/messages").mock(
        side_effect=[
            httpx.Response(200, json=messages(range(11, 111))),
            httpx.Response(200, json=messages(range(111, 131))),
        ]
    )
    got = [
        int(m.id) async for m in TextChannel.partial(hub, CHANNEL_ID, GUILD_ID).history(after=10, limit=None)
    ]
    assert got == list(range(11, 131))
    assert params(route) == [{"after": "10", "limit": "100"}, {"after": "110", "limit": "100"}]


async def test_history_after_and_before_stops_at_before(hub: Managers, api: respx.MockRouter) -> None:
    api.get(f"/channels/{CHANNEL_ID}/messages").mock(
        return_value=httpx.Response(200, json=messages(range(11, 111)))
    )
    got = [
        int(m.id)
        async for m in TextChannel.partial(hub, CHANNEL_ID, GUILD_ID).history(after=10, before=50, limit=None)
    ]
    assert got == list(range(11, 50))


async def test_history_around_is_one_request(hub: Managers, api: respx.MockRouter) -> None:
    route = api.get(f"/channels/{CHANNEL_ID}/messages").mock(
        return_value=httpx.Response(200, json=messages(range(40, 61)))
    )
    got = await TextChannel.partial(hub, CHANNEL_ID, GUILD_ID).history(around=50, limit=21).flatten()
    assert len(got) == 21 and params(route) == [{"around": "50", "limit": "21"}]


async def test_history_cursor_from_a_datetime(hub: Managers, api: respx.MockRouter) -> None:
    route = api.get(f"/channels/{CHANNEL_ID}/messages").mock(return_value=httpx.Response(200, json=[]))
    when = datetime(2020, 1, 1, tzinfo=UTC)
    await TextChannel.partial(hub, CHANNEL_ID, GUILD_ID).history(before=when).flatten()
    from echord.utils import snowflake_from_time

    assert params(route) == [{"before": str(snowflake_from_time(when)), "limit": "100"}]


async def test_pins_follow_pinned_at_and_has_more(hub: Managers, api: respx.MockRouter) -> None:
    def page(ids: list[int], more: bool) -> dict[str, object]:
        items = [{"pinned_at": f"2026-07-{i:02d}T00:00:00+00:00", "message": message(i)} for i in ids]
        return {"items": items, "has_more": more}

    route = api.get(f"/channels/{CHANNEL_ID}/messages/pins").mock(
        side_effect=[
            httpx.Response(200, json=page([20, 19], True)),
            httpx.Response(200, json=page([3], False)),
        ]
    )
    got = [int(m.id) async for m in TextChannel.partial(hub, CHANNEL_ID, GUILD_ID).pins()]
    assert got == [20, 19, 3]
    assert params(route)[1]["before"].startswith("2026-07-19T00:00:00")


async def test_archived_threads_use_archive_timestamp(hub: Managers, api: respx.MockRouter) -> None:
    first = thread(1)
    first["thread_metadata"]["archive_timestamp"] = "2026-05-01T00:00:00+00:00"
    route = api.get(f"/channels/{CHANNEL_ID}/threads/archived/public").mock(
        side_effect=[
            httpx.Response(200, json={"threads": [first], "members": [], "has_more": True}),
            httpx.Response(200, json={"threads": [thread(2)], "members": [], "has_more": False}),
        ]
    )
    got = [
        int(t.id) async for t in TextChannel.partial(hub, CHANNEL_ID, GUILD_ID).archived_threads(limit=None)
    ]
    assert got == [1, 2]
    assert params(route)[1]["before"].startswith("2026-05-01T00:00:00")


async def test_members_page_after_the_highest_user_id(hub: Managers, api: respx.MockRouter) -> None:
    route = api.get(f"/guilds/{GUILD_ID}/members").mock(
        side_effect=[
            httpx.Response(200, json=[member(i) for i in range(1, 1001)]),
            httpx.Response(200, json=[member(i) for i in range(1001, 1004)]),
        ]
    )
    got = await Guild.partial(hub, GUILD_ID).members(limit=None).flatten()
    assert len(got) == 1003 and got[-1].guild_id == GUILD_ID
    assert params(route) == [{"limit": "1000", "after": "0"}, {"limit": "1000", "after": "1000"}]


async def test_bans_forwards_and_backwards(hub: Managers, api: respx.MockRouter) -> None:
    def bans(ids: range) -> list[dict[str, object]]:
        return [{"user": user(i), "reason": None} for i in ids]

    route = api.get(f"/guilds/{GUILD_ID}/bans").mock(
        side_effect=[httpx.Response(200, json=bans(range(1, 3))), httpx.Response(200, json=bans(range(5, 8)))]
    )
    guild = Guild.partial(hub, GUILD_ID)
    assert [int(b.user.id) async for b in guild.bans(limit=2)] == [1, 2]
    assert [int(b.user.id) async for b in guild.bans(before=10, limit=3)] == [7, 6, 5]
    assert params(route) == [{"limit": "2"}, {"limit": "3", "before": "10"}]


async def test_audit_logs_newest_first_with_users(hub: Managers, api: respx.MockRouter) -> None:
    def log(ids: range) -> dict[str, object]:
        entries = [
            {"id": str(i), "action_type": 22, "user_id": "300", "target_id": "5", "reason": "r"} for i in ids
        ]
        empty: list[object] = []
        return {
            "audit_log_entries": entries,
            "users": [user(300)],
            "integrations": empty,
            "webhooks": empty,
            "guild_scheduled_events": empty,
            "threads": empty,
            "application_commands": empty,
            "auto_moderation_rules": empty,
        }

    route = api.get(f"/guilds/{GUILD_ID}/audit-logs").mock(
        side_effect=[
            httpx.Response(200, json=log(range(101, 201))),
            httpx.Response(200, json=log(range(91, 101))),
        ]
    )
    entries = await Guild.partial(hub, GUILD_ID).audit_logs(limit=110, action=22).flatten()
    assert [int(e.id) for e in entries] == list(range(200, 90, -1))
    assert entries[0].user is not None and entries[0].user.name == "alice" and entries[0].reason == "r"
    assert params(route) == [
        {"action_type": "22", "limit": "100"},
        {"action_type": "22", "limit": "10", "before": "101"},
    ]
