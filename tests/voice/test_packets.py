"""RTP, transport encryption, IP discovery and Ogg parsing."""

from __future__ import annotations

import io
import struct

import pytest
from hypothesis import given
from hypothesis import strategies as st

from echord.voice.crypto import (
    AES256_GCM_RTPSIZE,
    XCHACHA20_RTPSIZE,
    AES256GCMCipher,
    XChaCha20Cipher,
    choose_mode,
    cipher_for,
)
from echord.voice.ogg import OggError, iter_opus_packets
from echord.voice.rtp import build_header, is_rtcp, parse_packet
from echord.voice.udp import build_discovery_request, build_discovery_response, parse_discovery

KEY = bytes(range(32))


def test_header_layout() -> None:
    header = build_header(0x1234, 0xDEADBEEF, 42)
    assert header == b"\x80\x78\x12\x34\xde\xad\xbe\xef\x00\x00\x00\x2a"
    parsed = parse_packet(header + b"xyz")
    assert (parsed.header.sequence, parsed.header.timestamp, parsed.header.ssrc) == (0x1234, 0xDEADBEEF, 42)
    assert parsed.body == b"xyz"


def test_sequence_and_timestamp_wrap() -> None:
    parsed = parse_packet(build_header(0x1_0001, 0x1_0000_0005, 1)).header
    assert parsed.sequence == 1 and parsed.timestamp == 5


def test_rejects_non_rtp() -> None:
    with pytest.raises(ValueError):
        parse_packet(b"\x00" * 20)
    with pytest.raises(ValueError):
        parse_packet(b"\x80")
    assert is_rtcp(b"\x81\xc9" + bytes(6))
    assert not is_rtcp(build_header(1, 1, 1))


@pytest.mark.parametrize("cls", [AES256GCMCipher, XChaCha20Cipher])
@given(payload=st.binary(min_size=1, max_size=400), counter=st.integers(0, 2**32 - 1))
def test_roundtrip(cls: type[AES256GCMCipher] | type[XChaCha20Cipher], payload: bytes, counter: int) -> None:
    cipher = cls(KEY)
    header = build_header(7, 960, 99)
    packet = cipher.encrypt(header, payload, counter)
    assert packet[:12] == header
    assert packet[-4:] == struct.pack(">I", counter)
    assert payload not in packet[12:-4] or len(payload) < 4
    out = cipher.decrypt(packet)
    assert out.payload == payload and out.header.ssrc == 99


@pytest.mark.parametrize("mode", [AES256_GCM_RTPSIZE, XCHACHA20_RTPSIZE])
def test_tampering_and_wrong_key_fail(mode: str) -> None:
    packet = bytearray(cipher_for(mode, KEY).encrypt(build_header(1, 2, 3), b"opus-data", 5))
    with pytest.raises(ValueError):
        cipher_for(mode, bytes(32)).decrypt(bytes(packet))
    packet[1] ^= 0x01  # the header is authenticated (associated data)
    with pytest.raises(ValueError):
        cipher_for(mode, KEY).decrypt(bytes(packet))
    with pytest.raises(ValueError):
        cipher_for(mode, KEY).decrypt(b"\x80\x78" + bytes(20))


@pytest.mark.parametrize("mode", [AES256_GCM_RTPSIZE, XCHACHA20_RTPSIZE])
def test_rtpsize_keeps_the_extension_preamble_clear_and_strips_its_body(mode: str) -> None:
    fixed = bytearray(build_header(1, 960, 5))
    fixed[0] |= 0x10  # X bit
    preamble = b"\xbe\xde\x00\x01"
    extension_body = b"\x10\xff\x00\x00"
    packet = cipher_for(mode, KEY).encrypt(bytes(fixed) + preamble, extension_body + b"OPUS", 1)
    assert packet[12:16] == preamble
    out = cipher_for(mode, KEY).decrypt(packet)
    assert out.header.has_extension and out.payload == b"OPUS"


def test_mode_choice_prefers_aes_gcm_and_never_picks_deprecated_modes() -> None:
    assert choose_mode(["xsalsa20_poly1305", XCHACHA20_RTPSIZE, AES256_GCM_RTPSIZE]) == AES256_GCM_RTPSIZE
    assert choose_mode([XCHACHA20_RTPSIZE, "xsalsa20_poly1305_lite_rtpsize"]) == XCHACHA20_RTPSIZE
    with pytest.raises(ValueError):
        choose_mode(["xsalsa20_poly1305", "aead_aes256_gcm"])
    with pytest.raises(ValueError):
        cipher_for("xsalsa20_poly1305", KEY)


def test_ip_discovery_packets() -> None:
    request = build_discovery_request(1234)
    assert len(request) == 74 and request[:8] == b"\x00\x01\x00\x46\x00\x00\x04\xd2"
    assert parse_discovery(request) == (1, 1234, "", 0)
    response = build_discovery_response(1234, "203.0.113.9", 50001)
    assert parse_discovery(response) == (2, 1234, "203.0.113.9", 50001)
    with pytest.raises(ValueError):
        parse_discovery(response[:-1])


def _page(packets: list[bytes], serial: int = 1, seq: int = 0) -> bytes:
    table = bytearray()
    for p in packets:
        table += b"\xff" * (len(p) // 255) + bytes([len(p) % 255])
    header = struct.pack("<4sBBqIIIB", b"OggS", 0, 0, 0, serial, seq, 0, len(table))
    return header + bytes(table) + b"".join(packets)


def test_ogg_opus_packets_across_lacing_and_pages() -> None:
    big = bytes(range(256)) * 2  # 512 bytes: laced as 255, 255, 2
    stream = (
        _page([b"OpusHead" + bytes(11)])
        + _page([b"OpusTags" + bytes(8)], seq=1)
        + _page([b"\xfc\x01", big], seq=2)
        + _page([b"\xfc\x02"], serial=2)  # another logical stream: ignored
        + _page([b"\xfc\x03"], seq=3)
    )
    assert list(iter_opus_packets(io.BytesIO(stream))) == [b"\xfc\x01", big, b"\xfc\x03"]


def test_ogg_rejects_other_streams() -> None:
    with pytest.raises(OggError):
        list(iter_opus_packets(io.BytesIO(_page([b"\x01vorbis"]) + _page([b"x"]))))
    with pytest.raises(OggError):
        list(iter_opus_packets(io.BytesIO(b"RIFF" + bytes(40))))
