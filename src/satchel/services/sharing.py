"""The holder's key, signed presentations, QR bundles and exports."""

from __future__ import annotations

import base64
import secrets
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from satchel import crypto, formats, share
from satchel.clock import Clock, isoformat, parse_instant
from satchel.errors import ShareError, UsageError
from satchel.model import CheckName, CredentialRecord, SignedForm
from satchel.services import presenting
from satchel.services.challenge_code import verifier_domain
from satchel.services.results import ShareBundle
from satchel.vc import ecdsa_sd_derive, sd_jwt_present
from satchel.vc.jsonld import OfflineLoader

if TYPE_CHECKING:  # the store (sqlcipher3) loads when a wallet is opened
    from satchel.store import HolderKeyRecord, Wallet

CREDENTIALS_V1 = "https://www.w3.org/2018/credentials/v1"
CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2"
SD_JWT_MEDIA = "application/dc+sd-jwt"


def create_holder_key(wallet: Wallet, clock: Clock) -> str:
    """A fresh Ed25519 did:key kept only inside the encrypted wallet; older keys stay for old shares."""
    secret, public_multibase = crypto.generate_ed25519()
    did = crypto.did_key_for(public_multibase)
    wallet.add_holder_key(f"{did}#{public_multibase}", did, secret, public_multibase,
                          isoformat(clock.now()), active=True)
    wallet.log("holder_key", detail=did)
    return did


def holder(wallet: Wallet) -> HolderKeyRecord:
    key = wallet.active_holder_key()
    if key is None:
        raise ShareError("This wallet has no holder key yet; create one with 'satchel did --rotate'.")
    return key


def _embedded(record: CredentialRecord, sd_jwt: Any = None, ecdsa_sd: Any = None) -> tuple[Any, bool]:
    """What goes into ``verifiableCredential`` for a record, and whether it needs VC 2.0.

    ``sd_jwt`` turns an SD-JWT VC token into its presentation (chosen disclosures + key binding);
    ``ecdsa_sd`` turns a credential with an ecdsa-sd-2023 base proof into its derived form."""
    parsed = formats.parse(record.raw).credentials[0]
    form = SignedForm(record.signed_form)
    if form is SignedForm.LINK_ONLY:
        name = record.display.name or record.id
        raise ShareError(f"'{name}' lives only on its issuer's website: share its link (it is in the PDF) "
                         "rather than inside the signed presentation.")
    if form is SignedForm.SD_JWT_VC and sd_jwt is None:
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
    if form is SignedForm.SD_JWT_VC and sd_jwt is not None:
        return {"@context": [CREDENTIALS_V2], "id": f"data:{SD_JWT_MEDIA},{sd_jwt(str(parsed.verifiable))}",
                "type": "EnvelopedVerifiableCredential"}, True
    if form is SignedForm.VC_JWT:
        token = parsed.verifiable if isinstance(parsed.verifiable, str) else ""
        return {"@context": [CREDENTIALS_V2], "id": f"data:application/vc+jwt,{token}",
                "type": "EnvelopedVerifiableCredential"}, True
    doc = parsed.document
    if ecdsa_sd is not None and ecdsa_sd_derive.is_base(doc):
        doc = ecdsa_sd(doc)
    contexts = doc.get("@context") or []
    first = contexts[0] if isinstance(contexts, list) and contexts else contexts
    return doc, first == CREDENTIALS_V2


