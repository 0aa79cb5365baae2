"""DCQL matching against stored credentials (OpenID4VP 1.0 §6)."""

from __future__ import annotations

import pytest

from satchel.errors import ExchangeRefused
from satchel.exchange import dcql

OB = "https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential"
VC = "https://www.w3.org/2018/credentials#VerifiableCredential"

OB3 = {"@context": ["https://www.w3.org/ns/credentials/v2",
                    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
       "type": ["VerifiableCredential", "OpenBadgeCredential"],
       "issuer": {"id": "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK", "type": "Profile", "name": "I"},
       "validFrom": "2026-01-01T00:00:00Z",
       "credentialSubject": {"type": "AchievementSubject", "name": "Ada",
                             "achievement": {"id": "urn:a", "type": "Achievement", "name": "Interop",
                                             "criteria": {"narrative": "n"}, "description": "d"}}}


def ldp(cid: str = "a", document: dict = OB3) -> dcql.Candidate:
    return dcql.Candidate(cid, cid, "ldp_vc", document, dcql.expanded_types(document), verifiable=document)


def sd(cid: str = "s", vct: str = "https://vct.example/badge", **claims) -> dcql.Candidate:
    return dcql.Candidate(cid, cid, "dc+sd-jwt", {"vct": vct, **claims}, vct=vct, verifiable="x~")


def test_type_values_are_matched_on_expanded_iris():
    assert dcql.expanded_types(OB3) == {OB, VC}
    query = {"credentials": [{"id": "q", "format": "ldp_vc", "meta": {"type_values": [[OB]]}}]}
    [q], _ = dcql.evaluate(query, [ldp()])
    assert [m.id for m in q.matches] == ["a"]
    query["credentials"][0]["meta"]["type_values"] = [["OpenBadgeCredential"]]  # short names are not IRIs
    [q], _ = dcql.evaluate(query, [ldp()])
    assert q.matches == ()


def test_claims_paths_and_values():
    base = {"id": "q", "format": "ldp_vc"}
    cases = [([{"path": ["credentialSubject", "achievement", "name"]}], True),
             ([{"path": ["credentialSubject", "achievement", "name"], "values": ["Interop"]}], True),
             ([{"path": ["credentialSubject", "achievement", "name"], "values": ["Other"]}], False),
             ([{"path": ["credentialSubject", "score"]}], False),
             ([{"path": ["type", None]}], True),
             ([{"path": ["type", 1], "values": ["OpenBadgeCredential"]}], True)]
    for claims, expected in cases:
        [q], _ = dcql.evaluate({"credentials": [{**base, "claims": claims}]}, [ldp()])
        assert bool(q.matches) is expected, claims


def test_vct_values_and_formats():
    query = {"credentials": [{"id": "s", "format": "dc+sd-jwt", "meta": {"vct_values": ["https://vct.example/badge"]},
                              "claims": [{"path": ["given_name"]}]}]}
    [q], _ = dcql.evaluate(query, [sd(given_name="Ada"), sd("t", vct="https://other"), ldp()])
    assert [m.id for m in q.matches] == ["s"]
    assert dcql.requested(q.matches[0], query["credentials"][0]) == (("given_name",),)


def test_claim_sets_pick_the_first_satisfied_option():
    raw = {"id": "s", "format": "dc+sd-jwt",
           "claims": [{"id": "a", "path": ["email"]}, {"id": "b", "path": ["given_name"]}],
           "claim_sets": [["a"], ["b"]]}
    [q], _ = dcql.evaluate({"credentials": [raw]}, [sd(given_name="Ada")])
    assert dcql.requested(q.matches[0], raw) == (("given_name",),)


def test_credential_sets_choose_an_option_and_skip_optional_sets():
    query = {"credentials": [{"id": "ob", "format": "ldp_vc"}, {"id": "pid", "format": "dc+sd-jwt"},
                             {"id": "extra", "format": "dc+sd-jwt", "meta": {"vct_values": ["https://none"]}}],
             "credential_sets": [{"options": [["pid"], ["ob"]]}, {"options": [["extra"]], "required": False}]}
    queries, _ = dcql.evaluate(query, [ldp()])
    assert {q.id: q.required for q in queries} == {"ob": False, "pid": True, "extra": False}
    plan = dcql.plan(query, queries, {"ob": "a"})
    assert list(plan) == ["ob"]


def test_every_query_must_be_answered_without_credential_sets():
    query = {"credentials": [{"id": "ob", "format": "ldp_vc"}, {"id": "pid", "format": "dc+sd-jwt"}]}
    queries, _ = dcql.evaluate(query, [ldp()])
    with pytest.raises(ExchangeRefused) as caught:
        dcql.plan(query, queries, {"ob": "a"})
    assert caught.value.reason == "no_match"


def test_a_choice_that_does_not_match_the_query_is_not_sent():
    query = {"credentials": [{"id": "ob", "format": "ldp_vc"}]}
    queries, _ = dcql.evaluate(query, [ldp()])
    with pytest.raises(ExchangeRefused):
        dcql.plan(query, queries, {"ob": "someone-else"})


@pytest.mark.parametrize("query", [None, {}, {"credentials": []}, {"credentials": [{"format": "ldp_vc"}]},
                                   {"credentials": [{"id": "a", "format": "ldp_vc"}, {"id": "a", "format": "ldp_vc"}]},
                                   {"credentials": [{"id": "a", "format": "ldp_vc"}],
                                    "credential_sets": [{"options": [["b"]]}]}])
def test_malformed_dcql_is_refused(query):
    with pytest.raises(ExchangeRefused) as caught:
        dcql.evaluate(query, [])
    assert caught.value.reason == "malformed"


def test_mso_mdoc_is_not_presented():
    with pytest.raises(ExchangeRefused) as caught:
        dcql.evaluate({"credentials": [{"id": "m", "format": "mso_mdoc"}]}, [])
    assert caught.value.reason == "unsupported_query"


@pytest.mark.parametrize("extra", [{"trusted_authorities": [{"type": "aki", "values": ["x"]}]},
                                   {"meta": {"type_values": [[OB]], "doctype_value": "x"}}])
def test_constraints_satchel_cannot_honour_match_nothing(extra):
    query = {"credentials": [{"id": "q", "format": "ldp_vc", **extra}]}
    [q], _ = dcql.evaluate(query, [ldp()])
    assert q.matches == ()
