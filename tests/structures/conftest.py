"""Fixtures for structure tests: the respx-mocked API, its REST client and the managers hub (tests/mocked_api.py)."""

from tests.mocked_api import api, cache, http, hub, rest

__all__ = ["api", "cache", "http", "hub", "rest"]
