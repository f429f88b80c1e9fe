"""`Attachment`: a file attached to a message."""

from __future__ import annotations

from echord._generated import models as m
from echord.utils import AttachmentFlags

from .base import Identified

__all__ = ["Attachment"]


class Attachment(Identified[m.MessageAttachmentResponse]):
    """A file on a message: where to download it and what Discord knows about it."""

    __slots__ = ()

    @property
    def filename(self) -> str:
        """The file's name."""
        return self.data.filename

    @property
    def url(self) -> str:
        """The CDN URL (signed: it expires, refetch the message for a fresh one)."""
        return self.data.url

    @property
    def size(self) -> int:
        """Size in bytes."""
        return self.data.size

    @property
    def content_type(self) -> str | None:
        """The media type Discord detected, if any."""
        return self.data.content_type if isinstance(self.data.content_type, str) else None

    @property
    def spoiler(self) -> bool:
        """Whether it is hidden behind a spoiler (its name starts with `SPOILER_`)."""
        return self.data.filename.startswith("SPOILER_")

    @property
    def flags(self) -> AttachmentFlags:
        """The attachment's flags (remix, clip, …)."""
        return AttachmentFlags(self.data.flags if isinstance(self.data.flags, int) else 0)
