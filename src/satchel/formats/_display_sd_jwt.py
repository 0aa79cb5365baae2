"""Display fields of an SD-JWT VC, read from its disclosed claims (registered JWT claims + the vct's own)."""

from __future__ import annotations

from typing import Any

from satchel.formats._display import _instant, _text
from satchel.model.credential import DisplayFields


def sd_jwt_display(claims: dict[str, Any], disclosable: list[str]) -> DisplayFields:
    achievement = claims.get("achievement") if isinstance(claims.get("achievement"), dict) else {}
    vct = claims.get("vct") if isinstance(claims.get("vct"), str) else None
    achievement_name = _text(achievement.get("name"))
    person = " ".join(x for x in (_text(claims.get("given_name")), _text(claims.get("family_name"))) if x)
    issued = _instant(claims.get("iat"))
    return DisplayFields(
        name=_text(claims.get("name")) or achievement_name or (vct.rstrip("/").rsplit("/", 1)[-1] if vct else None),
        description=_text(claims.get("description")) or _text(achievement.get("description")),
        issuer_id=claims.get("iss") if isinstance(claims.get("iss"), str) else None,
        subject_name=person or None,
        subject_id=claims.get("sub") if isinstance(claims.get("sub"), str) else None,
        issued=issued,
        valid_from=_instant(claims.get("nbf")) or issued,
        valid_until=_instant(claims.get("exp")),
        achievement_type=_text(achievement.get("achievement_type")),
        achievement_name=achievement_name,
        extra={"vct": vct, "disclosable": disclosable},
    )
