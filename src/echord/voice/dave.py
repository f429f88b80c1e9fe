"""DAVE (end-to-end encryption) state for one voice connection, on top of the `davey` MLS implementation.

This module owns the protocol version, pending transitions and the MLS session, and turns the voice gateway's
DAVE opcodes into davey calls and replies. Media frames pass through `encrypt` after Opus encoding (before
transport encryption) and through `decrypt` after transport decryption (before Opus decoding).
"""

from __future__ import annotations

import logging
import struct
from collections.abc import Awaitable, Callable, Iterable
from typing import Final

from .errors import VoiceDependencyError
from .rtp import SILENCE_FRAME

__all__ = ["DaveOp", "DaveState", "dave_max_version"]

log = logging.getLogger("echord.voice")


class DaveOp:
    """DAVE voice gateway opcodes (binary ones marked)."""

    PREPARE_TRANSITION: Final = 21
    EXECUTE_TRANSITION: Final = 22
    TRANSITION_READY: Final = 23
    PREPARE_EPOCH: Final = 24
    MLS_EXTERNAL_SENDER: Final = 25  # binary
    MLS_KEY_PACKAGE: Final = 26  # binary
    MLS_PROPOSALS: Final = 27  # binary
    MLS_COMMIT_WELCOME: Final = 28  # binary
    MLS_ANNOUNCE_COMMIT: Final = 29  # binary
    MLS_WELCOME: Final = 30  # binary
    MLS_INVALID_COMMIT_WELCOME: Final = 31


SendJSON = Callable[[int, dict[str, object]], Awaitable[None]]
SendBinary = Callable[[int, bytes], Awaitable[None]]

_MAGIC: Final = b"\xfa\xfa"
"""Every DAVE protocol frame ends with this marker."""
_DOWNGRADE_PASSTHROUGH_SECONDS: Final = 120
_UPGRADE_PASSTHROUGH_SECONDS: Final = 10


def dave_max_version() -> int:
    """The highest DAVE version this install supports; 0 when davey is missing."""
    try:
        import davey
    except ImportError:
        return 0
    return int(davey.DAVE_PROTOCOL_VERSION)


