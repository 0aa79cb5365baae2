"""Preset deflate dictionaries of the Satchel QR format, by id (see build.py and docs/qr-format.md),
and the preset Huffman codes that go with some of them (codec C)."""

from __future__ import annotations

import functools
import hashlib
import pathlib

from satchel.errors import PayloadRefused

from .build import PINNED, PINNED_CODES

_HERE = pathlib.Path(__file__).resolve().parent


@functools.cache
def load_dictionary(dictionary_id: int) -> bytes:
    """The bytes of a published dictionary, checked against its pinned SHA-256."""
    expected = PINNED.get(dictionary_id)
    if expected is None:
        raise PayloadRefused(f"This QR code uses compression dictionary {dictionary_id}, which this "
                             "version of Satchel does not know.")
    return _checked(f"dict-{dictionary_id}.bin", expected)


@functools.cache
def load_code_lengths(dictionary_id: int) -> bytes:
    """The published Huffman code lengths (286 literal/length, then 30 distance) of a dictionary."""
    expected = PINNED_CODES.get(dictionary_id)
    if expected is None:
        raise PayloadRefused(f"This QR code uses Huffman code {dictionary_id}, which this "
                             "version of Satchel does not know.")
    return _checked(f"dict-{dictionary_id}.code", expected)


def _checked(name: str, expected: str) -> bytes:
    data = (_HERE / name).read_bytes()
    if hashlib.sha256(data).hexdigest() != expected:
        raise RuntimeError(f"The installed QR file {name} is damaged (checksum mismatch).")
    return data
