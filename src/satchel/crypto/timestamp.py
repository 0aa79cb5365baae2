"""RFC 3161 time-stamp tokens (as JAdES seals carry them): read one and check its own signature.

A token is a CMS SignedData whose content is a ``TSTInfo``: the time (``genTime``) at which a time-stamping
authority saw a hash (the message imprint). Checked here: the signed attributes' message digest matches the
TSTInfo, and the authority's certificate (carried in the token) signed those attributes. Whether that authority
is one to trust is a separate question (EU trusted lists), answered by the caller. ASN.1 is read with
``asn1crypto``; signatures are checked with ``cryptography``. Malformed tokens raise :class:`InvalidKey`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from satchel.errors import InvalidKey

_HASHES: dict[str, type[hashes.SHA256] | type[hashes.SHA384] | type[hashes.SHA512]] = {
    "sha256": hashes.SHA256, "sha384": hashes.SHA384, "sha512": hashes.SHA512}
MAX_TOKEN_BYTES = 64 * 1024


@dataclass(frozen=True)
class TimestampToken:
    gen_time: datetime
    hash_algorithm: str  # "sha256", "sha384" or "sha512"
    imprint: bytes
    authority: str  # the signing certificate's subject, for people
    signature_valid: bool  # the authority's certificate signed this token

    def covers(self, data: bytes) -> bool:
        """True when the token's imprint is the hash of ``data``."""
        return hashlib.new(self.hash_algorithm, data).digest() == self.imprint


def read_timestamp(der: bytes) -> TimestampToken:
    from asn1crypto import cms, tsp  # loaded only when a sealed credential carries a time-stamp

    del tsp  # importing it registers the TSTInfo content type with cms

    if len(der) > MAX_TOKEN_BYTES:
        raise InvalidKey("The seal's time-stamp is too large.")
    try:
        content = cms.ContentInfo.load(der)
        if content["content_type"].native != "signed_data":
            raise InvalidKey("The seal's time-stamp is not a signed token.")
        signed = content["content"]
        encap = signed["encap_content_info"]
        if encap["content_type"].native != "tst_info":
            raise InvalidKey("The seal's time-stamp does not hold a time-stamp.")
        tst_bytes = encap["content"].contents
        tst = encap["content"].parsed
        imprint = tst["message_imprint"]
        hash_algorithm = imprint["hash_algorithm"]["algorithm"].native
        if hash_algorithm not in _HASHES:
            raise InvalidKey(f"The seal's time-stamp uses the hash {hash_algorithm}, which Satchel does not check.")
        signer = signed["signer_infos"][0]
        certificate = _signer_certificate(signed, signer)
        return TimestampToken(gen_time=tst["gen_time"].native, hash_algorithm=hash_algorithm,
                              imprint=imprint["hashed_message"].native, authority=certificate.subject.rfc4514_string(),
                              signature_valid=_signed_by(signer, certificate, tst_bytes))
    except InvalidKey:
        raise
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
        raise InvalidKey("The seal's time-stamp cannot be read.") from exc


def _signer_certificate(signed: Any, signer: Any) -> x509.Certificate:
    sid = signer["sid"]
    for choice in signed["certificates"] or []:
        cert = choice.chosen
        if sid.name == "issuer_and_serial_number":
            wanted = sid.chosen
            if cert.issuer == wanted["issuer"] and cert.serial_number == wanted["serial_number"].native:
                return x509.load_der_x509_certificate(cert.dump())
        elif cert.key_identifier == sid.chosen.native:
            return x509.load_der_x509_certificate(cert.dump())
    raise InvalidKey("The seal's time-stamp does not carry the certificate that signed it.")


def _signed_by(signer: Any, certificate: x509.Certificate, tst_bytes: bytes) -> bool:
    digest_name = signer["digest_algorithm"]["algorithm"].native
    if digest_name not in _HASHES:
        return False
    attributes = signer["signed_attrs"]
    digests = [a["values"][0].native for a in attributes if a["type"].native == "message_digest"]
    if len(digests) != 1 or digests[0] != hashlib.new(digest_name, tst_bytes).digest():
        return False
    signed_bytes = attributes.untag().dump()  # the attributes are signed as a SET OF (RFC 5652 §5.4)
    signature = signer["signature"].native
    key = certificate.public_key()
    algorithm = _HASHES[digest_name]()
    scheme = signer["signature_algorithm"].signature_algo
    try:
        if isinstance(key, rsa.RSAPublicKey) and scheme == "rsassa_pkcs1v15":
            key.verify(signature, signed_bytes, padding.PKCS1v15(), algorithm)
        elif isinstance(key, rsa.RSAPublicKey) and scheme == "rsassa_pss":
            key.verify(signature, signed_bytes, padding.PSS(padding.MGF1(algorithm), padding.PSS.AUTO), algorithm)
        elif isinstance(key, ec.EllipticCurvePublicKey) and scheme == "ecdsa":
            key.verify(signature, signed_bytes, ec.ECDSA(algorithm))
        else:
            return False
    except (InvalidSignature, ValueError):
        return False
    return True


__all__ = ["TimestampToken", "read_timestamp"]
