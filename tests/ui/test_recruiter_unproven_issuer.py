"""Issue 9 §1 in the recruiter's report: an issuer whose identity was not proven is neither shown as
trusted nor as "not on your trusted list" (with its "Trust …" button): the check line says it was not
proven. A real report from the engine, not a hand-made one."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from satchel.clock import FixedClock
from satchel.net import OfflineFetcher
from satchel.ui.viewmodels import recruiter as vm
from satchel.vc.cache import DocumentCache
from satchel.vc.documents import DocumentSource
from satchel.vc.engine import Verifier
from satchel.vc.trust import TrustList

UNI = "https://uni.example/issuer.json"
ASSERTION = {"@context": "https://w3id.org/openbadges/v2", "type": "Assertion",
             "id": "https://badges.attacker.example/a/1",
             "recipient": {"type": "email", "hashed": False, "identity": "a@example.org"},
             "issuedOn": "2026-01-01T00:00:00Z", "verification": {"type": "hosted"},
             "badge": {"type": "BadgeClass", "name": "Robotics",
                       "issuer": {"id": UNI, "name": "Université Exemple",
                                  "verification": {"allowedOrigins": "badges.attacker.example"}}}}


def test_an_unproven_issuer_is_neither_trusted_nor_offered_for_trust(tmp_path):
    clock = FixedClock(datetime(2026, 11, 23, tzinfo=timezone.utc))
    cache = DocumentCache(tmp_path, clock)
    cache.put(ASSERTION["id"], json.dumps(ASSERTION).encode())
    verifier = Verifier(clock=clock, source=DocumentSource(cache, OfflineFetcher(), clock),
                        trust=TrustList([(UNI, "Université Exemple")]))
    (card,) = vm.credential_cards(verifier.verify_credential(ASSERTION), "en")
    assert card.trusted is None
    assert any("not proven" in line.sentence for line in card.checks)
