"""Permissions: the bit table, presets, wire format, and the channel computation from topics/permissions."""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from echord.utils import (
    OverwriteType,
    PermissionOverwrite,
    Permissions,
    apply_overwrites,
    compute_base_permissions,
    compute_channel_permissions,
    format_permissions,
    parse_permissions,
)

GUILD = 1000
OWNER = 1
MEMBER = 2
ROLE_A = 11
ROLE_B = 12
ROLE_C = 13
GUILD_TEXT, GUILD_VOICE, GUILD_CATEGORY, PUBLIC_THREAD, GUILD_STAGE_VOICE = 0, 2, 4, 11, 13

# topics/permissions "Bitwise Permission Flags", transcribed: name, bit, channel types, needs 2FA (*).
PERMISSION_TABLE: list[tuple[str, int, str, bool]] = [
    ("CREATE_INSTANT_INVITE", 0, "TVS", False),
    ("KICK_MEMBERS", 1, "", True),
    ("BAN_MEMBERS", 2, "", True),
    ("ADMINISTRATOR", 3, "", True),
    ("MANAGE_CHANNELS", 4, "TVS", True),
    ("MANAGE_GUILD", 5, "", True),
    ("ADD_REACTIONS", 6, "TVS", False),
    ("VIEW_AUDIT_LOG", 7, "", False),
    ("PRIORITY_SPEAKER", 8, "V", False),
    ("STREAM", 9, "VS", False),
    ("VIEW_CHANNEL", 10, "TVS", False),
    ("SEND_MESSAGES", 11, "TVS", False),
    ("SEND_TTS_MESSAGES", 12, "TVS", False),
    ("MANAGE_MESSAGES", 13, "TVS", True),
    ("EMBED_LINKS", 14, "TVS", False),
    ("ATTACH_FILES", 15, "TVS", False),
    ("READ_MESSAGE_HISTORY", 16, "TVS", False),
    ("MENTION_EVERYONE", 17, "TVS", False),
    ("USE_EXTERNAL_EMOJIS", 18, "TVS", False),
    ("VIEW_GUILD_INSIGHTS", 19, "", False),
    ("CONNECT", 20, "VS", False),
    ("SPEAK", 21, "V", False),
    ("MUTE_MEMBERS", 22, "VS", False),
    ("DEAFEN_MEMBERS", 23, "V", False),
    ("MOVE_MEMBERS", 24, "VS", False),
    ("USE_VAD", 25, "V", False),
    ("CHANGE_NICKNAME", 26, "", False),
    ("MANAGE_NICKNAMES", 27, "", False),
    ("MANAGE_ROLES", 28, "TVS", True),
    ("MANAGE_WEBHOOKS", 29, "TVS", True),
    ("MANAGE_GUILD_EXPRESSIONS", 30, "", True),
    ("USE_APPLICATION_COMMANDS", 31, "TVS", False),
    ("REQUEST_TO_SPEAK", 32, "S", False),
    ("MANAGE_EVENTS", 33, "VS", False),
    ("MANAGE_THREADS", 34, "T", True),
    ("CREATE_PUBLIC_THREADS", 35, "T", False),
    ("CREATE_PRIVATE_THREADS", 36, "T", False),
    ("USE_EXTERNAL_STICKERS", 37, "TVS", False),
    ("SEND_MESSAGES_IN_THREADS", 38, "T", False),
    ("USE_EMBEDDED_ACTIVITIES", 39, "TV", False),
    ("MODERATE_MEMBERS", 40, "", False),
    ("VIEW_CREATOR_MONETIZATION_ANALYTICS", 41, "", True),
    ("USE_SOUNDBOARD", 42, "V", False),
    ("CREATE_GUILD_EXPRESSIONS", 43, "", False),
    ("CREATE_EVENTS", 44, "VS", False),
    ("USE_EXTERNAL_SOUNDS", 45, "V", False),
    ("SEND_VOICE_MESSAGES", 46, "TVS", False),
    ("SET_VOICE_CHANNEL_STATUS", 48, "V", False),
    ("SEND_POLLS", 49, "TVS", False),
    ("USE_EXTERNAL_APPS", 50, "TVS", False),
    ("PIN_MESSAGES", 51, "T", False),
    ("BYPASS_SLOWMODE", 52, "TVS", False),
]


