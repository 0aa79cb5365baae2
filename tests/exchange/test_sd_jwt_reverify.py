"""An SD-JWT VC verified again later reaches the same verdict while its issuer's metadata (and JWKS) can be had:
they are public documents kept in the document cache, used while fresh, fetched again after that; when
they cannot be had, the signature is "unknown" and says why (a copy too old, a refused address)."""

from __future__ import annotations

from datetime import timedelta

from joserfc.jwk import ECKey

from satchel.clock import FixedClock
from satchel.errors import FetchRefused
from satchel.model import Outcome, SignedForm
from satchel.vc.cache import DocumentCache
from satchel.vc.documents import DocumentSource
from satchel.vc.engine import Verifier

from .fakes import NOW, FakeHttp, reply
from .test_sd_jwt_vc import ISS, META, metadata, sd_jwt

JWKS = f"{ISS}/jwks.json"


def verify(tmp_path, http, token: str, at=NOW):
    clock = FixedClock(at)
    source = DocumentSource(DocumentCache(tmp_path / "cache", clock), http, clock)
    return Verifier(clock=clock, source=source).verify_credential(token, signed_form=SignedForm.SD_JWT_VC)


def checks_of(report) -> dict:
    return {c.name.value: c for c in report.checks}


def refused(url: str, _sent) -> None:
    raise FetchRefused(f"{url[8:17]} points to a private or local network address; Satchel refuses to download "
                       "from it.", host=url[8:17])


def test_metadata_and_jwks_are_kept_and_used_while_fresh(tmp_path):
    key = ECKey.generate_key("P-256")
    token = sd_jwt(key, exp=int((NOW + timedelta(days=60)).timestamp()))
    keys = metadata(key)["jwks"]
    online = FakeHttp({("GET", META): reply(200, {"issuer": ISS, "jwks_uri": JWKS}), ("GET", JWKS): reply(200, keys)})
    assert verify(tmp_path, online, token).outcome is Outcome.VERIFIED
    # Later, with a fetcher that cannot reach the issuer: the kept copies decide, as they did at first.
    cut_off = FakeHttp({("GET", META): refused, ("GET", JWKS): refused})
    later = verify(tmp_path, cut_off, token, NOW + timedelta(days=6))
    assert later.outcome is Outcome.VERIFIED and cut_off.calls == []
    assert checks_of(later)["issuer_key"].message == "issuer_key.sd_jwt_metadata"


def test_after_the_maximum_age_they_are_fetched_again(tmp_path):
    key = ECKey.generate_key("P-256")
    token = sd_jwt(key, exp=int((NOW + timedelta(days=60)).timestamp()))
    http = FakeHttp({("GET", META): reply(200, metadata(key))})
    verify(tmp_path, http, token)
    http.routes[("GET", META)] = reply(200, metadata(key))
    later = verify(tmp_path, http, token, NOW + timedelta(days=8))
    assert later.outcome is Outcome.VERIFIED and len(http.calls) == 2
    assert checks_of(later)["signature"].details["fetched_at"].startswith((NOW + timedelta(days=8)).date().isoformat())


def test_a_copy_too_old_that_cannot_be_refreshed_is_unknown_with_its_age(tmp_path):
    key = ECKey.generate_key("P-256")
    token = sd_jwt(key, exp=int((NOW + timedelta(days=60)).timestamp()))
    verify(tmp_path, FakeHttp({("GET", META): reply(200, metadata(key))}), token)
    later = verify(tmp_path, FakeHttp({("GET", META): refused}), token, NOW + timedelta(days=8))
    assert later.outcome is Outcome.UNKNOWN
    signature = checks_of(later)["signature"]
    assert signature.message == "signature.stale" and signature.params["days"] == 8
    assert checks_of(later)["issuer_key"].status.value == "unknown"


def test_no_copy_and_a_refused_address_is_unknown_and_names_the_host(tmp_path):
    report = verify(tmp_path, FakeHttp({("GET", META): refused}), sd_jwt(ECKey.generate_key("P-256")))
    assert report.outcome is Outcome.UNKNOWN
    signature = checks_of(report)["signature"]
    assert signature.message == "signature.key_refused" and signature.params["host"] == "issuer.example"
    assert "refuses to download" in signature.details["reason"]
    from satchel.i18n import render_check
    assert "issuer.example" in render_check(signature, "fr")
