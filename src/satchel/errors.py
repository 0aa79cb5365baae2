"""Every error Satchel raises on purpose derives from :class:`SatchelError`.

Each carries a stable ``code`` (used to pick the translated sentence in :mod:`satchel.i18n`) and an
English ``message`` that a learner can read. Secrets never go into either.

    SatchelError
    ├── UsageError                 bad arguments from a caller (CLI exit code 2)
    ├── FileAccessError            a file that cannot be read or written (missing, a folder, denied)
    ├── WalletError
    │   ├── WalletNotFound         no wallet at that place yet
    │   ├── WalletExists           refusing to overwrite an existing wallet
    │   ├── WrongPassphrase        the passphrase does not open the wallet (nothing was changed)
    │   ├── WalletLocked           an operation needs an unlocked wallet
    │   │   └── PassphraseChanged  another process changed the passphrase: unlock again
    │   ├── WalletCorrupt          the file is not a Satchel wallet or is damaged
    │   ├── CredentialNotFound     no credential with that id
    │   └── BackupError            a backup file that cannot be read (wrong passphrase, damaged)
    ├── ImportRefused              an incoming file/text is not a credential we can keep
    │   ├── TooLarge / TooDeep     caps on size and nesting
    │   ├── Malformed              broken JSON, JWT, PNG, SVG …
    │   ├── UnsafeContent          XML entities, external references …
    │   ├── NoCredentialFound      e.g. an image with no baked badge
    │   └── UnsupportedFormat      something we do not recognise
    ├── FetchError                 the network (always through satchel.net)
    │   ├── FetchRefused           not https, private address, unknown host policy
    │   └── FetchFailed            unreachable, timeout, HTTP error, too large
    │       └── StaleDocument      only a cached copy older than its freshness limit is at hand
    ├── VerificationError          the verifier could not even start (checks report the rest)
    │   ├── UnknownContext         a JSON-LD context that is not bundled (never fetched)
    │   ├── UnsafeDocument         terms that do not expand / protected-term redefinition
    │   ├── CanonicalizationTooComplex  blank nodes whose canonical form would take unbounded work
    │   ├── DidResolutionError     a DID or verification method that cannot be resolved
    │   └── InvalidKey             malformed or unsupported key material
    ├── ShareError                 presentations, QR payloads, scanning, exports
    │   ├── HolderKeyMismatch      a credential bound (cnf) to another key than the one that would sign
    │   ├── PayloadRefused         bad / hostile QR payload (bomb, too many parts, bad checksum)
    │   └── ScanError              no camera, no code found, unreadable image
    │       └── ChallengeCodeRefused   a recruiter's challenge code that cannot be used (bad domain, …)
    └── ExchangeError              online issuance and presentation (OpenID4VCI, OpenID4VP, VC-API)
        ├── ExchangeRefused        a link or request Satchel will not act on; nothing was sent
        └── ExchangeFailed         the issuer or verifier answered with an error
"""

from __future__ import annotations

from typing import Any


class SatchelError(Exception):
    """Root of Satchel's errors. ``code`` selects the translated sentence; ``params`` fill it."""

    code = "error"
    default_message = "Something went wrong."

    def __init__(self, message: str | None = None, *, code: str | None = None, **params: Any) -> None:
        self.message = message or self.default_message
        if code:
            self.code = code
        self.params = params
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class UsageError(SatchelError):
    code = "usage"
    default_message = "The command was not used correctly."


class FileAccessError(SatchelError):
    """A file or folder the user named cannot be read or written. ``code`` says why:
    ``file_missing``, ``file_is_folder``, ``file_denied`` or ``file_access``; ``path`` names it."""

    code = "file_access"
    default_message = "The file cannot be used."

    @classmethod
    def from_os_error(cls, exc: OSError, path: object = None, *, writing: bool = False) -> FileAccessError:
        where = str(path if path is not None else (exc.filename or "?"))
        if isinstance(exc, FileNotFoundError):
            if writing:
                return cls(f"Cannot write {where}: its folder does not exist.", code="file_no_folder", path=where)
            return cls(f"There is no file {where}.", code="file_missing", path=where)
        if isinstance(exc, IsADirectoryError):
            return cls(f"{where} is a folder, not a file.", code="file_is_folder", path=where)
        if isinstance(exc, NotADirectoryError | FileExistsError):
            return cls(f"Part of the path {where} is a file, not a folder.", code="file_missing", path=where)
        if isinstance(exc, PermissionError):
            if writing:
                return cls(f"You are not allowed to write {where}.", code="file_denied", path=where)
            return cls(f"You are not allowed to read {where}.", code="file_denied", path=where)
        reason = exc.strerror or type(exc).__name__
        if writing:
            return cls(f"{where} cannot be written ({reason}).", path=where)
        return cls(f"{where} cannot be read ({reason}).", path=where)


class WalletError(SatchelError):
    code = "wallet"
    default_message = "The wallet could not be used."


class WalletNotFound(WalletError):
    code = "wallet_not_found"
    default_message = "There is no wallet here yet. Create one first (satchel init)."


class WalletExists(WalletError):
    code = "wallet_exists"
    default_message = "A wallet already exists here; it was left untouched."


class WrongPassphrase(WalletError):
    code = "wrong_passphrase"
    default_message = "The passphrase is wrong. Nothing was changed; try again."


class WalletLocked(WalletError):
    code = "wallet_locked"
    default_message = "The wallet is locked. Unlock it first."


