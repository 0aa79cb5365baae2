"""The network, through one injectable fetcher: the only package that imports ``httpx``."""
