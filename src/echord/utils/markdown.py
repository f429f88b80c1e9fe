"""Discord markdown: escaping user text so it shows literally, and stripping formatting from it.

Mentions, custom emoji, timestamps and (by default) links are left whole, since a backslash inside
`<:my_emoji:1>` or `https://a.example/x_y` would break them.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

__all__ = ["escape_markdown", "escape_mentions", "remove_markdown"]

_ANGLE_TOKEN: Final = (
    r"<(?:@[!&]?[0-9]+|#[0-9]+|/[^<>:\n]+:[0-9]+|a?:\w+:[0-9]+|t:-?[0-9]+(?::[A-Za-z])?"
    r"|id:[\w-]+(?::[0-9]+)?|https?://[^\s<>]+)>"
)
_URL: Final = r"https?://[^\s<]*[^\s<.,:;\"'!?)\]]"
_TOKENS_AND_URLS: Final = re.compile(f"{_ANGLE_TOKEN}|{_URL}")
_TOKENS_ONLY: Final = re.compile(_ANGLE_TOKEN)

_INLINE_SPECIAL: Final = re.compile(r"([\\*_~|`\[\]])")
_LINE_START_SPECIAL: Final = re.compile(r"^([ \t]*)([>#]|[-+](?=[ \t#]))", re.MULTILINE)
_LINE_START_NUMBERED: Final = re.compile(r"^([ \t]*[0-9]+)\.(?=[ \t])", re.MULTILINE)

# What keeps its characters literal, found left to right as Discord reads: a backslash escapes the next
# symbol (even a backtick), nothing inside code is special, and mentions, emoji and URLs stay whole.
_LITERAL_PARTS: Final = (
    r"\\(?P<escaped>[^A-Za-z0-9\s])|```(?:[^\s`]*\n)?(?P<block>[\s\S]*?)```|``(?P<double>[\s\S]+?)``"
    r"|`(?P<single>[^`]+)`|(?P<token>" + _ANGLE_TOKEN + r")"
    r"|\[(?P<label>[^\[\]\n]+)\]\(<?https?://[^\s()<>]+>?\)"
)
_LITERALS_AND_URLS: Final = re.compile(_LITERAL_PARTS + f"|(?P<url>{_URL})")
_LITERALS_ONLY: Final = re.compile(_LITERAL_PARTS)
_BLOCK_MARKERS: Final = re.compile(r"^(?:>>> |> |#{1,3} (?=\S)|-# )", re.MULTILINE)
_SPANS: Final = (
    re.compile(r"\*\*([\s\S]+?)\*\*"),
    re.compile(r"__([\s\S]+?)__"),
    re.compile(r"\*(?=\S)([\s\S]*?\S)\*(?!\*)"),
    re.compile(r"\b_([\s\S]+?)_\b"),
    re.compile(r"~~([\s\S]+?)~~"),
    re.compile(r"\|\|([\s\S]+?)\|\|"),
)

_MENTION_PING: Final = re.compile(r"@(everyone|here)|<@([!&]?[0-9]+)>")
_ZERO_WIDTH_SPACE: Final = "\u200b"


def _escape_inline(text: str) -> str:
    return _INLINE_SPECIAL.sub(r"\\\1", text)


def escape_markdown(text: str, *, ignore_links: bool = True) -> str:
    """Backslash-escape everything Discord would format, so `text` shows exactly as written.

    Covers bold, italics, underline, strikethrough, spoilers, code, masked links, quotes, headings,
    subtext and lists. With `ignore_links=False` URLs are escaped too (they then stop being links).
    """
    protected = _TOKENS_AND_URLS if ignore_links else _TOKENS_ONLY
    pieces: list[str] = []
    position = 0
    for match in protected.finditer(text):
        pieces.append(_escape_inline(text[position : match.start()]))
        pieces.append(match[0])
        position = match.end()
    pieces.append(_escape_inline(text[position:]))
    escaped = "".join(pieces)
    escaped = _LINE_START_SPECIAL.sub(r"\1\\\2", escaped)
    return _LINE_START_NUMBERED.sub(r"\1\\.", escaped)


def _free_marker(text: str) -> str:
    # A private-use character absent from the text delimits placeholders, so no input can forge one.
    for code in itertools.chain(range(0xE000, 0xF900), range(0xF0000, 0xFFFFE)):
        marker = chr(code)
        if marker not in text:
            return marker
    raise ValueError("text uses every private-use character; cannot strip its markdown")


def remove_markdown(text: str, *, ignore_links: bool = True) -> str:
    """The text a reader sees, without the formatting characters: `**hi** ||there||` → `hi there`.

    Code keeps its content verbatim, masked links keep their label, escaped characters lose their
    backslash. With `ignore_links=False` URLs are treated as text, so `_` pairs inside them are removed.
    """
    marker = _free_marker(text)
    kept: list[str] = []

    def keep(value: str) -> str:
        kept.append(value)
        return f"{marker}{len(kept) - 1}{marker}"

    literals = _LITERALS_AND_URLS if ignore_links else _LITERALS_ONLY

    def keep_literal(match: re.Match[str]) -> str:
        if match["label"] is not None:  # a masked link shows only its label, which may hold code
            return literals.sub(keep_literal, match["label"])
        if match["token"] is not None or match.groupdict().get("url") is not None:
            return keep(match[0])
        return keep(
            next(part for part in match.group("escaped", "block", "double", "single") if part is not None)
        )

    text = literals.sub(keep_literal, text)
    text = _BLOCK_MARKERS.sub("", text)
    previous = None
    while previous != text:
        previous = text
        for span in _SPANS:
            text = span.sub(r"\1", text)
    placeholder = re.compile(f"{marker}([0-9]+){marker}")
    # A kept piece can hold an older placeholder (a URL around inline code), so restore until none is left.
    while marker in text:
        text = placeholder.sub(lambda match: kept[int(match[1])], text)
    return text


def escape_mentions(text: str) -> str:
    """Break `@everyone`, `@here` and user/role mentions with a zero-width space so they cannot ping.

    For showing user text safely; to control pings in messages you send, `allowed_mentions` is the tool.
    """

    def defuse(match: re.Match[str]) -> str:
        if match[1] is not None:
            return f"@{_ZERO_WIDTH_SPACE}{match[1]}"
        return f"<@{_ZERO_WIDTH_SPACE}{match[2]}>"

    return _MENTION_PING.sub(defuse, text)
