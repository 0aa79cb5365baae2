"""Remembered disclosure choices in the encrypted wallet: per verifier and credential content, replaced by the
next choice, forgotten on demand and with the last copy of their credential, kept by backups, and the kept
schema-3 wallet upgraded to hold them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from satchel.errors import CredentialNotFound, UsageError
from satchel.model import DisplayFields
from satchel.store import Wallet, schema
from tests.store.conftest import PASSPHRASE, add, credential_bytes, file_sha256

V3_FIXTURE = Path(__file__).parent / "data" / "wallet-v3.satchel"
V3_PASSPHRASE = "fixture passphrase v3"
ACME = "domain:acme.example"
VERIFIER = "openid4vp:x509_san_dns:verifier.example"


def _copy(wallet: Wallet, n: int, content_key: str) -> str:
    """Another stored copy of one credential (other bytes, same content key), as a baked image would be."""
    cid, created = wallet.add_credential(credential_bytes(n), format="vc-json", signed_form="data-integrity",
                                         source="test", display=DisplayFields(name=f"Copy {n}"),
                                         added_at=f"2026-01-0{n}T00:00:00Z", content_key=content_key)
    assert created
    return cid


def test_a_choice_is_kept_per_verifier_and_replaced_by_the_next_one(wallet: Wallet) -> None:
    cid = add(wallet, 1, name="Badge")
    assert wallet.recall_choice(cid, ACME) is None
    wallet.remember_choice(cid, verifier=ACME, label="acme.example", revealed=["/name", "/name"])
    wallet.remember_choice(cid, verifier=VERIFIER, label="verifier.example", revealed=['["a"]'],
                           asked=['["a"]', '["b"]'], request="q1")
    mine = wallet.recall_choice(cid, ACME)
    assert (mine.revealed, mine.asked, mine.request, mine.label) == (("/name",), None, None, "acme.example")
    assert mine.chosen_at == "2026-11-01T10:00:00Z"
    other = wallet.recall_choice(cid, VERIFIER)
    assert (other.revealed, other.asked, other.request) == (('["a"]',), ('["a"]', '["b"]'), "q1")
    wallet.remember_choice(cid, verifier=ACME, label="acme.example", revealed=[])
    assert wallet.recall_choice(cid, ACME).revealed == ()
    assert len(wallet.remembered_choices()) == 2


def test_the_same_credential_in_another_copy_finds_the_choice(wallet: Wallet) -> None:
    first, second = _copy(wallet, 1, "k" * 64), _copy(wallet, 2, "k" * 64)
    wallet.remember_choice(second, verifier=ACME, label="acme.example", revealed=["/name"])
    assert wallet.recall_choice(first, ACME).revealed == ("/name",)
    [listed] = wallet.remembered_choices()
    assert (listed.credential_id, listed.credential_name) == (first, "Copy 1")  # the first copy received


def test_forgetting_by_verifier_by_credential_or_everything(wallet: Wallet) -> None:
    a, b = add(wallet, 1, name="A"), add(wallet, 2, name="B")
    for cid in (a, b):
        for verifier in (ACME, VERIFIER):
            wallet.remember_choice(cid, verifier=verifier, label="x", revealed=["/name"])
    assert wallet.forget_choices(verifier=ACME, id=a) == 1
    assert wallet.forget_choices(verifier=ACME) == 1
    assert wallet.forget_choices(id=b) == 1
    assert [(c.verifier, c.credential_id) for c in wallet.remembered_choices()] == [(VERIFIER, a)]
    assert wallet.forget_choices() == 1
    assert wallet.remembered_choices() == []


def test_the_choice_goes_with_the_last_copy_of_its_credential(wallet: Wallet) -> None:
    first, second = _copy(wallet, 1, "k" * 64), _copy(wallet, 2, "k" * 64)
    other = add(wallet, 3, name="Other")
    for cid in (first, other):
        wallet.remember_choice(cid, verifier=ACME, label="acme.example", revealed=["/name"])
    wallet.delete(first)
    assert wallet.recall_choice(second, ACME) is not None  # one copy is still there
    wallet.delete(second)
    assert [c.credential_id for c in wallet.remembered_choices()] == [other]


@pytest.mark.parametrize("kwargs", [
    {"verifier": "", "label": "x", "revealed": []},
    {"verifier": ACME, "label": "", "revealed": []},
    {"verifier": ACME, "label": "x", "revealed": [""]},
    {"verifier": ACME, "label": "x", "revealed": [f"/{i}" for i in range(501)]},
    {"verifier": ACME, "label": "x", "revealed": ["/" + "a" * 2001]},
    {"verifier": ACME, "label": "x", "revealed": [], "request": ""},
])
def test_bad_choices_are_refused_and_nothing_is_kept(wallet: Wallet, kwargs) -> None:
    cid = add(wallet, 1, name="A")
    with pytest.raises(UsageError):
        wallet.remember_choice(cid, **kwargs)
    assert wallet.remembered_choices() == []


def test_a_choice_about_an_unknown_credential_is_refused(wallet: Wallet) -> None:
    with pytest.raises(CredentialNotFound):
        wallet.remember_choice("0" * 16, verifier=ACME, label="x", revealed=[])
    with pytest.raises(CredentialNotFound):
        wallet.recall_choice("0" * 16, ACME)


def test_backups_keep_choices_and_a_restore_never_replaces_the_wallets_own(wallet: Wallet, tmp_path: Path,
                                                                             clock) -> None:
    a, b = add(wallet, 1, name="A"), add(wallet, 2, name="B")
    wallet.remember_choice(a, verifier=ACME, label="acme.example", revealed=["/name"])
    wallet.remember_choice(b, verifier=ACME, label="acme.example", revealed=["/name", "/description"])
    target = tmp_path / "b.bin"
    wallet.export_backup(target, "a backup passphrase here")
    with Wallet.create(tmp_path / "other" / "w.satchel", PASSPHRASE, clock=clock) as other:
        add(other, 2, name="B")
        other.remember_choice(b, verifier=ACME, label="acme.example", revealed=[])
        other.import_backup(target, "a backup passphrase here")
        assert other.recall_choice(a, ACME).revealed == ("/name",)
        assert other.recall_choice(b, ACME).revealed == ()  # the wallet's own choice wins


def test_the_kept_schema_3_wallet_is_upgraded_to_remember_choices(tmp_path: Path) -> None:
    path = tmp_path / "v3.satchel"
    shutil.copyfile(V3_FIXTURE, path)
    with Wallet.open(path, V3_PASSPHRASE) as wallet:  # no content key reader needed: v3 rows have theirs
        assert wallet.schema_version == schema.current_version()
        [record] = wallet.list()
        assert record.display.name == "Data Literacy" and record.tags == ("kept",)
        assert "/credentialSubject/achievement/description" in record.display.extra["disclosable"]
        assert wallet.remembered_choices() == []
        wallet.remember_choice(record.id, verifier=ACME, label="acme.example",
                               revealed=["/credentialSubject/achievement/name"])
    with Wallet.open(path, V3_PASSPHRASE) as wallet:
        [choice] = wallet.remembered_choices()
        assert choice.revealed == ("/credentialSubject/achievement/name",)
        assert choice.content_key == wallet._db.execute("SELECT content_key FROM credentials").fetchone()[0]


def test_a_failing_upgrade_to_version_4_leaves_the_kept_v3_wallet_as_it_was(tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v3.satchel"
    shutil.copyfile(V3_FIXTURE, path)
    before = file_sha256(path)

    def broken(conn) -> None:
        conn.execute("CREATE TABLE disclosure_choices (x)")  # a half-made table, then a failure
        raise RuntimeError("migration bug")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS[:3], broken])
    with pytest.raises(RuntimeError, match="migration bug"):
        Wallet.open(path, V3_PASSPHRASE)
    assert file_sha256(path) == before
