"""One SD-JWT presentation builder (satchel.vc.sd_jwt_present) for its two callers: ``present --reveal`` / QR
shares (JSON pointers) and OpenID4VP answers (DCQL claim paths, satchel.exchange.presenting). Both reveal the
same disclosures for the same claims, a DCQL array wildcard reveals the asked member of each element and no
more, and neither signs a key binding JWT for a credential whose ``cnf`` names another key (or none)."""

from __future__ import annotations

import base64
import datetime
import json

import pytest

from satchel import crypto
from satchel.errors import HolderKeyMismatch, ShareError, UsageError
from satchel.exchange import Holder, oid4vp, presenting
from satchel.model import Outcome
from satchel.vc import sd_jwt
from satchel.vc.jws import split_jws
from satchel.vc.sd_jwt_present import holder_jwk, present
from tests.vc.corpus_helpers import DEFAULT_NOW, make_verifier
from tests.vc.test_sd_jwt_vc import HOLDER, HOLDER_MK, HOLDER_SECRET, NOW, digest, disclosure, issue

AUD, NONCE = "x509_san_dns:verifier.example", "nonce-42"
REQUEST = oid4vp.Request(AUD, "x509_san_dns", "verifier.example", True, "direct_post", "https://verifier.example/r",
                         NONCE, None, {})
WALLET = Holder(HOLDER, f"{HOLDER}#{HOLDER_MK}", HOLDER_SECRET)
WHEN = DEFAULT_NOW


def _degrees() -> str:
    """Two degrees, each an array-element disclosure whose ``name`` is itself disclosable; a visible subject."""
    names = [disclosure("n1", "name", "Mathematics"), disclosure("n2", "name", "Engines")]
    elements = [disclosure("e1", {"type": "BSc", "_sd": [digest(names[0])]}),
                disclosure("e2", {"type": "MSc", "_sd": [digest(names[1])]})]
    given = disclosure("g1", "given_name", "Ada")
    return issue({"degrees": [{"...": digest(e)} for e in elements]}, disclosures=[given, *elements, *names],
                 sd=[digest(given)])


def _shown(token: str) -> list[list]:
    return [json.loads(base64.urlsafe_b64decode(p + "==")) for p in token.split("~")[1:-1]]


def _openid4vp(token: str, *paths: tuple) -> str:
    return presenting.sd_jwt_presentation(WALLET, token, paths, REQUEST, WHEN)


def test_a_dcql_wildcard_reveals_the_asked_member_of_each_element_and_no_more(tmp_path):
    answer = _openid4vp(_degrees(), ("degrees", None, "type"))
    shown = _shown(answer)
    assert [d[1] for d in shown] == [{"type": "BSc", "_sd": [shown[0][1]["_sd"][0]]},
                                     {"type": "MSc", "_sd": [shown[1][1]["_sd"][0]]}]  # both elements, no name
    report = make_verifier(tmp_path).verify_presentation(answer, challenge=NONCE, domain=AUD)
    assert report.outcome is Outcome.VERIFIED, report.to_dict()
    assert report.credentials[0].details["disclosed"] == ["/degrees/0", "/degrees/1"]
    named = _shown(_openid4vp(_degrees(), ("degrees", None, "name")))
    assert [d[-1] for d in named] == [named[0][1], named[1][1], "Mathematics", "Engines"]
    one = _shown(_openid4vp(_degrees(), ("degrees", 1, "name")))
    assert [d[-1] for d in one][1:] == ["Engines"] and one[0][1]["type"] == "MSc"


def test_both_callers_reveal_the_same_disclosures_and_bind_the_same_way(tmp_path):
    token = issue()
    by_pointer = present(token, ["/achievement/name", "/given_name"], secret=HOLDER_SECRET, did=HOLDER, aud=AUD,
                         nonce=NONCE, iat=int(WHEN.timestamp()))
    by_path = _openid4vp(token, ("achievement", "name"), ("given_name",))
    assert by_pointer.rsplit("~", 1)[0] == by_path.rsplit("~", 1)[0]
    assert by_pointer == by_path  # Ed25519 is deterministic: the same key binding JWT, byte for byte
    everything = _openid4vp(token)
    assert len(_shown(everything)) == 4  # no claim named: every disclosure
    assert everything == present(token, None, secret=HOLDER_SECRET, did=HOLDER, aud=AUD, nonce=NONCE,
                                 iat=int(WHEN.timestamp()))
    kb = split_jws(by_path.rsplit("~", 1)[1])
    assert kb.header == {"typ": "kb+jwt", "alg": "EdDSA"}
    assert {k: kb.payload[k] for k in ("aud", "nonce", "iat")} == {"aud": AUD, "nonce": NONCE, "iat": NOW}
    report = make_verifier(tmp_path).verify_presentation(by_path, challenge=NONCE, domain=AUD)
    assert report.outcome is Outcome.VERIFIED, report.to_dict()


def test_a_disclosure_the_issuer_did_not_reference_is_never_sent():
    token = issue()
    stray = disclosure("zz", "email", "mallory@example.org")
    with_stray = token[:-1] + "~" + stray + "~"
    assert stray not in _openid4vp(with_stray) and stray not in present(
        with_stray, None, secret=HOLDER_SECRET, did=HOLDER, aud=AUD, nonce=NONCE, iat=NOW)


@pytest.mark.parametrize("cnf", [
    {"jwk": holder_jwk(crypto.generate_ed25519()[0])},  # another wallet's key
    {"kid": "did:key:z6MkotherOtherOther#z6MkotherOtherOther"},
    None,  # no holder key at all
])
def test_a_credential_not_bound_to_the_wallet_key_is_refused_on_both_paths(cnf):
    token = issue({"cnf": cnf} if cnf is not None else {"cnf": "none"})
    with pytest.raises(HolderKeyMismatch) as by_path:
        _openid4vp(token, ("given_name",))
    with pytest.raises(HolderKeyMismatch):
        present(token, ["/given_name"], secret=HOLDER_SECRET, did=HOLDER, aud=AUD, nonce=NONCE, iat=NOW)
    assert isinstance(by_path.value, ShareError) and by_path.value.code == "holder_key_mismatch"
    expected = "names no holder key" if cnf is None else "bound to another key"
    assert expected in by_path.value.message


def test_a_credential_bound_by_the_wallets_did_key_is_presented():
    token = issue({"cnf": {"kid": f"{HOLDER}#{HOLDER_MK}"}})
    assert _openid4vp(token, ("given_name",)).count("~") == 2  # issuer JWT ~ given_name ~ kb-jwt


def test_a_claim_path_the_credential_does_not_have_is_refused_before_signing():
    with pytest.raises(UsageError):
        _openid4vp(issue(), ("birthdate",))
    with pytest.raises(UsageError):
        _openid4vp(_degrees(), ("degrees", None, "grade"))


def test_a_stale_answer_made_by_the_builder_is_caught_by_the_verifier(tmp_path):
    answer = _openid4vp(issue(), ("given_name",))
    later = (WHEN + datetime.timedelta(minutes=6)).isoformat()
    report = make_verifier(tmp_path, now=later).verify_presentation(answer, challenge=NONCE, domain=AUD)
    assert report.check(sd_jwt.CHALLENGE).message == "challenge.sd_jwt_stale"
