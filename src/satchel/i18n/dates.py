"""Dates written the one way people read them everywhere in Satchel: '22 Nov 2026' / '22 nov. 2026'
(ISO 8601 only in raw views and machine exports)."""

from __future__ import annotations

from datetime import datetime, timezone

MONTHS = {
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


def human_date(value: str | datetime | None, lang: str) -> str:
    """'12 Mar 2024' / '12 mars 2024'; the raw text when it is not a date; '' when missing."""
    moment = parse_when(value)
    if moment is None:
        return "" if value is None else str(value)
    months = MONTHS.get(lang, MONTHS["en"])
    return f"{moment.day} {months[moment.month - 1]} {moment.year}"


def human_moment(value: str | datetime | None, lang: str) -> str:
    """'25 Nov 2026, 09:12 UTC'; '' when unknown."""
    moment = parse_when(value)
    if moment is None:
        return ""
    return f"{human_date(moment, lang)}, {moment.astimezone(timezone.utc):%H:%M} UTC"
