"""Wire shapes the shard reads and writes, as msgspec structs with decoders/encoders built once.

Receiving decodes only the envelope `{op, d, s, t}`, keeping `d` as `msgspec.Raw` (a view of the
received bytes), so a dispatch's data is parsed once, by whoever consumes it. The shard itself only
looks inside HELLO, READY and (when it waits for one) GUILD_MEMBERS_CHUNK.
"""

from __future__ import annotations

from typing import Final, Literal, TypeAlias

import msgspec

__all__ = [
    "Activity",
    "ChunkPeek",
    "Envelope",
    "Hello",
    "Presence",
    "ReadyPeek",
    "Status",
]

RAW_NULL: Final = msgspec.Raw(b"null")


class Envelope(msgspec.Struct, gc=False):
    """Every received payload; `d` stays undecoded."""

    op: int
    d: msgspec.Raw = RAW_NULL
    s: int | None = None
    t: str | None = None


class Hello(msgspec.Struct):
    heartbeat_interval: int


class ReadyPeek(msgspec.Struct):
    """The two READY fields the shard needs to resume; the rest is skipped."""

    session_id: str
    resume_gateway_url: str


class ChunkPeek(msgspec.Struct):
    """The GUILD_MEMBERS_CHUNK fields that match a chunk to its request; `members` is skipped."""

    chunk_index: int
    chunk_count: int
    nonce: str | None = None
    not_found: list[str | int] = msgspec.field(default_factory=list)


Status: TypeAlias = Literal["online", "dnd", "idle", "invisible", "offline"]


class Activity(msgspec.Struct):
    """A bot activity (docs: Activity Object; bots may send name, state, type and url)."""

    name: str
    type: int = 0
    state: str | msgspec.UnsetType = msgspec.UNSET
    url: str | msgspec.UnsetType = msgspec.UNSET


class Presence(msgspec.Struct):
    """Gateway Presence Update (op 3), also sent inside IDENTIFY."""

    status: Status = "online"
    activities: list[Activity] = msgspec.field(default_factory=list)
    since: int | None = None
    afk: bool = False


class _Properties(msgspec.Struct):
    os: str
    browser: str
    device: str


class _IdentifyData(msgspec.Struct, omit_defaults=True):
    token: str
    properties: _Properties
    intents: int
    shard: tuple[int, int]
    large_threshold: int
    compress: bool
    presence: Presence | None = None


class _ResumeData(msgspec.Struct):
    token: str
    session_id: str
    seq: int | None


class _Send(msgspec.Struct):
    op: int
    d: object


ENVELOPE_DECODER: Final = msgspec.json.Decoder(Envelope)
HELLO_DECODER: Final = msgspec.json.Decoder(Hello)
READY_DECODER: Final = msgspec.json.Decoder(ReadyPeek)
CHUNK_DECODER: Final = msgspec.json.Decoder(ChunkPeek)
_ENCODER: Final = msgspec.json.Encoder()


def encode(op: int, data: object) -> bytes:
    """One outgoing payload as JSON bytes."""
    return _ENCODER.encode(_Send(op, data))


def identify_payload(
    token: str,
    *,
    intents: int,
    shard: tuple[int, int],
    os_name: str,
    large_threshold: int,
    presence: Presence | None,
) -> bytes:
    """The IDENTIFY (op 2) bytes. They contain the token: never log them."""
    props = _Properties(os=os_name, browser="echord", device="echord")
    data = _IdentifyData(
        token=token,
        properties=props,
        intents=intents,
        shard=shard,
        large_threshold=large_threshold,
        compress=False,
        presence=presence,
    )
    return encode(2, data)


def resume_payload(token: str, session_id: str, seq: int | None) -> bytes:
    """The RESUME (op 6) bytes. They contain the token: never log them."""
    return encode(6, _ResumeData(token=token, session_id=session_id, seq=seq))
