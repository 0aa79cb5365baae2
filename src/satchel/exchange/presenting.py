"""OpenID4VP answers: one presentation per chosen credential, bound to the request, and the POST.

Binding (OpenID4VP 1.0 Appendix B): ``ldp_vc`` VP proof ``challenge`` = nonce and ``domain`` = the full
client_id; a JWT VP's ``aud`` = client_id and ``nonce``; an SD-JWT's key-binding JWT likewise, with
``sd_hash``. Both JWTs carry the ``alg`` name of the Ed25519 signature the verifier accepts
(:func:`satchel.exchange.vp_formats.holder_alg`: ``EdDSA``, or ``Ed25519`` when only that is listed). A query
with ``require_cryptographic_holder_binding: false`` gets a W3C credential itself, not a presentation (§B.1:
"Otherwise, a Verifiable Credential without Holder Binding MUST be returned"), and may get an SD-JWT without a key
binding JWT (§B.3). ``direct_post`` sends ``vp_token`` (a JSON object: query id → [presentation]) and ``state``;
``direct_post.jwt`` sends them encrypted (ECDH-ES, A128GCM) as ``response``. A redirect answer to the POST is never
followed.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from satchel.clock import isoformat
from satchel.errors import ExchangeFailed, ExchangeRefused
from satchel.exchange import jose, vp_formats
from satchel.exchange.common import Holder, Http, error_of
from satchel.exchange.dcql import Candidate
from satchel.exchange.oid4vp import Request
from satchel.vc import sd_jwt_present, signing

CREDENTIALS_V1 = "https://www.w3.org/2018/credentials/v1"
CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2"
VP_LIFETIME = 300


@dataclass(frozen=True)
class Answer:
    status: int
    accepted: bool
    redirect_uri: str | None  # where the verifier invites the person to continue (shown, never opened)


def ldp_presentation(holder: Holder, credential: dict[str, Any], request: Request, now: datetime) -> dict[str, Any]:
    suite = vp_formats.ldp_vp_suite(credential)  # what vp_formats_supported was checked against
    vp = {"@context": [CREDENTIALS_V2 if suite == "eddsa-rdfc-2022" else CREDENTIALS_V1],
          "type": ["VerifiablePresentation"], "holder": holder.did, "verifiableCredential": [credential]}
    return signing.sign(vp, secret_key=holder.secret, verification_method=holder.kid, purpose="authentication",
                        suite=suite, challenge=request.nonce, domain=request.client_id, created=isoformat(now))


def jwt_presentation(holder: Holder, credential: str, request: Request, now: datetime) -> str:
    issued = int(now.timestamp())
    claims = {"iss": holder.did, "aud": request.client_id, "nonce": request.nonce, "iat": issued,
              "nbf": issued, "exp": issued + VP_LIFETIME, "jti": f"urn:uuid:{_uuid()}",
              "vp": {"@context": [CREDENTIALS_V1], "type": ["VerifiablePresentation"], "holder": holder.did,
                     "verifiableCredential": [credential]}}
    # the alg the credential was offered under; a verifier that accepts no Ed25519 name was offered nothing
    alg = vp_formats.holder_alg(request.accepted, "jwt_vc_json") or jose.ED25519_ALG
    return jose.sign_ed25519({"typ": "JWT", "kid": holder.kid}, claims, holder.secret, alg)


def _uuid() -> str:
    raw = bytearray(secrets.token_bytes(16))
    raw[6] = (raw[6] & 0x0F) | 0x40
    raw[8] = (raw[8] & 0x3F) | 0x80
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def sd_jwt_presentation(holder: Holder, sd_jwt: str, paths: tuple[tuple[Any, ...], ...], request: Request,
                        now: datetime, *, holder_binding: bool = True) -> str:
    """The SD-JWT VC revealing exactly the claim paths asked (``null`` = each array element; every claim when
    none is named), with a key-binding JWT for this request: :mod:`satchel.vc.sd_jwt_present`, the builder
    ``present --reveal`` and QR shares use too. HolderKeyMismatch when the credential is not bound to
    ``holder``'s key — unless the query does not require holder binding (``holder_binding`` False, OpenID4VP 1.0
    §B.3): then a credential ``holder`` cannot bind goes without a key binding JWT, and one it can still gets it
    (the verifier may ignore it; it costs nothing and shows the answer is fresh) unless the verifier's
    ``kb-jwt_alg_values`` leave out its alg."""
    token = sd_jwt.strip()
    pointers = sd_jwt_present.requested(token, paths)
    if not holder_binding and (not vp_formats.key_binding_accepted(request.accepted)
                               or not sd_jwt_present.bound_to(token, holder.secret, holder.did)):
        return sd_jwt_present.without_key_binding(token, pointers)
    alg = vp_formats.holder_alg(request.accepted, "dc+sd-jwt") or sd_jwt_present.KB_ALG  # as offered (see above)
    return sd_jwt_present.present(token, pointers, secret=holder.secret, did=holder.did, aud=request.client_id,
                                  nonce=request.nonce, iat=int(now.timestamp()), alg=alg)


def derived_if_selective(credential: Any, paths: tuple[tuple[Any, ...], ...]) -> Any:
    """An ecdsa-sd-2023 base credential answers in its derived form: the mandatory fields plus exactly the
    claim paths asked (``null`` = each array element; everything when none are named)."""
    from satchel.model.dcql import pointers_for
    from satchel.vc import ecdsa_sd_derive
    if not isinstance(credential, dict) or not ecdsa_sd_derive.is_base(credential):
        return credential
    from satchel.vc.jsonld import OfflineLoader
    document = {k: v for k, v in credential.items() if k != "proof"}
    pointers = pointers_for([{"path": list(path)} for path in paths if path], document)
    return ecdsa_sd_derive.derive(credential, pointers or ecdsa_sd_derive.reveal_everything(credential),
                                  OfflineLoader())


def presentation(holder: Holder, candidate: Candidate, paths: tuple[tuple[Any, ...], ...], request: Request,
                 now: datetime, *, holder_binding: bool = True) -> Any:
    """The answer to one credential query. ``holder_binding`` is the query's require_cryptographic_holder_binding.

    W3C credentials (OpenID4VP 1.0 §B.1): with it, a VP signed by ``holder`` for this request; without it, the
    credential itself, which the spec requires — the ``ldp_vc`` JSON object (an ecdsa-sd-2023 base credential
    derived first, as in a VP) or the ``jwt_vc_json`` VC-JWT string exactly as stored, nothing signed by the
    wallet. SD-JWT VCs: see :func:`sd_jwt_presentation`."""
    if candidate.format == "ldp_vc":
        credential = derived_if_selective(candidate.verifiable, paths)
        return ldp_presentation(holder, credential, request, now) if holder_binding else credential
    if candidate.format == "jwt_vc_json":
        return jwt_presentation(holder, candidate.verifiable, request, now) if holder_binding else candidate.verifiable
    return sd_jwt_presentation(holder, candidate.verifiable, paths, request, now, holder_binding=holder_binding)


def post(http: Http, request: Request, vp_token: dict[str, list[Any]]) -> Answer:
    """Send the answer to the response_uri; a redirect is refused, never followed."""
    if request.response_mode == "direct_post.jwt":
        if request.encryption_jwk is None:
            raise ExchangeRefused("The verifier gave no encryption key.", reason="bad_encryption_key")
        body = {"vp_token": vp_token, **({"state": request.state} if request.state is not None else {})}
        form = {"response": jose.encrypt_ecdh_es(body, request.encryption_jwk)}
    else:
        form = {"vp_token": json.dumps(vp_token, separators=(",", ":"), ensure_ascii=False)}
        if request.state is not None:
            form["state"] = request.state
    response = http.post(request.response_uri, form=form)
    if 300 <= response.status < 400:
        raise ExchangeRefused("The verifier answered with a redirect; Satchel did not follow it.",
                              reason="redirect", status=response.status)
    if response.status >= 400:
        error, description = error_of(response)
        raise ExchangeFailed(f"The verifier did not accept the answer (HTTP {response.status}"
                             f"{': ' + error if error else ''}{' — ' + description if description else ''}).",
                             what="verifier", status=response.status, error=error)
    redirect = None
    try:
        value = json.loads(response.body or b"{}")
        redirect = value.get("redirect_uri") if isinstance(value, dict) else None
    except ValueError:
        pass
    return Answer(response.status, True, redirect if isinstance(redirect, str) else None)


__all__ = ["Answer", "derived_if_selective", "jwt_presentation", "ldp_presentation", "post", "presentation",
           "sd_jwt_presentation"]
