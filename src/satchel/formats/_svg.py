"""Baked SVG badges, read with defusedxml: DTDs, entities and external references are refused outright.

OB 3.0: ``<openbadges:credential>`` (namespace https://purl.imsglobal.org/ob/v3p0) with the credential JSON
as its text (CDATA), or a VC-JWT in its ``verify`` attribute. OB 2.0: ``<openbadges:assertion>``
(namespace http://openbadges.org) with the assertion JSON or a JWS as text, or ``verify`` holding the JWS or
the hosted assertion's URL. The first such element counts; the XML is streamed only up to its end and no
tree is built, and at most MAX_SVG_ELEMENTS elements are read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.etree.ElementTree import ParseError

import defusedxml
from defusedxml.ElementTree import DefusedXMLParser

from satchel.errors import Malformed, NoCredentialFound, TooLarge, UnsafeContent, UnsupportedFormat
from satchel.formats._baked import as_baked, credential_from_baked_text
from satchel.formats._jws import looks_like_compact_jws
from satchel.formats._limits import MAX_IMAGE_BYTES, require_size
from satchel.model.credential import CredentialFormat, ParsedCredential

SVG_NAMESPACE = "http://www.w3.org/2000/svg"
OB3_NAMESPACES = ("https://purl.imsglobal.org/ob/v3p0", "http://purl.imsglobal.org/ob/v3p0")
OB2_NAMESPACES = ("http://openbadges.org", "https://openbadges.org")
_FEED_SIZE = 64 * 1024
MAX_SVG_ELEMENTS = 200_000  # the specs put the badge right after <svg>; nobody needs more before it
_BADGE_NAMES = ("}credential", "}assertion")


def parse_baked_svg(data: bytes) -> ParsedCredential:
    """The credential baked into an SVG image (``raw`` = the whole image)."""
    require_size(len(data), MAX_IMAGE_BYTES, "a badge image")
    badge = _find_badge(data)
    inner = credential_from_baked_text(badge.content(), ob3=badge.ob3, image_kind="SVG")
    return as_baked(inner, data, CredentialFormat.BAKED_SVG, "image/svg+xml")


@dataclass
class _Badge:
    ob3: bool
    verify: str
    parts: list[str] = field(default_factory=list)

    def content(self) -> str:
        """The element's text (JSON or token); else its ``verify`` attribute (a token, or an OB 2.0 URL)."""
        verify, text = self.verify.strip(), "".join(self.parts).strip()
        if looks_like_compact_jws(verify):
            return verify
        return text or verify


class _Found(Exception):
    def __init__(self, badge: _Badge) -> None:
        super().__init__("badge found")
        self.badge = badge


class _BadgeFinder:
    """An ElementTree parser target that only watches for the first badge element."""

    def __init__(self) -> None:
        self._root_seen = False
        self._badge: _Badge | None = None
        self._depth = 0
        self._elements = 0

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        self._elements += 1
        if self._elements > MAX_SVG_ELEMENTS:
            raise TooLarge(f"This SVG image is too complex: more than {MAX_SVG_ELEMENTS:,} shapes come "
                           "before its badge.")
        if self._badge is not None:
            self._depth += 1
        elif tag.endswith(_BADGE_NAMES):  # cheap test first: huge images have millions of elements
            ob3 = _badge_kind(tag)
            if ob3 is not None:
                self._badge, self._depth = _Badge(ob3=ob3, verify=attrib.get("verify", "")), 1
        if not self._root_seen:
            self._root_seen = True
            if _split_tag(tag) not in ((SVG_NAMESPACE, "svg"), ("", "svg")):
                raise UnsupportedFormat("This XML file is not an SVG image.")

    def data(self, text: str) -> None:
        if self._badge is not None:
            self._badge.parts.append(text)

    def end(self, tag: str) -> None:
        if self._badge is not None:
            self._depth -= 1
            if self._depth == 0:
                raise _Found(self._badge)

    def close(self) -> None:
        return None


def _find_badge(data: bytes) -> _Badge:
    # A bare DOCTYPE (design tools write the SVG 1.1 one) is harmless: entity declarations and external
    # references are what make XML dangerous, and both stay forbidden.
    parser = DefusedXMLParser(target=_BadgeFinder(), forbid_dtd=False, forbid_entities=True, forbid_external=True)
    try:
        for start in range(0, len(data), _FEED_SIZE):
            parser.feed(data[start : start + _FEED_SIZE])
        parser.close()
    except _Found as found:
        return found.badge
    except defusedxml.DTDForbidden:
        raise UnsafeContent("This SVG image declares a document type (DTD), which Satchel refuses "
                            "for safety.") from None
    except defusedxml.EntitiesForbidden:
        raise UnsafeContent("This SVG image defines XML entities, which Satchel refuses for safety.") from None
    except defusedxml.ExternalReferenceForbidden:
        raise UnsafeContent("This SVG image refers to external files, which Satchel refuses for safety.") from None
    except defusedxml.DefusedXmlException:
        raise UnsafeContent("This SVG image contains unsafe XML and was refused.") from None
    except ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        if line:
            raise Malformed(f"This SVG image is damaged (line {line}).") from None
        raise Malformed("This SVG image is damaged.") from None
    except (ValueError, UnicodeError):
        raise Malformed("This SVG image is not readable XML text.") from None
    except LookupError:  # <?xml encoding="…"?> names an encoding Python does not know
        raise Malformed("This SVG image declares a character encoding Satchel does not know.") from None
    raise NoCredentialFound("This SVG image has no badge baked into it.")


def _split_tag(tag: object) -> tuple[str, str]:
    if not isinstance(tag, str):
        return "", ""
    if tag.startswith("{"):
        namespace, _, local = tag[1:].partition("}")
        return namespace, local
    return "", tag


def _badge_kind(tag: str) -> bool | None:
    """True for an OB 3.0 ``credential`` element, False for an OB 2.0 ``assertion``, None otherwise."""
    namespace, local = _split_tag(tag)
    if local == "credential" and namespace in OB3_NAMESPACES:
        return True
    if local == "assertion" and namespace in OB2_NAMESPACES:
        return False
    return None
