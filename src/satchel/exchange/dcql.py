"""DCQL (OpenID4VP 1.0 §6): which stored credentials answer which credential query.

Supported: ``format`` (``ldp_vc``, ``jwt_vc_json``, ``dc+sd-jwt``), ``meta.type_values`` (matched on
the credential's fully expanded JSON-LD types, as the spec requires), ``meta.vct_values``, ``claims``
with ``path`` (strings, indexes, ``null`` for every element) and ``values``, ``claim_sets`` (the first
set the credential satisfies), ``credential_sets`` (``options``, ``required``), and
``require_cryptographic_holder_binding`` (§6.1, default true). Anything else in a query makes it unmatched,
never loosely matched.

Holder binding: a candidate the wallet cannot present with proof that it holds it (an SD-JWT VC whose ``cnf``
names no key, or another key than the wallet's: :attr:`Candidate.unbound`) never matches a query that requires
cryptographic holder binding; it is listed in :attr:`Query.unavailable` with that reason, so the person sees why
before consenting. A query with ``require_cryptographic_holder_binding: false`` matches it (OpenID4VP 1.0 §B.3:
such an SD-JWT may then be presented without a key binding JWT).

What the verifier accepts (``vp_formats_supported``, :mod:`satchel.exchange.vp_formats`): a candidate whose format,
own proof or algorithm, or the proof the wallet would add, the verifier does not accept is listed in
:attr:`Query.unavailable` too, with :attr:`Candidate.unaccepted` naming what.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from satchel.errors import ExchangeRefused, SatchelError
from satchel.exchange import vp_formats
from satchel.vc.jsonld import OfflineLoader, expand_safely

FORMATS = ("ldp_vc", "jwt_vc_json", "dc+sd-jwt")
MAX_QUERIES = 20
# What a credential query may say for Satchel to match it; anything else (trusted_authorities …) is a
# constraint Satchel cannot honour, so nothing matches rather than something loosely.
UNDERSTOOD = {"id", "format", "meta", "claims", "claim_sets", "multiple", "require_cryptographic_holder_binding"}
UNDERSTOOD_META = {"ldp_vc": {"type_values"}, "jwt_vc_json": {"type_values"}, "dc+sd-jwt": {"vct_values"}}
_MISSING = object()


@dataclass(frozen=True)
class Candidate:
    """A stored credential as DCQL sees it (built by services from a wallet record)."""

    id: str
    name: str
    format: str  # ldp_vc | jwt_vc_json | dc+sd-jwt
    claims: dict[str, Any]  # the credential root (VC document, or the SD-JWT's disclosed claims)
    types: frozenset[str] = frozenset()  # expanded JSON-LD type IRIs (ldp_vc, jwt_vc_json)
    vct: str | None = None
    verifiable: Any = field(default=None, repr=False)
    unbound: str | None = None  # why it cannot be presented with holder binding (no_holder_key, other_key)
    unaccepted: tuple[str, str] | None = None  # (reason, value) the verifier does not accept (vp_formats.REASONS)

    def why_not(self) -> tuple[str, str]:
        """(reason, value) of a candidate that is not offered (in :attr:`Query.unavailable`)."""
        return self.unaccepted if self.unaccepted is not None else (self.unbound or "", "")


@dataclass(frozen=True)
class Query:
    id: str
    format: str
    claims: tuple[tuple[Any, ...], ...]  # requested claim paths (empty: the whole credential)
    matches: tuple[Candidate, ...]
    required: bool = True
    holder_binding: bool = True  # require_cryptographic_holder_binding
    # would match, but cannot prove holder binding (Candidate.unbound) or is not accepted (Candidate.unaccepted)
    unavailable: tuple[Candidate, ...] = ()


def expanded_types(document: dict[str, Any]) -> frozenset[str]:
    """The credential's ``type`` values as full IRIs (bundled contexts only; unknown → none)."""
    try:
        expanded = expand_safely(document, OfflineLoader())
    except SatchelError:
        return frozenset()
    top = expanded[0] if expanded and isinstance(expanded[0], dict) else {}
    types = top.get("@type") or []
    return frozenset(t for t in types if isinstance(t, str))


def _step(node: Any, element: Any) -> list[Any]:
    """What one path element selects in one node: a member, an array item, or every array item."""
    if isinstance(element, str) and isinstance(node, dict) and element in node:
        return [node[element]]
    if isinstance(element, int) and not isinstance(element, bool) and isinstance(node, list):
        return [node[element]] if 0 <= element < len(node) else []
    if element is None and isinstance(node, list):
        return list(node)
    return []


