"""Dates, ages and sizes written the way a French or English reader expects."""

from __future__ import annotations

from datetime import datetime, timezone

_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
           "déc."],
}


def parse_when(value: str | datetime | None) -> datetime | None:
    """An ISO 8601 instant or date (with or without zone) as an aware datetime; None when unreadable."""
    if value is None:
        return None
    if isinstance(value, datetime):
        moment = value
    else:
        text = value.strip().replace("Z", "+00:00").replace("z", "+00:00")
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def format_date(value: str | datetime | None, lang: str) -> str:
    """'12 Mar 2024' / '12 mars 2024'; the raw text when it is not a date; '' when missing."""
    moment = parse_when(value)
    if moment is None:
        return "" if value is None else str(value)
    months = _MONTHS.get(lang, _MONTHS["en"])
    return f"{moment.day} {months[moment.month - 1]} {moment.year}"


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
