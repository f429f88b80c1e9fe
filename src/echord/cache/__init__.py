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
    MemberExtras,
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
    from .redis import RedisStore, redis_stores
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
    "MemberExtras",
    "MemberRecord",
    "MemoryStore",
    "MessageRecord",
    "NullStore",
    "OverwriteRecord",
    "PresenceRecord",
    "RedisStore",
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
    "redis_stores",
]


def __getattr__(name: str) -> object:
    """The bus wiring and the Redis store import optional or heavier modules, so they load on first use."""
    if name in ("CacheFeed", "CacheUpdate"):
        from . import wiring

        return getattr(wiring, name)
    if name in ("RedisStore", "redis_stores"):
        from . import redis

        return getattr(redis, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
