"""Settings: language, theme, security (auto-lock, passphrase), backup, remembered fields, trust (issuers,
verifiers' certificate authorities), cache, about."""

from __future__ import annotations

import flet as ft

from satchel.i18n import system_language
from satchel.services.pictures import DOWNLOAD_SETTING
from satchel.ui.views.common import use_screen
from satchel.ui.views.settings_anchors import AnchorsSection
from satchel.ui.views.settings_disclosures import RememberedSection
from satchel.ui.views.settings_parts import (
    BackupSection,
    CacheSection,
    PassphraseSection,
    TrustSection,
)
from satchel.ui.widgets.choice import LANGUAGE_OPTIONS, radio_choice
from satchel.ui.widgets.dropdown import named_dropdown
from satchel.ui.widgets.layout import heading, page_body, section

AUTO_LOCK_CHOICES = (0, 1, 5, 10, 15, 30, 60)
HISTORY_DAY_CHOICES = (0, 1, 7, 30, 90, 365)


def _days_text(sc, n: int) -> str:
    if n == 0:
        return sc.tr("settings.history_none")
    return sc.tr("settings.day" if n == 1 else "settings.days", n=n)


@ft.component
def SettingsView():
    sc = use_screen()
    s = sc.state
    app = sc.rt.app
    auto_lock, set_auto_lock = ft.use_state(lambda: int(app.get_setting("auto_lock_minutes") or 0))
    history_days, set_history_days = ft.use_state(lambda: app.history.retention_days())
    about, set_about = ft.use_state(None)
    lang_choice, set_lang_choice = ft.use_state(lambda: app.get_setting("language") or "system")
    pictures_allowed, set_pictures_allowed = ft.use_state(lambda: bool(app.get_setting(DOWNLOAD_SETTING)))

    async def load_about():
        try:
            did = await sc.rt.call(app.holder_did)
        except Exception:  # noqa: BLE001 - an empty or restored wallet may have no key yet
            did = "—"
        set_about(did)

    ft.use_effect(load_about, [])

    async def save_setting(key: str, value) -> None:
        await sc.rt.call(app.set_setting, key, value)

    async def pick_language(value: str):
        set_lang_choice(value)
        s.lang = system_language() if value == "system" else value
        await save_setting("language", None if value == "system" else value)

    async def pick_theme(value: str):
        s.theme = value
        await save_setting("theme", value)

    async def allow_pictures(e):
        set_pictures_allowed(bool(e.control.value))
        await save_setting(DOWNLOAD_SETTING, bool(e.control.value))
        s.changed()  # lists reload, and fetch the pictures now allowed

    async def pick_auto_lock(e):
        minutes = int(e.control.value)
        set_auto_lock(minutes)
        await save_setting("auto_lock_minutes", minutes)

    async def pick_history_days(e):
        days = int(e.control.value)
        set_history_days(days)
        await sc.rt.call(app.history.set_retention_days, days)  # older entries are deleted at once

    return page_body(
        heading(sc.tr("settings.title")),
        radio_choice(sc.tr("settings.language"),
                     (*LANGUAGE_OPTIONS, ("system", sc.tr("settings.language_system"))),
                     lang_choice, lambda v: ft.context.page.run_task(pick_language, v)),
        radio_choice(sc.tr("settings.theme"),
                     tuple((k, sc.tr(f"settings.theme_{k}")) for k in ("light", "dark", "system")),
                     s.theme, lambda v: ft.context.page.run_task(pick_theme, v)),
        section(sc.tr("settings.security"),
                named_dropdown(sc.tr("settings.auto_lock"), value=str(auto_lock), width=300,
                               options=[ft.DropdownOption(key=str(m), text=sc.tr("settings.minutes", n=m) if m
                                                          else sc.tr("settings.never")) for m in AUTO_LOCK_CHOICES],
                               on_select=pick_auto_lock),
                named_dropdown(sc.tr("settings.history_days"), value=str(history_days), width=300,
                               options=[ft.DropdownOption(key=str(n), text=_days_text(sc, n))
                                        for n in sorted({*HISTORY_DAY_CHOICES, history_days})],
                               on_select=pick_history_days),
                ft.Text(sc.tr("settings.history_hint"), size=12),
                PassphraseSection()),
        section(sc.tr("settings.pictures"),
                ft.Switch(label=sc.tr("settings.pictures_download"), value=pictures_allowed,
                          on_change=allow_pictures),
                ft.Text(sc.tr("settings.pictures_hint"), size=13)),
        BackupSection(),
        RememberedSection(),
        TrustSection(),
        AnchorsSection(),
        CacheSection(),
        section(sc.tr("settings.about"),
                ft.Text(sc.tr("settings.version", version=app.version)),
                ft.Text(sc.tr("settings.holder", did=about or "…"), size=12, selectable=True),
                ft.Text(sc.tr("settings.licences"), size=13)),
    )
