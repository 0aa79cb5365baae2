"""The OpenID4VCI authorization code flow for offers without a pre-authorized code: PKCE (S256), a
loopback redirect on 127.0.0.1 (RFC 8252), pushed authorization requests when the server requires them.

The person signs in at the issuer in their own browser; Satchel only sees the code coming back to the
loopback address, checks ``state``, and redeems the code with its PKCE verifier.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from satchel.errors import ExchangeFailed, ExchangeRefused
from satchel.exchange.common import Http, fail, json_object
from satchel.exchange.loopback import LoopbackRedirect
from satchel.exchange.oid4vci import IssuerInfo, Offer

CLIENT_ID = "satchel-wallet"
SIGN_IN_TIMEOUT = 300.0


def pkce_pair() -> tuple[str, str]:
    """(code_verifier, S256 code_challenge) per RFC 7636."""
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode("ascii")).digest()).rstrip(b"=").decode()
    return verifier, challenge


def authorization_request(offer: Offer, info: IssuerInfo, configuration_ids: list[str], redirect_uri: str,
                          challenge: str, state: str) -> dict[str, str]:
    details = [{"type": "openid_credential", "credential_configuration_id": config_id}
               for config_id in configuration_ids]
    params = {"response_type": "code", "client_id": CLIENT_ID, "redirect_uri": redirect_uri,
              "code_challenge": challenge, "code_challenge_method": "S256", "state": state,
              "authorization_details": json.dumps(details, separators=(",", ":"))}
    if offer.issuer_state:
        params["issuer_state"] = offer.issuer_state
    return params


def sign_in(offer: Offer, info: IssuerInfo, http: Http, configuration_ids: list[str],
            open_browser: Callable[[str], Any], *, timeout: float = SIGN_IN_TIMEOUT) -> str:
    """Run the flow and return the access token. ``open_browser(url)`` shows the issuer's sign-in page."""
    if info.authorization_endpoint is None:
        raise ExchangeRefused("The issuer offers a sign-in but publishes no authorization endpoint.",
                              reason="authorization_code")
    verifier, challenge = pkce_pair()
    state = secrets.token_urlsafe(24)
    loopback = LoopbackRedirect()
    try:
        params = authorization_request(offer, info, configuration_ids, loopback.redirect_uri, challenge, state)
        if info.par_endpoint is not None:
            response = http.post(info.par_endpoint, form=params)
            if response.status not in (200, 201):
                raise fail(response, "pushed authorization request endpoint")
            request_uri = json_object(response, "pushed authorization request").get("request_uri")
            if not isinstance(request_uri, str):
                raise ExchangeFailed("The issuer's pushed authorization answer has no request_uri.",
                                     what="authorization")
            params = {"client_id": CLIENT_ID, "request_uri": request_uri}
        open_browser(f"{info.authorization_endpoint}?{urlencode(params)}")
        back = loopback.wait(timeout)
    finally:
        loopback.close()
    if back.get("state") != state:
        raise ExchangeRefused("The sign-in came back for another request (state mismatch); nothing was sent.",
                              reason="malformed")
    if "error" in back:
        raise ExchangeFailed(f"The issuer ended the sign-in: {back['error'][:80]}.", what="authorization",
                             error=back["error"][:80])
    code = back.get("code")
    if not code:
        raise ExchangeFailed("The sign-in came back without an authorization code.", what="authorization")
    response = http.post(info.token_endpoint, form={
        "grant_type": "authorization_code", "code": code, "redirect_uri": loopback.redirect_uri,
        "code_verifier": verifier, "client_id": CLIENT_ID})
    if response.status != 200:
        raise fail(response, "token endpoint")
    access = json_object(response, "token").get("access_token")
    if not isinstance(access, str):
        raise ExchangeFailed("The issuer's token answer holds no access token.", what="token")
    return access


__all__ = ["CLIENT_ID", "pkce_pair", "sign_in"]
