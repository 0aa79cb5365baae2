"""Answering a verifier (OpenID4VP 1.0 with DCQL): read and judge the request, show it, send on consent.

:func:`prepare` fetches and checks the request and matches it against the wallet; it sends nothing.
Refusals (see :mod:`satchel.exchange.oid4vp`) raise :class:`ExchangeRefused` here, before any consent.
:func:`send` makes one answer per chosen credential (a signed presentation, or the credential itself where the query
does not require holder binding: :func:`satchel.exchange.presenting.presentation`) and posts it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from satchel import formats
from satchel.errors import ExchangeRefused, SatchelError
from satchel.exchange import Holder, Http, dcql, oid4vp, presenting, vp_formats
from satchel.i18n import t
from satchel.model import CredentialFormat, SignedForm
from satchel.model.disclosure import openid4vp_verifier
from satchel.services import anchors as trust_anchors
from satchel.services import answer_choices
from satchel.services.answer_choices import ClaimChoice
from satchel.services.receiving import holder
from satchel.vc import sd_jwt_present

if TYPE_CHECKING:
    from satchel.services.app import Satchel


@dataclass(frozen=True)
class QueryView:
    id: str
    format: str
    claims: tuple[tuple[Any, ...], ...]
    matches: tuple[tuple[str, str], ...]  # (record id, name) of the stored credentials that answer it
    required: bool
    # (record id, name, reason, value) of credentials that would answer but are never offered: they cannot prove
    # they are the holder's, as the query requires (reason no_holder_key | other_key), or the verifier does not
    # accept what secures them (reason one of vp_formats.REASONS, value what it does not accept); see not_offered
    unavailable: tuple[tuple[str, str, str, str], ...] = ()
    holder_binding: bool = True
    choices: tuple[ClaimChoice, ...] = ()  # per matching credential that can hide asked claims


@dataclass(frozen=True)
class RequestView:
    """What the consent screen shows: who asks (as proven), what, and which credentials match."""

    who: str
    verified: bool  # False: an unverified website (redirect_uri:)
    client_id: str
    prefix: str
    response_host: str
    queries: tuple[QueryView, ...]
    remembers: bool = False  # the verifier's identity is proven: choices are remembered for it


@dataclass(frozen=True)
class Prepared:
    view: RequestView
    request: oid4vp.Request = field(repr=False)
    queries: tuple[dcql.Query, ...] = field(repr=False)
    raw_queries: dict[str, dict[str, Any]] = field(repr=False)


def _candidate(record: Any, keys: Sequence[tuple[str, str]]) -> dcql.Candidate | None:
    """The record as DCQL sees it; ``keys`` are the wallet's holder keys (did, public multikey), which an SD-JWT
    VC's ``cnf`` must name for it to be presented with holder binding."""
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
                              verifiable=parsed.verifiable,
                              unbound=sd_jwt_present.binding_problem(parsed.document.get("cnf"), keys))
    return None


def _keys(app: Satchel) -> list[tuple[str, str]]:
    return [(key.did, key.public_multibase) for key in app.session.wallet().holder_keys()]


def candidates(app: Satchel) -> list[dcql.Candidate]:
    wallet = app.session.wallet()
    keys = _keys(app)
    return [c for listed in app.list() if (c := _candidate(wallet.get(listed.id), keys)) is not None]


def prepare(app: Satchel, http: Http, uri: str) -> Prepared:
    app.session.wallet()  # a locked wallet is refused before anything is fetched
    if not oid4vp.is_request(uri):
        raise ExchangeRefused("This link is not a presentation request.", reason="not_a_request")
    request = oid4vp.read_request(uri, http, now=app.clock.now(), anchors=trust_anchors.all_anchors(app.home))
    queries, raw = dcql.evaluate(request.dcql_query, candidates(app), request.accepted)
    verifier = openid4vp_verifier(request.client_id, request.verified)
    view = RequestView(request.verifier, request.verified, request.client_id, request.prefix,
                       oid4vp.host_of(request.response_uri),
                       tuple(QueryView(q.id, q.format, q.claims, tuple((m.id, m.name) for m in q.matches), q.required,
                                       tuple((c.id, c.name, *c.why_not()) for c in q.unavailable),
                                       q.holder_binding, _choices(app, verifier, q, raw[q.id]))
                             for q in queries),
                       verifier is not None)
    return Prepared(view, request, tuple(queries), raw)


