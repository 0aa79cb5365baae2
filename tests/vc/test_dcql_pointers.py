"""DCQL claim paths become --reveal pointers exactly (the query examples of the verifier peer's README §3.2), and
an array wildcard (``null``) becomes one pointer per element of the credential it is answered from."""

from __future__ import annotations

import pytest

from satchel.errors import UsageError
from satchel.model.dcql import expand, pointer_for, pointers_for

CLAIMS = {
    "given_name": "Ada",
    "degrees": [{"type": "BSc", "name": "Mathematics"}, {"name": "Poetry"}, {"type": "MSc", "name": "Engines"}],
    "nationalities": ["GB", "FR"],
    "address": {"locality": "London"},
}


def test_claim_paths_become_json_pointers():
    assert pointers_for([{"path": ["given_name"]}, {"path": ["family_name"]}]) == ["/given_name", "/family_name"]
    assert pointer_for(["credentialSubject", "achievement", "name"]) == "/credentialSubject/achievement/name"
    assert pointer_for(["nationalities", 0]) == "/nationalities/0"
    assert pointer_for(["a/b", "c~d"]) == "/a~1b/c~0d"
    assert pointers_for(None) is None and pointers_for([]) is None  # no claims: the whole credential


@pytest.mark.parametrize("path", [[], [True], ["x", -1], "given_name", ["x", 1.5], ["x", {"y": 1}]])
def test_paths_that_are_not_claim_paths_are_refused(path):
    with pytest.raises(UsageError):
        pointer_for(path)
    with pytest.raises(UsageError):
        expand(path, CLAIMS)


def test_a_wildcard_needs_the_credential_to_become_pointers():
    with pytest.raises(UsageError, match="every element of an array"):
        pointer_for(["degrees", None, "type"])
    with pytest.raises(UsageError):
        pointers_for([{"path": ["degrees", None, "type"]}])  # no credential given


def test_a_wildcard_is_each_element_that_has_the_rest_of_the_path():
    assert expand(["degrees", None, "type"], CLAIMS) == ["/degrees/0/type", "/degrees/2/type"]
    assert expand(["nationalities", None], CLAIMS) == ["/nationalities/0", "/nationalities/1"]
    assert expand(["degrees", None], CLAIMS) == ["/degrees/0", "/degrees/1", "/degrees/2"]
    assert expand(["degrees", 1, "name"], CLAIMS) == ["/degrees/1/name"]


def test_pointers_are_listed_once_in_the_order_asked():
    claims = [{"path": ["nationalities", 1]}, {"path": ["nationalities", None]}, {"path": ["given_name"]}]
    assert pointers_for(claims, CLAIMS) == ["/nationalities/1", "/nationalities/0", "/given_name"]


@pytest.mark.parametrize("path", [["address", None], ["given_name", None], ["degrees", 7], ["degrees", None, "x"],
                                  ["nothing"]])
def test_a_path_that_finds_nothing_in_the_credential_is_refused(path):
    with pytest.raises(UsageError, match="no claim at the DCQL path"):
        expand(path, CLAIMS)
