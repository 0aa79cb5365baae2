"""Caps shared by layers that must agree (an importer and the verifier read the same presentations)."""

MAX_CREDENTIALS_IN_PRESENTATION = 100  # credentials in one presentation, for import and verification alike
