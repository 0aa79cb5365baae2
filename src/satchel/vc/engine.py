"""The verification engine: one entry point per kind, named checks out, never an exception for bad input.

Order (as digitalbazaar/vc ``_verifyCredential``): data model (contexts known, types, required fields,
dates parse) → proofs → issuer binding (the key's controller is the issuer, authorised for
``assertionMethod``) → dates → status (only after a valid proof, fail-closed) → issuer trust.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from satchel.clock import Clock
from satchel.errors import (
    CanonicalizationTooComplex,
    ImportRefused,
    SatchelError,
    TooLarge,
    UnknownContext,
    UnsafeDocument,
)
from satchel.limits import MAX_CREDENTIALS_IN_PRESENTATION
from satchel.model import Check, CheckName, CheckStatus, SignedForm, VerificationReport, is_mismatch, skipped
from satchel.vc import checks, linkonly
from satchel.vc.binding import holder_binding_check
from satchel.vc.buglog import log_bug
from satchel.vc.datamodel import Shape, credential_shape, presentation_shape, title_of, unknown_context
from satchel.vc.dates import DEFAULT_SKEW, KB_MAX_AGE, date_checks
from satchel.vc.did import DidResolver
from satchel.vc.did.web import WebDidDocuments
from satchel.vc.documents import DocumentSource
from satchel.vc.embedded import credential_document, unwrap
from satchel.vc.integrity import unsupported_suite, verify_integrity
from satchel.vc.jsonld import OfflineLoader
from satchel.vc.presentation import (
    binding_checks,
    challenge_check,
    credentials_check,
    domain_check,
    holder_of,
    jws_holder_check,
    proven_identifiers,
    unproven,
)
from satchel.vc.proofs import ProofResult, verify_proofs
from satchel.vc.safejson import loads
from satchel.vc.status import StatusChecker
from satchel.vc.trust import TrustList, trust_check

if TYPE_CHECKING:
    from satchel.model.trustlist import TrustedList
    from satchel.vc.sd_jwt_holder import VpBinding

# The readers of other signed forms (VC-JWT, SD-JWT VC, JAdES seals, Open Badges 2.0) are imported by the
# functions below when a credential of that form is met: a Data Integrity credential needs none of them.

FORMAT, SIGNATURE, ISSUER_KEY = CheckName.FORMAT, CheckName.SIGNATURE, CheckName.ISSUER_KEY
# Malformed input is reported by typed errors (SatchelError: Malformed, TooDeep, …); text that is not
# UTF-8 and nesting deep enough to exhaust the stack are malformed too. Each is a FAILED format check.
# Anything else raised inside the engine (TypeError, AttributeError, KeyError, …) is a bug in Satchel:
# never a verdict on the document, but UNKNOWN ("could not finish this check"), logged for a bug report.
_BAD_INPUT = (SatchelError, UnicodeError, RecursionError)


class Verifier:
    def __init__(self, *, clock: Clock, source: DocumentSource, trust: TrustList | None = None,
                 skew: timedelta = DEFAULT_SKEW,
                 trusted_lists: Callable[[], list[TrustedList]] | None = None,
                 kb_max_age: timedelta = KB_MAX_AGE) -> None:
        """``trusted_lists`` gives the EU trusted lists held (for JAdES seals); none by default.
        ``kb_max_age``: how old an SD-JWT presentation's key binding JWT may be (``iat``, by ``clock``)."""
        self.clock = clock
        self.kb_max_age = kb_max_age
        self.trusted_lists = trusted_lists or list
        self.source = source
        self.trust = trust
        self.skew = skew
        self._loader = OfflineLoader()
        self._status = StatusChecker(source, self._verify_status_list)

    # -- credentials --------------------------------------------------------------------------------
    def verify_credential(self, cred: dict[str, Any] | str, *, signed_form: SignedForm | None = None,
                          recipient: str | None = None) -> VerificationReport:
        """``recipient`` (an email, URL…) is checked against an Open Badges 2.0 assertion's recipient."""
        try:
            document = _decode(cred)
            form = signed_form or _guess_form(document)
            if form is SignedForm.SD_JWT_VC or (form is SignedForm.VC_JWT and _is_sd_jwt_vc(document)):
                from satchel.vc import sd_jwt
                return sd_jwt.verify_credential(self, _as_text(document))
            if form is SignedForm.VC_JWT:
                return self._jwt(_as_text(document))
            if form is SignedForm.LINK_ONLY or linkonly.is_link_record(document):
                return linkonly.link_only_report(document, self.clock.now())
            if form is SignedForm.JADES or (signed_form is None and _looks_like_jades(document)):
                from satchel.vc import jades
                return jades.verify_sealed_credential(self, document)
            if form in (SignedForm.OB2_HOSTED, SignedForm.OB2_SIGNED):
                from satchel.vc import ob2
                return ob2.verify_ob2(document, self, signed=form is SignedForm.OB2_SIGNED,
                                     recipient=recipient)
            if not isinstance(document, dict):
                raise ImportRefused("A Data Integrity credential must be a JSON object.")
            return self._data_integrity(document, with_status=True)
        except _BAD_INPUT as exc:
            return self.garbled("credential", exc)
        except Exception as exc:  # noqa: BLE001 - an engine bug: reported as unknown and logged, see above
            return self.engine_error("credential", exc)

    def _data_integrity(self, document: dict[str, Any], *, with_status: bool) -> VerificationReport:
        shape = credential_shape(document)
        if shape.failed:
            return self._report("credential", document, [shape.check])
        resolver, web = self.resolver()
        url = shape.check.params.get("url") if shape.check.status is CheckStatus.UNKNOWN else None
        if url is None:
            try:
                signature, issuer_key = verify_integrity(document, shape.issuer_id, resolver, web,
                                                         self._loader)
            except UnknownContext as exc:  # a context named deeper inside (an embedded or scoped one)
                url = exc.url
                shape = replace(shape, check=unknown_context(url))
            except UnsafeDocument as exc:
                return self._report("credential", document, [json_ld_refusal(exc)])
            except CanonicalizationTooComplex:  # bounded RDFC-1.0 work: unknown, never "failed"
                signature = too_complex()
                issuer_key = checks.not_checked(ISSUER_KEY, signature)
        if url is not None:  # nothing can be canonicalized without the vocabulary: the proof is not checked
            signature = unsupported_suite(document) or checks.unknown(
                SIGNATURE, "vocabulary_missing", {"url": url[:300]}, url=url[:300])
            issuer_key = checks.not_checked(ISSUER_KEY, signature)
        return self.finish(document, shape, signature, issuer_key, with_status=with_status,
                           details={"signed_form": SignedForm.DATA_INTEGRITY.value})

    def _jwt(self, token: str) -> VerificationReport:
        from satchel.vc.jws import split_jws, verify_did_jws
        from satchel.vc.jwt import credential_from_claims
        jws = split_jws(token)
        credential, jwt_dates = credential_from_claims(jws.payload)
        shape = credential_shape(credential)
        if shape.failed:
            return self._report("credential", credential, [shape.check])
        shape = Shape(shape.check, shape.version, shape.issuer_id, shape.issuer_name,
                      shape.validity.merge(jwt_dates))
        resolver, web = self.resolver()
        signature, issuer_key, _ = verify_did_jws(jws, shape.issuer_id, resolver, web)
        return self.finish(credential, shape, signature, issuer_key, with_status=True,
                           details={"signed_form": SignedForm.VC_JWT.value, "alg": jws.alg})


    def _verify_status_list(self, document: dict[str, Any]) -> VerificationReport:
        return self._data_integrity(document, with_status=False)

    # -- presentations ------------------------------------------------------------------------------
    def verify_presentation(self, vp: dict[str, Any] | str, *, challenge: str | None = None,
                            domain: str | None = None, unsigned_ok: bool = False,
                            purpose: str = "authentication") -> VerificationReport:
        try:
            document = _decode(vp)
            if isinstance(document, str) and "~" in document:
                from satchel.vc import sd_jwt
                return sd_jwt.verify_presentation(self, document.strip(), challenge=challenge, domain=domain)
            if isinstance(document, str):
                return self._jwt_presentation(document, challenge=challenge, domain=domain, purpose=purpose)
            if not isinstance(document, dict):
                raise ImportRefused("A presentation must be a JSON object or a compact JWT.")
            shape = presentation_shape(document)
            if shape.status is not CheckStatus.OK:
                return self._report("presentation", document, [shape])
            _embedded(document)  # the credential cap, before any proof work on the whole presentation
            resolver, web = self.resolver()
            try:
                results = verify_proofs(document, resolver=resolver, loader=self._loader)
            except (UnknownContext, UnsafeDocument) as exc:
                return self._report("presentation", document, [json_ld_refusal(exc)])
            except CanonicalizationTooComplex:
                return self._report("presentation", document, [shape, too_complex()])
            holder = holder_of(document)
            binding, proven = binding_checks(results, holder, challenge=challenge, domain=domain,
                                             unsigned_ok=unsigned_ok, purpose=purpose, resolver=resolver,
                                             web=web)
            proven_ids = proven_identifiers(results, proven, purpose=purpose, resolver=resolver)
            children = self._children(document, proven_ids, proven or holder,
                                      _vp_binding(results, proven_ids, purpose, resolver))
            found = [shape, *binding, credentials_check(children)]
            return self._report("presentation", document, found, credentials=tuple(children),
                                holder=proven or holder)
        except _BAD_INPUT as exc:
            return self.garbled("presentation", exc)
        except Exception as exc:  # noqa: BLE001 - an engine bug: reported as unknown and logged, see above
            return self.engine_error("presentation", exc)

    def _jwt_presentation(self, token: str, *, challenge: str | None, domain: str | None,
                          purpose: str) -> VerificationReport:
        """A VP-JWT: signed by the holder's key; ``nonce`` answers the challenge, ``aud`` names the domain."""
        from satchel.vc.jws import split_jws, verify_did_jws
        from satchel.vc.jwt import presentation_from_claims
        jws = split_jws(token)
        document = presentation_from_claims(jws.payload)
        shape = presentation_shape(document)
        if shape.status is not CheckStatus.OK:
            return self._report("presentation", document, [shape])
        holder = holder_of(document)
        resolver, web = self.resolver()
        signature, binding, signer = verify_did_jws(jws, holder, resolver, web, purpose=purpose)
        holder_check = jws_holder_check(signature, binding, holder)
        if holder_check.status is CheckStatus.OK:
            found = [shape, holder_check, challenge_check(jws.payload.get("nonce"), challenge),
                     domain_check(jws.payload.get("aud"), domain)]
        else:
            found = [shape, holder_check, *unproven(challenge, domain)]
        prover = signer or holder
        proven_ids = {prover} if holder_check.status is CheckStatus.OK and prover else set()
        method = signature.details.get("method") if proven_ids else None
        from satchel.vc.sd_jwt_holder import VpBinding, signer_thumbprints
        vp = VpBinding(signer_thumbprints([method] if isinstance(method, str) else [], resolver),
                       jws.payload.get("nonce"), jws.payload.get("aud"))
        children = self._children(document, proven_ids, signer or holder, vp)
        found.append(credentials_check(children))
        return self._report("presentation", document, found, credentials=tuple(children),
                            holder=signer or holder, details={"alg": jws.alg})

    def _children(self, document: dict[str, Any], proven: set[str], holder: str | None,
                  vp: VpBinding) -> list[VerificationReport]:
        """One report per credential inside, each verified as the credential it carries (a JWT string or
        an enveloped credential included) and ending with its holder_binding check; an SD-JWT VC's key binding
        JWT, when it carries one, is checked against the presentation's proof (:mod:`.sd_jwt_holder`)."""
        children = []
        for item in _embedded(document):
            try:
                value, form = unwrap(item)
            except _BAD_INPUT as exc:
                children.append(self.garbled("credential", exc))
                continue
            report = self.verify_credential(value, signed_form=form)
            if isinstance(value, str) and "~" in value:
                from satchel.vc import sd_jwt
                from satchel.vc.sd_jwt_holder import in_presentation
                try:
                    added = in_presentation(sd_jwt.parse(value), vp, self.resolver()[0], self.clock.now(), self.skew)
                except _BAD_INPUT:  # unreadable: its own report already says so (a failed format check)
                    added = []
            else:
                added = [holder_binding_check(credential_document(value), proven, holder)]
            children.append(replace(report, checks=(*report.checks, *added)))
        return children

    # -- shared pieces (also used by satchel.vc.ob2) ------------------------------------------------
    def resolver(self) -> tuple[DidResolver, WebDidDocuments]:
        web = WebDidDocuments(self.source)
        return DidResolver(web=web), web

    def finish(self, document: dict[str, Any], shape: Shape, signature: Check, issuer_key: Check, *,
               with_status: bool, details: dict[str, Any], status: Check | None = None) -> VerificationReport:
        """Dates, status and trust after the proof checks, then the report.

        ``signature`` may be a FORMAT check (a malformed proof or a refused algorithm: nothing was
        computed); it then stands for the format check, and the signature is reported as not checked.
        """
        format_check = shape.check
        if signature.name is FORMAT:
            result = "missing" if signature.message == "format.unsigned" else "not_checked"
            format_check, signature = signature, checks.unknown(SIGNATURE, result)
        # skipped lines say what today's rule says (model.skipped), whichever format built them
        forged = is_mismatch(signature)
        if issuer_key.message == "issuer_key.skipped":
            issuer_key = checks.unknown(ISSUER_KEY, skipped.issuer_key_result(
                forged=forged, format_failed=format_check.status is CheckStatus.FAILED), issuer_key.details)
        integrity = (format_check, signature, issuer_key)
        invalid = not forged and any(c.status is CheckStatus.FAILED for c in integrity)
        if status is not None and status.message == "revocation.skipped":
            status = checks.unknown(CheckName.STATUS, skipped.status_result(forged=forged, invalid=invalid),
                                    status.details)
        authentic = all(c.status is CheckStatus.OK for c in integrity)
        found = [format_check, signature, issuer_key,
                 *date_checks(shape.validity, self.clock.now(), self.skew, authentic=authentic)]
        if with_status:
            if status is not None:
                found.append(status)
            elif authentic:
                found.append(self._status.check(document))
            elif document.get("credentialStatus") is not None:
                found.append(checks.unknown(CheckName.STATUS, skipped.status_result(forged=forged, invalid=invalid)))
            else:
                found.append(checks.ok(CheckName.STATUS, "none"))
        found.append(trust_check(self.trust, shape.issuer_id, shape.issuer_name, proven=authentic))
        return self._report("credential", document, found, issuer=shape.issuer_id, details=details)

    def _report(self, kind: str, document: Any, found: list[Check], **extra: Any) -> VerificationReport:
        subject = document.get("id") if isinstance(document, dict) else None
        if isinstance(subject, str) and subject.startswith("data:"):  # an envelope's content, not a name
            subject = None
        title = title_of(document) if isinstance(document, dict) and kind == "credential" else None
        return VerificationReport(kind=kind, subject=subject if isinstance(subject, str) else None,
                                  checks=tuple(found), verified_at=self.clock.now(), title=title, **extra)

    def garbled(self, kind: str, exc: BaseException) -> VerificationReport:
        """Malformed input (a typed error): one FAILED format check with its sentence."""
        reason = exc.message if isinstance(exc, SatchelError) else "its structure is not valid."
        details: dict[str, Any] = {"error": type(exc).__name__, "reason": reason}
        check = checks.failed(FORMAT, "malformed", details, reason=reason)
        return VerificationReport(kind=kind, subject=None, checks=(check,), verified_at=self.clock.now())

    def engine_error(self, kind: str, exc: BaseException) -> VerificationReport:
        """A bug in Satchel, not a fault of the document: UNKNOWN, and logged for a bug report."""
        log_bug(__name__, "Satchel could not finish verifying a %s", kind, exc=exc)
        frame = traceback_tail(exc)
        details = {"error": type(exc).__name__, "where": frame}
        check = checks.unknown(FORMAT, "engine_error", details)
        return VerificationReport(kind=kind, subject=None, checks=(check,), verified_at=self.clock.now())


