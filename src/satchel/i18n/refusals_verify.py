"""French for the specific refusals of verify (see satchel.i18n.messages)."""

FRENCH: dict[str, str] = {
}
FRAGMENTS: dict[str, str] = {}
