"""The emulator's permission glue: its overwrite record and @everyone preset on top of `echord.utils`.

The maths itself (base permissions, overwrites, implicit rules) is `echord.utils.permissions`; the world's
`Role` and `Overwrite` records already fit its `RoleLike` and `OverwriteLike` protocols.
"""

from __future__ import annotations

from dataclasses import dataclass

from echord.utils.permissions import Permissions

Permission = Permissions
"""The permission bits, under the name the emulator has always exported."""

ALL_PERMISSIONS = int(Permissions.ALL)

DEFAULT_EVERYONE_PERMISSIONS = int(
    Permission.CREATE_INSTANT_INVITE
    | Permission.ADD_REACTIONS
    | Permission.STREAM
    | Permission.VIEW_CHANNEL
    | Permission.SEND_MESSAGES
    | Permission.EMBED_LINKS
    | Permission.ATTACH_FILES
    | Permission.READ_MESSAGE_HISTORY
    | Permission.MENTION_EVERYONE
    | Permission.USE_EXTERNAL_EMOJIS
    | Permission.CONNECT
    | Permission.SPEAK
    | Permission.USE_VAD
    | Permission.CHANGE_NICKNAME
    | Permission.USE_APPLICATION_COMMANDS
    | Permission.REQUEST_TO_SPEAK
    | Permission.CREATE_PUBLIC_THREADS
    | Permission.CREATE_PRIVATE_THREADS
    | Permission.USE_EXTERNAL_STICKERS
    | Permission.SEND_MESSAGES_IN_THREADS
    | Permission.USE_EMBEDDED_ACTIVITIES
    | Permission.SEND_VOICE_MESSAGES
    | Permission.SEND_POLLS
    | Permission.USE_EXTERNAL_APPS
)


@dataclass(slots=True)
class Overwrite:
    """A channel permission overwrite as the world stores it (mutable): type 0 targets a role, 1 a member."""

    id: int
    type: int
    allow: int = 0
    deny: int = 0