def traceback_tail(exc: BaseException) -> str | None:
    """``file.py:line`` where the error was raised, for the report's details."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None:
        return None
    return f"{tb.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{tb.tb_lineno}"


def json_ld_refusal(exc: UnknownContext | UnsafeDocument) -> Check:
    """An unknown context is a vocabulary Satchel lacks (UNKNOWN); an unsafe document is malformed."""
    if isinstance(exc, UnknownContext):
        return unknown_context(exc.url)
    return checks.failed(FORMAT, "unsafe", {"reason": exc.reason})


def too_complex() -> Check:
    """The proof could not be checked in bounded time (RDFC-1.0 work limit): unknown, never failed."""
    return checks.unknown(CheckName.SIGNATURE, "too_complex")


def _decode(value: Any) -> Any:
    """A JSON object given as text becomes a dict; a compact token stays a string."""
    if isinstance(value, bytes):
        value = value.decode("utf-8")
    if isinstance(value, str) and value.lstrip().startswith("{"):
        return loads(value)
    return value


def _as_text(document: Any) -> str:
    if not isinstance(document, str):
        raise ImportRefused("A VC-JWT must be a compact JWS string.")
    return document


def _guess_form(document: Any) -> SignedForm:
    from satchel.vc import ob2
    if isinstance(document, str):
        return SignedForm.OB2_SIGNED if ob2.looks_like_signed_ob2(document) else SignedForm.VC_JWT
    if isinstance(document, dict) and ob2.looks_like_ob2(document):
        return SignedForm.OB2_HOSTED
    return SignedForm.DATA_INTEGRITY


def _looks_like_jades(document: Any) -> bool:
    from satchel.vc import jades
    return jades.looks_like_jades(document)


def _is_sd_jwt_vc(document: Any) -> bool:
    if not isinstance(document, str) or "~" not in document:
        return False
    from satchel.model.sd_jwt import is_sd_jwt_vc
    from satchel.vc import sd_jwt
    parsed = sd_jwt.parse(document)
    return is_sd_jwt_vc(parsed.header, parsed.payload)


def _vp_binding(results: list[ProofResult], proven: set[str], purpose: str, resolver: DidResolver) -> VpBinding:
    """The keys that made the presentation's valid holder proofs, and its proof's challenge and domain."""
    from satchel.vc.sd_jwt_holder import VpBinding, signer_thumbprints  # with presentations only
    methods = [r.verification_method for r in results
               if r.ok and r.purpose == purpose and r.controller in proven and r.verification_method]
    first = next((r for r in results if r.purpose == purpose), None)
    return VpBinding(signer_thumbprints(methods, resolver), first.challenge if first else None,
                     first.domain if first else None)


def _embedded(document: dict[str, Any]) -> list[Any]:
    embedded = document.get("verifiableCredential")
    if embedded is None:
        return []
    items = embedded if isinstance(embedded, list) else [embedded]
    if len(items) > MAX_CREDENTIALS_IN_PRESENTATION:
        raise TooLarge(f"This presentation holds {len(items)} credentials; Satchel takes at most "
                       f"{MAX_CREDENTIALS_IN_PRESENTATION} in one presentation.", code="too_many_credentials",
                       count=len(items), limit=MAX_CREDENTIALS_IN_PRESENTATION)
    return items


__all__ = ["Verifier"]
