"""Passphrase rules for a new wallet: a length floor and a plain strength hint."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

MIN_LENGTH = 10
_COMMON = ("password", "motdepasse", "azerty", "qwerty", "123456", "satchel", "letmein", "admin",
           "soleil", "bonjour")


@dataclass(frozen=True)
class Strength:
    level: int  # 0 (refused) … 4 (strong)
    key: str  # ui string key: strength.<name>

    @property
    def acceptable(self) -> bool:
        return self.level >= 1


def strength(passphrase: str) -> Strength:
    """Estimate how hard a passphrase is to guess, in five plain steps."""
    if not passphrase:
        return Strength(0, "strength.empty")
    if len(passphrase) < MIN_LENGTH:
        return Strength(0, "strength.too_short")
    lowered = passphrase.lower()
    classes = sum(bool(re.search(p, passphrase)) for p in (r"[a-z]", r"[A-Z]", r"\d", r"[^A-Za-z0-9]"))
    words = len([w for w in re.split(r"[\s\-_.,;]+", passphrase) if len(w) >= 3])
    distinct = len(set(lowered))
    score = len(passphrase) // 4 + classes + min(words, 4)
    if distinct <= 3 or any(c in lowered for c in _COMMON) or _is_sequence(lowered):
        score = min(score, 3)
    if score <= 4:
        return Strength(1, "strength.weak")
    if score <= 7:
        return Strength(2, "strength.fair")
    if score <= 10:
        return Strength(3, "strength.good")
    return Strength(4, "strength.strong")


def _is_sequence(text: str) -> bool:
    """Runs such as 'abcdefgh' or '98765432' that fill most of the passphrase."""
    run = best = 1
    for a, b in itertools.pairwise(text):
        run = run + 1 if abs(ord(b) - ord(a)) == 1 else 1
        best = max(best, run)
    return best >= max(6, len(text) * 2 // 3)


def new_passphrase_problem(first: str, second: str) -> str | None:
    """The ui key of what stops these two entries from becoming the passphrase, or None."""
    level = strength(first)
    if not level.acceptable:
        return level.key
    if first != second:
        return "create.mismatch"
    return None
