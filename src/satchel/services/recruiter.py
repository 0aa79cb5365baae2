"""Recruiter mode: challenges, live scanning with progress, and the history of past verifications.

No wallet is needed: the recruiter's side uses only the public document cache, the trust list and
its own history file.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from satchel import share
from satchel.errors import ScanError
from satchel.fsutil import atomic_write
from satchel.model import CheckName, VerificationReport
from satchel.services.challenge_code import ChallengeCode, first_usable

if TYPE_CHECKING:  # built by the recruiter's facade
    from satchel.services.results import ScanResult

# Challenge codes: short, easy to read aloud and type (no 0/O, 1/I/L), 8 characters ≈ 40 bits.
_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def new_challenge(length: int = 8) -> str:
    code = "".join(secrets.choice(_ALPHABET) for _ in range(length))
    return f"{code[:4]}-{code[4:]}"


def challenge_qr(challenge: str, domain: str | None = None) -> bytes:
    """A QR code of the challenge (and of the recruiter's domain, when given), for a candidate's wallet to read."""
    return share.render_png(ChallengeCode(challenge, domain).text(), ecc="M", scale=8)


def challenge_in_image(data: bytes) -> ChallengeCode:
    """The recruiter's challenge read from a photo or screenshot of their challenge QR (learner side). A usable
    code wins over a refused one in the same picture; a refused one alone raises its ChallengeCodeRefused."""
    found = first_usable(share.scan_image(data))
    if found is not None:
        return found
    raise ScanError("No recruiter's challenge code was found in this picture.")


@dataclass(frozen=True)
class LiveUpdate:
    preview_jpeg: bytes | None  # camera picture for the preview (None when the source ended)
    received: int  # parts of an animated code read so far
    total: int  # parts expected (0 until the first part is read)
    result: ScanResult | None  # set once the presentation is complete and verified
    ended: bool  # the video ended or the camera stopped
    other_code: bool = False  # (the camera loops' common update; codes that are not parts are not reported)


class LiveScan:
    """Drive with :meth:`step` from a worker thread; ``finish`` verifies a completed presentation."""

    def __init__(self, source: int | str, *, loader: Callable[[str], dict[str, Any]],
                 finish: Callable[[str, dict[str, Any]], ScanResult]) -> None:
        self._scanner = share.LiveScanner(source, vpqr_loader=loader)
        self._finish = finish

    def step(self) -> LiveUpdate:
        step = self._scanner.step()
        result = None
        if step.result is not None:
            if isinstance(step.result, dict):
                result = self._finish("vpqr", step.result)
            else:
                result = self._finish("satchel", share.decode_envelope(step.result))
        return LiveUpdate(step.preview_jpeg, step.progress.received, step.progress.total, result, step.ended)

    def close(self) -> None:
        self._scanner.close()


class StillScan:
    """Pictures from a camera control that hands over snapshots (flet-camera on Android/iOS), one by one."""

    def __init__(self, *, loader: Callable[[str], dict[str, Any]],
                 finish: Callable[[str, dict[str, Any]], ScanResult]) -> None:
        self._feed = share.StillFeed(vpqr_loader=loader)
        self._finish = finish

    def feed(self, image: bytes) -> LiveUpdate:
        step = self._feed.feed(image)
        result = None
        if isinstance(step.result, dict):
            result = self._finish("vpqr", step.result)
        elif step.result is not None:
            result = self._finish("satchel", share.decode_envelope(step.result))
        return LiveUpdate(None, step.progress.received, step.progress.total, result, False)


def history_json(entries: list[dict[str, Any]]) -> bytes:
    return json.dumps(entries, ensure_ascii=False, indent=2).encode("utf-8")


def export_history_json(entries: list[dict[str, Any]], path: Path) -> None:
    atomic_write(Path(path), history_json(entries), mode=0o600)


def report_pdf_items(report: VerificationReport, lang: str, about: Sequence[Any] = ()) -> list[Any]:
    """One PDF page per credential of a scanned presentation, with every check worded. ``about`` (what each
    credential says, services.presented) gives the recipient's and the issuer's names; without it the
    page names no recipient rather than the holder's DID, and the issuer by the name its trust check read."""
    from satchel.i18n import check_title, render_check, t
    from satchel.i18n.dates import human_date, human_moment
    from satchel.services.microcredentials import meaning_lines
    holder_lines = [f"{check_title(c, lang, in_credential=report.kind != 'presentation')}: {render_check(c, lang)}"
                    for c in report.checks]
    items = []
    for index, child in enumerate(report.credentials or (report,)):
        told = about[index].display if index < len(about) else None
        lines = [f"{t('outcome.' + child.outcome.value, lang)} ({human_moment(report.verified_at, lang)})"]
        lines += [f"{check_title(c, lang, in_credential=True)}: {render_check(c, lang)}" for c in child.checks]
        if report.kind == "presentation":
            lines += holder_lines
        items.append(share.PdfItem(
            name=child.title or child.subject or "—",
            issuer=(told.issuer_name if told else None) or _issuer_name(child) or child.issuer,
            recipient=told.subject_name if told else None,
            issued=human_date(told.issued, lang) or None if told else None,
            expires=human_date(told.valid_until, lang) or None if told else None,
            description=told.description if told else None, verification=lines,
            meaning=meaning_lines(about[index].eu, lang) if told and about[index].eu is not None else []))
    return items


def _issuer_name(child: VerificationReport) -> str | None:
    trust = child.check(CheckName.ISSUER_TRUST)
    name = trust.params.get("name") if trust is not None else None
    return name if isinstance(name, str) and name else None
