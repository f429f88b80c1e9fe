"""echord: a typed, fast Discord API SDK generated from Discord's own OpenAPI spec.

Submodules load lazily: a REST-only user never pays for the gateway, and the other way round.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from echord._support import UNSET, File, Snowflake, UnsetType

__version__ = "0.1.0"

# public name -> module that defines it; imported on first attribute access.
_LAZY: dict[str, str] = {
    "RESTClient": "echord.rest",
}

if TYPE_CHECKING:
    from echord.rest import RESTClient

__all__ = ["UNSET", "File", "RESTClient", "Snowflake", "UnsetType", "__version__"]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'echord' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
