"""The settings sections that hold their own form state: passphrase, backup, trust list, cache."""

from __future__ import annotations

import flet as ft

from satchel.fsutil import atomic_write
from satchel.ui.runtime import private_dir
from satchel.ui.viewmodels.formatting import age_parts
from satchel.ui.viewmodels.notes import Note
from satchel.ui.viewmodels.passphrase import new_passphrase_problem, strength
from satchel.ui.views.common import TextInput, use_screen, use_text
from satchel.ui.widgets.dropdown import named_dropdown
from satchel.ui.widgets.icon_button import icon_button
from satchel.ui.widgets.layout import busy, notice, section


def _password(label: str, field: TextInput) -> ft.TextField:
    return ft.TextField(label=label, key=field.key, value=field.text, password=True, can_reveal_password=True,
                        dense=True, width=360, on_change=field.on_change)


@ft.component
def PassphraseSection():
    sc = use_screen()
    old_in, new_in, again_in = use_text(), use_text(), use_text()
    message, set_message = ft.use_state(None)  # a Note, put into words when drawn
    working, set_working = ft.use_state(False)

    async def change(_e=None):
        old, new, again = old_in.text, new_in.text, again_in.text
        problem = new_passphrase_problem(new, again)
        if problem:
            set_message(Note.said("error", problem))
            return
        set_working(True)
        try:
            await sc.rt.call(sc.rt.app.change_passphrase, old, new)
        except Exception as err:  # noqa: BLE001 - wrong old passphrase: nothing changed
            set_message(Note.failure(err))
            return
        finally:
            set_working(False)
        for field in (old_in, new_in, again_in):
            field.clear()
        set_message(Note.said("success", "settings.pass_changed"))

    rows: list[ft.Control] = [
        ft.Text(sc.tr("settings.change_pass"), weight=ft.FontWeight.W_500),
        _password(sc.tr("settings.old_pass"), old_in),
        _password(sc.tr("settings.new_pass"), new_in),
        ft.Text(sc.tr(strength(new_in.value).key), size=12) if new_in.value else ft.Container(),
        _password(sc.tr("create.repeat"), again_in),
        busy(sc.tr("common.working")) if working else
        ft.OutlinedButton(sc.tr("settings.change_pass"), icon=ft.Icons.PASSWORD, on_click=change),
    ]
    if message:
        rows.append(notice(sc.note(message), message.kind))
    return ft.Column(rows, spacing=8)


@ft.component
def BackupSection():
    sc = use_screen()
    app = sc.rt.app
    secret_in, again_in = use_text(), use_text()
    message, set_message = ft.use_state(None)  # a Note, put into words when drawn
    working, set_working = ft.use_state(False)

    async def make_backup(_e=None):
        secret, again = secret_in.text, again_in.text
        problem = new_passphrase_problem(secret, again)
        if problem:
            set_message(Note.said("error", problem))
            return
        set_working(True)
        try:
            data = await sc.rt.file_bytes(lambda p: app.backup(p, secret), "satchel-backup.satchelbak")
            secret_in.clear()  # a passphrase never stays on screen after use
            again_in.clear()
            set_working(False)
            await ft.FilePicker().save_file(file_name="satchel-backup.satchelbak", src_bytes=data)
            set_message(Note.said("success", "common.saved"))
        except Exception as err:  # noqa: BLE001 - any failure is shown as one sentence, the screen goes on
            set_message(Note.failure(err))
        finally:
            set_working(False)

    async def restore(_e=None):
        secret = secret_in.text
        if not secret:  # asked first, so the file picked is never left waiting for it
            set_message(Note.said("error", "settings.restore_needs_passphrase"))
            return
        files = await ft.FilePicker().pick_files(dialog_title=sc.tr("settings.restore"), with_data=True)
        if not files:
            return
        set_working(True)
        data = files[0].bytes or b""

        def run() -> tuple[int, int]:
            with private_dir() as folder:
                path = folder / "restore.satchelbak"
                atomic_write(path, data)  # 0600 before any byte is written
                return app.restore(path, secret)
        try:
            added, skipped = await sc.rt.call(run)
            secret_in.clear()
            again_in.clear()
            set_message(Note.said("success", "settings.restored", added=added, skipped=skipped))
            sc.state.changed()
        except Exception as err:  # noqa: BLE001 - wrong backup passphrase, damaged file
            set_message(Note.failure(err))
        finally:
            set_working(False)

    rows: list[ft.Control] = [
        ft.Text(sc.tr("settings.backup_hint")),
        _password(sc.tr("settings.backup_pass"), secret_in),
        _password(sc.tr("create.repeat"), again_in),
        busy(sc.tr("common.working")) if working else ft.Row([
            ft.FilledTonalButton(sc.tr("settings.backup_make"), icon=ft.Icons.BACKUP, on_click=make_backup),
            ft.OutlinedButton(sc.tr("settings.restore"), icon=ft.Icons.RESTORE, on_click=restore),
        ], wrap=True),
    ]
    if message:
        rows.append(notice(sc.note(message), message.kind))
    return section(sc.tr("settings.backup"), *rows)


