"""The common shape of every structure: the generated model as `data`, plus the state for API calls."""

from __future__ import annotations

import logging
from typing import Generic, Protocol, TypeVar

from echord._support import Snowflake, UnknownVariant

from .state import StructureState

__all__ = ["Identified", "Structure", "unknown_variant"]

log = logging.getLogger("echord.structures")

D = TypeVar("D")


def unknown_variant(data: UnknownVariant) -> ValueError:
    """The error for a reply whose tag (`type`, `trigger_type`, ...) this version of echord does not know.

    Endpoints returning a tagged union also return its `Unknown...` member; lists of them skip it instead.
    """
    return ValueError(f"Discord sent a {type(data).__name__} this version cannot represent: {data.data!r}")


class _WithId(Protocol):
    @property
    def id(self) -> Snowflake: ...


I = TypeVar("I", bound=_WithId)  # noqa: E741


class Structure(Generic[D]):
    """A generated model (`data`, read-only by convention) with the methods a user expects on it.

    Structures are snapshots: an API call that changes the object returns a new structure, it does not
    mutate this one, so a structure held across an `await` never changes under the holder.
    """

    __slots__ = ("_state", "data")

    def __init__(self, state: StructureState, data: D) -> None:
        self._state = state
        self.data = data

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.data!r})"


class Identified(Structure[I]):
    """A structure with a Discord id: equal to another of the same kind with the same id, hashable by id."""

    __slots__ = ()

    @property
    def id(self) -> Snowflake:
        """The object's id."""
        return self.data.id

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Identified) and type(other) is type(self) and other.id == self.id

    def __hash__(self) -> int:
        return hash((type(self).__name__, int(self.id)))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={int(self.id)})"
