"""Issue 9 §6: an Open Badges 2.0 assertion whose badge is only a URL (1EdTech validator fixtures:
a JSON file and a baked PNG) is shown as "details on the issuer's server", never "(no name) — ?", and
its trust check never says "The issuer ? is not on your list"."""

from __future__ import annotations

import pytest

from tests.conftest import corpus_dir

FILES = corpus_dir() / "public" / "openbadges-validator-core" / "tests" / "testfiles"
CASES = [FILES / "extracted" / "test_components" / "2_0_basic_assertion.json", FILES / "baked_heart.png"]


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
@pytest.mark.parametrize("lang,expected", [("en", "details on the issuer's server"),
                                           ("fr", "détails sur le serveur de l'émetteur")])
def test_list_and_show_say_where_the_details_are(cli, path, lang, expected):
    code, out, err = cli("import", str(path))
    assert code == 0, err
    cred_id = out.split()[0]
    code, listing, _ = cli("--lang", lang, "list")
    line = next(line for line in listing.splitlines() if line.startswith(cred_id))
    assert expected in line and "example.org" in line, line
    assert "(no name)" not in line and " ? " not in line
    code, shown, _ = cli("--lang", lang, "show", cred_id)
    assert expected in shown and "example.org" in shown, shown


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_trust_check_never_names_a_question_mark(cli, path, lang):
    code, _, err = cli("trust", "add", "did:example:someone")
    assert code == 0, err
    code, out, _ = cli("--lang", lang, "verify", str(path))
    trust = next(line for line in out.splitlines() if "trust" in line.lower() or "confiance" in line.lower())
    assert "?" not in trust, trust


@pytest.mark.parametrize("lang,expected", [("en", "--fetch-details"), ("fr", "--fetch-details")])
def test_import_says_how_to_fetch_the_details_and_fetches_nothing_by_itself(cli, lang, expected):
    code, _, err = cli("--lang", lang, "import", str(CASES[0]))
    assert code == 0 and expected in err and "example.org" in err, err


def test_fetch_details_offline_keeps_the_badge_and_says_why(cli, monkeypatch):
    from satchel.net import OfflineFetcher
    from satchel.services import workspace  # where the facades pick their default fetcher
    monkeypatch.setattr(workspace, "default_fetcher", OfflineFetcher)
    code, out, err = cli("import", "--fetch-details", str(CASES[0]))
    assert code == 0, err
    assert "could not be fetched" in err and "the badge is kept" in err, err
    assert out.split()[0] in cli("list")[1]
