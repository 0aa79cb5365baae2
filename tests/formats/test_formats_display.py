"""extract_display: the fields a list or detail page shows; never fails, missing fields are None."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from satchel.formats import extract_display, parse
from satchel.model.credential import CredentialFormat, DisplayFields, SignedForm

from ._builders import ob2_assertion, ob3_credential
from ._corpus import corpus_root

VC = {"signed_form": SignedForm.DATA_INTEGRITY, "fmt": CredentialFormat.VC_JSON}
OB2 = {"signed_form": SignedForm.OB2_HOSTED, "fmt": CredentialFormat.OB2_JSON}


def test_ob3_credential_fields():
    doc = ob3_credential(validUntil="2030-01-01T00:00:00+02:00", description="Loaves.")
    achievement = doc["credentialSubject"]["achievement"]
    achievement.update(
        achievementType="Badge",
        image={"id": "https://bakery.example/bread.png", "type": "Image"},
        alignment=[{"type": ["Alignment"], "targetName": "Baking", "targetUrl": "https://f.example/1",
                    "targetCode": "B1"}],
        related=[{"id": "https://bakery.example/achievements/bread-fr", "type": ["Related"], "inLanguage": "fr"}],
        resultDescription=[{"id": "urn:uuid:r1", "type": ["ResultDescription"], "name": "Grade",
                            "resultType": "LetterGrade"}],
    )
    display = extract_display(doc, **VC)
    assert display.name == "Bread Baking" and display.description == "Loaves."
    assert (display.issuer_id, display.issuer_name) == ("did:example:issuer", "Village Bakery School")
    assert (display.issued, display.valid_from) == ("2025-03-01T09:00:00Z", "2025-03-01T09:00:00Z")
    assert display.valid_until == "2029-12-31T22:00:00Z"
    assert display.image == "https://bakery.example/bread.png"
    assert (display.achievement_type, display.achievement_name) == ("Badge", "Bread Baking")
    assert display.criteria == "Baked twelve loaves."
    assert display.credential_id == "urn:uuid:6a0f1c62-0e6a-4b58-9c1b-2f6a8f1e0c11"
    assert display.public_url is None  # not an https id
    assert display.vc_version == "2.0"
    assert display.alignments == ({"targetName": "Baking", "targetUrl": "https://f.example/1", "targetCode": "B1"},)
    assert [r["relation"] for r in display.related] == ["related", "resultDescription"]
    assert display.related[1]["name"] == "Grade"


def test_issuer_as_a_string_language_maps_and_plain_identifiers():
    doc = ob3_credential(
        issuer="https://issuer.example",
        id="https://issuer.example/credentials/42",
        name=[{"@value": "Pain", "@language": "fr"}, {"@value": "Bread", "@language": "en"}],
    )
    doc["credentialSubject"].pop("id")
    doc["credentialSubject"]["identifier"] = [
        {"type": "IdentityObject", "identityType": "emailAddress", "hashed": True, "identityHash": "sha256$ab"},
        {"type": "IdentityObject", "identityType": "name", "hashed": False, "identityHash": "Ada Lovelace"},
    ]
    display = extract_display(doc, **VC)
    assert (display.issuer_id, display.issuer_name) == ("https://issuer.example", None)
    assert display.name == "Pain"
    assert display.subject_name == "Ada Lovelace" and display.subject_id is None
    assert display.public_url == "https://issuer.example/credentials/42"


def test_v1_dates_and_expiration():
    doc = ob3_credential(**{"@context": ["https://www.w3.org/2018/credentials/v1"]})
    del doc["validFrom"]
    doc.update(issuanceDate="2020-01-01", expirationDate="2021-01-01T00:00:00Z")
    display = extract_display(doc, **VC)
    assert (display.vc_version, display.issued, display.valid_until) == ("1.1", "2020-01-01T00:00:00Z",
                                                                         "2021-01-01T00:00:00Z")


def test_images_data_uris_are_capped_and_other_schemes_dropped():
    small = "data:image/png;base64," + "A" * 100
    assert extract_display(ob3_credential(image=small), **VC).image == small
    assert extract_display(ob3_credential(image="data:image/png;base64," + "A" * 600_000), **VC).image is None
    assert extract_display(ob3_credential(image="javascript:alert(1)"), **VC).image is None
    assert extract_display(ob3_credential(image="data:text/html,<b>x</b>"), **VC).image is None


def test_ob2_embedded_badge_and_issuer():
    display = extract_display(ob2_assertion(expires="2030-01-01T00:00:00Z"), **OB2)
    assert (display.name, display.description) == ("Robotics", "Built a robot.")
    assert (display.issuer_id, display.issuer_name) == ("https://badges.example/issuer", "Robot Club")
    assert display.subject_name is None and display.subject_id is None
    assert (display.issued, display.valid_until) == ("2016-12-31T23:59:59Z", "2030-01-01T00:00:00Z")
    assert display.image == "https://badges.example/robotics.png"
    assert display.criteria == "Build a robot that walks."
    assert display.public_url == display.credential_id == "https://badges.example/assertions/1"
    assert display.vc_version == "ob2"
    assert display.alignments == ({"targetName": "Engineering", "targetUrl": "https://framework.example/eng"},)


def test_ob2_badge_by_url_and_unix_issued_on():
    display = extract_display(ob2_assertion(badge="https://badges.example/badges/b", issuedOn=1700000000), **OB2)
    assert display.name is None and display.issuer_id is None
    assert display.issued == "2023-11-14T22:13:20Z"
    assert display.extra["badge_id"] == "https://badges.example/badges/b"


def test_corpus_alignment_fixture_shows_its_alignments():
    path = corpus_root() / "public/vc-test-fixtures/verifiableCredentials/v2/dataIntegrityProof/didKey"
    (credential,) = parse((path / "legacyRegistry-noStatus-noExpiry-alignments.json").read_bytes()).credentials
    assert credential.display.alignments
    assert all("targetName" in a or "targetUrl" in a for a in credential.display.alignments)


def test_nonsense_gives_empty_fields():
    assert extract_display({}, **VC) == DisplayFields()
    weird = {"credentialSubject": [1, None], "issuer": 5, "name": {"x": 1}, "validFrom": "yesterday", "exp": 1e300}
    display = extract_display(weird, **VC)
    assert display.name is None and display.issued is None and display.valid_until is None


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["name", "id", "issuer", "credentialSubject", "achievement", "image", "validFrom", "exp",
                         "iat", "badge", "alignment", "related", "criteria", "identifier", "@context", "type",
                         "issuedOn", "expires", "narrative", "@value", "hashed", "identityHash"]),
        children, max_size=6),
    max_leaves=30,
)


@settings(max_examples=150, deadline=None)
@given(doc=st.dictionaries(st.sampled_from(["name", "issuer", "credentialSubject", "badge", "image", "validFrom",
                                            "issuanceDate", "exp", "id", "@context", "recipient"]), _json, max_size=8),
       ob2=st.booleans())
def test_never_fails_on_arbitrary_documents(doc, ob2):
    display = extract_display(doc, **(OB2 if ob2 else VC))
    assert isinstance(display, DisplayFields)
    json.dumps([display.alignments, display.related, display.extra])  # always plain JSON data
