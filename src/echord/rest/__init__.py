"""Discord's REST API: `RESTClient` (every endpoint as a typed method) and the requesters that send them."""

from __future__ import annotations

from echord.rest.client import DEFAULT_BASE_URL, PlainRequester, RESTClient

__all__ = ["DEFAULT_BASE_URL", "PlainRequester", "RESTClient"]
