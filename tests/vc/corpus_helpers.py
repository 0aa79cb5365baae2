"""Running the engine over corpus cases: a verifier whose cache is seeded from a case's ``docs``."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from satchel.clock import FixedClock, parse_instant
from satchel.net import OfflineFetcher
from satchel.vc.cache import DocumentCache
from satchel.vc.documents import DocumentSource
from satchel.vc.engine import Verifier

# The peer corpus was generated on 2026-11-22; its JWTs have nbf that day. Cases without `now` use this.
DEFAULT_NOW = datetime(2026, 11, 23, tzinfo=timezone.utc)


def make_verifier(cache_dir: Path, *, now: str | None = None, docs: dict[str, str] | None = None,
                  base: Path | None = None, trust=None) -> Verifier:
    clock = FixedClock(parse_instant(now) if now else DEFAULT_NOW)
    cache = DocumentCache(cache_dir, clock)
    for url, rel in (docs or {}).items():
        cache.put(url, (base / rel).read_bytes(), "application/json")
    source = DocumentSource(cache, OfflineFetcher(), clock)
    return Verifier(clock=clock, source=source, trust=trust)


def load(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))
