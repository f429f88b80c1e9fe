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

from typing import TYPE_CHECKING, Any

from echord.events.base import ErrorEvent, Event, EventDecodeError, ListenerError, RawEvent
from echord.events.bus import EventBus, Listener, RawHook, current_shard_id
from echord.events.sinks import Predicate
from echord.events.stream import EventStream

if TYPE_CHECKING:
    from echord._generated import events as _generated
    from echord._generated.events import *  # noqa: F403

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
    "RawHook",
    "current_shard_id",
]
# The generated gateway events (and the models they build on) load on first access, so a bus of custom or raw
# events does not create them. Type checkers see them imported; at run time `__all__` is completed with them
# on first use (module `__getattr__`), so `from echord.events import *` still gives every event.
_BUS: list[str]
if TYPE_CHECKING:
    __all__ += _generated.__all__
else:
    _BUS = __all__
    del __all__


def __getattr__(name: str) -> Any:
    if name.startswith("__") and name != "__all__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from echord._generated import events as generated

    if name == "__all__":
        value: Any = [*_BUS, *generated.__all__]
    elif name in generated.__all__:
        value = getattr(generated, name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__getattr__("__all__")))
