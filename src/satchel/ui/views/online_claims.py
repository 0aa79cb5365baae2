"""Answering a verifier, per query: a tick for each asked claim the chosen credential can hide, starting from the
choice remembered for this verifier; a claim asked for the first time starts unticked and says so (see
:mod:`satchel.services.answer_choices`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import flet as ft

from satchel.i18n.dates import human_moment
from satchel.model.disclosure import key_label
from satchel.ui.views.common import Screen
from satchel.ui.widgets.layout import notice


def choice_of(query: Any, record_id: str | None) -> Any:
    return next((c for c in query.choices if c.record_id == record_id), None)


def starting_ticks(view: Any, chosen: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """Per query id, the claim keys ticked to begin with for the chosen credential."""
    out = {}
    for query in view.queries:
        choice = choice_of(query, chosen.get(query.id))
        if choice is not None:
            out[query.id] = choice.default()
    return out


def nothing_ticked(view: Any, chosen: dict[str, str], ticks: dict[str, tuple[str, ...]]) -> bool:
    """True when a chosen credential would show none of the claims asked (Send waits for a tick)."""
    for query in view.queries:
        choice = choice_of(query, chosen.get(query.id))
        if choice is not None and not any(not c.hideable or c.key in ticks.get(query.id, ()) for c in choice.claims):
            return True
    return False


def claim_boxes(sc: Screen, query: Any, record_id: str | None, ticks: dict[str, tuple[str, ...]],
                on_toggle: Callable[[str, str], None], remembers: bool) -> list[ft.Control]:
    choice = choice_of(query, record_id)
    if choice is None:
        return []
    rows: list[ft.Control] = [ft.Text(sc.tr("online.claims_title"), weight=ft.FontWeight.W_500)]
    if choice.remembered is not None:
        fields = ", ".join(key_label(k) for k in choice.remembered.revealed) or "—"
        rows.append(ft.Text(sc.tr("online.last_time", when=human_moment(choice.remembered.chosen_at, sc.lang),
                                  fields=fields), size=13))
    ticked = ticks.get(query.id, ())
    always = [c.label for c in choice.claims if not c.hideable]
    for claim in choice.claims:
        if not claim.hideable:
            continue
        label = claim.label + (f" — {sc.tr('online.newly_asked')}" if claim.newly_asked else "")
        rows.append(ft.Checkbox(label=label, value=claim.key in ticked,
                                on_change=lambda _e, qid=query.id, key=claim.key: on_toggle(qid, key)))
    if any(c.newly_asked and c.hideable and c.key not in ticked for c in choice.claims):
        rows.append(notice(sc.tr("online.newly_asked_note"), "warning"))
    if always:
        rows.append(ft.Text(sc.tr("online.always_shown", fields=", ".join(always)), size=13, italic=True))
    if not remembers:
        rows.append(ft.Text(sc.tr("online.not_remembered"), size=12))
    return rows
