"""DCC VPQR (VP1- + base45 CBOR-LD) from the reference JS peer decodes to the original presentation."""

from __future__ import annotations

import json

import pytest
from share_helpers import CORPUS, load_json

from satchel.errors import PayloadRefused
from satchel.share.payload import decode_payload, decode_vpqr

EXPECTED = load_json(CORPUS / "expected.json")
VPQR_TEXT_CASES = [c for c in EXPECTED["cases"] if c["kind"] == "vpqr"]
SOURCES = {  # which presentation each VPQR was made from (expected.json gives it in "reason")
    "vp-v1-compressed.txt": "vp-valid-v1-ed25519signature2020.json",
    "vp-v1-legacy.txt": "vp-valid-v1-ed25519signature2020.json",
    "vp-v2-uncompressed.txt": "vp-valid-1cred-eddsa.json",
}


def test_every_vpqr_text_case_has_a_known_source():
    assert {c["file"].split("/")[-1] for c in VPQR_TEXT_CASES} == set(SOURCES)
    for case in VPQR_TEXT_CASES:
        name = case["file"].split("/")[-1]
        if "v1" in name:
            assert "vp-valid-v1-ed25519signature2020.json" in case["reason"] or "same VP" in case["reason"]


@pytest.mark.parametrize("case", VPQR_TEXT_CASES, ids=lambda c: c["file"])
def test_vpqr_text_decodes_to_the_original_presentation(case, context_loader):
    text = (CORPUS / case["file"]).read_text(encoding="ascii")
    original = load_json(CORPUS / SOURCES[case["file"].split("/")[-1]])
    assert decode_vpqr(text, context_loader) == original
    assert decode_payload(text, loader=context_loader) == original


def test_vpqr_needs_a_loader():
    text = (CORPUS / "qr" / "vp-v1-legacy.txt").read_text(encoding="ascii")
    with pytest.raises(PayloadRefused, match="loader"):
        decode_payload(text)


def test_a_context_the_loader_does_not_have_is_refused(context_loader):
    text = (CORPUS / "qr" / "vp-v1-compressed.txt").read_text(encoding="ascii")

    def partial(url: str) -> dict:
        if "imsglobal" in url:
            raise KeyError(url)
        return context_loader(url)

    with pytest.raises(PayloadRefused, match="imsglobal"):
        decode_vpqr(text, partial)


@pytest.mark.parametrize("text", ["VP1-", "VP1-X0000", "VP1-R:::", "VP1-R" + "0" * 30, "VP1-R" + "A" * 5000])
def test_broken_vpqr_is_refused(text, context_loader):
    with pytest.raises(PayloadRefused):
        decode_vpqr(text, context_loader)


def test_decoded_vpqr_is_plain_json(context_loader):
    text = (CORPUS / "qr" / "vp-v2-uncompressed.txt").read_text(encoding="ascii")
    assert json.loads(json.dumps(decode_vpqr(text, context_loader)))["type"] == ["VerifiablePresentation"]
