"""UI sentences about selective disclosure (registered by satchel.ui.strings)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "disclosure.title": {"en": "Fields you can hide when you share", "fr": "Informations masquables au partage"},
    "disclosure.intro_sd_jwt": {
        "en": "This credential (SD-JWT) lets you show only some of these claims; the others stay hidden, even "
              "from the QR code. From the command line: satchel share ID --reveal /claim.",
        "fr": "Ce badge (SD-JWT) vous permet de ne montrer que certaines de ces informations ; les autres restent "
              "cachées, même dans le QR code. En ligne de commande : satchel share ID --reveal /information."},
    "disclosure.intro_ecdsa_sd": {
        "en": "This credential (ecdsa-sd-2023) lets you show only some of these fields; the others stay hidden, "
              "even from the QR code. From the command line: satchel share ID --reveal /field.",
        "fr": "Ce badge (ecdsa-sd-2023) vous permet de ne montrer que certaines de ces informations ; les autres "
              "restent cachées, même dans le QR code. En ligne de commande : satchel share ID --reveal /champ."},
    "disclosure.none": {"en": "Its issuer made every field mandatory.",
                        "fr": "Son émetteur a rendu toutes les informations obligatoires."},
    "disclosure.mandatory": {"en": "Always shown (the issuer made them mandatory): {fields}",
                             "fr": "Toujours montrées (l'émetteur les a rendues obligatoires) : {fields}"},
    "disclosure.choose": {"en": "Fields to show: {name}", "fr": "Informations à montrer : {name}"},
    "disclosure.preview": {"en": "The recruiter will see: {shown}. Hidden (not in the QR code): {hidden}.",
                           "fr": "Le recruteur verra : {shown}. Masqué (absent du QR code) : {hidden}."},
}
