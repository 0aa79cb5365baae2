"""Issue 9 §6: an Open Badges 2.0 assertion whose badge is only a URL (and a baked image holding only an
assertion URL) gets its name and issuer from the issuer's server when the user agrees, as for a URL
import. The 1EdTech validator fixtures stand in for the issuer's server (a fake fetcher, no network)."""

from __future__ import annotations

import pytest

from satchel.errors import FetchFailed
from satchel.net import Response

PARTS = ("public", "openbadges-validator-core", "tests", "testfiles")
SERVER = {
    "https://example.org/beths-robotics-badge.json": "extracted/test_components/2_0_basic_assertion.json",
    "https://example.org/robotics-badge.json": "extracted/test_components/2_0_basic_badgeclass.json",
    "https://example.org/organization.json": "extracted/test_components/2_0_basic_issuer.json",
}


class IssuerServer:
    def __init__(self, root):
        self.root = root
        self.asked: list[str] = []

    def get(self, url, *, accept=None, max_bytes=0, timeout=0.0):
        self.asked.append(url)
        if url not in SERVER:
            raise FetchFailed("not found", url=url)
        return Response(url, 200, "application/json", (self.root / SERVER[url]).read_bytes())


@pytest.fixture
def server(corpus_dir_path):
    return IssuerServer(corpus_dir_path.joinpath(*PARTS))


def test_an_assertion_whose_badge_is_a_url_says_where_its_details_are(satchel, server):
    [cred_id] = satchel.import_bytes((server.root / SERVER["https://example.org/beths-robotics-badge.json"])
                                     .read_bytes(), source="test").added
    assert satchel.details_host(cred_id) == "example.org"
    assert satchel.get(cred_id).display.name is None
    assert server.asked == []  # nothing is fetched without the user's agreement


def test_fetching_the_details_names_the_badge_and_its_issuer(satchel, server):
    [cred_id] = satchel.import_bytes((server.root / SERVER["https://example.org/beths-robotics-badge.json"])
                                     .read_bytes(), source="test").added
    satchel.fetcher = server
    record = satchel.fetch_details(cred_id)
    assert record.display.name == "Awesome Robotics Badge"
    assert record.display.issuer_name == "An Example Badge Issuer"
    assert satchel.details_host(cred_id) is None
    assert [r.id for r in satchel.list() if r.display.name == "Awesome Robotics Badge"] == [cred_id]
    assert satchel.get(cred_id).raw == (server.root / SERVER["https://example.org/beths-robotics-badge.json"]) \
        .read_bytes()  # the credential's bytes are never rewritten


def test_a_baked_image_holding_only_the_assertion_url_is_completed_like_a_url_import(satchel, server):
    from tests.formats._builders import itxt, png  # a PNG whose iTXt "openbadges" chunk is a URL
    image = png(itxt("openbadges", "https://example.org/beths-robotics-badge.json"))
    [cred_id] = satchel.import_bytes(image, source="test", filename="badge.png").added
    assert satchel.details_host(cred_id) == "example.org"
    satchel.fetcher = server
    record = satchel.fetch_details(cred_id)
    assert record.display.name == "Awesome Robotics Badge" and record.display.issuer_name == "An Example Badge Issuer"
    assert record.raw == image


def test_offline_the_details_stay_on_the_server_with_a_sentence(satchel):
    [cred_id] = satchel.import_bytes(b'{"@context": "https://w3id.org/openbadges/v2", "type": "Assertion", '
                                     b'"id": "https://example.org/a/1", "badge": "https://example.org/b.json", '
                                     b'"recipient": {"type": "email", "hashed": false, "identity": "a@b.org"}, '
                                     b'"issuedOn": "2020-01-01", "verification": {"type": "hosted"}}',
                                     source="test").added
    with pytest.raises(FetchFailed):
        satchel.fetch_details(cred_id)
    assert satchel.details_host(cred_id) == "example.org"
