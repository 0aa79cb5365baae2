"""LinkedIn "add to profile" links for a credential that has a public URL."""

from __future__ import annotations

from datetime import date
from urllib.parse import urlencode, urlsplit

from satchel.errors import UsageError

ADD_TO_PROFILE = "https://www.linkedin.com/profile/add"


def linkedin_add_url(name: str, issuer_name: str | None, issued: date | None = None, expires: date | None = None,
                     cert_url: str | None = None, cert_id: str | None = None) -> str:
    """The URL that opens LinkedIn's "Add licence or certification" form, pre-filled."""
    if not name or not name.strip():
        raise UsageError("A LinkedIn certification needs a name.")
    if cert_url is not None and urlsplit(cert_url).scheme not in ("https", "http"):
        raise UsageError("The credential URL for LinkedIn must be a public http(s) address.")
    params: list[tuple[str, str]] = [("startTask", "CERTIFICATION_NAME"), ("name", name.strip())]
    if issuer_name:
        params.append(("organizationName", issuer_name.strip()))
    if issued is not None:
        params += [("issueYear", str(issued.year)), ("issueMonth", str(issued.month))]
    if expires is not None:
        params += [("expirationYear", str(expires.year)), ("expirationMonth", str(expires.month))]
    if cert_url:
        params.append(("certUrl", cert_url))
    if cert_id:
        params.append(("certId", cert_id))
    return f"{ADD_TO_PROFILE}?{urlencode(params)}"
