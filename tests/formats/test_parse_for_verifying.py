"""``formats.parse(data, display=False)`` (what the verifier is given, issue 14) reads every importable
corpus file exactly as ``parse(data)`` does, except that the display fields of VC, VC-JWT and OB 2.0
credentials are left empty: same credentials, same forms, same bytes, same verifiable values."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from satchel.errors import ImportRefused
from satchel.formats import parse
from satchel.model.credential import DisplayFields

from ._builders import ob3_credential
from ._corpus import Case, import_cases

CASES = [case for case in import_cases() if not case.refusal]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_a_parse_for_verifying_differs_only_by_its_empty_display(case: Case):
    data = case.path.read_bytes()
    try:
        shown = parse(data, filename=case.path.name)
    except ImportRefused as refused:  # refused either way, for the same reason
        with pytest.raises(type(refused)):
            parse(data, filename=case.path.name, display=False)
        return
    verified = parse(data, filename=case.path.name, display=False)
    assert len(verified.credentials) == len(shown.credentials)
    for fast, full in zip(verified.credentials, shown.credentials, strict=True):
        assert replace(fast, display=full.display) == full
        assert fast.display == full.display or fast.display.name is None  # left empty, or a form that keeps it
    assert (verified.presentation is None) == (shown.presentation is None)


def test_display_fields_are_extracted_by_default_and_not_for_verifying():
    data = json.dumps(ob3_credential(name="Data Literacy")).encode()
    assert parse(data).credentials[0].display.name == "Data Literacy"
    assert parse(data, display=False).credentials[0].display == DisplayFields()
    assert parse(data).credentials[0].display.name == "Data Literacy"  # the switch does not stay off
