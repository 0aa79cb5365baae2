"""Issue 9 §1: `show` and `verify` agree on an Open Badges 2.0 assertion's dates, even offline."""

from __future__ import annotations

import json

ASSERTION = {"@context": "https://w3id.org/openbadges/v2", "type": "Assertion",
             "id": "https://uni.example/assertions/7",
             "recipient": {"type": "email", "hashed": False, "identity": "a@example.org"},
             "issuedOn": "2021-11-15T00:00:00Z", "expires": "2022-11-15T00:00:00Z",
             "verification": {"type": "hosted"}, "badge": "https://uni.example/badges/robotics.json"}


def test_show_and_verify_agree_on_expiry(cli, tmp_path):
    path = tmp_path / "assertion.json"
    path.write_text(json.dumps(ASSERTION))
    cid = cli.json("import", str(path))[0]["added"][0]
    assert "Valid until: 2022-11-15" in cli("show", cid)[1]
    code, out, _ = cli("verify", cid, "--offline")
    assert code == 1 and "expired on 2022-11-15" in out and "does not expire" not in out
