"""The client's resource surface: the managers (`client.guilds`, `client.members`, ...), a few shortcuts, and
structures for events, so a listener can `await client.message(event).reply("pong")`.

Everything here goes through `echord.managers.Managers`, built once per client on its REST client and cache
(and the cache feed's updater, so fetched objects and gateway events update the same cache).
"""

from __future__ import annotations

from echord._generated import models as m
from echord._generated.events import GuildMemberAdd, MessageCreate, MessageUpdate
from echord.managers import (
    ChannelManager,
    EmojiManager,
    GuildManager,
    InviteManager,
    Managers,
    MemberManager,
    MessageManager,
    RoleManager,
    StickerManager,
    ThreadManager,
    UserManager,
    WebhookManager,
)
from echord.structures import AnyChannel, DMChannel, Guild, Member, Message, User

__all__ = ["Resources"]


class Resources:
    """Managers and shortcuts of a client; the client sets `managers` before anything here is used."""

    managers: Managers
    """Every manager, also the state each structure carries (REST + cache look-ups)."""

    # ------------------------------------------------------------------ managers

    @property
    def users(self) -> UserManager:
        return self.managers.users

    @property
    def guilds(self) -> GuildManager:
        return self.managers.guilds

    @property
    def channels(self) -> ChannelManager:
        return self.managers.channels

    @property
    def threads(self) -> ThreadManager:
        return self.managers.threads

    @property
    def members(self) -> MemberManager:
        return self.managers.members

    @property
    def roles(self) -> RoleManager:
        return self.managers.roles

    @property
    def messages(self) -> MessageManager:
        return self.managers.messages

    @property
    def emojis(self) -> EmojiManager:
        return self.managers.emojis

    @property
    def stickers(self) -> StickerManager:
        return self.managers.stickers

    @property
    def webhooks(self) -> WebhookManager:
        return self.managers.webhooks

    @property
    def invites(self) -> InviteManager:
        return self.managers.invites

    # ------------------------------------------------------------------ shortcuts

    async def fetch_user(self, user_id: int) -> User:
        """A user from the API (the cache is refreshed with it)."""
        return await self.managers.users.fetch(user_id)

    async def fetch_guild(self, guild_id: int, *, with_counts: bool = False) -> Guild:
        """A guild from the API; `with_counts` adds approximate member and presence counts."""
        return await self.managers.guilds.fetch(guild_id, with_counts=with_counts)

    async def fetch_channel(self, channel_id: int) -> AnyChannel:
        """A channel or thread from the API, as the structure of its type."""
        return await self.managers.channels.fetch(channel_id)

    async def create_dm(self, user_id: int) -> DMChannel:
        """The DM channel with a user (Discord returns the existing one if there is one)."""
        return await self.managers.users.create_dm(user_id)

    async def send_message(self, channel_id: int, content: str, *, reply_to: int | None = None) -> Message:
        """Send a text message, optionally as a reply to a message of the same channel."""
        if reply_to is None:
            return await self.managers.messages.send(channel_id, content)
        original = Message.partial(self.managers, channel_id, reply_to)
        return await original.reply(content, fail_if_not_exists=False)

    # ------------------------------------------------------------------ structures for events

    def message(self, event: MessageCreate | MessageUpdate | m.MessageResponse) -> Message:
        """The `Message` structure of a message event: `reply`, `edit`, `add_reaction`, `delete`, ..."""
        guild_id = event.guild_id if isinstance(event, MessageCreate | MessageUpdate) else None
        return Message(self.managers, event, guild_id=int(guild_id) if guild_id else None)

    def member(self, event: GuildMemberAdd) -> Member:
        """The `Member` structure of a join: `add_role`, `timeout`, `kick`, `edit`, `get_guild`, ..."""
        return Member(self.managers, event, guild_id=int(event.guild_id))
