"""Dates, ages and sizes written the way a French or English reader expects."""

from __future__ import annotations

from datetime import datetime

from satchel.i18n.dates import human_date, parse_when


def format_date(value: str | datetime | None, lang: str) -> str:
    """'12 Mar 2024' / '12 mars 2024'; the raw text when it is not a date; '' when missing."""
    return human_date(value, lang)


def age_parts(then: str | datetime | None, now: datetime) -> tuple[str, int] | None:
    """How long ago, as (ui key, number): ('age.minutes', 5) etc.; None when unknown."""
    moment = parse_when(then)
    if moment is None:
        return None
    seconds = max(0, int((now - moment).total_seconds()))
    if seconds < 60:
        return "age.now", 0
    if seconds < 3600:
        return "age.minutes", seconds // 60
    if seconds < 86400:
        return "age.hours", seconds // 3600
    days = seconds // 86400
    return ("age.day", 1) if days == 1 else ("age.days", days)
