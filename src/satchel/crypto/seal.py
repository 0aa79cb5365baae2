"""X.509 certificates of electronic seals (JAdES, eIDAS): read one, check a signature made with it.

Only what a seal check needs: who the certificate names, who issued it, its validity period, its
SHA-256 fingerprint, and signature verification with the certificate's public key for the JOSE
algorithms JAdES uses (RS*, PS*, ES*). Bad certificate bytes raise :class:`InvalidKey`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID

from satchel.errors import InvalidKey

_HASHES: dict[str, Callable[[], hashes.HashAlgorithm]] = {"256": hashes.SHA256, "384": hashes.SHA384,
                                                           "512": hashes.SHA512}
SEAL_ALGORITHMS = frozenset({"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512"})
_EC_SIZES = {"ES256": 32, "ES384": 48, "ES512": 66}


@dataclass(frozen=True)
class Certificate:
    subject: str  # RFC 4514 form
    subject_name: str | None  # the organisation (O), else the common name (CN)
    country: str | None
    organization_identifier: str | None  # e.g. VATES-A00000000 (eIDAS seals)
    issuer: str
    issuer_name: str | None
    issuer_country: str | None
    not_before: datetime
    not_after: datetime
    fingerprint: bytes  # SHA-256 of the DER encoding
    der: bytes = field(repr=False)
    _cert: Any = field(repr=False, compare=False, default=None)

    def valid_at(self, when: datetime) -> bool:
        return self.not_before <= when <= self.not_after

    def issued_by(self, issuer: Certificate) -> bool:
        """True when ``issuer``'s key signed this certificate (and the names chain)."""
        try:
            self._cert.verify_directly_issued_by(issuer._cert)
        except (ValueError, TypeError, InvalidSignature):
            return False
        return True


def load_certificate(der: bytes) -> Certificate:
    try:
        cert = x509.load_der_x509_certificate(der)
        return Certificate(
            subject=cert.subject.rfc4514_string(),
            subject_name=_attribute(cert.subject, NameOID.ORGANIZATION_NAME) or _attribute(cert.subject,
                                                                                          NameOID.COMMON_NAME),
            country=_attribute(cert.subject, NameOID.COUNTRY_NAME),
            organization_identifier=_attribute(cert.subject, NameOID.ORGANIZATION_IDENTIFIER),
            issuer=cert.issuer.rfc4514_string(),
            issuer_name=_attribute(cert.issuer, NameOID.ORGANIZATION_NAME) or _attribute(cert.issuer,
                                                                                        NameOID.COMMON_NAME),
            issuer_country=_attribute(cert.issuer, NameOID.COUNTRY_NAME),
            not_before=cert.not_valid_before_utc,
            not_after=cert.not_valid_after_utc,
            fingerprint=cert.fingerprint(hashes.SHA256()),
            der=cert.public_bytes(Encoding.DER),
            _cert=cert,
        )
    except (ValueError, TypeError) as exc:
        raise InvalidKey("The seal's certificate cannot be read.") from exc


def _attribute(name: x509.Name, oid: x509.ObjectIdentifier) -> str | None:
    values = name.get_attributes_for_oid(oid)
    value = values[0].value if values else None
    return value if isinstance(value, str) else None


def verify_with_certificate(cert: Certificate, algorithm: str, data: bytes, signature: bytes) -> bool:
    """True only when ``signature`` is a valid JOSE ``algorithm`` signature of ``data`` by the certificate's key.

    A key/algorithm mismatch, an unknown algorithm or a malformed signature all give False.
    """
    if algorithm not in SEAL_ALGORITHMS:
        return False
    key = cert._cert.public_key()
    digest = _HASHES[algorithm[2:]]()
    try:
        if algorithm.startswith("RS") and isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, data, padding.PKCS1v15(), digest)
        elif algorithm.startswith("PS") and isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, data, padding.PSS(padding.MGF1(digest), digest.digest_size), digest)
        elif algorithm.startswith("ES") and isinstance(key, ec.EllipticCurvePublicKey):
            size = _EC_SIZES[algorithm]
            if len(signature) != 2 * size or key.curve.key_size != {32: 256, 48: 384, 66: 521}[size]:
                return False
            r, s = int.from_bytes(signature[:size], "big"), int.from_bytes(signature[size:], "big")
            key.verify(encode_dss_signature(r, s), data, ec.ECDSA(digest))
        else:
            return False
    except (InvalidSignature, ValueError):
        return False
    return True


__all__ = ["SEAL_ALGORITHMS", "Certificate", "load_certificate", "verify_with_certificate"]