def _walk(value: Any, path: Sequence[Any]) -> list[Any]:
    """Every value the claims path points to (a ``null`` element selects every array item)."""
    current = [value]
    for element in path:
        current = [found for node in current for found in _step(node, element)]
        if not current:
            return []
    return current


def _obj(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _claim_ok(candidate: Candidate, claim: dict[str, Any]) -> bool:
    path = claim.get("path")
    if not isinstance(path, list) or not path:
        return False
    found = _walk(candidate.claims, path)
    values = claim.get("values")
    if values is None:
        return bool(found)
    return isinstance(values, list) and any(v in values for v in found)


def _meta_ok(candidate: Candidate, query: dict[str, Any]) -> bool:
    meta = _obj(query.get("meta"))
    if candidate.format in ("ldp_vc", "jwt_vc_json"):
        type_values = meta.get("type_values")
        if type_values is None:
            return True
        return isinstance(type_values, list) and any(
            isinstance(option, list) and option and set(option) <= candidate.types for option in type_values)
    vct_values = meta.get("vct_values")
    return vct_values is None or (isinstance(vct_values, list) and candidate.vct in vct_values)


def _chosen_claims(candidate: Candidate, query: dict[str, Any]) -> tuple[tuple[Any, ...], ...] | None:
    """The claim paths this candidate answers, or None when it does not satisfy the query."""
    claims = query.get("claims")
    if claims is None:
        return ()
    if not isinstance(claims, list):
        return None
    by_id = {c.get("id"): c for c in claims if isinstance(c, dict)}
    claim_sets = query.get("claim_sets")
    if isinstance(claim_sets, list) and claim_sets:
        for option in claim_sets:
            chosen = [by_id.get(i) for i in option] if isinstance(option, list) else [None]
            if all(c is not None and _claim_ok(candidate, c) for c in chosen):
                return tuple(tuple(c["path"]) for c in chosen if c is not None)
        return None
    if all(isinstance(c, dict) and _claim_ok(candidate, c) for c in claims):
        return tuple(tuple(c["path"]) for c in claims)
    return None


def _matches(query: dict[str, Any], candidates: Sequence[Candidate],
             accepted: vp_formats.Accepted | None) -> tuple[list[Candidate], list[Candidate]]:
    """(the candidates that answer the query, those that would but cannot prove the holder binding it requires or
    are not accepted by the verifier)"""
    fmt = query.get("format")
    meta = _obj(query.get("meta"))
    if set(query) - UNDERSTOOD or set(meta) - UNDERSTOOD_META.get(str(fmt), set()):
        return [], []
    found = [c for c in candidates if c.format == fmt and _meta_ok(c, query) and _chosen_claims(c, query) is not None]
    binding = holder_binding_required(query)
    unavailable = [c for c in found if binding and c.unbound is not None]
    matches = []
    for candidate in (c for c in found if not binding or c.unbound is None):
        problem = vp_formats.problem(accepted, candidate.format, candidate.verifiable, holder_binding=binding)
        if problem is None:
            matches.append(candidate)
        else:
            unavailable.append(replace(candidate, unaccepted=problem))
    return matches, unavailable


def holder_binding_required(query: dict[str, Any]) -> bool:
    """``require_cryptographic_holder_binding`` (default true); ExchangeRefused when it is not a boolean."""
    value = query.get("require_cryptographic_holder_binding", True)
    if not isinstance(value, bool):
        raise ExchangeRefused("A DCQL credential query's require_cryptographic_holder_binding is not true or false.",
                              reason="malformed")
    return value


def requested(candidate: Candidate, raw_query: dict[str, Any]) -> tuple[tuple[Any, ...], ...]:
    """The claim paths to reveal from ``candidate`` for this query (empty: the whole credential)."""
    return _chosen_claims(candidate, raw_query) or ()


def evaluate(dcql_query: Any, candidates: Sequence[Candidate], accepted: vp_formats.Accepted | None = None
             ) -> tuple[list[Query], dict[str, dict[str, Any]]]:
    """The queries with their matches (in the order asked), and the raw queries by id. ``accepted``: what the
    verifier accepts (``vp_formats_supported``; None restricts nothing).

    ``required`` is False for a query that only optional credential sets name. Malformed DCQL is
    refused; a query that nothing matches keeps an empty ``matches``.
    """
    if not isinstance(dcql_query, dict) or not isinstance(dcql_query.get("credentials"), list):
        raise ExchangeRefused("The request has no DCQL credential query.", reason="malformed")
    raw_queries = dcql_query["credentials"]
    if not raw_queries or len(raw_queries) > MAX_QUERIES:
        raise ExchangeRefused("The request's DCQL query is empty or too large.", reason="malformed")
    by_id: dict[str, dict[str, Any]] = {}
    for raw in raw_queries:
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or raw["id"] in by_id:
            raise ExchangeRefused("A DCQL credential query has no id, or a repeated one.", reason="malformed")
        if raw.get("format") not in FORMATS:
            raise ExchangeRefused(f"Satchel cannot present credentials in the {raw.get('format')!r} format.",
                                  reason="unsupported_query")
        holder_binding_required(raw)
        by_id[raw["id"]] = raw
    required = _required_ids(dcql_query.get("credential_sets"), by_id)
    queries = []
    for query_id, raw in by_id.items():
        claims = _list(raw.get("claims"))
        paths = tuple(tuple(c["path"]) for c in claims if isinstance(c, dict) and isinstance(c.get("path"), list))
        matches, unavailable = _matches(raw, candidates, accepted)
        queries.append(Query(query_id, raw["format"], paths, tuple(matches), query_id in required,
                             holder_binding_required(raw), tuple(unavailable)))
    return queries, by_id


def _required_ids(credential_sets: Any, by_id: dict[str, dict[str, Any]]) -> set[str]:
    if credential_sets is None:
        return set(by_id)
    if not isinstance(credential_sets, list):
        raise ExchangeRefused("The request's credential_sets is not a list.", reason="malformed")
    required: set[str] = set()
    for entry in credential_sets:
        options = entry.get("options") if isinstance(entry, dict) else None
        if not isinstance(options, list) or not options or not all(
                isinstance(o, list) and o and all(i in by_id for i in o) for o in options):
            raise ExchangeRefused("A credential set of the request names unknown queries.", reason="malformed")
        if entry.get("required", True):
            required.update(options[0])
    return required


def plan(dcql_query: Any, queries: Sequence[Query], chosen: dict[str, str]) -> dict[str, Candidate]:
    """The credential sent per query id, given the person's choice (query id → record id).

    Every credential set that is required must be satisfied by one of its options; without
    credential sets every query must be answered. Raises ``no_match`` otherwise.
    """
    by_query = {q.id: q for q in queries}
    picked: dict[str, Candidate] = {}
    for query in queries:
        choice = chosen.get(query.id)
        match = next((m for m in query.matches if m.id == choice), None)
        if match is not None:
            picked[query.id] = match
    sets = dcql_query.get("credential_sets") if isinstance(dcql_query, dict) else None
    if sets is None:
        missing = [q for q in queries if q.id not in picked]
        if missing:
            raise _unanswered(missing[0], f"No chosen credential answers the request's query {missing[0].id!r}.")
        return picked
    sent: dict[str, Candidate] = {}
    for entry in sets:
        option = next((o for o in entry["options"] if all(i in picked for i in o)), None)
        if option is None:
            if entry.get("required", True):
                unanswered = [by_query[i] for o in entry["options"] for i in o if i not in picked and i in by_query]
                raise _unanswered(unanswered[0] if unanswered else None,
                                  "No chosen credentials satisfy a required credential set.")
            continue
        sent.update({i: picked[i] for i in option})
    return {i: sent[i] for i in by_query if i in sent}


def _unanswered(query: Query | None, message: str) -> ExchangeRefused:
    """no_match; not_bound when the only credentials that could answer cannot prove holder binding; not_accepted
    when the verifier does not accept what they are (or would be) signed with."""
    if query is None or query.matches or not query.unavailable:
        return ExchangeRefused(message, reason="no_match")
    names = ", ".join(repr(c.name[:80]) for c in query.unavailable[:3])
    if any(c.unaccepted is None for c in query.unavailable):  # not offered for want of holder binding
        return ExchangeRefused(f"{message} Only {names} could, and the verifier asks for proof that it is yours, "
                               "which this wallet's keys cannot give.", reason="not_bound", query=query.id)
    value = ", ".join(dict.fromkeys(c.why_not()[1] for c in query.unavailable))
    return ExchangeRefused(f"{message} Only {names} could, and this verifier does not accept what secures them "
                           f"({value}).", reason="not_accepted", query=query.id, value=value)


__all__ = ["Candidate", "Query", "evaluate", "expanded_types", "holder_binding_required", "plan", "requested"]
