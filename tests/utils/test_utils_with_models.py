"""The utils take echord's decoded wire models as they are: roles and overwrites straight from JSON.

(Only this test imports echord outside utils; `echord.utils` itself never does.)
"""

from __future__ import annotations

import msgspec

from echord._generated.models import ChannelPermissionOverwriteResponse, GuildRoleResponse
from echord._support import decode_json
from echord.utils import MessageFlags, Permissions, compute_channel_permissions, snowflake_time

GUILD = 290926798626357250


def test_roles_and_overwrites_from_json() -> None:
    roles = decode_json(
        b'[{"id": "290926798626357250", "name": "@everyone", "permissions": "1024", "position": 0},'
        b' {"id": "41771983423143936", "name": "WE DEM BOYZZ!!!!!!", "permissions": "66321471", "position": 1},'
        b' {"id": "41771983423143937", "name": "muted", "permissions": "0", "position": 2}]',
        list[GuildRoleResponse],
    )
    overwrites = decode_json(
        b'[{"id": "290926798626357250", "type": 0, "allow": "0", "deny": "1024"},'
        b' {"id": "41771983423143937", "type": 0, "allow": "1024", "deny": "2048"},'
        b' {"id": "80351110224678912", "type": 1, "allow": "64", "deny": "0"}]',
        list[ChannelPermissionOverwriteResponse],
    )
    muted_member = compute_channel_permissions(
        guild_id=GUILD,
        owner_id=1,
        member_id=80351110224678912,
        member_role_ids=[41771983423143937],
        roles=roles,
        overwrites=overwrites,
        channel_type=0,
    )
    assert muted_member == Permissions.VIEW_CHANNEL | Permissions.ADD_REACTIONS
    administrator = compute_channel_permissions(
        guild_id=GUILD,
        owner_id=1,
        member_id=2,
        member_role_ids=[41771983423143936],
        roles=roles,
        overwrites=overwrites,
    )
    assert administrator == Permissions.ALL
    assert snowflake_time(roles[1].id).year == 2015


def test_flags_decode_and_encode_with_msgspec() -> None:
    inverted = ~MessageFlags.none()  # builds (and caches) the widest value `~` makes, before msgspec looks
    assert inverted.unknown_bits
    flags = msgspec.json.decode(b"1099511627840", type=MessageFlags)
    assert flags == MessageFlags.EPHEMERAL | (1 << 40)
    assert msgspec.json.encode(flags) == b"1099511627840"
