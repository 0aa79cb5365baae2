"""Answering a verifier (OpenID4VP 1.0 with DCQL): read and judge the request, show it, send on consent.

:func:`prepare` fetches and checks the request and matches it against the wallet; it sends nothing.
Refusals (see :mod:`satchel.exchange.oid4vp`) raise :class:`ExchangeRefused` here, before any consent.
:func:`send` signs one presentation per chosen credential and posts the answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from satchel import crypto, formats
from satchel.errors import ExchangeRefused, SatchelError
from satchel.exchange import Holder, Http, dcql, oid4vp, presenting
from satchel.model import CredentialFormat, SignedForm
from satchel.services import anchors as trust_anchors
from satchel.services.receiving import holder

if TYPE_CHECKING:
    from satchel.services.app import Satchel


@dataclass(frozen=True)
class QueryView:
    id: str
    format: str
    claims: tuple[tuple[Any, ...], ...]
    matches: tuple[tuple[str, str], ...]  # (record id, name) of the stored credentials that answer it
    required: bool


@dataclass(frozen=True)
class RequestView:
    """What the consent screen shows: who asks (as proven), what, and which credentials match."""

    who: str
    verified: bool  # False: an unverified website (redirect_uri:)
    client_id: str
    prefix: str
    response_host: str
    queries: tuple[QueryView, ...]


@dataclass(frozen=True)
class Prepared:
    view: RequestView
    request: oid4vp.Request = field(repr=False)
    queries: tuple[dcql.Query, ...] = field(repr=False)
    raw_queries: dict[str, dict[str, Any]] = field(repr=False)


def _candidate(record: Any) -> dcql.Candidate | None:
    if record.format not in (CredentialFormat.VC_JSON.value, CredentialFormat.VC_JWT.value,
                             CredentialFormat.SD_JWT_VC.value):
        return None
    try:
        parsed = formats.parse(record.raw).credentials[0]
    except SatchelError:
        return None
    name = record.display.name or record.id
    if record.signed_form == SignedForm.DATA_INTEGRITY.value and isinstance(parsed.verifiable, dict):
        return dcql.Candidate(record.id, name, "ldp_vc", parsed.document, dcql.expanded_types(parsed.document),
                              verifiable=parsed.verifiable)
    if record.signed_form == SignedForm.VC_JWT.value and isinstance(parsed.verifiable, str) \
            and "~" not in parsed.verifiable:
        return dcql.Candidate(record.id, name, "jwt_vc_json", parsed.document,
                              dcql.expanded_types(parsed.document), verifiable=parsed.verifiable)
    if record.signed_form == SignedForm.SD_JWT_VC.value and isinstance(parsed.verifiable, str):
        vct = parsed.document.get("vct")
        return dcql.Candidate(record.id, name, "dc+sd-jwt", parsed.document, vct=vct if isinstance(vct, str) else None,
                              verifiable=parsed.verifiable)
    return None


def candidates(app: Satchel) -> list[dcql.Candidate]:
    wallet = app.session.wallet()
    return [c for listed in app.list() if (c := _candidate(wallet.get(listed.id))) is not None]


def prepare(app: Satchel, http: Http, uri: str) -> Prepared:
    app.session.wallet()  # a locked wallet is refused before anything is fetched
    if not oid4vp.is_request(uri):
        raise ExchangeRefused("This link is not a presentation request.", reason="not_a_request")
    request = oid4vp.read_request(uri, http, now=app.clock.now(), anchors=trust_anchors.all_anchors(app.home))
    queries, raw = dcql.evaluate(request.dcql_query, candidates(app))
    view = RequestView(request.verifier, request.verified, request.client_id, request.prefix,
                       oid4vp.host_of(request.response_uri),
                       tuple(QueryView(q.id, q.format, q.claims, tuple((m.id, m.name) for m in q.matches), q.required)
                             for q in queries))
    return Prepared(view, request, tuple(queries), raw)


def selection(view: RequestView, chosen: Sequence[str]) -> dict[str, str]:
    """Query id → record id: the chosen ids where they match a query, else the query's first match."""
    result: dict[str, str] = {}
    for query in view.queries:
        ids = [record_id for record_id, _ in query.matches]
        pick = next((i for i in chosen if i in ids), None)
        if pick is None and not chosen and ids:
            pick = ids[0]
        if pick is not None:
            result[query.id] = pick
    return result


def _bound_to(candidate: dcql.Candidate) -> tuple[str | None, dict[str, Any] | None]:
    """The holder DID (credentialSubject.id) or key (SD-JWT ``cnf.jwk``) a credential was issued to."""
    if candidate.format == "dc+sd-jwt":
        cnf = candidate.claims.get("cnf")
        jwk = cnf.get("jwk") if isinstance(cnf, dict) else None
        return None, jwk if isinstance(jwk, dict) else None
    subject = candidate.claims.get("credentialSubject")
    subject = subject[0] if isinstance(subject, list) and subject else subject
    did = subject.get("id") if isinstance(subject, dict) else None
    return (did if isinstance(did, str) else None), None


def signer_for(app: Satchel, candidate: dcql.Candidate) -> Holder:
    """The holder key the credential is bound to (an older, rotated key when it was issued to that one),
    else the active key: a presentation must be signed by the key the issuer bound the credential to."""
    did, jwk = _bound_to(candidate)
    for key in app.session.wallet().holder_keys():
        public = crypto.public_jwk(crypto.public_key_from_multikey(key.public_multibase))
        if (did is not None and key.did == did) or (jwk is not None and {k: jwk.get(k) for k in public} == public):
            return Holder(key.did, key.kid, key.secret)
    return holder(app)


def send(app: Satchel, http: Http, prepared: Prepared, chosen: dict[str, str]) -> presenting.Answer:
    """Sign and post the answer for the chosen credentials (nothing at all when they do not satisfy it)."""
    plan = dcql.plan(prepared.request.dcql_query, prepared.queries, chosen)
    now = app.clock.now()
    vp_token = {query_id: [presenting.presentation(signer_for(app, candidate), candidate,
                                                   dcql.requested(candidate, prepared.raw_queries[query_id]),
                                                   prepared.request, now)]
                for query_id, candidate in plan.items()}
    answer = presenting.post(http, prepared.request, vp_token)
    app.session.wallet().log("present", detail=f"OpenID4VP to {prepared.view.client_id}: "
                             f"{', '.join(c.id for c in plan.values())}")
    return answer


__all__ = ["Prepared", "QueryView", "RequestView", "candidates", "prepare", "selection", "send", "signer_for"]
