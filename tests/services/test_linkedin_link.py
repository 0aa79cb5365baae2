"""The LinkedIn "add certification" link of a stored credential with a public URL and dates (found by mypy:
the display dates are ISO strings, the link builder wanted dates, so sharing such a credential crashed)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit


def test_a_public_credential_with_dates_gets_a_prefilled_link_and_can_be_shared(satchel, issue):
    data = issue("Public badge", id="https://badges.example.org/c/1", validFrom="2026-03-09T00:00:00Z",
                 validUntil="2028-03-31T00:00:00Z")
    cred_id = satchel.import_bytes(data, source="test").added[0]
    query = parse_qs(urlsplit(satchel.linkedin_url(cred_id)).query)
    assert query["certUrl"] == ["https://badges.example.org/c/1"]
    assert (query["issueYear"], query["issueMonth"]) == (["2026"], ["3"])
    assert (query["expirationYear"], query["expirationMonth"]) == (["2028"], ["3"])
    assert satchel.share([cred_id]).linkedin[cred_id] == satchel.linkedin_url(cred_id)


def test_a_credential_without_an_end_date_gets_a_link_without_one(satchel, issue):
    cred_id = satchel.import_bytes(issue("Public badge", id="https://badges.example.org/c/2"), source="test").added[0]
    query = parse_qs(urlsplit(satchel.linkedin_url(cred_id)).query)
    assert query["certUrl"] == ["https://badges.example.org/c/2"] and "expirationYear" not in query
