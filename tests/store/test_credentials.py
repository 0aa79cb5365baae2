"""Adding, reading, deleting credentials and storing their last verification."""

from __future__ import annotations

import hashlib

import pytest

from satchel.errors import CredentialNotFound, UsageError
from satchel.model import CredentialFormat, DisplayFields, SignedForm
from satchel.store import Wallet

RAW = b'{"type": ["VerifiableCredential"], "name": "Exact   bytes"}\n'
DISPLAY = DisplayFields(
    name="Data Literacy", description="Reads charts", issuer_name="Open U", issuer_id="did:web:open.example",
    subject_name="Ada", subject_id="did:key:z6Mk", issued="2025-03-01T00:00:00Z", valid_until="2030-01-01",
    image="data:image/png;base64,iVBORw0KGgo=", achievement_type="Badge",
    alignments=({"targetName": "ESCO", "targetUrl": "https://esco.example/1"},),
    related=({"id": "urn:x", "name": "Bigger badge"},), extra={"level": 2},
)


def _add(wallet: Wallet, raw: bytes = RAW, display: DisplayFields = DISPLAY) -> tuple[str, bool]:
    return wallet.add_credential(raw, format=CredentialFormat.VC_JSON, signed_form=SignedForm.DATA_INTEGRITY,
                                 source="file:badge.json", display=display, added_at="2026-01-02T03:04:05Z")


def test_add_then_get_returns_exact_bytes_and_all_fields(wallet: Wallet) -> None:
    cid, created = _add(wallet)
    assert created
    assert cid == hashlib.sha256(RAW).hexdigest()[:16]
    record = wallet.get(cid)
    assert record.raw == RAW
    assert record.sha256 == hashlib.sha256(RAW).hexdigest()
    assert (record.format, record.signed_form, record.source) == ("vc-json", "data-integrity", "file:badge.json")
    assert record.added_at == "2026-01-02T03:04:05Z"
    assert record.display == DISPLAY
    assert record.outcome is None and record.report_json is None


def test_same_bytes_twice_is_one_credential(wallet: Wallet) -> None:
    first = _add(wallet)
    second = _add(wallet, display=DisplayFields(name="Other name"))
    assert first == (first[0], True)
    assert second == (first[0], False)
    assert wallet.count() == 1
    assert wallet.get(first[0]).display.name == "Data Literacy"


def test_one_byte_different_is_another_credential(wallet: Wallet) -> None:
    a, _ = _add(wallet)
    b, _ = _add(wallet, raw=RAW + b" ")
    assert a != b and wallet.count() == 2


def test_empty_bytes_are_refused(wallet: Wallet) -> None:
    with pytest.raises(UsageError):
        _add(wallet, raw=b"")


def test_list_leaves_raw_out(wallet: Wallet) -> None:
    cid, _ = _add(wallet)
    [record] = wallet.list()
    assert record.id == cid and record.raw == b"" and record.display == DISPLAY


def test_unknown_id(wallet: Wallet) -> None:
    for call in (lambda: wallet.get("0" * 16), lambda: wallet.delete("0" * 16),
                 lambda: wallet.set_report("0" * 16, "{}", "verified", "2026"),
                 lambda: wallet.add_tags("0" * 16, ["x"])):
        with pytest.raises(CredentialNotFound):
            call()


def test_delete_removes_credential_tags_and_memberships(wallet: Wallet) -> None:
    cid, _ = _add(wallet)
    wallet.add_tags(cid, ["work"])
    wallet.create_collection("CV")
    wallet.add_to_collection("CV", [cid])
    wallet.delete(cid)
    assert wallet.count() == 0
    assert wallet.tags() == []
    assert wallet.collections() == [("CV", 0)]
    with pytest.raises(CredentialNotFound):
        wallet.get(cid)
    assert _add(wallet) == (cid, True)  # it can come back


def test_set_report_is_stored_and_replaced(wallet: Wallet) -> None:
    cid, _ = _add(wallet)
    wallet.set_report(cid, '{"checks": []}', "expired", "2026-05-05T00:00:00Z")
    wallet.set_report(cid, '{"checks": [1]}', "verified", "2026-06-06T00:00:00Z")
    record = wallet.get(cid)
    assert (record.report_json, record.outcome, record.verified_at) == (
        '{"checks": [1]}', "verified", "2026-06-06T00:00:00Z")


def test_issuers_group_and_count(wallet: Wallet) -> None:
    _add(wallet, raw=b"1", display=DisplayFields(issuer_name="Zeta", issuer_id="did:z"))
    _add(wallet, raw=b"2", display=DisplayFields(issuer_name="Zeta", issuer_id="did:z"))
    _add(wallet, raw=b"3", display=DisplayFields(issuer_name="alpha", issuer_id="did:a"))
    _add(wallet, raw=b"4", display=DisplayFields())
    assert wallet.issuers() == [("did:a", "alpha", 1), ("did:z", "Zeta", 2), (None, None, 1)]
