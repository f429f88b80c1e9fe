"""Multipart uploads: form fields, `payload_json`, `files[n]` and named file parts, re-readable for retries.

Each attempt reads every file again: bytes are reused, paths are reopened, seekable file objects are sought
back to where they started. Sources that cannot be read twice (async iterators, unseekable streams) are
buffered in memory on the first read, so a retry sends exactly the same bytes.
"""

from __future__ import annotations

import asyncio
import mimetypes
import os
import secrets
from collections.abc import AsyncIterable, Mapping, Sequence
from pathlib import Path

from echord._support import File

__all__ = ["FileReader", "encode_multipart", "merge_attachments"]


class FileReader:
    """Reads the files of one request, once per attempt."""

    __slots__ = ("_buffers", "_files", "_starts")

    def __init__(self, files: Sequence[File]) -> None:
        self._files = list(files)
        self._buffers: dict[int, bytes] = {}
        self._starts: dict[int, int] = {}

    @property
    def files(self) -> list[File]:
        return self._files

    async def read_all(self) -> list[bytes]:
        """The content of every file, in order (from the start again on each call)."""
        return [await self._read(index, file) for index, file in enumerate(self._files)]

    async def _read(self, index: int, file: File) -> bytes:
        source = file.source
        if index in self._buffers:
            return self._buffers[index]
        if isinstance(source, bytes | bytearray | memoryview):
            return bytes(source)
        if isinstance(source, str | os.PathLike):
            return await asyncio.to_thread(Path(source).read_bytes)
        if isinstance(source, AsyncIterable):
            data = b"".join([bytes(chunk) async for chunk in source])
            self._buffers[index] = data
            return data
        seekable = source.seekable()
        if seekable:
            if index in self._starts:
                source.seek(self._starts[index])
            else:
                self._starts[index] = source.tell()
        data = source.read()
        if not seekable:
            self._buffers[index] = data
        return data


def merge_attachments(payload: object, files: Sequence[File]) -> object:
    """Add an `attachments` entry `{id: n, filename, description}` per new file to a JSON-ready payload.

    Entries the caller already gave (existing attachments to keep, or metadata with id `n`) are kept;
    missing filename/description are filled in from the `File`.
    """
    body: dict[str, object] = dict(payload) if isinstance(payload, Mapping) else {}
    given = body.get("attachments")
    attachments: list[object] = list(given) if isinstance(given, list) else []
    by_id: dict[str, dict[str, object]] = {}
    for index, entry in enumerate(attachments):
        if isinstance(entry, Mapping):
            copy = dict(entry)
            attachments[index] = copy
            by_id[str(copy.get("id"))] = copy
    for index, file in enumerate(files):
        entry = by_id.get(str(index))
        if entry is None:
            entry = {"id": str(index)}
            attachments.append(entry)
        entry.setdefault("filename", file.filename)
        if file.description is not None:
            entry.setdefault("description", file.description)
    body["attachments"] = attachments
    return body


def _quote(name: str) -> str:
    return name.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


def _file_part(boundary: str, name: str, file: File, content: bytes) -> list[bytes]:
    content_type = file.content_type or mimetypes.guess_type(file.filename)[0] or "application/octet-stream"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="{_quote(name)}"; '
        f'filename="{_quote(file.filename)}"\r\nContent-Type: {content_type}\r\n\r\n'
    )
    return [head.encode(), content, b"\r\n"]


def encode_multipart(
    payload_json: bytes | None,
    files: Sequence[File],
    contents: Sequence[bytes],
    boundary: str | None = None,
    *,
    form: Mapping[str, str] | None = None,
    named: Sequence[tuple[str, File, bytes]] = (),
) -> tuple[bytes, str]:
    """The multipart/form-data body and its Content-Type header value.

    Parts in order: `form` fields, `payload_json`, `files[n]`, then `named` (part name, file, content).
    """
    boundary = boundary or secrets.token_hex(16)
    parts: list[bytes] = []
    for key, value in (form or {}).items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{_quote(key)}"\r\n\r\n'.encode())
        parts.append(value.encode())
        parts.append(b"\r\n")
    if payload_json is not None:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="payload_json"\r\n'
            "Content-Type: application/json\r\n\r\n".encode()
        )
        parts.append(payload_json)
        parts.append(b"\r\n")
    for index, (file, content) in enumerate(zip(files, contents, strict=True)):
        parts += _file_part(boundary, f"files[{index}]", file, content)
    for name, file, content in named:
        parts += _file_part(boundary, name, file, content)
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"
