"""OpenID4VP answers and cryptographic holder binding (issue 13 follow-ups).

- A stored SD-JWT VC whose ``cnf`` names another key than the wallet's (or none) is listed as *not offered*, with
  its reason, before consent, and never offered as a match (it used to be refused only after consent).
- DCQL ``require_cryptographic_holder_binding`` (OpenID4VP 1.0 §6.1, default true) is honoured: with ``false`` such
  a credential may be presented without a key binding JWT (§B.3: "an SD-JWT without the Key Binding JWT MAY be
  returned"), while one the wallet can bind still gets its key binding JWT."""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest

from satchel import crypto
from satchel.clock import FixedClock
from satchel.errors import ExchangeRefused
from satchel.exchange import dcql
from satchel.services import Satchel, responding
from satchel.vc.jws import split_jws
from tests.vc.corpus_helpers import DEFAULT_NOW
from tests.vc.test_sd_jwt_vc import issue

from .fakes import FakeHttp, reply

RESPONSE_URI = "https://verifier.example/response/1"
CLIENT_ID = f"redirect_uri:{RESPONSE_URI}"
VCT = "https://example.org/badge"


def _query(**extra) -> dict:
    return {"credentials": [{"id": "badge", "format": "dc+sd-jwt", "meta": {"vct_values": [VCT]},
                             "claims": [{"path": ["given_name"]}], **extra}]}


def _link(query: dict) -> str:
    return "openid4vp://?" + urlencode({"response_type": "vp_token", "client_id": CLIENT_ID, "response_mode":
                                        "direct_post", "response_uri": RESPONSE_URI, "nonce": "n-0123456789",
                                        "state": "s-1", "dcql_query": json.dumps(query)})


@pytest.fixture
def wallet(tmp_path):
    """A wallet holding three SD-JWT VCs: bound to its key, bound to another key, and bound to no key."""
    app = Satchel(tmp_path / "home", clock=FixedClock(DEFAULT_NOW), offline=True)
    app.create_wallet("correct horse battery staple")
    mine = crypto.public_jwk(crypto.public_key_from_multikey(app.holder_keys()[0].public_multibase))
    other = crypto.public_jwk(crypto.public_key_from_multikey(crypto.generate_ed25519()[1]))
    ids = {}
    for label, cnf in (("mine", {"jwk": mine}), ("other", {"jwk": other}), ("none", None)):
        token = issue({"cnf": cnf, "achievement_name": f"Badge {label}"})
        [ids[label]] = app.import_bytes(token.encode(), source="test").added
    return app, ids


def _answered(http: FakeHttp) -> str:
    [sent] = http.posted(RESPONSE_URI)
    return json.loads(sent["form"]["vp_token"])["badge"][0]


def test_a_credential_bound_to_another_key_or_none_is_listed_as_not_offered_before_consent(wallet):
    app, ids = wallet
    view = responding.prepare(app, FakeHttp({}), _link(_query())).view
    [query] = view.queries
    assert query.matches == ((ids["mine"], "Badge mine"),)
    assert set(query.unavailable) == {(ids["other"], "Badge other", "other_key", ""),
                                      (ids["none"], "Badge none", "no_holder_key", "")}
    assert query.holder_binding is True
    assert responding.selection(view, [ids["other"]]) == {}  # choosing it picks nothing to send


def test_the_summary_names_why_a_credential_is_not_offered_in_english_and_french(wallet, capsys):
    from satchel.cli.commands_exchange import _summary
    app, ids = wallet
    view = responding.prepare(app, FakeHttp({}), _link(_query())).view
    _summary(view, "en")
    out = capsys.readouterr().out
    assert f"{ids['other']}  not offered: Badge other — it is bound to another key than this wallet's" in out
    assert f"{ids['none']}  not offered: Badge none — it names no holder key" in out
    _summary(view, "fr")
    out = capsys.readouterr().out
    assert "non proposé : Badge other — il est lié à une autre clé que celle de ce portefeuille" in out


