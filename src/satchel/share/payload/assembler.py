"""Collect the parts of an animated QR code in any order, into the envelope they carry."""

from __future__ import annotations

from dataclasses import dataclass

from satchel.errors import PayloadRefused

from .frames import PART_PREFIX, SINGLE_PREFIX, checksum, parse_part, parse_single_frame


@dataclass(frozen=True)
class Progress:
    """How far an assembly is: ``received`` distinct parts of ``total``; ``missing`` part numbers."""

    received: int
    total: int
    complete: bool
    missing: tuple[int, ...] = ()


class Assembler:
    """Feed it every decoded QR text (``add``); once ``complete``, ``result()`` gives the envelope.

    Duplicates are ignored. A part from another bundle (different checksum or count), two different
    parts with the same number, or a whole that does not match its checksum is refused with
    :class:`PayloadRefused`.
    """

    def __init__(self) -> None:
        self._check: str | None = None
        self._total = 0
        self._parts: dict[int, bytes] = {}
        self._envelope: bytes | None = None

    def progress(self) -> Progress:
        if self._envelope is not None:
            return Progress(self._total, self._total, True)
        missing = tuple(i for i in range(1, self._total + 1) if i not in self._parts)
        return Progress(len(self._parts), self._total, False, missing)

    def add(self, text: str) -> Progress:
        text = text.strip()
        if text.startswith(SINGLE_PREFIX):
            self._add_single(parse_single_frame(text))
        elif text.startswith(PART_PREFIX):
            self._add_part(text)
        else:
            raise PayloadRefused("This QR code is not a Satchel presentation.")
        return self.progress()

    def _add_single(self, envelope: bytes) -> None:
        if self._total and (self._check != checksum(envelope) or self._total != 1):
            raise PayloadRefused("This QR code belongs to another presentation than the parts already read.")
        self._check, self._total, self._envelope = checksum(envelope), 1, envelope

    def _add_part(self, text: str) -> None:
        part = parse_part(text)
        if self._check is None:
            self._check, self._total = part.check, part.total
        elif (part.check, part.total) != (self._check, self._total):
            raise PayloadRefused("This QR part belongs to another presentation than the parts already read; "
                                 "start the scan again.")
        known = self._parts.get(part.index)
        if known is not None:
            if known != part.data:
                raise PayloadRefused(f"Two different QR parts claim to be part {part.index}; the code is damaged.")
            return
        if self._envelope is not None:
            return
        self._parts[part.index] = part.data
        if len(self._parts) == self._total:
            envelope = b"".join(self._parts[i] for i in range(1, self._total + 1))
            if checksum(envelope) != self._check:
                raise PayloadRefused("The QR parts do not match their checksum; the code is damaged.")
            self._envelope = envelope

    @property
    def complete(self) -> bool:
        return self._envelope is not None

    def result(self) -> bytes:
        """The whole envelope; refuses (naming the missing parts) while the assembly is incomplete."""
        if self._envelope is None:
            progress = self.progress()
            if not progress.total:
                raise PayloadRefused("No Satchel QR code has been read yet.")
            missing = ", ".join(str(i) for i in progress.missing)
            raise PayloadRefused(f"{len(progress.missing)} of {progress.total} QR parts are missing "
                                 f"(parts {missing}); keep scanning.", missing=list(progress.missing))
        return self._envelope
