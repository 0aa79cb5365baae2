"""The command line and remembered disclosure choices: `share|present --domain` remembers and names a widening,
`respond` shows what it remembered and never ticks a newly asked claim, `disclosures list|forget`."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from satchel.vc.jsonld import OfflineLoader
from tests.exchange.verifier_requests import ScriptedVerifier
from tests.vc_core.test_ecdsa_sd_p384 import CREDENTIAL, base_proof

NAME = "/credentialSubject/achievement/name"
DESCRIPTION = "/credentialSubject/achievement/description"
NAME_PATH = ("credentialSubject", "achievement", "name")
DESCRIPTION_PATH = ("credentialSubject", "achievement", "description")


@pytest.fixture
def held(cli, tmp_path) -> str:
    path = tmp_path / "base.json"
    path.write_text(json.dumps(base_proof(CREDENTIAL, ["/issuer", "/validFrom"], OfflineLoader())))
    [outcome] = cli.json("import", str(path))
    return outcome["added"][0]


def test_share_for_a_domain_is_listed_and_a_wider_share_is_named(cli, held, tmp_path):
    code, _, err = cli("share", held, "--domain", "acme.example", "--reveal", NAME, "--payload-out",
                       str(tmp_path / "p.txt"))
    assert code == 0, err
    assert "last time" not in err
    code, out, _ = cli("disclosures", "list")
    assert code == 0 and "domain:acme.example  Data Literacy: credentialSubject › achievement › name" in out
    [entry] = cli.json("disclosures", "list")
    assert entry["verifier"] == "domain:acme.example" and entry["revealed"] == [NAME]
    assert entry["credential_id"] == held
    code, _, err = cli("present", held, "--domain", "acme.example", "--out", str(tmp_path / "vp.json"))
    assert code == 0, err
    assert ("Note: last time you showed acme.example less of 'Data Literacy'; this time it also sees: name, "
            "credentialSubject › achievement › description, credentialSubject › achievement › criteria › "
            "narrative") in err


def test_forget_needs_to_be_told_what(cli, held, tmp_path):
    for domain in ("acme.example", "beta.example"):
        assert cli("share", held, "--domain", domain, "--reveal", NAME, "--payload-out", str(tmp_path / "p"))[0] == 0
    code, _, err = cli("disclosures", "forget")
    assert code == 2 and "--all" in err
    code, out, _ = cli("disclosures", "forget", "domain:acme.example")
    assert code == 0 and out.strip() == "Forgot 1 remembered choice(s)."
    assert [e["label"] for e in cli.json("disclosures", "list")] == ["beta.example"]
    assert cli("disclosures", "forget", "--all")[1].strip() == "Forgot 1 remembered choice(s)."
    assert cli("disclosures", "list")[1].strip() == "No disclosure choices are remembered."
    assert "Aucun choix" in cli("--lang", "fr", "disclosures", "list")[1]


def _respond(cli, monkeypatch, verifier: ScriptedVerifier, paths, *extra: str, lang: str = "en"):
    monkeypatch.setattr("satchel.services.receiving.exchange_http", lambda _app: verifier.http)
    return cli("--lang", lang, "respond", verifier.ask(datetime.now(UTC), paths), "--yes", *extra)


def test_respond_shows_what_it_remembered_and_leaves_newly_asked_claims_out(cli, held, monkeypatch):
    verifier = ScriptedVerifier()
    code, out, err = _respond(cli, monkeypatch, verifier, [NAME_PATH], "--reveal", NAME)
    assert code == 0, err
    assert f"[x] {NAME}" in out and "Last time" not in out
    code, out, err = _respond(cli, monkeypatch, verifier, [NAME_PATH, DESCRIPTION_PATH])
    assert code == 0, err
    assert "Last time you showed this verifier" in out and "credentialSubject › achievement › name" in out
    assert f"[x] {NAME}" in out
    assert f"[ ] {DESCRIPTION}  (newly asked: not shown unless you add it with --reveal)" in out
    achievement = verifier.last_answer()["badge"][0]["verifiableCredential"][0]["credentialSubject"]["achievement"]
    assert "description" not in achievement
    answer = _respond(cli, monkeypatch, verifier, [NAME_PATH, DESCRIPTION_PATH], "--reveal", NAME,
                      "--reveal", DESCRIPTION, "--json")
    assert answer[0] == 0, answer[2]
    claims = json.loads(answer[1])["claims"]["badge"]["claims"]
    assert [(c["pointer"], c["shown"]) for c in claims] == [(NAME, True), (DESCRIPTION, True)]
    achievement = verifier.last_answer()["badge"][0]["verifiableCredential"][0]["credentialSubject"]["achievement"]
    assert achievement["description"]


def test_respond_refuses_a_claim_that_was_not_asked_and_sends_nothing(cli, held, monkeypatch):
    verifier = ScriptedVerifier()
    code, _, err = _respond(cli, monkeypatch, verifier, [NAME_PATH], "--reveal", DESCRIPTION)
    assert code == 2 and "only asked claims can be shown" in err
    assert not verifier.http.posted("https://verifier.example/response/7")
    code, _, err = _respond(cli, monkeypatch, verifier, [NAME_PATH], "--reveal", DESCRIPTION, lang="fr")
    assert code == 2 and "seules les informations demandées" in err


def test_an_unverified_website_is_told_nothing_is_remembered(cli, held, monkeypatch):
    site = ScriptedVerifier(proven=False)
    code, out, err = _respond(cli, monkeypatch, site, [NAME_PATH, DESCRIPTION_PATH], "--reveal", NAME)
    assert code == 0, err
    assert "your choice will not be remembered" in out
    assert cli("disclosures", "list")[1].strip() == "No disclosure choices are remembered."


def _sentences() -> list[str]:
    from satchel.i18n import CATALOG
    return sorted(k for k in CATALOG if k.startswith("disclosures.")
                  or k in ("error.nothing_revealed", "error.reveal_not_asked", "error.reveal_unknown"))


@pytest.mark.parametrize("key", _sentences())
def test_every_sentence_is_in_english_and_french(key):
    import string

    from satchel.i18n import CATALOG
    entry = CATALOG[key]
    assert entry["en"].strip() and entry["fr"].strip() and entry["fr"] != entry["en"]
    fields = [{f for _, f, _, _ in string.Formatter().parse(entry[lang]) if f} for lang in ("en", "fr")]
    assert fields[0] == fields[1]
