"""The string table with the built-in areas loaded: :mod:`.checks`, :mod:`.errors`, :mod:`.europe`,
:mod:`.exchange`, :mod:`.disclosures` and :mod:`.sd_jwt` fill :mod:`.table` when imported (other areas, such
as the UI and PDF exports, register theirs the same way)."""

from __future__ import annotations

from satchel.i18n import checks, disclosures, errors, europe, exchange, sd_jwt
from satchel.i18n.table import CATALOG, register

BUILTIN_AREAS = (checks, errors, europe, exchange, disclosures, sd_jwt)

__all__ = ["BUILTIN_AREAS", "CATALOG", "register"]