@dataclass(frozen=True)
class Role:
    id: int
    permissions: str


def role_overwrite(role_id: int, allow: int = 0, deny: int = 0) -> PermissionOverwrite:
    return PermissionOverwrite(role_id, OverwriteType.ROLE, allow=allow, deny=deny)


def member_overwrite(user_id: int, allow: int = 0, deny: int = 0) -> PermissionOverwrite:
    return PermissionOverwrite(user_id, OverwriteType.MEMBER, allow=allow, deny=deny)


def in_channel(
    everyone: int,
    *,
    roles: Mapping[int, int] | None = None,
    overwrites: Iterable[PermissionOverwrite] = (),
    member: int = MEMBER,
    channel_type: int | None = GUILD_TEXT,
    timed_out: bool = False,
) -> Permissions:
    role_permissions = roles or {}
    return compute_channel_permissions(
        guild_id=GUILD,
        owner_id=OWNER,
        member_id=member,
        member_role_ids=list(role_permissions),
        roles=[Role(GUILD, str(everyone)), *(Role(i, str(p)) for i, p in role_permissions.items())],
        overwrites=list(overwrites),
        channel_type=channel_type,
        timed_out=timed_out,
    )


P = Permissions


# --- the table and the presets -----------------------------------------------------------------


def test_every_permission_of_the_table_with_its_bit() -> None:
    assert [(member.name, member.value) for member in Permissions] == [
        (name, 1 << bit) for name, bit, _, _ in PERMISSION_TABLE
    ]


@pytest.mark.parametrize(("preset", "letter"), [("TEXT", "T"), ("VOICE", "V"), ("STAGE", "S")])
def test_channel_presets_follow_the_channel_type_column(preset: str, letter: str) -> None:
    expected = sum(1 << bit for _, bit, kinds, _ in PERMISSION_TABLE if letter in kinds)
    assert getattr(Permissions, preset) == expected


def test_guild_channel_all_none_and_elevated_presets() -> None:
    every = sum(1 << bit for _, bit, _, _ in PERMISSION_TABLE)
    channel = sum(1 << bit for _, bit, kinds, _ in PERMISSION_TABLE if kinds)
    assert Permissions.ALL == every == Permissions.all()
    assert Permissions.NONE == 0 == Permissions.none()
    assert channel == Permissions.CHANNEL
    assert every & ~channel == Permissions.GUILD
    assert sum(1 << bit for _, bit, _, two_fa in PERMISSION_TABLE if two_fa) == Permissions.ELEVATED
    assert isinstance(Permissions.TEXT, Permissions)


# --- worked examples of topics/permissions -------------------------------------------------------


def test_bitwise_example_send_messages_and_add_reactions() -> None:
    permissions = Permissions(0x40 | 0x800)
    assert permissions == 2112
    assert permissions & 0x40 == 0x40
    assert permissions & 0x800 == 0x800
    assert permissions & 0x2 != 0x2
    assert P.ADD_REACTIONS in permissions and P.SEND_MESSAGES in permissions
    assert P.KICK_MEMBERS not in permissions
    assert permissions.has(P.ADD_REACTIONS | P.SEND_MESSAGES)
    assert not permissions.has(P.ADD_REACTIONS | P.KICK_MEMBERS)


def test_permissions_are_decimal_strings_on_the_wire() -> None:
    assert format_permissions(P.ADD_REACTIONS | P.SEND_MESSAGES) == "2112"
    assert str(P.ADD_REACTIONS | P.SEND_MESSAGES) == "2112"
    assert parse_permissions("123") == 123
    example_role = parse_permissions("66321471")  # the Example Role of topics/permissions
    assert format_permissions(example_role) == "66321471"
    assert example_role.unknown_bits == 0
    assert P.ADMINISTRATOR in example_role and P.VIEW_AUDIT_LOG not in example_role
    assert parse_permissions(8) == P.ADMINISTRATOR


