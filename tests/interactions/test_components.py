"""Component builders produce Discord's JSON, which the generated request models accept."""

from __future__ import annotations

import msgspec
import pytest

from echord._generated.models import IncomingWebhookInteractionRequest, ModalInteractionCallbackRequestData
from echord._support import encode_json
from echord.interactions import (
    ActionRow,
    Button,
    ButtonStyle,
    ChannelSelect,
    Container,
    CustomIdPattern,
    FileComponent,
    Label,
    MediaGallery,
    MediaItem,
    MentionableSelect,
    Modal,
    RoleSelect,
    Section,
    SelectOption,
    Separator,
    StringSelect,
    TextDisplay,
    TextInput,
    TextInputStyle,
    Thumbnail,
    UserSelect,
)
from echord.interactions.context import message_payload, to_model


def test_classic_components_validate_against_the_generated_models() -> None:
    rows = [
        ActionRow(
            Button("Go", custom_id="go", style=ButtonStyle.SUCCESS, emoji="✅"),
            Button("Docs", url="https://example.com"),
        ),
        ActionRow(StringSelect(custom_id="s", options=[SelectOption("A", "a", default=True)], max_values=1)),
        ActionRow(UserSelect(custom_id="u", default_values=[(5, "user")])),
        ActionRow(RoleSelect(custom_id="r")),
        ActionRow(MentionableSelect(custom_id="m")),
        ActionRow(ChannelSelect(custom_id="c", channel_types=[0])),
    ]
    payload = message_payload("hi", components=rows)
    assert "flags" not in payload
    model = to_model(payload, IncomingWebhookInteractionRequest)
    assert msgspec.json.decode(encode_json(model))["components"][0]["components"][1] == {
        "type": 2, "style": 5, "label": "Docs", "url": "https://example.com",
    }  # fmt: skip


def test_layout_components_set_the_v2_flag_and_validate() -> None:
    layout = [
        Container(
            TextDisplay("# Title"),
            Section(TextDisplay("beside"), accessory=Thumbnail("https://example.com/a.png")),
            Section(TextDisplay("with a button"), accessory=Button("Open", custom_id="open")),
            MediaGallery(MediaItem("https://example.com/b.png", description="b")),
            FileComponent("attachment://report.txt"),
            Separator(divider=False, spacing=2),
            accent_colour=0x5865F2,
        )
    ]
    payload = message_payload(components=layout, ephemeral=True)
    assert payload["flags"] == (1 << 15) | (1 << 6)
    to_model(payload, IncomingWebhookInteractionRequest)


def test_modal_payload_validates() -> None:
    modal = Modal(
        "Feedback",
        "feedback:1",
        Label("Your name", TextInput(custom_id="name", max_length=40), description="or a nickname"),
        TextInput(custom_id="old_style", label="Old style", style=TextInputStyle.PARAGRAPH),
        TextDisplay("Thanks!"),
    )
    data = to_model(modal.to_payload(), ModalInteractionCallbackRequestData)
    assert data.custom_id == "feedback:1"
    assert modal.to_payload()["components"][1] == {  # type: ignore[index]
        "type": 1,
        "components": [{"type": 4, "custom_id": "old_style", "style": 2, "label": "Old style"}],
    }


def test_invalid_builders_are_refused() -> None:
    with pytest.raises(ValueError):
        Button("no id")
    with pytest.raises(ValueError):
        Button("link", url="https://x", custom_id="both")
    with pytest.raises(ValueError):
        Section(accessory=Button("b", custom_id="b"))
    with pytest.raises(ValueError):
        Modal("x" * 46, "id", TextInput(custom_id="a"))
    with pytest.raises(ValueError):
        Modal("t", "id", Button("b", custom_id="b"))


def test_custom_id_patterns() -> None:
    pattern = CustomIdPattern("vote:{poll_id}:{choice}")
    assert pattern.match("vote:42:yes") == {"poll_id": "42", "choice": "yes"}
    assert pattern.match("vote:42") is None
    assert pattern.match("vote:4:2:yes") is None
    assert pattern.match("xvote:42:yes") is None
    assert pattern.format(poll_id=42, choice="no") == "vote:42:no"
    with pytest.raises(ValueError):
        pattern.format(poll_id="a:b", choice="no")
    with pytest.raises(ValueError):
        pattern.format(poll_id="x" * 100, choice="no")
