"""Detail page section: the fields this credential lets you hide when you share it."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from satchel.ui.viewmodels.disclosure import hideable
from satchel.ui.widgets.layout import section


def disclosure_section(tr: Callable[..., str], record) -> ft.Control | None:
    info = hideable(record)
    if info is None:
        return None
    rows: list[ft.Control] = [ft.Text(tr(f"disclosure.intro_{info.kind.replace('-', '_')}"))]
    rows += [ft.Text(f"• {field}") for field in info.fields]
    if not info.fields:
        rows.append(ft.Text(tr("disclosure.none")))
    if info.mandatory:
        rows.append(ft.Text(tr("disclosure.mandatory", fields=", ".join(info.mandatory)), italic=True))
    return section(tr("disclosure.title"), *rows)
