"""Discord's REST API: `RESTClient` (every endpoint as a typed method) and the requesters that send them.

`RESTRequester` (the default) rate-limits, retries and raises typed errors; its `RateLimiter` keeps state in
a `MemoryStore` or, shared between processes, `echord.rest.redis_store.RedisStore` (needs `echord[redis]`,
so it is not imported here).
"""

from __future__ import annotations

from echord.rest.client import DEFAULT_BASE_URL, PlainRequester, RESTClient
from echord.rest.invalid_requests import InvalidRequestPolicy
from echord.rest.metrics import RESTEvent, RESTMetrics
from echord.rest.ratelimiter import RateLimiter
from echord.rest.requester import RESTRequester
from echord.rest.retry import RetryPolicy
from echord.rest.routes import Route
from echord.rest.store import MemoryStore, RateLimitStore

__all__ = [
    "DEFAULT_BASE_URL",
    "InvalidRequestPolicy",
    "MemoryStore",
    "PlainRequester",
    "RESTClient",
    "RESTEvent",
    "RESTMetrics",
    "RESTRequester",
    "RateLimitStore",
    "RateLimiter",
    "RetryPolicy",
    "Route",
]
