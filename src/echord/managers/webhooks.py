"""`WebhookManager`: webhooks by id, token or URL; a channel's or guild's webhooks."""

from __future__ import annotations

from echord._support import UnknownVariant
from echord.structures import HasId, Webhook, snowflake
from echord.structures.base import unknown_variant

from .base import Manager

__all__ = ["WebhookManager"]


class WebhookManager(Manager):
    """Webhooks (never cached: Discord sends no events with their data, only WEBHOOKS_UPDATE)."""

    __slots__ = ()

    async def fetch(self, webhook: int | HasId, *, token: str | None = None) -> Webhook:
        """A webhook from Discord (with `token`, no bot permission is needed)."""
        if token is None:
            data = await self._rest.get_webhook(snowflake(webhook))
        else:
            data = await self._rest.get_webhook_by_token(snowflake(webhook), token)
        if isinstance(data, UnknownVariant):
            raise unknown_variant(data)
        return Webhook(self._hub, data)

    def from_url(self, url: str) -> Webhook:
        """A webhook from its URL, ready to `send` without a request."""
        return Webhook.from_url(self._hub, url)

    async def create(self, channel: int | HasId, name: str, *, reason: str | None = None) -> Webhook:
        """A new incoming webhook in a channel."""
        from echord._generated import models as m

        body = m.CreateWebhookRequest(name=name)
        return Webhook(
            self._hub, await self._rest.create_webhook(snowflake(channel), body=body, reason=reason)
        )

    async def for_channel(self, channel: int | HasId) -> list[Webhook]:
        """A channel's webhooks."""
        data = await self._rest.list_channel_webhooks(snowflake(channel))
        return [Webhook(self._hub, w) for w in data if not isinstance(w, UnknownVariant)]

    async def for_guild(self, guild: int | HasId) -> list[Webhook]:
        """A guild's webhooks."""
        data = await self._rest.get_guild_webhooks(snowflake(guild))
        return [Webhook(self._hub, w) for w in data if not isinstance(w, UnknownVariant)]

    async def delete(self, webhook: int | HasId, *, reason: str | None = None) -> None:
        """Delete a webhook."""
        await self._rest.delete_webhook(snowflake(webhook), reason=reason)