def build_presentation(wallet: Wallet, records: Sequence[CredentialRecord], *, clock: Clock,
                       challenge: str | None = None, domain: str | None = None,
                       reveal: Sequence[str] | Mapping[str, Sequence[str]] | None = None
                       ) -> tuple[dict[str, Any], str]:
    """A VP of the chosen credentials signed by the holder (authentication purpose).

    VCDM 2.0 with eddsa-rdfc-2022 when any credential is 2.0 (or a JWT), else 1.1 with
    Ed25519Signature2020. Without a verifier challenge a fresh random one is used and logged, so the
    verifier can tell "holder proven" from "bound to my request". A credential with an ecdsa-sd-2023 base
    proof goes in derived: its mandatory fields plus the ``reveal`` pointers that are its own (everything
    when ``reveal`` is None), since verifiers check derived proofs only. An SD-JWT VC goes in as an
    ``EnvelopedVerifiableCredential`` (``data:application/dc+sd-jwt,…``) showing only the claims ``reveal``
    names that belong to it (all when ``reveal`` is None), with a key binding JWT for the same challenge.
    ``reveal`` may also map a record id to the pointers chosen for that credential alone (the app's share
    screen): a credential not in the map is shown whole, and a pointer never spills onto another credential.
    """
    if not records:
        raise ShareError("Choose at least one credential to share.")
    key = holder(wallet)
    nonce = challenge or secrets.token_urlsafe(16)
    domain = verifier_domain(domain)
    used: set[str] = set()

    def for_record(record: CredentialRecord) -> Any:
        """Per record: (what to reveal, or None for everything; whether the pointers are chosen for it alone)."""
        if isinstance(reveal, Mapping):
            chosen = reveal.get(record.id)
            return (None if chosen is None else list(chosen)), True
        return (None if reveal is None else list(reveal)), False

    def disclose(record: CredentialRecord, token: str) -> str:
        chosen, own = for_record(record)
        mine = chosen if chosen is None or own else sd_jwt_present.applicable(token, chosen)
        used.update(mine or ())
        return sd_jwt_present.present(token, mine, secret=key.secret, did=key.did, aud=domain or key.did,
                                      nonce=nonce, iat=int(clock.now().timestamp()))

    def derive(record: CredentialRecord, document: dict[str, Any]) -> dict[str, Any]:
        chosen, own = for_record(record)
        if chosen is None:
            return ecdsa_sd_derive.derive(document, ecdsa_sd_derive.reveal_everything(document), OfflineLoader())
        mine = chosen if own else ecdsa_sd_derive.applicable(document, chosen)
        used.update(mine)
        return ecdsa_sd_derive.derive(document, mine, OfflineLoader())

    embedded = [_embedded(r, lambda t, r=r: disclose(r, t), lambda d, r=r: derive(r, d)) for r in records]
    unused = [] if isinstance(reveal, Mapping) else [p for p in reveal or () if p not in used]
    if unused:
        raise UsageError(f"No chosen credential that can hide fields has anything at {unused[0]!r}.")
    v2 = any(needs_v2 for _, needs_v2 in embedded)
    vp: dict[str, Any] = {
        "@context": [CREDENTIALS_V2 if v2 else CREDENTIALS_V1],
        "type": ["VerifiablePresentation"],
        "holder": key.did,
        "verifiableCredential": [doc for doc, _ in embedded],
    }
    keys = presenting.proving_keys(key, wallet.holder_keys(), (r.display.subject_id for r in records))
    signed = presenting.sign_presentation(vp, keys, suite="eddsa-rdfc-2022" if v2 else "Ed25519Signature2020",
                                          challenge=nonce, domain=domain, created=isoformat(clock.now()))
    wallet.log("present", detail=f"{len(records)} credential(s), challenge {'given' if challenge else 'own'}")
    return signed, nonce


def present_sd_jwt(wallet: Wallet, record: CredentialRecord, reveal: Sequence[str] | None, *, clock: Clock,
                   challenge: str | None = None, domain: str | None = None) -> tuple[str, str]:
    """An SD-JWT VC presentation: only the disclosures that ``reveal`` needs (all when None), and a key binding
    JWT signed with the holder key. ``aud`` is the verifier's domain, or the holder's own DID when none is given
    (addressed to no one); ``nonce`` is the verifier's challenge or a fresh one. Returns (token, nonce)."""
    if record.signed_form != SignedForm.SD_JWT_VC.value:
        raise ShareError("Only SD-JWT credentials can be presented with chosen claims so far.")
    token = formats.parse(record.raw).credentials[0].verifiable
    key = holder(wallet)
    nonce = challenge or secrets.token_urlsafe(16)
    domain = verifier_domain(domain)
    presented = sd_jwt_present.present(str(token), reveal, secret=key.secret, did=key.did,
                                       aud=domain or key.did, nonce=nonce, iat=int(clock.now().timestamp()))
    shown = "all claims" if reveal is None else f"{len(reveal)} chosen claim(s)"
    wallet.log("present", detail=f"SD-JWT, {shown}, challenge {'given' if challenge else 'own'}")
    return presented, nonce


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
                                  issued=_date(d.issued), expires=_date(d.valid_until), cert_url=d.public_url,
                                  cert_id=d.credential_id)


def _date(instant: str | None) -> date | None:
    """The calendar date (UTC) of a stored ISO 8601 instant; None when there is none or it is unreadable."""
    try:
        return parse_instant(instant).date() if instant else None
    except ValueError:
        return None


def write_json(path: Path, document: dict[str, Any]) -> None:
    import json

    from satchel.fsutil import atomic_write
    atomic_write(path, json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8"), mode=0o600)


# Checks that speak to a verifier about the verifier's own choices (their trusted issuers): not printed
# on the learner's own PDF.
RECRUITER_ONLY = frozenset({CheckName.ISSUER_TRUST})


def pdf_items(records: Sequence[CredentialRecord], reports: dict[str, Any], lang: str) -> list[Any]:
    from satchel.i18n import render_check, t
    from satchel.i18n.dates import human_date, human_moment
    from satchel.services.microcredentials import meaning_lines, stored_checklist
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
        eu = stored_checklist(record)
        items.append(share.PdfItem(
            name=d.name or record.id, issuer=d.issuer_name or d.issuer_id, issued=human_date(d.issued, lang) or None,
            expires=human_date(d.valid_until, lang) or None, recipient=d.subject_name, description=d.description,
            verification=lines, image=image, meaning=meaning_lines(eu, lang) if eu is not None else []))
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
