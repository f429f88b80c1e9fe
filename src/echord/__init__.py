"""echord: a typed, fast Discord API SDK generated from Discord's own OpenAPI spec.

Submodules load lazily: a REST-only user never pays for the gateway, and the other way round.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from echord._support import UNSET, File, Snowflake, UnsetType

__version__ = "0.1.0"

# module -> the public names it defines; each is imported on first attribute access.
_EXPORTS: dict[str, tuple[str, ...]] = {
    "echord.client": ("Client", "ClientConfigError", "ClientConfigWarning"),
    "echord.rest": ("RESTClient",),
    "echord.events": ("Event", "EventBus", "RawEvent"),
    "echord.gateway": ("ShardConnection", "ShardManager"),
    "echord.cache": ("Cache", "CachePolicy", "StorePolicy"),
    "echord.structures": ("AllowedMentions", "Embed", "Guild", "Member", "Message", "Modal", "Role", "User"),
    "echord.managers": ("Managers",),
    "echord.interactions": ("CommandTree", "InteractionsApp"),
    "echord.utils": (
        "ActivityFlags",
        "ApplicationFlags",
        "AttachmentFlags",
        "ChannelFlags",
        "Color",
        "Colour",
        "GuildMemberFlags",
        "Intents",
        "MessageFlags",
        "OverwriteType",
        "PermissionOverwrite",
        "Permissions",
        "RoleFlags",
        "SKUFlags",
        "SystemChannelFlags",
        "UserFlags",
        "escape_markdown",
        "escape_mentions",
        "format_dt",
        "remove_markdown",
        "snowflake_from_time",
        "snowflake_time",
        "utcnow",
    ),
}
_LAZY: dict[str, str] = {name: module for module, names in _EXPORTS.items() for name in names}

if TYPE_CHECKING:
    from echord.cache import Cache, CachePolicy, StorePolicy
    from echord.client import Client, ClientConfigError, ClientConfigWarning
    from echord.events import Event, EventBus, RawEvent
    from echord.gateway import ShardConnection, ShardManager
    from echord.interactions import CommandTree, InteractionsApp
    from echord.managers import Managers
    from echord.rest import RESTClient
    from echord.structures import AllowedMentions, Embed, Guild, Member, Message, Modal, Role, User
    from echord.utils import (
        ActivityFlags,
        ApplicationFlags,
        AttachmentFlags,
        ChannelFlags,
        Color,
        Colour,
        GuildMemberFlags,
        Intents,
        MessageFlags,
        OverwriteType,
        PermissionOverwrite,
        Permissions,
        RoleFlags,
        SKUFlags,
        SystemChannelFlags,
        UserFlags,
        escape_markdown,
        escape_mentions,
        format_dt,
        remove_markdown,
        snowflake_from_time,
        snowflake_time,
        utcnow,
    )

__all__ = [
    "UNSET",
    "ActivityFlags",
    "AllowedMentions",
    "ApplicationFlags",
    "AttachmentFlags",
    "Cache",
    "CachePolicy",
    "ChannelFlags",
    "Client",
    "ClientConfigError",
    "ClientConfigWarning",
    "Color",
    "Colour",
    "CommandTree",
    "Embed",
    "Event",
    "EventBus",
    "File",
    "Guild",
    "GuildMemberFlags",
    "Intents",
    "InteractionsApp",
    "Managers",
    "Member",
    "Message",
    "MessageFlags",
    "Modal",
    "OverwriteType",
    "PermissionOverwrite",
    "Permissions",
    "RESTClient",
    "RawEvent",
    "Role",
    "RoleFlags",
    "SKUFlags",
    "ShardConnection",
    "ShardManager",
    "Snowflake",
    "StorePolicy",
    "SystemChannelFlags",
    "UnsetType",
    "User",
    "UserFlags",
    "__version__",
    "escape_markdown",
    "escape_mentions",
    "format_dt",
    "remove_markdown",
    "snowflake_from_time",
    "snowflake_time",
    "utcnow",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'echord' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
