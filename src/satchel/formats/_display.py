"""What a list or detail page shows, read once from a credential document. Never fails: missing -> None."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from typing import Any

from satchel.clock import isoformat, parse_instant
from satchel.formats._display_elm import elm_display, is_elm
from satchel.formats._limits import MAX_DATA_URI_CHARS
from satchel.formats.microcredential import eu_checklist
from satchel.model.credential import CredentialFormat, DisplayFields, SignedForm
from satchel.model.microcredential import AnnexChecklist
from satchel.model.naming import credential_description, credential_name

VC_V2_CONTEXT = "https://www.w3.org/ns/credentials/v2"
VC_V1_CONTEXT = "https://www.w3.org/2018/credentials/v1"
_ALIGNMENT_KEYS = ("targetName", "targetUrl", "targetFramework", "targetCode", "targetDescription", "targetType")
_RELATION_KEYS = ("related", "resultDescription", "isPartOf", "hasPart", "partOf")
_SCALAR = (str, int, float, bool)


def extract_display(document: object, *, signed_form: SignedForm, fmt: CredentialFormat) -> DisplayFields:
    """Display fields of a VC / OB 3.0 credential or an OB 2.0 assertion (``signed_form`` tells which)."""
    if not isinstance(document, dict):
        return DisplayFields()
    checklist = eu_checklist(document, signed_form=signed_form)  # read once, for the ELM fields and the count
    if signed_form in (SignedForm.OB2_HOSTED, SignedForm.OB2_SIGNED):
        display = _ob2_display(document)
    elif is_elm(document):
        display = elm_display(document, _vc_display(document), checklist)
    else:
        display = _vc_display(document)
    return _with_eu_summary(display, checklist)


def _with_eu_summary(display: DisplayFields, checklist: AnnexChecklist) -> DisplayFields:
    """How many of the EU micro-credential's mandatory elements the credential states (for list filters)."""
    if checklist.mandatory_present == 0:
        return display
    summary = {"present": checklist.mandatory_present, "total": checklist.mandatory_total}
    return replace(display, extra={**display.extra, "eu": summary})


def _vc_display(doc: dict[str, Any]) -> DisplayFields:
    subject = _first_object(doc.get("credentialSubject"))
    achievement = _first_object(subject.get("achievement"))
    issuer_id, issuer_name = _party(doc.get("issuer"))
    achievement_name = _text(achievement.get("name"))
    valid_from = _instant(doc.get("validFrom")) or _instant(doc.get("issuanceDate")) or _instant(doc.get("nbf"))
    credential_id = _string(doc.get("id"))
    return DisplayFields(
        name=credential_name(doc),
        description=credential_description(doc),
        issuer_name=issuer_name,
        issuer_id=issuer_id,
        subject_name=_text(subject.get("name")) or _plain_identifier(subject.get("identifier")),
        subject_id=_string(subject.get("id")),
        issued=valid_from or _instant(subject.get("awardedDate")) or _instant(doc.get("awardedDate"))
        or _instant(doc.get("iat")),
        valid_from=valid_from,
        valid_until=_instant(doc.get("validUntil")) or _instant(doc.get("expirationDate")) or _instant(doc.get("exp")),
        image=_image(achievement.get("image")) or _image(doc.get("image")),
        achievement_type=_string(achievement.get("achievementType")),
        achievement_name=achievement_name,
        criteria=_criteria(achievement.get("criteria")),
        credential_id=credential_id,
        public_url=credential_id if _is_https(credential_id) else None,
        vc_version=_vc_version(doc.get("@context")),
        alignments=_alignments(achievement.get("alignment")),
        related=_related(achievement) + _related(doc),
        extra=_extra(
            types=_strings(doc.get("type")),
            achievement_id=_string(achievement.get("id")),
            issuer_url=_string(_as_object(doc.get("issuer")).get("url")),
            issuer_image=_image(_as_object(doc.get("issuer")).get("image")),
        ),
    )


def _ob2_display(doc: dict[str, Any]) -> DisplayFields:
    badge = _as_object(doc.get("badge"))
    issuer_id, issuer_name = _party(badge.get("issuer"))
    badge_name = _text(badge.get("name"))
    assertion_id = _string(doc.get("id"))
    verification = _as_object(doc.get("verification")) or _as_object(doc.get("verify"))
    issued = _instant(doc.get("issuedOn"))
    return DisplayFields(
        name=badge_name,
        description=_text(badge.get("description")),
        issuer_name=issuer_name,
        issuer_id=issuer_id,
        subject_name=None,  # the OB 2.0 recipient is (usually) a salted hash
        subject_id=None,
        issued=issued,
        valid_from=issued,
        valid_until=_instant(doc.get("expires")),
        image=_image(doc.get("image")) or _image(badge.get("image")),
        achievement_type=None,
        achievement_name=badge_name,
        criteria=_criteria(badge.get("criteria")),
        credential_id=assertion_id,
        public_url=assertion_id if _is_web(assertion_id) else _web_or_none(_string(verification.get("url"))),
        vc_version="ob2",
        alignments=_alignments(badge.get("alignment")),
        related=_related(badge),
        extra=_extra(
            types=_strings(doc.get("type")),
            badge_id=_string(badge.get("id")) or _string(doc.get("badge")),
            verification_type=_string(verification.get("type")),
            details_url=_details_url(doc, badge),
        ),
    )


