"""One `UserRecord` per user id, shared by every guild the user is in, freed when the last one goes.

A user seen in one guild costs nothing beyond its record and one dict slot; only users in several cached
guilds get a count in `_extra`, so most bots pay for reference counting on a small minority of users.
Decoded discriminators are fresh strings ("0" for almost everyone), so new users get the interned one.
Counts are per process: with a shared Redis store, a user record is deleted when the last guild of *this*
process drops it (members embed their user, so member reads never miss).
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from sys import intern

import msgspec

from .records import MemberRecord, UserRecord
from .stores import GLOBAL, Store

__all__ = ["UserPool"]

_USER_FIELDS = UserRecord.__struct_fields__


def overwrite(target: UserRecord, source: UserRecord) -> None:
    """Copy `source`'s fields into the shared `target`, so every member pointing at it sees them."""
    for name in _USER_FIELDS:
        setattr(target, name, getattr(source, name))


class UserPool:
    """The users store plus membership counting."""

    def __init__(self, store: Store[UserRecord]) -> None:
        self.store = store
        self._extra: dict[int, int] = {}
        self.pinned: set[int] = set()
        """Users never released (the bot itself)."""

    async def adopt_members(self, members: Iterable[MemberRecord], already_members: Container[int]) -> None:
        """Point each member at the shared user record, creating or refreshing it; counts new memberships.

        `already_members` holds the ids that were members of this guild before, which adds no reference.
        """
        members = members if isinstance(members, list) else list(members)
        known = await self.store.get_many(GLOBAL, [member.user.id for member in members])
        fresh: dict[int, UserRecord] = {}
        extra = self._extra
        for member in members:
            user = member.user
            shared = known.get(user.id)
            if shared is None:  # the first reference is implied by the record existing
                user.discriminator = intern(user.discriminator)
                fresh[user.id] = user
                known[user.id] = user
                continue
            if shared is not user:
                if shared != user:
                    overwrite(shared, user)
                member.user = shared
            if user.id not in already_members:
                extra[shared.id] = extra.get(shared.id, 0) + 1
        if fresh:
            await self.store.set_many(GLOBAL, fresh)

    async def adopt(self, user: UserRecord, *, new_reference: bool) -> tuple[UserRecord, UserRecord | None]:
        """The shared record for `user` (refreshed from it), and a snapshot of it before, if it changed."""
        shared = await self.store.get(GLOBAL, user.id)
        if shared is None:
            user.discriminator = intern(user.discriminator)
            await self.store.set(GLOBAL, user.id, user)
            return user, None
        before: UserRecord | None = None
        if shared is not user and shared != user:
            before = msgspec.structs.replace(shared)
            overwrite(shared, user)
            await self.store.set(GLOBAL, shared.id, shared)
        if new_reference:
            self._extra[shared.id] = self._extra.get(shared.id, 0) + 1
        return shared, before

    async def peek(self, user_id: int) -> UserRecord | None:
        """The shared record, if cached; adds no reference."""
        return await self.store.get(GLOBAL, user_id)

    async def release(self, user_ids: Iterable[int]) -> None:
        """Drop one reference per id; users with none left are removed."""
        gone: list[int] = []
        extra = self._extra
        for user_id in user_ids:
            count = extra.get(user_id)
            if count is None:
                if user_id not in self.pinned:
                    gone.append(user_id)
            elif count > 1:
                extra[user_id] = count - 1
            else:
                del extra[user_id]
        if gone:
            await self.store.delete_many(GLOBAL, gone)

    def references(self, user_id: int) -> int:
        """How many memberships beyond the first keep this user (for tests and diagnostics)."""
        return self._extra.get(user_id, 0)

    async def clear(self) -> None:
        """Forget every user and count."""
        self._extra.clear()
        await self.store.clear()
