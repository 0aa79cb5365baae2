"""Share screen, per credential: tick the fields to show, with a preview of what the recruiter will see, and
the choice remembered for the recruiter's domain (recalled by unticking, never by ticking)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import flet as ft

from satchel.i18n.dates import human_moment
from satchel.model.disclosure import RememberedChoice, hidden_after, pointer_label, qr_verifier
from satchel.ui.viewmodels.disclosure import (
    hideable,
    is_hidden,
    pointers,
    preview,
    readable,
)
from satchel.ui.widgets.layout import section


def field_choices(tr: Callable[..., str], records: list, hidden: dict[str, set[str]],
                  on_toggle: Callable[[str, str], None], recalled: dict[str, RememberedChoice] | None = None,
                  lang: str = "en") -> list[ft.Control]:
    """One section per selected credential that can hide fields (none for the others: they go whole)."""
    out: list[ft.Control] = []
    for record in records:
        if hideable(record) is None:
            continue
        mine = hidden.get(record.id, set())
        boxes = [ft.Checkbox(label=readable(p), value=not is_hidden(p, mine),
                             on_change=lambda _e, cid=record.id, ptr=p: on_toggle(cid, ptr))
                 for p in pointers(record)]
        shown, withheld = preview(record, mine)
        summary = tr("disclosure.preview", shown=", ".join(shown) or "—", hidden=", ".join(withheld) or "—")
        rows: list[ft.Control] = []
        last = (recalled or {}).get(record.id)
        if last is not None:
            rows.append(ft.Text(tr("disclosure.last_time", who=last.label, when=human_moment(last.chosen_at, lang),
                                   fields=", ".join(pointer_label(p) for p in last.revealed) or "—"), size=13))
        out.append(section(tr("disclosure.choose", name=record.display.name or record.id), *rows, *boxes,
                           ft.Text(summary, size=12, italic=True)))
    return out


def use_recalled(app: Any, call: Callable[..., Any], records: list, domain: str,
                 set_hidden: Callable[[Any], None], on_change: Callable[[], None]) -> dict[str, RememberedChoice]:
    """The choices remembered for ``domain`` of the selected credentials that can hide fields. Each one is
    applied once per domain by unticking what it kept hidden (what the holder has unticked stays unticked:
    a recalled choice never shows more than the screen already does)."""
    recalled, set_recalled = ft.use_state({})
    applied = ft.use_ref(set())  # (verifier key, credential id) already applied
    verifier = qr_verifier(domain)
    ids = tuple(r.id for r in records if hideable(r) is not None)
    by_id = {r.id: r for r in records}

    async def load() -> None:
        if verifier is None or not ids:
            set_recalled({})
            return
        found: dict[str, RememberedChoice] = await call(app.recall_shown, list(ids), domain)
        set_recalled(found)
        fresh = {cid: choice for cid, choice in found.items() if (verifier, cid) not in applied.current}
        if not fresh:
            return
        applied.current = applied.current | {(verifier, cid) for cid in fresh}

        def untick(before: dict[str, set[str]]) -> dict[str, set[str]]:
            after = dict(before)
            for cid, choice in fresh.items():
                after[cid] = set(before.get(cid, set())) | hidden_after(pointers(by_id[cid]), choice.revealed)
            return after
        set_hidden(untick)
        on_change()

    ft.use_effect(load, [verifier, ids])
    return recalled if verifier is not None else {}
