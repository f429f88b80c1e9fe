"""Fixtures for the structure and manager tests: a REST client aimed at a respx-mocked API, and the managers
hub on it. Each folder's conftest imports them (tests/structures, tests/managers)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
import respx

from echord.cache import Cache
from echord.managers import Managers
from echord.rest import RESTClient
from echord.rest.client import PlainRequester
from tests.structures.payloads import API, TOKEN


@pytest.fixture(scope="session")
def http() -> httpx.AsyncClient:
    """One httpx client for the session: building its TLS context per test is slow; respx intercepts it."""
    return httpx.AsyncClient()


@pytest.fixture
async def rest(http: httpx.AsyncClient) -> AsyncIterator[RESTClient]:
    async with RESTClient(TOKEN, requester=PlainRequester(TOKEN, base_url=API, http=http)) as client:
        yield client


@pytest.fixture
def cache() -> Cache:
    return Cache()


@pytest.fixture
def hub(rest: RESTClient, cache: Cache) -> Managers:
    return Managers(rest, cache, application_id=999)


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    """A respx router for the test API; every request must match a route (unmatched ones fail)."""
    with respx.mock(base_url=API, assert_all_called=False) as router:
        yield router
