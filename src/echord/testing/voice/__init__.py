"""The emulator's voice side: a voice gateway and UDP endpoint on loopback that play Discord's part.

`VoiceServer` hands out credentials, runs the voice websocket (v8, resume, DAVE opcodes) and UDP (IP
discovery, rtpsize AEAD), keeps the call's MLS group as its external sender, decodes what bots send into
`RemoteUser`s, and sends audio as other users. `VoiceBridge` answers op 4 on an `Emulator`'s main gateway with
VOICE_STATE_UPDATE + VOICE_SERVER_UPDATE pointing at the VoiceServer.
"""

from __future__ import annotations

from .bridge import VoiceBridge
from .group import ChannelGroup
from .server import VoiceServer
from .session import BotSession, Grant
from .users import RemoteUser

__all__ = ["BotSession", "ChannelGroup", "Grant", "RemoteUser", "VoiceBridge", "VoiceServer"]
