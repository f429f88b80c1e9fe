"""Guild-side mutations: users, guilds, members, roles, channels, bans, emojis, invites, webhooks."""

from __future__ import annotations

import secrets

from . import api_errors, payloads
from .models import Channel, ChannelType, Emoji, Guild, Invite, Member, Role, User, Webhook
from .permissions import DEFAULT_EVERYONE_PERMISSIONS, Overwrite
from .snowflakes import iso_timestamp
from .store import WorldStore


class GuildOps(WorldStore):
    """Changes to guilds and what hangs off them; every change emits the gateway event Discord sends."""

    def add_user(self, username: str, *, bot: bool = False, global_name: str | None = None) -> User:
        record = User(id=self.new_id(), username=username, bot=bot, global_name=global_name)
        self.users[record.id] = record
        return record

    def create_guild(self, name: str, owner: User, *, with_bot: bool = True) -> Guild:
        """A guild with its @everyone role, the owner as a member, and (by default) the bot."""
        guild = Guild(id=self.new_id(), name=name, owner_id=owner.id, created_at=iso_timestamp())
        guild.roles[guild.id] = Role(
            id=guild.id, guild_id=guild.id, name="@everyone", permissions=DEFAULT_EVERYONE_PERMISSIONS
        )
        self.guilds[guild.id] = guild
        guild.members[owner.id] = Member(guild.id, owner.id, joined_at=iso_timestamp())
        if with_bot:
            self.add_member(guild.id, self.bot.id)
        return guild

    def add_member(self, guild_id: int, user_id: int, *, roles: list[int] | None = None) -> Member:
        """A user joins: GUILD_MEMBER_ADD, or GUILD_CREATE when the joining user is the bot."""
        guild = self.guild(guild_id)
        self.user(user_id)
        if user_id in guild.bans:
            raise api_errors.APIError(403, 40007, "The user is banned from this guild.")
        member = Member(guild.id, user_id, joined_at=iso_timestamp(), roles=list(roles or []))
        guild.members[user_id] = member
        if user_id == self.bot.id:
            self.emit("GUILD_CREATE", {"id": str(guild.id)}, guild_id=guild.id)
        else:
            data = payloads.member(self, member)
            data["guild_id"] = str(guild.id)
            self.emit("GUILD_MEMBER_ADD", data, guild_id=guild.id)
        return member

    def remove_member(self, guild_id: int, user_id: int) -> None:
        guild = self.guild(guild_id)
        if guild.members.pop(user_id, None) is None:
            raise api_errors.unknown("Member")
        if user_id == self.bot.id:
            self.emit("GUILD_DELETE", {"id": str(guild.id)}, guild_id=guild.id)
        else:
            data = {"guild_id": str(guild.id), "user": payloads.user(self.users[user_id])}
            self.emit("GUILD_MEMBER_REMOVE", data, guild_id=guild.id)

    def update_member(
        self,
        guild_id: int,
        user_id: int,
        *,
        nick: str | bool | None = False,
        roles: list[int] | None = None,
        communication_disabled_until: str | bool | None = False,
    ) -> Member:
        """Change a member (`False` leaves a field alone) and emit GUILD_MEMBER_UPDATE."""
        guild = self.guild(guild_id)
        member = self.member(guild_id, user_id)
        if nick is not False:
            member.nick = nick if isinstance(nick, str) else None
        if roles is not None:
            for role_id in roles:
                if role_id not in guild.roles:
                    raise api_errors.unknown("Role")
            member.roles = [r for r in dict.fromkeys(roles) if r != guild.id]
        if communication_disabled_until is not False:
            member.communication_disabled_until = (
                communication_disabled_until if isinstance(communication_disabled_until, str) else None
            )
        data = payloads.member(self, member)
        data["guild_id"] = str(guild.id)
        self.emit("GUILD_MEMBER_UPDATE", data, guild_id=guild.id)
        return member

    def ban(self, guild_id: int, user_id: int, reason: str | None = None) -> None:
        guild = self.guild(guild_id)
        user = self.user(user_id)
        if user_id in guild.members:
            self.remove_member(guild_id, user_id)
        guild.bans[user_id] = reason
        self.emit(
            "GUILD_BAN_ADD", {"guild_id": str(guild.id), "user": payloads.user(user)}, guild_id=guild.id
        )

    def unban(self, guild_id: int, user_id: int) -> None:
        guild = self.guild(guild_id)
        if guild.bans.pop(user_id, 0) == 0:
            raise api_errors.unknown("Ban")
        data = {"guild_id": str(guild.id), "user": payloads.user(self.user(user_id))}
        self.emit("GUILD_BAN_REMOVE", data, guild_id=guild.id)

    # -- roles ----------------------------------------------------------------------------------------

    def create_role(
        self, guild_id: int, name: str = "new role", *, permissions: int = 0, **fields: object
    ) -> Role:
        guild = self.guild(guild_id)
        role = Role(id=self.new_id(), guild_id=guild.id, name=name, permissions=permissions)
        role.position = max((r.position for r in guild.roles.values()), default=0) + 1
        for key, value in fields.items():
            setattr(role, key, value)
        guild.roles[role.id] = role
        self._emit_role("GUILD_ROLE_CREATE", role)
        return role

    def update_role(self, guild_id: int, role_id: int, **fields: object) -> Role:
        role = self.role(guild_id, role_id)
        for key, value in fields.items():
            setattr(role, key, value)
        self._emit_role("GUILD_ROLE_UPDATE", role)
        return role

    def delete_role(self, guild_id: int, role_id: int) -> None:
        guild = self.guild(guild_id)
        self.role(guild_id, role_id)
        if role_id == guild.id:
            raise api_errors.APIError(400, 50028, "Invalid role")
        del guild.roles[role_id]
        for member in guild.members.values():
            if role_id in member.roles:
                member.roles.remove(role_id)
        data = {"guild_id": str(guild.id), "role_id": str(role_id)}
        self.emit("GUILD_ROLE_DELETE", data, guild_id=guild.id)

    def role(self, guild_id: int, role_id: int) -> Role:
        role = self.guild(guild_id).roles.get(role_id)
        if role is None:
            raise api_errors.unknown("Role")
        return role

    def _emit_role(self, name: str, role: Role) -> None:
        data = {"guild_id": str(role.guild_id), "role": payloads.role(role)}
        self.emit(name, data, guild_id=role.guild_id)

    # -- channels -------------------------------------------------------------------------------------

    def create_channel(
        self,
        guild_id: int,
        name: str,
        type: int = ChannelType.GUILD_TEXT,
        *,
        parent_id: int | None = None,
        overwrites: list[Overwrite] | None = None,
        **fields: object,
    ) -> Channel:
        guild = self.guild(guild_id)
        if parent_id is not None and self.channel(parent_id).type != ChannelType.GUILD_CATEGORY:
            raise api_errors.invalid_form_body(
                {"parent_id": {"_errors": [{"code": "CHANNEL_PARENT_INVALID", "message": "Not a category"}]}}
            )
        channel = Channel(
            id=self.new_id(),
            type=type,
            guild_id=guild.id,
            name=name,
            parent_id=parent_id,
            overwrites=list(overwrites or []),
            position=len(guild.channel_ids),
        )
        for key, value in fields.items():
            setattr(channel, key, value)
        self.channels[channel.id] = channel
        self.messages[channel.id] = {}
        guild.channel_ids.append(channel.id)
        self.emit("CHANNEL_CREATE", payloads.channel(self, channel), guild_id=guild.id, channel_id=channel.id)
        return channel

    def update_channel(self, channel_id: int, **fields: object) -> Channel:
        channel = self.channel(channel_id)
        for key, value in fields.items():
            setattr(channel, key, value)
        event = "THREAD_UPDATE" if channel.type in ChannelType.THREADS else "CHANNEL_UPDATE"
        self.emit(event, payloads.channel(self, channel), guild_id=channel.guild_id, channel_id=channel.id)
        return channel

    def delete_channel(self, channel_id: int) -> Channel:
        channel = self.channel(channel_id)
        data = payloads.channel(self, channel)
        del self.channels[channel_id]
        self.messages.pop(channel_id, None)
        if channel.guild_id is not None:
            self.guilds[channel.guild_id].channel_ids.remove(channel_id)
        event = "THREAD_DELETE" if channel.type in ChannelType.THREADS else "CHANNEL_DELETE"
        self.emit(event, data, guild_id=channel.guild_id, channel_id=channel_id)
        return channel

    def set_overwrite(self, channel_id: int, overwrite: Overwrite) -> None:
        channel = self.channel(channel_id)
        channel.overwrites = [o for o in channel.overwrites if o.id != overwrite.id] + [overwrite]
        self.update_channel(channel_id)

    def delete_overwrite(self, channel_id: int, target_id: int) -> None:
        channel = self.channel(channel_id)
        channel.overwrites = [o for o in channel.overwrites if o.id != target_id]
        self.update_channel(channel_id)

    def open_dm(self, user_id: int) -> Channel:
        """The DM channel between the bot and a user (created once, like Discord)."""
        self.user(user_id)
        for channel in self.channels.values():
            if channel.type == ChannelType.DM and set(channel.recipient_ids) == {user_id, self.bot.id}:
                return channel
        channel = Channel(id=self.new_id(), type=ChannelType.DM, recipient_ids=[self.bot.id, user_id])
        self.channels[channel.id] = channel
        self.messages[channel.id] = {}
        return channel

    # -- emojis, invites, webhooks ------------------------------------------------------------------------

    def create_emoji(self, guild_id: int, name: str, *, user_id: int | None = None) -> Emoji:
        guild = self.guild(guild_id)
        emoji = Emoji(id=self.new_id(), guild_id=guild.id, name=name, user_id=user_id)
        guild.emojis[emoji.id] = emoji
        data = {"guild_id": str(guild.id), "emojis": [payloads.emoji(self, e) for e in guild.emojis.values()]}
        self.emit("GUILD_EMOJIS_UPDATE", data, guild_id=guild.id)
        return emoji

    def delete_emoji(self, guild_id: int, emoji_id: int) -> None:
        guild = self.guild(guild_id)
        if guild.emojis.pop(emoji_id, None) is None:
            raise api_errors.unknown("Emoji")
        data = {"guild_id": str(guild.id), "emojis": [payloads.emoji(self, e) for e in guild.emojis.values()]}
        self.emit("GUILD_EMOJIS_UPDATE", data, guild_id=guild.id)

    def create_invite(
        self, channel_id: int, inviter_id: int, *, max_age: int = 86400, max_uses: int = 0
    ) -> Invite:
        channel = self.channel(channel_id)
        if channel.guild_id is None:
            raise api_errors.unknown("Channel")
        invite = Invite(
            code=secrets.token_urlsafe(6)[:8],
            guild_id=channel.guild_id,
            channel_id=channel.id,
            inviter_id=inviter_id,
            created_at=iso_timestamp(),
            max_age=max_age,
            max_uses=max_uses,
        )
        self.invites[invite.code] = invite
        data = {
            "channel_id": str(channel.id),
            "code": invite.code,
            "created_at": invite.created_at,
            "guild_id": str(channel.guild_id),
            "inviter": payloads.user(self.users[inviter_id]),
            "max_age": max_age,
            "max_uses": max_uses,
            "temporary": False,
            "uses": 0,
        }
        self.emit("INVITE_CREATE", data, guild_id=channel.guild_id, channel_id=channel.id)
        return invite

    def create_webhook(self, channel_id: int, name: str, *, user_id: int) -> Webhook:
        channel = self.channel(channel_id)
        webhook = Webhook(
            id=self.new_id(),
            type=1,
            name=name,
            token=secrets.token_urlsafe(48),
            channel_id=channel.id,
            guild_id=channel.guild_id,
            user_id=user_id,
        )
        self.webhooks[webhook.id] = webhook
        self._emit_webhooks_update(channel)
        return webhook

    def delete_webhook(self, webhook_id: int) -> None:
        webhook = self.webhooks.pop(webhook_id, None)
        if webhook is None:
            raise api_errors.unknown("Webhook")
        self._emit_webhooks_update(self.channels[webhook.channel_id])

    def _emit_webhooks_update(self, channel: Channel) -> None:
        data = {"guild_id": str(channel.guild_id), "channel_id": str(channel.id)}
        self.emit("WEBHOOKS_UPDATE", data, guild_id=channel.guild_id, channel_id=channel.id)
