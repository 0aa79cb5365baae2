"""The credentials list: search as you type, filters, sort, paged cards, and the empty state."""

from __future__ import annotations

from dataclasses import replace

import flet as ft

from satchel.model import ListQuery
from satchel.services.pictures import DOWNLOAD_SETTING, badge_pictures
from satchel.ui.viewmodels.listing import EU_FILTERS, PAGE_SIZE, STATUSES, Filters, Page, card, issuer_choices
from satchel.ui.views.common import Screen, use_screen
from satchel.ui.widgets.credential_card import credential_card
from satchel.ui.widgets.dropdown import named_dropdown
from satchel.ui.widgets.icon_button import icon_button
from satchel.ui.widgets.layout import heading, notice
from satchel.ui.widgets.verify_all import VerifyAllPanel

_ANY = "*"


def _dropdown(label: str, value: str | None, options: list[tuple[str, str]], on_pick, any_text: str,
              width: int | None = 170):
    return named_dropdown(
        label, value=value or _ANY, width=width, dense=True, expand=width is None,
        options=[ft.DropdownOption(key=_ANY, text=any_text)] +
                [ft.DropdownOption(key=k, text=text) for k, text in options],
        on_select=lambda e: on_pick(None if e.control.value == _ANY else e.control.value),
    )


@ft.component
def CredentialList(select: bool = False):
    """The wallet's credentials. With ``select=True`` (share screen) the cards are checkboxes."""
    sc = use_screen()
    s = sc.state
    page, set_page = ft.use_state(Page((), 0))
    wallet_total, set_wallet_total = ft.use_state(-1)
    choices, set_choices = ft.use_state(({}, {}, {}))
    request = ft.use_ref(0)
    filters: Filters = s.share_filters if select else s.filters
    field = "share_filters" if select else "filters"

    def store(new: Filters) -> None:
        setattr(s, field, new)

    async def load():
        request.current += 1
        mine = request.current
        app = sc.rt.app

        def fetch():
            query = filters.query(PAGE_SIZE, 0)
            return (cards_of(app, app.list(query)), app.count(replace(query, limit=None)),
                    app.count(ListQuery()), (app.tags(), app.collections(), app.issuers()))
        try:
            cards, total, everything, (tags, cols, issuers) = await sc.rt.call(fetch)
        except Exception as err:  # noqa: BLE001 - e.g. locked meanwhile; the guard takes over
            sc.toast(sc.error_text(err))
            return
        if mine == request.current:
            set_page(Page(tuple(cards), total))
            ft.context.page.run_task(download_pictures, mine, cards)
            set_wallet_total(everything)
            set_choices(({t: f"{t} ({n})" for t, n in tags}, {c: f"{c} ({n})" for c, n in cols},
                         issuer_choices(issuers)))

    async def download_pictures(mine: int, cards) -> None:
        """https pictures, when allowed in Settings, arrive after the list is on screen."""
        app = sc.rt.app
        wanted = [c.id for c in cards if c.image is None]
        if not wanted or not app.get_setting(DOWNLOAD_SETTING):
            return
        try:
            found = await sc.rt.call(lambda: badge_pictures(app, [app.get(i) for i in wanted], download=True))
        except Exception:  # noqa: BLE001 - generated pictures stay
            return
        if found and mine == request.current:
            set_page(lambda current: Page(tuple(replace(c, image=found.get(c.id, c.image)) for c in current.cards),
                                          current.total))

    ft.use_effect(load, [s.revision, filters])

    loading_more = ft.use_ref(False)
    filters_open, set_filters_open = ft.use_state(False)

    async def more(_e=None):
        if loading_more.current:  # scroll events come in bursts: fetch each page once
            return
        loading_more.current = True
        app = sc.rt.app
        try:
            extra = await sc.rt.call(lambda: cards_of(app, app.list(filters.query(PAGE_SIZE, len(page.cards)))))
            set_page(page.extended(extra))
        finally:
            loading_more.current = False

    def clear_filters(_e=None):
        store(filters.cleared())

    def set_filters(**changes):
        store(replace(filters, **changes))

    header = ft.Row([
        heading(sc.tr("share.pick") if select else sc.tr("list.title")),
        ft.Text(sc.tr("list.count_one") if page.total == 1 else sc.tr("list.count", count=page.total)),
        *([] if select else [ft.TextButton(sc.tr("pathways.open"), icon=ft.Icons.ROUTE,
                                           on_click=lambda _e: sc.go("/pathways"))]),
    ], vertical_alignment=ft.CrossAxisAlignment.END, spacing=16, wrap=True)
    if wallet_total == 0:
        return ft.Column([header, _empty_state(sc)], expand=True, spacing=16)

    tags, cols, issuers = choices
    search = ft.TextField(
        label=sc.tr("list.search"), value=filters.search, prefix_icon=ft.Icons.SEARCH, dense=True,
        on_change=lambda e: set_filters(search=e.control.value), expand=True)
    narrow = s.narrow
    width = None if narrow else 170
    dropdowns: list[ft.Control] = [
        _dropdown(sc.tr("filter.status"), filters.status, [(k, sc.tr(f"chip.{k}")) for k in STATUSES],
                  lambda v: set_filters(status=v), sc.tr("filter.any"), width),
        _dropdown(sc.tr("filter.tag"), filters.tag, list(tags.items()), lambda v: set_filters(tag=v),
                  sc.tr("filter.any"), width),
        _dropdown(sc.tr("filter.collection"), filters.collection, list(cols.items()),
                  lambda v: set_filters(collection=v), sc.tr("filter.any"), width),
        _dropdown(sc.tr("filter.issuer"), filters.issuer, list(issuers.items()),
                  lambda v: set_filters(issuer=v), sc.tr("filter.any"), width),
        _dropdown(sc.tr("filter.eu"), filters.eu, [(k, sc.tr(f"filter.eu.{k}")) for k in EU_FILTERS],
                  lambda v: set_filters(eu=v), sc.tr("filter.any"), width),
        named_dropdown(sc.tr("sort.label"), value=filters.sort.value, width=width, dense=True, expand=width is None,
                    options=[ft.DropdownOption(key=k, text=sc.tr(f"sort.{k}"))
                             for k in ("added", "issued", "name", "issuer", "eu")],
                    on_select=lambda e: store(filters.with_sort(e.control.value))),
    ]
    order = icon_button(ft.Icons.SWAP_VERT, sc.tr("sort.descending"),
                        lambda _e: set_filters(descending=not filters.descending))
    if narrow:  # phone: the filters fold away under one button; what is active stays visible as chips
        toggle = ft.OutlinedButton(
            sc.tr("filter.show", count=_active_count(filters)) if not filters_open else sc.tr("filter.hide"),
            icon=ft.Icons.FILTER_LIST, on_click=lambda _e: set_filters_open(not filters_open))
        bar: ft.Control = ft.Column([
            ft.Row([toggle, order], alignment=ft.MainAxisAlignment.SPACE_BETWEEN),
            *([ft.Container(ft.ResponsiveRow([ft.Container(d, col=6) for d in dropdowns], spacing=8,
                                             run_spacing=8),
                            padding=12, border_radius=12, bgcolor=ft.Colors.SURFACE_CONTAINER_LOW)]
              if filters_open else []),
            *([ft.Row(_active_chips(sc, filters, choices, set_filters), wrap=True, spacing=6, run_spacing=4)]
              if filters.active and not filters_open else []),
        ], spacing=8)
    else:
        bar = ft.Row([*dropdowns, order], wrap=True, spacing=8, run_spacing=8)

    items: list[ft.Control] = [
        credential_card(c, sc.lang, (lambda cid=c.id: sc.go(f"/credential/{cid}")),
                        selected=(c.id in s.selection) if select else None,
                        on_toggle=(lambda cid=c.id: s.toggle_selected(cid)))
        for c in page.cards]
    if page.remaining:
        items.append(ft.Container(ft.OutlinedButton(sc.tr("list.more", remaining=page.remaining), on_click=more),
                                  alignment=ft.Alignment.CENTER, padding=8))
    if not page.cards and wallet_total > 0:
        items.append(ft.Column([notice(sc.tr("list.no_match")),
                                ft.TextButton(sc.tr("list.clear_filters"),
                                              on_click=clear_filters)]))

    def near_end(e: ft.OnScrollEvent):
        if page.remaining and e.pixels >= e.max_scroll_extent - 300:
            ft.context.page.run_task(more)

    return ft.Column([
        header, ft.Row([search]), bar, *([] if select else [VerifyAllPanel()]),
        ft.ListView(items, expand=True, spacing=2, on_scroll=near_end, scroll_interval=250,
                    padding=ft.Padding.only(bottom=24)),
    ], expand=True, spacing=12)


