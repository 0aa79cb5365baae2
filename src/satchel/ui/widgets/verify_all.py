""""Verify all" on the credentials list: re-verifies the whole wallet with a progress bar and a stop."""

from __future__ import annotations

import flet as ft

from satchel.ui.viewmodels.verify_all import VerifyAllView, drive_verify_all
from satchel.ui.views.common import use_screen
from satchel.ui.widgets.layout import notice


@ft.component
def VerifyAllPanel():
    sc = use_screen()
    view, set_view = ft.use_state(VerifyAllView("idle"))
    stop = ft.use_ref(False)

    async def start(_e=None):
        stop.current = False
        app = sc.rt.app
        final = await drive_verify_all(app.verify_all, set_view, lambda: not stop.current, run=sc.rt.call)
        if final.phase == "done":
            sc.state.changed()  # the list shows the new results
        elif final.error is not None:
            sc.toast(sc.error_text(final.error))

    def halt(_e=None):
        stop.current = True

    key, params = view.message()
    running = view.phase == "running"
    controls: list[ft.Control] = [ft.Row([
        ft.OutlinedButton(sc.tr("verify_all.stop"), icon=ft.Icons.STOP, on_click=halt) if running else
        ft.OutlinedButton(sc.tr("verify_all.action"), icon=ft.Icons.VERIFIED_OUTLINED, on_click=start,
                          tooltip=sc.tr("verify_all.hint")),
    ], spacing=8)]
    if running:
        controls.append(ft.ProgressBar(value=view.fraction, width=320, semantics_label=sc.tr(key, **params)))
        controls.append(ft.Text(sc.tr(key, **params), size=13))
    elif view.phase == "done":
        controls.append(notice(sc.tr(key, **params),
                               "success" if view.summary and view.summary.all_verified else "warning"))
    return ft.Column(controls, spacing=6)