def test_unknown_bits_survive_parsing_and_inversion() -> None:
    future_bit = 1 << 60
    permissions = parse_permissions(str(future_bit | P.VIEW_CHANNEL))
    assert permissions.unknown_bits == future_bit
    assert permissions & ~P.VIEW_CHANNEL == future_bit
    assert format_permissions(permissions) == str(future_bit | 1024)


@pytest.mark.parametrize("text", ["", "-1", "12a", "0x10", "1.0", "١٢"])
def test_malformed_permission_strings_are_rejected(text: str) -> None:
    with pytest.raises(ValueError):
        parse_permissions(text)
    with pytest.raises(ValueError):
        format_permissions(-1)


def test_roles_on_one_channel_combine_regardless_of_position() -> None:
    # "A denies VIEW_CHANNEL on #coolstuff, B allows it: the user can view #coolstuff."
    overwrites = [role_overwrite(ROLE_A, deny=P.VIEW_CHANNEL), role_overwrite(ROLE_B, allow=P.VIEW_CHANNEL)]
    for order in (overwrites, overwrites[::-1]):
        result = in_channel(P.VIEW_CHANNEL, roles={ROLE_A: 0, ROLE_B: 0}, overwrites=order)
        assert P.VIEW_CHANNEL in result


def test_owner_gets_all_even_when_denied() -> None:
    result = in_channel(0, member=OWNER, overwrites=[member_overwrite(OWNER, deny=P.ALL)], timed_out=True)
    assert result == P.ALL


def test_base_permissions_are_everyone_or_member_roles() -> None:
    base = compute_base_permissions(
        guild_id=GUILD,
        owner_id=OWNER,
        member_id=MEMBER,
        member_role_ids=[ROLE_A, ROLE_B, 999],  # 999: a deleted role grants nothing
        roles=[Role(GUILD, "1024"), Role(ROLE_A, "2048"), Role(ROLE_B, "64"), Role(ROLE_C, "8")],
    )
    assert base == P.VIEW_CHANNEL | P.SEND_MESSAGES | P.ADD_REACTIONS


def test_administrator_role_gives_all_and_ignores_overwrites() -> None:
    result = in_channel(
        P.VIEW_CHANNEL,
        roles={ROLE_A: P.ADMINISTRATOR},
        overwrites=[member_overwrite(MEMBER, deny=P.ALL), role_overwrite(GUILD, deny=P.ALL)],
        timed_out=True,
    )
    assert result == P.ALL


def test_overwrite_hierarchy_steps_in_order() -> None:
    everyone = P.VIEW_CHANNEL | P.SEND_MESSAGES
    # 3-4: @everyone deny then allow
    assert in_channel(everyone, overwrites=[role_overwrite(GUILD, deny=P.SEND_MESSAGES)]) == P.VIEW_CHANNEL
    assert P.ADD_REACTIONS in in_channel(everyone, overwrites=[role_overwrite(GUILD, allow=P.ADD_REACTIONS)])
    # 5-6: a role allow beats the @everyone deny, and a role deny beats the @everyone allow
    result = in_channel(
        everyone,
        roles={ROLE_A: 0},
        overwrites=[
            role_overwrite(GUILD, deny=P.SEND_MESSAGES),
            role_overwrite(ROLE_A, allow=P.SEND_MESSAGES),
        ],
    )
    assert P.SEND_MESSAGES in result
    result = in_channel(
        everyone,
        roles={ROLE_A: 0},
        overwrites=[
            role_overwrite(GUILD, allow=P.ADD_REACTIONS),
            role_overwrite(ROLE_A, deny=P.ADD_REACTIONS),
        ],
    )
    assert P.ADD_REACTIONS not in result
    # 7-8: the member's own overwrite beats every role overwrite
    result = in_channel(
        everyone,
        roles={ROLE_A: 0},
        overwrites=[
            role_overwrite(ROLE_A, allow=P.ADD_REACTIONS),
            member_overwrite(MEMBER, deny=P.ADD_REACTIONS),
        ],
    )
    assert P.ADD_REACTIONS not in result
    result = in_channel(
        everyone,
        roles={ROLE_A: 0},
        overwrites=[
            role_overwrite(ROLE_A, deny=P.ADD_REACTIONS),
            member_overwrite(MEMBER, allow=P.ADD_REACTIONS),
        ],
    )
    assert P.ADD_REACTIONS in result


