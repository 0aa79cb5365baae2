"""Recruiter mode without a screen: the verdict banner, credential cards, status-list ages, history rows
and live-scan guidance, all computed from a VerificationReport and plain values; plus the two camera
loops (OpenCV capture on computers, snapshots from a phone camera control) kept free of Flet."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

from satchel.errors import ScanError
from satchel.i18n import check_title, render_check
from satchel.i18n.dates import parse_when
from satchel.model import Check, CheckName, CheckStatus, Outcome, VerificationReport
from satchel.model.stored_report import current_report
from satchel.services.challenge_code import CHALLENGE_PREFIX, ChallengeCode
from satchel.ui.viewmodels.detail import CheckLine
from satchel.ui.viewmodels.formatting import format_date
from satchel.ui.viewmodels.listing import status_key

NO_CODE_SECONDS = 8.0  # after this long without a single code part, the scan screen gives advice
PREVIEW_MIN_SECONDS = 0.08  # at most ~12 preview pictures a second go to the screen
CAMERAS = (0, 1, 2, 3)
SNAPSHOT_SECONDS = 0.3  # a phone camera takes a picture about this often
PICTURE_FAILURES = 3  # this many failed pictures in a row mean the phone camera is not usable
HISTORY_JSON, HISTORY_PDF = "verifications.json", "verifications.pdf"  # history export file names
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp")


@dataclass(frozen=True)
class Verdict:
    """The banner at the top of a report: level ok | warning | failed, a sentence key and its code."""

    level: str
    key: str  # ui key, e.g. "recruiter.verdict.ok"
    code: str  # the recruiter's challenge ("" when none was used)
    lines: tuple[str, ...]  # the holder, challenge, domain and credentials sentences, in the reader's language
    domain: str = ""  # the recruiter's domain the presentation had to be bound to ("" when none)


@dataclass(frozen=True)
class StatusList:
    url: str
    host: str
    fetched: str  # date and time the list was downloaded, as the reader writes it
    from_cache: bool


@dataclass(frozen=True)
class CredentialCard:
    title: str | None
    issuer_name: str | None
    issuer_id: str | None
    status: str  # chip key
    trusted: bool | None  # None: no trust list used
    checks: tuple[CheckLine, ...]  # the technical checks: every check not in ``binding``
    status_lists: tuple[StatusList, ...]
    binding: tuple[CheckLine, ...] = ()  # what ties it to the presenter (holder_checks), shown above the others


@dataclass(frozen=True)
class HistoryRow:
    index: int
    when: str
    holder: str
    status: str  # chip key
    challenge: str | None


def short_did(did: str | None, head: int = 16, tail: int = 6) -> str:
    """'did:key:z6Mktear…meRYo': enough to compare by eye, short enough for one line."""
    if not did:
        return ""
    return did if len(did) <= head + tail + 1 else f"{did[:head]}…{did[-tail:]}"


def unbreakable(code: str) -> str:
    """A challenge code that never wraps at its hyphen (U+2011, a non-breaking hyphen)."""
    return code.replace("-", "\u2011")


def format_moment(value: str | datetime | None, lang: str) -> str:
    """'25 Nov 2026, 09:12' / '25 nov. 2026, 09:12' in UTC; '' when unknown."""
    moment = parse_when(value)
    if moment is None:
        return ""
    return f"{format_date(moment, lang)}, {moment:%H:%M} UTC"


def _proven(check: Check | None) -> bool:
    return check is not None and check.status in (CheckStatus.OK, CheckStatus.WARNING)


def verdict(report: VerificationReport, lang: str) -> Verdict:
    """What a recruiter needs first: is the holder proven, was it made for my challenge, are the
    credentials genuine and current — most serious problem first."""
    holder = report.check(CheckName.HOLDER)
    challenge = report.check(CheckName.CHALLENGE)
    code = str((challenge.details.get("expected") if challenge else None) or "")
    domain = report.check(CheckName.DOMAIN)
    if domain is not None and domain.message == "domain.none":
        domain = None  # no domain was expected: nothing to say about it
    expected_domain = str(domain.params.get("domain") or "") if domain is not None else ""
    outcome = report.outcome
    lines = tuple(render_check(c, lang) for c in (holder, challenge, domain, report.check(CheckName.CREDENTIALS))
                  if c)
    if not holder or holder.status in (CheckStatus.FAILED, CheckStatus.UNKNOWN):
        return Verdict("failed", "recruiter.verdict.holder", code, lines, expected_domain)
    if challenge is not None and challenge.status == CheckStatus.FAILED:
        if challenge.message == "challenge.sd_jwt_stale":  # the right challenge, answered too long ago
            key = "recruiter.verdict.stale"
        elif _read_whole_code(challenge, code, expected_domain):
            key = "recruiter.verdict.old_app"
        else:
            key = "recruiter.verdict.wrong_challenge"
        return Verdict("failed", key, code, lines, expected_domain)
    if domain is not None and domain.status == CheckStatus.FAILED:
        return Verdict("failed", "recruiter.verdict.wrong_domain", code, lines, expected_domain)
    if outcome == Outcome.FAILED:
        return Verdict("failed", "recruiter.verdict.key_binding" if _only_key_binding_failed(report) else
                       "recruiter.verdict.not_authentic", code, lines, expected_domain)
    if outcome == Outcome.INVALID:  # a check failed, but no signature was found altered
        return Verdict("failed", "recruiter.verdict.key_binding_invalid" if _only_key_binding_failed(report)
                       else "recruiter.verdict.invalid", code, lines, expected_domain)
    if outcome == Outcome.REVOKED:
        return Verdict("failed", "recruiter.verdict.revoked", code, lines, expected_domain)
    # "genuine" only for a verified outcome, whatever the challenge says: an unchecked or expired
    # credential is named before the (unanswered) challenge.
    if outcome in (Outcome.EXPIRED, Outcome.NOT_YET_VALID, Outcome.UNKNOWN):
        return Verdict("warning", f"recruiter.verdict.{outcome.value}", code, lines, expected_domain)
    unbound = [c for c in _bindings(report) if c.status != CheckStatus.OK]
    if unbound:  # genuine credentials, but not shown to be the candidate's: never "holds these credentials"
        return Verdict("warning", "recruiter.verdict.not_bound", code,
                       lines + tuple(dict.fromkeys(render_check(c, lang) for c in unbound)), expected_domain)
    if challenge is None or challenge.status != CheckStatus.OK or not code:
        return Verdict("warning", "recruiter.verdict.unbound" if code else "recruiter.verdict.ok_no_code",
                       code, lines, expected_domain)
    return Verdict("ok", "recruiter.verdict.ok", code, lines, expected_domain)


def _read_whole_code(challenge: Check, code: str, domain: str) -> bool:
    """The presentation answers ``<code>;domain=<domain>``: an older Satchel took the recruiter's whole challenge
    code (services.challenge_code) as the challenge. Still not an answer to the challenge, but the advice differs."""
    found = challenge.details.get("found")
    return bool(code and domain) and found == ChallengeCode(code, domain).text().removeprefix(CHALLENGE_PREFIX)


def _bindings(report: VerificationReport) -> list[Check]:
    return [c for child in report.credentials if (c := child.check(CheckName.HOLDER_BINDING)) is not None]


def _only_key_binding_failed(report: VerificationReport) -> bool:
    """Every failed check is a credential's own holder check (an SD-JWT key binding JWT inside a signed
    presentation): the credentials are the issuers', but one was not shown to be presented by its key."""
    failed = [(child, c) for child in report.credentials for c in child.checks if c.status is CheckStatus.FAILED]
    return bool(failed) and all(c.name is CheckName.HOLDER for _, c in failed) and not any(
        c.status is CheckStatus.FAILED for c in report.checks if c.name is not CheckName.CREDENTIALS)


