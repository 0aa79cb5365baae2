"""``client_metadata.vp_formats_supported`` (OpenID4VP 1.0 §11.1, Appendix B): how it is read, and which stored
credentials it lets Satchel offer — the credential's own proof or alg, and the proof the wallet adds."""

from __future__ import annotations

import json

import pytest

from satchel import crypto
from satchel.errors import ExchangeRefused
from satchel.exchange import dcql, vp_formats
from satchel.exchange.vp_formats import Accepted, problem, read

V1 = "https://www.w3.org/2018/credentials/v1"
V2 = "https://www.w3.org/ns/credentials/v2"
# What the verifier peer sends (its README, "vp_formats_supported for the format(s) in the query").
PEER = {"ldp_vc": {"proof_type_values": ["DataIntegrityProof", "Ed25519Signature2020"],
                   "cryptosuite_values": ["eddsa-rdfc-2022", "ecdsa-rdfc-2019", "ecdsa-sd-2023"]},
        "jwt_vc_json": {"alg_values": ["ES256", "ES384", "EdDSA", "Ed25519"]},
        "dc+sd-jwt": {"sd-jwt_alg_values": ["ES256", "ES384", "EdDSA", "Ed25519"],
                      "kb-jwt_alg_values": ["ES256", "ES384", "EdDSA", "Ed25519"]}}


def accepts(formats: dict) -> Accepted:
    found = read({"vp_formats_supported": formats})
    assert found is not None
    return found


def jwt(alg: str, tail: str = "") -> str:
    """A compact JWT whose header says ``alg`` (only the header is read to match vp_formats_supported)."""
    head = crypto.b64url_encode(json.dumps({"alg": alg, "typ": "JWT"}).encode())
    return f"{head}.{crypto.b64url_encode(b'{}')}.c2ln{tail}"


def ldp(context: str, *proofs: dict) -> dict:
    return {"@context": [context], "type": ["VerifiableCredential"],
            "proof": list(proofs) if len(proofs) > 1 else proofs[0]}


EDDSA_V2 = ldp(V2, {"type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022"})
ECDSA_V2 = ldp(V2, {"type": "DataIntegrityProof", "cryptosuite": "ecdsa-rdfc-2019"})
ED2020_V1 = ldp(V1, {"type": "Ed25519Signature2020"})


@pytest.mark.parametrize("metadata", [None, {}, {"jwks": {"keys": []}}, {"vp_formats_supported": None}])
def test_without_vp_formats_supported_nothing_is_restricted(metadata):
    assert read(metadata) is None
    assert problem(None, "jwt_vc_json", jwt("ES256K"), holder_binding=True) is None
    assert problem(None, "ldp_vc", ECDSA_V2, holder_binding=True) is None


def test_unknown_formats_and_parameters_are_ignored_and_known_ones_kept_exactly():
    found = accepts({"mso_mdoc": "anything", "jwt_vp": {"alg": 1},
                     "jwt_vc_json": {"alg_values": ["ES256"], "future_values": 7}, "dc+sd-jwt": {}})
    assert found.formats == {"jwt_vc_json": {"alg_values": frozenset({"ES256"})}, "dc+sd-jwt": {}}
    assert not found.allows("jwt_vc_json", "alg_values", "es256")  # JOSE alg names are case-sensitive


@pytest.mark.parametrize("metadata, named", [
    ("vp_formats_supported", "client_metadata"),
    ({"vp_formats_supported": ["ldp_vc"]}, "not a JSON object"),
    ({"vp_formats_supported": {"ldp_vc": ["DataIntegrityProof"]}}, "entry for ldp_vc"),
    ({"vp_formats_supported": {"jwt_vc_json": None}}, "entry for jwt_vc_json"),
    ({"vp_formats_supported": {"jwt_vc_json": {"alg_values": "ES256"}}}, "alg_values of jwt_vc_json"),
    ({"vp_formats_supported": {"jwt_vc_json": {"alg_values": []}}}, "alg_values of jwt_vc_json"),
    ({"vp_formats_supported": {"dc+sd-jwt": {"kb-jwt_alg_values": [-7]}}}, "kb-jwt_alg_values of dc+sd-jwt"),
    ({"vp_formats_supported": {"ldp_vc": {"cryptosuite_values": None}}}, "cryptosuite_values of ldp_vc"),
])
def test_a_shape_the_spec_fixes_that_is_wrong_refuses_the_request(metadata, named):
    with pytest.raises(ExchangeRefused) as refused:
        read(metadata)
    assert refused.value.reason == "malformed" and named in refused.value.message


def test_a_format_the_verifier_does_not_list_is_not_accepted():
    found = accepts({"ldp_vc": {}})
    assert problem(found, "jwt_vc_json", jwt("EdDSA"), holder_binding=True) == ("format", "jwt_vc_json")
    assert problem(found, "ldp_vc", ECDSA_V2, holder_binding=True) is None  # listed with no parameter: anything


def test_the_verifier_peer_lists_accept_what_satchel_presents():
    found = accepts(PEER)
    for fmt, verifiable in (("ldp_vc", EDDSA_V2), ("ldp_vc", ECDSA_V2), ("ldp_vc", ED2020_V1),
                            ("jwt_vc_json", jwt("ES256")), ("dc+sd-jwt", jwt("EdDSA", "~d~"))):
        assert problem(found, fmt, verifiable, holder_binding=True) is None, (fmt, verifiable)


