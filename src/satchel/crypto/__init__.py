"""Keys and signatures: the only package that imports ``cryptography`` and ``nacl``.

Public surface: decode keys (multikey, JWK, legacy base58, RSA in PEM), verify signatures without
raising on a bad one, and create/sign with the holder's Ed25519 key. Bad key material raises
:class:`satchel.errors.InvalidKey`. ``satchel.crypto.x509`` (X.509 chains of signed requests) is
imported by its users, not here, so that starting the CLI does not load that stack.
"""

from satchel.crypto.digest import sha256, sha384
from satchel.crypto.keys import (
    PublicKey,
    decode_secret_multikey,
    did_key_for,
    encode_ed25519_secret_multikey,
    jwk_thumbprint,
    public_jwk,
    public_key_from_base58,
    public_key_from_jwk,
    public_key_from_multikey,
)
from satchel.crypto.multibase import (
    b58decode,
    b58encode,
    b64url_decode,
    b64url_encode,
    multibase_b58,
    multibase_decode,
)
from satchel.crypto.pem import rsa_jwk_from_pem
from satchel.crypto.signatures import (
    ED25519_JOSE_ALGS,
    algorithm_for,
    ed25519_multikey,
    generate_ed25519,
    sign_ecdsa,
    sign_ed25519,
    verify,
)

__all__ = [
    "ED25519_JOSE_ALGS", "PublicKey", "algorithm_for", "b58decode", "b58encode", "b64url_decode", "b64url_encode",
    "decode_secret_multikey", "did_key_for", "ed25519_multikey", "encode_ed25519_secret_multikey",
    "generate_ed25519", "jwk_thumbprint", "multibase_b58", "multibase_decode", "public_jwk", "public_key_from_base58",
    "public_key_from_jwk", "public_key_from_multikey", "rsa_jwk_from_pem", "sha256", "sha384", "sign_ecdsa",
    "sign_ed25519", "verify",
]
