"""Settings → Verifiers' certificate authorities: the CAs the user added for verifiers' signed requests
(OpenID4VP ``x509_san_dns:`` / ``x509_hash:``), each with its subject, SHA-256 fingerprint and expiry;
add from a PEM or DER file, remove after a confirmation. The system's own roots are always trusted."""

from __future__ import annotations

import flet as ft

from satchel.services import anchors
from satchel.ui.views.common import use_screen
from satchel.ui.widgets.icon_button import icon_button
from satchel.ui.widgets.layout import busy, notice, section

CERTIFICATE_FILES = ["pem", "crt", "cer", "der"]


def grouped(fingerprint: str) -> str:
    """AB:CD:… in two lines of 16 bytes: how people compare a fingerprint with the one they were given."""
    pairs = [fingerprint[i:i + 2].upper() for i in range(0, len(fingerprint), 2)]
    return "\n".join(":".join(pairs[i:i + 16]) for i in range(0, len(pairs), 16))


@ft.component
def AnchorsSection():
    sc = use_screen()
    app = sc.rt.app
    page = ft.context.page
    listed, set_listed = ft.use_state(())
    version, set_version = ft.use_state(0)
    working, set_working = ft.use_state(False)
    outcome, set_outcome = ft.use_state(None)  # (kind, string key, params) or ("error", None, the error)

    async def load():
        set_listed(tuple(await sc.rt.call(anchors.entries, app.home)))

    ft.use_effect(load, [version])

    async def add(_e=None):
        files = await ft.FilePicker().pick_files(dialog_title=sc.tr("settings.anchors_add"), with_data=True,
                                                 file_type=ft.FilePickerFileType.CUSTOM,
                                                 allowed_extensions=CERTIFICATE_FILES)
        if not files:
            return
        set_working(True)
        try:
            added = await sc.rt.call(anchors.add, app.home, files[0].bytes or b"")
        except Exception as err:  # noqa: BLE001 - a bad file is one sentence; nothing was changed
            set_outcome(("error", None, err))
            return
        finally:
            set_working(False)
        set_version(version + 1)
        set_outcome(("success", "settings.anchors_added", {"names": "; ".join(a.subject for a in added)})
                    if added else ("info", "settings.anchors_known", {}))

    def ask_remove(anchor: anchors.Anchor):
        async def really_remove(_e=None):
            page.pop_dialog()
            await sc.rt.call(anchors.remove, app.home, anchor.fingerprint)
            set_version(version + 1)
            set_outcome(("success", "settings.anchors_removed", {"name": anchor.subject}))

        def handler(_e=None):
            page.show_dialog(ft.AlertDialog(
                modal=True, title=ft.Text(sc.tr("settings.anchors_remove_title")),
                content=ft.Text(sc.tr("settings.anchors_remove_body", name=anchor.subject)),
                actions=[ft.TextButton(sc.tr("common.cancel"), on_click=lambda _e: page.pop_dialog()),
                         ft.FilledButton(sc.tr("settings.anchors_remove"), icon=ft.Icons.REMOVE_CIRCLE_OUTLINE,
                                         on_click=really_remove,
                                         style=ft.ButtonStyle(bgcolor=ft.Colors.ERROR, color=ft.Colors.ON_ERROR))]))
        return handler

    now = app.clock.now()
    rows: list[ft.Control] = [ft.Text(sc.tr("settings.anchors_hint"))]
    for anchor in listed:
        date = f"{anchor.valid_until:%Y-%m-%d}"
        expiry = (notice(sc.tr("settings.anchors_expired", date=date), "warning") if anchor.expired(now)
                  else ft.Text(sc.tr("settings.anchors_until", date=date), size=12))
        rows.append(ft.Row([
            ft.Icon(ft.Icons.VERIFIED_USER_OUTLINED),
            ft.Column([ft.Text(anchor.subject, weight=ft.FontWeight.W_500),
                       ft.Text(sc.tr("settings.anchors_fingerprint"), size=12),
                       ft.Text(grouped(anchor.fingerprint), size=11, font_family="monospace"),
                       expiry], spacing=2, expand=True),
            icon_button(ft.Icons.REMOVE_CIRCLE_OUTLINE, sc.tr("settings.anchors_remove_named", name=anchor.subject),
                        ask_remove(anchor)),
        ], vertical_alignment=ft.CrossAxisAlignment.START))
    if not listed:
        rows.append(ft.Text(sc.tr("settings.anchors_empty"), italic=True))
    rows.append(busy(sc.tr("common.working")) if working else
                ft.OutlinedButton(sc.tr("settings.anchors_add"), icon=ft.Icons.UPLOAD_FILE, on_click=add))
    if outcome:  # translated now, so a language switch translates it too
        kind, key, detail = outcome
        rows.append(notice(sc.error_text(detail) if key is None else sc.tr(key, **detail), kind))
    return section(sc.tr("settings.anchors"), *rows)


__all__ = ["AnchorsSection", "grouped"]
