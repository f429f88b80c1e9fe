"""Message-side mutations: messages, reactions, pins and threads, each emitting its gateway event."""

from __future__ import annotations

import re

from . import api_errors, payloads
from ._json import JSONObject
from .models import Channel, ChannelType, Message
from .snowflakes import iso_timestamp
from .store import WorldStore

_USER_MENTION = re.compile(r"<@!?(\d+)>")
_ROLE_MENTION = re.compile(r"<@&(\d+)>")


def emoji_key(emoji: str) -> str:
    """Normalise `name`, `name:id` or `<:name:id>` / `<a:name:id>` to the stored key (`name` or `name:id`)."""
    emoji = emoji.strip("<>")
    if emoji.startswith("a:"):
        emoji = emoji[2:]
    return emoji.lstrip(":")


def emoji_json(key: str) -> JSONObject:
    name, _, emoji_id = key.partition(":")
    return {"id": emoji_id or None, "name": name}


class MessageOps(WorldStore):
    """Changes to messages and threads."""

    def create_message(
        self,
        channel_id: int,
        author_id: int,
        content: str = "",
        *,
        embeds: list[JSONObject] | None = None,
        components: list[JSONObject] | None = None,
        attachments: list[JSONObject] | None = None,
        tts: bool = False,
        nonce: str | int | None = None,
        flags: int = 0,
        type: int = 0,
        message_reference: JSONObject | None = None,
        webhook_id: int | None = None,
        application_id: int | None = None,
        interaction_id: int | None = None,
        allowed_mentions: JSONObject | None = None,
    ) -> Message:
        """Post a message (mentions parsed from the content, like Discord) and emit MESSAGE_CREATE."""
        channel = self.channel(channel_id)
        message = Message(
            id=self.new_id(),
            channel_id=channel.id,
            guild_id=channel.guild_id,
            author_id=author_id,
            timestamp=iso_timestamp(),
            content=content,
            embeds=list(embeds or []),
            components=list(components or []),
            attachments=list(attachments or []),
            tts=tts,
            nonce=nonce,
            flags=flags,
            type=type,
            message_reference=message_reference,
            webhook_id=webhook_id,
            application_id=application_id,
            interaction_id=interaction_id,
        )
        self._parse_mentions(message, allowed_mentions)
        self.messages.setdefault(channel.id, {})[message.id] = message
        channel.last_message_id = message.id
        if channel.type in ChannelType.THREADS:
            channel.message_count += 1
        self._emit_message("MESSAGE_CREATE", channel, message)
        return message

    def _parse_mentions(self, message: Message, allowed: JSONObject | None) -> None:
        parse = None if allowed is None else allowed.get("parse", [])
        ids = [int(m) for m in _USER_MENTION.findall(message.content) if int(m) in self.users]
        if parse is not None and "users" not in parse:
            explicit = {int(u) for u in allowed.get("users", [])} if allowed else set()
            ids = [i for i in ids if i in explicit]
        message.mention_ids = list(dict.fromkeys(ids))
        if message.guild_id is not None:
            roles = self.guilds[message.guild_id].roles
            message.mention_roles = [
                int(r) for r in _ROLE_MENTION.findall(message.content) if int(r) in roles
            ]
        everyone = "@everyone" in message.content or "@here" in message.content
        message.mention_everyone = everyone and (parse is None or "everyone" in parse)

    def _emit_message(self, name: str, channel: Channel, message: Message) -> None:
        recipients = tuple(channel.recipient_ids)
        self.emit(
            name,
            payloads.message_event(self, message),
            guild_id=channel.guild_id,
            channel_id=channel.id,
            user_ids=recipients,
        )

    def edit_message(self, channel_id: int, message_id: int, **fields: object) -> Message:
        message = self.message(channel_id, message_id)
        for key, value in fields.items():
            setattr(message, key, value)
        if "content" in fields:
            self._parse_mentions(message, None)
        message.edited_timestamp = iso_timestamp()
        self._emit_message("MESSAGE_UPDATE", self.channel(channel_id), message)
        return message

    def delete_message(self, channel_id: int, message_id: int) -> None:
        channel = self.channel(channel_id)
        self.message(channel_id, message_id)
        del self.messages[channel_id][message_id]
        data: JSONObject = {"id": str(message_id), "channel_id": str(channel_id)}
        if channel.guild_id is not None:
            data["guild_id"] = str(channel.guild_id)
        self.emit(
            "MESSAGE_DELETE",
            data,
            guild_id=channel.guild_id,
            channel_id=channel_id,
            user_ids=tuple(channel.recipient_ids),
        )

    def bulk_delete(self, channel_id: int, message_ids: list[int]) -> None:
        channel = self.channel(channel_id)
        for message_id in message_ids:
            self.messages[channel_id].pop(message_id, None)
        data: JSONObject = {"ids": [str(m) for m in message_ids], "channel_id": str(channel_id)}
        if channel.guild_id is not None:
            data["guild_id"] = str(channel.guild_id)
        self.emit("MESSAGE_DELETE_BULK", data, guild_id=channel.guild_id, channel_id=channel_id)

    # -- reactions ------------------------------------------------------------------------------------

    def add_reaction(self, channel_id: int, message_id: int, user_id: int, emoji: str) -> bool:
        """Add a reaction; False (and no event) when the user had already reacted with that emoji."""
        channel = self.channel(channel_id)
        message = self.message(channel_id, message_id)
        key = emoji_key(emoji)
        users = message.reactions.setdefault(key, [])
        if user_id in users:
            return False
        users.append(user_id)
        data = self._reaction_data(channel, message, key)
        data.update(user_id=str(user_id), message_author_id=str(message.author_id), burst=False, type=0)
        if channel.guild_id is not None and user_id in self.guilds[channel.guild_id].members:
            data["member"] = payloads.member(self, self.guilds[channel.guild_id].members[user_id])
        self._emit_reaction("MESSAGE_REACTION_ADD", channel, data)
        return True

    def remove_reaction(self, channel_id: int, message_id: int, user_id: int, emoji: str) -> None:
        channel = self.channel(channel_id)
        message = self.message(channel_id, message_id)
        key = emoji_key(emoji)
        users = message.reactions.get(key, [])
        if user_id not in users:
            return
        users.remove(user_id)
        if not users:
            del message.reactions[key]
        data = self._reaction_data(channel, message, key)
        data.update(user_id=str(user_id), burst=False, type=0)
        self._emit_reaction("MESSAGE_REACTION_REMOVE", channel, data)

    def clear_reactions(self, channel_id: int, message_id: int, emoji: str | None = None) -> None:
        channel = self.channel(channel_id)
        message = self.message(channel_id, message_id)
        if emoji is None:
            message.reactions.clear()
            data = self._reaction_data(channel, message, None)
            self._emit_reaction("MESSAGE_REACTION_REMOVE_ALL", channel, data)
            return
        key = emoji_key(emoji)
        message.reactions.pop(key, None)
        self._emit_reaction(
            "MESSAGE_REACTION_REMOVE_EMOJI", channel, self._reaction_data(channel, message, key)
        )

    def _reaction_data(self, channel: Channel, message: Message, key: str | None) -> JSONObject:
        data: JSONObject = {"channel_id": str(channel.id), "message_id": str(message.id)}
        if key is not None:
            data["emoji"] = emoji_json(key)
        if channel.guild_id is not None:
            data["guild_id"] = str(channel.guild_id)
        return data

    def _emit_reaction(self, name: str, channel: Channel, data: JSONObject) -> None:
        self.emit(
            name,
            data,
            guild_id=channel.guild_id,
            channel_id=channel.id,
            user_ids=tuple(channel.recipient_ids),
        )

    # -- pins -----------------------------------------------------------------------------------------

    def pin(self, channel_id: int, message_id: int, pinned: bool = True) -> None:
        channel = self.channel(channel_id)
        message = self.message(channel_id, message_id)
        if message.pinned == pinned:
            return
        message.pinned = pinned
        message.pinned_at = iso_timestamp() if pinned else None
        pins = [m.pinned_at for m in self.messages[channel_id].values() if m.pinned_at is not None]
        channel.last_pin_timestamp = max(pins) if pins else None
        data: JSONObject = {"channel_id": str(channel.id), "last_pin_timestamp": channel.last_pin_timestamp}
        if channel.guild_id is not None:
            data["guild_id"] = str(channel.guild_id)
        self.emit(
            "CHANNEL_PINS_UPDATE",
            data,
            guild_id=channel.guild_id,
            channel_id=channel.id,
            user_ids=tuple(channel.recipient_ids),
        )

    # -- threads --------------------------------------------------------------------------------------

    def create_thread(
        self,
        parent_id: int,
        name: str,
        owner_id: int,
        *,
        type: int = ChannelType.PUBLIC_THREAD,
        message_id: int | None = None,
        auto_archive_duration: int = 1440,
        applied_tags: list[int] | None = None,
    ) -> Channel:
        """Start a thread (from a message when `message_id` is given: the thread takes the message's id)."""
        parent = self.channel(parent_id)
        if parent.guild_id is None or parent.type in ChannelType.THREADS:
            raise api_errors.APIError(400, 50024, "Cannot execute action on this channel type")
        if message_id is not None:
            self.message(parent_id, message_id)
            if message_id in self.channels:
                raise api_errors.APIError(400, 160004, "A thread has already been created for this message")
        thread = Channel(
            id=message_id or self.new_id(),
            type=type,
            guild_id=parent.guild_id,
            name=name,
            parent_id=parent.id,
            owner_id=owner_id,
            auto_archive_duration=auto_archive_duration,
            archive_timestamp=iso_timestamp(),
            member_ids=[owner_id],
            applied_tags=list(applied_tags or []),
        )
        self.channels[thread.id] = thread
        self.messages[thread.id] = {}
        self.guilds[parent.guild_id].channel_ids.append(thread.id)
        data = payloads.channel(self, thread)
        data["newly_created"] = True
        self.emit("THREAD_CREATE", data, guild_id=parent.guild_id, channel_id=thread.id)
        return thread