def test_ldp_vc_the_credential_proof_type_and_cryptosuite_must_be_listed():
    only_eddsa = accepts({"ldp_vc": {"proof_type_values": ["DataIntegrityProof"],
                                     "cryptosuite_values": ["eddsa-rdfc-2022"]}})
    assert problem(only_eddsa, "ldp_vc", ECDSA_V2, holder_binding=True) == ("cryptosuite", "ecdsa-rdfc-2019")
    assert problem(only_eddsa, "ldp_vc", ED2020_V1, holder_binding=False) == ("proof_type", "Ed25519Signature2020")
    assert problem(only_eddsa, "ldp_vc", EDDSA_V2, holder_binding=True) is None
    # every proof of a proof set goes out, so every one must be accepted
    both = ldp(V2, EDDSA_V2["proof"], ECDSA_V2["proof"])
    assert problem(only_eddsa, "ldp_vc", both, holder_binding=False) == ("cryptosuite", "ecdsa-rdfc-2019")


def test_ldp_vc_cryptosuite_values_do_not_restrict_a_proof_type_without_cryptosuites():
    found = accepts({"ldp_vc": {"proof_type_values": ["Ed25519Signature2020", "DataIntegrityProof"],
                                "cryptosuite_values": ["ecdsa-rdfc-2019"]}})
    assert problem(found, "ldp_vc", ED2020_V1, holder_binding=True) is None


def test_ldp_vc_the_presentation_the_wallet_signs_must_be_accepted_when_holder_binding_is_required():
    ecdsa_only = accepts({"ldp_vc": {"cryptosuite_values": ["ecdsa-rdfc-2019"]}})
    assert problem(ecdsa_only, "ldp_vc", ECDSA_V2, holder_binding=True) == ("holder_cryptosuite", "eddsa-rdfc-2022")
    assert problem(ecdsa_only, "ldp_vc", ECDSA_V2, holder_binding=False) is None  # the credential goes alone
    # a VC 1.1 credential gets an Ed25519Signature2020 VP, whatever its own proof
    di_only = accepts({"ldp_vc": {"proof_type_values": ["DataIntegrityProof"]}})
    v1_di = ldp(V1, {"type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022"})
    assert vp_formats.ldp_vp_suite(v1_di) == "Ed25519Signature2020"
    assert problem(di_only, "ldp_vc", v1_di, holder_binding=True) == ("holder_proof_type", "Ed25519Signature2020")


def test_jwt_vc_json_the_credential_alg_and_the_wallet_vp_alg_must_be_listed():
    found = accepts({"jwt_vc_json": {"alg_values": ["ES256", "EdDSA"]}})
    assert problem(found, "jwt_vc_json", jwt("ES256K"), holder_binding=True) == ("alg", "ES256K")
    assert problem(found, "jwt_vc_json", jwt("ES256"), holder_binding=True) is None
    es256_only = accepts({"jwt_vc_json": {"alg_values": ["ES256"]}})
    assert problem(es256_only, "jwt_vc_json", jwt("ES256"), holder_binding=True) == ("holder_alg", "EdDSA")
    assert problem(es256_only, "jwt_vc_json", jwt("ES256"), holder_binding=False) is None
    assert problem(es256_only, "jwt_vc_json", "not a jwt", holder_binding=False) == ("alg", "?")


def test_sd_jwt_the_issuer_alg_always_and_the_key_binding_alg_only_with_key_binding():
    sd_jwt = jwt("EdDSA", "~WyJzIiwiYSIsMV0~")
    issuer_es256 = accepts({"dc+sd-jwt": {"sd-jwt_alg_values": ["ES256"]}})
    assert problem(issuer_es256, "dc+sd-jwt", sd_jwt, holder_binding=False) == ("alg", "EdDSA")
    kb_es256 = accepts({"dc+sd-jwt": {"sd-jwt_alg_values": ["EdDSA"], "kb-jwt_alg_values": ["ES256"]}})
    assert problem(kb_es256, "dc+sd-jwt", sd_jwt, holder_binding=True) == ("holder_alg", "EdDSA")
    assert problem(kb_es256, "dc+sd-jwt", sd_jwt, holder_binding=False) is None  # then sent without a KB-JWT
    assert not vp_formats.key_binding_accepted(kb_es256)
    assert vp_formats.key_binding_accepted(None) and vp_formats.key_binding_accepted(accepts({"dc+sd-jwt": {}}))


def test_dcql_lists_a_credential_the_verifier_does_not_accept_as_unavailable_with_what():
    query = {"credentials": [{"id": "badge", "format": "jwt_vc_json"}]}
    es256k = dcql.Candidate("a", "A", "jwt_vc_json", {}, verifiable=jwt("ES256K"))
    eddsa = dcql.Candidate("b", "B", "jwt_vc_json", {}, verifiable=jwt("EdDSA"))
    found = accepts({"jwt_vc_json": {"alg_values": ["EdDSA"]}})
    [evaluated], _ = dcql.evaluate(query, [es256k, eddsa], found)
    assert evaluated.matches == (eddsa,)
    assert [(c.id, c.why_not()) for c in evaluated.unavailable] == [("a", ("alg", "ES256K"))]
    [unrestricted], _ = dcql.evaluate(query, [es256k, eddsa])
    assert unrestricted.matches == (es256k, eddsa)
    [alone], _ = dcql.evaluate(query, [es256k], found)
    with pytest.raises(ExchangeRefused) as refused:
        dcql.plan(query, [alone], {})
    assert refused.value.reason == "not_accepted" and "ES256K" in refused.value.message
