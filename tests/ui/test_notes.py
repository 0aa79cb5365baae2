"""Sentences a screen keeps on show (an outcome, a problem) are kept as keys and parameters, or as the error,
and put into words when drawn: after a language switch they read in the new language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from satchel.errors import WrongPassphrase
from satchel.ui.viewmodels.notes import Note, error_sentence

VIEWS = Path(__file__).resolve().parents[2] / "src" / "satchel" / "ui" / "views"


def test_a_kept_sentence_reads_in_the_language_of_the_moment():
    note = Note.said("warning", "settings.cache_refreshed", done=1, failed=2, extra="https://a.example/x")
    assert note.kind == "warning"
    assert note.text("en") == "1 refreshed, 2 could not be downloaded. https://a.example/x"
    assert note.text("fr") == "1 actualisé(s), 2 n'ont pas pu être téléchargé(s). https://a.example/x"


def test_a_kept_error_reads_in_the_language_of_the_moment():
    note = Note.failure(WrongPassphrase("Wrong passphrase: the wallet was not opened."))
    assert note.kind == "error"
    assert note.text("en") == error_sentence(note.error, "en") != note.text("fr") == error_sentence(note.error, "fr")


def test_an_unexpected_error_shows_its_type_only():
    note = Note.failure(RuntimeError("secret detail /home/ada/wallet"))
    assert "RuntimeError" in note.text("en") and "secret" not in note.text("en")
    assert "RuntimeError" in note.text("fr") and note.text("fr") != note.text("en")


def test_a_note_is_a_sentence_or_an_error():
    with pytest.raises(ValueError):
        Note("error")
    with pytest.raises(ValueError):
        Note("error", "common.saved", error=RuntimeError())


@pytest.mark.parametrize("view", ["settings.py", "settings_parts.py", "settings_anchors.py", "unlock.py",
                                  "recruiter_verify.py", "shell.py"])
def test_screens_with_a_language_switch_keep_no_translated_sentence_in_state(view):
    """These screens (or the screens they sit on) switch the language: a state setter (or the lock note the
    unlock screen shows) given sc.tr(…), tr(…) or sc.error_text(…) would keep the old language on screen."""
    source = (VIEWS / view).read_text(encoding="utf-8")
    kept = re.findall(r"\b(?:set_\w+|locked)\([^\n]*\b(?:sc\.tr|sc\.error_text|tr)\(", source)
    assert not kept, kept
