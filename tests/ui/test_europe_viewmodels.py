"""The European screens' logic without a browser: checklist rows, pathway cards, link-only chips, EU filter."""

from __future__ import annotations

from datetime import UTC

import pytest

from satchel.model import CredentialRecord, DisplayFields, SortKey
from satchel.model.microcredential import ANNEX_I_ELEMENTS, AnnexChecklist, AnnexElement
from satchel.model.pathway import Pathway, PathwayPart
from satchel.ui import theme
from satchel.ui.viewmodels import detail, europe, listing


def checklist(**values: str) -> AnnexChecklist:
    return AnnexChecklist(tuple(AnnexElement(k, m, values.get(k), f"/x/{k}" if k in values else None)
                                for k, m in ANNEX_I_ELEMENTS), profile="ob3")


def test_checklist_rows_keep_every_mandatory_element_and_only_stated_optional_ones():
    view = europe.checklist_view(checklist(title="Data", workload="5 ECTS", grade="A"), "en")
    assert view.summary == "2 of 11 mandatory elements"
    assert [r.key for r in view.mandatory] == [k for k, m in ANNEX_I_ELEMENTS if m]
    assert [(r.key, r.present) for r in view.mandatory[:2]] == [("learner", False), ("title", True)]
    assert view.mandatory[6].label == "Notional workload" and view.mandatory[6].value == "5 ECTS"
    assert view.mandatory[6].source == "/x/workload"
    assert [r.key for r in view.optional] == ["grade"]
    assert view.missing.startswith("Not stated: Learner, Country of the issuer") and not view.complete


def test_a_complete_checklist_in_french():
    full = {k: "x" for k, m in ANNEX_I_ELEMENTS if m}
    view = europe.checklist_view(checklist(**full), "fr")
    assert view.complete and view.missing is None
    assert view.summary == "11 éléments obligatoires sur 11"
    assert view.mandatory[7].label == "Niveau (CEC)"


def test_pathway_progress_by_credits_when_stated():
    parts = (PathwayPart("urn:a", "Python", 5, held_by="rec-a"), PathwayPart("urn:b", "Stats", 5, held_by="rec-b"),
             PathwayPart("urn:c", "ML", 10), PathwayPart("urn:d", None, 10))
    card = europe.pathway_card(Pathway("urn:big", "Data science", "clr", "rec-clr", parts, 30.0, "ECTS"), "en")
    assert card.progress == "2 of 4 parts · 10 of 30 ECTS"
    assert card.fraction == pytest.approx(1 / 3)
    assert [(p.name, p.credits, p.held_by) for p in card.held] == [("Python", "5 ECTS", "rec-a"),
                                                                   ("Stats", "5 ECTS", "rec-b")]
    assert [p.name for p in card.missing] == ["ML", "urn:d"]  # a part without a name shows its id
    fr = europe.pathway_card(Pathway("urn:big", None, "clr", "rec-clr", parts, 30.0, "credits"), "fr")
    assert fr.progress == "2 parties sur 4 · 10 crédits sur 30" and fr.name == "urn:big"


def test_pathway_progress_by_count_without_credits():
    parts = (PathwayPart("urn:a", "A", held_by="r"), PathwayPart("urn:b", "B"), PathwayPart("urn:c", "C"))
    card = europe.pathway_card(Pathway("urn:big", "Big", "ob3", "r", parts), "en")
    assert card.progress == "1 of 3 parts" and card.fraction == pytest.approx(1 / 3)
    assert card.held[0].credits is None
    assert europe.pathway_card(Pathway("urn:e", "Empty", "elm", "r", ()), "en").fraction == 0.0
    assert europe.number(7.5) == "7.5" and europe.number(10.0) == "10"


def _record(signed_form: str, outcome: str | None, url: str | None = None) -> CredentialRecord:
    return CredentialRecord(id="r1", sha256="00", format="link" if signed_form == "link-only" else "vc-json",
                            signed_form=signed_form, source="t", added_at="2026-11-20T10:00:00+00:00",
                            display=DisplayFields(name="Cert", public_url=url), raw=b"{}", outcome=outcome)


def test_a_link_only_record_gets_its_own_chip_never_verified_and_an_open_link():
    link = _record("link-only", "verified", "https://cert.example/abc")
    assert listing.card(link).status == "link_only"
    assert listing.record_status(link, "verified") == "link_only"
    assert theme.STATUS_STYLE["link_only"][0] != theme.STATUS_STYLE["verified"][0]
    from datetime import datetime
    now = datetime(2026, 11, 25, tzinfo=UTC)
    d = detail.detail(link, None, "en", now)
    assert d.status == "link_only" and d.link == "https://cert.example/abc"
    signed = _record("data-integrity", "verified", "https://cert.example/abc")
    assert listing.card(signed).status == "verified" and detail.detail(signed, None, "en", now).link is None
    assert detail.detail(_record("link-only", None, "http://plain.example"), None, "en", now).link is None


def test_the_eu_filter_and_sort():
    q = listing.Filters(eu="complete").query()
    assert q.eu_complete is True and listing.Filters(eu="incomplete").query().eu_complete is False
    assert listing.Filters().query().eu_complete is None
    assert listing.Filters(eu="complete").active and not listing.Filters(eu="complete").cleared().eu
    by_eu = listing.Filters().with_sort("eu")
    assert by_eu.sort is SortKey.EU and by_eu.descending is False  # the store puts most elements first


@pytest.mark.parametrize("url, title, problem", [
    ("https://cert.example/abc", "Data analysis", None),
    ("  https://cert.example/abc ", " Data ", None),
    ("http://cert.example/abc", "Data", "add.link_need_https"),
    ("https://", "Data", "add.link_need_https"),
    ("cert.example", "Data", "add.link_need_https"),
    ("https://cert.example/abc", "   ", "add.link_need_title"),
])
def test_the_link_only_form_says_what_is_missing(url, title, problem):
    assert europe.link_problem(url, title) == problem
