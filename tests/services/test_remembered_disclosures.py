"""The disclosure choice is remembered per verifier request, never silently widened (issue 13), through the
learner's facade: QR shares for a recruiter's domain, and OpenID4VP answers to a proven verifier."""

from __future__ import annotations

import json

import pytest

from satchel.clock import FixedClock
from satchel.errors import UsageError
from satchel.model.disclosure import path_key
from satchel.services import Satchel, responding
from satchel.vc.jsonld import OfflineLoader
from tests.exchange.fakes import NOW
from tests.exchange.verifier_requests import ScriptedVerifier
from tests.vc_core.test_ecdsa_sd_p384 import CREDENTIAL, base_proof

NAME = "/credentialSubject/achievement/name"
DESCRIPTION = "/credentialSubject/achievement/description"
NARRATIVE = "/credentialSubject/achievement/criteria/narrative"
NAME_PATH = ("credentialSubject", "achievement", "name")
DESCRIPTION_PATH = ("credentialSubject", "achievement", "description")
NARRATIVE_PATH = ("credentialSubject", "achievement", "criteria", "narrative")


@pytest.fixture(scope="module")
def disclosable() -> bytes:
    """A credential with an ecdsa-sd-2023 base proof: everything but the issuer and validFrom can be hidden."""
    return json.dumps(base_proof(CREDENTIAL, ["/issuer", "/validFrom"], OfflineLoader())).encode()


@pytest.fixture
def app(tmp_path, disclosable) -> tuple[Satchel, str]:
    satchel = Satchel(tmp_path / "home", clock=FixedClock(NOW), offline=True)
    satchel.create_wallet("a long enough passphrase")
    [cred_id] = satchel.import_bytes(disclosable, source="test").added
    return satchel, cred_id


def achievement(vp: dict) -> dict:
    return vp["verifiableCredential"][0]["credentialSubject"]["achievement"]


# -- QR shares for a recruiter's domain ----------------------------------------------------------------------
def test_a_share_for_a_domain_is_remembered_and_recalled(app):
    satchel, cid = app
    bundle = satchel.share([cid], domain="acme.example", reveal={cid: [NAME, "/name"]})
    assert "description" not in achievement(bundle.vp)
    recalled = satchel.recall_shown([cid], " ACME.example")
    assert recalled[cid].revealed == (NAME, "/name") and recalled[cid].label == "acme.example"
    assert satchel.recall_shown([cid], "other.example") == {}
    assert satchel.recall_shown([cid], None) == {}


def test_a_share_without_a_domain_is_not_remembered(app):
    satchel, cid = app
    satchel.share([cid], reveal={cid: [NAME]})
    satchel.present([cid], reveal=[NAME])
    assert satchel.remembered_choices() == []


def test_the_next_share_says_what_it_would_show_beyond_the_last_one(app):
    satchel, cid = app
    satchel.present([cid], domain="acme.example", reveal=[NAME])
    assert satchel.wider_than_last_time([cid], "acme.example", [NAME]) == {}
    assert satchel.wider_than_last_time([cid], "acme.example", None) == {
        cid: ("/name", DESCRIPTION, NARRATIVE)}
    assert satchel.wider_than_last_time([cid], "other.example", None) == {}
    satchel.share([cid], domain="acme.example")  # shown whole this time: that is what is remembered now
    assert satchel.recall_shown([cid], "acme.example")[cid].revealed == ("/name", NAME, DESCRIPTION, NARRATIVE)


def test_forgetting_remembered_choices(app):
    satchel, cid = app
    satchel.share([cid], domain="acme.example", reveal={cid: [NAME]})
    satchel.share([cid], domain="beta.example", reveal={cid: [NAME]})
    assert satchel.forget_choices(verifier="domain:acme.example") == 1
    assert [c.label for c in satchel.remembered_choices()] == ["beta.example"]
    assert satchel.forget_choices(cred_id=cid[:6]) == 1
    assert satchel.remembered_choices() == []


# -- OpenID4VP answers ------------------------------------------------------------------------------------
def prepare(satchel: Satchel, verifier: ScriptedVerifier, *paths):
    return responding.prepare(satchel, verifier.http, verifier.ask(NOW, paths))


def test_the_first_answer_starts_from_what_is_asked_and_the_choice_is_remembered(app):
    satchel, cid = app
    verifier = ScriptedVerifier()
    prepared = prepare(satchel, verifier, NAME_PATH, DESCRIPTION_PATH)
    [query] = prepared.view.queries
    [choice] = query.choices
    assert prepared.view.remembers and choice.remembered is None
    assert [(c.label, c.ticked, c.newly_asked) for c in choice.claims] == [
        ("credentialSubject › achievement › name", True, False),
        ("credentialSubject › achievement › description", True, False)]
    responding.send(satchel, verifier.http, prepared, {"badge": cid}, {"badge": [path_key(NAME_PATH)]})
    shown = achievement(verifier.last_answer()["badge"][0])
    assert shown["name"] == "Data Literacy" and "description" not in shown
    [kept] = satchel.remembered_choices()
    assert kept.verifier == f"openid4vp:{verifier.client_id}" and kept.request == "badge"
    assert kept.revealed == (path_key(NAME_PATH),)
    assert kept.asked == (path_key(NAME_PATH), path_key(DESCRIPTION_PATH))


