"""A directory of public documents (DID documents, status lists, OB 2.0 hosted documents).

Each entry is two files named after the SHA-256 of its URL: ``<key>.body`` (the bytes as fetched) and
``<key>.meta.json`` (url, fetched_at, content_type, sha256). Writes are atomic (temp file, fsync,
rename); an entry whose body no longer matches its hash is treated as absent. Nothing here is secret,
so the cache works without any wallet.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from satchel.clock import Clock, isoformat, parse_instant
from satchel.fsutil import atomic_write


@dataclass(frozen=True)
class CachedDocument:
    url: str
    body: bytes
    content_type: str | None
    fetched_at: datetime
    sha256: str
    from_cache: bool = True  # False when it was just downloaded

    def age(self, now: datetime) -> timedelta:
        return max(now - self.fetched_at, timedelta(0))

    def describe(self, now: datetime) -> dict[str, object]:
        """Details a report shows: where the copy came from and how old it is."""
        return {"url": self.url, "fetched_at": isoformat(self.fetched_at),
                "age_seconds": int(self.age(now).total_seconds()), "from_cache": self.from_cache,
                "sha256": self.sha256}


class DocumentCache:
    def __init__(self, directory: str | os.PathLike[str], clock: Clock) -> None:
        self._dir = Path(directory)
        self._clock = clock

    @staticmethod
    def _key(url: str) -> str:
        return hashlib.sha256(url.encode("utf-8")).hexdigest()

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = self._key(url)
        return self._dir / f"{key}.body", self._dir / f"{key}.meta.json"

    def get(self, url: str) -> CachedDocument | None:
        body_path, meta_path = self._paths(url)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            body = body_path.read_bytes()
        except (OSError, ValueError):
            return None
        return _entry(meta, body, url)

    def put(self, url: str, body: bytes, content_type: str | None = None,
            fetched_at: datetime | None = None) -> CachedDocument:
        self._dir.mkdir(parents=True, exist_ok=True)
        when = fetched_at or self._clock.now()
        digest = hashlib.sha256(body).hexdigest()
        body_path, meta_path = self._paths(url)
        stamp = isoformat(when)
        meta = {"url": url, "fetched_at": stamp, "content_type": content_type, "sha256": digest}
        atomic_write(body_path, body)
        atomic_write(meta_path, json.dumps(meta, indent=1).encode("utf-8"))
        return CachedDocument(url, body, content_type, parse_instant(stamp), digest,
                              from_cache=False)

    def entries(self) -> list[CachedDocument]:
        if not self._dir.is_dir():
            return []
        found = []
        for meta_path in sorted(self._dir.glob("*.meta.json")):
            try:
                meta = json.loads(meta_path.read_text(encoding="utf-8"))
                entry = self.get(meta["url"])
            except (OSError, ValueError, KeyError, TypeError):
                continue
            if entry is not None:
                found.append(entry)
        return found

    def remove(self, url: str) -> bool:
        removed = False
        for path in self._paths(url):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed = True
        return removed

    def clear(self) -> int:
        entries = self.entries()
        for entry in entries:
            self.remove(entry.url)
        return len(entries)


def _entry(meta: dict[str, Any], body: bytes, url: str) -> CachedDocument | None:
    try:
        if meta["url"] != url or hashlib.sha256(body).hexdigest() != meta["sha256"]:
            return None
        fetched_at = parse_instant(meta["fetched_at"])
    except (KeyError, TypeError, ValueError):
        return None
    return CachedDocument(url, body, meta.get("content_type"), fetched_at, meta["sha256"])


__all__ = ["CachedDocument", "DocumentCache"]
