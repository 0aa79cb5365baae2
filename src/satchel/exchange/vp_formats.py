"""What a verifier says it accepts: ``client_metadata.vp_formats_supported`` (OpenID4VP 1.0 §5.1, §11.1, Appendix B).

The object maps a Credential Format Identifier to that format's parameters; each parameter is OPTIONAL, and when
present is "a non-empty array" the presented credential or presentation "MUST match one of":

    ldp_vc       proof_type_values, cryptosuite_values   the proof ``type`` / ``cryptosuite`` of the credential
                                                          and of the wallet's VP
    jwt_vc_json  alg_values                               the JOSE ``alg`` of the VC-JWT and of the wallet's VP JWT
    dc+sd-jwt    sd-jwt_alg_values, kb-jwt_alg_values     the issuer-signed JWT's ``alg``; the key binding JWT's

How Satchel reads it:

- ``client_metadata`` or ``vp_formats_supported`` absent: nothing is restricted (Satchel has no other way to learn
  the verifier's metadata; the parameter is "REQUIRED when not available to the Wallet via another mechanism").
- a format absent from a ``vp_formats_supported`` that is given: the verifier does not take that format.
- a parameter absent from a format's object: that aspect is not restricted.
- unknown formats and unknown parameters: ignored (they may be a profile's; §5.1 has unknown ones ignored).
- the wrong shape where the spec fixes one (``client_metadata`` or ``vp_formats_supported`` not an object, a known
  format's value not an object, a known parameter that is not a non-empty array of strings): the request is refused
  as malformed — read as "no restriction", a broken list would let through exactly what the verifier rules out.

Values are compared exactly (JOSE ``alg`` names and proof types are case-sensitive). The proofs Satchel adds are
fixed by its Ed25519 holder keys: a VP signed with :func:`ldp_vp_suite` (``eddsa-rdfc-2022`` for VC 2.0,
``Ed25519Signature2020`` for VC 1.1); a VP JWT and a key binding JWT signed with the ``alg`` :func:`holder_alg`
chooses — ``EdDSA`` when the verifier accepts it (or does not say), else ``Ed25519``, the fully-specified name of
the same signature (RFC 9864), when it accepts only that. The wallet signs with that choice too, so what is offered
is what is sent.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from satchel import crypto
from satchel.errors import ExchangeRefused

PARAMETERS = {
    "ldp_vc": ("proof_type_values", "cryptosuite_values"),
    "jwt_vc_json": ("alg_values",),
    "dc+sd-jwt": ("sd-jwt_alg_values", "kb-jwt_alg_values"),
}
# the parameter that lists the algs accepted for the JWT the wallet signs itself, by format
HOLDER_ALG_PARAMETER = {"jwt_vc_json": "alg_values", "dc+sd-jwt": "kb-jwt_alg_values"}
ED25519_ALGS = crypto.ED25519_JOSE_ALGS  # the names the wallet's Ed25519 signatures can carry, preferred first
CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2"
DATA_INTEGRITY = "DataIntegrityProof"
# Why a credential is not offered (the value names what is not accepted): the format itself; the credential's own
# proof type, cryptosuite or alg; the proof type, cryptosuite or alg of the proof the wallet would add.
REASONS = ("format", "proof_type", "cryptosuite", "alg", "holder_proof_type", "holder_cryptosuite", "holder_alg")


@dataclass(frozen=True)
class Accepted:
    """What the verifier accepts: format → parameter → values (a parameter it did not give restricts nothing)."""

    formats: Mapping[str, Mapping[str, frozenset[str]]]

    def allows(self, fmt: str, parameter: str, value: str | None) -> bool:
        values = self.formats.get(fmt, {}).get(parameter)
        return values is None or value in values


def _malformed(what: str) -> ExchangeRefused:
    return ExchangeRefused(f"The verifier's vp_formats_supported is malformed: {what}.", reason="malformed")


def _values(fmt: str, parameter: str, value: Any) -> frozenset[str]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise _malformed(f"{parameter} of {fmt} is not a non-empty list of names")
    return frozenset(value)


def read(client_metadata: Any) -> Accepted | None:
    """The formats the verifier accepts, or None when it does not say (nothing restricted)."""
    if client_metadata is None:
        return None
    if not isinstance(client_metadata, dict):
        raise ExchangeRefused("The request's client_metadata is not a JSON object.", reason="malformed")
    listed = client_metadata.get("vp_formats_supported")
    if listed is None:
        return None
    if not isinstance(listed, dict):
        raise _malformed("it is not a JSON object")
    formats: dict[str, dict[str, frozenset[str]]] = {}
    for fmt, parameters in PARAMETERS.items():
        if fmt not in listed:
            continue
        entry = listed[fmt]
        if not isinstance(entry, dict):
            raise _malformed(f"the entry for {fmt} is not a JSON object")
        formats[fmt] = {p: _values(fmt, p, entry[p]) for p in parameters if p in entry}
    return Accepted(formats)


def ldp_vp_suite(credential: Any) -> str:
    """The suite of the VP the wallet signs around ``credential``: eddsa-rdfc-2022 for a VC 2.0 credential,
    Ed25519Signature2020 for a VC 1.1 one (its v1 context has no Data Integrity terms)."""
    contexts = credential.get("@context") if isinstance(credential, dict) else None
    contexts = contexts if isinstance(contexts, list) else [contexts]
    return "eddsa-rdfc-2022" if CREDENTIALS_V2 in contexts else "Ed25519Signature2020"


def _type_and_suite(suite: str) -> tuple[str, str | None]:
    return (suite, None) if suite == "Ed25519Signature2020" else (DATA_INTEGRITY, suite)


def _ldp_proofs(credential: Any) -> list[tuple[str | None, str | None]]:
    proofs = credential.get("proof") if isinstance(credential, dict) else None
    proofs = proofs if isinstance(proofs, list) else [proofs]
    found = []
    for proof in proofs:
        proof = proof if isinstance(proof, dict) else {}
        kind, suite = proof.get("type"), proof.get("cryptosuite")
        found.append((kind if isinstance(kind, str) else None, suite if isinstance(suite, str) else None))
    return found


def _ldp_problem(accepted: Accepted, proof: tuple[str | None, str | None], holder: bool) -> tuple[str, str] | None:
    kind, suite = proof
    prefix = "holder_" if holder else ""
    if not accepted.allows("ldp_vc", "proof_type_values", kind):
        return f"{prefix}proof_type", kind or "?"
    # cryptosuite_values names suites "supported with one of the algorithms listed in proof_type_values": it
    # restricts the proofs that name a cryptosuite (a DataIntegrityProof must), not Ed25519Signature2020.
    if (kind == DATA_INTEGRITY or suite is not None) and not accepted.allows("ldp_vc", "cryptosuite_values", suite):
        return f"{prefix}cryptosuite", suite or "?"
    return None


def jwt_alg(token: Any) -> str | None:
    """The ``alg`` of a compact JWT's header (the issuer-signed part of an SD-JWT), unchecked; None if unreadable."""
    if not isinstance(token, str) or "." not in token:
        return None
    try:
        header = json.loads(crypto.b64url_decode(token.split("~", 1)[0].split(".", 1)[0]))
    except (ValueError, TypeError, UnicodeDecodeError):
        return None
    alg = header.get("alg") if isinstance(header, dict) else None
    return alg if isinstance(alg, str) else None


