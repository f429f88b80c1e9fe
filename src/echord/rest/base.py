"""What every requester shares: `request` is `request_with_status` without the status."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence

from echord._support import UNSET, File


class StatusRequester(ABC):
    """Base of the requesters: subclasses send in `request_with_status`; `request` drops the status."""

    __slots__ = ()

    @abstractmethod
    async def request_with_status(
        self,
        method: str,
        template: str,
        path_params: Mapping[str, str | int],
        *,
        query: Mapping[str, object] | None = None,
        body: object = UNSET,
        files: Sequence[File] | None = None,
        form: Mapping[str, str] | None = None,
        parts: Mapping[str, File] | None = None,
        reason: str | None = None,
        auth: bool = True,
        global_exempt: bool = False,
    ) -> tuple[int, bytes]:
        """Send one request and return its 2xx status with the body (b"" for 204)."""

    async def request(
        self,
        method: str,
        template: str,
        path_params: Mapping[str, str | int],
        *,
        query: Mapping[str, object] | None = None,
        body: object = UNSET,
        files: Sequence[File] | None = None,
        form: Mapping[str, str] | None = None,
        parts: Mapping[str, File] | None = None,
        reason: str | None = None,
        auth: bool = True,
        global_exempt: bool = False,
    ) -> bytes:
        """Send one request and return the response body (b"" for 204)."""
        _, data = await self.request_with_status(
            method,
            template,
            path_params,
            query=query,
            body=body,
            files=files,
            form=form,
            parts=parts,
            reason=reason,
            auth=auth,
            global_exempt=global_exempt,
        )
        return data
