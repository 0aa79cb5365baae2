"""Every sentence of the exchanges exists in English and French, and every refusal reason has one."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import satchel.ui.strings  # noqa: F401 - registers the ui.* sentences
from satchel.errors import ExchangeRefused
from satchel.i18n import CATALOG, render_error
from satchel.i18n.exchange import REFUSALS
from satchel.ui.strings_exchange import STRINGS

SRC = Path(__file__).resolve().parents[2] / "src" / "satchel"


def _reasons_raised() -> set[str]:
    """Every ``reason=`` given to ExchangeRefused anywhere in the code."""
    found = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "ExchangeRefused":
                for keyword in node.keywords:
                    if keyword.arg == "reason" and isinstance(keyword.value, ast.Constant):
                        found.add(keyword.value.value)
    return found


def test_every_refusal_reason_is_translated():
    raised = _reasons_raised()
    assert raised and raised <= set(REFUSALS)


@pytest.mark.parametrize("key", sorted([f"error.refused_{r}" for r in REFUSALS]
                                       + [k for k in CATALOG if k.startswith("exchange.")]
                                       + [f"ui.{k}" for k in STRINGS]))
def test_both_languages(key):
    entry = CATALOG[key]
    assert entry["en"].strip() and entry["fr"].strip() and entry["fr"] != entry["en"]


def test_a_refusal_reads_in_french():
    text = render_error(ExchangeRefused("The request has expired.", reason="expired"), "fr")
    assert text.startswith("La demande a expiré ; rien n'a été envoyé.")
