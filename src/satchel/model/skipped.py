"""What a check left out because of the signature says, by today's verdict rules: one rule for the verifier
(``Verifier.finish``) and for stored reports read again (:mod:`satchel.model.stored_report`).

Only a computed signature that did not match may say "the signature is not valid" (issuer key) or "the
credential is not authentic" (status); after a malformed document or a key that is not the issuer's the line
says the credential is not valid; after a signature that could not be checked, just that.
"""

from __future__ import annotations


def issuer_key_result(*, forged: bool, format_failed: bool) -> str:
    """The result key of a skipped issuer-key check (``issuer_key.<result>``)."""
    if forged:
        return "skipped"
    return "skipped_invalid" if format_failed else "skipped_unchecked"


def status_result(*, forged: bool, invalid: bool) -> str:
    """The result key of a skipped status check (``revocation.<result>``); ``invalid``: an integrity check
    failed without a signature mismatch."""
    if forged:
        return "skipped"
    return "skipped_invalid" if invalid else "not_checked"
