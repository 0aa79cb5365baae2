"""Baked SVG badges, read with defusedxml: DTDs, entities and external references are refused outright.

OB 3.0: ``<openbadges:credential>`` (namespace https://purl.imsglobal.org/ob/v3p0) with the credential JSON
as its text (CDATA), or a VC-JWT in its ``verify`` attribute. OB 2.0: ``<openbadges:assertion>``
(namespace http://openbadges.org) with the assertion JSON or a JWS as text, or ``verify`` holding the JWS or
the hosted assertion's URL. The first such element counts.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element, ParseError

import defusedxml
from defusedxml.ElementTree import fromstring

from satchel.errors import Malformed, NoCredentialFound, UnsafeContent, UnsupportedFormat
from satchel.formats._baked import as_baked, credential_from_baked_text
from satchel.formats._jws import looks_like_compact_jws
from satchel.formats._limits import MAX_IMAGE_BYTES, require_size
from satchel.model.credential import CredentialFormat, ParsedCredential

SVG_NAMESPACE = "http://www.w3.org/2000/svg"
OB3_NAMESPACES = ("https://purl.imsglobal.org/ob/v3p0", "http://purl.imsglobal.org/ob/v3p0")
OB2_NAMESPACES = ("http://openbadges.org", "https://openbadges.org")


def parse_baked_svg(data: bytes) -> ParsedCredential:
    """The credential baked into an SVG image (``raw`` = the whole image)."""
    require_size(len(data), MAX_IMAGE_BYTES, "a badge image")
    root = _parse_xml(data)
    if _split_tag(root.tag) not in ((SVG_NAMESPACE, "svg"), ("", "svg")):
        raise UnsupportedFormat("This XML file is not an SVG image.")
    element, ob3 = _badge_element(root)
    if element is None:
        raise NoCredentialFound("This SVG image has no badge baked into it.")
    inner = credential_from_baked_text(_badge_text(element), ob3=ob3, image_kind="SVG")
    return as_baked(inner, data, CredentialFormat.BAKED_SVG, "image/svg+xml")


def _parse_xml(data: bytes) -> Element:
    try:
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except defusedxml.DTDForbidden:
        raise UnsafeContent("This SVG image declares a document type (DTD), which Satchel refuses for safety.") from None
    except defusedxml.EntitiesForbidden:
        raise UnsafeContent("This SVG image defines XML entities, which Satchel refuses for safety.") from None
    except defusedxml.ExternalReferenceForbidden:
        raise UnsafeContent("This SVG image refers to external files, which Satchel refuses for safety.") from None
    except defusedxml.DefusedXmlException:
        raise UnsafeContent("This SVG image contains unsafe XML and was refused.") from None
    except ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        where = f" (line {line})" if line else ""
        raise Malformed(f"This SVG image is damaged{where}.") from None
    except (ValueError, UnicodeError):
        raise Malformed("This SVG image is not readable XML text.") from None


def _split_tag(tag: object) -> tuple[str, str]:
    if not isinstance(tag, str):  # comments and processing instructions
        return "", ""
    if tag.startswith("{"):
        namespace, _, local = tag[1:].partition("}")
        return namespace, local
    return "", tag


def _badge_element(root: Element) -> tuple[Element | None, bool]:
    for element in root.iter():
        namespace, local = _split_tag(element.tag)
        if local == "credential" and namespace in OB3_NAMESPACES:
            return element, True
        if local == "assertion" and namespace in OB2_NAMESPACES:
            return element, False
    return None, False


def _badge_text(element: Element) -> str:
    """The element's text (JSON or token); else its ``verify`` attribute (a token, or an OB 2.0 URL)."""
    verify = (element.get("verify") or "").strip()
    text = "".join(element.itertext()).strip()
    if looks_like_compact_jws(verify):
        return verify
    return text or verify
