"""What both facades stand on: one home directory with its clock, fetcher, public files (preferences,
trusted issuers) and public document cache, and the verifier built from them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from satchel import __version__
from satchel.clock import Clock, SystemClock
from satchel.net import Fetcher, OfflineFetcher, SettingsFetcher
from satchel.services import freshness, paths
from satchel.services.public_files import Preferences, TrustedIssuers
from satchel.vc.cache import CachedDocument, DocumentCache
from satchel.vc.documents import DocumentSource
from satchel.vc.engine import Verifier
from satchel.vc.trust import TrustList

if TYPE_CHECKING:
    from satchel.model.trustlist import TrustedList


def default_fetcher() -> Fetcher:
    """https to public addresses only — unless the two test settings (off by default) say otherwise, as for
    the exchanges: what an exchange delivered is re-verified later over the same network settings."""
    return SettingsFetcher()


class Workspace:
    """A Satchel home directory seen from either side (learner or recruiter).

    Nothing here touches the network unless a ``fetcher`` is given (the default is :func:`default_fetcher`,
    a real HTTPS fetcher for the app; tests pass a fake or :class:`OfflineFetcher`). ``offline=True`` makes the
    verifier use only cached public documents.
    """

    version = __version__

    def __init__(self, home: Path | None = None, *, clock: Clock | None = None,
                 fetcher: Fetcher | None = None, offline: bool = False) -> None:
        self.home = Path(home) if home is not None else paths.default_home()
        self.clock = clock or SystemClock()
        self.fetcher: Fetcher = OfflineFetcher() if offline else (fetcher or default_fetcher())
        self.offline = offline
        self.preferences = Preferences(self.home / "preferences.json")
        self.trust = TrustedIssuers(paths.trust_file(self.home))
        self.cache = DocumentCache(paths.cache_dir(self.home), self.clock)

    # -- verification -----------------------------------------------------------------------------
    def verifier(self, fetcher: Fetcher | None = None) -> Verifier:
        """``fetcher`` replaces the app's own for this verifier (a received credential is checked over
        the same network settings as the exchange it came from)."""
        source = DocumentSource(self.cache, None if self.offline else (fetcher or self.fetcher), self.clock,
                                offline=self.offline, max_age=freshness.max_age(self.preferences))
        return Verifier(clock=self.clock, source=source, trust=TrustList(self.trust.entries()),
                        trusted_lists=self._trusted_lists)

    def _trusted_lists(self) -> list[TrustedList]:
        """The EU trusted lists held in the cache (read for sealed credentials only, with their XML reader)."""
        from satchel.services import microcredentials
        return microcredentials.trusted_lists(self.cache)

    def contexts_loader(self) -> Callable[[str], dict[str, Any]]:
        from satchel.vc.jsonld.loader import bundled_document
        return bundled_document

    # -- settings, trust, cache --------------------------------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        return self.preferences.get(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        self.preferences.set(key, value)

    def trusted_issuers(self) -> list[tuple[str, str]]:
        return self.trust.entries()

    def trust_issuer(self, issuer_id: str, name: str | None = None) -> None:
        self.trust.add(issuer_id, name)

    def distrust_issuer(self, issuer_id: str) -> bool:
        return self.trust.remove(issuer_id)

    def cache_entries(self) -> list[CachedDocument]:
        return self.cache.entries()

    def cache_import(self, url: str, data: bytes, content_type: str | None = None) -> None:
        self.cache.put(url, data, content_type=content_type)

    def cache_clear(self) -> None:
        self.cache.clear()

    def cache_max_age_days(self) -> int:
        """Days a cached public document that states no validity of its own is used (default 7)."""
        return freshness.max_age_days(self.preferences)

    def set_cache_max_age_days(self, days: Any) -> int:
        return freshness.set_max_age_days(self.preferences, days)

    def cache_usable_until(self, entry: Any) -> Any:
        """Until when the verifier uses this cached copy (its own validity, else the maximum age)."""
        return freshness.usable_until(entry, self.preferences)

    def cache_refresh(self) -> list[tuple[str, str | None]]:
        """Fetch every cached URL again; returns (url, error or None) per entry."""
        results: list[tuple[str, str | None]] = []
        for entry in self.cache.entries():
            try:
                response = self.fetcher.get(entry.url)
                self.cache.put(entry.url, response.body, content_type=response.content_type)
                results.append((entry.url, None))
            except Exception as err:  # noqa: BLE001 - reported per entry, the rest go on
                results.append((entry.url, str(err)))
        return results
