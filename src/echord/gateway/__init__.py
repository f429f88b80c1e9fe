"""The gateway: shards (connect, heartbeat, identify, resume), a shard manager, and their seams.

Usable alone: a shard needs a token, intents and a dispatch callback that receives
`(event name, raw d, shard id)`; nothing here imports the event bus or the cache.
"""

from __future__ import annotations

from echord.gateway.close_codes import (
    CLOSE_CODES,
    PRIVILEGED_INTENTS,
    CloseAction,
    CloseCodeInfo,
    close_action,
)
from echord.gateway.compression import Compression, CorruptFrameError
from echord.gateway.errors import (
    FatalCloseError,
    GatewayError,
    PayloadTooLargeError,
    SessionStartLimitError,
    ShardClosedError,
)
from echord.gateway.identify_queue import IdentifyQueue, InMemoryIdentifyQueue, RedisIdentifyQueue
from echord.gateway.lifecycle import (
    Closed,
    Connecting,
    HelloReceived,
    Identified,
    LifecycleHandler,
    PayloadError,
    ReadyReceived,
    Reconnecting,
    Resumed,
    ShardLifecycleEvent,
)
from echord.gateway.manager import (
    GatewayBotFields,
    GatewayBotInfo,
    SessionStartLimit,
    SessionStartLimitFields,
    ShardManager,
)
from echord.gateway.member_requests import GuildMembersResult
from echord.gateway.opcodes import GatewayOpcode
from echord.gateway.payloads import Activity, Presence, Status
from echord.gateway.ratelimit import SendLimiter
from echord.gateway.reconnect import ReconnectPolicy
from echord.gateway.session_store import InMemorySessionStore, RedisSessionStore, SessionInfo, SessionStore
from echord.gateway.shard import DispatchHandler, ShardConnection, ShardState
from echord.gateway.watchdog import LoopWatchdog

__all__ = [
    "CLOSE_CODES",
    "PRIVILEGED_INTENTS",
    "Activity",
    "CloseAction",
    "CloseCodeInfo",
    "Closed",
    "Compression",
    "Connecting",
    "CorruptFrameError",
    "DispatchHandler",
    "FatalCloseError",
    "GatewayBotFields",
    "GatewayBotInfo",
    "GatewayError",
    "GatewayOpcode",
    "GuildMembersResult",
    "HelloReceived",
    "Identified",
    "IdentifyQueue",
    "InMemoryIdentifyQueue",
    "InMemorySessionStore",
    "LifecycleHandler",
    "LoopWatchdog",
    "PayloadError",
    "PayloadTooLargeError",
    "Presence",
    "ReadyReceived",
    "ReconnectPolicy",
    "Reconnecting",
    "RedisIdentifyQueue",
    "RedisSessionStore",
    "Resumed",
    "SendLimiter",
    "SessionInfo",
    "SessionStartLimit",
    "SessionStartLimitError",
    "SessionStartLimitFields",
    "SessionStore",
    "ShardClosedError",
    "ShardConnection",
    "ShardLifecycleEvent",
    "ShardManager",
    "ShardState",
    "Status",
    "close_action",
]
