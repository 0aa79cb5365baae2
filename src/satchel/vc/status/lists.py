"""Plain revocation lists: 1EdTech ``1EdTechRevocationList`` (OB 3.0) and OB 2.0 ``RevocationList``."""

from __future__ import annotations

from typing import Any


def revoked_entry(revocation_list: dict[str, Any], credential_id: str | None,
                  field: str) -> dict[str, Any] | None:
    """The entry of ``field`` (``revokedCredentials`` / ``revokedAssertions``) naming the credential.

    Entries may be bare ids or objects with ``id`` (and an optional ``revocationReason``).
    """
    if not credential_id:
        return None
    entries = revocation_list.get(field) or []
    if not isinstance(entries, list):
        return None
    for entry in entries:
        if entry == credential_id:
            return {"id": entry}
        if isinstance(entry, dict) and (entry.get("id") == credential_id or entry.get("uid") == credential_id):
            return entry
    return None
