"""The verification engine (and presentation signing): JSON-LD with bundled contexts, cryptosuites,
DID resolution, dates, status lists, issuer trust → a :class:`satchel.model.VerificationReport`."""
