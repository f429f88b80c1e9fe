"""Component builders: buttons, selects, text inputs and the components v2 layout, as Discord's JSON.

Each builder is a small frozen value with `to_payload()`; the context turns payloads into the generated
request models when it sends them, so a wrong shape fails before the request leaves.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar

from .options import JSON

__all__ = [
    "ActionRow",
    "Button",
    "ButtonStyle",
    "ChannelSelect",
    "Component",
    "Container",
    "FileComponent",
    "Label",
    "MediaGallery",
    "MediaItem",
    "MentionableSelect",
    "RoleSelect",
    "Section",
    "SelectOption",
    "Separator",
    "StringSelect",
    "TextDisplay",
    "TextInput",
    "TextInputStyle",
    "Thumbnail",
    "UserSelect",
    "uses_components_v2",
]

V2_TYPES = frozenset({9, 10, 11, 12, 13, 14, 17})
"""Top-level layout components that need the IS_COMPONENTS_V2 message flag."""

Emoji = str | Mapping[str, object]


def _emoji(emoji: Emoji | None) -> JSON | None:
    if emoji is None:
        return None
    return {"name": emoji} if isinstance(emoji, str) else dict(emoji)


def _compact(payload: JSON) -> JSON:
    """Leave out what is unset, so Discord's defaults apply (and sync-free payloads stay small)."""
    return {k: v for k, v in payload.items() if v is not None}


class Component:
    """A component builder: `type` is Discord's component type, `to_payload()` its JSON."""

    type: ClassVar[int]

    def to_payload(self) -> JSON:
        raise NotImplementedError


class ButtonStyle(enum.IntEnum):
    PRIMARY = 1
    SECONDARY = 2
    SUCCESS = 3
    DANGER = 4
    LINK = 5
    PREMIUM = 6


@dataclass(frozen=True, slots=True)
class Button(Component):
    """A button: `custom_id` for an interactive one, `url` for a link, `sku_id` for a premium one."""

    type: ClassVar[int] = 2
    label: str | None = None
    custom_id: str | None = None
    style: ButtonStyle = ButtonStyle.PRIMARY
    emoji: Emoji | None = None
    url: str | None = None
    sku_id: int | None = None
    disabled: bool = False
    id: int | None = None

    def __post_init__(self) -> None:
        style = self.style
        if self.url is not None:
            style = ButtonStyle.LINK
        elif self.sku_id is not None:
            style = ButtonStyle.PREMIUM
        object.__setattr__(self, "style", style)
        if style in (ButtonStyle.LINK, ButtonStyle.PREMIUM) and self.custom_id is not None:
            raise ValueError("link and premium buttons have no custom_id")
        if style not in (ButtonStyle.LINK, ButtonStyle.PREMIUM) and not self.custom_id:
            raise ValueError("an interactive button needs a custom_id")

    def to_payload(self) -> JSON:
        return _compact(
            {
                "type": 2,
                "id": self.id,
                "style": int(self.style),
                "label": self.label,
                "custom_id": self.custom_id,
                "emoji": _emoji(self.emoji),
                "url": self.url,
                "sku_id": None if self.sku_id is None else str(self.sku_id),
                "disabled": self.disabled or None,
            }
        )


