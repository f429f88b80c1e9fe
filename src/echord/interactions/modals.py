"""Modals: a form of text inputs (and selects) the bot shows in answer to a command or a component."""

from __future__ import annotations

from dataclasses import dataclass

from .components import ActionRow, Component, Label, TextDisplay, TextInput
from .options import JSON

__all__ = ["Modal"]


@dataclass(frozen=True, slots=True, init=False)
class Modal:
    """`Modal("Report", "report:123", Label("Why?", TextInput(custom_id="reason")))`.

    A bare `TextInput` with a `label` is wrapped in an action row (the older layout Discord still takes);
    put inputs in a `Label` for the current one. The submission is routed by `custom_id`, like a component.
    """

    title: str
    custom_id: str
    components: tuple[Component, ...]

    def __init__(self, title: str, custom_id: str, *components: Component) -> None:
        if not 1 <= len(title) <= 45:
            raise ValueError("a modal title is 1-45 characters")
        if not components:
            raise ValueError("a modal needs at least one component")
        wrapped = tuple(ActionRow(c) if isinstance(c, TextInput) else c for c in components)
        for component in wrapped:
            if not isinstance(component, ActionRow | Label | TextDisplay):
                raise ValueError(f"modals take labels, text displays and action rows, not {component!r}")
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "custom_id", custom_id)
        object.__setattr__(self, "components", wrapped)

    def to_payload(self) -> JSON:
        return {
            "custom_id": self.custom_id,
            "title": self.title,
            "components": [c.to_payload() for c in self.components],
        }
