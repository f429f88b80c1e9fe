"""Ed25519 verification of Discord's HTTP requests (interactions and webhook events).

Discord signs `timestamp + body` with the application's key and sends `X-Signature-Ed25519` and
`X-Signature-Timestamp`. A valid signature on an old timestamp is a replay, so the timestamp must also be
within `max_age` seconds of now.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nacl.signing import VerifyKey

__all__ = ["SignatureError", "Verifier"]

DEFAULT_MAX_AGE = 5 * 60.0


class SignatureError(Exception):
    """The request is not from Discord (or is a replay); answer 401."""


class Verifier:
    """Checks one application's signed requests: `Verifier(public_key_hex).verify(sig, ts, body)`."""

    __slots__ = ("_clock", "_key", "max_age")

    def __init__(
        self, public_key: str, *, max_age: float = DEFAULT_MAX_AGE, clock: Callable[[], float] = time.time
    ) -> None:
        try:
            from nacl.signing import VerifyKey
        except ImportError as exc:  # only the HTTP path needs PyNaCl; the gateway path imports without it
            raise ImportError("the HTTP endpoint needs PyNaCl: pip install 'echord[interactions]'") from exc
        try:
            self._key: VerifyKey = VerifyKey(bytes.fromhex(public_key))
        except ValueError as exc:
            raise ValueError(
                "the public key is 64 hex characters (the Developer Portal's 'Public Key')"
            ) from exc
        self.max_age = max_age
        self._clock = clock

    def verify(self, signature: str | None, timestamp: str | None, body: bytes) -> None:
        """Raise `SignatureError` unless the signature is valid and the timestamp fresh."""
        if not signature or not timestamp:
            raise SignatureError("missing X-Signature-Ed25519 or X-Signature-Timestamp")
        try:
            sent_at = int(timestamp)
        except ValueError:
            raise SignatureError("X-Signature-Timestamp is not a Unix time") from None
        if abs(self._clock() - sent_at) > self.max_age:
            raise SignatureError("X-Signature-Timestamp is outside the replay window")
        try:
            raw_signature = bytes.fromhex(signature)
        except ValueError:
            raise SignatureError("X-Signature-Ed25519 is not hex") from None
        if len(raw_signature) != 64:
            raise SignatureError("X-Signature-Ed25519 is not 64 bytes")
        from nacl.exceptions import BadSignatureError

        try:
            self._key.verify(timestamp.encode() + body, raw_signature)
        except BadSignatureError:
            raise SignatureError("the signature does not match") from None
