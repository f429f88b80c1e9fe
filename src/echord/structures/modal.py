"""`Modal`: a pop-up form a bot shows in answer to an interaction."""

from __future__ import annotations

from echord._generated import models as m
from echord._support import UNSET, UnsetType

__all__ = ["Modal"]

SHORT = 1
PARAGRAPH = 2


class Modal:
    """A modal under construction: a title, a custom id, and up to five labelled fields.

    `await interaction.send_modal(Modal("Feedback", "fb").add_text_input("why", "Why?", paragraph=True))`;
    the submission arrives as a modal-submit interaction with the same `custom_id`.
    """

    __slots__ = ("_components", "custom_id", "title")

    def __init__(self, title: str, custom_id: str) -> None:
        self.title = title
        self.custom_id = custom_id
        self._components: list[m.LabelComponentForModalRequest | m.TextDisplayComponentForModalRequest] = []

    def __repr__(self) -> str:
        return f"Modal(title={self.title!r}, custom_id={self.custom_id!r}, fields={len(self._components)})"

    def add_text_input(
        self,
        custom_id: str,
        label: str,
        *,
        paragraph: bool = False,
        placeholder: str | UnsetType = UNSET,
        value: str | UnsetType = UNSET,
        required: bool = True,
        min_length: int | UnsetType = UNSET,
        max_length: int | UnsetType = UNSET,
        description: str | UnsetType = UNSET,
    ) -> Modal:
        """Add a text field (one line, or several with `paragraph=True`)."""
        field = m.TextInputComponentForModalRequest(
            custom_id=custom_id,
            style=PARAGRAPH if paragraph else SHORT,
            placeholder=placeholder,
            value=value,
            required=required,
            min_length=min_length,
            max_length=max_length,
        )
        self._components.append(
            m.LabelComponentForModalRequest(label=label, description=description, component=field)
        )
        return self

    def add_text(self, content: str) -> Modal:
        """Add a paragraph of explanatory text."""
        self._components.append(m.TextDisplayComponentForModalRequest(content=content))
        return self

    def to_request(self) -> m.ModalInteractionCallbackRequest:
        """The interaction callback Discord takes."""
        if not self._components:
            raise ValueError("a modal needs at least one component")
        data = m.ModalInteractionCallbackRequestData(
            custom_id=self.custom_id, title=self.title, components=list(self._components)
        )
        return m.ModalInteractionCallbackRequest(data=data)
