"""CDN image URLs (reference: Image Formatting) and image data URIs for uploads (reference: Image Data).

Discord sends hashes, not URLs; these helpers build the URL for each kind of image, choosing animated
WebP for animated hashes (`a_…`) as the docs recommend, and PNG otherwise.
"""

from __future__ import annotations

import base64
from typing import Final, Literal, TypeAlias

__all__ = [
    "CDN_BASE",
    "ImageFormat",
    "application_cover_url",
    "application_icon_url",
    "avatar_decoration_url",
    "cdn_url",
    "default_avatar_index",
    "default_avatar_url",
    "emoji_url",
    "guild_banner_url",
    "guild_discovery_splash_url",
    "guild_icon_url",
    "guild_splash_url",
    "guild_tag_badge_url",
    "image_data_uri",
    "is_animated_hash",
    "member_avatar_url",
    "member_banner_url",
    "role_icon_url",
    "scheduled_event_cover_url",
    "sticker_url",
    "team_icon_url",
    "user_avatar_url",
    "user_banner_url",
]

CDN_BASE: Final = "https://cdn.discordapp.com"
_MEDIA_PROXY_BASE: Final = "https://media.discordapp.net"

ImageFormat: TypeAlias = Literal["png", "jpg", "jpeg", "webp", "gif"]
"""An image extension the CDN serves (Lottie `json` exists only for stickers, see `sticker_url`)."""

_FORMATS: Final = frozenset({"png", "jpg", "jpeg", "webp", "gif"})
_STICKER_LOTTIE: Final = 3
_STICKER_GIF: Final = 4


def is_animated_hash(asset_hash: str) -> bool:
    """Whether the image behind a hash is animated: Discord prefixes those hashes with `a_`."""
    return asset_hash.startswith("a_")


def cdn_url(
    path: str, *, format: ImageFormat = "png", size: int | None = None, animated: bool = False
) -> str:
    """`https://cdn.discordapp.com/{path}.{format}`, with `?size=` (a power of two, 16 to 4096).

    `animated=True` asks for animated WebP (`?animated=true`), which works for any animated upload.
    """
    if format not in _FORMATS:
        raise ValueError(f"unknown image format {format!r}; one of {sorted(_FORMATS)}")
    query: list[str] = []
    if size is not None:
        if not 16 <= size <= 4096 or size & (size - 1):
            raise ValueError(f"image size must be a power of two between 16 and 4096, got {size}")
        query.append(f"size={size}")
    if animated:
        if format != "webp":
            raise ValueError("only WebP is served animated with ?animated=true; use format='webp'")
        query.append("animated=true")
    suffix = f"?{'&'.join(query)}" if query else ""
    return f"{CDN_BASE}/{path.strip('/')}.{format}{suffix}"


def _hashed(path: str, asset_hash: str, format: ImageFormat | None, size: int | None, *, gif_ok: bool) -> str:
    animated = gif_ok and is_animated_hash(asset_hash)
    if format is None:
        return cdn_url(
            f"{path}/{asset_hash}", format="webp" if animated else "png", size=size, animated=animated
        )
    if format == "gif" and not animated:
        raise ValueError("GIF is only served for animated images (hashes starting with 'a_')")
    return cdn_url(f"{path}/{asset_hash}", format=format, size=size, animated=animated and format == "webp")


def user_avatar_url(
    user_id: int, avatar_hash: str, *, format: ImageFormat | None = None, size: int | None = None
) -> str:
    """A user's avatar."""
    return _hashed(f"avatars/{int(user_id)}", avatar_hash, format, size, gif_ok=True)


def default_avatar_index(user_id: int, discriminator: int | str | None = None) -> int:
    """Which of the default avatars a user without one shows.

    Users on the new username system (discriminator `"0"` or none) use `(user_id >> 22) % 6`; legacy users
    `discriminator % 5`.
    """
    legacy = int(discriminator) if discriminator is not None else 0
    return legacy % 5 if legacy else (int(user_id) >> 22) % 6


def default_avatar_url(user_id: int, discriminator: int | str | None = None) -> str:
    """The default avatar a user without one shows (PNG only, size fixed)."""
    return cdn_url(f"embed/avatars/{default_avatar_index(user_id, discriminator)}")


def member_avatar_url(
    guild_id: int,
    user_id: int,
    avatar_hash: str,
    *,
    format: ImageFormat | None = None,
    size: int | None = None,
) -> str:
    """A member's guild-specific avatar."""
    path = f"guilds/{int(guild_id)}/users/{int(user_id)}/avatars"
    return _hashed(path, avatar_hash, format, size, gif_ok=True)


def member_banner_url(
    guild_id: int,
    user_id: int,
    banner_hash: str,
    *,
    format: ImageFormat | None = None,
    size: int | None = None,
) -> str:
    """A member's guild-specific banner."""
    path = f"guilds/{int(guild_id)}/users/{int(user_id)}/banners"
    return _hashed(path, banner_hash, format, size, gif_ok=True)


