"""Command sync that writes only what changed.

Discord allows 200 application command creates a day per application (error 30034), and a bulk overwrite of
a new command counts as a create. Bots that overwrite on every start hit that wall after a few restarts. Here
the local commands and the registered ones are normalised (defaults filled, server-only fields dropped,
order ignored where Discord ignores it) and compared; an unchanged set sends no write at all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal, TypeAlias

import msgspec

from echord._generated.endpoints import RESTEndpoints
from echord._generated.models import (
    ApplicationCommandCreateRequest,
    ApplicationCommandPatchRequestPartial,
    ApplicationCommandResponse,
    ApplicationCommandUpdateRequest,
)
from echord._support import Snowflake, encode_json

from .options import JSON

__all__ = ["SyncPlan", "SyncResult", "normalise", "plan_sync", "sync_commands"]

log = logging.getLogger("echord.interactions")

Strategy: TypeAlias = Literal["diff", "bulk"]

_TOP_KEYS = ("type", "name", "description", "name_localizations", "description_localizations",
             "default_member_permissions", "nsfw", "options")  # fmt: skip
_OPTIONAL_LISTS = ("contexts", "integration_types")
_OPTION_KEYS = ("type", "name", "description", "name_localizations", "description_localizations",
                "required", "autocomplete", "min_length", "max_length")  # fmt: skip


def _number(value: object) -> object:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else value


def _normalise_option(option: Mapping[str, object]) -> JSON:
    out: JSON = {key: option.get(key) for key in _OPTION_KEYS}
    out["required"] = bool(out["required"])
    out["autocomplete"] = bool(out["autocomplete"])
    out["name_localizations"] = option.get("name_localizations") or {}
    out["description_localizations"] = option.get("description_localizations") or {}
    out["min_value"] = _number(option.get("min_value"))
    out["max_value"] = _number(option.get("max_value"))
    out["channel_types"] = sorted(_ints(option.get("channel_types")))
    choices = option.get("choices") or []
    out["choices"] = [
        {
            "name": c["name"],
            "value": _number(c["value"]),
            "name_localizations": c.get("name_localizations") or {},
        }
        for c in _dicts(choices)
    ]
    out["options"] = [_normalise_option(o) for o in _dicts(option.get("options") or [])]
    return out


def _dicts(value: object) -> list[Mapping[str, object]]:
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


def _ints(value: object) -> list[int]:
    return [int(v) for v in value if isinstance(v, int | str)] if isinstance(value, list) else []


def normalise(command: Mapping[str, object], *, compare_to: Mapping[str, object] | None = None) -> JSON:
    """A command payload in a canonical form: two payloads Discord treats alike normalise equal.

    `contexts` and `integration_types` left unset locally take Discord's defaults, so they are compared only
    when `compare_to` (the local side) sets them.
    """
    out: JSON = {key: command.get(key) for key in _TOP_KEYS}
    out["type"] = int(str(out["type"] or 1))
    out["description"] = command.get("description") or ""
    out["name_localizations"] = command.get("name_localizations") or {}
    out["description_localizations"] = command.get("description_localizations") or {}
    dmp = command.get("default_member_permissions")
    out["default_member_permissions"] = None if dmp is None else str(dmp)
    out["nsfw"] = bool(command.get("nsfw"))
    out["options"] = [_normalise_option(o) for o in _dicts(command.get("options") or [])]
    reference = command if compare_to is None else compare_to
    for key in _OPTIONAL_LISTS:
        if reference.get(key) is not None:
            out[key] = sorted(_ints(command.get(key)))
    return out


@dataclass(slots=True)
class SyncPlan:
    """What a sync would send for one scope (global, or one guild)."""

    guild_id: int | None
    create: list[JSON] = field(default_factory=list)
    update: list[tuple[Snowflake, JSON]] = field(default_factory=list)
    delete: list[tuple[Snowflake, str]] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.create or self.update or self.delete)


@dataclass(slots=True)
class SyncResult:
    """What a sync did, per scope."""

    plans: list[SyncPlan]
    requests: int = 0


def _remote_payload(command: ApplicationCommandResponse) -> JSON:
    decoded = msgspec.json.decode(encode_json(command))
    if not isinstance(decoded, dict):
        raise TypeError("a command encodes to a JSON object")
    return decoded


def plan_sync(
    local: Sequence[JSON], remote: Sequence[ApplicationCommandResponse], guild_id: int | None = None
) -> SyncPlan:
    """Compare local payloads with the registered commands: what to create, update and delete."""
    plan = SyncPlan(guild_id)
    registered = {(int(c.type or 1), c.name): c for c in remote}
    for payload in local:
        key = (int(str(payload.get("type") or 1)), str(payload["name"]))
        existing = registered.pop(key, None)
        if existing is None:
            plan.create.append(payload)
        elif normalise(_remote_payload(existing), compare_to=payload) != normalise(payload):
            plan.update.append((existing.id, payload))
        else:
            plan.unchanged.append(str(payload["name"]))
    plan.delete = [(c.id, c.name) for c in registered.values()]
    return plan


async def sync_commands(
    rest: RESTEndpoints,
    application_id: int,
    scopes: Mapping[int | None, Sequence[JSON]],
    *,
    strategy: Strategy = "diff",
    on_request: Callable[[str], None] | None = None,
) -> SyncResult:
    """Bring each scope (None = global, else a guild id) in line with `scopes`, writing only differences.

    `strategy="diff"` creates, edits and deletes single commands; `"bulk"` sends one overwrite per changed
    scope. Either way an unchanged scope costs one GET and no write.
    """
    result = SyncResult([])

    def count(what: str) -> None:
        result.requests += 1
        log.info("command sync: %s", what)
        if on_request is not None:
            on_request(what)

    for guild_id, local in scopes.items():
        if guild_id is None:
            remote = await rest.list_application_commands(application_id, with_localizations=True)
        else:
            remote = await rest.list_guild_application_commands(
                application_id, guild_id, with_localizations=True
            )
        plan = plan_sync(local, remote, guild_id)
        result.plans.append(plan)
        where = "global" if guild_id is None else f"guild {guild_id}"
        if not plan.changed:
            log.debug("command sync: %s unchanged (%d commands)", where, len(plan.unchanged))
            continue
        if strategy == "bulk":
            body = [msgspec.convert(p, ApplicationCommandUpdateRequest, strict=False) for p in local]
            count(f"bulk overwrite {where}: {len(local)} commands")
            if guild_id is None:
                await rest.bulk_set_application_commands(application_id, body=list(body))
            else:
                await rest.bulk_set_guild_application_commands(application_id, guild_id, body=list(body))
            continue
        for payload in plan.create:
            count(f"create {payload['name']!r} ({where})")
            create = msgspec.convert(payload, ApplicationCommandCreateRequest, strict=False)
            if guild_id is None:
                await rest.create_application_command(application_id, body=create)
            else:
                await rest.create_guild_application_command(application_id, guild_id, body=create)
        for command_id, payload in plan.update:
            count(f"update {payload['name']!r} ({where})")
            patch = msgspec.convert(payload, ApplicationCommandPatchRequestPartial, strict=False)
            if guild_id is None:
                await rest.update_application_command(application_id, command_id, body=patch)
            else:
                await rest.update_guild_application_command(application_id, guild_id, command_id, body=patch)
        for command_id, name in plan.delete:
            count(f"delete {name!r} ({where})")
            if guild_id is None:
                await rest.delete_application_command(application_id, command_id)
            else:
                await rest.delete_guild_application_command(application_id, guild_id, command_id)
    return result
