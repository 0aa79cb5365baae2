"""The recruiter's challenge code: the text of its QR code, written and read (docs/qr-format.md, section 9).

    SATCHEL-CHALLENGE:<code>                     a challenge alone (every version of Satchel)
    SATCHEL-CHALLENGE:<code>;domain=<host>       the challenge and the recruiter's domain

``<code>`` never holds ``;`` (generated codes use 23456789 and capitals), so the first ``;`` ends it; each
``;name=value`` after it is a parameter, and ``domain`` is the only one. The domain is a lower-case host name
(``jobs.example.org``: letters, digits and hyphens in dot-separated labels, no scheme, path, port or
trailing dot). Reading refuses, with a typed error and without using any of it, a code that is empty, too
long or holds control characters, an empty part (``;;``, a trailing ``;``), a domain without a value or that is
not such a host name, a repeated domain, and any other parameter (named: a newer Satchel may write it).

An older Satchel takes everything after the prefix as the challenge: it signs
``ABCD-EFGH;domain=jobs.example.org``, which is not the recruiter's ``ABCD-EFGH``, so the recruiter sees
"not made for you" (and the domain missing), never a success.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from satchel.errors import ChallengeCodeRefused

CHALLENGE_PREFIX = "SATCHEL-CHALLENGE:"
DOMAIN_PARAMETER = "domain"
MAX_CODE = 100  # characters of a challenge read from a code (generated ones have 9)
MAX_HOST = 253
_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_SHOWN = 60  # characters of a refused value quoted back in an error


@dataclass(frozen=True)
class ChallengeCode:
    """What a recruiter's challenge code says: the challenge, and the domain to bind the presentation to."""

    code: str
    domain: str | None = None

    def text(self) -> str:
        """The QR text of this code (without a domain, exactly what every older version writes)."""
        tail = f";{DOMAIN_PARAMETER}={self.domain}" if self.domain else ""
        return f"{CHALLENGE_PREFIX}{self.code}{tail}"


def host_name(text: str) -> str | None:
    """``text`` as a lower-case host name (surrounding spaces removed); None when it is not one. A host name
    has at least two dot-separated labels of letters, digits and inner hyphens, and a last label that is not
    all digits (no IP address); nothing else (``https://``, ``/path``, ``:443``, ``user@``) is part of it."""
    host = text.strip().lower()
    if not host or len(host) > MAX_HOST or not host.isascii():
        return None
    labels = host.split(".")
    if len(labels) < 2 or labels[-1].isdigit():
        return None
    return host if all(_LABEL.fullmatch(label) for label in labels) else None


def verifier_domain(text: str | None) -> str | None:
    """A verifier's domain as a presentation is bound to it: trimmed, None when empty, and a host name in lower
    case (``Jobs.Example.org`` is the site a recruiter's code and check name ``jobs.example.org``); any other
    text (a URL, an origin) exactly as given."""
    value = (text or "").strip()
    if not value:
        return None
    return host_name(value) or value


def shown(value: str) -> str:
    """A refused value as it may be quoted back: printable ASCII only, cut short."""
    text = "".join(ch if " " <= ch <= "~" else "?" for ch in value)
    return text if len(text) <= _SHOWN else text[:_SHOWN - 1] + "…"


def read_challenge_code(text: str) -> ChallengeCode | None:
    """The challenge code in a scanned or pasted text; None when the text is not a challenge code at all
    (another QR code); ChallengeCodeRefused when it is one that cannot be used."""
    text = text.strip()
    if not text.startswith(CHALLENGE_PREFIX):
        return None
    code, *parameters = text[len(CHALLENGE_PREFIX):].split(";")
    if not code or len(code) > MAX_CODE or not code.isprintable() or code != code.strip():
        raise ChallengeCodeRefused(code="challenge_malformed")
    domain = None
    for parameter in parameters:
        name, equals, value = parameter.partition("=")
        if not name or (name == DOMAIN_PARAMETER and not equals):  # an empty part, a domain without a value
            raise ChallengeCodeRefused(code="challenge_malformed")
        if name != DOMAIN_PARAMETER:
            raise ChallengeCodeRefused(
                f"This challenge code holds a part Satchel does not know ({shown(name)}): it was not used. "
                "Update Satchel, or type the challenge and the recruiter's domain yourself.",
                code="challenge_part", part=shown(name))
        if domain is not None:
            raise ChallengeCodeRefused(code="challenge_malformed")
        domain = host_name(value) if value == value.strip() else None
        if domain is None:
            raise ChallengeCodeRefused(
                f"This challenge code names a domain that is not a host name ({shown(value)}): it was not used. "
                "Ask the recruiter to show their code again.", code="challenge_domain", domain=shown(value))
    return ChallengeCode(code, domain)


def first_usable(texts: Iterable[str]) -> ChallengeCode | None:
    """The first usable challenge code among the texts read from one picture or camera frame; None when none of
    them is a challenge code. A usable code wins over a refused one in the same view; a refused one alone raises
    its ChallengeCodeRefused (the first met)."""
    refused: ChallengeCodeRefused | None = None
    for text in texts:
        try:
            found = read_challenge_code(text)
        except ChallengeCodeRefused as err:
            refused = refused or err
            continue
        if found is not None:
            return found
    if refused is not None:
        raise refused
    return None
