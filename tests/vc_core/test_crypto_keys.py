"""satchel.crypto: key decoding, signature verification that never raises, holder keys."""

from __future__ import annotations

import random

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from satchel import crypto
from satchel.errors import InvalidKey

ED_MULTIKEY = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
P256_MULTIKEY = "zDnaepBuvsQ8cpsWrVKw8fbpGpvPeNSjVPTWoq6cRqaYzBKVP"
P384_MULTIKEY = "z82LkuBieyGShVBhvtE2zoiD6Kma4tJGFtkAhxR5pfkp5QPw4LutoYWhvQCnGjdVn14kujQ"


@pytest.mark.parametrize("multikey,kind", [(ED_MULTIKEY, "Ed25519"), (P256_MULTIKEY, "P-256"),
                                           (P384_MULTIKEY, "P-384")])
def test_multikeys_decode_and_round_trip(multikey, kind):
    key = crypto.public_key_from_multikey(multikey)
    assert key.kind == kind
    assert key.multikey == multikey
    assert crypto.did_key_for(multikey) == "did:key:" + multikey


@pytest.mark.parametrize("bad", ["", "6MkrJVna", "zzzz", "z0OIl", "u" + "A" * 10,
                                 crypto.multibase_b58(b"\xec\x01" + b"\x02" * 32)])
def test_bad_multikeys_raise_invalid_key(bad):
    with pytest.raises(InvalidKey):
        crypto.public_key_from_multikey(bad)


def test_truncated_ed25519_key_is_refused():
    with pytest.raises(InvalidKey):
        crypto.public_key_from_multikey(crypto.multibase_b58(b"\xed\x01" + b"\x01" * 31))


def test_p256_malformed_point_is_refused():
    with pytest.raises(InvalidKey):
        crypto.public_key_from_multikey(crypto.multibase_b58(b"\x80\x24\x05" + b"\x01" * 32))


def _raw_ecdsa(private, data, digest, size):
    r, s = decode_dss_signature(private.sign(data, ec.ECDSA(digest)))
    return r.to_bytes(size, "big") + s.to_bytes(size, "big")


@pytest.mark.parametrize("curve,alg,digest,size", [(ec.SECP256R1(), "ES256", hashes.SHA256(), 32),
                                                   (ec.SECP384R1(), "ES384", hashes.SHA384(), 48)])
def test_ecdsa_jwk_raw_signatures(curve, alg, digest, size):
    private = ec.generate_private_key(curve)
    numbers = private.public_key().public_numbers()
    jwk = {"kty": "EC", "crv": "P-256" if size == 32 else "P-384",
           "x": crypto.b64url_encode(numbers.x.to_bytes(size, "big")),
           "y": crypto.b64url_encode(numbers.y.to_bytes(size, "big"))}
    key = crypto.public_key_from_jwk(jwk)
    signature = _raw_ecdsa(private, b"payload", digest, size)
    assert crypto.verify(key, alg, b"payload", signature)
    assert not crypto.verify(key, alg, b"payl0ad", signature)
    assert not crypto.verify(key, alg, b"payload", signature[:-1])
    assert not crypto.verify(key, "ES384" if alg == "ES256" else "ES256", b"payload", signature)
    assert crypto.public_jwk(key) == jwk
    assert crypto.public_key_from_multikey(key.multikey).kind == key.kind


def test_sign_ecdsa_verifies():
    secret = (7).to_bytes(32, "big")
    private = ec.derive_private_key(7, ec.SECP256R1())
    numbers = private.public_key().public_numbers()
    key = crypto.public_key_from_jwk({"kty": "EC", "crv": "P-256",
                                      "x": crypto.b64url_encode(numbers.x.to_bytes(32, "big")),
                                      "y": crypto.b64url_encode(numbers.y.to_bytes(32, "big"))})
    assert crypto.verify(key, "ES256", b"m", crypto.sign_ecdsa(secret, "P-256", b"m"))


