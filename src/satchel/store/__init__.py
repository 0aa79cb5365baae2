"""The encrypted wallet: the only package that imports ``sqlcipher3``."""
