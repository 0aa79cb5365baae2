"""The holder's key, signed presentations, QR bundles and exports."""

from __future__ import annotations

import base64
import secrets
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from satchel import crypto, formats, share
from satchel.clock import Clock, isoformat
from satchel.errors import ShareError
from satchel.model import CheckName, CredentialRecord, SignedForm
from satchel.services import presenting
from satchel.services.results import ShareBundle

if TYPE_CHECKING:  # the store (sqlcipher3) loads when a wallet is opened
    from satchel.store import Wallet

CREDENTIALS_V1 = "https://www.w3.org/2018/credentials/v1"
CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2"


def create_holder_key(wallet: Wallet, clock: Clock) -> str:
    """A fresh Ed25519 did:key kept only inside the encrypted wallet; older keys stay for old shares."""
    secret, public_multibase = crypto.generate_ed25519()
    did = crypto.did_key_for(public_multibase)
    wallet.add_holder_key(f"{did}#{public_multibase}", did, secret, public_multibase,
                          isoformat(clock.now()), active=True)
    wallet.log("holder_key", detail=did)
    return did


def holder(wallet: Wallet):
    key = wallet.active_holder_key()
    if key is None:
        raise ShareError("This wallet has no holder key yet; create one with 'satchel did --rotate'.")
    return key


def _embedded(record: CredentialRecord) -> tuple[Any, bool]:
    """What goes into ``verifiableCredential`` for a record, and whether it needs VC 2.0."""
    parsed = formats.parse(record.raw).credentials[0]
    form = SignedForm(record.signed_form)
    if form is SignedForm.LINK_ONLY:
        name = record.display.name or record.id
        raise ShareError(f"'{name}' lives only on its issuer's website: share its link (it is in the PDF) "
                         "rather than inside the signed presentation.")
    if form is SignedForm.SD_JWT_VC:
        name = record.display.name or record.id
        raise ShareError(f"'{name}' is an SD-JWT credential: it is shown to a verifier that asks for it "
                         "('satchel respond' / Answer a verifier), revealing only what is asked.")
    if form in (SignedForm.OB2_HOSTED, SignedForm.OB2_SIGNED):
        name = record.display.name or record.id
        raise ShareError(f"'{name}' is an Open Badges 2.0 badge, which cannot be signed into a "
                         "presentation; export its file instead.")
    if form is SignedForm.JADES:  # the sealed bytes, unchanged (JWS JSON serialization, RFC 7515)
        content = base64.b64encode(record.raw).decode("ascii")
        return {"@context": [CREDENTIALS_V2], "id": f"data:application/jose+json;base64,{content}",
                "type": "EnvelopedVerifiableCredential"}, True
    if form is SignedForm.VC_JWT:
        token = parsed.verifiable if isinstance(parsed.verifiable, str) else ""
        return {"@context": [CREDENTIALS_V2], "id": f"data:application/vc+jwt,{token}",
                "type": "EnvelopedVerifiableCredential"}, True
    doc = parsed.document
    contexts = doc.get("@context") or []
    first = contexts[0] if isinstance(contexts, list) and contexts else contexts
    return doc, first == CREDENTIALS_V2


