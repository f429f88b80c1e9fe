"""Flag sets and intents: bits as the API docs list them, tolerance of unknown bits, wire parsing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from echord.utils import (
    ActivityFlags,
    ApplicationFlags,
    AttachmentFlags,
    BitFlags,
    ChannelFlags,
    EmbedFlags,
    EmbedMediaFlags,
    GuildMemberFlags,
    Intents,
    InviteFlags,
    LobbyMemberFlags,
    MessageFlags,
    Permissions,
    RoleFlags,
    SKUFlags,
    SystemChannelFlags,
    UnfurledMediaItemFlags,
    UserFlags,
)

DOCS = Path(__file__).resolve().parents[2].parent / "shared" / "discord-api-docs" / "developers"

# (class, doc file, table heading): every flag table the docs have.
FLAG_TABLES: list[tuple[type[BitFlags], str, str]] = [
    (MessageFlags, "resources/message.mdx", "Message Flags"),
    (EmbedFlags, "resources/message.mdx", "Embed Flags"),
    (EmbedMediaFlags, "resources/message.mdx", "Embed Media Flags"),
    (AttachmentFlags, "resources/message.mdx", "Attachment Flags"),
    (UserFlags, "resources/user.mdx", "User Flags"),
    (ChannelFlags, "resources/channel.mdx", "Channel Flags"),
    (SystemChannelFlags, "resources/guild.mdx", "System Channel Flags"),
    (GuildMemberFlags, "resources/guild.mdx", "Guild Member Flags"),
    (ApplicationFlags, "resources/application.mdx", "Application Flags"),
    (RoleFlags, "topics/permissions.mdx", "Role Flags"),
    (SKUFlags, "resources/sku.mdx", "SKU Flags"),
    (ActivityFlags, "events/gateway-events.mdx", "Activity Flags"),
    (InviteFlags, "resources/invite.mdx", "Guild Invite Flags"),
    (LobbyMemberFlags, "resources/lobby.mdx", "Lobby Member Flags"),
    (UnfurledMediaItemFlags, "components/reference.mdx", "Unfurled Media Item Flags"),
    (Permissions, "topics/permissions.mdx", "Bitwise Permission Flags"),
]

_BIT = re.compile(r"\(?1 ?<< ?([0-9]+)\)?")
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


def _upper_snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).upper()


def documented_table(path: str, heading: str) -> dict[str, int]:
    """Name → value of the flag table under `###### heading` in the docs checkout."""
    lines = (DOCS / path).read_text(encoding="utf-8").splitlines()
    start = lines.index(f"###### {heading}")
    table: dict[str, int] = {}
    for line in lines[start + 1 :]:
        if line.startswith("#"):
            break
        if not line.startswith("|"):
            continue
        cells = [cell.strip().replace("\\*", "").strip("` ") for cell in line.strip("|").split("|")]
        bits = [_BIT.search(cell) for cell in cells[:2]]
        names = [cell for cell in cells[:2] if _NAME.fullmatch(cell)]
        bit = next((match for match in bits if match), None)
        if bit is not None and names:
            table[_upper_snake(names[0])] = 1 << int(bit[1])
    return table


needs_docs = pytest.mark.skipif(
    not DOCS.is_dir(), reason="the shared Discord API docs are not beside the repo"
)


@needs_docs
@pytest.mark.parametrize(("flags", "path", "heading"), FLAG_TABLES, ids=[t[0].__name__ for t in FLAG_TABLES])
def test_flag_class_matches_the_documented_table(flags: type[BitFlags], path: str, heading: str) -> None:
    documented = documented_table(path, heading)
    assert documented, f"no table under {heading} in {path}"
    assert {member.name: member.value for member in flags} == documented


@needs_docs
def test_intents_match_the_documented_list_and_privileged_marks() -> None:
    text = (DOCS / "events/gateway.mdx").read_text(encoding="utf-8")
    listed = dict(re.findall(r"^([A-Z_]+) \(1 << ([0-9]+)\)", text, re.MULTILINE))
    assert {member.name: member.value for member in Intents} == {
        name: 1 << int(bit) for name, bit in listed.items()
    }
    section = text[text.index("### Privileged Intents") :]
    privileged = re.findall(r"^- \[?`([A-Z_]+)`", section, re.MULTILINE)
    assert {member.name for member in Intents.PRIVILEGED} == set(privileged)


def test_known_bits_transcribed() -> None:
    assert MessageFlags.EPHEMERAL.value == 64 and MessageFlags.IS_COMPONENTS_V2 == 1 << 15
    assert UserFlags.VERIFIED_BOT == 1 << 16 and UserFlags.BOT_HTTP_INTERACTIONS == 1 << 19
    assert ChannelFlags.REQUIRE_TAG.value == 16
    assert GuildMemberFlags.AUTOMOD_QUARANTINED_GUILD_TAG == 1 << 10
    assert ApplicationFlags.GATEWAY_MESSAGE_CONTENT_LIMITED == 1 << 19
    assert SKUFlags.GUILD_SUBSCRIPTION | SKUFlags.USER_SUBSCRIPTION == 384
    assert AttachmentFlags.IS_SPOILER.value == 8 and AttachmentFlags.IS_ANIMATED.value == 32
    assert Intents.MESSAGE_CONTENT == 1 << 15 and Intents.DIRECT_MESSAGE_POLLS == 1 << 25


def test_intents_default_and_all() -> None:
    assert Intents.PRIVILEGED == Intents.GUILD_MEMBERS | Intents.GUILD_PRESENCES | Intents.MESSAGE_CONTENT
    assert int(Intents.all()) == 53608447
    assert Intents.default() == Intents.all() & ~Intents.PRIVILEGED
    assert Intents.GUILDS in Intents.default() and Intents.MESSAGE_CONTENT not in Intents.default()
    assert type(Intents.default()) is Intents
    wanted = Intents.GUILDS | Intents.GUILD_MESSAGES | Intents.MESSAGE_CONTENT
    assert wanted.privileged == Intents.MESSAGE_CONTENT
    assert Intents.default().privileged == 0


def test_unknown_bits_are_kept_through_every_operator() -> None:
    future = 1 << 40
    flags = MessageFlags(future | MessageFlags.EPHEMERAL)
    assert flags.unknown_bits == future
    assert MessageFlags.EPHEMERAL in flags
    assert flags & ~MessageFlags.EPHEMERAL == future
    assert flags ^ MessageFlags.EPHEMERAL == future
    assert (flags | MessageFlags.LOADING) & future == future
    assert type(flags & ~MessageFlags.EPHEMERAL) is MessageFlags
    assert int(~MessageFlags.none()) == (1 << 63) - 1
    assert str(flags) == str(future | 64)


def test_invert_is_local_to_each_class() -> None:
    assert ~UserFlags.STAFF & UserFlags.STAFF == 0
    assert type(~UserFlags.STAFF) is UserFlags
    assert ~Intents.GUILDS & Intents.all() == Intents.all() & ~1
    assert ~Permissions.ALL & Permissions.ALL == 0


def test_parse_reads_numbers_and_strings() -> None:
    assert ApplicationFlags.parse("8388608") == ApplicationFlags.APPLICATION_COMMAND_BADGE
    assert UserFlags.parse(1 << 16) == UserFlags.VERIFIED_BOT
    assert SystemChannelFlags.parse(" 3 ") == 3
    for bad in ("", "abc", "-4", "+4"):
        with pytest.raises(ValueError):
            UserFlags.parse(bad)
    with pytest.raises(ValueError):
        UserFlags.parse(-1)


def test_has_and_all() -> None:
    flags = ActivityFlags.JOIN | ActivityFlags.SYNC
    assert flags.has(ActivityFlags.JOIN) and flags.has(ActivityFlags.JOIN | ActivityFlags.SYNC)
    assert not flags.has(ActivityFlags.JOIN | ActivityFlags.PLAY)
    assert RoleFlags.all() == RoleFlags.IN_PROMPT
    assert [member.name for member in LobbyMemberFlags] == ["CAN_LINK_LOBBY"]