def binding_check(report: VerificationReport) -> Check | None:
    """The holder-binding check of one credential's report, when the verifier made one."""
    return report.check(CheckName.HOLDER_BINDING)


def holder_checks(report: VerificationReport) -> tuple[Check, ...]:
    """What ties one credential to the person presenting it, shown once, before its technical checks: its own key
    binding check (an SD-JWT VC inside a signed presentation; for an Open Badges 2.0 assertion, its recipient
    check), then its holder-binding check."""
    return tuple(c for c in (report.check(CheckName.HOLDER), report.check(CheckName.HOLDER_BINDING))
                 if c is not None)


def credential_cards(report: VerificationReport, lang: str) -> tuple[CredentialCard, ...]:
    children = report.credentials if report.kind == "presentation" else (report,)
    return tuple(_card(child, lang) for child in children)


def _card(report: VerificationReport, lang: str) -> CredentialCard:
    trust = report.check(CheckName.ISSUER_TRUST)
    name = None
    if trust is not None:
        name = trust.params.get("name") or trust.params.get("issuer")
    trusted = None  # also when the issuer was not proven: the list neither vouches nor warns, nor offers to trust
    if trust is not None and trust.message not in ("issuer_trust.none", "issuer_trust.unproven"):
        trusted = trust.status == CheckStatus.OK
    binding = holder_checks(report)
    technical = [c for c in report.checks if all(c is not b for b in binding)]  # each check shown once
    return CredentialCard(report.title, name, report.issuer, status_key(report.outcome.value), trusted,
                          _lines(technical, lang), status_lists(report, lang), _lines(binding, lang))


