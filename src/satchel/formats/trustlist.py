"""EU trusted lists (ETSI TS 119 612): which certificate authorities issue qualified certificates.

    read_trusted_list(xml_bytes) -> TrustedList | None     (None when the bytes are not a trusted list)

Read with defusedxml (no DTDs, entities or external references). Only what a seal check needs is kept:
the territory, the next planned update, and every "CA/QC" service with its status, name, provider and
certificates. The list's own XML signature is not checked here (see docs/eu-microcredentials.md).
"""

from __future__ import annotations

import base64
import binascii
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from satchel.model.trustlist import CA_QC, QualifiedService, TrustedList

_NS = "{http://uri.etsi.org/02231/v2#}"
MAX_LIST_BYTES = 20_000_000


def read_trusted_list(data: bytes) -> TrustedList | None:
    if len(data) > MAX_LIST_BYTES or b"TrustServiceStatusList" not in data[:4096]:
        return None
    try:
        root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except (ParseError, DefusedXmlException, ValueError):
        return None
    if root.tag != f"{_NS}TrustServiceStatusList":
        return None
    scheme = root.find(f"{_NS}SchemeInformation")
    territory = _text(scheme, "SchemeTerritory") or "?"
    next_update = _text(scheme.find(f"{_NS}NextUpdate") if scheme is not None else None, "dateTime")
    services = []
    for provider in root.iter(f"{_NS}TrustServiceProvider"):
        provider_name = _name(provider.find(f"{_NS}TSPInformation/{_NS}TSPName"))
        for service in provider.iter(f"{_NS}TSPService"):
            info = service.find(f"{_NS}ServiceInformation")
            if info is None or _text(info, "ServiceTypeIdentifier") != CA_QC:
                continue
            certificates = tuple(_der(node.text) for node in info.iter(f"{_NS}X509Certificate") if node.text)
            services.append(QualifiedService(
                provider=provider_name or "?", name=_name(info.find(f"{_NS}ServiceName")) or "?",
                status=_text(info, "ServiceStatus") or "", status_since=_text(info, "StatusStartingTime"),
                certificates=tuple(c for c in certificates if c)))
    return TrustedList(territory, next_update, tuple(services))


def _text(parent: Element | None, tag: str) -> str | None:
    node = parent.find(f"{_NS}{tag}") if parent is not None else None
    return node.text.strip() if node is not None and node.text and node.text.strip() else None


def _name(parent: Element | None) -> str | None:
    if parent is None:
        return None
    names = [n for n in parent.findall(f"{_NS}Name") if n.text and n.text.strip()]
    english = [n for n in names if n.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"]
    chosen = next(iter(english or names), None)
    return chosen.text.strip() if chosen is not None and chosen.text else None


def _der(text: str) -> bytes:
    try:
        return base64.b64decode("".join(text.split()), validate=True)
    except (binascii.Error, ValueError):
        return b""


__all__ = ["read_trusted_list"]
