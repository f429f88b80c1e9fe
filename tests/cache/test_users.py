"""One UserRecord per user id, shared across guilds, and freed with the user's last cached guild."""

from __future__ import annotations

from echord.cache import GLOBAL, Cache, CachePolicy, CacheUpdater, Eviction, StorePolicy

from .factories import BOT, GUILD, OTHER_GUILD, dumps, guild, member, user, user_id


async def test_one_user_object_across_guilds_and_events() -> None:
    cache = Cache()
    updater = CacheUpdater(cache)
    await updater.guild_create(guild(GUILD, members=[member(1), member(2)]))
    await updater.guild_create(guild(OTHER_GUILD, members=[member(1)]))
    here = await cache.get_member(GUILD, user_id(1))
    there = await cache.get_member(OTHER_GUILD, user_id(1))
    assert here is not None and there is not None and here.user is there.user
    assert await cache.users.count() == 2
    # a change seen in one guild is visible through every member
    update = {"guild_id": str(OTHER_GUILD), "user": user(1, avatar="new"), "roles": []}
    await updater.member_update(dumps(update))
    assert here.user.avatar == "new"


async def test_user_lives_while_any_guild_has_it() -> None:
    cache = Cache()
    updater = CacheUpdater(cache)
    await updater.guild_create(guild(GUILD, members=[member(1)]))
    await updater.guild_create(guild(OTHER_GUILD, members=[member(1)]))
    await updater.member_add(
        dumps({**member(1), "guild_id": str(GUILD)})
    )  # a duplicate add: no new reference
    assert cache.user_pool.references(user_id(1)) == 1
    await updater.member_remove(dumps({"guild_id": str(GUILD), "user": user(1)}))
    assert await cache.get_user(user_id(1)) is not None
    await updater.guild_delete(dumps({"id": str(OTHER_GUILD)}))
    assert await cache.get_user(user_id(1)) is None
    assert await cache.users.count() == 0


async def test_evicted_members_release_their_users() -> None:
    policy = CachePolicy(members=StorePolicy(max_size=2, eviction=Eviction.FIFO))
    cache = Cache(policy)
    updater = CacheUpdater(cache)
    await updater.guild_create(guild(GUILD, members=[member(n) for n in range(4)]))
    assert await cache.members.count() == 2
    assert sorted(u.id for u in [await cache.get_user(user_id(n)) for n in range(4)] if u) == [
        user_id(2),
        user_id(3),
    ]


async def test_the_bot_user_is_never_released() -> None:
    cache = Cache()
    updater = CacheUpdater(cache)
    bot = {"id": str(BOT), "username": "bot", "discriminator": "0", "bot": True}
    await updater.ready(dumps({"user": bot, "guilds": [{"id": str(GUILD), "unavailable": True}]}))
    await updater.guild_create(guild(GUILD, members=[{**member(0), "user": bot}]))
    me = await cache.get_member(GUILD, BOT)
    assert me is not None and me.user is cache.me
    await updater.guild_delete(dumps({"id": str(GUILD)}))
    assert await cache.users.get(GLOBAL, BOT) is cache.me


async def test_users_store_off_still_gives_members_their_user() -> None:
    cache = Cache(CachePolicy(users=StorePolicy(enabled=False)))
    updater = CacheUpdater(cache)
    await updater.guild_create(guild(GUILD, members=[member(1)]))
    record = await cache.get_member(GUILD, user_id(1))
    assert record is not None and record.user.username == "user1"
    assert await cache.get_user(user_id(1)) is None
