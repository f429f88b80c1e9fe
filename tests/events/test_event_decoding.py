"""The generated events decode what Discord sends, tolerantly, and into the classes the table promises."""

from __future__ import annotations

import datetime
import logging

import msgspec
import pytest

from echord._generated import models as m
from echord._support import UNSET, Snowflake, UnknownVariant
from echord.events import (
    EVENTS,
    ChannelCreate,
    GuildCreate,
    IntegrationCreate,
    MentionedUser,
    MessageCreate,
    Ready,
    Resumed,
    ThreadCreate,
    event_decoder,
)

from .payloads import MESSAGE_CREATE, MESSAGE_CREATE_BYTES, USER, encode


def unset(value: object) -> bool:
    """Whether a field was absent (required fields are typed without UNSET but default to it)."""
    return value is UNSET


def decode(name: str, body: object) -> object:
    decoder = event_decoder(name)
    assert decoder is not None, name
    return decoder(encode(body))


def test_every_event_decodes_a_bare_object_into_its_class() -> None:
    # A body with none of the fields still decodes (missing fields are UNSET), so a lean payload from a
    # newer API never loses the whole event.
    assert len(EVENTS) == 79
    for name, cls in EVENTS.items():
        event = decode(name, {"id": "1", "guild_id": "2"})
        assert type(event) is cls, name


def test_message_create_carries_the_gateway_extras() -> None:
    event = decode("MESSAGE_CREATE", MESSAGE_CREATE)
    assert isinstance(event, MessageCreate) and isinstance(event, m.MessageResponse)
    assert event.guild_id == Snowflake(41771983423143937)
    assert isinstance(event.member, m.GuildMemberResponse) and event.member.roles[0] == 41771983423143936
    assert [type(u) for u in event.mentions] == [MentionedUser, MentionedUser]
    assert isinstance(event.mentions[0].member, m.GuildMemberResponse)
    assert event.author.username == "mason"
    assert event.timestamp == datetime.datetime(2026, 7, 18, 17, 27, 7, 299000, tzinfo=datetime.UTC)
    assert event.channel_type == 0


def test_unknown_fields_and_missing_required_fields_do_not_fail() -> None:
    body = {**MESSAGE_CREATE, "a_field_from_2030": {"x": 1}}
    del body["content"], body["author"]
    event = decode("MESSAGE_CREATE", body)
    assert isinstance(event, MessageCreate)
    assert unset(event.content) and unset(event.author)
    ready = decode("READY", {"v": 10, "user": USER, "guilds": [{"id": "1", "unavailable": True}]})
    assert isinstance(ready, Ready) and ready.guilds[0].unavailable is True
    assert unset(ready.application)


def test_channel_union_picks_the_variant_by_type() -> None:
    text = decode("CHANNEL_CREATE", {"id": "1", "type": 0, "guild_id": "2", "name": "general", "position": 0})
    assert isinstance(text, ChannelCreate)
    assert isinstance(text.channel, m.GuildChannelResponse) and text.channel.type == 0
    dm = decode("CHANNEL_CREATE", {"id": "1", "type": 1, "recipients": [USER]})
    assert isinstance(dm, ChannelCreate) and isinstance(dm.channel, m.PrivateChannelResponse)


def test_a_new_channel_type_arrives_as_an_unknown_variant() -> None:
    event = decode("CHANNEL_CREATE", {"id": "1", "type": 99, "guild_id": "2", "name": "future"})
    assert isinstance(event, ChannelCreate) and isinstance(event.channel, UnknownVariant)
    assert event.channel.type == 99


def test_thread_create_keeps_newly_created_beside_the_thread() -> None:
    body = {"id": "9", "type": 11, "guild_id": "2", "parent_id": "3", "name": "t", "newly_created": True}
    event = decode("THREAD_CREATE", body)
    assert isinstance(event, ThreadCreate) and event.newly_created is True
    assert isinstance(event.thread, m.ThreadResponse) and event.thread.type == 11 and event.thread.id == 9


def test_integration_create_reads_guild_id_and_the_integration() -> None:
    body = {
        "id": "5",
        "type": "discord",
        "name": "bot",
        "enabled": True,
        "guild_id": "2",
        "account": {"id": "1", "name": "x"},
    }
    event = decode("INTEGRATION_CREATE", body)
    assert isinstance(event, IntegrationCreate) and event.guild_id == 2
    assert isinstance(event.integration, m.DiscordIntegrationResponse) and event.integration.name == "bot"


