"""What a remembered disclosure choice means for the next request: narrowing kept, widening never applied."""

from __future__ import annotations

from satchel.model.disclosure import (
    RememberedChoice,
    hidden_after,
    key_label,
    openid4vp_verifier,
    path_key,
    path_pointer,
    path_touches,
    qr_verifier,
    recall,
    shown_of,
    widened,
)

NAME, EMAIL, GRADE = path_key(["name"]), path_key(["email"]), path_key(["grade"])


def choice(revealed, asked=None) -> RememberedChoice:
    return RememberedChoice("openid4vp:x509_san_dns:v.example", "v.example", "k", tuple(revealed),
                            None if asked is None else tuple(asked), "q", "2026-11-01T10:00:00Z")


def test_without_a_remembered_choice_everything_asked_starts_ticked():
    assert recall([NAME, EMAIL], None).preselected == (NAME, EMAIL)
    assert recall([NAME, EMAIL], None).newly_asked == ()


def test_the_same_request_gets_the_same_claims():
    again = recall([NAME, EMAIL], choice([NAME], asked=[NAME, EMAIL]))
    assert again.preselected == (NAME,) and again.newly_asked == ()  # email was declined, not new


def test_a_wider_request_gets_its_extra_claims_unticked_and_marked_new():
    wider = recall([NAME, EMAIL, GRADE], choice([NAME, EMAIL], asked=[NAME, EMAIL]))
    assert wider.preselected == (NAME, EMAIL)
    assert wider.newly_asked == (GRADE,)


def test_a_narrower_request_gets_only_what_it_asks():
    assert recall([NAME], choice([NAME, EMAIL], asked=[NAME, EMAIL])).preselected == (NAME,)


def test_verifier_keys_need_a_domain_or_a_proven_identity():
    assert qr_verifier("  Acme.Example ") == "domain:acme.example"
    assert qr_verifier("") is None and qr_verifier(None) is None
    assert openid4vp_verifier("x509_san_dns:v.example", True) == "openid4vp:x509_san_dns:v.example"
    assert openid4vp_verifier("redirect_uri:https://v.example/cb", False) is None


def test_claim_keys_labels_and_pointers():
    path = ["credentialSubject", "achievements", None, "name"]
    assert key_label(path_key(path)) == "credentialSubject › achievements › * › name"
    assert path_pointer(path) == "/credentialSubject/achievements/*/name"
    assert path_pointer(["a/b", "c~d", 0]) == "/a~1b/c~0d/0"
    assert key_label("/credentialSubject/achievement/name") == "credentialSubject › achievement › name"
    assert path_touches(["credentialSubject", "achievement"], "/credentialSubject/achievement/name")
    assert path_touches(["nationalities", None], "/nationalities/1")
    assert path_touches(["nationalities", 1], "/nationalities/1")
    assert not path_touches(["nationalities", 0], "/nationalities/1")
    assert not path_touches(["name"], "/credentialSubject/achievement/name")


POINTERS = ["/name", "/address", "/address/street", "/address/city"]


def test_a_share_recalled_unticks_what_was_hidden_and_nothing_else():
    assert hidden_after(POINTERS, POINTERS) == set()
    assert hidden_after(POINTERS, ["/name"]) == {"/address", "/address/street", "/address/city"}
    # /address stays ticked because its city was shown; only the street is unticked
    assert hidden_after(POINTERS, ["/name", "/address/city"]) == {"/address/street"}
    assert hidden_after(POINTERS, []) == set(POINTERS)


def test_what_a_share_showed_of_one_credential():
    assert shown_of(POINTERS, None) == tuple(POINTERS)
    assert shown_of(POINTERS, ["/address/city", "/issuer", "/address/city"]) == ("/address/city",)
    assert shown_of(POINTERS, ["/address"]) == ("/address",)


def test_widening_is_named_against_the_last_share():
    last = RememberedChoice("domain:acme.example", "acme.example", "k", ("/name",), None, None, "t")
    assert widened(POINTERS, list(POINTERS), last) == ("/address", "/address/street", "/address/city")
    assert widened(POINTERS, ["/name"], last) == ()
    assert widened(POINTERS, list(POINTERS), None) == ()
