"""echord.testing: a fake Discord on loopback (REST + gateway) for testing bots, and a pytest plugin.

async with Emulator() as emu:
    ...  # point a bot at emu.rest_url / emu.gateway_url with emu.bot_token
    emu.users.send_message(emu.seed.alice, emu.seed.general, "!ping")
"""

from __future__ import annotations

from .api_errors import APIError
from .emulator import Emulator
from .faults import RestFaults
from .gateway import Gateway, Session, shard_for
from .intents import PRIVILEGED_INTENTS, Intent
from .models import ChannelType
from .permissions import Overwrite, Permission
from .ratelimits import RateLimiter
from .scenarios import ScenarioError, Scenarios
from .snowflakes import SnowflakeGenerator, snowflake_time
from .world import Seed, World

__all__ = [
    "PRIVILEGED_INTENTS",
    "APIError",
    "ChannelType",
    "Emulator",
    "Gateway",
    "Intent",
    "Overwrite",
    "Permission",
    "RateLimiter",
    "RestFaults",
    "ScenarioError",
    "Scenarios",
    "Seed",
    "Session",
    "SnowflakeGenerator",
    "World",
    "shard_for",
    "snowflake_time",
]
