"""Online exchanges in the app: receive from an issuer (OpenID4VCI offer, DCC VC-API link) and answer a
verifier (OpenID4VP request), from a pasted or opened link.

Receiving shows who is offering what (and asks for the transaction code when the offer has one) before
anything is requested; nothing is stored on Cancel. A VC-API exchanger that asks for stored credentials
(QueryByExample) gets a consent step of its own: who asks, what, the matching credentials with tick boxes
(none ticked at first); Decline sends nothing. Answering shows who is asking (the proven identity, or
"unverified website"), what is asked and which stored credentials match; nothing is sent without the
Send button. Requests Satchel refuses show why and send nothing.
"""

from __future__ import annotations

import os
from typing import Any

import flet as ft

from satchel.i18n import t
from satchel.services import receiving, responding
from satchel.ui.views.common import Screen, use_screen, use_text
from satchel.ui.views.online_claims import starting_ticks
from satchel.ui.views.online_consent import exchange_consent, presentation_consent
from satchel.ui.widgets.layout import busy, heading, notice, page_body, section


@ft.component
def OnlineView():
    sc = use_screen()
    app = sc.rt.app
    link_in, tx_in = use_text(_opened_link()), use_text()
    # ("receive", plan, http) | ("ask", plan, http, request) | ("respond", prepared, http)
    # | ("received", plan, items) | ("sent", prepared, answer)
    stage, set_stage = ft.use_state(None)
    choices, set_choices = ft.use_state({})  # OpenID4VP: query id -> record id
    ticks, set_ticks = ft.use_state({})  # OpenID4VP: query id -> claim keys ticked (credentials that can hide)
    picked, set_picked = ft.use_state(frozenset())  # VC-API: the record ids ticked to send
    progress, set_progress = ft.use_state(None)
    problem, set_problem = ft.use_state(None)
    handed = sc.state.opened_link
    mounted = ft.use_ref(False)

    async def guarded(sentence: str, work) -> Any:
        set_problem(None)
        set_progress(sentence)
        try:
            return await work()
        except Exception as err:  # noqa: BLE001 - every refusal and failure is shown with its reason
            set_problem(sc.error_text(err))
            return None
        finally:
            set_progress(None)

    async def start(_e=None):
        link = link_in.text.strip()
        if not link:
            return

        async def work():
            http = receiving.exchange_http(app)
            if receiving.kind_of(link) == "oid4vp":
                prepared = await sc.rt.call(responding.prepare, app, http, link)
                first = responding.selection(prepared.view, [])
                set_choices(first)
                set_ticks(starting_ticks(prepared.view, first))
                set_stage(("respond", prepared, http))
            else:
                plan = await sc.rt.call(receiving.prepare, app, http, link, sc.lang)
                set_stage(("receive", plan, http))
        await guarded(sc.tr("online.reading"), work)

    def open_link() -> None:
        """A link opened with the app (at launch, handed over by a second launch, or arriving as a route)
        replaces whatever this screen shows and is read at once, as Continue would: the offer or the request
        is shown, and nothing is received or sent before the person confirms."""
        at_mount, mounted.current = not mounted.current, True
        link = handed or (link_in.text if at_mount else None)
        if not link:
            return
        os.environ.pop(OPEN_LINK_VAR, None)
        sc.state.opened_link = None
        if link != link_in.text:
            link_in.replace(link)
        set_stage(None)
        set_problem(None)
        if progress is None:  # an exchange under way keeps going; the new link waits in the field
            ft.context.page.run_task(start)  # a task of its own: clearing opened_link re-runs this effect

    ft.use_effect(open_link, [handed])

    async def went_on(plan, http, progress) -> None:
        """Received (the list of what was stored), or the exchanger asks for credentials (nothing ticked)."""
        if progress.request is not None:
            set_picked(frozenset())
            set_stage(("ask", plan, http, progress.request))
            return
        names = [(i.id, (await sc.rt.call(app.get, i.id)).display.name or i.id, i.report.outcome.value, i.new)
                 for i in progress.items]
        set_stage(("received", plan, names))
        sc.state.changed()

    async def receive(_e=None):
        _, plan, http = stage

        async def work():
            await went_on(plan, http, await sc.rt.call(receiving.begin, app, http, plan,
                                                       tx_code=tx_in.text.strip() or None))
        await guarded(sc.tr("online.receiving"), work)

    async def send_chosen(_e=None):
        _, plan, http, request = stage
        chosen = frozenset(picked)

        async def work():
            await went_on(plan, http, await sc.rt.call(receiving.answer, app, http, plan, request, chosen))
        await guarded(sc.tr("online.sending"), work)

    def toggle(record_id: str) -> None:
        set_picked(picked ^ {record_id})

    async def send(_e=None):
        _, prepared, http = stage

        async def work():
            answer = await sc.rt.call(responding.send, app, http, prepared, dict(choices), dict(ticks))
            set_stage(("sent", prepared, answer))
        await guarded(sc.tr("online.sending"), work)

    async def scan(_e=None):
        files = await ft.FilePicker().pick_files(
            dialog_title=sc.tr("online.scan"), with_data=True, file_type=ft.FilePickerFileType.CUSTOM,
            allowed_extensions=["png", "jpg", "jpeg", "gif", "webp", "bmp"])
        if not files:
            return

        async def work():
            link_in.replace(await sc.rt.call(receiving.link_in_image, files[0].bytes or b""))
        await guarded(sc.tr("online.reading"), work)
        if link_in.text:
            await start()

    def cancel(_e=None):
        set_stage(None)
        set_problem(sc.tr("online.cancelled"))

    def close(_e=None) -> None:
        """A finished exchange: its link is spent, so the field is emptied for the next one."""
        link_in.clear()
        set_stage(None)

    def choose(query_id: str, record_id: str) -> None:
        set_choices({**choices, query_id: record_id})
        set_ticks({**ticks, **starting_ticks(stage[1].view, {query_id: record_id})})

    def toggle_claim(query_id: str, key: str) -> None:
        set_ticks({**ticks, query_id: tuple(set(ticks.get(query_id, ())) ^ {key})})

    working = progress is not None
    body: list[ft.Control] = [
        heading(sc.tr("online.title")),
        ft.Text(sc.tr("online.hint")),
        ft.Row([ft.TextField(label=sc.tr("online.link_label"), key=link_in.key, value=link_in.text, expand=True,
                             on_change=link_in.on_change, on_submit=start, keyboard_type=ft.KeyboardType.URL,
                             disabled=working or stage is not None),
                ft.FilledButton(sc.tr("online.continue"), icon=ft.Icons.ARROW_FORWARD, on_click=start,
                                disabled=working or stage is not None)]),
        ft.OutlinedButton(sc.tr("online.scan"), icon=ft.Icons.QR_CODE_SCANNER, on_click=scan,
                          disabled=working or stage is not None),
    ]
    if working:
        body.append(busy(progress))
    if problem:
        body.append(notice(problem, "info" if problem == sc.tr("online.cancelled") else "error"))
    if stage is not None:
        kind = stage[0]
        if kind == "receive":
            body.append(_offer(sc, stage[1], tx_in, receive, cancel, working))
        elif kind == "ask":
            body.append(exchange_consent(sc, stage[3], picked, toggle, send_chosen, cancel, working))
        elif kind == "respond":
            body.append(presentation_consent(sc, stage[1].view, choices, choose, send, cancel, working,
                                             claims=(ticks, toggle_claim)))
        elif kind == "received":
            body.append(_received(sc, stage[1], stage[2], close))
        elif kind == "sent":
            body.append(_sent(sc, stage[2], close))
    return page_body(*body)


