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
    "disclosure.last_time": {"en": "Last time you showed {who} ({when}): {fields}. Fields it did not see are "
                                    "unticked.",
                              "fr": "La dernière fois, vous avez montré à {who} ({when}) : {fields}. Les "
                                    "informations qu'il n'a pas vues sont décochées."},
    "disclosure.domain": {"en": "Recruiter's domain (optional)", "fr": "Domaine du recruteur (facultatif)"},
    "disclosure.domain_hint": {
        "en": "The presentation is bound to it. Satchel remembers, for this domain, which fields you show, and "
              "chooses the same ones next time.",
        "fr": "La présentation lui est liée. Satchel retient, pour ce domaine, les informations que vous montrez, "
              "et choisit les mêmes la prochaine fois."},
    "disclosure.preview": {"en": "The recruiter will see: {shown}. Hidden (not in the QR code): {hidden}.",
                           "fr": "Le recruteur verra : {shown}. Masqué (absent du QR code) : {hidden}."},
    # Answering a verifier (OpenID4VP): the asked claims a credential can hide
    "online.claims_title": {"en": "Claims to show", "fr": "Informations à montrer"},
    "online.last_time": {"en": "Last time you showed this verifier ({when}): {fields}.",
                         "fr": "La dernière fois, vous avez montré à ce vérificateur ({when}) : {fields}."},
    "online.newly_asked": {"en": "newly asked", "fr": "nouvelle demande"},
    "online.newly_asked_note": {
        "en": "This verifier now asks for more than you showed it last time. What it newly asks for is not ticked: "
              "tick it only if you want to show it.",
        "fr": "Ce vérificateur demande maintenant plus que ce que vous lui avez montré la dernière fois. Ce qu'il "
              "demande de nouveau n'est pas coché : cochez-le seulement si vous voulez le montrer."},
    "online.always_shown": {"en": "Always shown (the issuer made them visible): {fields}",
                            "fr": "Toujours montrées (l'émetteur les a rendues visibles) : {fields}"},
    "online.not_remembered": {
        "en": "This verifier's identity is not proven, so your choice is not remembered.",
        "fr": "L'identité de ce vérificateur n'est pas prouvée : votre choix n'est pas mémorisé."},
    "online.tick_one": {"en": "Tick at least one claim to show, or decline.",
                        "fr": "Cochez au moins une information à montrer, ou refusez."},
    # Settings: the remembered choices
    "settings.remembered": {"en": "Fields remembered per verifier", "fr": "Informations mémorisées par vérificateur"},
    "settings.remembered_hint": {
        "en": "When you share with a recruiter's domain or answer a proven verifier, Satchel remembers which fields "
              "you showed, and chooses the same ones the next time they ask.",
        "fr": "Quand vous partagez avec le domaine d'un recruteur ou répondez à un vérificateur prouvé, Satchel "
              "retient les informations que vous avez montrées, et choisit les mêmes la prochaine fois."},
    "settings.remembered_none": {"en": "Nothing is remembered.", "fr": "Rien n'est mémorisé."},
    "settings.remembered_entry": {"en": "{who} — {name}: {fields} ({when})",
                                  "fr": "{who} — {name} : {fields} ({when})"},
    "settings.remembered_forget": {"en": "Forget remembered fields", "fr": "Oublier les informations mémorisées"},
    "settings.remembered_confirm": {
        "en": "Forget the fields remembered for every verifier? Next time, every field will start ticked again.",
        "fr": "Oublier les informations mémorisées pour tous les vérificateurs ? La prochaine fois, toutes les "
              "informations seront de nouveau cochées au départ."},
    "settings.remembered_forgotten": {"en": "Forgot {count} remembered choice(s).",
                                      "fr": "{count} choix mémorisé(s) oublié(s)."},
}
