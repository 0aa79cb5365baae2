"""Taking credentials in: files, text, URLs → formats.parse → the wallet. Idempotent by SHA-256."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from satchel import formats
from satchel.clock import Clock, isoformat
from satchel.errors import (
    FetchRefused,
    ImportRefused,
    NoCredentialFound,
    SatchelError,
    ScanError,
)
from satchel.model import CredentialFormat, ParsedCredential
from satchel.net import Fetcher
from satchel.services.reading import MAX_FILE_BYTES, read_capped
from satchel.services.results import ImportItem, ImportOutcome

if TYPE_CHECKING:  # the store (sqlcipher3) loads when a wallet is opened
    from satchel.store import Wallet

# Containers whose bytes are one serialisation of the credential. A credential taken out of a
# presentation (a VP file, a QR code scanned back in) is stored as Satchel's own serialisation, so when
# the wallet already holds the same credential it is a duplicate, however it was wrapped. A file received
# directly is kept byte for byte unless the very same bytes are already there. Baked images keep their
# own rows (their picture is the point) under the key of the credential inside them, so the list shows one
# card for one credential however many wrappers of it were received (store.listing).
_KEYED = {CredentialFormat.VC_JSON, CredentialFormat.VC_JWT, CredentialFormat.OB2_JSON, CredentialFormat.OB2_JWS,
          CredentialFormat.SD_JWT_VC, CredentialFormat.BAKED_PNG, CredentialFormat.BAKED_SVG}


def content_key(cred: ParsedCredential) -> str | None:
    if cred.format not in _KEYED:
        return None
    if isinstance(cred.verifiable, str):
        text = cred.verifiable.strip()
    else:
        text = json.dumps(cred.document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stored_content_key(raw: bytes, stored_format: str) -> str | None:
    """The content key of a credential stored without one (a wallet or backup made before keys covered its
    wrapping; the store's schema-3 upgrade asks), read again from its stored bytes. None for a format that
    has no key and for bytes that no longer parse as that one credential: that row stays as it is."""
    try:
        kind = CredentialFormat(stored_format)
    except ValueError:
        return None
    if kind not in _KEYED:
        return None
    try:
        parsed = formats.parse(raw)
    except SatchelError:
        return None
    found = [cred for cred in parsed.credentials if cred.format == kind and cred.raw == raw]
    return content_key(found[0]) if len(found) == 1 else None


def store_parsed(wallet: Wallet, parsed: formats.Parsed, *, source: str, clock: Clock) -> ImportOutcome:
    added: list[str] = []
    existing: list[str] = []
    now = isoformat(clock.now())
    for cred in parsed.credentials:
        # Taken out of a presentation or a learner record: the same credential held already is a duplicate.
        derived = parsed.presentation is not None or (parsed.record is not None and cred is not parsed.record)
        cred_id, created = wallet.add_credential(
            cred.raw, format=cred.format.value, signed_form=cred.signed_form.value,
            source=source, display=cred.display, added_at=now, content_key=content_key(cred),
            match_content=derived)
        (added if created else existing).append(cred_id)
        if created:
            wallet.log("import", cred_id, source)
    return ImportOutcome(tuple(added), tuple(existing))


def import_bytes(wallet: Wallet, data: bytes, *, source: str, clock: Clock,
                 filename: str | None = None) -> ImportOutcome:
    try:
        parsed = formats.parse(data, filename=filename)
    except NoCredentialFound:
        from_picture = _from_qr_picture(data)
        if from_picture is None:
            raise
        parsed = from_picture
    return store_parsed(wallet, parsed, source=source, clock=clock)


def _from_qr_picture(data: bytes) -> formats.Parsed | None:
    """A picture of a QR code that holds a credential itself (an issuer's SD-JWT VC or VC-JWT, a JSON
    credential), not a Satchel share payload (those are read by the scanner): the first code that parses."""
    from satchel.services.scanning import looks_like_image
    if not looks_like_image(data):
        return None
    from satchel import share  # OpenCV and the QR decoder load only for this fallback
    try:
        texts = share.scan_image(data)
    except ScanError:
        return None
    for text in texts:
        try:
            return formats.parse(text.strip().encode("utf-8"))
        except ImportRefused:
            continue
    return None


def import_paths(wallet: Wallet, paths: Sequence[Path], *, clock: Clock,
                 on_progress: Callable[[int, int, str], None] | None = None) -> list[ImportItem]:
    """Import several files; one bad file never stops the others. Reports progress per file."""
    items: list[ImportItem] = []
    total = len(paths)
    for done, path in enumerate(paths):
        name = Path(path).name
        if on_progress:
            on_progress(done, total, name)
        try:
            data = read_capped(Path(path))
            outcome = import_bytes(wallet, data, source=f"file:{name}", clock=clock, filename=name)
            items.append(ImportItem(name, outcome.added, outcome.existing))
        except SatchelError as err:
            items.append(ImportItem(name, error=err.message))
        except OSError as err:
            items.append(ImportItem(name, error=f"The file could not be read ({err.strerror or err})."))
    if on_progress:
        on_progress(total, total, "")
    return items


def url_host(url: str) -> str:
    """The host a URL points to, for the user to confirm; refuses anything but https."""
    parts = urlsplit(url.strip())
    if parts.scheme != "https" or not parts.hostname:
        raise FetchRefused("Only https:// links can be imported.")
    return parts.hostname


def fetch_credential(fetcher: Fetcher, url: str) -> bytes:
    url_host(url)
    response = fetcher.get(url.strip(), accept="application/json, application/jwt, image/png, image/svg+xml, */*",
                           max_bytes=MAX_FILE_BYTES)
    return response.body
