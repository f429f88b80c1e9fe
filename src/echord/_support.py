"""Runtime support for the generated code: the one hand-written module `_generated` imports.

Keep it small and free of other echord imports: every generated model, endpoint method and event is
designed against exactly these names, and every runtime layer (rest, gateway, cache) builds on them.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterable, Mapping, Sequence
from typing import IO, Any, Final, Protocol, TypeAlias, TypeVar

import msgspec

__all__ = [
    "UNSET",
    "File",
    "FileSource",
    "Model",
    "Requester",
    "Snowflake",
    "UnsetType",
]

T = TypeVar("T")


class Snowflake(int):
    """A Discord id: an int on the Python side, a decimal string on the wire."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"Snowflake({int(self)})"


UnsetType: TypeAlias = msgspec.UnsetType
"""The type of `UNSET`: a field Discord did not send, distinct from `None` (a field sent as null)."""

UNSET: Final = msgspec.UNSET


class Model(msgspec.Struct, omit_defaults=True):
    """Base of every generated model: unknown fields are ignored, unset fields are not sent."""


FileSource: TypeAlias = "bytes | str | os.PathLike[str] | IO[bytes] | AsyncIterable[bytes]"


class File:
    """A file to upload: bytes, a path, a binary file object or an async iterator of chunks.

    Only a description of the upload; `echord.rest` reads it (again, when a request is retried).
    """

    __slots__ = ("content_type", "description", "filename", "source", "spoiler")

    def __init__(
        self,
        source: bytes | str | os.PathLike[str] | IO[bytes] | AsyncIterable[bytes],
        filename: str | None = None,
        *,
        description: str | None = None,
        spoiler: bool = False,
        content_type: str | None = None,
    ) -> None:
        if filename is None:
            if isinstance(source, str | os.PathLike):
                filename = os.path.basename(os.fspath(source))
            else:
                name = getattr(source, "name", None)
                filename = os.path.basename(name) if isinstance(name, str) else "file"
        if spoiler and not filename.startswith("SPOILER_"):
            filename = f"SPOILER_{filename}"
        self.source = source
        self.filename = filename
        self.description = description
        self.spoiler = spoiler
        self.content_type = content_type

    def __repr__(self) -> str:
        return f"File(filename={self.filename!r})"


class Requester(Protocol):
    """What generated endpoint methods call: send one request, return the raw response body.

    `template` is the route as the spec writes it (`/channels/{channel_id}/messages`); `path_params` fills
    it. The implementation (echord.rest) owns encoding, auth, rate limits, retries and errors.
    """

    async def request(
        self,
        method: str,
        template: str,
        path_params: Mapping[str, str | int],
        *,
        query: Mapping[str, object] | None = None,
        body: object = UNSET,
        files: Sequence[File] | None = None,
        reason: str | None = None,
        auth: bool = True,
        global_exempt: bool = False,
    ) -> bytes: ...


def decode_json(data: bytes, tp: type[T]) -> T:
    """Decode a REST response body into `tp` (placeholder, the model generator's work refines it)."""
    return msgspec.json.decode(data, type=tp, strict=False)


