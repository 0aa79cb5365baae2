"""A sentence a screen keeps on show until the next action (an outcome, a problem).

It is kept as its string key and parameters, or as the error itself, and put into words when the screen is
drawn: a sentence translated once and kept in state would stay in the old language after a language switch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from satchel.errors import SatchelError
from satchel.i18n import render_error
from satchel.ui.strings import tr


def error_sentence(error: BaseException, lang: str) -> str:
    """A Satchel error's own sentence; anything else as "something unexpected" with its type only (an
    unexpected error's text may hold data that must not reach the screen)."""
    if isinstance(error, SatchelError):
        return render_error(error, lang)
    return tr("common.unexpected", lang, detail=type(error).__name__)


@dataclass(frozen=True)
class Note:
    kind: str  # success | info | warning | error: how the notice looks
    key: str | None = None  # a ui.* sentence, without the prefix
    params: dict[str, Any] = field(default_factory=dict)
    error: BaseException | None = None
    extra: str = ""  # words that are the same in every language (addresses), after the sentence

    def __post_init__(self) -> None:
        if (self.key is None) == (self.error is None):
            raise ValueError("a note is either a sentence key or an error")

    @classmethod
    def said(cls, kind: str, key: str, /, *, extra: str = "", **params: Any) -> Note:
        return cls(kind, key, dict(params), None, extra)

    @classmethod
    def failure(cls, error: BaseException) -> Note:
        return cls("error", None, {}, error)

    def text(self, lang: str) -> str:
        if self.error is not None:
            sentence = error_sentence(self.error, lang)
        else:
            sentence = tr(str(self.key), lang, **self.params)
        return f"{sentence} {self.extra}" if self.extra else sentence


__all__ = ["Note", "error_sentence"]
