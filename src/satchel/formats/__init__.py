"""Parsing what arrives: pure functions from bytes to parsed credentials, or a typed error."""
