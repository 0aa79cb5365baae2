"""Detail page sections that edit or reveal: tags and collections, and the raw credential."""

from __future__ import annotations

import flet as ft

from satchel.ui.viewmodels.detail import decoded_token, raw_text, suggest
from satchel.ui.views.common import Screen, use_screen, use_text
from satchel.ui.widgets.layout import section


@ft.component
def Organise(record):
    """Tags and collections of one credential, editable in place."""
    sc = use_screen()
    app = sc.rt.app
    tag_in, collection_in = use_text(), use_text()
    known, set_known = ft.use_state(((), ()))  # every tag and collection in the wallet, for suggestions

    async def load_known():
        try:
            tags, cols = await sc.rt.call(lambda: (app.tags(), app.collections()))
        except Exception:  # noqa: BLE001 - suggestions are a convenience
            return
        set_known((tuple(t for t, _n in tags), tuple(c for c, _n in cols)))

    ft.use_effect(load_known, [sc.state.revision])

    async def run(fn, *args):
        try:
            await sc.rt.call(fn, *args)
        except Exception as err:  # noqa: BLE001 - any failure is shown as one sentence, the screen goes on
            sc.toast(sc.error_text(err))
        sc.state.changed()

    async def add_tag(_e=None, value: str | None = None):
        value = (value if value is not None else tag_in.text).strip()
        if value:
            tag_in.clear()
            await run(app.tag, record.id, [value])

    async def add_collection(_e=None, value: str | None = None):
        value = (value if value is not None else collection_in.text).strip()
        if value:
            collection_in.clear()
            await run(_add_to_collection, app, value, record.id)

    def suggestions(typed: str, names: tuple[str, ...], have: tuple[str, ...], add, key: str) -> ft.Control:
        """Existing names that match what is typed (autocomplete): one click adds it."""
        found = suggest(typed, names, have)
        return ft.Row([ft.Chip(label=ft.Text(n), on_click=_later(add, None, n), tooltip=sc.tr(key, name=n),
                               leading=ft.Icon(ft.Icons.ADD, size=16)) for n in found], wrap=True, spacing=6)

    tag_chips = [ft.Chip(label=ft.Text(tag), on_delete=_later(run, app.untag, record.id, [tag]),
                         delete_icon_tooltip=sc.tr("detail.remove_tag", tag=tag)) for tag in record.tags]
    col_chips = [ft.Chip(label=ft.Text(c), leading=ft.Icon(ft.Icons.FOLDER_OUTLINED, size=16),
                         on_delete=_later(run, app.remove_from_collection, c, [record.id]),
                         delete_icon_tooltip=sc.tr("detail.remove_collection", name=c))
                 for c in record.collections]
    return ft.Column([
        section(sc.tr("detail.tags"), ft.Row(tag_chips, wrap=True, spacing=6),
                ft.TextField(label=sc.tr("detail.add_tag"), key=tag_in.key, value=tag_in.text,
                             on_change=tag_in.on_change, on_submit=add_tag, dense=True, width=320,
                             prefix_icon=ft.Icons.SELL_OUTLINED),
                suggestions(tag_in.value, known[0], record.tags, add_tag, "detail.suggest_tag")),
        section(sc.tr("detail.collections"), ft.Row(col_chips, wrap=True, spacing=6),
                ft.TextField(label=sc.tr("detail.add_collection"), key=collection_in.key,
                             value=collection_in.text, on_change=collection_in.on_change,
                             on_submit=add_collection, dense=True, width=320,
                             prefix_icon=ft.Icons.CREATE_NEW_FOLDER_OUTLINED),
                suggestions(collection_in.value, known[1], record.collections, add_collection,
                            "detail.suggest_collection")),
    ], spacing=16)


def _later(run, *args):
    """An async event handler that awaits ``run(*args)`` (lambdas cannot await)."""
    async def handler(_e=None):
        await run(*args)
    return handler


def _add_to_collection(app, name: str, cred_id: str) -> None:
    if name not in {n for n, _count in app.collections()}:
        app.create_collection(name)
    app.add_to_collection(name, [cred_id])


@ft.component
def RawView(raw: bytes, show: str, hide: str, binary_note: str, decoded_label: str = ""):
    """The credential as received; for a signed token, also its decoded header and content."""
    shown, set_shown = ft.use_state(False)
    decoded = decoded_token(raw) if shown else None
    text = raw_text(raw) if shown else None
    body: list[ft.Control] = [ft.TextButton(hide if shown else show,
                                            icon=ft.Icons.CODE_OFF if shown else ft.Icons.CODE,
                                            on_click=lambda _e: set_shown(not shown))]
    if shown and decoded is not None:
        body.append(ft.Text(decoded_label, weight=ft.FontWeight.W_600))
        body.append(_mono(decoded))
    if shown:
        body.append(_mono(text if text is not None else binary_note))
    return ft.Column(body, spacing=6)


def _mono(text: str) -> ft.Control:
    return ft.Container(ft.Text(text, font_family="monospace", size=12, selectable=True),
                        padding=12, border_radius=8, bgcolor=ft.Colors.SURFACE_CONTAINER_HIGHEST)


def raw_section(sc: Screen, raw: bytes) -> ft.Control:
    return RawView(raw, sc.tr("detail.raw"), sc.tr("detail.hide_raw"),
                   sc.tr("detail.raw_binary", size=len(raw)), sc.tr("detail.decoded_token"))
