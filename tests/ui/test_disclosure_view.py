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
        texts = _texts(disclosure_section(lambda key, lang=lang, **p: strings.tr(key, lang, **p), record))
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


class _Shared(_Record):
    def __init__(self, cred_id: str, fmt: str, extra: dict) -> None:
        super().__init__(fmt, extra)
        self.id = cred_id


def test_the_share_choice_reveals_per_credential_and_never_a_parent_of_a_hidden_field():
    from satchel.ui.viewmodels.disclosure import preview, reveal_map
    sd = _Shared("a", "sd-jwt-vc", {"disclosable": ["/given_name", "/email", "/achievement", "/achievement/name",
                                                    "/achievement/description"]})
    whole = _Shared("b", "vc-json", {"types": ["VerifiableCredential"]})
    assert reveal_map([sd, whole], {}) is None  # nothing hidden: everything is shown, as before
    hidden = {"a": {"/email", "/achievement/description"}}
    assert reveal_map([sd, whole], hidden) == {"a": ["/given_name", "/achievement/name"]}
    shown, withheld = preview(sd, hidden["a"])
    assert shown == ["given_name", "achievement", "achievement › name"]
    assert withheld == ["email", "achievement › description"]
    assert reveal_map([sd], {"a": {"/achievement"}}) == {"a": ["/given_name", "/email"]}  # children go too


def test_the_field_choice_section_lists_a_checkbox_per_field():
    from satchel.ui.views.share_disclosure import field_choices
    sd = _Shared("a", "sd-jwt-vc", {"disclosable": ["/given_name", "/email"]})
    toggled = []
    [box_section] = field_choices(lambda key, **p: strings.tr(key, "en", **p), [sd], {"a": {"/email"}},
                                  lambda cid, ptr: toggled.append((cid, ptr)))
    boxes = [c for c in box_section.controls if c.__class__.__name__ == "Checkbox"]
    assert [(b.label, b.value) for b in boxes] == [("given_name", True), ("email", False)]
    boxes[1].on_change(None)
    assert toggled == [("a", "/email")]
    assert box_section.controls[-1].value == ("The recruiter will see: given_name. Hidden (not in the QR code): "
                                              "email.")