def not_offered(reason: str, value: str, lang: str) -> str:
    """Why a credential is not offered, as a sentence (English or French) naming what the verifier does not accept."""
    family = "unaccepted" if reason in vp_formats.REASONS else "unbound"
    return t(f"exchange.{family}.{reason}", lang, value=value)


def _choices(app: Satchel, verifier: str | None, query: dcql.Query, raw: dict[str, Any]) -> tuple[ClaimChoice, ...]:
    """Per matching credential that can hide some of the claims asked: the ticks it starts with."""
    if not query.claims:
        return ()  # the whole credential is asked for: nothing to choose
    wallet = app.session.wallet()
    found = (answer_choices.claim_choice(wallet, verifier, wallet.get(m.id), dcql.requested(m, raw))
             for m in query.matches)
    return tuple(c for c in found if c is not None)


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


def _bound_did(candidate: dcql.Candidate) -> str | None:
    """The holder DID (credentialSubject.id) a W3C credential was issued to."""
    subject = candidate.claims.get("credentialSubject")
    subject = subject[0] if isinstance(subject, list) and subject else subject
    did = subject.get("id") if isinstance(subject, dict) else None
    return did if isinstance(did, str) else None


def signer_for(app: Satchel, candidate: dcql.Candidate) -> Holder:
    """The holder key the credential is bound to (an older, rotated key when it was issued to that one; an SD-JWT
    VC's ``cnf.jwk`` or ``cnf.kid``), else the active key: a presentation must be signed by the key the issuer bound
    the credential to."""
    keys = app.session.wallet().holder_keys()
    if candidate.format == "dc+sd-jwt":
        named = sd_jwt_present.bound_key(candidate.claims.get("cnf"), [(k.did, k.public_multibase) for k in keys])
        wanted = named[0] if named else None
    else:
        wanted = _bound_did(candidate)
    for key in keys:
        if wanted is not None and key.did == wanted:
            return Holder(key.did, key.kid, key.secret)
    return holder(app)


def send(app: Satchel, http: Http, prepared: Prepared, chosen: dict[str, str],
         ticked: Mapping[str, Collection[str]] | None = None) -> presenting.Answer:
    """Make and post the answer for the chosen credentials (nothing at all when they do not satisfy it).

    ``ticked`` gives, per query id, the claim keys to show of a credential that can hide asked claims (see
    :mod:`satchel.services.answer_choices`); a query not in it shows what its choice starts with."""
    plan = dcql.plan(prepared.request.dcql_query, prepared.queries, chosen)
    now = app.clock.now()
    by_query = {q.id: q.choices for q in prepared.view.queries}
    shown: dict[str, tuple[tuple[Any, ...], ...]] = {}
    for query_id, candidate in plan.items():
        paths = dcql.requested(candidate, prepared.raw_queries[query_id])
        choice = answer_choices.lookup(by_query, query_id, candidate.id)
        if choice is not None:
            keys = (ticked or {}).get(query_id)
            paths = answer_choices.kept_paths(paths, choice, choice.default() if keys is None else keys,
                                              candidate.name)
        shown[query_id] = paths
    vp_token = {query_id: [presenting.presentation(
                    signer_for(app, candidate), candidate, shown[query_id], prepared.request, now,
                    holder_binding=dcql.holder_binding_required(prepared.raw_queries[query_id]))]
                for query_id, candidate in plan.items()}
    answer = presenting.post(http, prepared.request, vp_token)
    _remember(app, prepared, plan, shown)
    app.session.wallet().log("present", detail=f"OpenID4VP to {prepared.view.client_id}: "
                             f"{', '.join(c.id for c in plan.values())}")
    return answer


def _remember(app: Satchel, prepared: Prepared, plan: dict[str, dcql.Candidate],
              shown: dict[str, tuple[tuple[Any, ...], ...]]) -> None:
    verifier = openid4vp_verifier(prepared.request.client_id, prepared.request.verified)
    by_query = {q.id: q.choices for q in prepared.view.queries}
    for query_id, candidate in plan.items():
        choice = answer_choices.lookup(by_query, query_id, candidate.id)
        if choice is not None:
            answer_choices.remember(app.session.wallet(), verifier, prepared.view.who, query_id, choice,
                                    shown[query_id])


__all__ = ["Prepared", "QueryView", "RequestView", "candidates", "not_offered", "prepare", "selection", "send",
           "signer_for"]
