"""Gateway events keep the cache correct: create, update and delete per kind, chunks, thread sync,
outages versus leaving, and the before/after each update reports."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from echord.cache import Cache, CachePolicy, CacheUpdater, Eviction, StorePolicy
from echord.cache.stores import GLOBAL

from .factories import (
    BOT,
    GUILD,
    OTHER_GUILD,
    ROLE_A,
    ROLE_B,
    TEXT,
    THREAD,
    THREAD_2,
    VOICE,
    channel,
    dumps,
    guild,
    member,
    message,
    role,
    thread,
    user,
    user_id,
)


@pytest.fixture
def cache() -> Cache:
    return Cache(CachePolicy(presences=StorePolicy()))


@pytest.fixture
def updater(cache: Cache) -> CacheUpdater:
    return CacheUpdater(cache)


async def test_guild_create_caches_everything_in_the_guild(cache: Cache, updater: CacheUpdater) -> None:
    change = await updater.guild_create(guild())
    assert change.created and change.after is not None
    assert change.after.name == "test guild" and change.after.member_count == 3
    assert {r.name for r in await cache.get_roles(GUILD)} == {"@everyone", "a", "b"}
    members = await cache.get_members(GUILD)
    assert sorted(m.user.id for m in members) == [user_id(0), user_id(1), user_id(2)]
    first = await cache.get_member(GUILD, user_id(0))
    assert first is not None
    assert first.joined_at == datetime(2024, 1, 2, 3, 4, 5, 678900, tzinfo=UTC)
    assert first.roles == (ROLE_A,)
    role_a = await cache.get_role(GUILD, ROLE_A)
    assert role_a is not None and first.roles[0] is role_a.id  # interned: one int object per role id
    assert len({id(m.roles) for m in members}) == 1  # one tuple per distinct role set
    assert first.user is await cache.get_user(user_id(0))
    text = await cache.get_channel(TEXT)
    assert text is not None and text.guild_id == GUILD
    assert (await cache.get_channel(THREAD)) is not None
    assert [t.id for t in await cache.get_threads(GUILD)] == [THREAD]
    assert [e.name for e in await cache.get_emojis(GUILD)] == ["wave"]
    voice = await cache.get_voice_state(GUILD, user_id(1))
    assert voice is not None and voice.channel_id == VOICE
    presence = await cache.get_presence(GUILD, user_id(0))
    assert presence is not None and presence.status == "online" and presence.activities[0].name == "chess"


async def test_member_extras_only_when_needed(cache: Cache, updater: CacheUpdater) -> None:
    members = [member(0), member(1, avatar="abc", pending=True), member(2, nick="N")]
    await updater.guild_create(guild(members=members))
    plain, special, nicked = [await cache.get_member(GUILD, user_id(n)) for n in range(3)]
    assert plain is not None and plain.extras is None and not plain.pending and plain.avatar is None
    assert special is not None and special.extras is not None
    assert special.avatar == "abc" and special.pending and not special.deaf
    assert nicked is not None and nicked.nick == "N" and nicked.extras is None


async def test_outage_keeps_the_guild_marked_unavailable(cache: Cache, updater: CacheUpdater) -> None:
    await updater.guild_create(guild())
    change = await updater.guild_delete(dumps({"id": str(GUILD), "unavailable": True}))
    assert change.before is not None and not change.before.unavailable
    assert change.after is not None and change.after.unavailable and change.after.name == "test guild"
    assert len(await cache.get_members(GUILD)) == 3
    assert await cache.get_channel(TEXT) is not None
    # it comes back with fresh state that replaces the old
    back = await updater.guild_create(guild(members=[member(7)], name="renamed"))
    assert back.before is not None and back.before.unavailable
    assert back.after is not None and not back.after.unavailable and back.after.name == "renamed"
    assert [m.user.id for m in await cache.get_members(GUILD)] == [user_id(7)]
    assert await cache.get_user(user_id(0)) is None


async def test_unavailable_guild_create_marks_without_dropping(cache: Cache, updater: CacheUpdater) -> None:
    await updater.guild_create(guild())
    change = await updater.guild_create(dumps({"id": str(GUILD), "unavailable": True}))
    assert change.after is not None and change.after.unavailable
    assert len(await cache.get_members(GUILD)) == 3


async def test_leaving_removes_the_guild_and_everything_in_it(cache: Cache, updater: CacheUpdater) -> None:
    await updater.guild_create(guild())
    await updater.guild_create(guild(OTHER_GUILD, members=[member(0)]))  # user 0 is in both
    await updater.message_upsert(message(1))
    await updater.message_upsert(message(2, channel_id=THREAD))
    change = await updater.guild_delete(dumps({"id": str(GUILD)}))
    assert change.removed
    assert await cache.get_guild(GUILD) is None
    for store in (
        cache.members,
        cache.roles,
        cache.channels,
        cache.threads,
        cache.emojis,
        cache.voice_states,
    ):
        assert await store.count(GUILD) == 0
    assert await cache.presences.count(GUILD) == 0
    assert await cache.get_message(TEXT, 1) is None and await cache.get_message(THREAD, 2) is None
    assert await cache.get_channel(TEXT) is None
    assert await cache.get_user(user_id(1)) is None  # only in the guild we left
    shared = await cache.get_user(user_id(0))
    assert shared is not None  # still shares OTHER_GUILD with the bot
    assert (await cache.get_member(OTHER_GUILD, user_id(0))) is not None


async def test_guild_update_keeps_create_only_fields_and_replaces_roles(
    cache: Cache, updater: CacheUpdater
) -> None:
    await updater.guild_create(guild())
    update = {"id": str(GUILD), "name": "new name", "roles": [role(GUILD, "@everyone"), role(ROLE_A, "a2")]}
    change = await updater.guild_update(dumps(update))
    assert change.before is not None and change.before.name == "test guild"
    assert change.after is not None and change.after.name == "new name"
    assert change.after.member_count == 3 and change.after.joined_at is not None
    assert sorted(r.name for r in await cache.get_roles(GUILD)) == ["@everyone", "a2"]


async def test_member_add_update_remove(cache: Cache, updater: CacheUpdater) -> None:
    await updater.guild_create(guild())
    added = await updater.member_add(dumps({**member(9, nick="nine"), "guild_id": str(GUILD)}))
    assert added.created and added.after is not None and added.after.nick == "nine"
    guild_record = await cache.get_guild(GUILD)
    assert guild_record is not None and guild_record.member_count == 4

    update = {
        "guild_id": str(GUILD),
        "user": user(9, global_name="Nine"),
        "roles": [str(ROLE_A), str(ROLE_B)],
    }
    changed = await updater.member_update(dumps(update))
    assert changed.before is not None and changed.after is not None
    assert changed.before.roles == (ROLE_A,) and changed.after.roles == (ROLE_A, ROLE_B)
    assert changed.after.nick == "nine"  # not sent: kept
    assert changed.before.user.global_name is None  # a snapshot of the user before
    assert changed.after.user.global_name == "Nine"
    cached_user = await cache.get_user(user_id(9))
    assert cached_user is changed.after.user

    removed = await updater.member_remove(dumps({"guild_id": str(GUILD), "user": user(9)}))
    assert removed.removed
    assert await cache.get_member(GUILD, user_id(9)) is None
    assert await cache.get_user(user_id(9)) is None
    guild_record = await cache.get_guild(GUILD)
    assert guild_record is not None and guild_record.member_count == 3


async def test_member_update_timeout_and_clearing_nick(cache: Cache, updater: CacheUpdater) -> None:
    await updater.guild_create(guild(members=[member(1, nick="old")]))
    until = "2030-01-01T00:00:00+00:00"
    update: dict[str, object] = {
        "guild_id": str(GUILD),
        "user": user(1),
        "roles": [],
        "nick": None,
        "communication_disabled_until": until,
    }
    change = await updater.member_update(dumps(update))
    assert change.after is not None and change.after.nick is None
    assert change.after.communication_disabled_until == datetime(2030, 1, 1, tzinfo=UTC)
    assert change.after.roles == ()


async def test_member_chunks_add_members_and_presences(cache: Cache, updater: CacheUpdater) -> None:
    await updater.guild_create(guild(members=[member(0)], large=True, member_count=5))
    chunk = {
        "guild_id": str(GUILD),
        "members": [member(n, roles=(ROLE_B,)) for n in range(5)],  # 0 is already cached
        "presences": [{"user": {"id": str(user_id(3))}, "status": "idle"}],
        "chunk_index": 0,
        "chunk_count": 1,
    }
    assert await updater.members_chunk(dumps(chunk)) == 5
    members = await cache.get_members(GUILD)
    assert len(members) == 5 and all(m.roles == (ROLE_B,) for m in members)
    role_b = await cache.get_role(GUILD, ROLE_B)
    assert role_b is not None and all(m.roles[0] is role_b.id for m in members)
    presence = await cache.get_presence(GUILD, user_id(3))
    assert presence is not None and presence.status == "idle"
    assert cache.user_pool.references(user_id(0)) == 0  # re-chunking a member adds no reference
    await updater.member_remove(dumps({"guild_id": str(GUILD), "user": user(0)}))
    assert await cache.get_user(user_id(0)) is None


async def test_wants_chunk_follows_the_switch(updater: CacheUpdater) -> None:
    off = Cache()
    await CacheUpdater(off).guild_create(guild(large=True, member_count=100))
    assert not await off.wants_chunk(GUILD)
    on = Cache(CachePolicy(chunk_members_on_startup=True))
    on_updater = CacheUpdater(on)
    await on_updater.guild_create(guild(large=True, member_count=100))
    assert await on.wants_chunk(GUILD)
    await on_updater.guild_create(guild(OTHER_GUILD, large=False))
    assert not await on.wants_chunk(OTHER_GUILD)


async def test_roles_create_update_delete(cache: Cache, updater: CacheUpdater) -> None:
    await updater.guild_create(guild())
    new = 2_000_000_000_000_000_009
    created = await updater.role_upsert(dumps({"guild_id": str(GUILD), "role": role(new, "mods")}))
    assert created.created
    updated = await updater.role_upsert(dumps({"guild_id": str(GUILD), "role": role(new, "admins")}))
    assert updated.before is not None and updated.before.name == "mods"
    assert updated.after is not None and updated.after.name == "admins" and updated.after.permissions == 8
    deleted = await updater.role_delete(dumps({"guild_id": str(GUILD), "role_id": str(new)}))
    assert deleted.removed and await cache.get_role(GUILD, new) is None


async def test_emojis_update_reports_each_difference(cache: Cache, updater: CacheUpdater) -> None:
    await updater.guild_create(guild())
    emojis = [{"id": "6000000000000000001", "name": "waves"}, {"id": "6000000000000000002", "name": "new"}]
    changes = await updater.emojis_update(dumps({"guild_id": str(GUILD), "emojis": emojis}))
    assert {(c.before.name if c.before else None, c.after.name if c.after else None) for c in changes} == {
        (None, "new"),
        ("wave", "waves"),
    }
    changes = await updater.emojis_update(dumps({"guild_id": str(GUILD), "emojis": []}))
    assert len(changes) == 2 and all(c.removed for c in changes)
    assert await cache.get_emojis(GUILD) == []


async def test_stickers_update(cache: Cache, updater: CacheUpdater) -> None:
    await updater.guild_create(guild())
    stickers = [{"id": "7000000000000000001", "name": "s", "tags": "x", "format_type": 1}]
    changes = await updater.stickers_update(dumps({"guild_id": str(GUILD), "stickers": stickers}))
    assert len(changes) == 1 and changes[0].created
    assert [s.name for s in await cache.get_stickers(GUILD)] == ["s"]


async def test_channels_create_update_delete(cache: Cache, updater: CacheUpdater) -> None:
    await updater.guild_create(guild())
    new = 3_000_000_000_000_000_009
    created = await updater.channel_upsert(dumps(channel(new, name="news", topic="t")))
    assert created.created and (await cache.get_channel(new)) is not None
    overwrite = {"id": str(ROLE_A), "type": 0, "allow": "1024", "deny": "0"}
    updated = await updater.channel_upsert(
        dumps(channel(new, name="news2", permission_overwrites=[overwrite]))
    )
    assert updated.before is not None and updated.before.name == "news"
    assert updated.after is not None and updated.after.permission_overwrites[0].allow == 1024
    await updater.message_upsert(message(1, channel_id=TEXT))
    deleted = await updater.channel_delete(dumps(channel(TEXT)))
    assert deleted.removed
    assert await cache.get_channel(TEXT) is None
    assert await cache.get_message(TEXT, 1) is None
    assert await cache.get_channel(THREAD) is None  # its thread went with it


async def test_threads_create_update_delete_and_member_counts(cache: Cache, updater: CacheUpdater) -> None:
    await updater.guild_create(guild())
    created = await updater.thread_upsert(dumps({**thread(THREAD_2), "newly_created": True}))
    assert created.created
    archived = {**thread(THREAD_2), "thread_metadata": {"archived": True, "auto_archive_duration": 60}}
    updated = await updater.thread_upsert(dumps(archived))
    assert updated.after is not None and updated.after.thread_metadata is not None
    assert updated.after.thread_metadata.archived
    counted = await updater.thread_members_update(
        dumps({"id": str(THREAD_2), "guild_id": str(GUILD), "member_count": 7})
    )
    assert counted.before is not None and counted.after is not None and counted.after.member_count == 7
    subset = {"id": str(THREAD_2), "guild_id": str(GUILD), "parent_id": str(TEXT), "type": 11}
    deleted = await updater.thread_delete(dumps(subset))
    assert deleted.removed and await cache.get_channel(THREAD_2) is None


async def test_thread_list_sync_for_some_parents(cache: Cache, updater: CacheUpdater) -> None:
    await updater.guild_create(guild())
    other_parent = 3_000_000_000_000_000_050
    await updater.thread_upsert(dumps(thread(THREAD_2, parent_id=other_parent)))
    fresh = 3_000_000_000_000_000_103
    sync = {"guild_id": str(GUILD), "channel_ids": [str(TEXT)], "threads": [thread(fresh)], "members": []}
    changes = await updater.thread_list_sync(dumps(sync))
    assert {(c.before.id if c.before else None, c.after.id if c.after else None) for c in changes} == {
        (THREAD, None),
        (None, fresh),
    }
    assert sorted(t.id for t in await cache.get_threads(GUILD)) == [THREAD_2, fresh]  # other parent kept


async def test_thread_list_sync_for_the_whole_guild(cache: Cache, updater: CacheUpdater) -> None:
    await updater.guild_create(guild())
    await updater.thread_upsert(dumps(thread(THREAD_2, parent_id=VOICE)))
    sync = {"guild_id": str(GUILD), "threads": [thread(THREAD)], "members": []}
    changes = await updater.thread_list_sync(dumps(sync))
    assert [(c.before.id if c.before else None, c.after) for c in changes] == [(THREAD_2, None)]
    assert [t.id for t in await cache.get_threads(GUILD)] == [THREAD]


async def test_messages_create_update_delete(cache: Cache, updater: CacheUpdater) -> None:
    await updater.guild_create(guild())
    created = await updater.message_upsert(message(1, author=0))
    assert created.created and created.after is not None
    assert created.after.author is await cache.get_user(user_id(0))  # the shared user
    edited = await updater.message_upsert(message(1, author=0, content="edited"))
    assert edited.before is not None and edited.before.content == "hello"
    assert edited.after is not None and edited.after.content == "edited"
    partial = await updater.message_upsert(dumps({"id": "1", "channel_id": str(TEXT), "embeds": []}))
    assert partial.after is not None and partial.after.content == "edited"
    await updater.message_upsert(message(2))
    await updater.message_upsert(message(3))
    deleted = await updater.message_delete(dumps({"id": "1", "channel_id": str(TEXT)}))
    assert deleted.removed and deleted.before is not None and deleted.before.content == "edited"
    bulk = await updater.message_delete_bulk(dumps({"ids": ["2", "3", "4"], "channel_id": str(TEXT)}))
    assert sorted(c.before.id for c in bulk if c.before) == [2, 3]
    assert await cache.get_messages(TEXT) == []


async def test_messages_are_bounded() -> None:
    cache = Cache(CachePolicy(messages=StorePolicy(max_size=3, eviction=Eviction.FIFO)))
    updater = CacheUpdater(cache)
    for n in range(1, 6):
        await updater.message_upsert(message(n))
    assert sorted(m.id for m in await cache.get_messages(TEXT)) == [3, 4, 5]


async def test_presence_update_refreshes_the_user_and_drops_offline(
    cache: Cache, updater: CacheUpdater
) -> None:
    await updater.guild_create(guild())
    presence = {
        "user": {"id": str(user_id(2)), "username": "renamed"},
        "guild_id": str(GUILD),
        "status": "dnd",
        "activities": [],
        "client_status": {"desktop": "dnd"},
    }
    change = await updater.presence_update(dumps(presence))
    assert change.created and change.after is not None and change.after.client_status is not None
    assert change.after.client_status.desktop == "dnd"
    shared = await cache.get_user(user_id(2))
    assert shared is not None and shared.username == "renamed" and shared.discriminator == "0"
    member_record = await cache.get_member(GUILD, user_id(2))
    assert member_record is not None and member_record.user.username == "renamed"
    offline = await updater.presence_update(dumps({**presence, "status": "offline"}))
    assert offline.removed and await cache.get_presence(GUILD, user_id(2)) is None


async def test_presence_update_with_presences_off_refreshes_only_the_user() -> None:
    cache = Cache()  # the default policy: presences off
    updater = CacheUpdater(cache)
    await updater.guild_create(guild())
    presence = {
        "user": {"id": str(user_id(2)), "global_name": "Renamed"},
        "guild_id": str(GUILD),
        "status": "online",
        "activities": [{"name": "x", "type": 0, "unexpected": {"nested": [1, 2]}}],
    }
    change = await updater.presence_update(dumps(presence))
    assert change.before is None and change.after is None and change.guild_id == GUILD
    shared = await cache.get_user(user_id(2))
    assert shared is not None and shared.global_name == "Renamed" and shared.username == "user2"
    assert await cache.get_presence(GUILD, user_id(2)) is None


async def test_voice_states_join_move_leave(cache: Cache, updater: CacheUpdater) -> None:
    await updater.guild_create(guild())
    state = {"guild_id": str(GUILD), "user_id": str(user_id(2)), "channel_id": str(VOICE), "session_id": "x"}
    joined = await updater.voice_state_update(dumps(state))
    assert joined.created
    moved = await updater.voice_state_update(dumps({**state, "self_mute": True}))
    assert moved.before is not None and moved.after is not None and moved.after.self_mute
    left = await updater.voice_state_update(dumps({**state, "channel_id": None}))
    assert left.removed and await cache.get_voice_state(GUILD, user_id(2)) is None


async def test_ready_and_user_update(cache: Cache, updater: CacheUpdater) -> None:
    bot_user = {"id": str(BOT), "username": "bot", "discriminator": "1234", "bot": True}
    ready = {
        "v": 10,
        "user": bot_user,
        "guilds": [{"id": str(GUILD), "unavailable": True}],
        "session_id": "s",
    }
    changes = await updater.ready(dumps(ready))
    assert [c.after.unavailable for c in changes if c.after] == [True]
    assert cache.me is not None and cache.me.bot and await cache.get_user(BOT) is cache.me
    change = await updater.user_update(dumps({**bot_user, "username": "renamed"}))
    assert change.before is not None and change.before.username == "bot"
    assert change.after is cache.me and cache.me.username == "renamed"


async def test_ready_removes_guilds_left_while_away_on_its_shard_only(
    cache: Cache, updater: CacheUpdater
) -> None:
    even, odd = 2 << 22, 3 << 22  # shard 0 and shard 1 of 2
    for guild_id in (even, odd):
        await updater.guild_create(guild(guild_id, members=[]))
    bot_user = {"id": str(BOT), "username": "bot", "discriminator": "0"}
    listed = even + (2 << 22)  # also shard 0, still a member: kept with its contents, until GUILD_CREATE
    await updater.guild_create(guild(listed))
    ready = {"user": bot_user, "guilds": [{"id": str(listed), "unavailable": True}], "shard": [0, 2]}
    changes = await updater.ready(dumps(ready))
    assert await cache.get_guild(even) is None
    assert await cache.get_guild(odd) is not None
    kept = await cache.get_guild(listed)
    assert kept is not None and kept.unavailable and len(await cache.get_members(listed)) == 3
    assert {(c.before is None, c.after is None) for c in changes} == {(False, True), (False, False)}


async def test_apply_dispatches_by_gateway_name(cache: Cache, updater: CacheUpdater) -> None:
    assert "GUILD_CREATE" in updater.event_names
    change = await updater.apply("GUILD_CREATE", guild())
    assert await cache.get_guild(GUILD) is not None and change is not None
    assert await updater.apply("TYPING_START", b"{}") is None


async def test_generated_event_models_are_accepted(cache: Cache, updater: CacheUpdater) -> None:
    from echord._generated.events import event_decoder

    def decoded(name: str, payload: bytes) -> object:
        decode = event_decoder(name)
        assert decode is not None
        return decode(payload)

    await updater.guild_create(decoded("GUILD_CREATE", guild()))
    assert len(await cache.get_members(GUILD)) == 3
    assert len(await cache.get_channels(GUILD)) == 2
    change = await updater.member_add(
        decoded("GUILD_MEMBER_ADD", dumps({**member(5), "guild_id": str(GUILD)}))
    )
    assert change.after is not None and change.after.user.id == user_id(5)
    assert change.after.roles == (ROLE_A,)
    created = await updater.message_upsert(decoded("MESSAGE_CREATE", message(1)))
    assert created.after is not None and created.after.author.id == user_id(1)
    new = 3_000_000_000_000_000_009
    made = await updater.channel_upsert(decoded("CHANNEL_CREATE", dumps(channel(new, name="news"))))
    assert made.created and made.after is not None and made.after.name == "news"
    threaded = await updater.thread_upsert(decoded("THREAD_CREATE", dumps(thread(THREAD_2))))
    assert threaded.created and (await cache.get_channel(THREAD_2)) is not None
    gone = await updater.channel_delete(decoded("CHANNEL_DELETE", dumps(channel(new))))
    assert gone.removed
    assert (await cache.get_guild(GUILD)) is not None and await cache.guilds.count(GLOBAL) == 1


async def test_before_snapshots_do_not_follow_later_updates(cache: Cache, updater: CacheUpdater) -> None:
    await updater.guild_create(guild(members=[member(1)]))
    first = await updater.member_update(
        dumps({"guild_id": str(GUILD), "user": user(1), "roles": [], "nick": "a"})
    )
    edited = await updater.message_upsert(message(1, author=1))
    renamed = {"guild_id": str(GUILD), "user": user(1, username="renamed"), "roles": []}
    await updater.member_update(dumps(renamed))
    assert first.before is not None and first.before.user.username == "user1"
    assert first.after is not None and first.after.user.username == "renamed"  # the live record
    deleted = await updater.message_delete(dumps({"id": "1", "channel_id": str(TEXT)}))
    assert edited.after is not None and deleted.before is not None
    assert deleted.before.author.username == "renamed"
    await updater.presence_update(
        dumps({"user": {"id": str(user_id(1)), "username": "again"}, "guild_id": str(GUILD)})
    )
    assert deleted.before.author.username == "renamed"


async def test_dm_channels_resolve_without_a_guild(cache: Cache, updater: CacheUpdater) -> None:
    dm = 3_000_000_000_000_000_777
    await updater.channel_upsert(dumps({"id": str(dm), "type": 1}))
    found = await cache.get_channel(dm)
    assert found is not None and found.guild_id is None


async def test_a_malformed_presence_costs_only_itself(cache: Cache, updater: CacheUpdater) -> None:
    presences = [
        {"user": {"id": str(user_id(0))}, "status": "online", "activities": [{"name": "ok", "type": 0}]},
        {"user": {"id": str(user_id(1))}, "status": "online", "activities": [{"name": 5, "type": "x"}]},
    ]
    await updater.guild_create(guild(presences=presences))
    assert len(await cache.get_members(GUILD)) == 3
    assert await cache.get_presence(GUILD, user_id(0)) is not None
    assert await cache.get_presence(GUILD, user_id(1)) is None


async def test_mappings_are_accepted_like_raw_json(cache: Cache, updater: CacheUpdater) -> None:
    change = await updater.member_add({**member(4, nick="four"), "guild_id": str(GUILD)})
    assert change.after is not None and change.after.nick == "four" and change.after.user.id == user_id(4)
