"""Keys and signatures: the only package that imports ``cryptography`` and ``nacl``."""
