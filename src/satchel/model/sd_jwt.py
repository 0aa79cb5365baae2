"""SD-JWT (``jws~disclosure~…~[kb-jwt]``, RFC 9901 / SD-JWT VC): read the parts, put the disclosed claims back,
list which claims can be hidden (as JSON pointers), and keep only the disclosures a holder chooses.

Never verifies signatures (that is :mod:`satchel.vc.sd_jwt`). Digests use the payload's ``_sd_alg``
(sha-256 by default; sha-384 and sha-512 too); with any other algorithm nothing is disclosed.
Pure: the caller passes its own strict JSON reader (``read``: base64url text and what it is → a value), so the
importers (satchel.formats) and the verifier (satchel.vc) each keep their own caps.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from satchel.errors import Malformed, TooDeep, UsageError

Reader = Callable[[str, str], Any]  # (base64url text, what it is) -> decoded JSON value; raises Malformed
_MAX_TOTAL_DEPTH = 256
MAX_DISCLOSURES = 1000
HASHES = {"sha-256": hashlib.sha256, "sha-384": hashlib.sha384, "sha-512": hashlib.sha512}
SD_JWT_VC_TYPES = ("dc+sd-jwt", "vc+sd-jwt")


@dataclass(frozen=True)
class Disclosure:
    encoded: str
    salt: str
    name: str | None  # None for an array element
    value: Any


@dataclass(frozen=True)
class SdJwt:
    issuer_jwt: str
    header: dict[str, Any]
    payload: dict[str, Any]
    disclosures: tuple[Disclosure, ...]
    kb_jwt: str | None

    @property
    def hash_name(self) -> str:
        value = self.payload.get("_sd_alg", "sha-256")
        return value if isinstance(value, str) else ""

    def digest(self, text: str) -> str | None:
        """base64url(hash(ascii text)) with the payload's algorithm, None when Satchel lacks it."""
        algorithm = HASHES.get(self.hash_name)
        if algorithm is None:
            return None
        return base64.urlsafe_b64encode(algorithm(text.encode("ascii")).digest()).rstrip(b"=").decode("ascii")

    @property
    def presented_part(self) -> str:
        """Everything up to and including the last ``~`` (what a key binding JWT's ``sd_hash`` covers)."""
        return "~".join([self.issuer_jwt, *(d.encoded for d in self.disclosures)]) + "~"


def split_sd_jwt(token: str, read: Reader) -> SdJwt:
    """The parts of ``token``; Malformed when it is not ``<jwt>~[<disclosure>~]*[<kb-jwt>]``."""
    parts = token.strip().split("~")
    if len(parts) < 2:
        raise Malformed("This is not an SD-JWT (no '~' separator).")
    if len(parts) - 2 > MAX_DISCLOSURES:
        raise Malformed("This SD-JWT carries too many disclosures.")
    pieces = parts[0].split(".")
    if len(pieces) != 3:
        raise Malformed("The issuer-signed part of this SD-JWT is not a compact JWS.")
    header, payload = read(pieces[0], "header"), read(pieces[1], "payload")
    if not isinstance(header, dict) or not isinstance(payload, dict):
        raise Malformed("The issuer-signed part of this SD-JWT does not hold JSON objects.")
    kb_jwt = parts[-1] or None
    disclosures = tuple(_read_disclosure(part, read) for part in parts[1:-1])
    if kb_jwt is not None and kb_jwt.count(".") != 2:
        raise Malformed("The last part of this SD-JWT is neither empty nor a key binding JWT.")
    return SdJwt(parts[0], header, payload, disclosures, kb_jwt)


def is_sd_jwt_vc(header: dict[str, Any], payload: dict[str, Any]) -> bool:
    """An SD-JWT VC (typ ``dc+sd-jwt`` or the older ``vc+sd-jwt``, or a ``vct`` claim without a ``vc`` one)."""
    return header.get("typ") in SD_JWT_VC_TYPES or (isinstance(payload.get("vct"), str) and "vc" not in payload)


