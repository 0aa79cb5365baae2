"""Display fields of a Europass European Digital Credential (European Learning Model 3).

An EDC says what was achieved in ``credentialSubject.hasClaim`` (a LearningAchievement, often with its
specification in ``specifiedBy``), who awarded it in ``awardedBy.awardingBody``, and carries its own
picture of the diploma in ``displayParameter``. Texts are language maps (``{"en": "…"}``).
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from satchel.formats._limits import MAX_DATA_URI_CHARS
from satchel.formats.microcredential._lookup import text
from satchel.formats.microcredential._render import credit_point
from satchel.model.credential import DisplayFields
from satchel.model.microcredential import AnnexChecklist

ELM_TYPES = frozenset({"EuropeanDigitalCredential", "EuropassCredential"})
_IMAGE_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "GIF": "image/gif", "SVG": "image/svg+xml"}


def is_elm(document: dict[str, Any]) -> bool:
    types = document.get("type")
    names = set(types) if isinstance(types, list) else {types}
    return bool(names & ELM_TYPES)


def elm_display(doc: dict[str, Any], base: DisplayFields, checklist: AnnexChecklist) -> DisplayFields:
    """``base`` (what the generic VC reader found) completed with what an EDC states in its own terms."""
    subject = _obj(doc.get("credentialSubject"))
    claim = _first(subject.get("hasClaim"))
    spec = _first(claim.get("specifiedBy"))
    awarding = _obj(_obj(claim.get("awardedBy")).get("awardingBody"))
    issuer = _obj(doc.get("issuer"))
    display = _obj(doc.get("displayParameter"))
    values = {e.key: e.value for e in checklist.elements}
    issuer_name = text(issuer.get("legalName")) or text(awarding.get("legalName")) or base.issuer_name
    return DisplayFields(
        name=text(claim.get("title")) or text(spec.get("title")) or text(display.get("title")) or base.name,
        description=text(claim.get("description")) or text(spec.get("description"))
        or text(display.get("description")) or base.description,
        issuer_name=issuer_name,
        issuer_id=base.issuer_id,
        subject_name=values["learner"] if values["learner"] != _string(subject.get("id")) else base.subject_name,
        subject_id=base.subject_id,
        issued=base.issued,
        valid_from=base.valid_from,
        valid_until=base.valid_until,
        image=_display_image(display) or base.image,
        achievement_type=text(spec.get("dcType")) or base.achievement_type,
        achievement_name=text(claim.get("title")) or base.achievement_name,
        criteria=base.criteria,
        credential_id=base.credential_id,
        public_url=base.public_url,
        vc_version=base.vc_version,
        alignments=base.alignments,
        related=base.related,
        extra={**base.extra, "elm": True, "credits": values["workload"], "level": values["level"],
               "spec_id": _string(spec.get("id")), "spec_credits": _ects(spec.get("creditPoint")),
               "parts": _parts(spec.get("hasPart"))},
    )


def _parts(value: Any) -> list[dict[str, Any]]:
    """The parts of a qualification (``specifiedBy.hasPart``): id, title and ECTS credits when stated."""
    found = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str):
            found.append({"id": item})
        elif isinstance(item, dict) and isinstance(item.get("id"), str):
            entry: dict[str, Any] = {"id": item["id"]}
            title = text(item.get("title"))
            if title:
                entry["name"] = title
            credits = _ects(item.get("creditPoint"))
            if credits is not None:
                entry["credits"] = credits
            found.append(entry)
    return found[:400]


def _ects(value: Any) -> float | None:
    """ECTS credits of an ELM ``creditPoint`` (only when its framework is ECTS)."""
    items = value if isinstance(value, list) else [value]
    for item in items:
        rendered = credit_point(item)
        if rendered and rendered.endswith(" ECTS"):
            try:
                return float(rendered.removesuffix(" ECTS"))
            except ValueError:
                return None
    return None


def _display_image(display: dict[str, Any]) -> str | None:
    """The diploma picture the issuer put in ``displayParameter…displayDetail.image`` (base64 content)."""
    individual = display.get("individualDisplay")
    for item in individual if isinstance(individual, list) else [individual]:
        detail = _obj(item).get("displayDetail")
        for page in detail if isinstance(detail, list) else [detail]:
            image = _obj(_obj(page).get("image"))
            uri = _data_uri(image)
            if uri:
                return uri
    return None


def _data_uri(image: dict[str, Any]) -> str | None:
    content = image.get("content")
    if not isinstance(content, str) or not content or len(content) > MAX_DATA_URI_CHARS:
        return None
    kind = text(image.get("contentType")) or ""
    media = _IMAGE_TYPES.get(kind.upper())
    if media is None:
        return None
    try:
        base64.b64decode(content[:64] + "=" * (-len(content[:64]) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None
    return f"data:{media};base64,{content}"


def _obj(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _first(value: Any) -> dict[str, Any]:
    if isinstance(value, list):
        value = next((item for item in value if isinstance(item, dict)), None)
    return _obj(value)


def _string(value: Any) -> str | None:
    return value if isinstance(value, str) else None


__all__ = ["elm_display", "is_elm"]
