"""`Component`: a message component Discord sent (rows, buttons, selects, layout), read-only."""

from __future__ import annotations

from typing import TypeAlias

from echord._generated import models as m

__all__ = ["Component", "ComponentData"]

ComponentData: TypeAlias = (
    "m.ActionRowComponentResponse | m.ContainerComponentResponse | m.FileComponentResponse | "
    "m.MediaGalleryComponentResponse | m.SectionComponentResponse | m.SeparatorComponentResponse | "
    "m.TextDisplayComponentResponse | m.ButtonComponentResponse | m.ChannelSelectComponentResponse | "
    "m.MentionableSelectComponentResponse | m.RoleSelectComponentResponse | m.StringSelectComponentResponse | "
    "m.UserSelectComponentResponse | m.TextInputComponentResponse | m.ThumbnailComponentResponse | "
    "m.UnknownTypeInt"
)


class Component:
    """One component of a received message, with its children; find interactive ones by `custom_id`.

    Components carry no API methods (they are answered through interactions), so this holds no state.
    """

    __slots__ = ("data",)

    def __init__(self, data: ComponentData) -> None:
        self.data = data

    def __repr__(self) -> str:
        return f"Component(type={self.type}, custom_id={self.custom_id!r})"

    @property
    def type(self) -> int:
        """The component type (1 action row, 2 button, 3 string select, …; -1 for a type this version
        does not know)."""
        return int(self.data.type)

    @property
    def custom_id(self) -> str | None:
        """The developer-defined id of an interactive component, else None."""
        value = getattr(self.data, "custom_id", None)
        return value if isinstance(value, str) else None

    @property
    def children(self) -> list[Component]:
        """Nested components (a row's buttons, a container's or section's parts)."""
        nested = getattr(self.data, "components", None)
        if not isinstance(nested, list):
            return []
        return [Component(child) for child in nested if isinstance(child, _KNOWN)]

    def walk(self) -> list[Component]:
        """This component and every descendant, depth first."""
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out


_KNOWN = (
    m.ActionRowComponentResponse,
    m.ContainerComponentResponse,
    m.FileComponentResponse,
    m.MediaGalleryComponentResponse,
    m.SectionComponentResponse,
    m.SeparatorComponentResponse,
    m.TextDisplayComponentResponse,
    m.ButtonComponentResponse,
    m.ChannelSelectComponentResponse,
    m.MentionableSelectComponentResponse,
    m.RoleSelectComponentResponse,
    m.StringSelectComponentResponse,
    m.UserSelectComponentResponse,
    m.TextInputComponentResponse,
    m.ThumbnailComponentResponse,
    m.UnknownTypeInt,
)
