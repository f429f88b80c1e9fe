"""The JSON alias the emulator speaks: it keeps the world as plain JSON-ready Python values."""

from __future__ import annotations

from typing import Any, TypeAlias

JSONObject: TypeAlias = dict[str, Any]
"""A decoded JSON object (request bodies, response bodies, gateway payloads)."""

JSONValue: TypeAlias = Any
"""Any decoded JSON value; narrowed by the validator before the emulator trusts it."""
