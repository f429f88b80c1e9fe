"""Application commands, components, modals, command sync and the HTTP interactions endpoint.

```
tree = CommandTree(rest, application_id)   # the commands, component routes and views
tree.attach(bus)                           # gateway path: INTERACTION_CREATE from an EventBus
await tree.sync()                          # register, writing only what changed
app = InteractionsApp(tree, public_key)    # HTTP path: an ASGI app
```
"""

from __future__ import annotations

from .commands import (
    CommandSettings,
    ContextMenu,
    Group,
    IntegrationType,
    InteractionContextType,
    MessageCommand,
    SlashCommand,
    UserCommand,
)
from .components import (
    ActionRow,
    Button,
    ButtonStyle,
    ChannelSelect,
    Component,
    Container,
    FileComponent,
    Label,
    MediaGallery,
    MediaItem,
    MentionableSelect,
    RoleSelect,
    Section,
    SelectOption,
    Separator,
    StringSelect,
    TextDisplay,
    TextInput,
    TextInputStyle,
    Thumbnail,
    UserSelect,
)
from .context import (
    AutocompleteContext,
    ComponentContext,
    Context,
    InitialResponder,
    ModalContext,
    RestResponder,
)
from .errors import (
    AlreadyResponded,
    CommandDefinitionError,
    InteractionError,
    InteractionExpired,
    NotResponded,
    OptionConversionError,
    ResponseTimeout,
)
from .http import HttpResponder, InteractionsApp
from .modals import Modal
from .options import Channels, ChannelType, Choice, Length, OptionType, Param, Range
from .resolved import Attachment, InteractionChannel, Member, Mentionable, Message, Resolved, Role, User
from .signature import SignatureError, Verifier
from .sync import SyncPlan, SyncResult, normalise, plan_sync, sync_commands
from .tree import CommandTree, ErrorHandler
from .views import ComponentRouter, CustomIdPattern, View
from .webhooks import WebhookEvent, WebhookEvents

__all__ = [
    "ActionRow",
    "AlreadyResponded",
    "Attachment",
    "AutocompleteContext",
    "Button",
    "ButtonStyle",
    "ChannelSelect",
    "ChannelType",
    "Channels",
    "Choice",
    "CommandDefinitionError",
    "CommandSettings",
    "CommandTree",
    "Component",
    "ComponentContext",
    "ComponentRouter",
    "Container",
    "Context",
    "ContextMenu",
    "CustomIdPattern",
    "ErrorHandler",
    "FileComponent",
    "Group",
    "HttpResponder",
    "InitialResponder",
    "IntegrationType",
    "InteractionChannel",
    "InteractionContextType",
    "InteractionError",
    "InteractionExpired",
    "InteractionsApp",
    "Label",
    "Length",
    "MediaGallery",
    "MediaItem",
    "Member",
    "Mentionable",
    "MentionableSelect",
    "Message",
    "MessageCommand",
    "Modal",
    "ModalContext",
    "NotResponded",
    "OptionConversionError",
    "OptionType",
    "Param",
    "Range",
    "Resolved",
    "ResponseTimeout",
    "RestResponder",
    "Role",
    "RoleSelect",
    "Section",
    "SelectOption",
    "Separator",
    "SignatureError",
    "SlashCommand",
    "StringSelect",
    "SyncPlan",
    "SyncResult",
    "TextDisplay",
    "TextInput",
    "TextInputStyle",
    "Thumbnail",
    "User",
    "UserCommand",
    "UserSelect",
    "Verifier",
    "View",
    "WebhookEvent",
    "WebhookEvents",
    "normalise",
    "plan_sync",
    "sync_commands",
]
