"""Reading what the user names (a file, standard input) with a size cap, before anything parses it."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from satchel.errors import FileAccessError, TooLarge
from satchel.formats import MAX_IMAGE_BYTES

# The largest file we read at all: baked images may be larger than JSON documents.
MAX_FILE_BYTES = MAX_IMAGE_BYTES


def read_capped(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """Read a file, refusing (without reading it whole) anything over ``limit`` bytes."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise TooLarge(f"The file is {size / 1_000_000:.1f} MB; a credential file is at most "
                           f"{limit / 1_000_000:.0f} MB.", size=size)
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise FileAccessError.from_os_error(exc, path) from None
    if len(data) > limit:
        raise TooLarge(f"The file is larger than {limit / 1_000_000:.0f} MB.")
    return data


def read_stream_capped(stream: BinaryIO, limit: int = MAX_FILE_BYTES) -> bytes:
    """Read a stream (stdin) up to ``limit`` bytes; TooLarge, without reading further, if there is more."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(f"The input is larger than {limit / 1_000_000:.0f} MB; a credential is at most "
                       f"{limit / 1_000_000:.0f} MB.", code="input_too_large", limit_mb=round(limit / 1_000_000))
    return data
