"""User actions produce the gateway events and interactions a bot answers; assertions read the world."""

from __future__ import annotations

import httpx
import pytest

from echord.testing import Emulator, Intent, Overwrite, Permission, ScenarioError

from .gateway_client import connect_ready

BUTTONS = [{"type": 1, "components": [{"type": 2, "style": 1, "label": "Yes", "custom_id": "yes"}]}]
SELECT = [
    {
        "type": 1,
        "components": [
            {
                "type": 3,
                "custom_id": "pick",
                "options": [{"label": "A", "value": "a"}, {"label": "B", "value": "b"}],
            }
        ],
    }
]
MODAL = {
    "custom_id": "feedback",
    "title": "Feedback",
    "components": [{"type": 1, "components": [{"type": 4, "custom_id": "text", "label": "Say", "style": 1}]}],
}


async def _register(rest: httpx.AsyncClient, emu: Emulator) -> None:
    assert emu.seed is not None
    command = {
        "name": "greet",
        "description": "Greets someone",
        "options": [
            {"type": 6, "name": "who", "description": "user"},
            {"type": 4, "name": "times", "description": "count"},
        ],
    }
    response = await rest.post(
        f"/applications/{emu.application_id}/guilds/{emu.seed.guild.id}/commands", json=command
    )
    assert response.status_code == 201