def test_overwrites_for_others_do_not_apply() -> None:
    overwrites = [role_overwrite(ROLE_C, deny=P.SEND_MESSAGES), member_overwrite(3, deny=P.SEND_MESSAGES)]
    # A member overwrite whose id happens to equal a held role id is still a member overwrite.
    overwrites.append(member_overwrite(ROLE_A, deny=P.SEND_MESSAGES))
    result = in_channel(P.VIEW_CHANNEL | P.SEND_MESSAGES, roles={ROLE_A: 0}, overwrites=overwrites)
    assert result == P.VIEW_CHANNEL | P.SEND_MESSAGES


def test_everyone_listed_among_member_roles_is_not_applied_as_a_role() -> None:
    result = apply_overwrites(
        P.VIEW_CHANNEL,
        guild_id=GUILD,
        member_id=MEMBER,
        member_role_ids=[GUILD, ROLE_A],
        overwrites=[
            role_overwrite(GUILD, allow=P.ADD_REACTIONS),
            role_overwrite(ROLE_A, deny=P.ADD_REACTIONS),
        ],
    )
    assert result == P.VIEW_CHANNEL


def test_overwrites_accept_wire_strings() -> None:
    @dataclass(frozen=True)
    class WireOverwrite:
        id: int
        type: int
        allow: str
        deny: str

    result = apply_overwrites(
        P.VIEW_CHANNEL | P.SEND_MESSAGES,
        guild_id=GUILD,
        member_id=MEMBER,
        member_role_ids=[],
        overwrites=[WireOverwrite(GUILD, 0, allow="64", deny="2048")],
    )
    assert result == P.VIEW_CHANNEL | P.ADD_REACTIONS


# --- implicit permissions, threads, timeouts -----------------------------------------------------


def test_no_view_channel_means_nothing() -> None:
    everything_but_admin = P.ALL & ~P.ADMINISTRATOR
    result = in_channel(everything_but_admin, overwrites=[role_overwrite(GUILD, deny=P.VIEW_CHANNEL)])
    assert result == 0


def test_no_send_messages_drops_what_only_sending_can_use() -> None:
    text = P.VIEW_CHANNEL | P.SEND_MESSAGES | P.SEND_TTS_MESSAGES | P.MENTION_EVERYONE
    text |= P.ATTACH_FILES | P.EMBED_LINKS | P.ADD_REACTIONS
    result = in_channel(text, overwrites=[member_overwrite(MEMBER, deny=P.SEND_MESSAGES)])
    assert result == P.VIEW_CHANNEL | P.ADD_REACTIONS
    # A category holds no messages, so nothing is implied there.
    category = in_channel(text & ~P.SEND_MESSAGES, channel_type=GUILD_CATEGORY)
    assert P.ATTACH_FILES in category


@pytest.mark.parametrize("voice_type", [GUILD_VOICE, GUILD_STAGE_VOICE])
def test_no_connect_in_voice_drops_manage_channel(voice_type: int) -> None:
    granted = P.VIEW_CHANNEL | P.CONNECT | P.SPEAK | P.MANAGE_CHANNELS | P.SEND_MESSAGES
    result = in_channel(granted, overwrites=[role_overwrite(GUILD, deny=P.CONNECT)], channel_type=voice_type)
    assert result == P.VIEW_CHANNEL | P.SEND_MESSAGES
    # Only voice channels: in a text channel CONNECT means nothing.
    text = in_channel(granted & ~P.CONNECT, channel_type=GUILD_TEXT)
    assert P.MANAGE_CHANNELS in text