def _lines(found: Iterable[Check], lang: str) -> tuple[CheckLine, ...]:
    return tuple(CheckLine(check_title(c, lang, in_credential=True), c.status.value, render_check(c, lang))
                 for c in found)


def status_lists(report: VerificationReport, lang: str) -> tuple[StatusList, ...]:
    """Every revocation list this credential's status check used, with when it was downloaded."""
    check = report.check(CheckName.STATUS)
    if check is None:
        return ()
    copies = [check.details.get("copy")]
    copies += [(entry.get("details") or {}).get("copy") for entry in check.details.get("entries") or ()
               if isinstance(entry, dict)]
    seen: dict[str, StatusList] = {}
    for copy in copies:
        if isinstance(copy, dict) and isinstance(copy.get("url"), str) and copy["url"] not in seen:
            url = copy["url"]
            seen[url] = StatusList(url, urlsplit(url).hostname or url, format_moment(copy.get("fetched_at"), lang),
                                   bool(copy.get("from_cache")))
    return tuple(seen.values())


def history_rows(entries: list[dict[str, Any]], lang: str) -> tuple[HistoryRow, ...]:
    """The chip says what the entry's report says by today's rules (an older Satchel stored 'failed' for what is
    now Invalid); the stored outcome only when the report cannot be read."""
    rows = []
    for index, entry in enumerate(entries):
        outcome = report.outcome.value if (report := entry_report(entry)) else entry.get("outcome")
        rows.append(HistoryRow(index, format_moment(entry.get("at"), lang), short_did(entry.get("holder")) or "?",
                               status_key(outcome), entry.get("challenge") or None))
    return tuple(rows)


def entry_report(entry: dict[str, Any]) -> VerificationReport | None:
    """The report saved in a history entry, with today's sentences (model.stored_report); None when unreadable."""
    return current_report(entry.get("report"))


def scan_hint(elapsed_seconds: float, received: int, total: int) -> tuple[str, dict[str, int]] | None:
    """Guidance under the camera preview: parts so far for an animated code, or advice when nothing
    has been seen for a while. (ui key, parameters) or None."""
    if total > 1:
        return "recruiter.camera_parts", {"received": received, "total": total}
    if received == 0 and elapsed_seconds >= NO_CODE_SECONDS:
        return "recruiter.camera_no_code", {}
    return None


def parts_fraction(received: int, total: int) -> float | None:
    return received / total if total > 1 else None


def camera_source(choice: str | int | None) -> int | str:
    """The camera picked (its number), or a video file path typed instead (demos and tests)."""
    text = str(choice if choice is not None else 0).strip()
    return int(text) if text.isdigit() else text


def is_image_path(path: str) -> bool:
    return Path(path.strip()).suffix.lower() in IMAGE_SUFFIXES


def report_file_name(report: VerificationReport, suffix: str) -> str:
    return f"verification-{report.verified_at:%Y%m%d-%H%M%S}.{suffix}"


# -- live camera scan: the loop behind the preview, kept free of Flet so it is tested without a browser --
@dataclass(frozen=True)
class LiveView:
    """What the camera panel shows at one moment."""

    phase: str  # idle | starting | live | done | ended | stopped | failed (camera) | refused (code)
    preview: bytes | None = None  # None whenever the camera is not delivering: never a frozen picture
    received: int = 0
    total: int = 0
    seconds: int = 0  # whole seconds since the camera opened
    result: Any = None  # the ScanResult once a complete code was read and verified (a challenge: its text)
    error: BaseException | None = None
    other_code: bool = False  # a QR code is in view that this scan does not take (a challenge scan says so)

    @property
    def hint(self) -> tuple[str, dict[str, int]] | None:
        return scan_hint(self.seconds, self.received, self.total) if self.phase == "live" else None


class LiveSource(Protocol):
    def step(self) -> Any: ...  # a satchel.services LiveUpdate or ChallengeUpdate

    def close(self) -> None: ...