def test_guild_create_covers_the_unavailable_form() -> None:
    outage = decode("GUILD_CREATE", {"id": "1", "unavailable": True})
    assert isinstance(outage, GuildCreate) and outage.unavailable is True and outage.id == 1
    full = decode(
        "GUILD_CREATE",
        {
            "id": "1",
            "name": "g",
            "member_count": 2,
            "large": False,
            "joined_at": "2026-01-01T00:00:00+00:00",
            "channels": [{"id": "3", "type": 2, "guild_id": "1", "name": "voice", "position": 0}],
            "threads": [],
            "members": [{**{"user": USER}, "roles": []}],
            "presences": [{"user": {"id": "53908099506183680"}, "status": "online"}],
            "voice_states": [],
            "guild_scheduled_events": [],
        },
    )
    assert isinstance(full, GuildCreate) and full.unavailable is UNSET and full.member_count == 2
    assert full.channels[0].type == 2 and isinstance(full.channels[0], m.GuildChannelResponse)
    assert full.presences[0].user.id == 53908099506183680 and full.presences[0].status == "online"


def test_resumed_ignores_its_body() -> None:
    decoder = event_decoder("RESUMED")
    assert decoder is not None
    assert isinstance(decoder(b"null"), Resumed) and isinstance(decoder(b'{"_trace":["x"]}'), Resumed)


def test_unknown_event_has_no_decoder_and_malformed_json_raises() -> None:
    assert event_decoder("SOMETHING_FROM_2030") is None
    decoder = event_decoder("MESSAGE_DELETE")
    assert decoder is not None
    with pytest.raises(msgspec.DecodeError):
        decoder(b'{"id": ')
    assert MESSAGE_CREATE_BYTES


REALISTIC: list[tuple[str, dict[str, object], str, object]] = [
    (
        "GUILD_MEMBER_UPDATE",
        {"guild_id": "1", "roles": ["2"], "user": USER, "nick": "n", "avatar": None, "joined_at": None},
        "nick",
        "n",
    ),
    (
        "MESSAGE_REACTION_ADD",
        {
            "user_id": "1",
            "channel_id": "2",
            "message_id": "3",
            "guild_id": "4",
            "emoji": {"id": None, "name": "🔥"},
            "burst": False,
            "type": 0,
            "member": {"roles": [], "user": USER, "joined_at": "2026-01-01T00:00:00+00:00"},
        },
        "message_id",
        3,
    ),
    (
        "PRESENCE_UPDATE",
        {
            "user": {"id": "5"},
            "guild_id": "1",
            "status": "idle",
            "activities": [{"name": "Rocket League", "type": 0, "created_at": 1, "party": {"size": [2, 4]}}],
            "client_status": {"desktop": "idle"},
        },
        "status",
        "idle",
    ),
    (
        "VOICE_STATE_UPDATE",
        {
            "guild_id": "1",
            "channel_id": "2",
            "user_id": "3",
            "session_id": "s",
            "deaf": False,
            "mute": False,
            "self_deaf": False,
            "self_mute": True,
            "self_video": False,
            "suppress": False,
            "request_to_speak_timestamp": None,
        },
        "self_mute",
        True,
    ),
    (
        "AUTO_MODERATION_RULE_CREATE",
        {
            "id": "9",
            "guild_id": "1",
            "name": "no words",
            "creator_id": "3",
            "event_type": 1,
            "trigger_type": 1,
            "trigger_metadata": {"keyword_filter": ["x"], "regex_patterns": [], "allow_list": []},
            "actions": [{"type": 1, "metadata": {}}],
            "enabled": True,
            "exempt_roles": [],
            "exempt_channels": [],
        },
        "rule",
        None,
    ),
    (
        "GUILD_AUDIT_LOG_ENTRY_CREATE",
        {"id": "1", "guild_id": "2", "action_type": 22, "user_id": "3", "target_id": "4", "reason": "spam"},
        "reason",
        "spam",
    ),
    (
        "INTERACTION_CREATE",
        {
            "id": "1",
            "application_id": "2",
            "type": 2,
            "token": "t",
            "version": 1,
            "data": {"id": "3", "name": "ping", "type": 1},
            "guild_id": "4",
            "authorizing_integration_owners": {"0": "4"},
        },
        "token",
        "t",
    ),
]


@pytest.mark.parametrize(("name", "body", "attribute", "expected"), REALISTIC, ids=[r[0] for r in REALISTIC])
def test_realistic_bodies_decode_on_the_fast_path(
    name: str, body: dict[str, object], attribute: str, expected: object, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="echord.models"):
        event = decode(name, body)
    assert type(event) is EVENTS[name]
    value = getattr(event, attribute)
    if expected is None:
        assert isinstance(value, m.KeywordRuleResponse) and value.trigger_type == 1
    else:
        assert value == expected
    assert caplog.records == [], "a realistic body needed the slow salvage path"
