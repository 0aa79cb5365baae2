"""French for the specific refusals of wallet (see satchel.i18n.messages)."""

FRENCH: dict[str, str] = {
}