class PassphraseChanged(WalletLocked):
    """The wallet's passphrase was changed (``satchel passwd``, another window) while this one had it
    open: its key no longer opens the file. The wallet is locked; unlocking with the new one works."""

    code = "passphrase_changed"
    default_message = ("The wallet's passphrase was changed in another window or with 'satchel passwd'. "
                       "Unlock it again with the new passphrase.")


class WalletCorrupt(WalletError):
    code = "wallet_corrupt"
    default_message = "This file is not a Satchel wallet, or it is damaged."


class CredentialNotFound(WalletError):
    code = "credential_not_found"
    default_message = "There is no credential with that id in this wallet."


class BackupError(WalletError):
    code = "backup"
    default_message = "The backup could not be read: the passphrase is wrong or the file is damaged."


class ImportRefused(SatchelError):
    code = "import_refused"
    default_message = "This file could not be added to the wallet."


class TooLarge(ImportRefused):
    code = "too_large"
    default_message = "The file is too large to be a credential."


class TooDeep(ImportRefused):
    code = "too_deep"
    default_message = "The document is nested too deeply to be a credential."


class Malformed(ImportRefused):
    code = "malformed"
    default_message = "The file is damaged or is not in a format Satchel understands."


class UnsafeContent(ImportRefused):
    code = "unsafe_content"
    default_message = "The file contains unsafe content (such as external references) and was refused."


class NoCredentialFound(ImportRefused):
    code = "no_credential"
    default_message = "No credential was found in this file."


class UnsupportedFormat(ImportRefused):
    code = "unsupported_format"
    default_message = "Satchel does not recognise this kind of file as a credential."


class FetchError(SatchelError):
    code = "fetch"
    default_message = "The document could not be downloaded."


class FetchRefused(FetchError):
    code = "fetch_refused"
    default_message = "Satchel refuses to download from this address."


class FetchFailed(FetchError):
    code = "fetch_failed"
    default_message = "The server could not be reached or did not answer correctly."


class StaleDocument(FetchFailed):
    """The network gave nothing newer and the cached copy is past its freshness limit (its own
    ``validUntil``/``ttl``, else the user's maximum age). ``age_seconds``, ``fetched_at`` and ``url``
    are in ``params``; a verifier never uses such a copy (the check becomes unknown)."""

    code = "stale_document"
    default_message = "Only an outdated copy of the document is available; refresh it with `satchel cache refresh`."


class VerificationError(SatchelError):
    code = "verification"
    default_message = "The credential could not be verified."


class ShareError(SatchelError):
    code = "share"
    default_message = "The credentials could not be shared."


class HolderKeyMismatch(ShareError):
    """An SD-JWT credential names (``cnf``) no key, or another key than the wallet key that would sign its key
    binding JWT: presenting it would prove nothing, so nothing is signed."""

    code = "holder_key_mismatch"
    default_message = ("This credential is bound to another key than this wallet's holder key, so it cannot be "
                       "presented with proof of holding it.")


class PayloadRefused(ShareError):
    code = "payload_refused"
    default_message = "This QR code does not hold a presentation Satchel can read."


class ScanError(ShareError):
    code = "scan"
    default_message = "No readable QR code was found."


class ChallengeCodeRefused(ScanError):
    """A recruiter's challenge code (``SATCHEL-CHALLENGE:…``) that is malformed or names a domain that is not a
    host name: nothing of it is used. ``code`` says which (challenge_malformed, challenge_domain, challenge_part)."""

    code = "challenge_malformed"
    default_message = "This recruiter's challenge code is malformed: it was not used."


class UnknownContext(VerificationError):
    """A JSON-LD context (or other document) that is neither bundled nor served by the injected fetcher."""

    code = "unknown_context"
    default_message = "The credential uses a JSON-LD context Satchel does not know; it was not fetched."

    def __init__(self, url: str, message: str | None = None) -> None:
        self.url = url
        super().__init__(message or f"The credential uses an unknown JSON-LD context ({url}); "
                         "Satchel does not fetch contexts.", url=url)


class UnsafeDocument(VerificationError):
    """JSON-LD processing would silently drop or misread part of the document (the "safe mode" check)."""

    code = "unsafe_document"
    default_message = "Part of the credential does not have a defined meaning, so it cannot be verified."

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason, reason=reason)


class CanonicalizationTooComplex(VerificationError):
    """RDFC-1.0 would need more than its bounded work (a "poison graph" of look-alike blank nodes)."""

    code = "too_complex"
    default_message = ("The credential is too complex to check: its structure would take too long to put "
                       "in canonical form.")


class DidResolutionError(VerificationError):
    """A DID or verification method could not be resolved to a key."""

    code = "did_resolution"
    default_message = "The signer's key could not be found."


class InvalidKey(VerificationError):
    """Key material (multikey, JWK, secret key) that is malformed or of an unsupported type."""

    code = "invalid_key"
    default_message = "The key is malformed or of a kind Satchel does not support."


class ExchangeError(SatchelError):
    code = "exchange"
    default_message = "The exchange with the issuer or verifier did not complete."


class ExchangeRefused(ExchangeError):
    """A link or request Satchel will not act on. ``reason`` names why; nothing was sent."""

    code = "exchange_refused"
    default_message = "Satchel refused this request; nothing was sent."

    def __init__(self, message: str | None = None, *, reason: str = "refused", **params: Any) -> None:
        self.reason = reason
        super().__init__(message, code=f"refused_{reason}", reason=reason, **params)


class ExchangeFailed(ExchangeError):
    code = "exchange_failed"
    default_message = "The issuer or verifier answered with an error."