def cards_of(app, records) -> list:
    """Cards for these records, each with its own picture when it has one (nothing is downloaded here)."""
    found = badge_pictures(app, records)
    return [card(r, found.get(r.id)) for r in records]


def _active_count(filters: Filters) -> int:
    return sum(1 for v in (filters.status, filters.tag, filters.collection, filters.issuer, filters.eu) if v)


def _active_chips(sc: Screen, filters: Filters, choices, set_filters) -> list[ft.Control]:
    """One deletable chip per active filter (the folded filter sheet's summary on phones)."""
    _tags, _cols, issuers = choices
    active = (("status", "filter.status", sc.tr(f"chip.{filters.status}") if filters.status else None),
              ("tag", "filter.tag", filters.tag), ("collection", "filter.collection", filters.collection),
              ("issuer", "filter.issuer", issuers.get(filters.issuer or "", filters.issuer)),
              ("eu", "filter.eu", sc.tr(f"filter.eu.{filters.eu}") if filters.eu else None))
    chips: list[ft.Control] = []
    for field, label_key, text in active:
        if text:
            label = sc.tr("filter.chip", name=sc.tr(label_key), value=text)
            chips.append(ft.Chip(label=ft.Text(label), on_delete=lambda _e, f=field: set_filters(**{f: None}),
                                 delete_icon_tooltip=sc.tr("filter.remove", name=label)))
    return chips


def _empty_state(sc: Screen) -> ft.Control:
    return ft.Container(
        content=ft.Column([
            ft.Icon(ft.Icons.WORKSPACE_PREMIUM_OUTLINED, size=72, color=ft.Colors.PRIMARY),
            ft.Text(sc.tr("list.empty_title"), size=22, weight=ft.FontWeight.W_600),
            ft.Text(sc.tr("list.empty_body"), text_align=ft.TextAlign.CENTER, size=15),
            ft.FilledButton(sc.tr("list.empty_action"), icon=ft.Icons.ADD, on_click=lambda _e: sc.go("/add")),
        ], horizontal_alignment=ft.CrossAxisAlignment.CENTER, spacing=16),
        alignment=ft.Alignment.CENTER, padding=40, width=620,
    )


@ft.component
def CredentialsView():
    return CredentialList(select=False)
