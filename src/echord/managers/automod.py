"""`AutoModerationManager`: a guild's auto-moderation rules."""

from __future__ import annotations

from echord._generated import models as m
from echord._support import UnknownVariant
from echord.structures import AutoModerationRule, HasId, snowflake
from echord.structures.base import unknown_variant

from .base import Manager

__all__ = ["AutoModerationManager", "RuleRequest"]

RuleRequest = (
    m.KeywordUpsertRequest
    | m.DefaultKeywordListUpsertRequest
    | m.MLSpamUpsertRequest
    | m.MentionSpamUpsertRequest
    | m.UserProfileUpsertRequest
)
"""A rule to create: one generated request model per trigger type."""


class AutoModerationManager(Manager):
    """Auto-moderation rules (not cached): list, fetch, create, delete."""

    __slots__ = ()

    async def fetch_all(self, guild: int | HasId) -> list[AutoModerationRule]:
        """A guild's rules."""
        data = await self._rest.list_auto_moderation_rules(snowflake(guild))
        return [
            AutoModerationRule(self._hub, r)
            for r in data
            if r is not None and not isinstance(r, UnknownVariant)
        ]

    async def fetch(self, guild: int | HasId, rule: int | HasId) -> AutoModerationRule:
        """One rule."""
        data = await self._rest.get_auto_moderation_rule(snowflake(guild), snowflake(rule))
        if isinstance(data, UnknownVariant):
            raise unknown_variant(data)
        return AutoModerationRule(self._hub, data)

    async def create(
        self, guild: int | HasId, body: RuleRequest, *, reason: str | None = None
    ) -> AutoModerationRule:
        """A new rule."""
        data = await self._rest.create_auto_moderation_rule(snowflake(guild), body=body, reason=reason)
        if isinstance(data, UnknownVariant):
            raise unknown_variant(data)
        return AutoModerationRule(self._hub, data)

    async def delete(self, guild: int | HasId, rule: int | HasId, *, reason: str | None = None) -> None:
        """Delete a rule."""
        await self._rest.delete_auto_moderation_rule(snowflake(guild), snowflake(rule), reason=reason)