def _details_url(doc: dict[str, Any], badge: dict[str, Any]) -> str | None:
    """Where the badge's name and issuer are when the assertion only points to them: the badge URL (or,
    for an assertion known only by its address, that address). Shown as "details on the issuer's server"."""
    if badge.get("name"):
        return None
    badge_url = doc.get("badge")
    if isinstance(badge_url, str) and _is_web(badge_url):
        return badge_url
    assertion = _string(doc.get("id"))
    return assertion if assertion and _is_web(assertion) and not doc.get("badge") else None


def _as_object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _first_object(value: Any) -> dict[str, Any]:
    if isinstance(value, list):
        value = next((item for item in value if isinstance(item, dict)), None)
    return _as_object(value)


def _string(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("id")
    return value if isinstance(value, str) and value.strip() else None


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str)]
    return []


def _text(value: Any) -> str | None:
    """A plain string, a JSON-LD value object ``{"@value": …}`` or a list of language variants."""
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, dict):
        inner = value.get("@value")
        return inner if isinstance(inner, str) and inner.strip() else None
    if isinstance(value, list):
        return next((text for text in map(_text_not_list, value) if text), None)
    return None


def _text_not_list(value: Any) -> str | None:
    return None if isinstance(value, list) else _text(value)


def _party(value: Any) -> tuple[str | None, str | None]:
    """An issuer given as a URL/DID string or as a profile object -> (id, name)."""
    if isinstance(value, str):
        return _string(value), None
    obj = _as_object(value)
    return _string(obj.get("id")), _text(obj.get("name"))


def _plain_identifier(value: Any) -> str | None:
    """An OB 3.0 IdentityObject whose ``identityHash`` is not hashed (names first, then anything else)."""
    candidates = [item for item in (value if isinstance(value, list) else [value]) if isinstance(item, dict)]
    plain = [item for item in candidates if item.get("hashed") is False and _string(item.get("identityHash"))]
    named = [item for item in plain if item.get("identityType") == "name"]
    chosen = next(iter(named or plain), None)
    return _string(chosen.get("identityHash")) if chosen else None


def _instant(value: Any) -> str | None:
    """An ISO 8601 string or a JWT NumericDate -> ``YYYY-MM-DDTHH:MM:SSZ``; anything else -> None."""
    try:
        if isinstance(value, bool):
            return None
        if isinstance(value, (int, float)):
            return isoformat(datetime.fromtimestamp(value, timezone.utc))
        if isinstance(value, str) and len(value) <= 64:
            return isoformat(parse_instant(value))
    except (ValueError, OverflowError, OSError):
        return None
    return None


def _image(value: Any) -> str | None:
    url = _string(value)
    if url is None:
        return None
    if url.startswith(("https://", "http://")) and len(url) <= 4096:
        return url
    if url.startswith("data:image/") and len(url) <= MAX_DATA_URI_CHARS:
        return url
    return None


def _criteria(value: Any) -> str | None:
    if isinstance(value, str):
        return _string(value)
    obj = _as_object(value)
    return _text(obj.get("narrative")) or _string(obj.get("id"))


def _is_https(url: str | None) -> bool:
    return url is not None and url.startswith("https://")


def _is_web(url: str | None) -> bool:
    return url is not None and url.startswith(("https://", "http://"))


def _web_or_none(url: str | None) -> str | None:
    return url if _is_web(url) else None


def _vc_version(context: Any) -> str | None:
    contexts = _strings(context)
    if VC_V2_CONTEXT in contexts:
        return "2.0"
    if VC_V1_CONTEXT in contexts:
        return "1.1"
    return None


def _alignments(value: Any) -> tuple[dict[str, Any], ...]:
    items = value if isinstance(value, list) else [value]
    found = []
    for item in items:
        if isinstance(item, dict):
            kept = {key: item[key] for key in _ALIGNMENT_KEYS if isinstance(item.get(key), str)}
            if kept:
                found.append(kept)
    return tuple(found)


def _related(owner: dict[str, Any]) -> tuple[dict[str, Any], ...]:
    """Stacking information: related achievements, result descriptions, part-of links."""
    found = []
    for relation in _RELATION_KEYS:
        value = owner.get(relation)
        for item in value if isinstance(value, list) else [value]:
            entry = _relation_entry(relation, item)
            if entry:
                found.append(entry)
    return tuple(found)


def _relation_entry(relation: str, item: Any) -> dict[str, Any] | None:
    if isinstance(item, str) and item.strip():
        return {"relation": relation, "id": item}
    if not isinstance(item, dict):
        return None
    entry: dict[str, Any] = {"relation": relation}
    for key, value in item.items():
        if isinstance(value, _SCALAR):
            entry[key] = value
        elif isinstance(value, list) and all(isinstance(part, str) for part in value):
            entry[key] = list(value)
        elif key == "name" and _text(value):
            entry[key] = _text(value)
    return entry if len(entry) > 1 else None


def _extra(**values: Any) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value not in (None, [], "")}
