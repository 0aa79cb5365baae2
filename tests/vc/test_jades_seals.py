"""JAdES seals over Europass credentials: the Commission's sealed sample, and seals made here with a test CA."""

from __future__ import annotations

import base64
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.x509.oid import NameOID

from satchel.clock import FixedClock
from satchel.formats import parse
from satchel.model import CheckName, CheckStatus, Outcome
from satchel.net import OfflineFetcher
from satchel.vc.cache import DocumentCache
from satchel.vc.documents import DocumentSource
from satchel.vc.engine import Verifier

DATA = Path(__file__).parents[1] / "formats" / "data" / "microcredentials"
SIGNED = DATA / "Sample-MC-Annex1-signed.jsonld"
NOW = datetime(2026, 11, 29, tzinfo=timezone.utc)


def _verifier(tmp_path: Path, now: datetime = NOW) -> Verifier:
    clock = FixedClock(now)
    return Verifier(clock=clock, source=DocumentSource(DocumentCache(tmp_path / "cache", clock), OfflineFetcher(),
                                                       clock, offline=True))


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _checks(report) -> dict[CheckName, CheckStatus]:
    return {c.name: c.status for c in report.checks}


def test_commission_sample_seal_verifies_offline(tmp_path):
    parsed = parse(SIGNED.read_bytes())
    credential = parsed.credentials[0]
    assert credential.format.value == "jades-json"
    assert credential.display.name == "Digital micro-credential creation"
    report = _verifier(tmp_path).verify_credential(credential.verifiable, signed_form=credential.signed_form)
    statuses = _checks(report)
    assert statuses[CheckName.SIGNATURE] is CheckStatus.OK
    # Valid when sealed (2023-09-27), but whether it is a qualified seal needs the EU trusted lists.
    assert statuses[CheckName.ISSUER_KEY] is CheckStatus.UNKNOWN
    assert report.check(CheckName.ISSUER_KEY).message == "issuer_key.seal_not_qualified_yet"
    assert report.outcome is Outcome.UNKNOWN
    assert report.title == "Digital micro-credential creation"


@pytest.mark.parametrize("offset", [10, 5_000, 60_000, -40])
def test_a_flipped_byte_in_the_payload_fails_the_seal(tmp_path, offset):
    sealed = json.loads(SIGNED.read_text(encoding="utf-8"))
    payload = sealed["payload"]
    index = offset % len(payload)
    while not payload[index].isalnum():
        index += 1
    replacement = "X" if payload[index] != "X" else "Y"
    sealed["payload"] = payload[:index] + replacement + payload[index + 1:]
    report = _verifier(tmp_path).verify_credential(json.dumps(sealed))
    assert _checks(report)[CheckName.SIGNATURE] is CheckStatus.FAILED
    assert report.outcome is Outcome.FAILED


# -- seals made here --------------------------------------------------------------------------------
def _name(org: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "FR"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
                      x509.NameAttribute(NameOID.COMMON_NAME, org)])


