"""Request-body validation: every generated model gets a validator, nested Structs are checked by their class."""

from __future__ import annotations

import msgspec
import pytest

from echord._generated import models as m
from echord._support import Snowflake
from echord.errors import RequestValidationError
from echord.rest.encoding import to_payload, validate_body, validator_for

STRUCTS = sorted(
    (cls for cls in vars(m).values() if isinstance(cls, type) and issubclass(cls, msgspec.Struct)),
    key=lambda cls: cls.__name__,
)


def test_every_generated_model_builds_a_validator() -> None:
    assert len(STRUCTS) > 500
    for cls in STRUCTS:
        validator_for(cls)
    # The model msgspec itself cannot decode or convert to (a union of three untagged request Structs):
    with pytest.raises(TypeError):
        msgspec.json.Decoder(m.ApplicationCommandAutocompleteCallbackRequest)


def _autocomplete(name: str) -> m.ApplicationCommandAutocompleteCallbackRequest:
    choice = m.ApplicationCommandOptionStringChoice(name=name, value="v")
    return m.ApplicationCommandAutocompleteCallbackRequest(
        data=m.InteractionApplicationCommandAutocompleteCallbackStringData(choices=[choice])
    )


def test_an_untagged_request_union_is_validated_by_each_members_class() -> None:
    validate_body(_autocomplete("fine"))
    with pytest.raises(RequestValidationError) as caught:
        validate_body(_autocomplete("x" * 101))
    message = str(caught.value)
    assert message.startswith("ApplicationCommandAutocompleteCallbackRequest: ")
    assert "length <= 100" in message and "`$.data.choices[0].name`" in message


def test_the_top_level_constraints_and_required_fields_are_checked() -> None:
    with pytest.raises(RequestValidationError, match=r"\$\.name"):
        validate_body(m.ApplicationCommandCreateRequest(name="x" * 33))
    validate_body(m.ApplicationCommandCreateRequest(name="ok", nsfw=True))


def test_list_bodies_are_validated_item_by_item() -> None:
    ok = m.ApplicationCommandUpdateRequest(name="ok")
    validate_body([ok, ok])
    with pytest.raises(
        RequestValidationError, match=r"ApplicationCommandUpdateRequest\[\]: .*`\$\[1\]\.name`"
    ):
        validate_body([ok, m.ApplicationCommandUpdateRequest(name="x" * 33)])


def test_non_model_bodies_pass_and_payloads_keep_snowflakes_as_strings() -> None:
    validate_body({"anything": [1, "x"]})
    validate_body(None)
    assert to_payload(m.CreateWebhookRequest(name="hook")) == {"name": "hook"}
    assert to_payload({"id": Snowflake(5)}) == {"id": "5"}
