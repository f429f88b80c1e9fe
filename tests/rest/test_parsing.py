"""Small pure pieces: routes and their keys, header parsing, the field-error tree, retry delays."""

from __future__ import annotations

import random

import pytest

from echord._support import Snowflake
from echord.errors import FieldError, flatten_field_errors
from echord.rest.headers import parse_rate_limit_headers, parse_too_many_requests
from echord.rest.invalid_requests import InvalidRequestPolicy, is_invalid_response
from echord.rest.retry import RetryPolicy
from echord.rest.routes import Route, hash_secret


def test_routes_fill_paths_and_key_buckets_by_major_parameters() -> None:
    route = Route.build(
        "patch",
        "/channels/{channel_id}/messages/{message_id}",
        {"channel_id": Snowflake(12), "message_id": 34},
    )
    assert route.path == "/channels/12/messages/34"
    assert route.key == "PATCH /channels/{channel_id}/messages/{message_id}"
    assert route.major == "channel_id=12"  # message_id is not a major parameter
    assert not route.idempotent and not route.global_exempt


def test_secret_path_parameters_are_hashed_in_keys_and_quoted_in_paths() -> None:
    route = Route.build(
        "POST", "/webhooks/{webhook_id}/{webhook_token}", {"webhook_id": 1, "webhook_token": "a/b?c"}
    )
    assert route.path == "/webhooks/1/a%2Fb%3Fc"
    assert route.major == f"webhook_id=1,webhook_token={hash_secret('a/b?c')}"
    assert "a/b?c" not in route.major and route.global_exempt
    assert Route.build(
        "POST",
        "/interactions/{interaction_id}/{interaction_token}/callback",
        {"interaction_id": 1, "interaction_token": "t"},
    ).global_exempt


def test_a_missing_path_parameter_is_named() -> None:
    with pytest.raises(ValueError, match="guild_id"):
        Route.build("GET", "/guilds/{guild_id}/roles/{role_id}", {"role_id": 1})


def test_rate_limit_headers() -> None:
    parsed = parse_rate_limit_headers(
        {
            "x-ratelimit-bucket": "abc",
            "x-ratelimit-limit": "5",
            "x-ratelimit-remaining": "0",
            "x-ratelimit-reset-after": "64.57",
        }
    )
    assert parsed is not None and (parsed.bucket, parsed.limit, parsed.remaining, parsed.reset_after) == (
        "abc",
        5,
        0,
        64.57,
    )
    assert parse_rate_limit_headers({"x-ratelimit-limit": "5"}) is None
    assert (
        parse_rate_limit_headers(
            {"x-ratelimit-limit": "x", "x-ratelimit-remaining": "1", "x-ratelimit-reset-after": "1"}
        )
        is None
    )


@pytest.mark.parametrize(
    ("headers", "body", "scope", "retry_after", "from_discord"),
    [
        (
            {"x-ratelimit-scope": "user", "via": "1.1 google"},
            b'{"retry_after": 1.5, "global": false}',
            "user",
            1.5,
            True,
        ),
        (
            {"x-ratelimit-global": "true", "retry-after": "65"},
            b'{"retry_after": 64.57, "global": true}',
            "global",
            64.57,
            True,
        ),
        ({"via": "1.1 google"}, b'{"retry_after": 2, "global": true}', "global", 2.0, True),
        (
            {"x-ratelimit-scope": "shared", "x-ratelimit-bucket": "b"},
            b'{"retry_after": 1336.57}',
            "shared",
            1336.57,
            True,
        ),
        ({"retry-after": "3600"}, b"<html>error code: 1015</html>", "user", 3600.0, False),
        ({"x-ratelimit-scope": "user"}, b"not json", "user", 0.0, False),
        ({}, b'{"retry_after": 5}', "user", 5.0, False),  # JSON but neither Discord header nor Via
    ],
)
def test_429_interpretation(
    headers: dict[str, str], body: bytes, scope: str, retry_after: float, from_discord: bool
) -> None:
    parsed = parse_too_many_requests(headers, body)
    assert (parsed.scope, parsed.retry_after, parsed.from_discord) == (scope, retry_after, from_discord)


def test_field_error_tree_is_flattened_in_order() -> None:
    tree = {
        "embeds": {
            "0": {
                "fields": {
                    "1": {
                        "name": {
                            "_errors": [{"code": "BASE_TYPE_REQUIRED", "message": "This field is required"}]
                        }
                    }
                }
            },
            "3": {
                "_errors": [
                    {"code": "MODEL_TYPE_CONVERT", "message": "Only dictionaries may be used in a ModelType"}
                ]
            },
        },
        "_errors": [{"code": "BASE_TYPE_BAD_LENGTH", "message": "Must be between 1 and 10 in length."}],
    }
    assert flatten_field_errors(tree) == [
        FieldError("embeds.0.fields.1.name", "BASE_TYPE_REQUIRED", "This field is required"),
        FieldError("embeds.3", "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType"),
        FieldError("", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 10 in length."),
    ]
    assert str(FieldError("", "X", "whole body")) == "<body>: whole body (X)"
    assert flatten_field_errors(["not", "a", "tree"]) == []


def test_invalid_responses_and_policy_threshold() -> None:
    assert is_invalid_response(401, None) and is_invalid_response(403, None)
    assert is_invalid_response(429, "user") and is_invalid_response(429, "global")
    assert not is_invalid_response(429, "shared") and not is_invalid_response(404, None)
    assert InvalidRequestPolicy().threshold == 9_500
    assert InvalidRequestPolicy(enabled=False).threshold == 0


def test_backoff_grows_exponentially_with_full_jitter_and_a_cap() -> None:
    policy = RetryPolicy(base=0.5, cap=4.0)
    rng = random.Random(7)
    for attempt, ceiling in [(1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (9, 4.0)]:
        delays = [policy.delay(attempt, rng) for _ in range(200)]
        assert min(delays) >= 0.0 and max(delays) <= ceiling
        assert max(delays) > ceiling * 0.8  # the whole range is used, not a fixed step
    assert policy.may_retry_status(503, True, 3) and not policy.may_retry_status(503, True, 4)
    assert not policy.may_retry_status(503, False, 1) and not policy.may_retry_status(501, True, 1)
