"""A seal over a whole backup file: one HMAC, checked before a single row is restored.

SQLCipher authenticates each page it reads, but a restore does not read every byte (free pages, the
unused tail of a page, bytes past the database's own size), so a damaged backup could restore "fine".
A sealed backup is the SQLCipher file followed by a fixed-size trailer:

    MAGIC (16) | salt (16) | iterations (4, big-endian) | body length (8, big-endian) | HMAC-SHA256 (32)

The HMAC key is PBKDF2-HMAC-SHA512 of the backup passphrase with the trailer's own random salt and at
least as many iterations as SQLCipher's KDF (so the seal is never the cheaper way to guess the
passphrase). The HMAC covers the first 44 bytes of the trailer and then the whole body, which is copied
to the restore's private temp file while it is checked: nothing else reads the backup.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
from pathlib import Path

MAGIC = b"SatchelBackupMAC"
ITERATIONS = 256_000
MAX_ITERATIONS = 10_000_000  # a trailer cannot make a restore spin for minutes
_HEAD = struct.Struct(">16s16sIQ")
TRAILER_SIZE = _HEAD.size + 32
_CHUNK = 1024 * 1024


class SealMismatch(Exception):
    """The body does not match the seal: the passphrase is wrong, or a byte changed."""


def _key(passphrase: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, iterations, dklen=32)


def append_seal(path: Path, passphrase: str) -> None:
    """Append the seal to the finished backup file at ``path`` (still the private temp file)."""
    salt = os.urandom(16)
    size = path.stat().st_size
    head = _HEAD.pack(MAGIC, salt, ITERATIONS, size)
    mac = hmac.new(_key(passphrase, salt, ITERATIONS), head, hashlib.sha256)
    with open(path, "r+b") as handle:
        while chunk := handle.read(_CHUNK):
            mac.update(chunk)
        handle.write(head + mac.digest())
        handle.flush()
        os.fsync(handle.fileno())


def is_sealed(path: Path) -> bool:
    size = path.stat().st_size
    if size < TRAILER_SIZE:
        return False
    with open(path, "rb") as handle:
        handle.seek(size - TRAILER_SIZE)
        return handle.read(len(MAGIC)) == MAGIC


def copy_if_sealed(path: Path, passphrase: str, destination: Path) -> None:
    """Copy the body of the sealed backup ``path`` into ``destination`` (an existing private file),
    checking the seal on the way. Raises SealMismatch when the seal, its length or its HMAC is wrong;
    ``destination`` then holds bytes that must not be used."""
    size = path.stat().st_size
    with open(path, "rb") as source, open(destination, "r+b") as out:
        source.seek(size - TRAILER_SIZE)
        trailer = source.read(TRAILER_SIZE)
        magic, salt, iterations, length = _HEAD.unpack(trailer[:_HEAD.size])
        if magic != MAGIC or length != size - TRAILER_SIZE or not ITERATIONS <= iterations <= MAX_ITERATIONS:
            raise SealMismatch()
        mac = hmac.new(_key(passphrase, salt, iterations), trailer[:_HEAD.size], hashlib.sha256)
        source.seek(0)
        remaining = length
        while remaining:
            chunk = source.read(min(_CHUNK, remaining))
            if not chunk:
                raise SealMismatch()
            mac.update(chunk)
            out.write(chunk)
            remaining -= len(chunk)
        out.truncate()
        if not hmac.compare_digest(mac.digest(), trailer[_HEAD.size:]):
            raise SealMismatch()
