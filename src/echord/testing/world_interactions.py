"""Interactions: creation (INTERACTION_CREATE) and the bot's answers (callback, original, followups)."""

from __future__ import annotations

import secrets

from . import api_errors, payloads
from ._json import JSONObject
from .models import Interaction, InteractionResponse, Message
from .world_messages import MessageOps

PING, APPLICATION_COMMAND, MESSAGE_COMPONENT, AUTOCOMPLETE, MODAL_SUBMIT = 1, 2, 3, 4, 5
EPHEMERAL, LOADING = 1 << 6, 1 << 7


class InteractionOps(MessageOps):
    """What a user's interaction creates and how the bot's callbacks change the world."""

    def create_interaction(
        self,
        type: int,
        user_id: int,
        channel_id: int,
        data: JSONObject | None,
        *,
        message_id: int | None = None,
    ) -> Interaction:
        channel = self.channel(channel_id)
        interaction = Interaction(
            id=self.new_id(),
            token="aW50ZXJhY3Rpb24" + secrets.token_urlsafe(60),
            type=type,
            application_id=self.application_id,
            user_id=user_id,
            channel_id=channel.id,
            guild_id=channel.guild_id,
            data=data,
            message_id=message_id,
        )
        self.interactions[interaction.id] = interaction
        self.emit(
            "INTERACTION_CREATE",
            self.interaction_payload(interaction),
            guild_id=channel.guild_id,
            channel_id=channel.id,
            user_ids=(user_id, self.bot.id),
        )
        return interaction

    def interaction_payload(self, interaction: Interaction) -> JSONObject:
        channel = self.channels[interaction.channel_id]
        data: JSONObject = {
            "id": str(interaction.id),
            "application_id": str(interaction.application_id),
            "type": interaction.type,
            "channel_id": str(channel.id),
            "channel": payloads.channel(self, channel),
            "token": interaction.token,
            "version": 1,
            "app_permissions": str(self.permissions_for(self.bot.id, channel.id)),
            "locale": "en-US",
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(interaction.guild_id or 0)},
            "context": 0 if interaction.guild_id else 1,
            "attachment_size_limit": 10485760,
        }
        if interaction.data is not None:
            data["data"] = interaction.data
        if interaction.guild_id is not None:
            guild = self.guilds[interaction.guild_id]
            member = payloads.member(self, guild.members[interaction.user_id])
            member["permissions"] = str(self.permissions_for(interaction.user_id, channel.id))
            data.update(
                guild_id=str(guild.id),
                guild={"id": str(guild.id), "locale": guild.preferred_locale, "features": guild.features},
                guild_locale=guild.preferred_locale,
                member=member,
            )
        else:
            data["user"] = payloads.user(self.users[interaction.user_id])
        if interaction.message_id is not None:
            data["message"] = payloads.message(self, self.message(channel.id, interaction.message_id))
        return data

    def interaction_by_token(self, interaction_id: int, token: str) -> Interaction:
        interaction = self.interactions.get(interaction_id)
        if interaction is None or not secrets.compare_digest(interaction.token, token):
            raise api_errors.unknown("Interaction")
        return interaction

    def interaction_for_webhook(self, application_id: int, token: str) -> Interaction:
        """Followup routes address an interaction by application id and interaction token."""
        if application_id != self.application_id:
            raise api_errors.unknown("Webhook")
        for interaction in self.interactions.values():
            if secrets.compare_digest(interaction.token, token):
                return interaction
        raise api_errors.unknown("Webhook")

    def respond(self, interaction: Interaction, type: int, data: JSONObject | None) -> Message | None:
        """Apply an interaction callback; returns the message it created or changed."""
        if interaction.acknowledged:
            raise api_errors.already_acknowledged()
        allowed = {
            PING: {1},
            APPLICATION_COMMAND: {4, 5, 9, 10, 12},
            MESSAGE_COMPONENT: {4, 5, 6, 7, 9, 10, 12},
            AUTOCOMPLETE: {8},
            MODAL_SUBMIT: {4, 5, 6, 7, 10},
        }[interaction.type]
        if type not in allowed:
            raise api_errors.APIError(
                400, 40043, "Interaction response type is not valid for this interaction"
            )
        interaction.responses.append(InteractionResponse(type, data))
        body = data or {}
        if type in (4, 5):
            flags = int(body.get("flags") or 0) & EPHEMERAL
            message = self.create_message(
                interaction.channel_id,
                self.bot.id,
                "" if type == 5 else str(body.get("content") or ""),
                embeds=body.get("embeds") if type == 4 else None,
                components=body.get("components") if type == 4 else None,
                tts=bool(body.get("tts")) if type == 4 else False,
                flags=flags | (LOADING if type == 5 else 0),
                type=20 if interaction.type == APPLICATION_COMMAND else 19,
                webhook_id=interaction.application_id,
                application_id=interaction.application_id,
                interaction_id=interaction.id,
            )
            interaction.original_message_id = message.id
            return message
        if type == 7 and interaction.message_id is not None:
            fields = {k: body[k] for k in ("content", "embeds", "components") if k in body}
            return self.edit_message(interaction.channel_id, interaction.message_id, **fields)
        return None

    def original_message(self, interaction: Interaction) -> Message:
        if interaction.original_message_id is None:
            raise api_errors.unknown("Message")
        return self.message(interaction.channel_id, interaction.original_message_id)

    def followup(self, interaction: Interaction, body: JSONObject) -> Message:
        if not interaction.acknowledged:
            raise api_errors.unknown("Webhook")
        message = self.create_message(
            interaction.channel_id,
            self.bot.id,
            str(body.get("content") or ""),
            embeds=body.get("embeds"),
            components=body.get("components"),
            flags=int(body.get("flags") or 0) & EPHEMERAL,
            webhook_id=interaction.application_id,
            application_id=interaction.application_id,
            interaction_id=interaction.id,
            type=19,
        )
        interaction.followup_ids.append(message.id)
        return message