class DaveState:
    """The MLS session, protocol version and transitions of one voice connection."""

    def __init__(
        self,
        *,
        user_id: int,
        channel_id: int,
        send_json: SendJSON,
        send_binary: SendBinary,
        members: Callable[[], Iterable[int]],
    ) -> None:
        try:
            import davey
        except ImportError as exc:
            raise VoiceDependencyError("DAVE needs the davey package: pip install 'echord[voice]'") from exc
        self._davey = davey
        self.user_id = user_id
        self.channel_id = channel_id
        self._send_json = send_json
        self._send_binary = send_binary
        self._members = members
        self.protocol_version = 0
        self._pending: dict[int, int] = {}
        self.session = davey.DaveSession(davey.DAVE_PROTOCOL_VERSION, user_id, channel_id)
        self.invalid_commits_sent = 0

    @property
    def max_version(self) -> int:
        return int(self._davey.DAVE_PROTOCOL_VERSION)

    @property
    def encrypting(self) -> bool:
        """Whether outgoing frames are end-to-end encrypted right now."""
        return self.protocol_version > 0 and bool(self.session.ready)

    @property
    def voice_privacy_code(self) -> str | None:
        """The code users compare to verify the call's E2EE (None before a group exists)."""
        code = self.session.voice_privacy_code
        return None if code is None else str(code)

    def verification_code(self, user_id: int) -> str:
        """A per-member verification code (see the DAVE whitepaper, displayable codes)."""
        return str(self.session.get_verification_code(user_id))

    # -- media ---------------------------------------------------------------------------------------------

    def encrypt(self, opus: bytes) -> bytes:
        """E2EE an Opus frame when the protocol is active; plain frames pass during transition windows."""
        if not self.encrypting:
            return opus
        return bytes(self.session.encrypt_opus(opus))

    def decrypt(self, user_id: int, frame: bytes) -> bytes:
        """Undo E2EE for a sender's frame; ValueError when it cannot be decrypted (no key yet, tampered)."""
        if frame == SILENCE_FRAME:
            return frame
        if not frame.endswith(_MAGIC) and (self.protocol_version == 0 or not self.session.ready):
            return frame  # transport-only call, or a plain frame during a transition window
        try:
            return bytes(self.session.decrypt(user_id, self._davey.MediaType.audio, frame))
        except Exception as exc:
            raise ValueError(f"DAVE decryption failed for {user_id}: {exc}") from exc

    # -- gateway events ------------------------------------------------------------------------------------

    async def on_session_description(self, version: int) -> None:
        """Op 4 names the initial protocol version; a non-zero one starts by sending a key package."""
        self.protocol_version = version
        if version > 0:
            await self._reinit()
        else:
            self.session.reset()
            self.session.set_passthrough_mode(True, None)

    async def _reinit(self) -> None:
        self.session.reinit(self.protocol_version or self.max_version, self.user_id, self.channel_id, None)
        await self._send_binary(DaveOp.MLS_KEY_PACKAGE, bytes(self.session.get_serialized_key_package()))

    def on_external_sender(self, payload: bytes) -> None:
        """Op 25: the voice server's MLS external sender, required before creating or joining a group."""
        self.session.set_external_sender(payload)

    async def on_proposals(self, payload: bytes) -> None:
        """Op 27: append or revoke proposals, then send our commit (and welcome) as op 28."""
        if not payload:
            raise ValueError("empty proposals payload")
        kinds = self._davey.ProposalsOperationType
        if payload[0] not in (0, 1):
            raise ValueError(f"unknown proposals operation {payload[0]}")
        kind = kinds.append if payload[0] == 0 else kinds.revoke
        expected = sorted({self.user_id, *self._members()})
        result = self.session.process_proposals(kind, payload[1:], expected)
        if result is not None:
            body = bytes(result.commit) + (bytes(result.welcome) if result.welcome is not None else b"")
            await self._send_binary(DaveOp.MLS_COMMIT_WELCOME, body)

    async def on_announce_commit(self, payload: bytes) -> None:
        """Op 29: apply the winning commit; on failure flag it (op 31) and ask to be re-added."""
        transition_id, commit = _split_transition(payload)
        try:
            self.session.process_commit(commit)
        except Exception as exc:
            log.warning("DAVE commit for transition %s failed: %s", transition_id, exc)
            await self._recover(transition_id)
            return
        await self._ready_for(transition_id, self.protocol_version or self.max_version)

    async def on_welcome(self, payload: bytes) -> None:
        """Op 30: join the group through a welcome; on failure flag it (op 31) and ask to be re-added."""
        transition_id, welcome = _split_transition(payload)
        try:
            self.session.process_welcome(welcome)
        except Exception as exc:
            log.warning("DAVE welcome for transition %s failed: %s", transition_id, exc)
            await self._recover(transition_id)
            return
        await self._ready_for(transition_id, self.protocol_version or self.max_version)

    async def on_prepare_transition(self, data: dict[str, object]) -> None:
        """Op 21: a downgrade (or other version change) is coming; accept unencrypted media meanwhile."""
        transition_id = _int(data.get("transition_id"))
        version = _int(data.get("protocol_version"))
        if version == 0:
            self.session.set_passthrough_mode(True, _DOWNGRADE_PASSTHROUGH_SECONDS)
        await self._ready_for(transition_id, version)

    def on_execute_transition(self, data: dict[str, object]) -> None:
        """Op 22: switch senders to the prepared protocol context."""
        self._execute(_int(data.get("transition_id")))

    async def on_prepare_epoch(self, data: dict[str, object]) -> None:
        """Op 24: epoch 1 means a new group is being created, so start over with a fresh key package."""
        epoch = _int(data.get("epoch"))
        version = _int(data.get("protocol_version"))
        if epoch == 1:
            self.protocol_version = version
            await self._reinit()

    # -- internals -----------------------------------------------------------------------------------------

    async def _ready_for(self, transition_id: int, version: int) -> None:
        self._pending[transition_id] = version
        if transition_id == 0:
            self._execute(0)
        else:
            await self._send_json(DaveOp.TRANSITION_READY, {"transition_id": transition_id})

    def _execute(self, transition_id: int) -> None:
        if transition_id not in self._pending:
            log.debug("DAVE execute for unknown transition %s", transition_id)
            return
        old, new = self.protocol_version, self._pending.pop(transition_id)
        self.protocol_version = new
        if old > 0 and new == 0:
            log.info("DAVE downgraded to transport-only encryption")
        elif old == 0 and new > 0:
            self.session.set_passthrough_mode(True, _UPGRADE_PASSTHROUGH_SECONDS)
            log.info("DAVE upgraded to protocol version %s", new)

    async def _recover(self, transition_id: int) -> None:
        self.invalid_commits_sent += 1
        await self._send_json(DaveOp.MLS_INVALID_COMMIT_WELCOME, {"transition_id": transition_id})
        await self._reinit()


def _split_transition(payload: bytes) -> tuple[int, bytes]:
    if len(payload) < 2:
        raise ValueError("DAVE payload without a transition id")
    (transition_id,) = struct.unpack_from(">H", payload)
    return int(transition_id), payload[2:]


def _int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"expected an integer, got {value!r}")
    return value