def user_banner_url(
    user_id: int, banner_hash: str, *, format: ImageFormat | None = None, size: int | None = None
) -> str:
    """A user's profile banner."""
    return _hashed(f"banners/{int(user_id)}", banner_hash, format, size, gif_ok=True)


def guild_icon_url(
    guild_id: int, icon_hash: str, *, format: ImageFormat | None = None, size: int | None = None
) -> str:
    """A guild's icon."""
    return _hashed(f"icons/{int(guild_id)}", icon_hash, format, size, gif_ok=True)


def guild_banner_url(
    guild_id: int, banner_hash: str, *, format: ImageFormat | None = None, size: int | None = None
) -> str:
    """A guild's banner."""
    return _hashed(f"banners/{int(guild_id)}", banner_hash, format, size, gif_ok=True)


def guild_splash_url(
    guild_id: int, splash_hash: str, *, format: ImageFormat | None = None, size: int | None = None
) -> str:
    """A guild's invite splash (never animated)."""
    return _hashed(f"splashes/{int(guild_id)}", splash_hash, format, size, gif_ok=False)


def guild_discovery_splash_url(
    guild_id: int, splash_hash: str, *, format: ImageFormat | None = None, size: int | None = None
) -> str:
    """A guild's discovery splash (never animated)."""
    return _hashed(f"discovery-splashes/{int(guild_id)}", splash_hash, format, size, gif_ok=False)


def guild_tag_badge_url(
    guild_id: int, badge_hash: str, *, format: ImageFormat | None = None, size: int | None = None
) -> str:
    """The badge of a guild's tag, shown next to members' names."""
    return _hashed(f"guild-tag-badges/{int(guild_id)}", badge_hash, format, size, gif_ok=False)


def role_icon_url(
    role_id: int, icon_hash: str, *, format: ImageFormat | None = None, size: int | None = None
) -> str:
    """A role's icon."""
    return _hashed(f"role-icons/{int(role_id)}", icon_hash, format, size, gif_ok=False)


def emoji_url(
    emoji_id: int, *, animated: bool = False, format: ImageFormat | None = None, size: int | None = None
) -> str:
    """A custom emoji; WebP by default, which the docs recommend and which works for every upload."""
    if format is None:
        format = "webp"
    if format == "gif" and not animated:
        raise ValueError("GIF is only served for animated emoji")
    return cdn_url(
        f"emojis/{int(emoji_id)}", format=format, size=size, animated=animated and format == "webp"
    )


def sticker_url(sticker_id: int, format_type: int) -> str:
    """A sticker by its `format_type`: PNG and APNG as PNG, Lottie as JSON, GIF from the media proxy."""
    if format_type == _STICKER_GIF:
        return f"{_MEDIA_PROXY_BASE}/stickers/{int(sticker_id)}.gif"
    if format_type == _STICKER_LOTTIE:
        return f"{CDN_BASE}/stickers/{int(sticker_id)}.json"
    return cdn_url(f"stickers/{int(sticker_id)}")


def application_icon_url(
    application_id: int, icon_hash: str, *, format: ImageFormat | None = None, size: int | None = None
) -> str:
    """An application's icon."""
    return _hashed(f"app-icons/{int(application_id)}", icon_hash, format, size, gif_ok=False)


def application_cover_url(
    application_id: int, cover_hash: str, *, format: ImageFormat | None = None, size: int | None = None
) -> str:
    """An application's cover image (stored beside its icon)."""
    return _hashed(f"app-icons/{int(application_id)}", cover_hash, format, size, gif_ok=False)


def team_icon_url(
    team_id: int, icon_hash: str, *, format: ImageFormat | None = None, size: int | None = None
) -> str:
    """A developer team's icon."""
    return _hashed(f"team-icons/{int(team_id)}", icon_hash, format, size, gif_ok=False)


def scheduled_event_cover_url(
    event_id: int, cover_hash: str, *, format: ImageFormat | None = None, size: int | None = None
) -> str:
    """A guild scheduled event's cover image."""
    return _hashed(f"guild-events/{int(event_id)}", cover_hash, format, size, gif_ok=False)


def avatar_decoration_url(asset: str, *, size: int | None = None) -> str:
    """An avatar decoration by its `asset` (PNG only)."""
    return cdn_url(f"avatar-decoration-presets/{asset}", size=size)


_SIGNATURES: Final = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


def image_data_uri(data: bytes) -> str:
    """`data:image/png;base64,…`: how Discord takes images in JSON (avatars, icons, emoji…).

    The content type comes from the bytes themselves (PNG, JPEG, GIF or WebP), since Discord rejects a
    mismatched one.
    """
    content_type = next((kind for magic, kind in _SIGNATURES if data.startswith(magic)), None)
    if content_type is None and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        content_type = "image/webp"
    if content_type is None:
        raise ValueError("not a PNG, JPEG, GIF or WebP image")
    return f"data:{content_type};base64,{base64.b64encode(data).decode('ascii')}"
