"""Fast tests of the screens' logic (no browser, no flet)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from satchel.i18n import CATALOG
from satchel.model import Check, CheckName, CheckStatus, CredentialRecord, DisplayFields, SortKey, VerificationReport
from satchel.services import ImportItem
from satchel.ui import strings
from satchel.ui.viewmodels import detail, formatting, importing, listing, passphrase, sharing

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 16


def record(cred_id: str = "abc123", **display) -> CredentialRecord:
    return CredentialRecord(id=cred_id, sha256="00", format="vc-json", signed_form="data-integrity",
                            source="test", added_at="2026-11-20T10:00:00+00:00",
                            display=DisplayFields(**display), raw=b'{"a": 1}')


# -- passphrase -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, level", [
    ("", 0), ("short", 0), ("password1234", 1), ("aaaaaaaaaaaa", 1), ("abcdefghijkl", 1),
    ("Tr0ub4dor&3xx", 3), ("river lantern copper meadow", 4)])
def test_strength_levels(text, level):
    assert passphrase.strength(text).level == level


def test_new_passphrase_needs_length_then_equality():
    assert passphrase.new_passphrase_problem("short", "short") == "strength.too_short"
    assert passphrase.new_passphrase_problem("river lantern copper", "river lantern coppe") == "create.mismatch"
    assert passphrase.new_passphrase_problem("river lantern copper", "river lantern copper") is None


# -- formatting -------------------------------------------------------------------------------------
def test_dates_in_both_languages():
    assert formatting.format_date("2024-03-12T09:00:00Z", "en") == "12 Mar 2024"
    assert formatting.format_date("2024-03-12", "fr") == "12 mars 2024"
    assert formatting.format_date("not a date", "en") == "not a date"
    assert formatting.format_date(None, "en") == ""


def test_ages():
    assert formatting.age_parts(NOW - timedelta(seconds=20), NOW) == ("age.now", 0)
    assert formatting.age_parts((NOW - timedelta(minutes=5)).isoformat(), NOW) == ("age.minutes", 5)
    assert formatting.age_parts(NOW - timedelta(hours=3), NOW) == ("age.hours", 3)
    assert formatting.age_parts(NOW - timedelta(days=1, hours=2), NOW) == ("age.day", 1)
    assert formatting.age_parts(NOW - timedelta(days=9), NOW) == ("age.days", 9)
    assert formatting.age_parts(None, NOW) is None


# -- listing ----------------------------------------------------------------------------------------
def test_filters_build_the_query_and_sort_sensibly():
    f = listing.Filters(search="  team ", tag="work")
    q = f.query(limit=10, offset=20)
    assert (q.search, q.tag, q.limit, q.offset, q.sort, q.descending) == ("team", "work", 10, 20,
                                                                          SortKey.ADDED, True)
    assert f.active and not f.cleared().active
    assert f.with_sort("name").descending is False
    assert f.with_sort("issued").descending is True
    assert listing.Filters(search="   ").query().search is None


def test_status_key_defaults_to_unverified():
    assert listing.status_key("revoked") == "revoked"
    assert listing.status_key(None) == "unverified"
    assert listing.status_key("nonsense") == "unverified"


def test_card_falls_back_to_achievement_and_issuer_id():
    c = listing.card(record(achievement_name="Data Literacy", issuer_id="did:key:z6Mk", issued="2026-01-02"))
    assert (c.name, c.issuer, c.issued, c.status, c.image) == ("Data Literacy", "did:key:z6Mk", "2026-01-02",
                                                              "unverified", None)


def test_a_card_shows_the_picture_it_is_given_and_one_colour_per_badge():
    a, b = record("a1", name="A", issuer_id="did:key:z6Mk"), record("b2", name="B", issuer_id="did:key:z6Mk")
    assert listing.card(a, PNG).image == PNG
    assert listing.card(a).seed == listing.badge_seed(a) != listing.badge_seed(b)  # per badge, not per issuer


def test_pages_extend_without_duplicates():
    a, b = (listing.Card(i, i, None, None, "verified", None, i) for i in "ab")
    page = listing.Page((a,), 3).extended([a, b])
    assert [c.id for c in page.cards] == ["a", "b"] and page.remaining == 1


# -- detail -----------------------------------------------------------------------------------------
def test_detail_renders_checks_and_age_in_french():
    report = VerificationReport(kind="credential", subject=None, verified_at=NOW - timedelta(minutes=3), checks=(
        Check(CheckName.SIGNATURE, CheckStatus.OK, "signature.ok", {"suite": "eddsa-rdfc-2022"}),
        Check(CheckName.EXPIRY, CheckStatus.FAILED, "expiry.failed", {"date": "2020-01-01"}),
    ))
    d = detail.detail(record(name="Badge", issuer_name="Uni", issued="2026-01-02T00:00:00Z",
                             related=({"name": "Bigger badge", "id": "https://ex.org/b"},)), report, "fr", NOW)
    assert d.status == "expired"
    assert [c.title for c in d.checks] == ["Signature", "Expiration"]
    assert d.checks[1].status == "failed" and d.checks[0].sentence and "signature.ok" not in d.checks[0].sentence
    assert d.checked == ("age.minutes", 3)
    assert ("detail.issued", "2 janv. 2026") in d.facts
    assert d.related[0].title == "Bigger badge" and d.related[0].url == "https://ex.org/b"


def test_detail_without_report():
    d = detail.detail(record(name="Badge"), None, "en", NOW)
    assert d.status == "unverified" and d.checks == () and d.checked is None


def test_raw_text_pretty_prints_json_and_refuses_binary():
    assert detail.raw_text(b'{"a":1}') == '{\n  "a": 1\n}'
    assert detail.raw_text(b"eyJhbGciOi.x.y") == "eyJhbGciOi.x.y"
    assert detail.raw_text(PNG + b"\xff\xfe") is None


# -- importing and sharing ----------------------------------------------------------------------------
def test_import_summary_counts_each_kind():
    s = importing.summarise([ImportItem("a.json", added=("1",)), ImportItem("b.json", existing=("2",)),
                             ImportItem("c.png", error="No credential was found in this file.")])
    assert (s.added, s.existing, s.refused) == (1, 1, 1)
    assert [(line.kind, line.first_id) for line in s.lines] == [("added", "1"), ("existing", "2"),
                                                                ("refused", None)]


def test_credentials_in_a_scanned_presentation():
    vp = {"verifiableCredential": [{"id": "urn:1", "proof": {}}, " eyJ.a.b "]}
    assert importing.credentials_in(vp) == [b'{"id": "urn:1", "proof": {}}', b"eyJ.a.b"]
    assert importing.credentials_in({"credentialSubject": {}, "proof": {}}) != []
    assert importing.credentials_in(None) == []


def test_share_helpers():
    assert [sharing.next_frame(i, 3) for i in range(3)] == [1, 2, 0]
    assert sharing.challenge_value("  ") is None and sharing.challenge_value(" x ") == "x"


# -- strings ----------------------------------------------------------------------------------------
def test_every_ui_string_has_french_and_english_and_placeholders_match():
    import string
    keys = [k for k in CATALOG if k.startswith("ui.")]
    ui_keys = strings.keys()  # the module's list of UI keys (not a dict)
    assert {f"ui.{k}" for k in ui_keys} <= set(keys)
    for key in keys:
        entry = CATALOG[key]
        assert entry.get("en") and entry.get("fr"), key
        fields = [{f for _, f, _, _ in string.Formatter().parse(entry[lang]) if f} for lang in ("en", "fr")]
        assert fields[0] == fields[1], key


def test_tr_falls_back_and_formats():
    assert strings.tr("list.count", "fr", count=4) == "4 badges"
    assert strings.tr("list.count", "de", count=4) == "4 credentials"


def test_import_summary_names_each_badge_and_says_how_it_verified():
    s = importing.summarise(
        [ImportItem("a.json", added=("1", "2")), ImportItem("b.png", existing=("3",)),
         ImportItem("c.json", error="refused")],
        {"1": ("Teamwork", "verified"), "2": ("Tampered", "failed"), "3": ("Old", "expired")})
    assert [(line.name, line.kind, line.status) for line in s.lines] == [
        ("Teamwork", "added", "verified"), ("Tampered", "added", "failed"), ("Old", "existing", "expired"),
        ("c.json", "refused", None)]
    assert [line.not_authentic for line in s.lines] == [False, True, False, False]
    assert (s.added, s.existing, s.refused) == (2, 1, 1)
    unnamed = importing.summarise([ImportItem("d.json", added=("9",))], {"9": (None, "unknown")})
    assert unnamed.lines[0].name == "d.json"  # no badge name: the file's name


def test_the_format_in_words_a_learner_knows():
    from dataclasses import replace as _replace
    baked = _replace(record(), format="baked-png")
    assert detail._format_label(baked, "2.0", "en") == "Verifiable credential 2.0 · badge picture (PNG)"
    assert detail._format_label(record(), "ob2", "fr") == "Open Badge 2.0 · fichier de données (JSON)"
    assert detail._format_label(_replace(record(), format="new-thing"), None, "en") == "new-thing"


def test_a_signed_token_is_decoded_for_reading():
    import base64 as b64
    import json as js

    def part(obj):
        return b64.urlsafe_b64encode(js.dumps(obj).encode()).rstrip(b"=").decode()
    token = f"{part({'alg': 'ES256', 'typ': 'JWT'})}.{part({'vc': {'name': 'Café'}})}.c2ln"
    text = detail.decoded_token(token.encode())
    assert text.startswith("// header\n{") and '"alg": "ES256"' in text and '"name": "Café"' in text
    assert detail.decoded_token(b'{"a": 1}') is None and detail.decoded_token(PNG) is None


def test_tag_suggestions_complete_what_is_typed():
    names = ("portfolio", "Python", "work", "pottery", "report")
    assert detail.suggest("po", names, ()) == ("portfolio", "pottery", "report")  # starts first
    assert detail.suggest("PO", names, ("pottery",)) == ("portfolio", "report")
    assert detail.suggest("or", names, ()) == ("portfolio", "work", "report")  # inside the word, after
    assert detail.suggest("", names, ()) == () and detail.suggest("work", names, ()) == ()


def test_two_issuers_with_one_name_are_told_apart():
    choices = listing.issuer_choices([
        ("did:web:school.example", "Example School", 2), ("https://other.example/issuer", "Example School", 1),
        ("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK", "Example School", 1),
        ("did:web:solo.example", "Solo Academy", 3)])
    assert choices == {
        "did:web:school.example": "Example School · school.example (2)",
        "https://other.example/issuer": "Example School · other.example (1)",
        "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK": "Example School · did:key:z6MkhaXgBZDv…ta2doK (1)",
        "did:web:solo.example": "Solo Academy (3)"}


def test_size_classes():
    from satchel.ui.viewmodels import responsive
    assert responsive.is_narrow(400) and responsive.is_narrow(899) and not responsive.is_narrow(900)
    assert not responsive.is_narrow(None) and not responsive.is_narrow(0)
    assert responsive.needs_relayout(1280, 800) and responsive.needs_relayout(1280, 1200)
    assert not responsive.needs_relayout(1280, 1260)


def test_credentials_a_verifier_will_not_accept_are_named_before_sharing():
    picked = [sharing.Picked("1", "A", "verified"), sharing.Picked("2", "B", "revoked"),
              sharing.Picked("3", "C", "expired"), sharing.Picked("4", "D", "unknown"),
              sharing.Picked("5", "E", "failed"), sharing.Picked("6", "F", "not_yet_valid")]
    assert [p.name for p in sharing.not_valid(picked)] == ["B", "C", "E", "F"]
    assert [sharing.step_number(s) for s in sharing.STEPS] == [1, 2, 3]


def test_a_badge_known_only_by_its_url_says_where_its_details_are():
    from satchel.model import CredentialRecord, DisplayFields
    from satchel.ui.viewmodels import detail as detail_vm
    from satchel.ui.viewmodels import listing as listing_vm

    display = DisplayFields(extra={"details_url": "https://badges.example.org/badges/42"})
    record = CredentialRecord(id="abc", sha256="0" * 64, format="ob2-json", signed_form="ob2-hosted",
                              source="test", added_at="2026-01-01T00:00:00Z", display=display)
    assert listing_vm.card(record).details_host == "badges.example.org"
    from datetime import UTC, datetime
    shown = detail_vm.detail(record, None, "fr", datetime(2026, 1, 2, tzinfo=UTC))
    assert shown.name and "badges.example.org" in shown.name
    assert ("detail.issuer", "émetteur nommé sur son serveur") in shown.facts
