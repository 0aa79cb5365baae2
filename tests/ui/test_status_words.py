"""A card's chip says what the report's verdict says: "Not authentic" only for a signature that did not
match, "Invalid" for a wrong document (never the vaguer "Failed")."""

from __future__ import annotations

import pytest

from satchel.i18n import t as report_tr
from satchel.ui.strings import tr


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("status", ["failed", "invalid", "verified"])
def test_the_chip_word_is_the_verdict_word(status, lang):
    assert tr(f"chip.{status}", lang) == report_tr(f"outcome.{status}", lang)


def test_not_authentic_in_both_languages():
    assert tr("chip.failed", "en") == "Not authentic"
    assert tr("chip.failed", "fr") == "Non authentique"