async def drive_live(open_scan: Callable[[], LiveSource], show: Callable[[LiveView], None],
                     keep_going: Callable[[], bool], *, clock: Callable[[], float] = time.monotonic,
                     run: Callable[..., Awaitable[Any]] = asyncio.to_thread) -> LiveView:
    """Open the camera, step it in a worker thread until a result, the end, an error or a stop, and
    ``show`` each change (preview pictures at most every PREVIEW_MIN_SECONDS). Returns the last view."""
    show(LiveView("starting"))
    try:
        live = await run(open_scan)
    except Exception as err:  # noqa: BLE001 - no camera, permission refused: shown as one sentence
        final = LiveView("failed", error=err)
        show(final)
        return final
    started, shown_at = clock(), float("-inf")  # the first picture shows at once
    current = LiveView("live")
    show(current)
    try:
        while keep_going():
            update = await run(live.step)
            now = clock()
            if update.result is not None:
                current = LiveView("done", None, update.received, update.total, current.seconds, update.result)
                break
            if update.ended:
                current = LiveView("ended", None, update.received, update.total, current.seconds)
                break
            preview = current.preview
            if update.preview_jpeg and now - shown_at >= PREVIEW_MIN_SECONDS:
                preview, shown_at = update.preview_jpeg, now
            new = LiveView("live", preview, update.received, update.total, int(now - started),
                           other_code=update.other_code)
            if new != current:
                current = new
                show(current)
        else:
            current = LiveView("stopped", None, current.received, current.total, current.seconds)
    except Exception as err:  # noqa: BLE001 - e.g. the code was read but is not a presentation
        current = LiveView("refused", error=err)
    finally:
        await run(live.close)
    show(current)
    return current


# -- phone camera: a picture every SNAPSHOT_SECONDS, read in a worker thread -----------------------------
def uses_phone_camera(platform: str | None, web: bool) -> bool:
    """The Android and iOS apps read codes through the phone's camera control (flet-camera)."""
    return not web and platform in ("android", "ios")


def pick_camera(cameras: list[Any]) -> Any:
    """The camera a recruiter points at a candidate's screen: the first back camera, else any camera.
    Descriptions only need a ``lens_direction`` (an enum or its value, e.g. "back")."""
    if not cameras:
        raise ScanError("This phone reports no camera.")

    def direction(camera: Any) -> str:
        value = getattr(camera, "lens_direction", None)
        return str(getattr(value, "value", value) or "")
    return next((camera for camera in cameras if direction(camera) == "back"), cameras[0])


async def drive_snapshots(open_camera: Callable[[], Awaitable[Any]], take_picture: Callable[[], Awaitable[bytes]],
                          feed: Callable[[bytes], Any], show: Callable[[LiveView], None],
                          keep_going: Callable[[], bool], *, clock: Callable[[], float] = time.monotonic,
                          run: Callable[..., Awaitable[Any]] = asyncio.to_thread,
                          sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
                          every: float = SNAPSHOT_SECONDS) -> LiveView:
    """Open the phone camera, then take a picture about every ``every`` seconds and ``feed`` it (a
    StillScan's, in a worker thread) until a verified result, a stop, a camera that keeps failing
    (``failed``) or a code that cannot be verified (``refused``). ``show`` each change; returns the last
    view. The camera control shows its own preview, so views carry no picture."""
    show(LiveView("starting"))
    try:
        await open_camera()
    except Exception as err:  # noqa: BLE001 - no camera, permission refused: shown as one sentence
        final = LiveView("failed", error=err)
        show(final)
        return final
    started = clock()
    current = LiveView("live")
    show(current)
    failures = 0
    try:
        while keep_going():
            began = clock()
            try:
                picture = await take_picture()
                if not picture:
                    raise ScanError("The camera gave an empty picture.")
            except Exception as err:  # noqa: BLE001 - a busy or vanished camera
                failures += 1
                if failures >= PICTURE_FAILURES and keep_going():
                    current = replace(current, phase="failed", error=err)
                    break
                new = replace(current, seconds=int(clock() - started))
            else:
                failures = 0
                update = await run(feed, picture)
                if update.result is not None:
                    current = LiveView("done", None, update.received, update.total, current.seconds, update.result)
                    break
                new = LiveView("live", None, update.received, update.total, int(clock() - started),
                               other_code=update.other_code)
            if new != current:
                current = new
                show(current)
            await sleep(max(0.0, every - (clock() - began)))
        else:
            current = LiveView("stopped", None, current.received, current.total, current.seconds)
    except Exception as err:  # noqa: BLE001 - e.g. the code was read but is not a presentation
        current = LiveView("refused", error=err)
    show(current)
    return current