def problem(accepted: Accepted | None, fmt: str, verifiable: Any, *, holder_binding: bool) -> tuple[str, str] | None:
    """Why a credential of ``fmt`` (its stored ``verifiable`` form) cannot go to this verifier: (reason, what the
    verifier does not accept), reason one of :data:`REASONS`; None when it can. ``holder_binding`` is the query's
    require_cryptographic_holder_binding: with it the wallet adds its own proof, which must be accepted too;
    without it a W3C credential goes alone, and an SD-JWT's key binding JWT is left out when it would not be
    accepted (:func:`key_binding_accepted`)."""
    if accepted is None:
        return None
    if fmt not in accepted.formats:
        return "format", fmt
    if fmt == "ldp_vc":
        for proof in _ldp_proofs(verifiable):
            if (found := _ldp_problem(accepted, proof, holder=False)) is not None:
                return found
        return _ldp_problem(accepted, _type_and_suite(ldp_vp_suite(verifiable)), holder=True) if holder_binding \
            else None
    if fmt == "jwt_vc_json":
        alg = jwt_alg(verifiable)
        if not accepted.allows(fmt, "alg_values", alg):
            return "alg", alg or "?"
        return ("holder_alg", ED25519_ALGS[0]) if holder_binding and holder_alg(accepted, fmt) is None else None
    alg = jwt_alg(verifiable)
    if not accepted.allows(fmt, "sd-jwt_alg_values", alg):
        return "alg", alg or "?"
    return ("holder_alg", ED25519_ALGS[0]) if holder_binding and not key_binding_accepted(accepted) else None


def holder_alg(accepted: Accepted | None, fmt: str) -> str | None:
    """The ``alg`` of the JWT the wallet signs for ``fmt`` (the VP JWT of ``jwt_vc_json``, the key binding JWT of
    ``dc+sd-jwt``): the first name of an Ed25519 signature (:data:`satchel.crypto.ED25519_JOSE_ALGS`, ``EdDSA``
    first) the verifier accepts; None when it accepts neither."""
    parameter = HOLDER_ALG_PARAMETER[fmt]
    return next((alg for alg in ED25519_ALGS if accepted is None or accepted.allows(fmt, parameter, alg)), None)


def key_binding_accepted(accepted: Accepted | None) -> bool:
    """Whether the verifier takes the wallet's key binding JWTs (``kb-jwt_alg_values``) under some Ed25519 name."""
    return holder_alg(accepted, "dc+sd-jwt") is not None


__all__ = ["REASONS", "Accepted", "holder_alg", "jwt_alg", "key_binding_accepted", "ldp_vp_suite", "problem", "read"]
