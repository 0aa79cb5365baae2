"""Preset deflate dictionaries of the Satchel QR format, by id (see build.py and docs/qr-format.md)."""

from __future__ import annotations

import functools
import hashlib
import pathlib

from satchel.errors import PayloadRefused

from .build import PINNED

_HERE = pathlib.Path(__file__).resolve().parent


@functools.cache
def load_dictionary(dictionary_id: int) -> bytes:
    """The bytes of a published dictionary, checked against its pinned SHA-256."""
    expected = PINNED.get(dictionary_id)
    if expected is None:
        raise PayloadRefused(f"This QR code uses compression dictionary {dictionary_id}, which this "
                             "version of Satchel does not know.")
    data = (_HERE / f"dict-{dictionary_id}.bin").read_bytes()
    if hashlib.sha256(data).hexdigest() != expected:
        raise RuntimeError(f"The installed QR dictionary {dictionary_id} is damaged (checksum mismatch).")
    return data