def test_when_only_unbound_credentials_match_nothing_is_sent_and_the_reason_is_named(wallet):
    app, ids = wallet
    app.delete(ids["mine"])
    http = FakeHttp({("POST", RESPONSE_URI): reply(200, {})})
    prepared = responding.prepare(app, http, _link(_query()))
    assert prepared.view.queries[0].matches == ()
    with pytest.raises(ExchangeRefused) as refused:
        responding.send(app, http, prepared, responding.selection(prepared.view, []))
    assert refused.value.reason == "not_bound" and "Badge other" in refused.value.message
    assert not http.posted(RESPONSE_URI)


def test_a_query_that_does_not_require_holder_binding_offers_every_match(wallet):
    app, ids = wallet
    view = responding.prepare(app, FakeHttp({}), _link(_query(require_cryptographic_holder_binding=False))).view
    [query] = view.queries
    assert {record_id for record_id, _ in query.matches} == set(ids.values())
    assert query.unavailable == () and query.holder_binding is False


@pytest.mark.parametrize("label, with_kb", [("none", False), ("other", False), ("mine", True)])
def test_without_required_holder_binding_only_a_credential_the_wallet_can_bind_gets_a_key_binding_jwt(
        wallet, label, with_kb):
    app, ids = wallet
    http = FakeHttp({("POST", RESPONSE_URI): reply(200, {})})
    prepared = responding.prepare(app, http, _link(_query(require_cryptographic_holder_binding=False)))
    responding.send(app, http, prepared, {"badge": ids[label]})
    token = _answered(http)
    parts = token.split("~")
    assert len(parts) == 3  # issuer JWT, the given_name disclosure, then the key binding JWT or nothing
    if with_kb:
        kb = split_jws(parts[-1])
        assert kb.header["typ"] == "kb+jwt" and kb.payload["nonce"] == "n-0123456789"
        assert kb.payload["aud"] == CLIENT_ID
    else:
        assert token.endswith("~") and parts[-1] == ""  # RFC 9901: no key binding JWT, the last '~' kept
    assert http.posted(RESPONSE_URI)[0]["form"]["state"] == "s-1"


def test_with_holder_binding_required_the_bound_credential_carries_its_key_binding_jwt(wallet):
    app, ids = wallet
    http = FakeHttp({("POST", RESPONSE_URI): reply(200, {})})
    prepared = responding.prepare(app, http, _link(_query()))
    assert responding.selection(prepared.view, []) == {"badge": ids["mine"]}
    responding.send(app, http, prepared, responding.selection(prepared.view, []))
    kb = split_jws(_answered(http).rsplit("~", 1)[1])
    assert kb.payload["nonce"] == "n-0123456789"


def test_a_holder_binding_value_that_is_not_a_boolean_is_refused_as_malformed(wallet):
    app, _ = wallet
    with pytest.raises(ExchangeRefused) as refused:
        responding.prepare(app, FakeHttp({}), _link(_query(require_cryptographic_holder_binding="no")))
    assert refused.value.reason == "malformed"


def test_the_dcql_evaluator_on_its_own():
    bound = dcql.Candidate("a", "A", "dc+sd-jwt", {"vct": VCT, "given_name": "Ada"}, vct=VCT)
    unbound = dcql.Candidate("b", "B", "dc+sd-jwt", {"vct": VCT, "given_name": "Ada"}, vct=VCT, unbound="other_key")
    [query], _ = dcql.evaluate(_query(), [bound, unbound])
    assert (query.matches, query.unavailable) == ((bound,), (unbound,))
    [relaxed], _ = dcql.evaluate(_query(require_cryptographic_holder_binding=False), [bound, unbound])
    assert (relaxed.matches, relaxed.unavailable) == ((bound, unbound), ())
    assert dcql.plan(_query(), [query], {"badge": "a"}) == {"badge": bound}
    with pytest.raises(ExchangeRefused) as refused:
        dcql.plan(_query(), [query], {"badge": "b"})
    assert refused.value.reason == "no_match"  # a match exists: the person chose something else
