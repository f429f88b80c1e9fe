"""Transport encryption for the two rtpsize AEAD modes Discord still accepts.

Both modes authenticate the clear RTP header (fixed part, CSRCs, extension preamble) as associated data,
encrypt the rest, and append a 4-byte big-endian counter that seeds the nonce. The counter is stripped before
decrypting. Deprecated xsalsa20 modes are deliberately absent: Discord rejects them since 2024-11-18.
"""

from __future__ import annotations

import struct
from typing import Final, Protocol

from .errors import VoiceDependencyError
from .rtp import RTPHeader, extension_body_length, parse_packet

__all__ = [
    "AES256_GCM_RTPSIZE",
    "SUPPORTED_MODES",
    "XCHACHA20_RTPSIZE",
    "AES256GCMCipher",
    "DecryptedPacket",
    "TransportCipher",
    "XChaCha20Cipher",
    "choose_mode",
    "cipher_for",
]

AES256_GCM_RTPSIZE: Final = "aead_aes256_gcm_rtpsize"
XCHACHA20_RTPSIZE: Final = "aead_xchacha20_poly1305_rtpsize"
SUPPORTED_MODES: Final = (AES256_GCM_RTPSIZE, XCHACHA20_RTPSIZE)
"""In order of preference: Discord asks clients to prefer AES-GCM when the server offers it."""


class DecryptedPacket:
    """A transport-decrypted RTP packet: header and the media payload (extension data removed)."""

    __slots__ = ("header", "payload")

    def __init__(self, header: RTPHeader, payload: bytes) -> None:
        self.header = header
        self.payload = payload


class TransportCipher(Protocol):
    """Encrypts outgoing and decrypts incoming RTP packets for one session key."""

    mode: str

    def encrypt(self, header: bytes, payload: bytes, counter: int) -> bytes: ...

    def decrypt(self, packet: bytes) -> DecryptedPacket: ...


class _RtpSizeCipher:
    """Shared rtpsize framing; subclasses supply the AEAD primitive and nonce width."""

    mode: str = ""
    _nonce_size: int = 0

    def _seal(self, plaintext: bytes, aad: bytes, nonce: bytes) -> bytes:
        raise NotImplementedError

    def _open(self, ciphertext: bytes, aad: bytes, nonce: bytes) -> bytes:
        raise NotImplementedError

    def encrypt(self, header: bytes, payload: bytes, counter: int) -> bytes:
        """`header` is sent in clear and authenticated; `counter` must increase for every packet."""
        suffix = struct.pack(">I", counter & 0xFFFFFFFF)
        nonce = suffix + bytes(self._nonce_size - 4)
        return header + self._seal(payload, header, nonce) + suffix

    def decrypt(self, packet: bytes) -> DecryptedPacket:
        """Raises ValueError for malformed packets and failed authentication."""
        if len(packet) < 12 + 4 + 16:
            raise ValueError("packet too short for rtpsize AEAD")
        parsed = parse_packet(packet[:-4])
        nonce = packet[-4:] + bytes(self._nonce_size - 4)
        try:
            plain = self._open(parsed.body, parsed.clear, nonce)
        except Exception as exc:
            raise ValueError("transport decryption failed") from exc
        skip = extension_body_length(parsed.clear, parsed.header.has_extension)
        return DecryptedPacket(parsed.header, plain[skip:])


class XChaCha20Cipher(_RtpSizeCipher):
    """aead_xchacha20_poly1305_rtpsize through libsodium (PyNaCl); every server offers it."""

    mode = XCHACHA20_RTPSIZE
    _nonce_size = 24

    def __init__(self, key: bytes) -> None:
        try:
            from nacl import bindings
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise VoiceDependencyError("voice needs PyNaCl: pip install 'echord[voice]'") from exc
        self._bindings = bindings
        self._key = bytes(key)

    def _seal(self, plaintext: bytes, aad: bytes, nonce: bytes) -> bytes:
        result: bytes = self._bindings.crypto_aead_xchacha20poly1305_ietf_encrypt(
            plaintext, aad, nonce, self._key
        )
        return result

    def _open(self, ciphertext: bytes, aad: bytes, nonce: bytes) -> bytes:
        result: bytes = self._bindings.crypto_aead_xchacha20poly1305_ietf_decrypt(
            ciphertext, aad, nonce, self._key
        )
        return result


class AES256GCMCipher(_RtpSizeCipher):
    """aead_aes256_gcm_rtpsize through `cryptography`; preferred when the server offers it."""

    mode = AES256_GCM_RTPSIZE
    _nonce_size = 12

    def __init__(self, key: bytes) -> None:
        try:
            from cryptography.hazmat.primitives.ciphers.aead import AESGCM
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise VoiceDependencyError("voice needs cryptography: pip install 'echord[voice]'") from exc
        self._aead = AESGCM(bytes(key))

    def _seal(self, plaintext: bytes, aad: bytes, nonce: bytes) -> bytes:
        return self._aead.encrypt(nonce, plaintext, aad)

    def _open(self, ciphertext: bytes, aad: bytes, nonce: bytes) -> bytes:
        return self._aead.decrypt(nonce, ciphertext, aad)


def choose_mode(offered: list[str]) -> str:
    """The best mode both sides support; raises when the server offers none of ours."""
    for mode in SUPPORTED_MODES:
        if mode in offered:
            return mode
    raise ValueError(f"no supported encryption mode among {offered}")


def cipher_for(mode: str, key: bytes) -> TransportCipher:
    """The cipher for a mode named in Session Description (op 4)."""
    if mode == AES256_GCM_RTPSIZE:
        return AES256GCMCipher(key)
    if mode == XCHACHA20_RTPSIZE:
        return XChaCha20Cipher(key)
    raise ValueError(f"unsupported encryption mode {mode!r}")
