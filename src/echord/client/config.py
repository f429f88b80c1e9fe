"""Checks a `Client`'s configuration at construction, so mistakes fail before any connection is made.

Every message names what is wrong and how to fix it; none ever contains the token.
"""

from __future__ import annotations

import base64
import binascii
import re
import warnings
from collections.abc import Sequence

from echord.cache import CachePolicy
from echord.utils import Intents

__all__ = [
    "ClientConfigError",
    "ClientConfigWarning",
    "check_api_base",
    "check_cache_intents",
    "check_large_threshold",
    "check_shards",
    "check_token",
]

_EXAMPLE_BASE = "https://discord.com/api/v10"
_TOKEN_PART = re.compile(r"[A-Za-z0-9_-]+")


class ClientConfigError(ValueError):
    """The client's configuration cannot work (bad token shape, impossible shard ids, ...)."""


class ClientConfigWarning(UserWarning):
    """The configuration works, but part of it will not do what it seems to (a cache store no event fills)."""


def check_token(token: str) -> str:
    """The bare bot token (no `Bot ` prefix, no surrounding whitespace), or `ClientConfigError`.

    A bot token is three dot-separated base64url parts, the first being the bot's user id. Checking the
    shape catches the usual mistakes (an empty variable, a client secret, an OAuth2 bearer token) locally
    instead of as a 401 or a 4004 close.
    """
    if not isinstance(token, str):
        raise ClientConfigError(f"the token must be a str, not {type(token).__name__}")
    bare = token.strip()
    if bare.startswith("Bearer "):
        raise ClientConfigError("a bot needs a bot token, not an OAuth2 bearer token")
    bare = bare.removeprefix("Bot ").strip()
    if not bare:
        raise ClientConfigError("the token is empty (is DISCORD_TOKEN set?)")
    parts = bare.split(".")
    if len(parts) != 3 or not all(_TOKEN_PART.fullmatch(part) for part in parts):
        raise ClientConfigError(
            "the token does not look like a bot token (three dot-separated parts, from the Developer "
            "Portal's Bot page); it is not shown here"
        )
    if user_id_from_token(bare) is None:
        raise ClientConfigError("the token's first part is not a user id: is this really a bot token?")
    return bare


def user_id_from_token(token: str) -> int | None:
    """The bot's user id encoded in its token's first part, or None when it is not one."""
    head = token.split(".", 1)[0]
    try:
        text = base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)).decode("ascii")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    return int(text) if text.isdigit() else None


def check_shards(shards: int | None, shard_ids: Sequence[int] | None) -> tuple[int | None, list[int] | None]:
    """Validated `(shard_count, shard_ids)`: None means "what /gateway/bot recommends" / "all of them"."""
    if shards is not None and (isinstance(shards, bool) or not isinstance(shards, int) or shards < 1):
        raise ClientConfigError(f"shards must be a positive int (the total shard count), not {shards!r}")
    if shard_ids is None:
        return shards, None
    ids = list(shard_ids)
    if shards is None:
        raise ClientConfigError("shard_ids needs shards= (the total count) so each id's range can be checked")
    if not ids:
        raise ClientConfigError("shard_ids is empty: this process would run no shard")
    if any(isinstance(i, bool) or not isinstance(i, int) for i in ids):
        raise ClientConfigError("shard_ids must be ints")
    if len(set(ids)) != len(ids):
        raise ClientConfigError(f"shard_ids has duplicates: {sorted(ids)}")
    bad = sorted(i for i in ids if not 0 <= i < shards)
    if bad:
        raise ClientConfigError(f"shard ids {bad} are not in range(shards={shards})")
    return shards, sorted(ids)


def check_api_base(api_base: str) -> str:
    """The REST base URL, refused early when it cannot be one (a gateway URL, a missing scheme)."""
    if not api_base.startswith(("http://", "https://")):
        raise ClientConfigError(
            f"api_base must be an http(s) URL such as {_EXAMPLE_BASE!r}, not {api_base!r}"
        )
    return api_base


def check_large_threshold(value: int) -> int:
    """Discord accepts 50 to 250 members as the threshold above which a guild's offline members are left out."""
    if not 50 <= value <= 250:
        raise ClientConfigError(f"large_threshold must be between 50 and 250, not {value}")
    return value


def check_cache_intents(intents: Intents, policy: CachePolicy, *, explicit: bool) -> None:
    """Raise for a cache setting that can never work with these intents; warn for one that stays empty.

    `explicit` is whether the caller chose the policy: the default policy's members store is meant to work
    with the default intents (it then holds members seen in messages and voice), so it earns no warning.
    """
    if policy.chunk_members_on_startup and not intents & Intents.GUILD_MEMBERS:
        raise ClientConfigError(
            "chunk_members_on_startup needs Intents.GUILD_MEMBERS: Discord never answers member requests "
            "for the full list without it"
        )
    if not intents & Intents.GUILDS and (policy.guilds.enabled or policy.channels.enabled):
        _warn("the guilds and channels stores are filled by GUILD_CREATE, which needs Intents.GUILDS")
    if policy.presences.enabled and not intents & Intents.GUILD_PRESENCES:
        _warn("the presences store is enabled but Intents.GUILD_PRESENCES is not: it will stay empty")
    if explicit and policy.members.enabled and not intents & Intents.GUILD_MEMBERS:
        _warn(
            "the members store is enabled without Intents.GUILD_MEMBERS: it will only hold members seen in "
            "messages and voice, never joins or leaves; add the intent or disable the store"
        )
    if (
        explicit
        and policy.messages.enabled
        and not intents & (Intents.GUILD_MESSAGES | Intents.DIRECT_MESSAGES)
    ):
        _warn("the messages store is enabled but no message intent is: it will stay empty")
    if policy.voice_states.enabled and explicit and not intents & Intents.GUILD_VOICE_STATES:
        _warn("the voice_states store is enabled without Intents.GUILD_VOICE_STATES: it will stay empty")


def _warn(message: str) -> None:
    warnings.warn(message, ClientConfigWarning, stacklevel=4)
