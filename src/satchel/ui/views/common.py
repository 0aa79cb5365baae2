"""Hooks every screen uses: the state, the runtime, translation, navigation and error sentences."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import flet as ft

from satchel.ui.runtime import Runtime, RuntimeContext
from satchel.ui.state import AppState, StateContext
from satchel.ui.strings import tr
from satchel.ui.viewmodels.notes import Note, error_sentence


@dataclass(frozen=True)
class Screen:
    state: AppState
    rt: Runtime
    tr: Callable[..., str]

    own_lang: str | None = None  # a language for this part of the app only (recruiter mode's own switch)

    @property
    def lang(self) -> str:
        return self.own_lang or self.state.lang

    def go(self, route: str) -> None:
        ft.context.page.navigate(route)

    def error_text(self, err: BaseException) -> str:
        return error_sentence(err, self.lang)

    def note(self, note: Note) -> str:
        """A kept note, in the language of the moment."""
        return note.text(self.lang)

    def toast(self, text: str) -> None:
        ft.context.page.show_dialog(ft.SnackBar(ft.Text(text), show_close_icon=True, persist=False))


LangContext: ft.ContextProvider[str | None] = ft.create_context(None)
"""A language for one part of the app only (recruiter mode's own switch); None follows the app's."""


def use_screen() -> Screen:
    state = ft.use_context(StateContext)
    rt = ft.use_context(RuntimeContext)
    own = ft.use_context(LangContext)
    lang = own or state.lang

    def translate(key: str, **params: Any) -> str:
        return tr(key, lang, **params)

    return Screen(state, rt, translate, own)


@dataclass
class TextInput:
    """What the user typed in one field.

    ``text`` (a ref, updated synchronously in ``on_change``) is always the latest text: handlers read it,
    so a click right after typing never sees a stale closure, and it is what the field's ``value=`` gets,
    so a re-render never sends back an older text than the browser holds. ``value`` (state) only drives
    re-rendering of hints such as the strength meter."""

    ref: Any
    value: str
    on_change: Callable[[Any], None]
    generation: int
    replace: Callable[[str], None]

    def clear(self) -> None:
        self.replace("")

    @property
    def text(self) -> str:
        return self.ref.current or ""

    @property
    def key(self) -> str:
        """Give this to the TextField: a new key remounts it after ``clear()`` or ``replace()``.

        Unique per field (the ref lives as long as the component), not only per generation: sibling fields
        sharing a key make Flet's keyed list diff pair the wrong controls, and the page stops updating."""
        return f"input-{id(self.ref):x}-{self.generation}"


def use_text(initial: str = "") -> TextInput:
    """State for one text field: pass ``key=field.key, value=field.text, on_change=field.on_change``."""
    ref = ft.use_ref(initial)
    value, set_value = ft.use_state(initial)
    generation, set_generation = ft.use_state(0)

    def on_change(e: Any) -> None:
        ref.current = e.control.value or ""
        set_value(ref.current)

    def replace(text: str) -> None:
        """Put new text in the field (a new key remounts it, so the browser shows exactly this)."""
        ref.current = text
        set_value(text)
        set_generation(generation + 1)

    return TextInput(ref, value, on_change, generation, replace)