def build_presentation(wallet: Wallet, records: Sequence[CredentialRecord], *, clock: Clock,
                       challenge: str | None = None, domain: str | None = None) -> tuple[dict[str, Any], str]:
    """A VP of the chosen credentials signed by the holder (authentication purpose).

    VCDM 2.0 with eddsa-rdfc-2022 when any credential is 2.0 (or a JWT), else 1.1 with
    Ed25519Signature2020. Without a verifier challenge a fresh random one is used and logged, so the
    verifier can tell "holder proven" from "bound to my request".
    """
    if not records:
        raise ShareError("Choose at least one credential to share.")
    embedded = [_embedded(r) for r in records]
    v2 = any(needs_v2 for _, needs_v2 in embedded)
    key = holder(wallet)
    vp: dict[str, Any] = {
        "@context": [CREDENTIALS_V2 if v2 else CREDENTIALS_V1],
        "type": ["VerifiablePresentation"],
        "holder": key.did,
        "verifiableCredential": [doc for doc, _ in embedded],
    }
    nonce = challenge or secrets.token_urlsafe(16)
    keys = presenting.proving_keys(key, wallet.holder_keys(), (r.display.subject_id for r in records))
    signed = presenting.sign_presentation(vp, keys, suite="eddsa-rdfc-2022" if v2 else "Ed25519Signature2020",
                                          challenge=nonce, domain=domain, created=isoformat(clock.now()))
    wallet.log("present", detail=f"{len(records)} credential(s), challenge {'given' if challenge else 'own'}")
    return signed, nonce


def bundle(vp: dict[str, Any], *, challenge: str, domain: str | None, ecc: str = "M",
           linkedin: dict[str, str] | None = None) -> ShareBundle:
    frames = share.encode_presentation(vp, ecc=ecc)
    pngs = tuple(share.render_png(frame, ecc=ecc) for frame in frames)
    gif = share.animated_gif(pngs) if len(pngs) > 1 else None
    version = max(share.qr_version(frame, ecc=ecc) for frame in frames)
    return ShareBundle(vp=vp, frames=tuple(frames), pngs=pngs, gif=gif, challenge=challenge,
                       domain=domain, qr_version=version, linkedin=dict(linkedin or {}))


def linkedin_url(record: CredentialRecord) -> str | None:
    d = record.display
    if not d.public_url or not d.name:
        return None
    return share.linkedin_add_url(name=d.name, issuer_name=d.issuer_name or d.issuer_id or "",
                                  issued=d.issued, expires=d.valid_until, cert_url=d.public_url,
                                  cert_id=d.credential_id)


def write_json(path, document: dict[str, Any]) -> None:
    import json

    from satchel.fsutil import atomic_write
    atomic_write(path, json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8"), mode=0o600)


# Checks that speak to a verifier about the verifier's own choices (their trusted issuers): not printed
# on the learner's own PDF.
RECRUITER_ONLY = frozenset({CheckName.ISSUER_TRUST})


def pdf_items(records: Sequence[CredentialRecord], reports: dict[str, Any], lang: str) -> list[Any]:
    from satchel.i18n import render_check, t
    from satchel.i18n.dates import human_date, human_moment
    items = []
    for record in records:
        report = reports.get(record.id)
        d = record.display
        if report is None:
            lines = [t("outcome.unverified", lang)]
        else:
            lines = [f"{t('outcome.' + report.outcome.value, lang)} ({human_moment(report.verified_at, lang)})"]
            lines += [render_check(c, lang) for c in report.checks if c.name not in RECRUITER_ONLY]
        if record.signed_form == SignedForm.LINK_ONLY.value:
            lines = [t("share.link_only", lang, url=d.public_url or "")]
        image = d.image if d.image and d.image.startswith("data:") else None
        items.append(share.PdfItem(
            name=d.name or record.id, issuer=d.issuer_name or d.issuer_id, issued=human_date(d.issued, lang) or None,
            expires=human_date(d.valid_until, lang) or None, recipient=d.subject_name, description=d.description,
            verification=lines, image=image))
    return items


def has_signable(records: Sequence[CredentialRecord]) -> bool:
    return any(r.signed_form != SignedForm.LINK_ONLY.value for r in records)


def signable(records: Sequence[CredentialRecord]) -> list[CredentialRecord]:
    """The records that go inside a signed presentation (link-only ones travel as links, in the PDF)."""
    kept = [r for r in records if r.signed_form != SignedForm.LINK_ONLY.value]
    if records and not kept:
        raise ShareError("Link-only credentials are shared as their links: export a PDF, or copy the link.")
    return kept


def terminal_qr(frame: str) -> str:
    return share.terminal_text(frame)
