"""The voice server's MLS external sender, built by hand for the emulator (RFC 9420 wire format).

davey only implements the member side of DAVE. Discord's voice server is the group's *external sender*: it
publishes its credential (op 25) and signs Add/Remove proposals (op 27) that members must commit. This module
plays that role with a real P-256 ECDSA key so davey's own MLS validation accepts (or rejects) what the
emulator sends exactly as it would Discord's messages. It covers ciphersuite 2 (DAVE protocol version 1).
"""

from __future__ import annotations

import struct

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

__all__ = [
    "ExternalSender",
    "commit_epoch",
    "group_id_for",
    "proposal_ref",
    "proposals_payload",
    "read_vector",
    "revoke_payload",
    "split_commit_welcome",
    "vector",
]

_MLS10 = 1
_WIRE_PUBLIC_MESSAGE = 1
_SENDER_EXTERNAL = 2
_CONTENT_PROPOSAL = 2
_PROPOSAL_ADD = 1
_PROPOSAL_REMOVE = 3
_CREDENTIAL_BASIC = 1


def _varint(n: int) -> bytes:
    if n < 1 << 6:
        return bytes([n])
    if n < 1 << 14:
        return struct.pack(">H", 0x4000 | n)
    if n < 1 << 30:
        return struct.pack(">I", 0x80000000 | n)
    raise ValueError("vector too long for MLS")


def vector(data: bytes) -> bytes:
    """An MLS variable-length vector: QUIC-style varint length, then the bytes."""
    return _varint(len(data)) + data


def read_vector(data: bytes, offset: int) -> tuple[bytes, int]:
    """The vector at `offset` and the offset after it."""
    first = data[offset]
    prefix = first >> 6
    if prefix == 0:
        length, offset = first & 0x3F, offset + 1
    elif prefix == 1:
        length, offset = struct.unpack_from(">H", data, offset)[0] & 0x3FFF, offset + 2
    elif prefix == 2:
        length, offset = struct.unpack_from(">I", data, offset)[0] & 0x3FFFFFFF, offset + 4
    else:
        raise ValueError("invalid MLS varint")
    return data[offset : offset + length], offset + length


class ExternalSender:
    """Holds the voice server's signing key and produces op 25 and op 27 payloads."""

    def __init__(self, identity: bytes = b"echord-emulator-voice-server") -> None:
        self._key = ec.generate_private_key(ec.SECP256R1())
        self.public_key = self._key.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )
        self.identity = identity

    def package(self) -> bytes:
        """Op 25 payload: ExternalSender { signature_key<V>, Credential { basic, identity<V> } }."""
        return vector(self.public_key) + struct.pack(">H", _CREDENTIAL_BASIC) + vector(self.identity)

    def add_proposal(self, group_id: bytes, epoch: int, key_package: bytes) -> bytes:
        """An MLSMessage(PublicMessage) proposing to add the member whose op 26 KeyPackage this is."""
        (version,) = struct.unpack_from(">H", key_package)
        if version != _MLS10:
            raise ValueError("not an MLS 1.0 KeyPackage")
        proposal = struct.pack(">H", _PROPOSAL_ADD) + key_package
        return self._public_message(group_id, epoch, proposal)

    def remove_proposal(self, group_id: bytes, epoch: int, leaf_index: int) -> bytes:
        """An MLSMessage(PublicMessage) proposing to remove the member at `leaf_index`."""
        return self._public_message(group_id, epoch, struct.pack(">HI", _PROPOSAL_REMOVE, leaf_index))

    def _public_message(self, group_id: bytes, epoch: int, proposal: bytes) -> bytes:
        content = (
            vector(group_id)
            + struct.pack(">Q", epoch)
            + struct.pack(">BI", _SENDER_EXTERNAL, 0)
            + vector(b"")
            + bytes([_CONTENT_PROPOSAL])
            + proposal
        )
        tbs = struct.pack(">HH", _MLS10, _WIRE_PUBLIC_MESSAGE) + content
        sign_content = vector(b"MLS 1.0 FramedContentTBS") + vector(tbs)
        signature = self._key.sign(sign_content, ec.ECDSA(hashes.SHA256()))
        return tbs + vector(signature)


