"""Permission maths, as Discord documents it (topics/permissions), on the emulator's world records.

The maths is `echord.utils.permissions`; these tests check that the world's `Role` and `Overwrite` records
feed it as the emulator does.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from echord.testing import ChannelType, Overwrite, Permission, World
from echord.testing.models import Role
from echord.testing.permissions import ALL_PERMISSIONS
from echord.utils.permissions import apply_overwrites, compute_base_permissions, compute_channel_permissions

P = Permission
GUILD = 100
ROLE_A, ROLE_B, USER = 200, 300, 400


def _roles(role_permissions: dict[int, int]) -> list[Role]:
    return [
        Role(id=role_id, guild_id=GUILD, name=str(role_id), permissions=bits)
        for role_id, bits in role_permissions.items()
    ]


def base_permissions(
    *,
    guild_id: int,
    owner_id: int,
    user_id: int,
    role_permissions: dict[int, int],
    member_role_ids: list[int],
) -> int:
    return compute_base_permissions(
        guild_id=guild_id,
        owner_id=owner_id,
        member_id=user_id,
        member_role_ids=member_role_ids,
        roles=_roles(role_permissions),
    )


def apply_implicit(permissions: int, *, is_text: bool, timed_out: bool) -> int:
    """The implicit rules alone: `permissions` as @everyone's, no overwrites, a text channel or a category."""
    return compute_channel_permissions(
        guild_id=GUILD,
        owner_id=1,
        member_id=USER,
        member_role_ids=[],
        roles=_roles({GUILD: permissions}),
        overwrites=[],
        channel_type=ChannelType.GUILD_TEXT if is_text else ChannelType.GUILD_CATEGORY,
        timed_out=timed_out,
    )


def test_owner_and_administrator_have_everything() -> None:
    roles = {GUILD: 0, ROLE_A: P.ADMINISTRATOR.value}
    assert (
        base_permissions(
            guild_id=GUILD, owner_id=USER, user_id=USER, role_permissions=roles, member_role_ids=[]
        )
        == ALL_PERMISSIONS
    )
    assert (
        base_permissions(
            guild_id=GUILD, owner_id=1, user_id=USER, role_permissions=roles, member_role_ids=[ROLE_A]
        )
        == ALL_PERMISSIONS
    )
    assert (
        base_permissions(guild_id=GUILD, owner_id=1, user_id=USER, role_permissions=roles, member_role_ids=[])
        == 0
    )


def test_base_is_everyone_or_member_roles() -> None:
    roles = {GUILD: P.VIEW_CHANNEL.value, ROLE_A: P.KICK_MEMBERS.value, ROLE_B: P.BAN_MEMBERS.value}
    got = base_permissions(
        guild_id=GUILD, owner_id=1, user_id=USER, role_permissions=roles, member_role_ids=[ROLE_A]
    )
    assert got == P.VIEW_CHANNEL | P.KICK_MEMBERS


def test_overwrite_order_everyone_then_roles_then_member() -> None:
    base = (P.VIEW_CHANNEL | P.SEND_MESSAGES).value
    everyone_denies = Overwrite(GUILD, 0, deny=P.SEND_MESSAGES.value)
    role_allows = Overwrite(ROLE_A, 0, allow=P.SEND_MESSAGES.value)
    other_role_denies = Overwrite(ROLE_B, 0, deny=P.SEND_MESSAGES.value)
    member_denies = Overwrite(USER, 1, deny=P.SEND_MESSAGES.value)

    def compute(*overwrites: Overwrite, roles: tuple[int, ...] = (ROLE_A,)) -> int:
        return apply_overwrites(
            base, guild_id=GUILD, member_id=USER, member_role_ids=roles, overwrites=overwrites
        )

    assert not compute(everyone_denies) & P.SEND_MESSAGES
    assert compute(everyone_denies, role_allows) & P.SEND_MESSAGES
    # Role overwrites are combined first: any role allow wins over another role's deny.
    assert compute(everyone_denies, role_allows, other_role_denies, roles=(ROLE_A, ROLE_B)) & P.SEND_MESSAGES
    assert not compute(everyone_denies, role_allows, member_denies) & P.SEND_MESSAGES
    assert compute(role_allows, roles=()) == base, "overwrites of roles the member lacks do not apply"


def test_implicit_rules() -> None:
    no_view = (P.SEND_MESSAGES | P.EMBED_LINKS).value
    assert apply_implicit(no_view, is_text=True, timed_out=False) == 0
    no_send = (P.VIEW_CHANNEL | P.EMBED_LINKS | P.ATTACH_FILES | P.MENTION_EVERYONE | P.ADD_REACTIONS).value
    assert apply_implicit(no_send, is_text=True, timed_out=False) == P.VIEW_CHANNEL | P.ADD_REACTIONS
    assert apply_implicit(no_send, is_text=False, timed_out=False) == no_send
    everything = ALL_PERMISSIONS & ~P.ADMINISTRATOR
    assert apply_implicit(everything, is_text=True, timed_out=True) == P.VIEW_CHANNEL | P.READ_MESSAGE_HISTORY


@given(
    st.lists(
        st.tuples(
            st.sampled_from([GUILD, ROLE_A, USER]),
            st.integers(0, ALL_PERMISSIONS),
            st.integers(0, ALL_PERMISSIONS),
        ),
        max_size=4,
    )
)
def test_administrator_ignores_overwrites(raw: list[tuple[int, int, int]]) -> None:
    overwrites = [Overwrite(target, 1 if target == USER else 0, allow, deny) for target, allow, deny in raw]
    got = apply_overwrites(
        ALL_PERMISSIONS, guild_id=GUILD, member_id=USER, member_role_ids=[ROLE_A], overwrites=overwrites
    )
    assert got == ALL_PERMISSIONS


def test_world_permissions_for_members_threads_and_timeouts() -> None:
    world = World()
    seed = world.seed()
    bob, general = seed.bob, seed.general
    assert world.permissions_for(bob.id, general.id) & P.SEND_MESSAGES
    assert not world.permissions_for(bob.id, general.id) & P.MANAGE_MESSAGES
    world.update_member(seed.guild.id, bob.id, roles=[seed.moderator.id])
    assert world.permissions_for(bob.id, general.id) & P.MANAGE_MESSAGES
    world.set_overwrite(general.id, Overwrite(seed.moderator.id, 0, deny=P.VIEW_CHANNEL.value))
    assert world.permissions_for(bob.id, general.id) == 0
    thread = world.create_thread(general.id, "t", seed.alice.id)
    assert world.permissions_for(bob.id, thread.id) == 0, "threads use their parent's overwrites"
    assert world.permissions_for(seed.alice.id, thread.id) == ALL_PERMISSIONS, "the owner sees everything"
    world.delete_overwrite(general.id, seed.moderator.id)
    later = (datetime.now(UTC) + timedelta(minutes=5)).isoformat()
    world.update_member(seed.guild.id, bob.id, communication_disabled_until=later)
    assert world.permissions_for(bob.id, general.id) == P.VIEW_CHANNEL | P.READ_MESSAGE_HISTORY
    earlier = (datetime.now(UTC) - timedelta(minutes=5)).isoformat()
    world.update_member(seed.guild.id, bob.id, communication_disabled_until=earlier)
    assert world.permissions_for(bob.id, general.id) & P.SEND_MESSAGES
    dm = world.open_dm(bob.id)
    assert world.permissions_for(bob.id, dm.id) & P.SEND_MESSAGES
    assert world.permissions_for(seed.alice.id, dm.id) == 0
    voice = world.channels[seed.voice.id]
    assert voice.type == ChannelType.GUILD_VOICE
