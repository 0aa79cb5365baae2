"""The learner's facade: the encrypted wallet (unlock, import, organise, verify what it holds), sharing
presentations of its credentials, and backups."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from satchel import formats
from satchel.clock import Clock, isoformat
from satchel.errors import CredentialNotFound, SatchelError, ShareError
from satchel.model import CredentialRecord, ListQuery, VerificationReport
from satchel.model.microcredential import AnnexChecklist
from satchel.model.pathway import Pathway
from satchel.net import Fetcher
from satchel.services import (
    bulk,
    details,
    importing,
    microcredentials,
    paths,
    pathways,
    reading,
    sharing,
    verifying,
)
from satchel.services.challenge_scan import ChallengeLiveScan, ChallengeStillScan
from satchel.services.disclosing import Disclosing
from satchel.services.results import ImportItem, ImportOutcome, ShareBundle
from satchel.services.session import WalletSession
from satchel.services.workspace import Workspace

if TYPE_CHECKING:  # the store (sqlcipher3) loads when a wallet is opened
    from satchel.store import ActivityEntry, HolderKeyRecord


class LearnerWallet(Workspace, Disclosing):
    """A learner's wallet in a home directory: everything that needs it unlocked."""

    def __init__(self, home: Path | None = None, *, clock: Clock | None = None,
                 fetcher: Fetcher | None = None, offline: bool = False) -> None:
        super().__init__(home, clock=clock, fetcher=fetcher, offline=offline)
        self.session = WalletSession(paths.wallet_path(self.home), self.clock)

    # -- wallet lifecycle -------------------------------------------------------------------------
    @property
    def wallet_file(self) -> Path:
        return self.session.path

    @property
    def is_unlocked(self) -> bool:
        return self.session.is_unlocked

    @property
    def lock_reason(self) -> SatchelError | None:
        """Why the wallet was locked from under this session (the passphrase changed elsewhere), if so."""
        return self.session.lock_reason

    def wallet_exists(self) -> bool:
        return self.session.exists()

    def create_wallet(self, passphrase: str, *, holder_key: bool = True) -> str | None:
        """Create the wallet and (unless restoring a backup into it) its holder key; returns the DID."""
        wallet = self.session.create(passphrase)
        wallet.log("create")
        return sharing.create_holder_key(wallet, self.clock) if holder_key else None

    def unlock(self, passphrase: str) -> None:
        self.session.unlock(passphrase)

    def lock(self) -> None:
        self.session.close()

    def lock_if_idle(self) -> bool:
        minutes = self.get_setting("auto_lock_minutes") or 0
        return bool(minutes) and self.session.lock_if_idle(timedelta(minutes=float(minutes)))

    def change_passphrase(self, old: str, new: str) -> None:
        from satchel.store import Wallet  # the old passphrase must open the file on its own
        Wallet.open(self.wallet_file, old, content_keys=importing.stored_content_key).close()
        self.session.wallet().rekey(new)
        self.session.wallet().log("passphrase_changed")

    # -- importing --------------------------------------------------------------------------------
    def import_bytes(self, data: bytes, *, source: str, filename: str | None = None) -> ImportOutcome:
        return importing.import_bytes(self.session.wallet(), data, source=source, clock=self.clock,
                                      filename=filename)

    def import_path(self, path: Path) -> ImportOutcome:
        path = Path(path)
        return self.import_bytes(reading.read_capped(path), source=f"file:{path.name}", filename=path.name)

    def import_paths(self, paths_: Sequence[Path],
                     on_progress: Callable[[int, int, str], None] | None = None) -> list[ImportItem]:
        return importing.import_paths(self.session.wallet(), paths_, clock=self.clock, on_progress=on_progress)

    def import_text(self, text: str) -> ImportOutcome:
        return self.import_bytes(text.strip().encode("utf-8"), source="pasted")

    def url_host(self, url: str) -> str:
        return importing.url_host(url)

    def import_url(self, url: str) -> ImportOutcome:
        data = importing.fetch_credential(self.fetcher, url)
        return self.import_bytes(data, source=url.strip(), filename=url.rsplit("/", 1)[-1])

    def details_host(self, cred_id: str) -> str | None:
        """The host holding this badge's name and issuer when the credential only points there."""
        return details.details_host(self.get(cred_id))

    def fetch_details(self, cred_id: str) -> CredentialRecord:
        """After the user agreed: fetch the badge's details from its issuer's server (display only)."""
        return details.fetch_details(self.session.wallet(), self.fetcher, self.get(cred_id))

    # -- reading and organising -------------------------------------------------------------------
    def list(self, query: ListQuery = ListQuery()) -> list[CredentialRecord]:
        return self.session.wallet().list(query)

    def count(self, query: ListQuery = ListQuery()) -> int:
        return self.session.wallet().count(query)

    def get(self, cred_id: str) -> CredentialRecord:
        return self.session.wallet().get(self.resolve_id(cred_id))

    def resolve_id(self, prefix: str) -> str:
        """Accept a unique prefix of an id, as git does for commits."""
        wallet = self.session.wallet()
        prefix = prefix.strip().lower()
        matches = wallet.ids_with_prefix(prefix) if prefix else []
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise CredentialNotFound(f"'{prefix}' matches several credentials; give more characters.")
        raise CredentialNotFound(f"There is no credential with id '{prefix}' in this wallet.")

    def delete(self, cred_id: str) -> None:
        wallet = self.session.wallet()
        real = self.resolve_id(cred_id)
        for same, _format in wallet.same_credential(real) or [(real, "")]:  # every wrapper of it
            wallet.delete(same)
            wallet.log("delete", same)

    def tag(self, cred_id: str, tags: Sequence[str]) -> None:
        self.session.wallet().add_tags(self.resolve_id(cred_id), [t.strip() for t in tags if t.strip()])

    def untag(self, cred_id: str, tags: Sequence[str]) -> None:
        self.session.wallet().remove_tags(self.resolve_id(cred_id), list(tags))

    def tags(self) -> builtins.list[tuple[str, int]]:
        return self.session.wallet().tags()

    def collections(self) -> builtins.list[tuple[str, int]]:
        return self.session.wallet().collections()

    def create_collection(self, name: str) -> None:
        self.session.wallet().create_collection(name.strip())

    def delete_collection(self, name: str) -> None:
        self.session.wallet().delete_collection(name)

    def rename_collection(self, old: str, new: str) -> None:
        self.session.wallet().rename_collection(old, new.strip())

    def add_to_collection(self, name: str, ids: Sequence[str]) -> None:
        self.session.wallet().add_to_collection(name, [self.resolve_id(i) for i in ids])

    def remove_from_collection(self, name: str, ids: Sequence[str]) -> None:
        self.session.wallet().remove_from_collection(name, [self.resolve_id(i) for i in ids])

    def issuers(self) -> builtins.list[tuple[str | None, str | None, int]]:
        return self.session.wallet().issuers()

    def export_credential(self, cred_id: str, path: Path) -> None:
        from satchel.fsutil import atomic_write
        atomic_write(Path(path), self.get(cred_id).raw, mode=0o600)

    def activity(self, limit: int = 100) -> builtins.list[ActivityEntry]:
        return self.session.wallet().activity(limit)

    # -- verifying what the wallet holds --------------------------------------------------------
    def eu_checklist(self, cred_id: str) -> AnnexChecklist:
        """Which EU micro-credential elements (Annex I) the stored credential states."""
        return microcredentials.checklist_of(self.get(cred_id))

    def pathways(self) -> builtins.list[Pathway]:
        """Progress towards the larger credentials the wallet's records name (CLR, Europass, OB 3.0)."""
        return pathways.pathways(self.list())

    def report(self, cred_id: str) -> VerificationReport | None:
        return verifying.report_from_json(self.get(cred_id).report_json)

    def verify_stored(self, cred_id: str, *, fetcher: Fetcher | None = None) -> VerificationReport:
        record = self.get(cred_id)
        report = verifying.verify_raw_credential(self.verifier(fetcher), record.raw, record.signed_form)
        self.session.wallet().set_report(record.id, verifying.report_json(report), report.outcome.value,
                                         isoformat(report.verified_at))
        return report

    def verify_all(self, *, on_progress: bulk.Progress | None = None,
                   cancelled: Callable[[], bool] | None = None) -> bulk.VerifyAllSummary:
        """Re-verify every stored credential and store the new reports (see services/bulk.py)."""
        return bulk.verify_all(self.session.wallet(), self.verifier(), on_progress=on_progress,
                               cancelled=cancelled)

    # -- sharing ----------------------------------------------------------------------------------
    def holder_did(self) -> str:
        return sharing.holder(self.session.wallet()).did

    def holder_keys(self) -> builtins.list[HolderKeyRecord]:
        return self.session.wallet().holder_keys()

    def rotate_holder_key(self) -> str:
        return sharing.create_holder_key(self.session.wallet(), self.clock)

    def present(self, ids: Sequence[str], *, challenge: str | None = None,
                domain: str | None = None, reveal: Any = None) -> tuple[dict[str, Any], str]:
        records = sharing.signable([self.get(i) for i in ids])
        made = sharing.build_presentation(self.session.wallet(), records, clock=self.clock,
                                          challenge=challenge, domain=domain, reveal=reveal)
        self.remember_shown(records, domain, reveal)
        return made

    def share(self, ids: Sequence[str], *, challenge: str | None = None, domain: str | None = None,
              ecc: str = "M", reveal: Any = None) -> ShareBundle:
        records = sharing.signable([self.get(i) for i in ids])
        vp, nonce = sharing.build_presentation(self.session.wallet(), records, clock=self.clock,
                                               challenge=challenge, domain=domain, reveal=reveal)
        self.remember_shown(records, domain, reveal)
        links = {r.id: url for r in records if (url := sharing.linkedin_url(r))}
        return sharing.bundle(vp, challenge=nonce, domain=domain, ecc=ecc, linkedin=links)

    def challenge_live_scan(self, source: int | str) -> ChallengeLiveScan:
        """The recruiter's challenge QR read live from a camera (index) or a video file (path), stepped
        frame by frame; ScanError when there is no such camera or video."""
        return ChallengeLiveScan(source)

    def challenge_still_scan(self) -> ChallengeStillScan:
        """The recruiter's challenge QR read from a phone camera's pictures, fed one by one."""
        return ChallengeStillScan()

    def add_link(self, url: str, title: str, *, issuer: str | None = None,
                 pdf: bytes | None = None) -> ImportOutcome:
        """Keep a credential that exists only on its issuer's website, as a link (never shown as verified)."""
        raw = formats.make_link_record(url, title, issuer, pdf)  # the same link twice is one record
        return self.import_bytes(raw, source=f"link:{url}")

    def link_pdf(self, cred_id: str) -> bytes | None:
        """The PDF kept with a link-only credential, if the learner added one."""
        record = self.get(cred_id)
        if record.signed_form != "link-only":
            return None
        return formats.pdf_of(formats.parse(record.raw).credentials[0].document)

    def linkedin_url(self, cred_id: str) -> str | None:
        return sharing.linkedin_url(self.get(cred_id))

    def export_vp_json(self, bundle: ShareBundle, path: Path) -> None:
        sharing.write_json(Path(path), bundle.vp)

    def export_pdf(self, ids: Sequence[str], path: Path, bundle: ShareBundle | None = None,
                   lang: str = "en") -> None:
        records = [self.get(i) for i in ids]
        reports = {r.id: verifying.report_from_json(r.report_json) or self.verify_stored(r.id) for r in records}
        from satchel.share import pdf as share_pdf
        if bundle is None and sharing.has_signable(records):  # every PDF carries a code to scan
            bundle = self.share([r.id for r in sharing.signable(records)])
        data = share_pdf.presentation_pdf(sharing.pdf_items(records, reports, lang),
                                          bundle.pngs if bundle else None, lang=lang)
        from satchel.fsutil import atomic_write
        atomic_write(Path(path), data, mode=0o600)

    # -- backup -----------------------------------------------------------------------------------
    def backup(self, path: Path, passphrase: str) -> None:
        if not passphrase:
            raise ShareError("A backup needs its own passphrase.")
        self.session.wallet().export_backup(Path(path), passphrase)
        self.session.wallet().log("backup", detail=str(path))

    def restore(self, path: Path, passphrase: str) -> tuple[int, int]:
        summary = self.session.wallet().import_backup(Path(path), passphrase)
        if self.session.wallet().active_holder_key() is None:
            sharing.create_holder_key(self.session.wallet(), self.clock)
        self.session.wallet().log("restore", detail=f"{summary.added} added, {summary.skipped} skipped")
        return summary.added, summary.skipped
