"""X.509 chains of signed requests (OpenID4VP ``x5c``), validated with cryptography's verification API.

Only the chain is judged here: the anchors are the system roots plus what the caller passes (a CA file
for tests, anchors the user added). The result is the leaf's public key as a JWK and its names, for the
protocol layer to compare with the client identifier.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import ssl
import warnings
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from cryptography.x509.verification import PolicyBuilder, Store, VerificationError

from satchel.crypto.keys import _ec_point, public_jwk
from satchel.errors import InvalidKey

MAX_CHAIN = 5


@dataclass(frozen=True)
class LeafCertificate:
    jwk: dict[str, Any]
    dns_names: tuple[str, ...]
    sha256: bytes  # over the leaf's DER encoding (the x509_hash client identifier)


UNREADABLE = "This file holds no certificate Satchel can read (a PEM or DER X.509 certificate)."


def load_pem_certificates(data: bytes) -> list[x509.Certificate]:
    try:
        return x509.load_pem_x509_certificates(data)
    except ValueError as exc:
        raise InvalidKey(UNREADABLE, code="certificate_unreadable") from exc


def load_certificates(data: bytes) -> list[x509.Certificate]:
    """The certificates in a PEM file (one or more), or the one certificate of a DER file."""
    if b"-----BEGIN" in data:
        return load_pem_certificates(data)
    try:
        return [x509.load_der_x509_certificate(data)]
    except ValueError as exc:
        raise InvalidKey(UNREADABLE, code="certificate_unreadable") from exc


def describe(certificate: x509.Certificate) -> tuple[str, str]:
    """(subject, SHA-256 fingerprint in hex) of a certificate, for people to recognise it."""
    return certificate.subject.rfc4514_string(), certificate.fingerprint(hashes.SHA256()).hex()


def valid_until(certificate: x509.Certificate) -> datetime:
    return certificate.not_valid_after_utc


def to_pem(certificates: list[x509.Certificate]) -> bytes:
    return b"".join(c.public_bytes(Encoding.PEM) for c in certificates)


def system_anchors() -> list[x509.Certificate]:
    """The system's root certificates (as OpenSSL finds them), empty when none can be read."""
    paths = ssl.get_default_verify_paths()
    for candidate in (paths.cafile, paths.openssl_cafile):
        if candidate and Path(candidate).is_file():
            try:
                with warnings.catch_warnings():  # some system roots have non-RFC 5280 serial numbers
                    warnings.simplefilter("ignore")
                    return x509.load_pem_x509_certificates(Path(candidate).read_bytes())
            except ValueError:
                continue
    return []


def _decode_x5c(x5c: object) -> list[x509.Certificate]:
    if not isinstance(x5c, list) or not x5c or len(x5c) > MAX_CHAIN:
        raise InvalidKey("The request's x5c must be a short list of certificates.")
    certificates = []
    for item in x5c:
        try:
            der = base64.b64decode(item, validate=True) if isinstance(item, str) else b""
            certificates.append(x509.load_der_x509_certificate(der))
        except (ValueError, binascii.Error) as exc:
            raise InvalidKey("A certificate in the request's x5c cannot be read.") from exc
    return certificates


def _leaf_names(leaf: x509.Certificate) -> tuple[list[str], list[str]]:
    try:
        san = leaf.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return [], []
    return (list(san.get_values_for_type(x509.DNSName)),
            [str(ip) for ip in san.get_values_for_type(x509.IPAddress)])


def validate_x5c(x5c: object, anchors: list[x509.Certificate], *, at: datetime,
                 dns_name: str | None = None) -> LeafCertificate:
    """Validate the chain to one of ``anchors`` at time ``at``.

    With ``dns_name`` the leaf must be a server certificate for that name (x509_san_dns); without it
    the leaf is checked as a server certificate for its own first SAN (x509_hash: the hash names it).
    """
    certificates = _decode_x5c(x5c)
    leaf, intermediates = certificates[0], certificates[1:]
    if not anchors:
        raise InvalidKey("There is no trust anchor to validate the request's certificate against.")
    dns, ips = _leaf_names(leaf)
    if dns_name is not None:
        subject: x509.DNSName | x509.IPAddress = x509.DNSName(dns_name)
    elif dns:
        subject = x509.DNSName(dns[0])
    elif ips:
        subject = x509.IPAddress(ipaddress.ip_address(ips[0]))
    else:
        raise InvalidKey("The request's certificate names no host.")
    verifier = PolicyBuilder().store(Store(anchors)).time(at).build_server_verifier(subject)
    try:
        verifier.verify(leaf, intermediates)
    except VerificationError as exc:
        raise InvalidKey(f"The request's certificate chain is not trusted ({exc}).") from exc
    key = leaf.public_key()
    if not isinstance(key, ec.EllipticCurvePublicKey) or key.curve.name not in ("secp256r1", "secp384r1"):
        raise InvalidKey("The request's certificate key is not a P-256 or P-384 key.")
    curve = "P-256" if key.curve.name == "secp256r1" else "P-384"
    point = key.public_bytes(Encoding.X962, PublicFormat.UncompressedPoint)
    jwk = public_jwk(_ec_point(curve, point))
    digest = hashes.Hash(hashes.SHA256())
    digest.update(leaf.public_bytes(Encoding.DER))
    return LeafCertificate(jwk=jwk, dns_names=tuple(dns), sha256=digest.finalize())


__all__ = ["LeafCertificate", "describe", "load_certificates", "load_pem_certificates", "system_anchors", "to_pem",
           "valid_until", "validate_x5c"]