def proposals_payload(messages: list[bytes]) -> bytes:
    """Op 27 body for an append: operation type 0, then the vector of MLSMessages."""
    return b"\x00" + vector(b"".join(messages))


def proposal_ref(message: bytes) -> bytes:
    """RFC 9420 ProposalRef of an external sender's proposal: RefHash over its AuthenticatedContent.

    For a PublicMessage from an external sender, AuthenticatedContent is the MLSMessage without its version
    (wire format, FramedContent, FramedContentAuthData); the hash is SHA-256 for DAVE's ciphersuite.
    """
    digest = hashes.Hash(hashes.SHA256())
    digest.update(vector(b"MLS 1.0 Proposal Reference") + vector(message[2:]))
    return digest.finalize()


def revoke_payload(messages: list[bytes]) -> bytes:
    """Op 27 body for a revoke: operation type 1, then the vector of ProposalRefs."""
    return b"\x01" + vector(b"".join(vector(proposal_ref(m)) for m in messages))


def group_id_for(channel_id: int) -> bytes:
    """DAVE's MLS group id: the channel id as 8 big-endian bytes."""
    return struct.pack(">Q", channel_id)


def _skip_vector(data: bytes, offset: int) -> int:
    return read_vector(data, offset)[1]


def _skip_leaf_node(data: bytes, offset: int) -> int:
    offset = _skip_vector(data, offset)  # encryption_key
    offset = _skip_vector(data, offset)  # signature_key
    offset += 2  # credential_type
    offset = _skip_vector(data, offset)  # basic identity (DAVE uses basic credentials only)
    for _ in range(5):  # capabilities: versions, cipher_suites, extensions, proposals, credentials
        offset = _skip_vector(data, offset)
    source = data[offset]
    offset += 1
    if source == 1:
        offset += 16  # lifetime
    elif source == 3:
        offset = _skip_vector(data, offset)  # parent_hash
    offset = _skip_vector(data, offset)  # extensions
    return _skip_vector(data, offset)  # signature


def split_commit_welcome(payload: bytes) -> tuple[bytes, bytes | None]:
    """Op 28 carries an MLSMessage commit followed by an optional Welcome; find where the commit ends."""
    version, wire = struct.unpack_from(">HH", payload)
    if version != _MLS10 or wire != _WIRE_PUBLIC_MESSAGE:
        raise ValueError("commit is not an MLS 1.0 PublicMessage")
    offset = _skip_vector(payload, 4)  # group_id
    offset += 8  # epoch
    sender_type = payload[offset]
    offset += 1
    if sender_type in (1, 2):
        offset += 4
    offset = _skip_vector(payload, offset)  # authenticated_data
    content_type = payload[offset]
    offset += 1
    if content_type != 3:
        raise ValueError("MLS message is not a commit")
    offset = _skip_vector(payload, offset)  # proposals
    has_path = payload[offset]
    offset += 1
    if has_path:
        offset = _skip_leaf_node(payload, offset)
        offset = _skip_vector(payload, offset)  # UpdatePathNode nodes
    offset = _skip_vector(payload, offset)  # signature
    offset = _skip_vector(payload, offset)  # confirmation_tag
    if sender_type == 1:
        offset = _skip_vector(payload, offset)  # membership_tag
    if offset > len(payload):
        raise ValueError("truncated commit")
    rest = payload[offset:]
    return payload[:offset], (rest or None)


def commit_epoch(commit: bytes) -> int:
    """The epoch a commit was made in (it moves the group to epoch + 1)."""
    offset = _skip_vector(commit, 4)
    (epoch,) = struct.unpack_from(">Q", commit, offset)
    return int(epoch)
