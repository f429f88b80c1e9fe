"""CDN URLs (reference: Image Formatting, CDN Endpoints) and image data URIs (reference: Image Data)."""

from __future__ import annotations

import base64

import pytest

from echord.utils import (
    application_cover_url,
    application_icon_url,
    avatar_decoration_url,
    cdn_url,
    default_avatar_index,
    default_avatar_url,
    emoji_url,
    guild_banner_url,
    guild_discovery_splash_url,
    guild_icon_url,
    guild_splash_url,
    guild_tag_badge_url,
    image_data_uri,
    is_animated_hash,
    member_avatar_url,
    member_banner_url,
    role_icon_url,
    scheduled_event_cover_url,
    sticker_url,
    team_icon_url,
    user_avatar_url,
    user_banner_url,
)

CDN = "https://cdn.discordapp.com/"
STATIC = "1269e74af4df7417b13759eae50c83dc"
ANIMATED = "a_1269e74af4df7417b13759eae50c83dc"


def test_every_endpoint_path_of_the_table() -> None:
    assert emoji_url(1) == CDN + "emojis/1.webp"
    assert guild_icon_url(2, STATIC) == CDN + f"icons/2/{STATIC}.png"
    assert guild_splash_url(2, STATIC) == CDN + f"splashes/2/{STATIC}.png"
    assert guild_discovery_splash_url(2, STATIC) == CDN + f"discovery-splashes/2/{STATIC}.png"
    assert guild_banner_url(2, STATIC) == CDN + f"banners/2/{STATIC}.png"
    assert user_banner_url(3, STATIC) == CDN + f"banners/3/{STATIC}.png"
    assert default_avatar_url(3, "1337") == CDN + "embed/avatars/2.png"
    assert user_avatar_url(3, STATIC) == CDN + f"avatars/3/{STATIC}.png"
    assert member_avatar_url(2, 3, STATIC) == CDN + f"guilds/2/users/3/avatars/{STATIC}.png"
    assert avatar_decoration_url("a_dec") == CDN + "avatar-decoration-presets/a_dec.png"
    assert application_icon_url(4, STATIC) == CDN + f"app-icons/4/{STATIC}.png"
    assert application_cover_url(4, STATIC) == CDN + f"app-icons/4/{STATIC}.png"
    assert team_icon_url(5, STATIC) == CDN + f"team-icons/5/{STATIC}.png"
    assert sticker_url(6, 1) == CDN + "stickers/6.png"
    assert role_icon_url(7, STATIC) == CDN + f"role-icons/7/{STATIC}.png"
    assert scheduled_event_cover_url(8, STATIC) == CDN + f"guild-events/8/{STATIC}.png"
    assert member_banner_url(2, 3, STATIC) == CDN + f"guilds/2/users/3/banners/{STATIC}.png"
    assert guild_tag_badge_url(2, STATIC) == CDN + f"guild-tag-badges/2/{STATIC}.png"


def test_animated_hashes_become_animated_webp() -> None:
    assert is_animated_hash(ANIMATED) and not is_animated_hash(STATIC)
    assert user_avatar_url(3, ANIMATED) == CDN + f"avatars/3/{ANIMATED}.webp?animated=true"
    assert user_avatar_url(3, ANIMATED, format="gif", size=64) == CDN + f"avatars/3/{ANIMATED}.gif?size=64"
    assert user_avatar_url(3, ANIMATED, format="png") == CDN + f"avatars/3/{ANIMATED}.png"
    assert emoji_url(1, animated=True, size=32) == CDN + "emojis/1.webp?size=32&animated=true"
    # Splashes are never animated, whatever the hash looks like.
    assert guild_splash_url(2, ANIMATED) == CDN + f"splashes/2/{ANIMATED}.png"
    with pytest.raises(ValueError, match="GIF"):
        guild_icon_url(2, STATIC, format="gif")
    with pytest.raises(ValueError, match="GIF"):
        emoji_url(1, format="gif")


def test_size_and_format_checks() -> None:
    assert cdn_url("icons/1/x", format="jpg", size=4096) == CDN + "icons/1/x.jpg?size=4096"
    for bad_size in (8, 100, 8192):
        with pytest.raises(ValueError, match="power of two"):
            cdn_url("icons/1/x", size=bad_size)
    with pytest.raises(ValueError, match="format"):
        cdn_url("icons/1/x", format="bmp")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="WebP"):
        cdn_url("icons/1/x", format="png", animated=True)


def test_default_avatar_index() -> None:
    user_id = 80351110224678912
    assert default_avatar_index(user_id) == (user_id >> 22) % 6
    assert default_avatar_index(user_id, "0") == (user_id >> 22) % 6
    assert default_avatar_index(user_id, "0007") == 2


def test_stickers_by_format_type() -> None:
    assert sticker_url(6, 2) == CDN + "stickers/6.png"  # APNG
    assert sticker_url(6, 3) == CDN + "stickers/6.json"  # LOTTIE
    assert sticker_url(6, 4) == "https://media.discordapp.net/stickers/6.gif"


@pytest.mark.parametrize(
    ("data", "content_type"),
    [
        (b"\x89PNG\r\n\x1a\n....", "image/png"),
        (b"\xff\xd8\xff\xe0....", "image/jpeg"),
        (b"GIF89a....", "image/gif"),
        (b"GIF87a....", "image/gif"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp"),
    ],
)
def test_image_data_uri(data: bytes, content_type: str) -> None:
    uri = image_data_uri(data)
    prefix = f"data:{content_type};base64,"
    assert uri.startswith(prefix)
    assert base64.b64decode(uri[len(prefix) :]) == data


def test_image_data_uri_rejects_other_bytes() -> None:
    with pytest.raises(ValueError):
        image_data_uri(b"<svg></svg>")
