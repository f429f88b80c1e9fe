"""`Embed`: build a rich embed to send, or read one Discord sent."""

from __future__ import annotations

from datetime import datetime

from echord._generated import models as m

__all__ = ["Embed"]


class Embed:
    """A rich embed under construction; `send(embeds=[...])` takes it (or a generated `RichEmbed`).

    Setters return the embed, so calls chain: `Embed(title="Hi").add_field("a", "b").set_footer("f")`.
    `Embed.from_response(message.data.embeds[0])` turns a received embed into one to send on.
    """

    __slots__ = ("data",)

    def __init__(
        self,
        *,
        title: str | None = None,
        description: str | None = None,
        url: str | None = None,
        colour: int | None = None,
        timestamp: datetime | None = None,
    ) -> None:
        self.data = m.RichEmbed(type="rich")
        if title is not None:
            self.data.title = title
        if description is not None:
            self.data.description = description
        if url is not None:
            self.data.url = url
        if colour is not None:
            self.data.color = int(colour)
        if timestamp is not None:
            self.data.timestamp = timestamp

    def __repr__(self) -> str:
        return f"Embed({self.data!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Embed) and other.data == self.data

    __hash__ = None  # type: ignore[assignment]  # mutable builder

    @classmethod
    def from_response(cls, embed: m.MessageEmbedResponse) -> Embed:
        """An embed to send with the fields of a received one (proxy URLs and sizes are Discord's, not sent)."""
        out = cls(
            title=embed.title or None,
            description=embed.description or None,
            url=embed.url or None,
            colour=embed.color if isinstance(embed.color, int) else None,
            timestamp=embed.timestamp if isinstance(embed.timestamp, datetime) else None,
        )
        for field in embed.fields or ():
            out.add_field(field.name, field.value, inline=bool(field.inline))
        if embed.author:
            out.set_author(
                embed.author.name, url=embed.author.url or None, icon_url=embed.author.icon_url or None
            )
        if embed.footer:
            out.set_footer(embed.footer.text, icon_url=embed.footer.icon_url or None)
        if embed.image and isinstance(embed.image.url, str):
            out.set_image(embed.image.url)
        if embed.thumbnail and isinstance(embed.thumbnail.url, str):
            out.set_thumbnail(embed.thumbnail.url)
        return out

    def add_field(self, name: str, value: str, *, inline: bool = False) -> Embed:
        """Append a field (Discord allows 25)."""
        fields = self.data.fields if isinstance(self.data.fields, list) else []
        fields.append(m.RichEmbedField(name=name, value=value, inline=inline))
        self.data.fields = fields
        return self

    def set_author(self, name: str, *, url: str | None = None, icon_url: str | None = None) -> Embed:
        """The author line at the top."""
        author = m.RichEmbedAuthor(name=name)
        if url is not None:
            author.url = url
        if icon_url is not None:
            author.icon_url = icon_url
        self.data.author = author
        return self

    def set_footer(self, text: str, *, icon_url: str | None = None) -> Embed:
        """The footer line at the bottom."""
        footer = m.RichEmbedFooter(text=text)
        if icon_url is not None:
            footer.icon_url = icon_url
        self.data.footer = footer
        return self

    def set_image(self, url: str) -> Embed:
        """The large image (an `attachment://name` URL shows an uploaded file)."""
        self.data.image = m.RichEmbedImage(url=url)
        return self

    def set_thumbnail(self, url: str) -> Embed:
        """The small image at the top right."""
        self.data.thumbnail = m.RichEmbedThumbnail(url=url)
        return self

    def to_request(self) -> m.RichEmbed:
        """The generated model sent to Discord."""
        return self.data