def test_rsa_rs256_and_minimum_size():
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    numbers = private.public_key().public_numbers()
    jwk = {"kty": "RSA", "n": crypto.b64url_encode(numbers.n.to_bytes(256, "big")),
           "e": crypto.b64url_encode(numbers.e.to_bytes(3, "big"))}
    key = crypto.public_key_from_jwk(jwk)
    signature = private.sign(b"jwt", padding.PKCS1v15(), hashes.SHA256())
    assert crypto.verify(key, "RS256", b"jwt", signature)
    assert not crypto.verify(key, "RS256", b"jwT", signature)
    assert not crypto.verify(key, "ES256", b"jwt", signature)
    small = rsa.generate_private_key(public_exponent=65537, key_size=1024).public_key().public_numbers()
    with pytest.raises(InvalidKey):
        crypto.public_key_from_jwk({"kty": "RSA", "n": crypto.b64url_encode(small.n.to_bytes(128, "big")),
                                    "e": "AQAB"})


@pytest.mark.parametrize("jwk", [{}, {"kty": "oct", "k": "AAAA"}, {"kty": "OKP", "crv": "X25519", "x": "AA"},
                                 {"kty": "EC", "crv": "P-256", "x": "AA", "y": "AA"},
                                 {"kty": "OKP", "crv": "Ed25519"}, "not-a-dict"])
def test_bad_jwks_raise_invalid_key(jwk):
    with pytest.raises(InvalidKey):
        crypto.public_key_from_jwk(jwk)


def test_holder_key_generation_signing_and_secret_encoding():
    secret, multikey = crypto.generate_ed25519()
    assert len(secret) == 32 and multikey.startswith("z6Mk")
    key = crypto.public_key_from_multikey(multikey)
    signature = crypto.sign_ed25519(secret, b"hello")
    assert crypto.verify(key, "Ed25519", b"hello", signature)
    assert not crypto.verify(key, "Ed25519", b"hellO", signature)
    assert not crypto.verify(key, "Ed25519", b"hello", b"\x00" * 64)
    assert crypto.decode_secret_multikey(crypto.encode_ed25519_secret_multikey(secret)) == ("Ed25519", secret)
    with pytest.raises(InvalidKey):
        crypto.sign_ed25519(secret[:31], b"x")


def test_published_secret_key_formats_decode():
    # 32-byte seed (W3C vectors) and seed‖public (JS ed25519-multikey keygen) both decode
    kind, seed = crypto.decode_secret_multikey("z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq")
    assert kind == "Ed25519" and crypto.ed25519_multikey(seed) == ED_MULTIKEY
    kind, seed = crypto.decode_secret_multikey(
        "zrv2Cb3YPyxkpjh3ZmKYg598KJQu1pG46PE2FRU57m5zb3zTUG4qe9ycwqfvpSmKdQ6ssdkMsWB8KP36jhi464Wh1MJ")
    assert crypto.ed25519_multikey(seed) == "z6MkkWCtzjzQKaWjHtZAKxgvRK57vn9gqh2iBpWHMGbvA9eG"
    assert crypto.decode_secret_multikey("z42twTcNeSYcnqg1FLuSFs2bsGH3ZqbRHFmvS9XMsYhjxvHN")[0] == "P-256"


def test_hash_helpers():
    assert crypto.sha256(b"abc").hex().startswith("ba7816bf")
    assert crypto.sha384(b"abc").hex().startswith("cb00753f")


def test_base58_round_trip_keeps_leading_zeros():
    for data in (b"", b"\x00", b"\x00\x00\x01", bytes(range(40))):
        assert crypto.b58decode(crypto.b58encode(data)) == data


@pytest.mark.parametrize("text", ["1", "11", "1112", "z", "2NEpo7TZRRrLZSi2U", ""])
def test_base58_matches_the_reference_codec(text):
    import base58
    assert crypto.b58decode(text) == base58.b58decode(text)
    assert crypto.b58encode(base58.b58decode(text)) == text


@pytest.mark.parametrize("bad", ["0", "O", "I", "l", "abc ", " abc", "ab\ncd", "é"])
def test_base58_refuses_what_is_not_base58btc(bad):
    with pytest.raises(ValueError):
        crypto.b58decode(bad)


def test_base58_decodes_as_the_reference_codec_on_random_bytes():
    import base58
    rng = random.Random(14)
    for _ in range(3000):
        data = bytes(rng.randrange(4)) + rng.randbytes(rng.randrange(80))  # leading zero bytes too
        text = base58.b58encode(data).decode("ascii")
        assert crypto.b58decode(text) == base58.b58decode(text) == data
