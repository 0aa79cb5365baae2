"""Detail screen, selective disclosure: which fields a credential lets you hide (no browser)."""

from __future__ import annotations

from satchel.model import DisplayFields
from satchel.ui import strings
from satchel.ui.viewmodels.disclosure import hideable, readable
from satchel.ui.views.detail_disclosure import disclosure_section


class _Record:
    def __init__(self, fmt: str, extra: dict) -> None:
        self.format = fmt
        self.display = DisplayFields(name="Data Literacy", extra=extra)


def _texts(control) -> list[str]:
    return [c.value for c in control.controls if hasattr(c, "value") and isinstance(c.value, str)]


def test_an_sd_jwt_lists_its_hideable_claims_in_both_languages():
    record = _Record("sd-jwt-vc", {"disclosable": ["/given_name", "/achievement/name"]})
    info = hideable(record)
    assert info.kind == "sd-jwt" and info.fields == ("given_name", "achievement › name")
    for lang in ("en", "fr"):
        texts = _texts(disclosure_section(lambda key, **p: strings.tr(key, lang, **p), record))
        assert texts[0] == strings.tr("disclosure.title", lang)
        assert "• achievement › name" in texts and not any(t.startswith("ui.") for t in texts)


def test_an_ecdsa_sd_credential_names_its_mandatory_fields():
    record = _Record("vc-json", {"disclosable": ["/credentialSubject/achievement/name"],
                                 "mandatory": ["/issuer", "/validFrom"]})
    texts = _texts(disclosure_section(lambda key, **p: strings.tr(key, "en", **p), record))
    assert "• credentialSubject › achievement › name" in texts
    assert texts[-1] == "Always shown (the issuer made them mandatory): issuer, validFrom"


def test_a_credential_that_cannot_hide_anything_has_no_section():
    assert disclosure_section(lambda key, **p: key, _Record("vc-json", {"types": ["VerifiableCredential"]})) is None
    assert readable("/a~1b/c~0d") == "a/b › c~d"
