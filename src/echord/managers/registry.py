"""`Managers`: every manager, built from one REST client and one cache; also the state structures use.

The client builds one `Managers(rest, cache)` and hands it to every structure it creates
(`Message(managers, data)`), so `message.get_guild()` reads the same cache and `message.reply()` sends
through the same REST client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from echord._generated.endpoints import RESTEndpoints
from echord.cache import Cache, CacheUpdater
from echord.structures import AnyChannel, Application, Guild, Member, Message, Role, User
from echord.structures.state import VoiceConnect

from .application_commands import ApplicationCommandManager
from .automod import AutoModerationManager
from .base import Manager
from .channels import ChannelManager
from .emojis import EmojiManager
from .entitlements import EntitlementManager
from .guilds import GuildManager
from .integrations import IntegrationManager
from .invites import InviteManager
from .members import MemberManager
from .messages import MessageManager
from .roles import RoleManager
from .scheduled_events import ScheduledEventManager
from .soundboard import SoundboardManager
from .stage_instances import StageInstanceManager
from .stickers import StickerManager
from .threads import ThreadManager
from .users import UserManager
from .webhooks import WebhookManager

if TYPE_CHECKING:
    from echord.voice import VoiceClient

__all__ = ["Managers"]


class Managers:
    """One manager per resource, and the `StructureState` every structure built on it uses.

    `cache=None` makes every `get` miss (REST only). `updater` is the `CacheUpdater` fetched objects are
    written through; by default one is built on `cache`. `application_id` is needed by the application
    command manager; when None it is fetched once from `/applications/@me`.
    """

    def __init__(
        self,
        rest: RESTEndpoints,
        cache: Cache | None = None,
        *,
        updater: CacheUpdater | None = None,
        application_id: int | None = None,
    ) -> None:
        self._rest = rest
        self._cache = cache
        self._updater = updater if updater is not None or cache is None else CacheUpdater(cache)
        self.application_id = application_id
        self.voice_connect: VoiceConnect | None = None
        """How `VoiceChannel.connect()` joins voice; an `echord.Client` sets it to its `voice_connect`."""
        self.users = UserManager(self)
        self.guilds = GuildManager(self)
        self.channels = ChannelManager(self)
        self.members = MemberManager(self)
        self.roles = RoleManager(self)
        self.messages = MessageManager(self)
        self.threads = ThreadManager(self)
        self.emojis = EmojiManager(self)
        self.stickers = StickerManager(self)
        self.webhooks = WebhookManager(self)
        self.invites = InviteManager(self)
        self.integrations = IntegrationManager(self)
        self.application_commands = ApplicationCommandManager(self)
        self.stage_instances = StageInstanceManager(self)
        self.scheduled_events = ScheduledEventManager(self)
        self.automod = AutoModerationManager(self)
        self.entitlements = EntitlementManager(self)
        self.soundboard = SoundboardManager(self)

    def __repr__(self) -> str:
        return f"Managers(rest={self._rest!r}, cache={'on' if self._cache is not None else 'off'})"

    @property
    def rest(self) -> RESTEndpoints:
        """The REST client every API call goes through."""
        return self._rest

    @property
    def cache(self) -> Cache | None:
        """The cache `get` reads, or None."""
        return self._cache

    @property
    def updater(self) -> CacheUpdater | None:
        """Where fetched objects are written into the cache, or None."""
        return self._updater

    def all(self) -> list[Manager]:
        """Every manager (for introspection and tests)."""
        return [value for value in vars(self).values() if isinstance(value, Manager)]

    async def fetch_application(self) -> Application:
        """The bot's application; remembers its id for the command manager."""
        application = Application(self, await self._rest.get_my_application())
        self.application_id = application.id
        return application

    async def resolve_application_id(self) -> int:
        """The application id, fetched once when it was not given."""
        if self.application_id is None:
            await self.fetch_application()
        assert self.application_id is not None
        return self.application_id

    # StructureState

    async def cached_guild(self, guild_id: int) -> Guild | None:
        """The cached guild, or None."""
        return await self.guilds.get(guild_id)

    async def cached_channel(self, channel_id: int, guild_id: int | None = None) -> AnyChannel | None:
        """The cached channel or thread, or None."""
        return await self.channels.get(channel_id, guild=guild_id)

    async def cached_user(self, user_id: int) -> User | None:
        """The cached user, or None."""
        return await self.users.get(user_id)

    async def cached_member(self, guild_id: int, user_id: int) -> Member | None:
        """The cached member, or None."""
        return await self.members.get(guild_id, user_id)

    async def cached_role(self, guild_id: int, role_id: int) -> Role | None:
        """The cached role, or None."""
        return await self.roles.get(guild_id, role_id)

    async def cached_message(self, channel_id: int, message_id: int) -> Message | None:
        """The cached message, or None."""
        return await self.messages.get(channel_id, message_id)

    async def connect_voice(
        self, guild_id: int, channel_id: int, *, self_mute: bool = False, self_deaf: bool = False
    ) -> VoiceClient:
        """Join (or move to) a voice channel through the client that set `voice_connect`."""
        if self.voice_connect is None:
            raise RuntimeError("joining voice needs an echord.Client (Managers.voice_connect is not set)")
        return await self.voice_connect(guild_id, channel_id, self_mute=self_mute, self_deaf=self_deaf)