@dataclass(frozen=True, slots=True)
class SelectOption:
    label: str
    value: str
    description: str | None = None
    emoji: Emoji | None = None
    default: bool = False

    def to_payload(self) -> JSON:
        return _compact(
            {
                "label": self.label,
                "value": self.value,
                "description": self.description,
                "emoji": _emoji(self.emoji),
                "default": self.default or None,
            }
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class _Select(Component):
    custom_id: str
    placeholder: str | None = None
    min_values: int | None = None
    max_values: int | None = None
    disabled: bool = False
    required: bool | None = None
    """Only in modals."""
    id: int | None = None

    def _base(self) -> JSON:
        return _compact(
            {
                "type": self.type,
                "id": self.id,
                "custom_id": self.custom_id,
                "placeholder": self.placeholder,
                "min_values": self.min_values,
                "max_values": self.max_values,
                "disabled": self.disabled or None,
                "required": self.required,
            }
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class StringSelect(_Select):
    type: ClassVar[int] = 3
    options: Sequence[SelectOption] = ()

    def to_payload(self) -> JSON:
        return self._base() | {"options": [o.to_payload() for o in self.options]}


@dataclass(frozen=True, slots=True, kw_only=True)
class _AutoSelect(_Select):
    default_values: Sequence[tuple[int, str]] = ()
    """(id, "user" | "role" | "channel") pairs shown as picked."""

    def to_payload(self) -> JSON:
        payload = self._base()
        if self.default_values:
            payload["default_values"] = [{"id": str(i), "type": t} for i, t in self.default_values]
        return payload


@dataclass(frozen=True, slots=True, kw_only=True)
class UserSelect(_AutoSelect):
    type: ClassVar[int] = 5


@dataclass(frozen=True, slots=True, kw_only=True)
class RoleSelect(_AutoSelect):
    type: ClassVar[int] = 6


@dataclass(frozen=True, slots=True, kw_only=True)
class MentionableSelect(_AutoSelect):
    type: ClassVar[int] = 7


@dataclass(frozen=True, slots=True, kw_only=True)
class ChannelSelect(_AutoSelect):
    type: ClassVar[int] = 8
    channel_types: Sequence[int] = ()

    def to_payload(self) -> JSON:
        payload = _AutoSelect.to_payload(self)
        if self.channel_types:
            payload["channel_types"] = [int(t) for t in self.channel_types]
        return payload


class TextInputStyle(enum.IntEnum):
    SHORT = 1
    PARAGRAPH = 2


@dataclass(frozen=True, slots=True, kw_only=True)
class TextInput(Component):
    """A text field of a modal; put it in a `Label` (or, the older way, an `ActionRow` with `label=`)."""

    type: ClassVar[int] = 4
    custom_id: str
    style: TextInputStyle = TextInputStyle.SHORT
    label: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    required: bool | None = None
    value: str | None = None
    placeholder: str | None = None
    id: int | None = None

    def to_payload(self) -> JSON:
        return _compact(
            {
                "type": 4,
                "id": self.id,
                "custom_id": self.custom_id,
                "style": int(self.style),
                "label": self.label,
                "min_length": self.min_length,
                "max_length": self.max_length,
                "required": self.required,
                "value": self.value,
                "placeholder": self.placeholder,
            }
        )


@dataclass(frozen=True, slots=True, init=False)
class ActionRow(Component):
    """A row of up to five buttons, or one select menu."""

    type: ClassVar[int] = 1
    components: tuple[Component, ...]
    id: int | None

    def __init__(self, *components: Component, id: int | None = None) -> None:
        object.__setattr__(self, "components", components)
        object.__setattr__(self, "id", id)

    def to_payload(self) -> JSON:
        return _compact({"type": 1, "id": self.id, "components": [c.to_payload() for c in self.components]})


@dataclass(frozen=True, slots=True)
class TextDisplay(Component):
    """Markdown text (components v2)."""

    type: ClassVar[int] = 10
    content: str
    id: int | None = None

    def to_payload(self) -> JSON:
        return _compact({"type": 10, "id": self.id, "content": self.content})


@dataclass(frozen=True, slots=True)
class Thumbnail(Component):
    """A small image beside a section's text; `url` may be `attachment://name`."""

    type: ClassVar[int] = 11
    url: str
    description: str | None = None
    spoiler: bool = False
    id: int | None = None

    def to_payload(self) -> JSON:
        return _compact(
            {
                "type": 11,
                "id": self.id,
                "media": {"url": self.url},
                "description": self.description,
                "spoiler": self.spoiler or None,
            }
        )


@dataclass(frozen=True, slots=True, init=False)
class Section(Component):
    """One to three text displays with a button or thumbnail beside them."""

    type: ClassVar[int] = 9
    texts: tuple[TextDisplay, ...]
    accessory: Button | Thumbnail
    id: int | None

    def __init__(self, *texts: TextDisplay, accessory: Button | Thumbnail, id: int | None = None) -> None:
        if not 1 <= len(texts) <= 3:
            raise ValueError("a section holds one to three text displays")
        object.__setattr__(self, "texts", texts)
        object.__setattr__(self, "accessory", accessory)
        object.__setattr__(self, "id", id)

    def to_payload(self) -> JSON:
        return _compact(
            {
                "type": 9,
                "id": self.id,
                "components": [t.to_payload() for t in self.texts],
                "accessory": self.accessory.to_payload(),
            }
        )


@dataclass(frozen=True, slots=True)
class MediaItem:
    url: str
    description: str | None = None
    spoiler: bool = False

    def to_payload(self) -> JSON:
        return _compact(
            {"media": {"url": self.url}, "description": self.description, "spoiler": self.spoiler or None}
        )


@dataclass(frozen=True, slots=True, init=False)
class MediaGallery(Component):
    """Up to ten images or videos in a grid."""

    type: ClassVar[int] = 12
    items: tuple[MediaItem, ...]
    id: int | None

    def __init__(self, *items: MediaItem, id: int | None = None) -> None:
        if not 1 <= len(items) <= 10:
            raise ValueError("a media gallery holds one to ten items")
        object.__setattr__(self, "items", items)
        object.__setattr__(self, "id", id)

    def to_payload(self) -> JSON:
        return _compact({"type": 12, "id": self.id, "items": [i.to_payload() for i in self.items]})


@dataclass(frozen=True, slots=True)
class FileComponent(Component):
    """An uploaded file shown inline; `url` is `attachment://filename` of a file sent with the message."""

    type: ClassVar[int] = 13
    url: str
    spoiler: bool = False
    id: int | None = None

    def to_payload(self) -> JSON:
        return _compact(
            {"type": 13, "id": self.id, "file": {"url": self.url}, "spoiler": self.spoiler or None}
        )


@dataclass(frozen=True, slots=True)
class Separator(Component):
    """Vertical space between components, with or without a line; spacing 1 (small) or 2 (large)."""

    type: ClassVar[int] = 14
    divider: bool = True
    spacing: int = 1
    id: int | None = None

    def to_payload(self) -> JSON:
        return _compact({"type": 14, "id": self.id, "divider": self.divider, "spacing": self.spacing})


@dataclass(frozen=True, slots=True, init=False)
class Container(Component):
    """A box around other components, with an optional accent colour bar."""

    type: ClassVar[int] = 17
    components: tuple[Component, ...]
    accent_colour: int | None
    spoiler: bool
    id: int | None

    def __init__(
        self,
        *components: Component,
        accent_colour: int | None = None,
        spoiler: bool = False,
        id: int | None = None,
    ) -> None:
        object.__setattr__(self, "components", components)
        object.__setattr__(self, "accent_colour", accent_colour)
        object.__setattr__(self, "spoiler", spoiler)
        object.__setattr__(self, "id", id)

    def to_payload(self) -> JSON:
        return _compact(
            {
                "type": 17,
                "id": self.id,
                "components": [c.to_payload() for c in self.components],
                "accent_color": self.accent_colour,
                "spoiler": self.spoiler or None,
            }
        )


@dataclass(frozen=True, slots=True)
class Label(Component):
    """A modal field's title and description around one input (text input, select, file upload)."""

    type: ClassVar[int] = 18
    label: str
    component: Component
    description: str | None = None
    id: int | None = None

    def to_payload(self) -> JSON:
        return _compact(
            {
                "type": 18,
                "id": self.id,
                "label": self.label,
                "description": self.description,
                "component": self.component.to_payload(),
            }
        )


def component_payloads(components: Sequence[Component | Mapping[str, object]]) -> list[JSON]:
    """Builders as JSON; raw mappings pass through, for component types newer than this module."""
    return [c.to_payload() if isinstance(c, Component) else dict(c) for c in components]


def uses_components_v2(payloads: Sequence[Mapping[str, object]]) -> bool:
    """Whether a message's top-level components need the IS_COMPONENTS_V2 flag."""
    return any(p.get("type") in V2_TYPES for p in payloads)
