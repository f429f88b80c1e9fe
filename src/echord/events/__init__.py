"""Events: the bus (typed listeners, wait_for, streams, raw/custom/error events) and every gateway event.

```python
bus = EventBus()

@bus.listen(MessageCreate)
async def on_message(message: MessageCreate) -> None: ...
```

The gateway event classes (`MessageCreate`, `GuildMemberAdd`, ...) are generated from spec/gateway and
re-exported here; `EVENTS` maps each gateway name (`MESSAGE_CREATE`) to its class.
"""

from __future__ import annotations

from echord._generated import events as _generated
from echord._generated.events import *  # noqa: F403
from echord.events.base import ErrorEvent, Event, EventDecodeError, ListenerError, RawEvent
from echord.events.bus import EventBus, Listener, current_shard_id
from echord.events.sinks import Predicate
from echord.events.stream import EventStream

__all__ = [
    "ErrorEvent",
    "Event",
    "EventBus",
    "EventDecodeError",
    "EventStream",
    "Listener",
    "ListenerError",
    "Predicate",
    "RawEvent",
    "current_shard_id",
]
__all__ += _generated.__all__