def test_threads_need_send_messages_in_threads() -> None:
    parent = P.VIEW_CHANNEL | P.SEND_MESSAGES | P.ATTACH_FILES
    in_thread = in_channel(parent, channel_type=PUBLIC_THREAD)
    assert in_thread == P.VIEW_CHANNEL  # SEND_MESSAGES is not inherited, nor what depends on it
    allowed = in_channel(
        P.VIEW_CHANNEL | P.SEND_MESSAGES_IN_THREADS | P.ATTACH_FILES, channel_type=PUBLIC_THREAD
    )
    assert allowed == P.VIEW_CHANNEL | P.SEND_MESSAGES_IN_THREADS | P.SEND_MESSAGES | P.ATTACH_FILES
    # An announcement channel where nobody may post still lets members talk in its threads.
    result = in_channel(
        P.VIEW_CHANNEL | P.SEND_MESSAGES_IN_THREADS,
        overwrites=[role_overwrite(GUILD, deny=P.SEND_MESSAGES)],
        channel_type=10,
    )
    assert P.SEND_MESSAGES in result
    # VIEW_CHANNEL on the parent is needed to see any thread.
    hidden = in_channel(
        P.VIEW_CHANNEL | P.SEND_MESSAGES_IN_THREADS,
        overwrites=[role_overwrite(GUILD, deny=P.VIEW_CHANNEL)],
        channel_type=12,
    )
    assert hidden == 0


def test_timed_out_members_keep_only_view_and_history() -> None:
    granted = P.VIEW_CHANNEL | P.READ_MESSAGE_HISTORY | P.SEND_MESSAGES | P.ADD_REACTIONS
    allowed = [member_overwrite(MEMBER, allow=P.SPEAK)]
    assert in_channel(granted, overwrites=allowed, timed_out=True) == P.VIEW_CHANNEL | P.READ_MESSAGE_HISTORY
    base = compute_base_permissions(
        guild_id=GUILD,
        owner_id=OWNER,
        member_id=MEMBER,
        member_role_ids=[],
        roles=[Role(GUILD, str(int(granted | P.KICK_MEMBERS)))],
        timed_out=True,
    )
    assert base == P.VIEW_CHANNEL | P.READ_MESSAGE_HISTORY


# --- properties -----------------------------------------------------------------------------------

# Up to 63 bits: wider values would also be legal, but Python caches every flag value ever built and
# msgspec refuses to decode into a flag class whose cache holds one (see flags.py).
permission_values = st.integers(min_value=0, max_value=(1 << 63) - 1)
role_ids = st.sampled_from([ROLE_A, ROLE_B, ROLE_C])


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[int, dict[int, int], list[PermissionOverwrite]]:
    everyone = draw(permission_values)
    roles = draw(st.dictionaries(role_ids, permission_values, max_size=3))
    targets = st.sampled_from([(GUILD, 0), (ROLE_A, 0), (ROLE_B, 0), (ROLE_C, 0), (MEMBER, 1), (3, 1)])
    overwrites = [
        PermissionOverwrite(
            target, OverwriteType(kind), allow=draw(permission_values), deny=draw(permission_values)
        )
        for target, kind in draw(st.lists(targets, max_size=6, unique=True))
    ]
    return everyone, roles, overwrites


def reference_permissions(everyone: int, roles: dict[int, int], overwrites: list[PermissionOverwrite]) -> int:
    """The pseudo-code of topics/permissions, transcribed line by line (without implicit rules)."""
    all_permissions = int(P.ALL)
    permissions = everyone
    for role_permissions in roles.values():
        permissions |= role_permissions
    if permissions & P.ADMINISTRATOR == P.ADMINISTRATOR:
        return all_permissions
    by_id = {overwrite.id: overwrite for overwrite in overwrites}
    overwrite_everyone = by_id.get(GUILD)
    if overwrite_everyone:
        permissions &= ~overwrite_everyone.deny
        permissions |= overwrite_everyone.allow
    allow = deny = 0
    for role_id in roles:
        overwrite_role = by_id.get(role_id)
        if overwrite_role:
            allow |= overwrite_role.allow
            deny |= overwrite_role.deny
    permissions &= ~deny
    permissions |= allow
    overwrite_member = by_id.get(MEMBER)
    if overwrite_member:
        permissions &= ~overwrite_member.deny
        permissions |= overwrite_member.allow
    return permissions