def test_the_same_request_again_gets_the_same_fields(app):
    satchel, cid = app
    verifier = ScriptedVerifier()
    first = prepare(satchel, verifier, NAME_PATH, DESCRIPTION_PATH)
    responding.send(satchel, verifier.http, first, {"badge": cid}, {"badge": [path_key(NAME_PATH)]})
    again = prepare(satchel, verifier, NAME_PATH, DESCRIPTION_PATH)
    [choice] = again.view.queries[0].choices
    assert choice.remembered is not None and choice.default() == (path_key(NAME_PATH),)
    assert not any(c.newly_asked for c in choice.claims)
    responding.send(satchel, verifier.http, again, {"badge": cid})  # nothing ticked by hand: the recalled choice
    assert "description" not in achievement(verifier.last_answer()["badge"][0])


def test_a_wider_request_is_never_silently_widened(app):
    satchel, cid = app
    verifier = ScriptedVerifier()
    first = prepare(satchel, verifier, NAME_PATH)
    responding.send(satchel, verifier.http, first, {"badge": cid})
    wider = prepare(satchel, verifier, NAME_PATH, DESCRIPTION_PATH, NARRATIVE_PATH)
    [choice] = wider.view.queries[0].choices
    assert [(c.pointer, c.ticked, c.newly_asked) for c in choice.claims] == [
        (NAME, True, False), (DESCRIPTION, False, True), (NARRATIVE, False, True)]
    responding.send(satchel, verifier.http, wider, {"badge": cid})
    shown = achievement(verifier.last_answer()["badge"][0])
    assert "description" not in shown and "criteria" not in shown
    # ticking a newly asked field is the holder's act, and it is remembered
    third = prepare(satchel, verifier, NAME_PATH, DESCRIPTION_PATH, NARRATIVE_PATH)
    responding.send(satchel, verifier.http, third, {"badge": cid},
                    {"badge": [path_key(NAME_PATH), path_key(DESCRIPTION_PATH)]})
    again = prepare(satchel, verifier, NAME_PATH, DESCRIPTION_PATH, NARRATIVE_PATH)
    assert again.view.queries[0].choices[0].default() == (path_key(NAME_PATH), path_key(DESCRIPTION_PATH))


def test_a_narrower_request_gets_only_what_it_asks(app):
    satchel, cid = app
    verifier = ScriptedVerifier()
    first = prepare(satchel, verifier, NAME_PATH, DESCRIPTION_PATH)
    responding.send(satchel, verifier.http, first, {"badge": cid})
    narrower = prepare(satchel, verifier, NAME_PATH)
    assert narrower.view.queries[0].choices[0].default() == (path_key(NAME_PATH),)
    responding.send(satchel, verifier.http, narrower, {"badge": cid})
    assert "description" not in achievement(verifier.last_answer()["badge"][0])


def test_another_verifier_does_not_get_this_verifiers_choice(app):
    satchel, cid = app
    first, other = ScriptedVerifier(), ScriptedVerifier()
    responding.send(satchel, first.http, prepare(satchel, first, NAME_PATH, DESCRIPTION_PATH), {"badge": cid},
                    {"badge": [path_key(NAME_PATH)]})
    [choice] = prepare(satchel, other, NAME_PATH, DESCRIPTION_PATH).view.queries[0].choices
    assert choice.remembered is None and all(c.ticked for c in choice.claims)


def test_an_unverified_website_gets_a_choice_but_no_memory(app):
    satchel, cid = app
    site = ScriptedVerifier(proven=False)
    prepared = prepare(satchel, site, NAME_PATH, DESCRIPTION_PATH)
    assert not prepared.view.remembers
    responding.send(satchel, site.http, prepared, {"badge": cid}, {"badge": [path_key(NAME_PATH)]})
    assert "description" not in achievement(site.last_answer()["badge"][0])
    assert satchel.remembered_choices() == []


def test_an_answer_with_nothing_ticked_or_a_claim_not_asked_is_refused_and_nothing_is_sent(app):
    satchel, cid = app
    verifier = ScriptedVerifier()
    prepared = prepare(satchel, verifier, NAME_PATH)
    with pytest.raises(UsageError) as nothing:
        responding.send(satchel, verifier.http, prepared, {"badge": cid}, {"badge": []})
    assert nothing.value.code == "nothing_revealed"
    with pytest.raises(UsageError) as stray:
        responding.send(satchel, verifier.http, prepared, {"badge": cid}, {"badge": [path_key(DESCRIPTION_PATH)]})
    assert stray.value.code == "reveal_not_asked"
    assert not verifier.http.posted("https://verifier.example/response/7")
    assert satchel.remembered_choices() == []


def test_a_query_naming_no_claims_offers_no_choice(app):
    satchel, _cid = app
    verifier = ScriptedVerifier()
    prepared = prepare(satchel, verifier)
    assert prepared.view.queries[0].matches and prepared.view.queries[0].choices == ()
