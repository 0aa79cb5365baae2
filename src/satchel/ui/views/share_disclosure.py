"""Share screen, per credential: tick the fields to show, with a preview of what the recruiter will see."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from satchel.ui.viewmodels.disclosure import (
    hideable,
    is_hidden,
    pointers,
    preview,
    readable,
)
from satchel.ui.widgets.layout import section


def field_choices(tr: Callable[..., str], records: list, hidden: dict[str, set[str]],
                  on_toggle: Callable[[str, str], None]) -> list[ft.Control]:
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
        out.append(section(tr("disclosure.choose", name=record.display.name or record.id), *boxes,
                           ft.Text(summary, size=12, italic=True)))
    return out
