"""echord.managers: one manager per Discord resource, and `Managers`, which builds them all.

```python
managers = Managers(rest, cache)
member = await managers.members.get(guild_id, user_id)      # cache only (None when not cached)
member = await managers.members.fetch(guild_id, user_id)    # Discord, and refreshes the cache
```

`Managers` is also the `StructureState` structures carry. See docs/structures.md.
"""

from .application_commands import ApplicationCommandManager
from .automod import AutoModerationManager, RuleRequest
from .base import Manager
from .channels import ChannelManager
from .emojis import EmojiManager
from .entitlements import EntitlementManager
from .guilds import GuildManager
from .integrations import IntegrationManager
from .invites import InviteManager
from .members import MemberManager
from .messages import MessageManager
from .registry import Managers
from .roles import RoleManager
from .scheduled_events import ScheduledEventManager
from .soundboard import SoundboardManager
from .stage_instances import StageInstanceManager
from .stickers import StickerManager
from .threads import ThreadManager
from .users import UserManager
from .webhooks import WebhookManager

__all__ = [
    "ApplicationCommandManager",
    "AutoModerationManager",
    "ChannelManager",
    "EmojiManager",
    "EntitlementManager",
    "GuildManager",
    "IntegrationManager",
    "InviteManager",
    "Manager",
    "Managers",
    "MemberManager",
    "MessageManager",
    "RoleManager",
    "RuleRequest",
    "ScheduledEventManager",
    "SoundboardManager",
    "StageInstanceManager",
    "StickerManager",
    "ThreadManager",
    "UserManager",
    "WebhookManager",
]
