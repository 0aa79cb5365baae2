"""Fixtures for the share layer tests."""

from __future__ import annotations

import pytest
from share_helpers import CORPUS, bundled_contexts


@pytest.fixture(scope="session")
def context_loader():
    contexts = bundled_contexts()

    def loader(url: str) -> dict:
        return contexts[url]

    return loader


@pytest.fixture(scope="session")
def corpus():
    return CORPUS
