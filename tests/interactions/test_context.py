"""Response rules without a network: one initial answer, within 3 seconds; token calls within 15 minutes."""

from __future__ import annotations

from collections.abc import Sequence

import msgspec
import pytest

from echord._generated.events import Interaction
from echord._support import File, encode_json
from echord.interactions import (
    AlreadyResponded,
    AutocompleteContext,
    Choice,
    ComponentContext,
    Context,
    InteractionExpired,
    NotResponded,
    ResponseTimeout,
)
from echord.interactions.context import CallbackBody
from echord.rest import RESTClient


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Captured:
    """An InitialResponder that keeps what would have been sent."""

    def __init__(self) -> None:
        self.sent: list[object] = []

    async def __call__(self, body: CallbackBody, files: Sequence[File] | None) -> None:
        self.sent.append(msgspec.json.decode(encode_json(body)))


def interaction(kind: int = 2) -> Interaction:
    return msgspec.json.decode(
        b'{"id":"1","application_id":"2","type":%d,"token":"t","version":1,"user":{"id":"3","username":"u"}}'
        % kind,
        type=Interaction,
        dec_hook=lambda t, o: t(o),
    )


def make(kind: type[Context] = Context) -> tuple[Context, Captured, Clock]:
    clock, sink = Clock(), Captured()
    ctx = kind(interaction(3 if kind is ComponentContext else 2), RESTClient("x"), sink, clock=clock)
    return ctx, sink, clock


async def test_second_initial_response_is_refused() -> None:
    ctx, sink, _ = make()
    await ctx.respond("one")
    with pytest.raises(AlreadyResponded):
        await ctx.respond("two")
    with pytest.raises(AlreadyResponded):
        await ctx.defer()
    assert sink.sent == [{"type": 4, "data": {"content": "one"}}]


async def test_initial_response_after_three_seconds_raises_before_sending() -> None:
    ctx, sink, clock = make()
    clock.now += 3.2
    with pytest.raises(ResponseTimeout) as raised:
        await ctx.respond("late")
    assert raised.value.elapsed == pytest.approx(3.2)
    assert sink.sent == []
    assert not ctx.responded


async def test_followups_need_an_initial_response_and_expire_after_fifteen_minutes() -> None:
    ctx, _, clock = make()
    with pytest.raises(NotResponded):
        await ctx.followup("too early")
    await ctx.defer(ephemeral=True)
    clock.now += 15 * 60 + 1
    with pytest.raises(InteractionExpired):
        await ctx.followup("too late")
    with pytest.raises(InteractionExpired):
        await ctx.edit_original("too late")
    with pytest.raises(InteractionExpired):
        await ctx.delete_original()


async def test_defer_and_component_callbacks_have_discords_shapes() -> None:
    ctx, sink, _ = make()
    await ctx.defer(ephemeral=True)
    component, csink, _ = make(ComponentContext)
    assert isinstance(component, ComponentContext)
    await component.update_message("edited", components=[])
    other, osink, _ = make(ComponentContext)
    assert isinstance(other, ComponentContext)
    await other.defer_update()
    assert sink.sent == [{"type": 5, "data": {"flags": 64}}]
    assert csink.sent == [{"type": 7, "data": {"content": "edited", "components": []}}]
    assert osink.sent == [{"type": 6}]


@pytest.mark.parametrize(
    ("choices", "expected"),
    [
        (["a", "b"], [{"name": "a", "value": "a"}, {"name": "b", "value": "b"}]),
        ([1, 2], [{"name": "1", "value": 1}, {"name": "2", "value": 2}]),
        ([Choice("half", 0.5)], [{"name": "half", "value": 0.5}]),
        ([], []),
    ],
)
async def test_autocomplete_suggestions(choices: list[Choice | str | int | float], expected: object) -> None:
    sink = Captured()
    ctx = AutocompleteContext(interaction(4), RESTClient("x"), sink, focused="q", options={"q": ""})
    await ctx.suggest(choices)
    assert sink.sent == [{"type": 8, "data": {"choices": expected}}]


async def test_only_25_suggestions_are_sent() -> None:
    sink = Captured()
    ctx = AutocompleteContext(interaction(4), RESTClient("x"), sink, focused="q", options={})
    await ctx.suggest([str(i) for i in range(40)])
    sent = sink.sent[0]
    assert isinstance(sent, dict)
    assert len(sent["data"]["choices"]) == 25


async def test_a_failed_send_leaves_the_interaction_unanswered() -> None:
    class Failing:
        async def __call__(self, body: CallbackBody, files: Sequence[File] | None) -> None:
            raise ConnectionError("down")

    ctx = Context(interaction(), RESTClient("x"), Failing())
    with pytest.raises(ConnectionError):
        await ctx.respond("x")
    assert not ctx.responded