@ft.component
def TrustSection():
    sc = use_screen()
    app = sc.rt.app
    data, set_data = ft.use_state(((), ()))  # (trusted, issuers in the wallet)
    version, set_version = ft.use_state(0)

    async def load():
        set_data(await sc.rt.call(lambda: (tuple(app.trusted_issuers()), tuple(app.issuers()))))

    ft.use_effect(load, [version, sc.state.revision])
    trusted, issuers = data

    async def change(fn, *args):
        await sc.rt.call(fn, *args)
        set_version(version + 1)

    def remover(issuer_id: str):
        async def handler(_e=None):
            await change(app.distrust_issuer, issuer_id)
        return handler

    async def add(e):
        chosen = e.control.value
        name = next((n for i, n, _c in issuers if i == chosen), None)
        await change(app.trust_issuer, chosen, name)

    known = {i for i, _n in trusted}
    candidates = [(i, n or i) for i, n, _c in issuers if i and i not in known]
    rows: list[ft.Control] = [ft.Text(sc.tr("settings.trusted_hint"))]
    rows += [ft.Row([ft.Icon(ft.Icons.VERIFIED_USER_OUTLINED),
                     ft.Text(name, expand=True, tooltip=issuer_id),
                     icon_button(ft.Icons.REMOVE_CIRCLE_OUTLINE, sc.tr("settings.distrust", name=name),
                                 remover(issuer_id))]) for issuer_id, name in trusted]
    if candidates:
        rows.append(named_dropdown(sc.tr("settings.trust_add"), width=420, on_select=add,
                                   options=[ft.DropdownOption(key=i, text=n) for i, n in candidates]))
    return section(sc.tr("settings.trusted"), *rows)


MAX_AGE_CHOICES = (1, 3, 7, 14, 30, 90, 365)


@ft.component
def CacheSection():
    sc = use_screen()
    app = sc.rt.app
    entries, set_entries = ft.use_state(())
    max_age, set_max_age = ft.use_state(lambda: app.cache_max_age_days())
    working, set_working = ft.use_state(False)
    version, set_version = ft.use_state(0)
    outcome, set_outcome = ft.use_state(None)  # a Note after a refresh or a load, put into words when drawn
    url_in = use_text()

    async def load():
        set_entries(tuple(await sc.rt.call(app.cache_entries)))

    ft.use_effect(load, [version])

    async def run(fn, *args) -> tuple[bool, object]:
        set_working(True)
        try:
            return True, await sc.rt.call(fn, *args)
        except Exception as err:  # noqa: BLE001 - any failure is shown as one sentence, the screen goes on
            set_outcome(Note.failure(err))
            return False, None
        finally:
            set_working(False)
            set_version(version + 1)

    async def refresh(_e=None):
        ok, results = await run(app.cache_refresh)
        if not ok:
            return
        results = results or []
        failed = [url for url, error in results if error]
        set_outcome(Note.said("warning" if failed else "success", "settings.cache_refreshed",
                              done=len(results) - len(failed), failed=len(failed), extra=", ".join(failed)))

    async def load_file(_e=None):
        """A DID document or status list saved from the issuer's site, kept for this address."""
        url = url_in.text.strip()
        if not url.startswith("https://"):
            set_outcome(Note.said("error", "settings.cache_load_needs_url"))
            return
        files = await ft.FilePicker().pick_files(dialog_title=sc.tr("settings.cache_load"), with_data=True)
        if not files:
            return
        ok, _ = await run(app.cache_import, url, files[0].bytes or b"")
        if ok:
            url_in.clear()
            set_outcome(Note.said("success", "settings.cache_loaded", url=url))

    async def clear(_e=None):
        set_outcome(None)
        await run(app.cache_clear)

    async def pick_max_age(e):
        days = await sc.rt.call(app.set_cache_max_age_days, e.control.value)
        set_max_age(days)
        set_version(version + 1)

    choices = sorted(set(MAX_AGE_CHOICES) | {max_age})

    now = app.clock.now()
    rows: list[ft.Control] = [
        ft.Text(sc.tr("settings.cache_hint")),
        named_dropdown(sc.tr("settings.cache_max_age"), value=str(max_age), width=300,
                       options=[ft.DropdownOption(key=str(d), text=sc.tr("settings.days" if d != 1 else "settings.day",
                                                                         n=d)) for d in choices],
                       on_select=pick_max_age),
        ft.Text(sc.tr("settings.cache_max_age_hint"), size=12)]
    for entry in entries:
        age = age_parts(entry.fetched_at, now)
        age_text = sc.tr(age[0], n=age[1]) if age else "?"
        until = app.cache_usable_until(entry)
        fresh = now <= until
        rows.append(ft.Column([ft.Text(entry.url, size=13, weight=ft.FontWeight.W_500),
                               ft.Text(sc.tr("settings.cache_entry", size=len(entry.body), age=age_text), size=12),
                               ft.Text(sc.tr("settings.cache_fresh" if fresh else "settings.cache_stale",
                                             date=f"{until:%Y-%m-%d}"), size=12)],
                              spacing=0))
    if not entries:
        rows.append(ft.Text(sc.tr("settings.cache_empty"), italic=True))
    rows.append(busy(sc.tr("common.working")) if working else ft.Row([
        ft.OutlinedButton(sc.tr("settings.cache_refresh"), icon=ft.Icons.REFRESH, on_click=refresh,
                          disabled=not entries),
        ft.OutlinedButton(sc.tr("settings.cache_clear"), icon=ft.Icons.DELETE_SWEEP, on_click=clear,
                          disabled=not entries)], wrap=True))
    rows += [ft.Text(sc.tr("settings.cache_load_hint"), size=13),
             ft.TextField(label=sc.tr("settings.cache_url"), key=url_in.key, value=url_in.text,
                          on_change=url_in.on_change, dense=True, keyboard_type=ft.KeyboardType.URL),
             ft.OutlinedButton(sc.tr("settings.cache_load"), icon=ft.Icons.UPLOAD_FILE, on_click=load_file,
                               disabled=working)]
    if outcome:
        rows.append(notice(sc.note(outcome), outcome.kind))
    return section(sc.tr("settings.cache"), *rows)
