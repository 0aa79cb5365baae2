"""Every sentence the app shows, in English and French, registered as ``ui.*`` keys in satchel.i18n.

Screens call ``tr(key, lang, **params)`` with the short key (without the ``ui.`` prefix).
"""

from __future__ import annotations

from typing import Any

from satchel.i18n import register, t

_STRINGS: dict[str, dict[str, str]] = {
    # -- app shell --------------------------------------------------------------------------------
    "app.title": {"en": "Satchel", "fr": "Satchel"},
    "app.tagline": {"en": "Your badges and credentials, kept by you.",
                    "fr": "Vos badges et certifications, gardés par vous."},
    "nav.credentials": {"en": "Credentials", "fr": "Badges"},
    "nav.add": {"en": "Add", "fr": "Ajouter"},
    "nav.share": {"en": "Share", "fr": "Partager"},
    "nav.settings": {"en": "Settings", "fr": "Paramètres"},
    "nav.lock": {"en": "Lock wallet", "fr": "Verrouiller le portefeuille"},
    "nav.back": {"en": "Back", "fr": "Retour"},
    "common.cancel": {"en": "Cancel", "fr": "Annuler"},
    "common.close": {"en": "Close", "fr": "Fermer"},
    "common.save": {"en": "Save", "fr": "Enregistrer"},
    "common.delete": {"en": "Delete", "fr": "Supprimer"},
    "common.working": {"en": "Working…", "fr": "En cours…"},
    "common.none": {"en": "None", "fr": "Aucun"},
    "common.copied": {"en": "Copied to the clipboard.", "fr": "Copié dans le presse-papiers."},
    "common.saved": {"en": "Saved.", "fr": "Enregistré."},
    "common.unexpected": {"en": "Something unexpected went wrong: {detail}",
                          "fr": "Un problème inattendu est survenu : {detail}"},
    # -- first run and unlock ---------------------------------------------------------------------
    "create.title": {"en": "Create your wallet", "fr": "Créez votre portefeuille"},
    "create.intro": {"en": "Choose a passphrase. It encrypts everything in your wallet on this device.",
                     "fr": "Choisissez une phrase secrète. Elle chiffre tout le contenu de votre portefeuille "
                           "sur cet appareil."},
    "create.warning": {"en": "Nobody can recover a forgotten passphrase, not even Satchel. Keep it somewhere "
                             "safe, and make an encrypted backup from Settings once your badges are in.",
                       "fr": "Personne ne peut retrouver une phrase secrète oubliée, pas même Satchel. "
                             "Conservez-la en lieu sûr et faites une sauvegarde chiffrée depuis les "
                             "Paramètres une fois vos badges ajoutés."},
    "create.passphrase": {"en": "Passphrase", "fr": "Phrase secrète"},
    "create.repeat": {"en": "Repeat the passphrase", "fr": "Répétez la phrase secrète"},
    "create.submit": {"en": "Create wallet", "fr": "Créer le portefeuille"},
    "create.creating": {"en": "Creating your wallet…", "fr": "Création du portefeuille…"},
    "create.mismatch": {"en": "The two passphrases are not the same.",
                        "fr": "Les deux phrases secrètes ne sont pas identiques."},
    "strength.empty": {"en": "Use at least 10 characters; a few unrelated words work well.",
                       "fr": "Utilisez au moins 10 caractères ; quelques mots sans lien vont très bien."},
    "strength.too_short": {"en": "Too short: use at least 10 characters.",
                           "fr": "Trop courte : utilisez au moins 10 caractères."},
    "strength.weak": {"en": "Weak: easy to guess. Add more words or characters.",
                      "fr": "Faible : facile à deviner. Ajoutez des mots ou des caractères."},
    "strength.fair": {"en": "Fair: a longer passphrase would be safer.",
                      "fr": "Moyenne : une phrase plus longue serait plus sûre."},
    "strength.good": {"en": "Good.", "fr": "Bonne."},
    "strength.strong": {"en": "Strong.", "fr": "Solide."},
    "unlock.title": {"en": "Unlock your wallet", "fr": "Déverrouillez votre portefeuille"},
    "unlock.passphrase": {"en": "Passphrase", "fr": "Phrase secrète"},
    "unlock.submit": {"en": "Unlock", "fr": "Déverrouiller"},
    "unlock.already_open": {"en": "Your wallet is already open.", "fr": "Votre portefeuille est déjà ouvert."},
    "unlock.go_on": {"en": "Go to your credentials", "fr": "Aller à vos badges"},
    "unlock.opening": {"en": "Opening your wallet…", "fr": "Ouverture du portefeuille…"},
    "unlock.wrong": {"en": "That passphrase does not open this wallet. Nothing was changed; try again.",
                     "fr": "Cette phrase secrète n'ouvre pas ce portefeuille. Rien n'a été modifié ; "
                           "réessayez."},
    "unlock.locked_idle": {"en": "Locked after {minutes} minutes without use.",
                           "fr": "Verrouillé après {minutes} minutes sans utilisation."},
    "unlock.language": {"en": "Language", "fr": "Langue"},
    # -- credentials list -------------------------------------------------------------------------
    "list.title": {"en": "My credentials", "fr": "Mes badges"},
    "list.search": {"en": "Search credentials", "fr": "Rechercher des badges"},
    "list.count": {"en": "{count} credentials", "fr": "{count} badges"},
    "list.count_one": {"en": "1 credential", "fr": "1 badge"},
    "list.more": {"en": "Show more ({remaining} left)", "fr": "Afficher plus (encore {remaining})"},
    "list.loading": {"en": "Loading…", "fr": "Chargement…"},
    "list.empty_title": {"en": "Your wallet is empty", "fr": "Votre portefeuille est vide"},
    "list.empty_body": {"en": "Add your first badge: choose the file your school or employer sent you "
                              "(JSON, PNG or SVG badge), paste its text, open a link, or scan a QR image.",
                        "fr": "Ajoutez votre premier badge : choisissez le fichier envoyé par votre école "
                              "ou votre employeur (badge JSON, PNG ou SVG), collez son texte, ouvrez un "
                              "lien ou lisez un QR code depuis une image."},
    "list.empty_action": {"en": "Add a first badge", "fr": "Ajouter un premier badge"},
    "list.no_match": {"en": "No credential matches these filters.",
                      "fr": "Aucun badge ne correspond à ces filtres."},
    "list.clear_filters": {"en": "Clear filters", "fr": "Effacer les filtres"},
    "verify_all.action": {"en": "Verify all", "fr": "Tout vérifier"},
    "verify_all.stop": {"en": "Stop", "fr": "Arrêter"},
    "verify_all.hint": {"en": "Check every credential again.", "fr": "Vérifier à nouveau chaque badge."},
    "verify_all.running": {"en": "Verifying {done} of {total}…", "fr": "Vérification : {done} sur {total}…"},
    "verify_all.done_all": {"en": "All {total} credentials verified again.",
                            "fr": "Les {total} badges ont été vérifiés à nouveau."},
    "verify_all.done_some": {"en": "{total} credentials verified again. Not fully verified: {others} "
                                   "(filter the list by status to see them).",
                             "fr": "{total} badges vérifiés à nouveau. Pas entièrement vérifiés : {others} "
                                   "(filtrez la liste par statut pour les voir)."},
    "verify_all.stopped": {"en": "Stopped after {done} of {total} credentials.",
                           "fr": "Arrêté après {done} badges sur {total}."},
    "filter.tag": {"en": "Tag", "fr": "Étiquette"},
    "filter.collection": {"en": "Collection", "fr": "Collection"},
    "filter.issuer": {"en": "Issuer", "fr": "Émetteur"},
    "filter.status": {"en": "Status", "fr": "Statut"},
    "filter.any": {"en": "All", "fr": "Tous"},
    "filter.show": {"en": "Filters ({count})", "fr": "Filtres ({count})"},
    "filter.hide": {"en": "Hide filters", "fr": "Masquer les filtres"},
    "filter.chip": {"en": "{name}: {value}", "fr": "{name} : {value}"},
    "filter.remove": {"en": "Remove filter {name}", "fr": "Retirer le filtre {name}"},
    "sort.label": {"en": "Sort by", "fr": "Trier par"},
    "sort.name": {"en": "Name", "fr": "Nom"},
    "sort.issuer": {"en": "Issuer", "fr": "Émetteur"},
    "sort.issued": {"en": "Date issued", "fr": "Date d'émission"},
    "sort.added": {"en": "Date added", "fr": "Date d'ajout"},
    "sort.descending": {"en": "Reverse order", "fr": "Ordre inverse"},
    "card.issued": {"en": "Issued {date}", "fr": "Émis le {date}"},
    "card.no_name": {"en": "Untitled credential", "fr": "Badge sans titre"},
    "card.no_issuer": {"en": "Unknown issuer", "fr": "Émetteur inconnu"},
    "card.open": {"en": "Open {name}", "fr": "Ouvrir {name}"},
    "card.select": {"en": "Select {name} for sharing", "fr": "Sélectionner {name} pour le partage"},
    "chip.verified": {"en": "Verified", "fr": "Vérifié"},
    "chip.expired": {"en": "Expired", "fr": "Expiré"},
    "chip.not_yet_valid": {"en": "Not valid yet", "fr": "Pas encore valide"},
    "chip.revoked": {"en": "Revoked", "fr": "Révoqué"},
    "chip.unknown": {"en": "Unknown", "fr": "Inconnu"},
    "chip.invalid": {"en": "Invalid", "fr": "Invalide"},
    "chip.failed": {"en": "Not authentic", "fr": "Non authentique"},  # as the outcome: a signature did not match
    "chip.unverified": {"en": "Not verified", "fr": "Non vérifié"},
    "chip.label": {"en": "Status: {status}", "fr": "Statut : {status}"},
}


def tr(key: str, lang: str, **params: Any) -> str:
    """The UI sentence ``ui.<key>`` in ``lang`` (English when French is missing)."""
    return t(f"ui.{key}", lang, **params)


def keys() -> list[str]:
    return sorted(_STRINGS)


def _register_all() -> None:
    from satchel.ui import strings_disclosure, strings_europe, strings_exchange, strings_screens

    register({f"ui.{k}": v for k, v in _STRINGS.items()})
    register({f"ui.{k}": v for k, v in strings_screens.STRINGS.items()})
    register({f"ui.{k}": v for k, v in strings_exchange.STRINGS.items()})
    register({f"ui.{k}": v for k, v in strings_disclosure.STRINGS.items()})
    register({f"ui.{k}": v for k, v in strings_europe.STRINGS.items()})


_register_all()
