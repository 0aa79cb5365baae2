"""Baked SVG via defusedxml: OB 3.0 <openbadges:credential>, OB 2.0 <openbadges:assertion>, hostile XML refused."""

from __future__ import annotations

import json
import time

import pytest

from satchel.errors import ImportRefused, Malformed, NoCredentialFound, TooLarge, UnsafeContent, UnsupportedFormat
from satchel.formats import parse
from satchel.formats._svg import MAX_SVG_ELEMENTS
from satchel.model.credential import CredentialFormat, SignedForm

from ._builders import ob2_assertion, ob3_credential, token

OB3_NS = 'xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"'
OB2_NS = 'xmlns:openbadges="http://openbadges.org"'


def _svg(inner: str, namespace: str = OB3_NS, prolog: str = '<?xml version="1.0" encoding="UTF-8"?>\n') -> bytes:
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" {namespace} viewBox="0 0 8 8">{inner}<circle r="4"/></svg>'
    return (prolog + svg).encode()


def _only(data: bytes):
    (credential,) = parse(data, filename="badge.svg").credentials
    assert credential.raw == data
    assert credential.format is CredentialFormat.BAKED_SVG
    assert credential.media_type == "image/svg+xml"
    return credential


def test_ob3_credential_in_cdata():
    data = _svg(f"<openbadges:credential><![CDATA[{json.dumps(ob3_credential())}]]></openbadges:credential>")
    credential = _only(data)
    assert credential.signed_form is SignedForm.DATA_INTEGRITY
    assert credential.document == ob3_credential()


def test_ob3_vc_jwt_in_the_verify_attribute():
    jwt = token(ob3_credential(), {"alg": "ES256", "typ": "vc+jwt"})
    credential = _only(_svg(f'<openbadges:credential verify="{jwt}"></openbadges:credential>'))
    assert credential.signed_form is SignedForm.VC_JWT
    assert credential.verifiable == jwt
    assert credential.display.name == "Bread Baking"


def test_ob2_hosted_assertion_by_url():
    url = "https://badges.example/assertions/9"
    credential = _only(_svg(f'<openbadges:assertion verify="{url}"/>', OB2_NS))
    assert credential.signed_form is SignedForm.OB2_HOSTED
    assert credential.verifiable == {"id": url}


def test_ob2_assertion_json_with_hosted_url():
    assertion = json.dumps(ob2_assertion())
    data = _svg(
        f'<openbadges:assertion verify="https://badges.example/assertions/1"><![CDATA[{assertion}]]></openbadges:assertion>',
        OB2_NS,
    )
    credential = _only(data)
    assert credential.signed_form is SignedForm.OB2_HOSTED
    assert credential.display.issuer_name == "Robot Club"


def test_ob2_signed_assertion_in_verify_wins_over_the_copy_in_the_text():
    jws = token(ob2_assertion(verification={"type": "signed"}), {"alg": "RS256"})
    data = _svg(f'<openbadges:assertion verify="{jws}"><![CDATA[{{"not": "used"}}]]></openbadges:assertion>', OB2_NS)
    credential = _only(data)
    assert credential.signed_form is SignedForm.OB2_SIGNED
    assert credential.verifiable == jws


@pytest.mark.parametrize(
    "prolog",
    [
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>',
    ],
)
def test_dtds_and_entities_are_refused_never_resolved(prolog: str):
    with pytest.raises(UnsafeContent) as info:
        parse(_svg("<openbadges:credential>&xxe;</openbadges:credential>", prolog=prolog))
    assert "/etc/passwd" not in str(info.value)


SVG11_DOCTYPE = '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">'


def test_a_bare_svg11_doctype_from_design_tools_is_accepted_but_never_fetched(corpus):
    original = (corpus / "extra" / "baked-ob3-valid.svg").read_bytes()
    at = original.index(b"<svg")
    data = original[:at] + SVG11_DOCTYPE.encode() + original[at:]
    assert _only(data).display.name == _only(original).display.name


def test_an_entity_reference_under_a_bare_doctype_is_refused_not_resolved():
    with pytest.raises(ImportRefused) as info:
        parse(_svg("<openbadges:credential>&xxe;</openbadges:credential>", prolog=SVG11_DOCTYPE))
    assert "/etc/passwd" not in str(info.value)


def test_an_svg_without_a_badge():
    with pytest.raises(NoCredentialFound) as info:
        parse(_svg("<g/>"))
    assert str(info.value) == "This SVG image has no badge baked into it."


def test_a_badge_element_in_a_foreign_namespace_does_not_count():
    with pytest.raises(NoCredentialFound):
        parse(_svg("<openbadges:credential>{}</openbadges:credential>", 'xmlns:openbadges="https://evil.example"'))


def test_broken_xml_is_malformed_with_its_line():
    with pytest.raises(Malformed, match=r"damaged \(line 2\)"):
        parse(b'<svg xmlns="http://www.w3.org/2000/svg">\n<g></svg>')


def test_xml_that_is_not_svg():
    with pytest.raises(UnsupportedFormat, match="not an SVG image"):
        parse(b"<html><body/></html>")


def test_an_empty_badge_element():
    with pytest.raises(NoCredentialFound, match="empty"):
        parse(_svg("<openbadges:credential>   </openbadges:credential>"))


def test_the_badge_right_after_svg_is_found_without_reading_the_rest():
    badge = f"<openbadges:credential><![CDATA[{json.dumps(ob3_credential())}]]></openbadges:credential>"
    data = _svg(badge + "<g/>" * 1_000_000)
    started = time.perf_counter()
    assert _only(data).display.name == "Bread Baking"
    assert time.perf_counter() - started < 0.5


def test_images_with_too_many_shapes_before_the_badge_are_refused():
    with pytest.raises(TooLarge, match="too complex"):
        parse(_svg("<g/>" * (MAX_SVG_ELEMENTS + 1) + "<openbadges:credential>{}</openbadges:credential>"))


def test_an_unknown_xml_encoding_is_a_plain_refusal():
    from satchel.errors import Malformed
    from satchel.formats import parse

    data = b'<?xml version="1.0" encoding="UUF-8"?><svg xmlns="http://www.w3.org/2000/svg"></svg>'
    try:
        parse(data, filename="badge.svg")
    except Malformed as exc:
        assert not exc.params.get("internal") and "character encoding" in exc.message
    else:
        raise AssertionError("an SVG with an unknown encoding was accepted")