@settings(max_examples=100, deadline=None)
@given(scenarios())
def test_matches_the_documented_pseudo_code(
    scenario: tuple[int, dict[int, int], list[PermissionOverwrite]],
) -> None:
    everyone, roles, overwrites = scenario
    base = compute_base_permissions(
        guild_id=GUILD,
        owner_id=OWNER,
        member_id=MEMBER,
        member_role_ids=list(roles),
        roles=[Role(GUILD, str(everyone)), *(Role(i, str(p)) for i, p in roles.items())],
    )
    result = apply_overwrites(
        base, guild_id=GUILD, member_id=MEMBER, member_role_ids=list(roles), overwrites=overwrites
    )
    assert result == reference_permissions(everyone, roles, overwrites)


@settings(max_examples=100, deadline=None)
@given(scenarios(), st.booleans(), st.sampled_from([None, GUILD_TEXT, GUILD_VOICE, PUBLIC_THREAD]))
def test_administrator_and_owner_always_get_all(
    scenario: tuple[int, dict[int, int], list[PermissionOverwrite]], timed_out: bool, channel_type: int | None
) -> None:
    everyone, roles, overwrites = scenario
    admin = in_channel(
        everyone,
        roles={**roles, ROLE_A: roles.get(ROLE_A, 0) | P.ADMINISTRATOR},
        overwrites=overwrites,
        channel_type=channel_type,
        timed_out=timed_out,
    )
    assert admin == P.ALL
    owner = in_channel(
        everyone,
        roles=roles,
        overwrites=overwrites,
        member=OWNER,
        channel_type=channel_type,
        timed_out=timed_out,
    )
    assert owner == P.ALL


@settings(max_examples=100, deadline=None)
@given(
    scenarios(),
    st.booleans(),
    st.sampled_from([None, GUILD_TEXT, GUILD_VOICE, GUILD_CATEGORY, PUBLIC_THREAD]),
)
def test_member_denied_view_channel_has_nothing(
    scenario: tuple[int, dict[int, int], list[PermissionOverwrite]], timed_out: bool, channel_type: int | None
) -> None:
    everyone, roles, overwrites = scenario
    no_admin = {role_id: value & ~P.ADMINISTRATOR for role_id, value in roles.items()}
    kept = [overwrite for overwrite in overwrites if overwrite.id != MEMBER]
    denied = [*kept, member_overwrite(MEMBER, deny=P.VIEW_CHANNEL)]
    result = in_channel(
        everyone & ~P.ADMINISTRATOR,
        roles=no_admin,
        overwrites=denied,
        channel_type=channel_type,
        timed_out=timed_out,
    )
    assert result == 0


@settings(max_examples=100, deadline=None)
@given(scenarios(), st.sampled_from([None, GUILD_TEXT, GUILD_VOICE, PUBLIC_THREAD]))
def test_timed_out_never_exceeds_view_and_history_and_order_does_not_matter(
    scenario: tuple[int, dict[int, int], list[PermissionOverwrite]], channel_type: int | None
) -> None:
    everyone, roles, overwrites = scenario
    result = in_channel(
        everyone, roles=roles, overwrites=overwrites, channel_type=channel_type, timed_out=True
    )
    assert result in (P.ALL, P.NONE, P.VIEW_CHANNEL, P.VIEW_CHANNEL | P.READ_MESSAGE_HISTORY)
    shuffled = list(overwrites)
    random.Random(len(shuffled)).shuffle(shuffled)
    forward = in_channel(everyone, roles=roles, overwrites=overwrites, channel_type=channel_type)
    assert forward == in_channel(everyone, roles=roles, overwrites=shuffled, channel_type=channel_type)
