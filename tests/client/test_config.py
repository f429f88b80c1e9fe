"""Configuration is checked when the Client is built: clear errors and warnings, never the token."""

from __future__ import annotations

import base64
import warnings

import pytest

from echord import Client, ClientConfigError, ClientConfigWarning
from echord.cache import Cache, CachePolicy, StorePolicy
from echord.utils import Intents

USER_ID = 1_234_567_890_123_456_789
HEAD = base64.urlsafe_b64encode(str(USER_ID).encode()).decode().rstrip("=")
TOKEN = f"{HEAD}.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB"


def test_a_well_formed_token_is_accepted_with_or_without_the_bot_prefix() -> None:
    for token in (TOKEN, f"Bot {TOKEN}", f"  {TOKEN}\n"):
        client = Client(token)
        assert client.application_id == USER_ID  # the id encoded in the token, until READY
        assert TOKEN not in repr(client)
        assert TOKEN not in repr(client.rest)


@pytest.mark.parametrize(
    ("token", "fragment"),
    [
        ("", "empty"),
        ("   ", "empty"),
        (f"Bearer {TOKEN}", "bearer"),
        ("abc.def", "does not look like a bot token"),
        (f"{TOKEN}.extra", "does not look like a bot token"),
        (f"{HEAD}.Gh!Kl.abcdef", "does not look like a bot token"),
        ("bm90LWFuLWlk.GhIjKl.abcdefghijklmnop", "not a user id"),  # "not-an-id"
    ],
)
def test_a_malformed_token_fails_at_construction_without_showing_it(token: str, fragment: str) -> None:
    with pytest.raises(ClientConfigError, match=fragment) as caught:
        Client(token)
    secret = token.strip().removeprefix("Bearer ")
    if secret.strip():
        assert secret not in str(caught.value)


def test_a_token_of_the_wrong_type_is_refused() -> None:
    with pytest.raises(ClientConfigError, match="must be a str"):
        Client(b"token")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("shards", "shard_ids", "fragment"),
    [
        (0, None, "positive int"),
        (-2, None, "positive int"),
        (True, None, "positive int"),
        (None, [0, 1], "needs shards="),
        (4, [], "is empty"),
        (4, [1, 1], "duplicates"),
        (4, [0, 4], r"\[4\] are not in range\(shards=4\)"),
        (4, [-1], r"\[-1\] are not in range"),
    ],
)
def test_invalid_shards_fail_clearly(shards: int | None, shard_ids: list[int] | None, fragment: str) -> None:
    with pytest.raises(ClientConfigError, match=fragment):
        Client(TOKEN, shards=shards, shard_ids=shard_ids)


def test_explicit_shards_reach_the_manager() -> None:
    client = Client(TOKEN, shards=8, shard_ids=[5, 1])
    assert client.gateway._requested_count == 8
    assert client.gateway._requested_ids == [1, 5]


def test_chunking_without_the_members_intent_is_an_error() -> None:
    with pytest.raises(ClientConfigError, match="GUILD_MEMBERS"):
        Client(TOKEN, intents=Intents.default(), cache=CachePolicy(chunk_members_on_startup=True))
    Client(
        TOKEN,
        intents=Intents.default() | Intents.GUILD_MEMBERS,
        cache=CachePolicy(chunk_members_on_startup=True),
    )


def test_a_store_no_intent_fills_is_a_warning() -> None:
    with pytest.warns(ClientConfigWarning, match="members store is enabled without Intents.GUILD_MEMBERS"):
        Client(TOKEN, intents=Intents.default(), cache=CachePolicy())
    with pytest.warns(ClientConfigWarning, match="presences store"):
        Client(
            TOKEN,
            intents=Intents.all() & ~Intents.GUILD_PRESENCES,
            cache=CachePolicy(presences=StorePolicy()),
        )
    with pytest.warns(ClientConfigWarning, match="messages store"):
        Client(
            TOKEN, intents=Intents.GUILDS | Intents.GUILD_MEMBERS | Intents.GUILD_VOICE_STATES, cache=Cache()
        )


def test_the_defaults_and_matching_settings_warn_about_nothing() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Client(TOKEN)  # default intents with the default cache
        Client(TOKEN, intents=Intents.default() | Intents.GUILD_MEMBERS, cache=CachePolicy())
        Client(TOKEN, intents=Intents.GUILDS, cache=CachePolicy.nothing())


def test_the_warning_points_at_the_callers_line() -> None:
    with pytest.warns(ClientConfigWarning) as record:
        Client(TOKEN, intents=Intents.default(), cache=CachePolicy())
    assert record[0].filename == __file__


def test_a_given_cache_is_used_as_is() -> None:
    cache = Cache(CachePolicy.nothing())
    assert Client(TOKEN, intents=Intents.GUILDS, cache=cache).cache is cache
    with pytest.raises(ValueError, match="shutdown_timeout"):
        Client(TOKEN, shutdown_timeout=-1)


def test_a_wrong_api_base_or_large_threshold_fails_at_construction() -> None:
    with pytest.raises(ClientConfigError, match="api_base must be an http"):
        Client(TOKEN, api_base="ws://127.0.0.1:8080")
    with pytest.raises(ClientConfigError, match="large_threshold"):
        Client(TOKEN, large_threshold=300)
    Client(TOKEN, api_base="http://127.0.0.1:8080/api/v10", large_threshold=50)
