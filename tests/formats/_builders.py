"""Small builders for test inputs: unsigned compact tokens and PNG images made chunk by chunk."""

from __future__ import annotations

import base64
import json
import struct
import zlib
from typing import Any

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def token(payload: dict[str, Any], header: dict[str, Any] | None = None, signature: bytes = b"not-a-signature") -> str:
    head = header or {"alg": "EdDSA", "typ": "JWT"}
    return ".".join(
        (b64url(json.dumps(head).encode()), b64url(json.dumps(payload).encode()), b64url(signature))
    )


def chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(body, zlib.crc32(kind)))


def itxt(keyword: str, text: str, *, compressed: bool = False) -> bytes:
    data = zlib.compress(text.encode("utf-8")) if compressed else text.encode("utf-8")
    flag = b"\x01\x00" if compressed else b"\x00\x00"
    return chunk(b"iTXt", keyword.encode("latin-1") + b"\0" + flag + b"\0" + b"\0" + data)


def ztxt(keyword: str, text: str) -> bytes:
    return chunk(b"zTXt", keyword.encode("latin-1") + b"\0\x00" + zlib.compress(text.encode("latin-1")))


def text_chunk(keyword: str, text: str) -> bytes:
    return chunk(b"tEXt", keyword.encode("latin-1") + b"\0" + text.encode("latin-1"))


def png(*extra_chunks: bytes) -> bytes:
    """A valid 1x1 RGB PNG with ``extra_chunks`` between the header and the image data."""
    header = chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
    image = chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
    return PNG_SIGNATURE + header + b"".join(extra_chunks) + image + chunk(b"IEND", b"")


def ob3_credential(**overrides: Any) -> dict[str, Any]:
    credential: dict[str, Any] = {
        "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "id": "urn:uuid:6a0f1c62-0e6a-4b58-9c1b-2f6a8f1e0c11",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": "Bread Baking",
        "issuer": {"id": "did:example:issuer", "type": ["Profile"], "name": "Village Bakery School"},
        "validFrom": "2025-03-01T09:00:00Z",
        "credentialSubject": {
            "id": "did:example:learner",
            "type": ["AchievementSubject"],
            "achievement": {
                "id": "https://bakery.example/achievements/bread",
                "type": ["Achievement"],
                "name": "Bread Baking",
                "criteria": {"narrative": "Baked twelve loaves."},
            },
        },
    }
    credential.update(overrides)
    return credential


def ob2_assertion(**overrides: Any) -> dict[str, Any]:
    assertion: dict[str, Any] = {
        "@context": "https://w3id.org/openbadges/v2",
        "type": "Assertion",
        "id": "https://badges.example/assertions/1",
        "recipient": {"type": "email", "hashed": True, "identity": "sha256$00"},
        "issuedOn": "2016-12-31T23:59:59Z",
        "badge": {
            "id": "https://badges.example/badges/robotics",
            "type": "BadgeClass",
            "name": "Robotics",
            "description": "Built a robot.",
            "image": "https://badges.example/robotics.png",
            "criteria": {"narrative": "Build a robot that walks."},
            "issuer": {"id": "https://badges.example/issuer", "type": "Issuer", "name": "Robot Club"},
            "alignment": [{"targetName": "Engineering", "targetUrl": "https://framework.example/eng"}],
        },
        "verification": {"type": "hosted"},
    }
    assertion.update(overrides)
    return assertion
