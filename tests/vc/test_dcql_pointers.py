"""DCQL claim paths become --reveal pointers exactly (the query examples of the verifier peer's README §3.2)."""

from __future__ import annotations

import pytest

from satchel.errors import UsageError
from satchel.model.dcql import pointer_for, pointers_for


def test_claim_paths_become_json_pointers():
    assert pointers_for([{"path": ["given_name"]}, {"path": ["family_name"]}]) == ["/given_name", "/family_name"]
    assert pointer_for(["credentialSubject", "achievement", "name"]) == "/credentialSubject/achievement/name"
    assert pointer_for(["nationalities", 0]) == "/nationalities/0"
    assert pointer_for(["a/b", "c~d"]) == "/a~1b/c~0d"
    assert pointers_for(None) is None and pointers_for([]) is None  # no claims: the whole credential


@pytest.mark.parametrize("path", [[], ["degrees", None, "type"], [True], ["x", -1], "given_name"])
def test_paths_that_cannot_be_revealed_exactly_are_refused(path):
    with pytest.raises(UsageError):
        pointer_for(path)