def _read_disclosure(part: str, read: Reader) -> Disclosure:
    if not part:
        raise Malformed("This SD-JWT has an empty disclosure.")
    decoded = read(part, "disclosure")
    if not isinstance(decoded, list) or len(decoded) not in (2, 3) or not isinstance(decoded[0], str):
        raise Malformed("A disclosure in this SD-JWT is not a list of a salt and one or two items.")
    if len(decoded) == 3:
        if not isinstance(decoded[1], str):
            raise Malformed("A disclosure in this SD-JWT names its claim with something other than text.")
        return Disclosure(part, decoded[0], decoded[1], decoded[2])
    return Disclosure(part, decoded[0], None, decoded[1])


def _by_digest(sd: SdJwt) -> dict[str, Disclosure]:
    found: dict[str, Disclosure] = {}
    for disclosure in sd.disclosures:
        digest = sd.digest(disclosure.encoded)
        if digest is not None:
            found[digest] = disclosure
    return found


def disclosed_payload(sd: SdJwt) -> dict[str, Any]:
    """The issuer-signed payload with every disclosure carried by ``token`` substituted in."""
    result: dict[str, Any] = _substitute(sd.payload, _by_digest(sd), "", [], None, 0)  # a dict in, a dict out
    result.pop("_sd_alg", None)
    return result


def disclosable_pointers(sd: SdJwt) -> list[str]:
    """JSON pointers (into the disclosed claims) of every claim the holder may hide, in token order."""
    chains: dict[str, list[str]] = {}
    _substitute(sd.payload, _by_digest(sd), "", [], chains, 0)
    return list(chains)


def select(sd: SdJwt, pointers: list[str]) -> str:
    """``token`` with only the disclosures needed to reveal ``pointers`` (and the claims above them), no KB-JWT.

    A pointer to a claim that is always visible needs nothing; one that names no claim is a UsageError."""
    chains: dict[str, list[str]] = {}
    document = _substitute(sd.payload, _by_digest(sd), "", [], chains, 0)
    keep: set[str] = set()
    for pointer in pointers:
        if pointer in chains:
            keep.update(chains[pointer])
            keep.update(d for p, chain in chains.items() if p.startswith(pointer + "/") for d in chain)
        elif _resolves(document, pointer):
            keep.update(_chain_above(chains, pointer))
        else:
            raise UsageError(f"The credential has no claim at {pointer!r}.")
    kept = [d.encoded for d in sd.disclosures if d.encoded in keep]
    return "~".join([sd.issuer_jwt, *kept]) + "~"


def resolvable(sd: SdJwt, pointers: list[str]) -> list[str]:
    """The ``pointers`` that name a claim of this credential (hidden or always visible)."""
    document = _substitute(sd.payload, _by_digest(sd), "", [], None, 0)
    return [p for p in pointers if _resolves(document, p)]


def _chain_above(chains: dict[str, list[str]], pointer: str) -> list[str]:
    parent = pointer.rsplit("/", 1)[0]
    while parent:
        if parent in chains:
            return chains[parent]
        parent = parent.rsplit("/", 1)[0]
    return []


def _resolves(document: Any, pointer: str) -> bool:
    if not pointer.startswith("/"):
        return False
    node = document
    for token in pointer[1:].split("/"):
        key = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            return False
    return True


