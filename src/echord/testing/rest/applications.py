"""The bot's own application (what libraries fetch at login to learn the application id and owner)."""

from __future__ import annotations

from .. import payloads
from ..intents import application_flags
from .routing import Call, Reply, RouteTable, ok

routes = RouteTable()


def _application(call: Call) -> Reply:
    world = call.world
    flags = application_flags(call.settings.allowed_intents)
    in_guilds = sum(1 for g in world.guilds.values() if world.bot.id in g.members)
    return ok(
        {
            "id": str(world.application_id),
            "name": world.bot.username,
            "icon": None,
            "description": "",
            "type": None,
            "bot": payloads.user(world.bot),
            "bot_public": True,
            "bot_require_code_grant": False,
            "verify_key": world.verify_key,
            "flags": flags,
            "flags_new": str(flags),
            "redirect_uris": [],
            "interactions_endpoint_url": None,
            "role_connections_verification_url": None,
            "owner": payloads.user(world.owner),
            "approximate_guild_count": in_guilds,
            "approximate_user_install_count": 0,
            "approximate_user_authorization_count": 0,
            "explicit_content_filter": 0,
            "team": None,
            "eligible_oauth2_scopes": ["bot", "applications.commands"],
        }
    )


routes.add("GET", "/applications/@me")(_application)
routes.add("GET", "/oauth2/applications/@me")(_application)
