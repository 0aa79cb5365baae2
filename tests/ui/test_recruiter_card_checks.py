"""Recruiter credential cards (issues 10/13 follow-up): the checks that tie a credential to the presenter are shown
once, above the technical checks, which list every other check; an SD-JWT VC's own key binding check inside a signed
presentation is named "Key binding" / "Liaison de clé", while "Holder" stays the presentation's proof of who
presents it — on the card, in the PDF report and in `satchel verify`'s output."""

from __future__ import annotations

import io
from datetime import datetime, timezone

import pytest

from satchel.cli.output import print_report
from satchel.i18n import check_title
from satchel.model import Check, CheckName, CheckStatus, VerificationReport
from satchel.services.recruiter import report_pdf_items
from satchel.ui.viewmodels import recruiter as vm
from tests.vc.test_sd_jwt_key_binding_in_vp import _shared, _verify, _vp

TITLES = {"en": ("Key binding", "Issued to the presenter", "Holder"),
          "fr": ("Liaison de clé", "Délivré à la personne qui le présente", "Titulaire")}


@pytest.fixture
def replayed(tmp_path) -> VerificationReport:
    """A signed presentation whose SD-JWT VC carries a key binding JWT made for another request."""
    report, _ = _verify(tmp_path, _vp(_shared(nonce="an-older-interview")))
    return report


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_each_check_of_a_card_is_shown_once_and_the_key_binding_is_named_so(replayed, lang):
    key_binding, issued_to, holder = TITLES[lang]
    [child] = replayed.credentials
    [card] = vm.credential_cards(replayed, lang)
    assert [line.title for line in card.binding] == [key_binding, issued_to]
    assert card.binding[0].status == "failed" and card.binding[1].status == "ok"
    technical = [line.title for line in card.checks]
    assert key_binding not in technical and issued_to not in technical and holder not in technical
    assert len(card.binding) + len(card.checks) == len(child.checks)  # nothing left out, nothing twice
    shown = [line.sentence for line in (*card.binding, *card.checks)]
    assert len(set(shown)) == len(shown)


def test_a_card_without_holder_checks_lists_every_check_as_technical():
    when = datetime(2026, 11, 25, tzinfo=timezone.utc)
    checks = (Check(CheckName.FORMAT, CheckStatus.OK, "format.ok"),
              Check(CheckName.SIGNATURE, CheckStatus.OK, "signature.ok", {"suite": "eddsa-rdfc-2022"}))
    [card] = vm.credential_cards(VerificationReport("credential", "urn:uuid:1", checks, when), "en")
    assert card.binding == () and [line.title for line in card.checks] == ["Format", "Signature"]


def test_holder_stays_the_presentations_own_check_and_other_holder_checks_keep_their_name(replayed):
    top = replayed.check(CheckName.HOLDER)
    assert top is not None and top.message == "holder.ok"
    assert check_title(top, "en") == check_title(top, "en", in_credential=True) == "Holder"
    kb = replayed.credentials[0].check(CheckName.HOLDER)
    assert kb is not None and check_title(kb, "fr") == "Titulaire"  # a presentation's check unless said otherwise
    assert check_title(kb, "fr", in_credential=True) == "Liaison de clé"
    recipient = Check(CheckName.HOLDER, CheckStatus.OK, "holder.recipient_ok")  # an Open Badges 2.0 assertion's
    assert check_title(recipient, "en", in_credential=True) == "Holder"


def test_the_pdf_report_and_the_cli_name_the_key_binding_too(replayed):
    [item] = report_pdf_items(replayed, "en")
    assert any(line.startswith("Key binding: The key binding signature on this credential was made for another "
                               "request") for line in item.verification)
    assert "Holder: The presentation is signed by its holder." in item.verification
    out = io.StringIO()
    print_report(replayed, "fr", out)
    lines = out.getvalue().splitlines()
    assert "  [     ok] Titulaire: La présentation est signée par son titulaire." in lines  # the presentation's
    assert any(line.startswith("      [ FAILED] Liaison de clé: La signature de liaison de clé sur ce badge a été "
                               "faite pour une autre demande") for line in lines)  # the credential's, indented
    assert not any(line.startswith("      ") and "Titulaire:" in line for line in lines)