async def test_slash_command_with_options_and_the_answer(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    seed = emulator.seed
    assert seed is not None
    await _register(rest, emulator)
    gateway, _ = await connect_ready(emulator, intents=Intent.GUILDS)
    interaction = emulator.users.slash_command(
        seed.alice, seed.general, "greet", {"who": seed.bob, "times": 2}
    )
    event = await gateway.recv_dispatch("INTERACTION_CREATE")
    assert event["id"] == str(interaction.id) and event["token"] == interaction.token
    assert event["data"]["options"] == [
        {"name": "who", "type": 6, "value": str(seed.bob.id)},
        {"name": "times", "type": 4, "value": 2},
    ]
    assert event["data"]["resolved"]["users"][str(seed.bob.id)]["username"] == "bob"
    assert event["member"]["user"]["id"] == str(seed.alice.id)
    callback = f"/interactions/{event['id']}/{event['token']}/callback"
    response = await rest.post(
        callback, json={"type": 4, "data": {"content": "Hello bob x2", "components": BUTTONS}}
    )
    assert response.status_code == 204
    again = await rest.post(callback, json={"type": 4, "data": {"content": "twice"}})
    assert again.json() == {"message": "Interaction has already been acknowledged.", "code": 40060}
    assert [r.type for r in interaction.responses] == [4]
    reply = emulator.world.original_message(interaction)
    assert reply.content == "Hello bob x2" and reply.interaction_id == interaction.id
    assert emulator.users.bot_messages(seed.general) == [reply]
    await gateway.close()


async def test_button_select_and_modal_round_trip(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    seed = emulator.seed
    assert seed is not None
    posted = (
        await rest.post(
            f"/channels/{seed.general.id}/messages", json={"content": "Pick", "components": BUTTONS + SELECT}
        )
    ).json()
    message = emulator.world.message(seed.general.id, int(posted["id"]))

    click = emulator.users.click_button(seed.bob, message, "yes")
    assert click.data == {"custom_id": "yes", "component_type": 2}
    await rest.post(
        f"/interactions/{click.id}/{click.token}/callback", json={"type": 7, "data": {"content": "Clicked"}}
    )
    assert message.content == "Clicked" and message.edited_timestamp is not None

    choice = emulator.users.select(seed.bob, message, "pick", ["b"])
    assert choice.data is not None and choice.data["values"] == ["b"]
    await rest.post(f"/interactions/{choice.id}/{choice.token}/callback", json={"type": 9, "data": MODAL})
    submitted = emulator.users.submit_modal(seed.bob, choice, {"text": "great"})
    assert submitted.data is not None and submitted.data["custom_id"] == "feedback"
    assert submitted.data["components"][0]["components"][0] == {
        "type": 4,
        "custom_id": "text",
        "value": "great",
    }
    await rest.post(
        f"/interactions/{submitted.id}/{submitted.token}/callback", json={"type": 5, "data": {"flags": 64}}
    )
    loading = emulator.world.original_message(submitted)
    assert loading.flags & (1 << 7) and loading.flags & (1 << 6)
    edit = await rest.patch(
        f"/webhooks/{emulator.application_id}/{submitted.token}/messages/@original",
        json={"content": "Thanks"},
    )
    assert edit.json()["content"] == "Thanks" and not edit.json()["flags"] & (1 << 7)
    followup = await rest.post(
        f"/webhooks/{emulator.application_id}/{submitted.token}", json={"content": "And more"}
    )
    assert followup.status_code == 200
    assert [m.content for m in emulator.users.bot_messages(seed.general)][-2:] == ["Thanks", "And more"]

    with pytest.raises(ScenarioError):
        emulator.users.click_button(seed.bob, message, "missing")
    with pytest.raises(ScenarioError):
        emulator.users.select(seed.bob, message, "pick", ["zzz"])
    with pytest.raises(ScenarioError):
        emulator.users.submit_modal(seed.bob, click, {"text": "x"})


async def test_wrong_callback_type_and_unknown_interaction(
    emulator: Emulator, rest: httpx.AsyncClient
) -> None:
    seed = emulator.seed
    assert seed is not None
    await _register(rest, emulator)
    interaction = emulator.users.slash_command(seed.alice, seed.general, "greet")
    wrong = await rest.post(f"/interactions/{interaction.id}/{interaction.token}/callback", json={"type": 7})
    assert wrong.json()["code"] == 40043
    unknown = await rest.post(f"/interactions/{interaction.id}/not-the-token/callback", json={"type": 4})
    assert unknown.json() == {"message": "Unknown interaction", "code": 10062}


async def test_users_are_held_to_their_permissions(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    seed = emulator.seed
    assert seed is not None
    with pytest.raises(ScenarioError):
        emulator.users.slash_command(seed.alice, seed.general, "not-registered")
    muted = emulator.world.create_channel(
        seed.guild.id, "muted", overwrites=[Overwrite(seed.bob.id, 1, deny=Permission.SEND_MESSAGES)]
    )
    with pytest.raises(ScenarioError):
        emulator.users.send_message(seed.bob, muted, "hi")
    emulator.users.send_message(seed.alice, muted, "the owner can")


async def test_join_leave_and_role_changes_are_visible(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    seed = emulator.seed
    assert seed is not None
    gateway, _ = await connect_ready(emulator, intents=Intent.GUILDS | Intent.GUILD_MEMBERS)
    newcomer = emulator.world.add_user("newcomer")
    emulator.users.join_guild(newcomer, seed.guild)
    joined = await gateway.recv_dispatch("GUILD_MEMBER_ADD")
    assert joined["user"]["id"] == str(newcomer.id) and joined["guild_id"] == str(seed.guild.id)
    await rest.put(f"/guilds/{seed.guild.id}/members/{newcomer.id}/roles/{seed.moderator.id}")
    updated = await gateway.recv_dispatch("GUILD_MEMBER_UPDATE")
    assert updated["roles"] == [str(seed.moderator.id)]
    assert seed.guild.members[newcomer.id].roles == [seed.moderator.id]
    emulator.users.leave_guild(newcomer, seed.guild)
    assert (await gateway.recv_dispatch("GUILD_MEMBER_REMOVE"))["user"]["id"] == str(newcomer.id)
    await gateway.close()


async def test_wait_until_sees_a_bot_reply(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    seed = emulator.seed
    assert seed is not None
    emulator.users.send_message(seed.alice, seed.general, "!ping")
    await rest.post(f"/channels/{seed.general.id}/messages", json={"content": "pong"})
    await emulator.wait_until(
        lambda: any(m.content == "pong" for m in emulator.users.bot_messages()), within=1
    )
    with pytest.raises(TimeoutError):
        await emulator.wait_until(lambda: False, within=0.1)


async def test_typing_autocomplete_and_context_menus(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    seed = emulator.seed
    assert seed is not None
    base = f"/applications/{emulator.application_id}/commands"
    search = {
        "name": "search",
        "description": "Find",
        "options": [{"type": 3, "name": "q", "description": "query", "autocomplete": True}],
    }
    for body in (search, {"name": "Inspect", "type": 2}, {"name": "Quote", "type": 3}):
        assert (await rest.post(base, json=body)).status_code == 201
    gateway, _ = await connect_ready(emulator, intents=Intent.GUILDS | Intent.GUILD_MESSAGE_TYPING)
    emulator.users.start_typing(seed.bob, seed.general)
    typing = await gateway.recv_dispatch("TYPING_START")
    assert typing["user_id"] == str(seed.bob.id) and typing["member"]["user"]["id"] == str(seed.bob.id)

    typed = emulator.users.autocomplete(seed.bob, seed.general, "search", {"q": "ap"}, focused="q")
    event = await gateway.recv_dispatch("INTERACTION_CREATE")
    assert event["type"] == 4 and event["data"]["options"] == [
        {"name": "q", "type": 3, "value": "ap", "focused": True}
    ]
    choices = {"type": 8, "data": {"choices": [{"name": "apple", "value": "apple"}]}}
    assert (
        await rest.post(f"/interactions/{typed.id}/{typed.token}/callback", json=choices)
    ).status_code == 204
    assert typed.responses[0].data == choices["data"]

    inspect = emulator.users.user_command(seed.alice, seed.general, "Inspect", seed.bob)
    assert inspect.data is not None and inspect.data["target_id"] == str(seed.bob.id)
    quoted = emulator.users.send_message(seed.bob, seed.general, "quotable")
    quote = emulator.users.message_command(seed.alice, "Quote", quoted)
    assert (
        quote.data is not None and quote.data["resolved"]["messages"][str(quoted.id)]["content"] == "quotable"
    )
    await gateway.close()


async def test_a_user_reply_references_the_message(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    seed = emulator.seed
    assert seed is not None
    original = (
        await rest.post(f"/channels/{seed.general.id}/messages", json={"content": "question?"})
    ).json()
    asked = emulator.world.message(seed.general.id, int(original["id"]))
    reply = emulator.users.send_message(seed.bob, seed.general, "answer", reply_to=asked)
    body = (await rest.get(f"/channels/{seed.general.id}/messages/{reply.id}")).json()
    assert body["type"] == 19 and body["message_reference"]["message_id"] == original["id"]
