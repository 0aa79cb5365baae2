"""Hooks every screen uses: the state, the runtime, translation, navigation and error sentences."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import flet as ft

from satchel.errors import SatchelError
from satchel.i18n import render_error
from satchel.ui.runtime import Runtime, RuntimeContext
from satchel.ui.state import AppState, StateContext
from satchel.ui.strings import tr


@dataclass(frozen=True)
class Screen:
    state: AppState
    rt: Runtime
    tr: Callable[..., str]

    @property
    def lang(self) -> str:
        return self.state.lang

    def go(self, route: str) -> None:
        ft.context.page.navigate(route)

    def error_text(self, err: BaseException) -> str:
        if isinstance(err, SatchelError):
            return render_error(err, self.lang)
        return tr("common.unexpected", self.lang, detail=type(err).__name__)

    def toast(self, text: str) -> None:
        ft.context.page.show_dialog(ft.SnackBar(ft.Text(text), show_close_icon=True))


def use_screen() -> Screen:
    state = ft.use_context(StateContext)
    rt = ft.use_context(RuntimeContext)
    lang = state.lang

    def translate(key: str, **params: Any) -> str:
        return tr(key, lang, **params)

    return Screen(state, rt, translate)
