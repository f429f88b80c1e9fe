"""`Guild`: a server, and its moderation and management API."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from echord._generated import models as m
from echord._support import UNSET, Snowflake, UnknownVariant, UnsetType
from echord.utils import Permissions, guild_icon_url

from .audit_log import AuditLogEntry
from .ban import Ban
from .base import Identified
from .channel import AnyChannel, Thread, channel_from
from .emoji import Emoji
from .member import Member
from .pagination import Page, Paginator
from .role import Role
from .state import HasId, StructureState, snowflake

if TYPE_CHECKING:
    from .automod import AutoModerationRule
    from .integration import Integration
    from .invite import Invite
    from .scheduled_event import ScheduledEvent
    from .soundboard import SoundboardSound
    from .sticker import Sticker
    from .voice_state import VoiceState
    from .webhook import Webhook

__all__ = ["Guild"]

_MEMBERS_PAGE = 1000
_BANS_PAGE = 1000
_AUDIT_PAGE = 100


class Guild(Identified[m.GuildResponse | m.GuildWithCountsResponse]):
    """A guild. From the cache it has the guild's own fields; roles, emojis and stickers are filled when it
    comes from Discord (`fetch`)."""

    __slots__ = ()

    @classmethod
    def partial(cls, state: StructureState, guild_id: int) -> Guild:
        """A guild known only by id: enough for its API methods, its other fields are UNSET."""
        return cls(state, m.GuildResponse(id=Snowflake(guild_id)))

    @property
    def name(self) -> str:
        """The guild's name."""
        return self.data.name

    @property
    def owner_id(self) -> Snowflake:
        """The owner's user id."""
        return self.data.owner_id

    @property
    def icon_url(self) -> str | None:
        """The icon's CDN URL, if the guild has one."""
        return guild_icon_url(self.id, self.data.icon) if self.data.icon else None

    @property
    def roles(self) -> list[Role]:
        """The roles Discord sent with the guild (empty for a cached guild: use `fetch_roles`)."""
        return [Role(self._state, r, guild_id=self.id) for r in self.data.roles or ()]

    @property
    def emojis(self) -> list[Emoji]:
        """The custom emoji Discord sent with the guild."""
        return [Emoji(self._state, e, guild_id=self.id) for e in self.data.emojis or ()]

    @property
    def features(self) -> list[str]:
        """The guild's feature strings (COMMUNITY, …)."""
        return list(self.data.features or ())

    # cache

    async def get_member(self, user: int | HasId) -> Member | None:
        """A member from the cache."""
        return await self._state.cached_member(self.id, snowflake(user))

    async def get_channel(self, channel: int | HasId) -> AnyChannel | None:
        """A channel or thread of this guild from the cache."""
        return await self._state.cached_channel(snowflake(channel), self.id)

    async def get_role(self, role: int | HasId) -> Role | None:
        """A role from the cache."""
        return await self._state.cached_role(self.id, snowflake(role))

    # REST reads

    async def fetch(self, *, with_counts: bool = False) -> Guild:
        """The guild as Discord has it now (`with_counts`: approximate member and presence counts)."""
        return Guild(self._state, await self._state.rest.get_guild(self.id, with_counts=with_counts or UNSET))

    async def fetch_member(self, user: int | HasId) -> Member:
        """One member from Discord."""
        data = await self._state.rest.get_guild_member(self.id, snowflake(user))
        return Member(self._state, data, guild_id=self.id)

    async def fetch_channels(self) -> list[AnyChannel]:
        """Every channel (not threads) from Discord."""
        return [channel_from(self._state, c) for c in await self._state.rest.list_guild_channels(self.id)]

    async def fetch_roles(self) -> list[Role]:
        """Every role from Discord."""
        return [
            Role(self._state, r, guild_id=self.id) for r in await self._state.rest.list_guild_roles(self.id)
        ]

    async def fetch_emojis(self) -> list[Emoji]:
        """Every custom emoji from Discord."""
        return [
            Emoji(self._state, e, guild_id=self.id) for e in await self._state.rest.list_guild_emojis(self.id)
        ]

    async def active_threads(self) -> list[Thread]:
        """Every active (unarchived) thread the bot can see."""
        data = await self._state.rest.get_active_guild_threads(self.id)
        return [Thread(self._state, t) for t in data.threads]

    def members(self, *, limit: int | None = 1000, after: int | HasId | None = None) -> Paginator[Member]:
        """Members in user-id order, fetched 1000 at a time (needs the GUILD_MEMBERS intent)."""
        cursor = [0 if after is None else int(snowflake(after))]

        async def page(remaining: int | None) -> Page[Member]:
            size = _MEMBERS_PAGE if remaining is None else min(remaining, _MEMBERS_PAGE)
            data = await self._state.rest.list_guild_members(self.id, limit=size, after=cursor[0])
            if data:
                cursor[0] = max(int(d.user.id) for d in data)
            return Page([Member(self._state, d, guild_id=self.id) for d in data], more=len(data) == size)

        return Paginator(page, limit=limit)

    async def search_members(self, query: str, *, limit: int = 100) -> list[Member]:
        """Members whose username or nickname starts with `query` (at most 1000)."""
        data = await self._state.rest.search_guild_members(self.id, query=query, limit=limit)
        return [Member(self._state, d, guild_id=self.id) for d in data]

    # moderation

    async def ban(
        self, user: int | HasId, *, delete_message_seconds: int | UnsetType = UNSET, reason: str | None = None
    ) -> None:
        """Ban a user (member or not), deleting their messages of the last `delete_message_seconds`."""
        body = m.BanUserFromGuildRequest(delete_message_seconds=delete_message_seconds)
        await self._state.rest.ban_user_from_guild(self.id, snowflake(user), body=body, reason=reason)

    async def unban(self, user: int | HasId, *, reason: str | None = None) -> None:
        """Lift a ban."""
        await self._state.rest.unban_user_from_guild(self.id, snowflake(user), reason=reason)

    async def kick(self, user: int | HasId, *, reason: str | None = None) -> None:
        """Remove a member (they can rejoin with an invite)."""
        await self._state.rest.delete_guild_member(self.id, snowflake(user), reason=reason)

    async def fetch_ban(self, user: int | HasId) -> Ban:
        """One ban (NotFound when the user is not banned)."""
        return Ban(
            self._state, await self._state.rest.get_guild_ban(self.id, snowflake(user)), guild_id=self.id
        )

    def bans(
        self, *, limit: int | None = 1000, before: int | HasId | None = None, after: int | HasId | None = None
    ) -> Paginator[Ban]:
        """The ban list, fetched 1000 at a time: in user-id order, or from `before` downwards."""
        backwards = before is not None and after is None
        start = before if backwards else after
        cursor: list[Snowflake] = [] if start is None else [snowflake(start)]

        async def page(remaining: int | None) -> Page[Ban]:
            size = _BANS_PAGE if remaining is None else min(remaining, _BANS_PAGE)
            point: Snowflake | UnsetType = cursor[-1] if cursor else UNSET
            if backwards:
                data = await self._state.rest.list_guild_bans(self.id, limit=size, before=point)
            else:
                data = await self._state.rest.list_guild_bans(self.id, limit=size, after=point)
            data.sort(key=lambda b: b.user.id, reverse=backwards)
            if data:
                cursor.append(data[-1].user.id)
            return Page([Ban(self._state, b, guild_id=self.id) for b in data], more=len(data) == size)

        return Paginator(page, limit=limit)

    def audit_logs(
        self,
        *,
        limit: int | None = 100,
        before: int | HasId | None = None,
        after: int | HasId | None = None,
        user: int | HasId | None = None,
        action: int | None = None,
    ) -> Paginator[AuditLogEntry]:
        """The audit log, fetched 100 at a time: newest first, or oldest first from `after`.

        `user` filters by who acted, `action` by action type. Needs VIEW_AUDIT_LOG.
        """
        forwards = after is not None
        start = after if after is not None else before
        cursor: list[Snowflake] = [] if start is None else [snowflake(start)]
        user_id = UNSET if user is None else snowflake(user)
        action_type = UNSET if action is None else action

        async def page(remaining: int | None) -> Page[AuditLogEntry]:
            size = _AUDIT_PAGE if remaining is None else min(remaining, _AUDIT_PAGE)
            point: Snowflake | UnsetType = cursor[-1] if cursor else UNSET
            data = await self._state.rest.list_guild_audit_log_entries(
                self.id,
                user_id=user_id,
                action_type=action_type,
                limit=size,
                after=point if forwards else UNSET,
                before=UNSET if forwards else point,
            )
            users = {u.id: u for u in data.users or ()}
            entries = sorted(data.audit_log_entries or (), key=lambda e: e.id, reverse=not forwards)
            if entries:
                cursor.append(entries[-1].id)
            items = [
                AuditLogEntry(
                    self._state,
                    e,
                    guild_id=self.id,
                    user=users.get(e.user_id) if e.user_id is not None else None,
                )
                for e in entries
            ]
            return Page(items, more=len(items) == size)

        return Paginator(page, limit=limit)

    async def prune(
        self,
        *,
        days: int = 7,
        roles: Sequence[int | HasId] = (),
        count: bool = True,
        reason: str | None = None,
    ) -> int | None:
        """Kick members inactive for `days` without roles (or only with `roles`); the number pruned."""
        body = m.PruneGuildRequest(
            days=days,
            compute_prune_count=count,
            include_roles=[snowflake(r) for r in roles] if roles else UNSET,
        )
        data = await self._state.rest.prune_guild(self.id, body=body, reason=reason)
        return data.pruned

    # creation and edits

    async def create_channel(
        self,
        name: str,
        *,
        type: int = 0,
        category: int | HasId | None = None,
        topic: str | UnsetType = UNSET,
        position: int | UnsetType = UNSET,
        nsfw: bool | UnsetType = UNSET,
        slowmode: int | UnsetType = UNSET,
        bitrate: int | UnsetType = UNSET,
        user_limit: int | UnsetType = UNSET,
        overwrites: Sequence[m.ChannelPermissionOverwriteRequest] | UnsetType = UNSET,
        reason: str | None = None,
    ) -> AnyChannel:
        """A new channel: text by default; `type=2` voice, 4 category, 5 announcement, 13 stage, 15 forum."""
        body = m.CreateGuildChannelRequest(
            name=name,
            type=type,
            parent_id=UNSET if category is None else snowflake(category),
            topic=topic,
            position=position,
            nsfw=nsfw,
            rate_limit_per_user=slowmode,
            bitrate=bitrate,
            user_limit=user_limit,
            permission_overwrites=list(overwrites) if not isinstance(overwrites, UnsetType) else UNSET,
        )
        data = await self._state.rest.create_guild_channel(self.id, body=body, reason=reason)
        return channel_from(self._state, data)

    async def create_role(
        self,
        name: str | UnsetType = UNSET,
        *,
        permissions: Permissions | int | UnsetType = UNSET,
        colour: int | UnsetType = UNSET,
        hoist: bool | UnsetType = UNSET,
        mentionable: bool | UnsetType = UNSET,
        unicode_emoji: str | UnsetType = UNSET,
        reason: str | None = None,
    ) -> Role:
        """A new role (Discord names it "new role" without `name`)."""
        body = m.CreateRoleRequest(
            name=name,
            permissions=int(permissions) if isinstance(permissions, int) else UNSET,
            color=int(colour) if isinstance(colour, int) else UNSET,
            hoist=hoist,
            mentionable=mentionable,
            unicode_emoji=unicode_emoji,
        )
        data = await self._state.rest.create_guild_role(self.id, body=body, reason=reason)
        return Role(self._state, data, guild_id=self.id)

    async def create_emoji(
        self, name: str, image: str, *, roles: Sequence[int | HasId] = (), reason: str | None = None
    ) -> Emoji:
        """A new custom emoji; `image` is a data URI (`echord.utils.image_data_uri(png_bytes)`)."""
        body = m.CreateGuildEmojiRequest(
            name=name, image=image, roles=[snowflake(r) for r in roles] if roles else UNSET
        )
        data = await self._state.rest.create_guild_emoji(self.id, body=body, reason=reason)
        return Emoji(self._state, data, guild_id=self.id)

    async def edit(
        self,
        *,
        name: str | UnsetType = UNSET,
        description: str | UnsetType | None = UNSET,
        icon: str | UnsetType | None = UNSET,
        afk_channel: int | HasId | UnsetType | None = UNSET,
        afk_timeout: int | UnsetType = UNSET,
        system_channel: int | HasId | UnsetType | None = UNSET,
        verification_level: int | UnsetType = UNSET,
        preferred_locale: str | UnsetType = UNSET,
        reason: str | None = None,
    ) -> Guild:
        """Change the guild's settings; only the arguments given are sent."""

        def ref(value: int | HasId | UnsetType | None) -> Snowflake | UnsetType | None:
            return value if value is None or isinstance(value, UnsetType) else snowflake(value)

        body = m.GuildPatchRequestPartial(
            name=name,
            description=description,
            icon=icon,
            afk_channel_id=ref(afk_channel),
            afk_timeout=afk_timeout,
            system_channel_id=ref(system_channel),
            verification_level=verification_level,
            preferred_locale=preferred_locale,
        )
        return Guild(self._state, await self._state.rest.update_guild(self.id, body=body, reason=reason))

    async def leave(self) -> None:
        """Make the bot leave the guild."""
        await self._state.rest.leave_guild(self.id)

    # related listings

    async def webhooks(self) -> list[Webhook]:
        """Every webhook of the guild."""
        from .webhook import Webhook

        data = await self._state.rest.get_guild_webhooks(self.id)
        return [Webhook(self._state, w) for w in data if not isinstance(w, UnknownVariant)]

    async def invites(self) -> list[Invite]:
        """Every active invite of the guild."""
        from .invite import Invite

        return [
            Invite(self._state, i)
            for i in await self._state.rest.list_guild_invites(self.id)
            if i is not None and not isinstance(i, UnknownVariant)
        ]

    async def integrations(self) -> list[Integration]:
        """The guild's integrations (bots, Twitch, YouTube, subscriptions)."""
        from .integration import Integration

        data = await self._state.rest.list_guild_integrations(self.id)
        return [
            Integration(self._state, i, guild_id=self.id) for i in data if not isinstance(i, UnknownVariant)
        ]

    async def scheduled_events(self, *, with_user_count: bool = False) -> list[ScheduledEvent]:
        """The guild's scheduled events."""
        from .scheduled_event import ScheduledEvent

        data = await self._state.rest.list_guild_scheduled_events(
            self.id, with_user_count=with_user_count or UNSET
        )
        return [ScheduledEvent(self._state, e) for e in data if not isinstance(e, UnknownVariant)]

    async def automod_rules(self) -> list[AutoModerationRule]:
        """The guild's auto-moderation rules."""
        from .automod import AutoModerationRule

        data = await self._state.rest.list_auto_moderation_rules(self.id)
        return [
            AutoModerationRule(self._state, r)
            for r in data
            if r is not None and not isinstance(r, UnknownVariant)
        ]

    async def stickers(self) -> list[Sticker]:
        """The guild's custom stickers."""
        from .sticker import Sticker

        return [Sticker(self._state, s) for s in await self._state.rest.list_guild_stickers(self.id)]

    async def soundboard_sounds(self) -> list[SoundboardSound]:
        """The guild's soundboard sounds."""
        from .soundboard import SoundboardSound

        data = await self._state.rest.list_guild_soundboard_sounds(self.id)
        return [SoundboardSound(self._state, s) for s in data.items]

    async def fetch_voice_state(self, user: int | HasId) -> VoiceState:
        """A user's voice state in this guild (NotFound when not in voice)."""
        from .voice_state import VoiceState

        return VoiceState(self._state, await self._state.rest.get_voice_state(self.id, snowflake(user)))
