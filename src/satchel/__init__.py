"""Satchel: a learner-owned wallet for micro-credentials."""

__version__ = "0.1.0"
