"""Any JSON object as any known event's body: the event decodes, or fails only with msgspec's errors."""

from __future__ import annotations

import logging

import msgspec
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from echord.events import EVENTS, event_decoder

FIELDS = [
    "id",
    "type",
    "guild_id",
    "user",
    "member",
    "roles",
    "name",
    "emoji",
    "mentions",
    "members",
    "presences",
    "activities",
    "unavailable",
    "trigger_type",
    "entity_type",
    "joined_at",
    "content",
    "channels",
]
KEYS = st.sampled_from(FIELDS) | st.text(max_size=4)

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**64)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=5)
    | st.sampled_from(["1", "0", "2026-01-01T00:00:00Z"]),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(KEYS, children, max_size=5),
    max_leaves=12,
)

DECODERS = {name: event_decoder(name) for name in sorted(EVENTS)}


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(EVENTS)), st.dictionaries(KEYS, JSON, max_size=6))
def test_bodies_of_any_shape_never_raise_anything_but_msgspec_errors(
    name: str, body: dict[str, object]
) -> None:
    decode = DECODERS[name]
    assert decode is not None
    logging.disable(logging.WARNING)  # the salvage path logs every repaired body
    try:
        event = decode(msgspec.json.encode(body))
    except (msgspec.DecodeError, msgspec.ValidationError):
        return
    finally:
        logging.disable(logging.NOTSET)
    assert type(event) is EVENTS[name]
