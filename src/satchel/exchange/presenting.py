"""OpenID4VP answers: one presentation per chosen credential, bound to the request, and the POST.

Binding (OpenID4VP 1.0 Appendix B): ``ldp_vc`` VP proof ``challenge`` = nonce and ``domain`` = the full
client_id; a JWT VP's ``aud`` = client_id and ``nonce``; an SD-JWT's key-binding JWT likewise, with
``sd_hash``. ``direct_post`` sends ``vp_token`` (a JSON object: query id → [presentation]) and
``state``; ``direct_post.jwt`` sends them encrypted (ECDH-ES, A128GCM) as ``response``. A redirect
answer to the POST is never followed.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from satchel import crypto
from satchel.clock import isoformat
from satchel.errors import ExchangeFailed, ExchangeRefused
from satchel.exchange import jose
from satchel.exchange.common import Holder, Http, error_of
from satchel.exchange.dcql import Candidate
from satchel.exchange.oid4vp import Request
from satchel.vc import signing

CREDENTIALS_V1 = "https://www.w3.org/2018/credentials/v1"
CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2"
VP_LIFETIME = 300


@dataclass(frozen=True)
class Answer:
    status: int
    accepted: bool
    redirect_uri: str | None  # where the verifier invites the person to continue (shown, never opened)


def _contexts(document: dict[str, Any]) -> list[Any]:
    value = document.get("@context")
    return value if isinstance(value, list) else [value]


def ldp_presentation(holder: Holder, credential: dict[str, Any], request: Request, now: datetime) -> dict[str, Any]:
    v2 = CREDENTIALS_V2 in _contexts(credential)
    vp = {"@context": [CREDENTIALS_V2 if v2 else CREDENTIALS_V1], "type": ["VerifiablePresentation"],
          "holder": holder.did, "verifiableCredential": [credential]}
    return signing.sign(vp, secret_key=holder.secret, verification_method=holder.kid, purpose="authentication",
                        suite="eddsa-rdfc-2022" if v2 else "Ed25519Signature2020", challenge=request.nonce,
                        domain=request.client_id, created=isoformat(now))


def jwt_presentation(holder: Holder, credential: str, request: Request, now: datetime) -> str:
    issued = int(now.timestamp())
    claims = {"iss": holder.did, "aud": request.client_id, "nonce": request.nonce, "iat": issued,
              "nbf": issued, "exp": issued + VP_LIFETIME, "jti": f"urn:uuid:{_uuid()}",
              "vp": {"@context": [CREDENTIALS_V1], "type": ["VerifiablePresentation"], "holder": holder.did,
                     "verifiableCredential": [credential]}}
    return jose.sign_ed25519({"typ": "JWT", "kid": holder.kid}, claims, holder.secret)


def _uuid() -> str:
    raw = bytearray(secrets.token_bytes(16))
    raw[6] = (raw[6] & 0x0F) | 0x40
    raw[8] = (raw[8] & 0x3F) | 0x80
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _digest(disclosure: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(disclosure.encode("ascii")).digest()).rstrip(b"=").decode()


def _decode_disclosure(disclosure: str) -> list[Any]:
    value = json.loads(crypto.b64url_decode(disclosure))
    return value if isinstance(value, list) else []


def _needed(node: Any, path: tuple[Any, ...], by_digest: dict[str, tuple[str, list[Any]]], out: list[str]) -> None:
    """Collect the disclosures that reveal ``path`` (and the objects on the way) inside ``node``."""
    if not path:
        _all_below(node, by_digest, out)
        return
    head, rest = path[0], path[1:]
    if isinstance(node, dict):
        if isinstance(head, str) and head in node:
            _needed(node[head], rest, by_digest, out)
            return
        for digest in node.get("_sd") or []:
            entry = by_digest.get(digest) if isinstance(digest, str) else None
            if entry and len(entry[1]) == 3 and entry[1][1] == head:
                if entry[0] not in out:
                    out.append(entry[0])
                _needed(entry[1][2], rest, by_digest, out)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            if head is not None and head != index:
                continue
            if isinstance(item, dict) and set(item) == {"..."}:
                entry = by_digest.get(item["..."])
                if entry and len(entry[1]) == 2:
                    if entry[0] not in out:
                        out.append(entry[0])
                    _needed(entry[1][1], rest, by_digest, out)
            else:
                _needed(item, rest, by_digest, out)


def _all_below(node: Any, by_digest: dict[str, tuple[str, list[Any]]], out: list[str]) -> None:
    if isinstance(node, dict):
        for digest in node.get("_sd") or []:
            entry = by_digest.get(digest) if isinstance(digest, str) else None
            if entry:
                if entry[0] not in out:
                    out.append(entry[0])
                _all_below(entry[1][-1], by_digest, out)
        for key, value in node.items():
            if key != "_sd":
                _all_below(value, by_digest, out)
    elif isinstance(node, list):
        for item in node:
            if isinstance(item, dict) and set(item) == {"..."}:
                entry = by_digest.get(item["..."])
                if entry:
                    if entry[0] not in out:
                        out.append(entry[0])
                    _all_below(entry[1][-1], by_digest, out)
            else:
                _all_below(item, by_digest, out)


def sd_jwt_presentation(holder: Holder, sd_jwt: str, paths: tuple[tuple[Any, ...], ...], request: Request,
                        now: datetime) -> str:
    """The issuer JWT, only the disclosures the asked claims need (all of them when none are named), and
    a key-binding JWT signed with the holder key."""
    parts = sd_jwt.strip().split("~")
    issuer_jwt, disclosures = parts[0], [p for p in parts[1:] if p and "." not in p]
    payload = jose.unverified(issuer_jwt)[1]
    by_digest = {_digest(d): (d, _decode_disclosure(d)) for d in disclosures}
    chosen: list[str] = []
    for path in paths or ((),):
        _needed(payload, path, by_digest, chosen)
    presented = "~".join([issuer_jwt, *[d for d in disclosures if d in chosen]]) + "~"
    sd_hash = base64.urlsafe_b64encode(hashlib.sha256(presented.encode("ascii")).digest()).rstrip(b"=").decode()
    kb = jose.sign_ed25519({"typ": "kb+jwt"}, {"iat": int(now.timestamp()), "aud": request.client_id,
                                               "nonce": request.nonce, "sd_hash": sd_hash}, holder.secret)
    return presented + kb


def _derived_if_selective(credential: Any, paths: tuple[tuple[Any, ...], ...]) -> Any:
    """An ecdsa-sd-2023 base credential answers in its derived form: the mandatory fields plus exactly the
    claim paths asked (everything when none are named); a path that cannot be revealed exactly is refused."""
    from satchel.model.dcql import pointers_for
    from satchel.vc import ecdsa_sd_derive
    if not isinstance(credential, dict) or not ecdsa_sd_derive.is_base(credential):
        return credential
    from satchel.vc.jsonld import OfflineLoader
    pointers = pointers_for([{"path": list(path)} for path in paths if path])
    return ecdsa_sd_derive.derive(credential, pointers or ecdsa_sd_derive.reveal_everything(credential),
                                  OfflineLoader())


def presentation(holder: Holder, candidate: Candidate, paths: tuple[tuple[Any, ...], ...], request: Request,
                 now: datetime) -> Any:
    if candidate.format == "ldp_vc":
        return ldp_presentation(holder, _derived_if_selective(candidate.verifiable, paths), request, now)
    if candidate.format == "jwt_vc_json":
        return jwt_presentation(holder, candidate.verifiable, request, now)
    return sd_jwt_presentation(holder, candidate.verifiable, paths, request, now)


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


__all__ = ["Answer", "jwt_presentation", "ldp_presentation", "post", "presentation", "sd_jwt_presentation"]