def _certificate(subject: str, key, issuer: str, issuer_key, start: datetime, days: int, ca: bool) -> x509.Certificate:
    builder = (x509.CertificateBuilder().subject_name(_name(subject)).issuer_name(_name(issuer))
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(start).not_valid_after(start + timedelta(days=days))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    return builder.sign(issuer_key, hashes.SHA256())


@pytest.fixture(scope="module")
def seal_keys():
    ca_key = ec.generate_private_key(ec.SECP256R1())
    start = datetime(2025, 1, 1, tzinfo=timezone.utc)
    ca = _certificate("Test Qualified CA", ca_key, "Test Qualified CA", ca_key, start, 3650, True)
    seal_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    seal = _certificate("Université de Test", seal_key, "Test Qualified CA", ca_key, start, 365, False)
    return seal_key, seal, ca


def _seal(payload: str, key, cert: x509.Certificate, *, sig_t: str = "2025-06-01T10:00:00Z",
          alg: str = "RS256", **extra) -> str:
    der = cert.public_bytes(serialization.Encoding.DER)
    header = {"alg": alg, "typ": "jose+json", "b64": False, "sigT": sig_t, "crit": ["b64", "sigT"],
              "x5c": [base64.b64encode(der).decode()], "x5t#S256": _b64url(cert.fingerprint(hashes.SHA256())),
              **extra}
    protected = _b64url(json.dumps(header).encode())
    data = protected.encode() + b"." + payload.encode()
    if alg == "RS256":
        signature = key.sign(data, padding.PKCS1v15(), hashes.SHA256())
    else:
        r, s = decode_dss_signature(key.sign(data, ec.ECDSA(hashes.SHA256())))
        signature = r.to_bytes(32, "big") + s.to_bytes(32, "big")
    return json.dumps({"payload": payload, "signatures": [{"protected": protected, "signature": _b64url(signature)}]})


def _edc_payload() -> str:
    document = json.loads((DATA / "Sample-MC-Annex1-unsigned.jsonld").read_text(encoding="utf-8"))
    return json.dumps(document, ensure_ascii=False)


def test_a_seal_made_with_a_test_certificate(tmp_path, seal_keys):
    key, cert, _ = seal_keys
    report = _verifier(tmp_path).verify_credential(_seal(_edc_payload(), key, cert))
    assert _checks(report)[CheckName.SIGNATURE] is CheckStatus.OK
    assert report.check(CheckName.SIGNATURE).params["sealed_by"] == "Université de Test"
    assert _checks(report)[CheckName.ISSUER_KEY] is CheckStatus.UNKNOWN


def test_certificate_not_valid_when_sealed_fails(tmp_path, seal_keys):
    key, cert, _ = seal_keys
    report = _verifier(tmp_path).verify_credential(_seal(_edc_payload(), key, cert, sig_t="2027-01-01T00:00:00Z"))
    assert _checks(report)[CheckName.SIGNATURE] is CheckStatus.OK
    assert _checks(report)[CheckName.ISSUER_KEY] is CheckStatus.FAILED
    assert report.outcome is Outcome.INVALID  # the seal matches: a certificate problem, not an alteration


def test_unknown_critical_header_is_unknown_not_failed(tmp_path, seal_keys):
    key, cert, _ = seal_keys
    sealed = _seal(_edc_payload(), key, cert, crit=["b64", "sigT", "sigPl"], sigPl={"signerRole": "x"})
    report = _verifier(tmp_path).verify_credential(sealed)
    check = report.check(CheckName.SIGNATURE)
    assert check.status is CheckStatus.UNKNOWN and check.params["names"] == "sigPl"


@pytest.mark.parametrize("crit", [[], "b64", ["b64", "missingParam"]])
def test_malformed_crit_never_verifies(tmp_path, seal_keys, crit):
    key, cert, _ = seal_keys
    report = _verifier(tmp_path).verify_credential(_seal(_edc_payload(), key, cert, crit=crit))
    assert _checks(report)[CheckName.SIGNATURE] is not CheckStatus.OK


def test_wrong_key_for_the_certificate_fails(tmp_path, seal_keys):
    _, cert, _ = seal_keys
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    report = _verifier(tmp_path).verify_credential(_seal(_edc_payload(), other, cert))
    assert _checks(report)[CheckName.SIGNATURE] is CheckStatus.FAILED


def test_unsupported_algorithm_is_unknown(tmp_path, seal_keys):
    key, cert, _ = seal_keys
    sealed = json.loads(_seal(_edc_payload(), key, cert))
    header = json.loads(base64.urlsafe_b64decode(sealed["signatures"][0]["protected"] + "=="))
    header["alg"] = "HS256"
    sealed["signatures"][0]["protected"] = _b64url(json.dumps(header).encode())
    report = _verifier(tmp_path).verify_credential(json.dumps(sealed))
    assert _checks(report)[CheckName.SIGNATURE] is CheckStatus.UNKNOWN


# -- EU trusted lists -------------------------------------------------------------------------------
def trusted_list_xml(territory: str, ca: x509.Certificate | None, *, next_update: str = "2030-01-01T00:00:00Z",
                     status: str = "granted") -> bytes:
    """A minimal ETSI TS 119 612 list naming ``ca`` as a CA/QC service (shape as the national lists)."""
    certificate = ""
    if ca is not None:
        der = base64.b64encode(ca.public_bytes(serialization.Encoding.DER)).decode()
        certificate = f"<DigitalId><X509Certificate>{der}</X509Certificate></DigitalId>"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<TrustServiceStatusList xmlns="http://uri.etsi.org/02231/v2#" TSLTag="http://uri.etsi.org/19612/TSLTag">
 <SchemeInformation><SchemeTerritory>{territory}</SchemeTerritory>
  <NextUpdate><dateTime>{next_update}</dateTime></NextUpdate></SchemeInformation>
 <TrustServiceProviderList><TrustServiceProvider>
  <TSPInformation><TSPName><Name xml:lang="en">Test Trust Services</Name></TSPName></TSPInformation>
  <TSPServices><TSPService><ServiceInformation>
   <ServiceTypeIdentifier>http://uri.etsi.org/TrstSvc/Svctype/CA/QC</ServiceTypeIdentifier>
   <ServiceName><Name xml:lang="en">Test Qualified CA for eSeals</Name></ServiceName>
   <ServiceDigitalIdentity>{certificate}</ServiceDigitalIdentity>
   <ServiceStatus>http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/{status}</ServiceStatus>
   <StatusStartingTime>2020-01-01T00:00:00Z</StatusStartingTime>
  </ServiceInformation></TSPService></TSPServices>
 </TrustServiceProvider></TrustServiceProviderList>
</TrustServiceStatusList>""".encode()


def _with_lists(tmp_path: Path, *documents: bytes) -> Verifier:
    from satchel.formats.trustlist import read_trusted_list

    verifier = _verifier(tmp_path)
    lists = [read_trusted_list(d) for d in documents]
    verifier.trusted_lists = lambda: lists
    return verifier


def test_qualified_when_the_trusted_list_names_the_ca(tmp_path, seal_keys):
    key, cert, ca = seal_keys
    report = _with_lists(tmp_path, trusted_list_xml("FR", ca)).verify_credential(_seal(_edc_payload(), key, cert))
    check = report.check(CheckName.ISSUER_KEY)
    assert check.status is CheckStatus.OK and check.message == "issuer_key.seal_qualified"
    assert check.params["provider"] == "Test Trust Services" and check.params["country"] == "FR"


def test_not_qualified_when_the_list_of_that_country_does_not_name_it(tmp_path, seal_keys):
    key, cert, _ = seal_keys
    other = ec.generate_private_key(ec.SECP256R1())
    start = datetime(2025, 1, 1, tzinfo=timezone.utc)
    other_ca = _certificate("Other CA", other, "Other CA", other, start, 3650, True)
    report = _with_lists(tmp_path, trusted_list_xml("FR", other_ca)).verify_credential(
        _seal(_edc_payload(), key, cert))
    assert report.check(CheckName.ISSUER_KEY).status is CheckStatus.FAILED


def test_withdrawn_service_is_not_qualified(tmp_path, seal_keys):
    key, cert, ca = seal_keys
    report = _with_lists(tmp_path, trusted_list_xml("FR", ca, status="withdrawn")).verify_credential(
        _seal(_edc_payload(), key, cert))
    assert report.check(CheckName.ISSUER_KEY).status is CheckStatus.FAILED


def test_only_another_countrys_list_keeps_it_unknown(tmp_path, seal_keys):
    key, cert, ca = seal_keys
    report = _with_lists(tmp_path, trusted_list_xml("ES", ca)).verify_credential(_seal(_edc_payload(), key, cert))
    assert report.check(CheckName.ISSUER_KEY).message == "issuer_key.seal_not_qualified_yet"


def test_out_of_date_list_gives_unknown(tmp_path, seal_keys):
    key, cert, ca = seal_keys
    stale = trusted_list_xml("FR", ca, next_update="2026-01-01T00:00:00Z")
    check = _with_lists(tmp_path, stale).verify_credential(_seal(_edc_payload(), key, cert)).check(CheckName.ISSUER_KEY)
    assert check.status is CheckStatus.UNKNOWN and check.message == "issuer_key.trusted_list_stale"


@pytest.mark.parametrize("junk", [b"<TrustServiceStatusList/>", b"<!DOCTYPE x [<!ENTITY a 'b'>]>TrustServiceStatusList",
                                  b"not xml TrustServiceStatusList", b"{}"])
def test_hostile_or_foreign_documents_are_not_trusted_lists(junk):
    from satchel.formats.trustlist import read_trusted_list

    assert read_trusted_list(junk) is None


def test_the_app_reads_trusted_lists_from_the_public_document_cache(tmp_path, seal_keys):
    from satchel.clock import FixedClock
    from satchel.services import microcredentials

    key, cert, ca = seal_keys
    cache = DocumentCache(tmp_path / "cache", FixedClock(NOW))
    cache.put("https://example.eu/tl/FR.xml", trusted_list_xml("FR", ca), "application/xml")
    cache.put("https://example.eu/status/1", b'{"not": "a list"}', "application/json")
    lists = microcredentials.trusted_lists(cache)
    assert [tl.territory for tl in lists] == ["FR"]
    verifier = _verifier(tmp_path)
    verifier.trusted_lists = lambda: microcredentials.trusted_lists(cache)
    report = verifier.verify_credential(_seal(_edc_payload(), key, cert))
    assert report.check(CheckName.ISSUER_KEY).status is CheckStatus.OK


def test_trust_is_decided_on_the_seal_not_on_the_issuer_id_the_payload_claims(tmp_path, seal_keys):
    from satchel.vc.trust import TrustList

    key, cert, ca = seal_keys
    payload = json.loads(_edc_payload())
    claimed = payload["issuer"]["id"]
    verifier = _with_lists(tmp_path, trusted_list_xml("FR", ca))
    verifier.trust = TrustList([(claimed, "A university the user trusts")])
    report = verifier.verify_credential(_seal(json.dumps(payload), key, cert))
    assert report.check(CheckName.ISSUER_KEY).status is CheckStatus.OK
    assert report.issuer.startswith("x509-sha256:") and report.issuer != claimed
    assert report.check(CheckName.ISSUER_TRUST).status is CheckStatus.WARNING  # the seal's owner is not listed
    assert report.details["claimed_issuer"] == claimed


# -- time-stamps (RFC 3161 tokens in adoTst / etsiU sigTst) -------------------------------------------
def _sealed_sample() -> dict:
    return json.loads(SIGNED.read_text(encoding="utf-8"))


def _etsi_u(sealed: dict) -> dict:
    entry = sealed["signatures"][0]["header"]["etsiU"][0]
    return json.loads(base64.urlsafe_b64decode(entry + "=" * (-len(entry) % 4)))


def _set_etsi_u(sealed: dict, value: dict) -> None:
    sealed["signatures"][0]["header"]["etsiU"][0] = _b64url(json.dumps(value).encode())


def test_the_commission_sample_is_time_stamped_and_its_time_stamps_verify(tmp_path):
    report = _verifier(tmp_path).verify_credential(json.dumps(_sealed_sample()))
    signature = report.check(CheckName.SIGNATURE)
    assert signature.status is CheckStatus.OK and signature.message == "signature.seal_ok_timestamped"
    assert signature.params["day"] == "2023-09-27" and signature.params["tsa"] == "good-tsa (Nowina Solutions)"
    assert {(s["kind"], s["matches"]) for s in signature.details["timestamps"]} == {("adoTst", True), ("sigTst", True)}
    assert report.check(CheckName.ISSUER_KEY).details["signing_time_source"] == "timestamp"


def test_a_changed_time_stamp_fails_the_seal(tmp_path):
    sealed = _sealed_sample()
    unsigned = _etsi_u(sealed)
    token = bytearray(base64.b64decode(unsigned["sigTst"]["tstTokens"][0]["val"]))
    token[-5] ^= 0x01  # inside the authority's signature value, at the end of the token
    unsigned["sigTst"]["tstTokens"][0]["val"] = base64.b64encode(bytes(token)).decode()
    _set_etsi_u(sealed, unsigned)
    check = _verifier(tmp_path).verify_credential(json.dumps(sealed)).check(CheckName.SIGNATURE)
    assert check.status is CheckStatus.FAILED and check.message == "signature.seal_timestamp_failed"


def test_a_time_stamp_of_something_else_fails_the_seal(tmp_path):
    sealed = _sealed_sample()
    header = json.loads(base64.urlsafe_b64decode(sealed["signatures"][0]["protected"] + "=="))
    unsigned = _etsi_u(sealed)
    unsigned["sigTst"] = header["adoTst"]  # a genuine token, but over the payload, not over the signature
    _set_etsi_u(sealed, unsigned)
    check = _verifier(tmp_path).verify_credential(json.dumps(sealed)).check(CheckName.SIGNATURE)
    assert check.status is CheckStatus.FAILED


def test_an_unreadable_time_stamp_is_unknown(tmp_path):
    sealed = _sealed_sample()
    unsigned = _etsi_u(sealed)
    unsigned["sigTst"]["tstTokens"][0]["val"] = base64.b64encode(b"not a time-stamp").decode()
    _set_etsi_u(sealed, unsigned)
    check = _verifier(tmp_path).verify_credential(json.dumps(sealed)).check(CheckName.SIGNATURE)
    assert check.status is CheckStatus.UNKNOWN and check.message == "signature.seal_bad_timestamp"
