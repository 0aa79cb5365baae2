"""A scripted OpenID4VP verifier asking DCQL claim paths: a request signed by its did:key
(``decentralized_identifier:``, a proven identity) or an unsigned ``redirect_uri:`` one (an unverified
website), answered into a FakeHttp whose posts the tests read back."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

from satchel.exchange import oid4vp

from .fakes import FakeHttp, did_key_of, p256, reply, sign_request, unsigned_request

REQUEST_URI = "https://verifier.example/request/7"
RESPONSE_URI = "https://verifier.example/response/7"


class ScriptedVerifier:
    def __init__(self, *, proven: bool = True) -> None:
        self.key = p256()
        self.did = did_key_of(self.key)
        self.client_id = f"decentralized_identifier:{self.did}" if proven else f"redirect_uri:{RESPONSE_URI}"
        self.http = FakeHttp({("POST", RESPONSE_URI): reply(200, {})})
        self._proven = proven

    def ask(self, now: datetime, paths: Sequence[Sequence[Any]], *, query_id: str = "badge",
            fmt: str = "ldp_vc", client_metadata: dict[str, Any] | None = None, **query_extra: Any) -> str:
        """A request link for one credential query naming ``paths`` (answered through ``self.http``), with the
        ``client_metadata`` given (e.g. ``vp_formats_supported``) and any other credential query members."""
        query: dict[str, Any] = {"id": query_id, "format": fmt, **query_extra}
        if paths:
            query["claims"] = [{"path": list(p)} for p in paths]
        payload = {"response_type": "vp_token", "client_id": self.client_id, "response_mode": "direct_post",
                   "response_uri": RESPONSE_URI, "nonce": f"n-{len(self.http.calls)}-0123456789", "state": "s",
                   "dcql_query": {"credentials": [query]},
                   "aud": "https://self-issued.me/v2", "iat": int(now.timestamp()),
                   "exp": int(now.timestamp()) + 300}
        if client_metadata is not None:
            payload["client_metadata"] = client_metadata
        if self._proven:
            kid = f"{self.did}#{self.did.removeprefix('did:key:')}"
            token = sign_request(payload, self.key, kid=kid)
        else:
            token = unsigned_request(payload)
        self.http.routes[("GET", REQUEST_URI)] = reply(raw=token.encode(), content_type=oid4vp.REQUEST_TYPE)
        return "openid4vp://?" + urlencode({"client_id": self.client_id, "request_uri": REQUEST_URI})

    def last_answer(self) -> dict[str, Any]:
        """The last vp_token posted (query id → [presentation])."""
        return json.loads(self.http.posted(RESPONSE_URI)[-1]["form"]["vp_token"])
