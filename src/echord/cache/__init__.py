"""echord.cache: bounded, per-store configurable caching of Discord state, kept correct by gateway events.

`Cache` holds one store per kind (in memory by default, or Redis to share one cache between processes),
`CachePolicy` says what each store keeps, and `CacheUpdater` applies gateway events and reports each change
with its state before and after. See docs/cache.md.
"""

from typing import TYPE_CHECKING

from .cache import Cache
from .changes import Change
from .memory import MemoryStore, memory_stores
from .policy import KINDS, CachePolicy, Eviction, StorePolicy, Sweeper
from .records import (
    ActivityRecord,
    AttachmentRecord,
    ChannelRecord,
    ClientStatusRecord,
    EmojiRecord,
    GuildRecord,
    MemberRecord,
    MessageRecord,
    OverwriteRecord,
    PresenceRecord,
    RoleRecord,
    StickerRecord,
    ThreadMetadataRecord,
    UserRecord,
    VoiceStateRecord,
)
from .stores import GLOBAL, NullStore, Store, StoreFactory
from .updater import CacheUpdater

if TYPE_CHECKING:
    from .wiring import CacheFeed, CacheUpdate

__all__ = [
    "GLOBAL",
    "KINDS",
    "ActivityRecord",
    "AttachmentRecord",
    "Cache",
    "CacheFeed",
    "CachePolicy",
    "CacheUpdate",
    "CacheUpdater",
    "Change",
    "ChannelRecord",
    "ClientStatusRecord",
    "EmojiRecord",
    "Eviction",
    "GuildRecord",
    "MemberRecord",
    "MemoryStore",
    "MessageRecord",
    "NullStore",
    "OverwriteRecord",
    "PresenceRecord",
    "RoleRecord",
    "StickerRecord",
    "Store",
    "StoreFactory",
    "StorePolicy",
    "Sweeper",
    "ThreadMetadataRecord",
    "UserRecord",
    "VoiceStateRecord",
    "memory_stores",
]


def __getattr__(name: str) -> object:
    """`CacheFeed` and `CacheUpdate` import the event bus, so they load on first use."""
    if name in ("CacheFeed", "CacheUpdate"):
        from . import wiring

        return getattr(wiring, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
