"""The recruiter's facade: verify what a candidate hands over (QR codes, pictures, videos, camera,
presentation files, any credential), with challenges and a history of past checks. No wallet needed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from satchel import formats
from satchel.clock import Clock, isoformat
from satchel.errors import NoCredentialFound, SatchelError, ScanError, ShareError, UsageError
from satchel.model import SignedForm, VerificationReport
from satchel.net import Fetcher
from satchel.services import challenge_code, paths, scanning, verifying
from satchel.services.public_files import History
from satchel.services.reading import read_capped
from satchel.services.workspace import Workspace

if TYPE_CHECKING:  # challenges, live scans and report PDFs (services/recruiter.py) load when used
    from satchel.services import recruiter
    from satchel.services.results import ScanResult

DOMAIN_SETTING = "recruiter_domain"  # in the preferences, like the history's retention


class Recruiter(Workspace):
    """Recruiter mode on a home directory: scanning, verifying and the history of past verifications."""

    def __init__(self, home: Path | None = None, *, clock: Clock | None = None,
                 fetcher: Fetcher | None = None, offline: bool = False) -> None:
        super().__init__(home, clock=clock, fetcher=fetcher, offline=offline)
        self.history = History(paths.history_file(self.home), clock=self.clock, preferences=self.preferences)

    # -- verifying anything -----------------------------------------------------------------------
    def verify_bytes(self, data: bytes, *, challenge: str | None = None, domain: str | None = None,
                     unsigned_ok: bool = False, purpose: str = "authentication") -> list[VerificationReport]:
        """Verify anything the importers take, or a QR payload text (Satchel or VPQR)."""
        options = verifying.VerifyOptions(challenge, domain, unsigned_ok, purpose)
        vp = scanning.payload_document(data, self.contexts_loader())
        if vp is not None:
            return [verifying.verify_presentation(self.verifier(), vp, options)]
        try:
            parsed = formats.parse(data, display=False)  # verified, not shown
        except NoCredentialFound:
            if not scanning.looks_like_image(data):
                raise
            try:
                return [self.scan_image(data, challenge=challenge, domain=domain).report]
            except ScanError:
                raise NoCredentialFound("This image holds neither a baked badge nor a readable QR code.") from None
        return verifying.verify_parsed(self.verifier(), parsed, options)

    # -- scanning ---------------------------------------------------------------------------------
    def scan_image(self, data: bytes, *, challenge: str | None = None,
                   domain: str | None = None) -> ScanResult:
        kind, document = scanning.decode_images([data], self.contexts_loader())
        return self._scan_result(kind, document, challenge, domain)

    def scan_images(self, images: Sequence[bytes], *, challenge: str | None = None,
                    domain: str | None = None) -> ScanResult:
        kind, document = scanning.decode_images(images, self.contexts_loader())
        return self._scan_result(kind, document, challenge, domain)

    def scan_video(self, source: str | int, *, challenge: str | None = None, domain: str | None = None,
                   on_progress: Callable[[int, int], None] | None = None,
                   max_frames: int = 3000) -> ScanResult:
        kind, document = scanning.decode_video(source, self.contexts_loader(), on_progress=on_progress,
                                               max_frames=max_frames)
        return self._scan_result(kind, document, challenge, domain)

    def _scan_result(self, kind: str, document: dict[str, Any] | str, challenge: str | None,
                     domain: str | None) -> ScanResult:
        """``document``: a VP (JSON), or an SD-JWT VC presentation's compact text (``jwt~…~kb-jwt``)."""
        if not isinstance(document, (dict, str)):
            raise ScanError("The QR code does not hold a presentation.")
        from satchel.services.results import ScanResult
        options = verifying.VerifyOptions(challenge, domain)
        report = verifying.verify_presentation(self.verifier(), document, options)
        self.history.add({"at": isoformat(self.clock.now()), "kind": kind, "holder": report.holder,
                          "outcome": report.outcome.value, "challenge": challenge, "domain": domain,
                          "report": report.to_dict()})
        return ScanResult(kind, report, document if isinstance(document, dict) else None)

    # -- challenges, live scanning, files ---------------------------------------------------------
    def new_challenge(self) -> str:
        from satchel.services import recruiter
        return recruiter.new_challenge()

    def challenge_qr(self, challenge: str, domain: str | None = None) -> bytes:
        """The challenge's QR code; with ``domain`` (the recruiter's, :meth:`recruiter_domain`) it carries it."""
        from satchel.services import recruiter
        return recruiter.challenge_qr(challenge, domain)

    # -- the organisation's domain ----------------------------------------------------------------
    def recruiter_domain(self) -> str | None:
        """The recruiter's domain (``jobs.example.org``) presentations must be bound to; None when not set.
        A hand-edited preference that is not a host name counts as not set."""
        stored = self.preferences.get(DOMAIN_SETTING)
        return challenge_code.host_name(stored) if isinstance(stored, str) else None

    def set_recruiter_domain(self, text: str | None) -> str | None:
        """Keep the recruiter's domain (lower-cased), or forget it when ``text`` is empty; UsageError, and
        nothing changed, for anything that is not a host name (a scheme, a path, a port, spaces …)."""
        typed = (text or "").strip()
        host = challenge_code.host_name(typed) if typed else None
        if typed and host is None:
            shown = challenge_code.shown(typed)
            raise UsageError(f"'{shown}' is not a domain name: type only the host name, such as jobs.example.org "
                             "(no https://, no path, no port).", code="recruiter_domain", value=shown)
        self.preferences.set(DOMAIN_SETTING, host)
        return host

    def live_scan(self, source: int | str, *, challenge: str | None = None,
                  domain: str | None = None) -> recruiter.LiveScan:
        """A camera (index) or video file (path) scan to drive frame by frame; ScanError if none."""
        from satchel.services import recruiter
        return recruiter.LiveScan(source, loader=self.contexts_loader(),
                                  finish=lambda kind, doc: self._scan_result(kind, doc, challenge, domain))

    def still_scan(self, *, challenge: str | None = None, domain: str | None = None) -> recruiter.StillScan:
        """For cameras that hand over pictures (phones): feed each picture, read progress and result."""
        from satchel.services import recruiter
        return recruiter.StillScan(loader=self.contexts_loader(),
                                   finish=lambda kind, doc: self._scan_result(kind, doc, challenge, domain))

    def verify_presentation_file(self, path: Path, *, challenge: str | None = None,
                                 domain: str | None = None) -> ScanResult:
        """A saved VP file (or payload text, or an SD-JWT VC presentation ``jwt~disclosures~kb-jwt``, whose key
        binding JWT answers the challenge) checked as if scanned, and kept in the history."""
        data = read_capped(Path(path))
        document: dict[str, Any] | str | None = scanning.payload_document(data, self.contexts_loader())
        if document is None:
            document = _sd_jwt_presentation(data) or formats.parse_json_safely(data)
        return self._scan_result("file", document, challenge, domain)

    # -- history and reports ----------------------------------------------------------------------
    def history_entries(self) -> list[dict[str, Any]]:
        return self.history.entries()

    def clear_history(self) -> None:
        self.history.clear()

    def export_history_json(self, path: Path) -> None:
        from satchel.services import recruiter
        recruiter.export_history_json(self.history.entries(), Path(path))

    def export_history_pdf(self, path: Path, lang: str = "en") -> None:
        """Every past verification in one PDF: a page per credential checked, newest first."""
        from satchel.fsutil import atomic_write
        from satchel.services import recruiter
        from satchel.share import pdf as share_pdf
        items = [item for entry in self.history.entries() if isinstance(entry.get("report"), dict)
                 for item in recruiter.report_pdf_items(VerificationReport.from_dict(entry["report"]), lang)]
        if not items:
            raise ShareError("There is no verification in the history yet.")
        atomic_write(Path(path), share_pdf.presentation_pdf(items, None, lang=lang), mode=0o600)

    def export_report_pdf(self, report: VerificationReport, path: Path, lang: str = "en",
                          about: Sequence[Any] = ()) -> None:  # about: services.presented, per credential
        from satchel.fsutil import atomic_write
        from satchel.services import recruiter
        from satchel.share import pdf as share_pdf
        data = share_pdf.presentation_pdf(recruiter.report_pdf_items(report, lang, about), None, lang=lang)
        atomic_write(Path(path), data, mode=0o600)


def _sd_jwt_presentation(data: bytes) -> str | None:
    """The compact text of an SD-JWT VC (a presentation when it ends with a key binding JWT); None otherwise."""
    try:
        text = data.decode("utf-8").strip()
    except UnicodeDecodeError:
        return None
    if text.startswith("{") or "~" not in text:
        return None
    try:
        parsed = formats.parse(text.encode("utf-8"))
    except SatchelError:
        return None
    found = parsed.credentials[0] if parsed.presentation is None and len(parsed.credentials) == 1 else None
    return text if found is not None and found.signed_form is SignedForm.SD_JWT_VC else None
