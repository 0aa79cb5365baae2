"""The user's maximum age for cached public documents (status lists, DID documents, OB 2.0 documents).

A copy that states no validity of its own is used for at most this many days; an older one makes the
check it serves unknown until ``satchel cache refresh`` (or Settings → Document cache → Refresh)
downloads it again. Kept in the preferences file beside the wallet, so recruiters need no wallet.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from satchel.errors import UsageError
from satchel.services.public_files import Preferences
from satchel.vc.cache import CachedDocument
from satchel.vc.freshness import DEFAULT_MAX_AGE, MAX_AGE_SETTING, fresh_until

MIN_DAYS, MAX_DAYS = 1, 365
DEFAULT_DAYS = DEFAULT_MAX_AGE.days


def max_age_days(preferences: Preferences) -> int:
    """The stored setting, or the default (7) when it is missing or unusable."""
    value = preferences.get(MAX_AGE_SETTING)
    if isinstance(value, int) and not isinstance(value, bool) and MIN_DAYS <= value <= MAX_DAYS:
        return value
    return DEFAULT_DAYS


def set_max_age_days(preferences: Preferences, days: Any) -> int:
    """Store a whole number of days between 1 and 365 (UsageError otherwise); returns it."""
    try:
        number = int(str(days).strip())
    except ValueError:
        number = 0
    if not MIN_DAYS <= number <= MAX_DAYS:
        raise UsageError(f"The maximum age of cached documents is a whole number of days from {MIN_DAYS} to "
                         f"{MAX_DAYS}, not '{str(days)[:40]}'.", code="max_age", min=MIN_DAYS, max=MAX_DAYS)
    preferences.set(MAX_AGE_SETTING, number)
    return number


def max_age(preferences: Preferences) -> timedelta:
    return timedelta(days=max_age_days(preferences))


def usable_until(entry: CachedDocument, preferences: Preferences) -> datetime:
    """Until when the verifier will use this cached copy."""
    return fresh_until(entry, max_age(preferences))
