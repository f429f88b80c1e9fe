"""echord.managers: one manager per Discord resource, and `Managers`, which builds them all.

```python
managers = Managers(rest, cache)
member = await managers.members.get(guild_id, user_id)      # cache only (None when not cached)
member = await managers.members.fetch(guild_id, user_id)    # Discord, and refreshes the cache
```

`Managers` is also the `StructureState` structures carry. See docs/structures.md.
"""

from .base import Manager
from .channels import ChannelManager
from .guilds import GuildManager
from .members import MemberManager
from .messages import MessageManager
from .registry import Managers
from .roles import RoleManager
from .users import UserManager

__all__ = [
    "ChannelManager",
    "GuildManager",
    "Manager",
    "Managers",
    "MemberManager",
    "MessageManager",
    "RoleManager",
    "UserManager",
]