OPEN_LINK_VAR = "SATCHEL_OPEN_LINK"
TX_HELPER_LINES = 6  # the issuer's words about its transaction code wrap instead of being cut off


def _opened_link() -> str:
    """A link the app was opened with (``satchel app LINK``, set by the launcher), taken once."""
    return os.environ.pop(OPEN_LINK_VAR, "")


def landing_route(state: Any = None) -> str:
    """Where to go after unlocking: the online screen when the app was opened with a link (at launch, by a
    second launch, or as a route) that no screen has taken yet."""
    waiting = state is not None and bool(state.opened_link)
    return "/online" if waiting or os.environ.get(OPEN_LINK_VAR) else "/"


def _offerer(sc: Screen, plan: Any) -> str:
    """Who offers: a VC-API link's exchanger host (where Satchel's proof goes), else the issuer's name."""
    if plan.sender is not None:
        return str(plan.sender[0])
    return str(plan.issuer_name or plan.issuer or sc.tr("online.unknown_issuer"))


def _offer(sc: Screen, plan: Any, tx_in: Any, receive, cancel, working: bool) -> ft.Control:
    title: ft.Control = ft.Text(sc.tr("online.offer_from", who=_offerer(sc, plan)), weight=ft.FontWeight.W_600)
    if plan.logo_image:
        title = ft.Row([ft.Image(src=plan.logo_image, width=48, height=48, fit=ft.BoxFit.CONTAIN), title])
    rows: list[ft.Control] = [title]
    if plan.sender is not None:  # a VC-API link proves nothing about who is behind it (as on the consent step)
        rows.append(notice(sc.tr("online.unverified_offer"), "warning"))
        if plan.sender[1]:
            rows.append(ft.Text(sc.tr("online.named_origin", origin=plan.sender[1]), size=13))
    elif plan.issuer and plan.issuer_name:
        rows.append(ft.Text(plan.issuer, size=13))
    if plan.protocol == "vcapi":
        rows.append(ft.Text(sc.tr("online.vcapi_note")))
    if plan.needs_sign_in:
        rows.append(ft.Text(sc.tr("online.sign_in_note")))
    for label in plan.credentials:
        rows.append(ft.Row([ft.Icon(ft.Icons.WORKSPACE_PREMIUM_OUTLINED, size=18), ft.Text(label)]))
    if plan.tx_code is not None:
        mode = t(f"exchange.tx_mode.{plan.tx_code.input_mode}", sc.lang)
        rows.append(ft.TextField(label=sc.tr("online.tx_code", length=plan.tx_code.length or "?", mode=mode),
                                 key=tx_in.key, value=tx_in.text, on_change=tx_in.on_change, password=True,
                                 keyboard_type=ft.KeyboardType.NUMBER if plan.tx_code.input_mode == "numeric"
                                 else ft.KeyboardType.TEXT, helper=plan.tx_code.description or None,
                                 helper_max_lines=TX_HELPER_LINES))
    rows.append(ft.Row([ft.FilledButton(sc.tr("online.receive"), icon=ft.Icons.DOWNLOAD, on_click=receive,
                                        disabled=working),
                        ft.TextButton(sc.tr("common.cancel"), on_click=cancel, disabled=working)]))
    return section(sc.tr("online.receive_title"), *rows)


def _received(sc: Screen, plan: Any, items: list, close) -> ft.Control:
    said = "online.received_through" if plan.sender is not None else "online.received"  # a VC-API site: unproven
    rows: list[ft.Control] = [notice(sc.tr(said, count=len(items), who=_offerer(sc, plan)), "success")]
    for cred_id, name, outcome, new in items:
        rows.append(ft.Row([ft.Text(f"{name} — {t('outcome.' + outcome, sc.lang)}"
                                    + ("" if new else f" ({sc.tr('online.already_there')})"), expand=True),
                            ft.TextButton(sc.tr("add.open_added"),
                                          on_click=lambda _e, c=cred_id: sc.go(f"/credential/{c}"))]))
    rows.append(ft.TextButton(sc.tr("common.close"), on_click=close))
    return ft.Column(rows, spacing=6)


def _sent(sc: Screen, answer: Any, close) -> ft.Control:
    rows: list[ft.Control] = [notice(sc.tr("online.accepted"), "success")]
    if answer.redirect_uri:
        rows.append(ft.Text(sc.tr("online.continue_at", url=answer.redirect_uri), selectable=True))
    rows.append(ft.TextButton(sc.tr("common.close"), on_click=close))
    return ft.Column(rows, spacing=6)
