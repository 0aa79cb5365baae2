"""Badge pictures: the picture a credential really has, found without surprising anyone.

In order: the received file itself when it is a baked badge (the PNG or SVG *is* the picture); an image
carried inside the credential (a ``data:`` URL, as ``image`` or ``image.id``); and, only when the user has
allowed it in Settings (off by default, for privacy), an ``https`` image downloaded once and kept inside
the encrypted wallet. Nothing else is ever sent. Whatever is returned starts like a known image type
and is size-capped; anything else is None, and the app draws its generated picture instead."""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Iterable
from typing import Any

from satchel.errors import SatchelError
from satchel.model import CredentialFormat, CredentialRecord

MAX_PICTURE_BYTES = 2_000_000
DOWNLOAD_SETTING = "download_images"  # preference: may https badge images be downloaded? (default: no)
CACHE_PREFIX = "picture:"  # wallet setting key prefix of a downloaded picture (by the URL's SHA-256)
_DATA_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml")


def sniff(data: bytes) -> str | None:
    """The image type these bytes really are (by their first bytes), or None."""
    head = data[:512].lstrip()
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in data[:4096]):
        return "image/svg+xml"
    return None


def checked(data: bytes | None) -> bytes | None:
    """``data`` when it is a known image type within the size cap, else None."""
    if not data or len(data) > MAX_PICTURE_BYTES or sniff(data) is None:
        return None
    return data


def data_url_bytes(url: str | None) -> bytes | None:
    """The picture inside a ``data:image/...;base64,`` URL (checked), else None."""
    if not url or not url.startswith("data:"):
        return None
    header, _, payload = url.partition(",")
    media = header[5:].split(";")[0].strip().lower()
    if media not in _DATA_TYPES or ";base64" not in header or len(payload) > MAX_PICTURE_BYTES * 4 // 3 + 4:
        return None
    try:
        return checked(base64.b64decode(payload, validate=False))
    except (binascii.Error, ValueError):
        return None


def remote_url(record: CredentialRecord) -> str | None:
    image = record.display.image
    return image if image and image.startswith("https://") else None


def _cache_key(url: str) -> str:
    return CACHE_PREFIX + hashlib.sha256(url.encode("utf-8")).hexdigest()


def cached(wallet: Any, url: str) -> bytes | None:
    text = wallet.get_setting(_cache_key(url))
    if not isinstance(text, str):
        return None
    try:
        return checked(base64.b64decode(text))
    except (binascii.Error, ValueError):
        return None


def download(wallet: Any, fetcher: Any, url: str) -> bytes | None:
    """Fetch ``url`` once (the fetcher allows https to public addresses only), keep it in the wallet."""
    found = cached(wallet, url)
    if found is not None:
        return found
    try:
        response = fetcher.get(url, accept="image/*", max_bytes=MAX_PICTURE_BYTES)
    except SatchelError:
        return None
    data = checked(response.body)
    if data is not None:
        wallet.set_setting(_cache_key(url), base64.b64encode(data).decode("ascii"))
    return data


_BAKED = (CredentialFormat.BAKED_PNG.value, CredentialFormat.BAKED_SVG.value)


def picture(wallet: Any, record: CredentialRecord, *, fetcher: Any = None) -> bytes | None:
    """The credential's own picture. ``fetcher`` is given only when downloads are allowed. A credential
    also received as a baked image (same credential, another file) shows that image."""
    baked = [(record.id, record.format)] if record.format in _BAKED else []
    baked += [(i, f) for i, f in wallet.same_credential(record.id) if f in _BAKED and i != record.id]
    for cred_id, _format in baked:
        raw = record.raw if cred_id == record.id and record.raw else wallet.get(cred_id).raw
        found = checked(raw)
        if found is not None:
            return found
    found = data_url_bytes(record.display.image)
    if found is not None:
        return found
    url = remote_url(record)
    if url is None:
        return None
    return download(wallet, fetcher, url) if fetcher is not None else cached(wallet, url)


def pictures(wallet: Any, records: Iterable[CredentialRecord], *, fetcher: Any = None) -> dict[str, bytes]:
    """Credential id → picture, for those that have one."""
    out = {}
    for record in records:
        found = picture(wallet, record, fetcher=fetcher)
        if found is not None:
            out[record.id] = found
    return out


def badge_pictures(app: Any, records: Iterable[CredentialRecord], *, download: bool = False) -> dict[str, bytes]:
    """Credential id → picture for an app (the ``Satchel`` facade); ``download`` fetches https pictures
    only when the user allowed it in Settings and the app is not offline."""
    allowed = download and not app.offline and bool(app.get_setting(DOWNLOAD_SETTING))
    return pictures(app.session.wallet(), records, fetcher=app.fetcher if allowed else None)
