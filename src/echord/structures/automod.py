"""`AutoModerationRule`: a guild's automatic moderation rule."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from echord._generated import models as m
from echord._support import UNSET, Snowflake, UnknownVariant, UnsetType

from .base import Identified, unknown_variant
from .state import HasId, snowflake

__all__ = ["AutoModerationRule", "AutoModerationRuleData"]

AutoModerationRuleData: TypeAlias = (
    "m.KeywordRuleResponse | m.DefaultKeywordRuleResponse | m.MLSpamRuleResponse | m.MentionSpamRuleResponse | "
    "m.UserProfileRuleResponse"
)


class AutoModerationRule(Identified[AutoModerationRuleData]):
    """An auto-moderation rule: a trigger (keywords, spam, mentions, …) and the actions it takes."""

    __slots__ = ()

    @property
    def guild_id(self) -> Snowflake:
        """The guild."""
        return self.data.guild_id

    @property
    def name(self) -> str:
        """The rule's name."""
        return self.data.name

    @property
    def trigger_type(self) -> int:
        """1 keyword, 3 spam, 4 keyword preset, 5 mention spam, 6 member profile."""
        return self.data.trigger_type

    @property
    def enabled(self) -> bool:
        """Whether the rule is on."""
        return self.data.enabled is True

    async def edit(
        self,
        *,
        name: str | UnsetType = UNSET,
        enabled: bool | UnsetType = UNSET,
        exempt_roles: Sequence[int | HasId] | UnsetType = UNSET,
        exempt_channels: Sequence[int | HasId] | UnsetType = UNSET,
        reason: str | None = None,
    ) -> AutoModerationRule:
        """Rename, switch on or off, or change the exemptions (the trigger type cannot change)."""
        body = _PARTIALS[self.trigger_type](
            name=name,
            enabled=enabled,
            exempt_roles=[snowflake(r) for r in exempt_roles]
            if not isinstance(exempt_roles, UnsetType)
            else UNSET,
            exempt_channels=(
                [snowflake(c) for c in exempt_channels]
                if not isinstance(exempt_channels, UnsetType)
                else UNSET
            ),
        )
        data = await self._state.rest.update_auto_moderation_rule(
            self.guild_id, self.id, body=body, reason=reason
        )
        if isinstance(data, UnknownVariant):
            raise unknown_variant(data)
        return AutoModerationRule(self._state, data)

    async def delete(self, *, reason: str | None = None) -> None:
        """Delete the rule."""
        await self._state.rest.delete_auto_moderation_rule(self.guild_id, self.id, reason=reason)


_PARTIALS: dict[
    int,
    type[
        m.KeywordUpsertRequestPartial
        | m.DefaultKeywordListUpsertRequestPartial
        | m.MLSpamUpsertRequestPartial
        | m.MentionSpamUpsertRequestPartial
        | m.UserProfileUpsertRequestPartial
    ],
] = {
    1: m.KeywordUpsertRequestPartial,
    3: m.MLSpamUpsertRequestPartial,
    4: m.DefaultKeywordListUpsertRequestPartial,
    5: m.MentionSpamUpsertRequestPartial,
    6: m.UserProfileUpsertRequestPartial,
}
