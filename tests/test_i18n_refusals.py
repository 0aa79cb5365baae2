"""Refusals read in French are French from end to end: the specific sentence when it is translated,
else the general one alone — never English in the middle."""

from __future__ import annotations

from satchel.errors import ExchangeRefused, Malformed, NoCredentialFound, UsageError
from satchel.i18n import render_error, t


def test_a_translated_specific_sentence_follows_the_general_one():
    text = render_error(NoCredentialFound("This PNG image has no badge baked into it."), "fr")
    assert text == "Aucun badge n'a été trouvé dans ce fichier. Cette image PNG ne contient pas de badge."


def test_a_specific_sentence_the_general_one_already_says_is_not_repeated():
    error = ExchangeRefused("The request has expired.", reason="expired")
    assert render_error(error, "fr") == "La demande a expiré ; rien n'a été envoyé."
    other = ExchangeRefused("The request has no nonce.", reason="malformed")
    assert render_error(other, "fr").endswith("rien n'a été envoyé. La demande n'a pas de nonce.")


def test_an_untranslated_specific_sentence_is_never_shown_in_english_to_a_french_reader():
    error = Malformed("This PNG image is damaged in a way no Satchel code describes.")
    french = render_error(error, "fr")
    assert french == "Le fichier est endommagé ou dans un format que Satchel ne comprend pas."
    assert "PNG" not in french and "anglais" not in french
    assert render_error(error, "en") == error.message  # English keeps the precise sentence


def test_a_refusal_written_from_the_catalogue_keeps_its_sentence_in_french():
    # the CLI writes some usage refusals with t(): the French reader gets the sentence, not only "not used correctly"
    for lang in ("fr", "en"):
        error = UsageError(t("exchange.declined", lang))
        assert render_error(error, "fr") == ("La commande n'a pas été utilisée correctement. Rien n'a été envoyé : "
                                             "aucun consentement donné (utilisez --yes pour consentir).")


def test_sizes_in_a_french_refusal_use_french_decimals_and_identifiers_stay_as_they_are():
    from satchel.errors import TooLarge
    from satchel.limits import describe_size

    french = render_error(TooLarge(f"The file is {describe_size(4_210_000)}; a credential is at most 4 MB."), "fr")
    assert "Le fichier fait 4,02 Mo" in french and "4.02" not in french
    assert "4,2 Mo" in render_error(TooLarge("The file is 4.2 MB; a credential file is at most 4 MB."), "fr")
    english = render_error(TooLarge("The file is 4.2 MB; a credential file is at most 4 MB."), "en")
    assert "4.2 MB" in english
