"""`Sticker`: a guild's custom sticker or one of Discord's standard stickers."""

from __future__ import annotations

from echord._generated import models as m
from echord._support import UNSET, UnsetType
from echord.utils import sticker_url

from .base import Identified

__all__ = ["Sticker"]


class Sticker(Identified[m.GuildStickerResponse | m.StandardStickerResponse]):
    """A sticker; guild stickers can be edited and deleted, standard ones (from packs) cannot."""

    __slots__ = ()

    @property
    def name(self) -> str:
        """The sticker's name."""
        return self.data.name

    @property
    def url(self) -> str:
        """The image's CDN URL."""
        return sticker_url(self.id, self.data.format_type or 1)

    def _guild(self) -> m.GuildStickerResponse:
        if not isinstance(self.data, m.GuildStickerResponse):
            raise ValueError("standard stickers belong to Discord and cannot be changed")
        return self.data

    async def edit(
        self,
        *,
        name: str | UnsetType = UNSET,
        description: str | UnsetType | None = UNSET,
        tags: str | UnsetType = UNSET,
        reason: str | None = None,
    ) -> Sticker:
        """Change a guild sticker's name, description or tags (its related emoji names)."""
        data = self._guild()
        body = m.UpdateGuildStickerRequest(name=name, description=description, tags=tags)
        return Sticker(
            self._state,
            await self._state.rest.update_guild_sticker(data.guild_id, self.id, body=body, reason=reason),
        )

    async def delete(self, *, reason: str | None = None) -> None:
        """Delete a guild sticker."""
        await self._state.rest.delete_guild_sticker(self._guild().guild_id, self.id, reason=reason)
