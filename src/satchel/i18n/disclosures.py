"""Sentences about remembered disclosure choices (`satchel respond`, `share`, `present`, `disclosures`), and the
refusals of a choice that would show nothing or something not asked. English and French."""

from satchel.i18n.table import register

register({
    "error.nothing_revealed": {
        "en": "No claim of '{name}' is ticked: tick at least one of those asked, or decline.",
        "fr": "Aucune information de « {name} » n'est cochée : cochez-en au moins une parmi celles demandées, "
              "ou refusez."},
    "error.reveal_not_asked": {
        "en": "'{name}' was not asked for {claim}; only asked claims can be shown.",
        "fr": "« {name} » n'a pas été demandé pour {claim} ; seules les informations demandées peuvent être "
              "montrées."},
    "error.reveal_unknown": {
        "en": "No query of this request asks for {claim}; only asked claims can be shown.",
        "fr": "Aucune requête de cette demande ne porte sur {claim} ; seules les informations demandées peuvent "
              "être montrées."},
    "disclosures.always_shown": {"en": "(always shown)", "fr": "(toujours montrée)"},
    "disclosures.newly_asked": {"en": "(newly asked: not shown unless you add it with --reveal)",
                                "fr": "(nouvelle demande : non montrée sauf si vous l'ajoutez avec --reveal)"},
    "disclosures.not_shown_last_time": {"en": "(not shown last time)", "fr": "(non montrée la dernière fois)"},
    "disclosures.last_time": {"en": "Last time you showed this verifier ({when}): {fields}",
                              "fr": "La dernière fois, vous avez montré à ce vérificateur ({when}) : {fields}"},
    "disclosures.first_time": {"en": "All asked claims are shown; choose fewer with --reveal POINTER.",
                               "fr": "Toutes les informations demandées sont montrées ; choisissez-en moins avec "
                                     "--reveal POINTEUR."},
    "disclosures.not_remembered": {
        "en": "This verifier's identity is not proven, so your choice will not be remembered.",
        "fr": "L'identité de ce vérificateur n'est pas prouvée : votre choix ne sera pas mémorisé."},
    "disclosures.nothing": {"en": "nothing", "fr": "rien"},
    "disclosures.wider": {
        "en": "Note: last time you showed {domain} less of '{name}'; this time it also sees: {fields}",
        "fr": "Remarque : la dernière fois, vous avez montré moins de « {name} » à {domain} ; cette fois il voit "
              "aussi : {fields}"},
    "disclosures.none_kept": {"en": "No disclosure choices are remembered.",
                              "fr": "Aucun choix de partage n'est mémorisé."},
    "disclosures.entry": {"en": "{when}  {who}  {name}: {fields}", "fr": "{when}  {who}  {name} : {fields}"},
    "disclosures.forgotten": {"en": "Forgot {count} remembered choice(s).",
                              "fr": "{count} choix mémorisé(s) oublié(s)."},
    "disclosures.say_what": {
        "en": "Say what to forget: a VERIFIER as listed, --credential ID, or --all.",
        "fr": "Dites quoi oublier : un VÉRIFICATEUR tel qu'il est listé, --credential ID, ou --all."},
})
