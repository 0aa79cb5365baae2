"""Online protocols over the injected fetcher: receive (OpenID4VCI 1.0, DCC VC-API exchanges) and
present (OpenID4VP 1.0 with DCQL). Calls vc, formats and crypto; never the store: services hands in
the holder's key and the stored credentials, and stores what arrives.

    common   Holder, the Http seam (get + post that never follows redirects), Received
    jose     JOSE through joserfc: EdDSA signing, JWS checks, ECDH-ES/A128GCM encryption
    oid4vci  credential offers, metadata, token, nonce, key proofs, deferred issuance
    vcapi    lcw.app / dccrequest / interaction links, DIDAuthentication and QueryByExample
    oid4vp   request objects, client identifier prefixes, refusals, responses
    dcql     matching DCQL queries against stored credentials
    route_links  exchange links that reach the app as a route (scheme and host dropped): protocol inferred
"""

from satchel.exchange.common import Holder, Http, Received

__all__ = ["Holder", "Http", "Received"]