def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def _substitute(value: Any, disclosures: dict[str, Disclosure], path: str, chain: list[str],
                chains: dict[str, list[str]] | None, depth: int) -> Any:
    """Undisclosed digests are dropped; ``chains`` collects pointer → disclosures needed to reveal it."""
    if depth > _MAX_TOTAL_DEPTH:
        raise TooDeep("The disclosed claims of this SD-JWT are nested too deeply.")
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, sub in value.items():
            if key != "_sd":
                out[key] = _substitute(sub, disclosures, f"{path}/{_escape(key)}", chain, chains, depth + 1)
        digests = value.get("_sd")
        for digest in digests if isinstance(digests, list) else []:
            disclosure = disclosures.pop(digest, None) if isinstance(digest, str) else None
            if disclosure is None or disclosure.name is None or disclosure.name in out:
                continue
            pointer = f"{path}/{_escape(disclosure.name)}"
            inner = [*chain, disclosure.encoded]
            if chains is not None:
                chains[pointer] = inner
            out[disclosure.name] = _substitute(disclosure.value, disclosures, pointer, inner, chains, depth + 1)
        return out
    if isinstance(value, list):
        items: list[Any] = []
        for item in value:
            pointer = f"{path}/{len(items)}"
            if isinstance(item, dict) and set(item) == {"..."}:
                digest = item["..."]
                disclosure = disclosures.pop(digest, None) if isinstance(digest, str) else None
                if disclosure is not None and disclosure.name is None:
                    inner = [*chain, disclosure.encoded]
                    if chains is not None:
                        chains[pointer] = inner
                    items.append(_substitute(disclosure.value, disclosures, pointer, inner, chains, depth + 1))
                continue
            items.append(_substitute(item, disclosures, pointer, chain, chains, depth + 1))
        return items
    return value


def count_digests(value: Any, depth: int = 0) -> int:
    if depth > 64:
        raise Malformed("The claims of this SD-JWT are nested too deeply.")
    if isinstance(value, dict):
        own = len(value["_sd"]) if isinstance(value.get("_sd"), list) else 0
        if set(value) == {"..."}:
            return 1
        return own + sum(count_digests(v, depth + 1) for k, v in value.items() if k != "_sd")
    if isinstance(value, list):
        return sum(count_digests(v, depth + 1) for v in value)
    return 0


UNSIGNED_DISCLOSURE = "a disclosure is not referenced by any digest the issuer signed"  # the one digest mismatch


def disclosure_problem(sd: SdJwt) -> str | None:
    """None when every disclosure is referenced exactly once by a digest the issuer signed (RFC 9901 §7.1),
    no digest is listed twice and no disclosure replaces a claim; else what is wrong."""
    by_digest: dict[str, Disclosure] = {}
    for disclosure in sd.disclosures:
        digest = sd.digest(disclosure.encoded)
        if digest is None or digest in by_digest:
            return "a disclosure is given twice"
        by_digest[digest] = disclosure
    seen: set[str] = set()
    problem = _walk(sd.payload, by_digest, seen, 0)
    if problem is None and set(by_digest) - seen:
        problem = UNSIGNED_DISCLOSURE
    return problem


def _walk(value: Any, by_digest: dict[str, Disclosure], seen: set[str], depth: int) -> str | None:
    if depth > 64:
        return "nested too deeply"
    if isinstance(value, dict):
        digests = value.get("_sd", [])
        if not isinstance(digests, list):
            return "_sd is not a list"
        for digest in digests:
            if not isinstance(digest, str) or digest in seen:
                return "a digest is listed twice"
            seen.add(digest)
            found = by_digest.get(digest)
            if found is None:
                continue
            if found.name is None:
                return "an array element disclosure is used for an object property"
            if found.name in ("_sd", "...") or found.name in value:
                return f"the disclosure of {found.name[:40]!r} would replace a claim"
            if (problem := _walk(found.value, by_digest, seen, depth + 1)) is not None:
                return problem
        return next((p for k, v in value.items() if k != "_sd"
                     if (p := _walk(v, by_digest, seen, depth + 1)) is not None), None)
    if isinstance(value, list):
        for item in value:
            if isinstance(item, dict) and set(item) == {"..."}:
                digest = item["..."]
                if not isinstance(digest, str) or digest in seen:
                    return "a digest is listed twice"
                seen.add(digest)
                found = by_digest.get(digest)
                if found is not None and found.name is not None:
                    return "an object property disclosure is used for an array element"
                if found is not None and (problem := _walk(found.value, by_digest, seen, depth + 1)):
                    return problem
            elif (problem := _walk(item, by_digest, seen, depth + 1)) is not None:
                return problem
    return None
