"""Request-body rules shared by several route modules (messages are sent by channels, webhooks and
interaction callbacks alike)."""

from __future__ import annotations

from ..validation import AnyObject, Array, Bool, Int, Obj, OneOf, Snowflake, Str

ALLOWED_MENTIONS = Obj(
    {
        "parse": Array(Str(choices=("users", "roles", "everyone")), max_items=3),
        "users": Array(Snowflake(), max_items=100),
        "roles": Array(Snowflake(), max_items=100),
        "replied_user": Bool(),
    }
)
MESSAGE_REFERENCE = Obj(
    {
        "type": Int(choices=(0, 1)),
        "message_id": Snowflake(),
        "channel_id": Snowflake(),
        "guild_id": Snowflake(),
        "fail_if_not_exists": Bool(),
    }
)
ATTACHMENT = Obj({"id": OneOf((Snowflake(), Int(0))), "filename": Str(1, 1024), "description": Str(0, 1024)})

MESSAGE_BODY = Obj(
    {
        "content": Str(0, 2000),
        "nonce": OneOf((Int(), Str(0, 25))),
        "tts": Bool(),
        "embeds": Array(AnyObject(), max_items=10),
        "allowed_mentions": ALLOWED_MENTIONS,
        "message_reference": MESSAGE_REFERENCE,
        "components": Array(AnyObject(), max_items=40),
        "sticker_ids": Array(Snowflake(), max_items=3),
        "attachments": Array(ATTACHMENT, max_items=10),
        "flags": Int(0, 1 << 31),
        "enforce_nonce": Bool(),
        "poll": AnyObject(),
        "username": Str(1, 80),
        "avatar_url": Str(),
        "thread_name": Str(1, 100),
    }
)

EDIT_BODY = Obj(
    {
        "content": Str(0, 2000, nullable=True),
        "embeds": Array(AnyObject(), max_items=10, nullable=True),
        "components": Array(AnyObject(), max_items=40, nullable=True),
        "flags": Int(0, 1 << 31, nullable=True),
        "allowed_mentions": ALLOWED_MENTIONS,
        "attachments": Array(ATTACHMENT, nullable=True),
    }
)

MODAL = Obj(
    {
        "custom_id": Str(1, 100),
        "title": Str(1, 45),
        "components": Array(AnyObject(), min_items=1, max_items=5),
    },
    required=("custom_id", "title", "components"),
)
AUTOCOMPLETE_RESULT = Obj({"choices": Array(AnyObject(), max_items=25)})
