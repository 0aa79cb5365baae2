"""OpenID4VP ldp_vc answer (issue 13): a credential with an ecdsa-sd-2023 base proof goes out derived,
revealing exactly the DCQL claim paths asked (plus its mandatory fields), and the derived proof verifies."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

from satchel import crypto
from satchel.exchange.common import Holder
from satchel.exchange.dcql import Candidate
from satchel.exchange.presenting import presentation
from satchel.vc.did import DidResolver
from satchel.vc.jsonld import OfflineLoader
from satchel.vc.proofs import verify_proofs
from tests.vc_core.test_ecdsa_sd_p384 import CREDENTIAL, base_proof


def test_an_ecdsa_sd_credential_answers_with_exactly_the_asked_claims():
    loader = OfflineLoader()
    base = base_proof(CREDENTIAL, ["/issuer", "/validFrom"], loader)
    secret, multikey = crypto.generate_ed25519()
    did = crypto.did_key_for(multikey)
    holder = Holder(did, f"{did}#{multikey}", secret)
    request = SimpleNamespace(nonce="n-42", client_id="x509_san_dns:localhost")
    candidate = Candidate("c1", "Data Literacy", "ldp_vc", base, verifiable=base)
    vp = presentation(holder, candidate, (("credentialSubject", "achievement", "name"),), request,
                      datetime(2026, 11, 29, tzinfo=UTC))
    derived = vp["verifiableCredential"][0]
    assert derived["credentialSubject"]["achievement"]["name"] == "Data Literacy"
    assert "description" not in derived["credentialSubject"]["achievement"] and "name" not in derived
    assert derived["issuer"] and derived["validFrom"]
    assert [r.ok for r in verify_proofs(derived, resolver=DidResolver(), loader=loader)] == [True]
    whole = presentation(holder, candidate, (), request, datetime(2026, 11, 29, tzinfo=UTC))
    assert whole["verifiableCredential"][0]["credentialSubject"]["achievement"]["description"]


def test_an_array_wildcard_reveals_the_asked_member_of_each_element():
    """DCQL ``null``: every element of the array, and only the member the path names (issue 13)."""
    loader = OfflineLoader()
    alignments = [{"type": ["Alignment"], "targetName": "Statistics", "targetUrl": "https://example.org/f/1"},
                  {"type": ["Alignment"], "targetName": "Ethics", "targetUrl": "https://example.org/f/2"}]
    unsigned = {**CREDENTIAL, "credentialSubject": {**CREDENTIAL["credentialSubject"], "achievement": {
        **CREDENTIAL["credentialSubject"]["achievement"], "alignment": alignments}}}
    base = base_proof(unsigned, ["/issuer", "/validFrom"], loader)
    secret, multikey = crypto.generate_ed25519()
    did = crypto.did_key_for(multikey)
    request = SimpleNamespace(nonce="n-42", client_id="x509_san_dns:localhost")
    candidate = Candidate("c1", "Data Literacy", "ldp_vc", base, verifiable=base)
    path = ("credentialSubject", "achievement", "alignment", None, "targetName")
    vp = presentation(Holder(did, f"{did}#{multikey}", secret), candidate, (path,), request,
                      datetime(2026, 11, 29, tzinfo=UTC))
    derived = vp["verifiableCredential"][0]
    shown = derived["credentialSubject"]["achievement"]["alignment"]
    assert [a["targetName"] for a in shown] == ["Statistics", "Ethics"]
    assert not any("targetUrl" in a for a in shown)  # the other member of each element stays hidden
    assert "description" not in derived["credentialSubject"]["achievement"]
    assert [r.ok for r in verify_proofs(derived, resolver=DidResolver(), loader=loader)] == [True]


def test_a_vcapi_exchanger_gets_an_ecdsa_sd_credential_derived_with_every_field():
    """A QueryByExample names no fields to keep back: the base proof (for the holder only) never leaves."""
    from satchel.clock import FixedClock
    from satchel.exchange import vcapi

    from .fakes import FakeHttp, reply
    loader = OfflineLoader()
    base = base_proof(CREDENTIAL, ["/issuer", "/validFrom"], loader)
    secret, multikey = crypto.generate_ed25519()
    did = crypto.did_key_for(multikey)
    holder = Holder(did, f"{did}#{multikey}", secret)
    exchange = "https://issuer.example/exchanges/1"
    vpr = {"query": [{"type": "QueryByExample", "credentialQuery": {"example": {"type": "OpenBadgeCredential"}}}],
           "challenge": "c-1"}
    http = FakeHttp({("POST", exchange): [reply(200, {"verifiablePresentationRequest": vpr}),
                                          reply(200, {"verifiableCredential": [CREDENTIAL]})]})
    vcapi.exchange(vcapi.Link(exchange, None), http, holder, FixedClock(datetime(2026, 11, 29, tzinfo=UTC)),
                   lambda _query: [base])
    [sent] = http.posted(exchange)[1]["json"]["verifiablePresentation"]["verifiableCredential"]
    from satchel.vc.ecdsa_sd_derive import is_base
    assert is_base(base) and not is_base(sent)
    assert sent["credentialSubject"]["achievement"]["description"]  # every field revealed
    assert [r.ok for r in verify_proofs(sent, resolver=DidResolver(), loader=loader)] == [True]
