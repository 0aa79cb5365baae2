"""UI sentences for the detail, add, share and settings screens (registered by satchel.ui.strings)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # -- credential detail ------------------------------------------------------------------------
    "detail.description": {"en": "Description", "fr": "Description"},
    "detail.criteria": {"en": "Criteria", "fr": "Critères"},
    "detail.issuer": {"en": "Issuer", "fr": "Émetteur"},
    "detail.subject": {"en": "Awarded to", "fr": "Décerné à"},
    "detail.type": {"en": "Achievement type", "fr": "Type de réussite"},
    "detail.issued": {"en": "Issued", "fr": "Émis le"},
    "detail.valid_from": {"en": "Valid from", "fr": "Valide à partir du"},
    "detail.valid_until": {"en": "Valid until", "fr": "Valide jusqu'au"},
    "detail.added": {"en": "Added to the wallet", "fr": "Ajouté au portefeuille"},
    "detail.suggest_tag": {"en": "Add the tag {name}", "fr": "Ajouter l'étiquette {name}"},
    "detail.suggest_collection": {"en": "Add to the collection {name}", "fr": "Ajouter à la collection {name}"},
    "detail.decoded_token": {"en": "Decoded token (header and content, as signed):",
                             "fr": "Jeton décodé (en-tête et contenu, tels que signés) :"},
    "detail.format": {"en": "Format", "fr": "Format"},
    "format.vc": {"en": "Verifiable credential {version}", "fr": "Attestation vérifiable {version}"},
    "format.ob2": {"en": "Open Badge 2.0", "fr": "Open Badge 2.0"},
    "format.vc-json": {"en": "data file (JSON)", "fr": "fichier de données (JSON)"},
    "format.vc-jwt": {"en": "signed token (JWT)", "fr": "jeton signé (JWT)"},
    "format.ob2-json": {"en": "hosted by the issuer", "fr": "hébergé par l'émetteur"},
    "format.ob2-jws": {"en": "signed token (JWS)", "fr": "jeton signé (JWS)"},
    "format.baked-png": {"en": "badge picture (PNG)", "fr": "image de badge (PNG)"},
    "format.baked-svg": {"en": "badge picture (SVG)", "fr": "image de badge (SVG)"},
    "format.jades-json": {"en": "sealed file (JAdES)", "fr": "fichier scellé (JAdES)"},
    "format.link": {"en": "link to the issuer's website", "fr": "lien vers le site de l'émetteur"},
    "detail.alignments": {"en": "Aligned with", "fr": "Aligné sur"},
    "detail.related": {"en": "How it stacks", "fr": "Parcours et équivalences"},
    "detail.verification": {"en": "Verification", "fr": "Vérification"},
    "detail.never_verified": {"en": "This credential has not been verified yet.",
                              "fr": "Ce badge n'a pas encore été vérifié."},
    "detail.checked_ago": {"en": "Checked {age}", "fr": "Vérifié {age}"},
    "detail.verify_again": {"en": "Verify again", "fr": "Vérifier à nouveau"},
    "detail.verifying": {"en": "Verifying…", "fr": "Vérification…"},
    "detail.tags": {"en": "Tags", "fr": "Étiquettes"},
    "detail.add_tag": {"en": "Add a tag", "fr": "Ajouter une étiquette"},
    "detail.remove_tag": {"en": "Remove tag {tag}", "fr": "Retirer l'étiquette {tag}"},
    "detail.collections": {"en": "Collections", "fr": "Collections"},
    "detail.add_collection": {"en": "Add to a collection", "fr": "Ajouter à une collection"},
    "detail.remove_collection": {"en": "Remove from {name}", "fr": "Retirer de {name}"},
    "detail.raw": {"en": "Show the raw credential", "fr": "Afficher le badge brut"},
    "detail.hide_raw": {"en": "Hide the raw credential", "fr": "Masquer le badge brut"},
    "detail.raw_binary": {"en": "This credential is a badge image ({size} bytes); use Export file to get it.",
                          "fr": "Ce badge est une image ({size} octets) ; utilisez Exporter le fichier pour "
                                "la récupérer."},
    "detail.export": {"en": "Export file", "fr": "Exporter le fichier"},
    "detail.share_this": {"en": "Share this credential", "fr": "Partager ce badge"},
    "detail.delete": {"en": "Delete", "fr": "Supprimer"},
    "detail.delete_title": {"en": "Delete this credential?", "fr": "Supprimer ce badge ?"},
    "detail.delete_body": {"en": "“{name}” will be removed from this wallet. Keep a copy (Export file) if you "
                                 "may need it again.",
                           "fr": "« {name} » sera retiré de ce portefeuille. Gardez-en une copie (Exporter le "
                                 "fichier) si vous pourriez en avoir besoin."},
    "detail.deleted": {"en": "The credential was deleted.", "fr": "Le badge a été supprimé."},
    "detail.not_found": {"en": "This credential is no longer in the wallet.",
                         "fr": "Ce badge n'est plus dans le portefeuille."},
    "age.now": {"en": "just now", "fr": "à l'instant"},
    "age.minutes": {"en": "{n} min ago", "fr": "il y a {n} min"},
    "age.hours": {"en": "{n} h ago", "fr": "il y a {n} h"},
    "age.days": {"en": "{n} days ago", "fr": "il y a {n} jours"},
    "age.day": {"en": "yesterday", "fr": "hier"},
    # -- add credentials --------------------------------------------------------------------------
    "add.title": {"en": "Add credentials", "fr": "Ajouter des badges"},
    "add.files": {"en": "Choose files", "fr": "Choisir des fichiers"},
    "add.files_hint": {"en": "Badge files: JSON, JWT, PNG or SVG. You can pick several at once.",
                       "fr": "Fichiers de badge : JSON, JWT, PNG ou SVG. Vous pouvez en choisir plusieurs."},
    "add.paste": {"en": "Paste a credential", "fr": "Coller un badge"},
    "add.paste_label": {"en": "Credential text (JSON or JWT)", "fr": "Texte du badge (JSON ou JWT)"},
    "add.paste_submit": {"en": "Add pasted text", "fr": "Ajouter le texte collé"},
    "add.url": {"en": "From a link", "fr": "Depuis un lien"},
    "add.url_label": {"en": "Link to the credential (https://…)", "fr": "Lien vers le badge (https://…)"},
    "add.url_submit": {"en": "Fetch", "fr": "Télécharger"},
    "add.url_confirm_title": {"en": "Download from {host}?", "fr": "Télécharger depuis {host} ?"},
    "add.url_confirm_body": {"en": "Satchel will contact {host} once to download this credential. Nothing "
                                   "about you is sent.",
                             "fr": "Satchel contactera {host} une fois pour télécharger ce badge. Rien "
                                   "vous concernant n'est envoyé."},
    "add.url_confirm": {"en": "Download", "fr": "Télécharger"},
    "add.scan": {"en": "Scan a QR code from an image", "fr": "Lire un QR code depuis une image"},
    "add.scan_hint": {"en": "A photo or screenshot of a QR code (for a code in several parts, pick one "
                            "picture of each part).",
                      "fr": "Une photo ou une capture d'écran d'un QR code (pour un code en plusieurs "
                            "parties, choisissez une image de chaque partie)."},
    "add.progress": {"en": "Adding {done} of {total}: {name}", "fr": "Ajout {done} sur {total} : {name}"},
    "add.summary": {"en": "{added} added, {existing} already in the wallet, {refused} refused.",
                    "fr": "{added} ajouté(s), {existing} déjà présent(s), {refused} refusé(s)."},
    "add.item_added": {"en": "Added", "fr": "Ajouté"},
    "add.item_not_authentic": {"en": "Added, but not authentic", "fr": "Ajouté, mais pas authentique"},
    "add.item_with_status": {"en": "{what} · {status}", "fr": "{what} · {status}"},
    "add.item_existing": {"en": "Already in the wallet", "fr": "Déjà dans le portefeuille"},
    "add.item_refused": {"en": "Refused: {reason}", "fr": "Refusé : {reason}"},
    "add.open_added": {"en": "Open", "fr": "Ouvrir"},
    "add.scan_report": {"en": "QR code read: {outcome}", "fr": "QR code lu : {outcome}"},
    # -- share ------------------------------------------------------------------------------------
    "share.title": {"en": "Share credentials", "fr": "Partager des badges"},
    "share.pick": {"en": "Choose the credentials to show", "fr": "Choisissez les badges à montrer"},
    "share.selected": {"en": "{count} selected", "fr": "{count} sélectionné(s)"},
    "share.challenge": {"en": "Verifier's challenge (optional)", "fr": "Défi du vérificateur (facultatif)"},
    "share.challenge_hint": {"en": "If the recruiter gives you a code, type it here: it proves this "
                                   "presentation was made for them, now.",
                             "fr": "Si le recruteur vous donne un code, saisissez-le ici : il prouve que "
                                   "cette présentation a été faite pour lui, maintenant."},
    "share.create": {"en": "Create the QR code", "fr": "Créer le QR code"},
    "share.creating": {"en": "Signing the presentation…", "fr": "Signature de la présentation…"},
    "share.none": {"en": "Select at least one credential.", "fr": "Sélectionnez au moins un badge."},
    "share.note": {"en": "The recipient will see the selected credentials as issued (names, issuer, dates, "
                         "and the person they were awarded to), minus any field you chose to hide, signed "
                         "by this wallet. "
                         "Nothing is uploaded: the QR code and files stay on this device until you hand "
                         "them over.",
                   "fr": "Le destinataire verra les badges sélectionnés tels qu'ils ont été émis (noms, "
                         "émetteur, dates et personne à qui ils ont été décernés), sans les informations "
                         "que vous avez choisi de masquer, signés par ce "
                         "portefeuille. Rien n'est envoyé en ligne : le QR code et les fichiers restent sur "
                         "cet appareil jusqu'à ce que vous les transmettiez."},
    "share.full_screen": {"en": "Show full screen", "fr": "Afficher en plein écran"},
    "share.save_vp": {"en": "Save presentation file", "fr": "Enregistrer la présentation"},
    "share.save_pdf": {"en": "Save PDF", "fr": "Enregistrer en PDF"},
    "share.copy": {"en": "Copy presentation", "fr": "Copier la présentation"},
    "share.linkedin": {"en": "Add “{name}” to LinkedIn", "fr": "Ajouter « {name} » à LinkedIn"},
    "share.frame": {"en": "Part {index} of {total}", "fr": "Partie {index} sur {total}"},
    "share.qr_label": {"en": "QR code of the presentation", "fr": "QR code de la présentation"},
    "share.ready": {"en": "Ready to show: {count} credential(s).", "fr": "Prêt à montrer : {count} badge(s)."},
    "share.animated": {"en": "Several parts: keep the code in view until the scanner has them all.",
                       "fr": "Plusieurs parties : laissez le code visible jusqu'à ce que le lecteur les "
                             "ait toutes."},
    "share.challenge_scan": {"en": "Read the recruiter's code from a picture",
                             "fr": "Lire le code du recruteur sur une image"},
    "share.challenge_read": {"en": "Challenge read: {code}", "fr": "Défi lu : {code}"},
    "share.challenge_read_domain": {"en": "Challenge read: {code}, for the recruiter's domain {domain}",
                                    "fr": "Défi lu : {code}, pour le domaine du recruteur {domain}"},
    "share.bound_to": {"en": "Bound to the recruiter's domain: {domain}",
                       "fr": "Liée au domaine du recruteur : {domain}"},
    "share.challenge_camera": {"en": "Scan the recruiter's code", "fr": "Scanner le code du recruteur"},
    "share.camera_close": {"en": "Close the camera", "fr": "Fermer la caméra"},
    "share.camera_aim": {"en": "Point the camera at the challenge QR code on the recruiter's screen.",
                         "fr": "Dirigez la caméra vers le QR code du défi affiché par le recruteur."},
    "share.camera_no_code": {"en": "No code in view yet: come closer, avoid reflections, and keep the whole code "
                                   "inside the frame.",
                             "fr": "Aucun code visible pour l'instant : rapprochez-vous, évitez les reflets et "
                                   "gardez tout le code dans le cadre."},
    "share.camera_other_code": {"en": "This QR code is not a recruiter's challenge: it is ignored. Point the camera "
                                      "at the code the recruiter's Satchel shows.",
                                "fr": "Ce QR code n'est pas un défi de recruteur : il est ignoré. Dirigez la caméra "
                                      "vers le code affiché par le Satchel du recruteur."},
    "share.camera_none_web": {"en": "No camera can be used here: in a browser, Satchel can only use a camera "
                                    "connected to the computer it runs on, and none gives a picture.",
                              "fr": "Aucune caméra n'est utilisable ici : dans un navigateur, Satchel ne peut "
                                    "utiliser qu'une caméra branchée sur l'ordinateur où il tourne, et aucune ne "
                                    "donne d'image."},
    "share.camera_picture_route": {"en": "Take a photo or a screenshot of the recruiter's code and open it here, "
                                         "or type the code in the field above.",
                                   "fr": "Prenez une photo ou une capture d'écran du code du recruteur et "
                                         "ouvrez-la ici, ou saisissez le code dans le champ ci-dessus."},
    "share.camera_code_refused": {"en": "The recruiter's code was read but not used: {reason}",
                                  "fr": "Le code du recruteur a été lu mais n'a pas été utilisé : {reason}"},
    "share.camera_use_picture": {"en": "Use a picture of the code instead",
                                 "fr": "Utiliser plutôt une image du code"},
    "share.next": {"en": "Next: {count} selected", "fr": "Suivant : {count} sélectionné(s)"},
    "share.back_to_choice": {"en": "Change the selection", "fr": "Modifier la sélection"},
    "share.step": {"en": "Step {index} of 3", "fr": "Étape {index} sur 3"},
    "share.holds": {"en": "This code holds:", "fr": "Ce code contient :"},
    "share.answers": {"en": "Answers the verifier's challenge: {challenge}",
                      "fr": "Répond au défi du vérificateur : {challenge}"},
    "share.no_challenge": {"en": "No challenge given: it carries its own one-time code ({code}) and is valid "
                                 "for a short time.",
                           "fr": "Aucun défi donné : il porte son propre code à usage unique ({code}) et "
                                 "reste valable peu de temps."},
    "share.ready_with_problems": {"en": "Ready to show: {count} credential(s). Not valid for a verifier: {bad}.",
                                  "fr": "Prêt à montrer : {count} badge(s). Non valides pour un vérificateur : "
                                        "{bad}."},
    "share.warn_title": {"en": "Share credentials that will not verify?",
                         "fr": "Partager des badges qui ne seront pas validés ?"},
    "share.warn_body": {"en": "The recruiter will see that these are not valid:",
                        "fr": "Le recruteur verra que ceux-ci ne sont pas valides :"},
    "share.warn_item": {"en": "{name} — {status}", "fr": "{name} — {status}"},
    "share.warn_go": {"en": "Share anyway", "fr": "Partager quand même"},
    "share.start_over": {"en": "New selection", "fr": "Nouvelle sélection"},
    "share.close_hint": {"en": "Press Escape to close.", "fr": "Appuyez sur Échap pour fermer."},
    # -- check status words (screen readers) -----------------------------------------------------
    "check_status.ok": {"en": "passed", "fr": "réussi"},
    "check_status.warning": {"en": "warning", "fr": "avertissement"},
    "check_status.failed": {"en": "failed", "fr": "échec"},
    "check_status.unknown": {"en": "unknown", "fr": "inconnu"},
    # -- settings ---------------------------------------------------------------------------------
    "settings.title": {"en": "Settings", "fr": "Paramètres"},
    "settings.restore_needs_passphrase": {"en": "Type the backup's passphrase above first, then choose the file.",
                                          "fr": "Saisissez d'abord la phrase secrète de la sauvegarde ci-dessus, "
                                                "puis choisissez le fichier."},
    "settings.pictures": {"en": "Badge pictures", "fr": "Images des badges"},
    "settings.pictures_download": {"en": "Download badge pictures from the issuer's website",
                                   "fr": "Télécharger les images des badges depuis le site de l'émetteur"},
    "settings.pictures_hint": {"en": "Off by default: the issuer's server would learn that this badge was "
                                     "opened. Each picture is downloaded once and kept in your encrypted "
                                     "wallet; nothing else is sent. Baked badges and pictures inside the "
                                     "credential are always shown.",
                               "fr": "Désactivé par défaut : le serveur de l'émetteur saurait que ce badge a "
                                     "été ouvert. Chaque image est téléchargée une seule fois et conservée "
                                     "dans votre portefeuille chiffré ; rien d'autre n'est envoyé. Les badges "
                                     "intégrés à une image et les images contenues dans le badge sont "
                                     "toujours affichés."},
    "settings.language": {"en": "Language", "fr": "Langue"},
    "settings.language_system": {"en": "System default", "fr": "Langue du système"},
    "settings.theme": {"en": "Theme", "fr": "Thème"},
    "settings.theme_light": {"en": "Light", "fr": "Clair"},
    "settings.theme_dark": {"en": "Dark", "fr": "Sombre"},
    "settings.theme_system": {"en": "System", "fr": "Système"},
    "settings.security": {"en": "Security", "fr": "Sécurité"},
    "settings.auto_lock": {"en": "Lock automatically after", "fr": "Verrouiller automatiquement après"},
    "settings.minutes": {"en": "{n} minutes", "fr": "{n} minutes"},
    "settings.never": {"en": "Never", "fr": "Jamais"},
    "settings.history_days": {"en": "Keep recruiter history for", "fr": "Conserver l'historique recruteur"},
    "settings.history_hint": {"en": "Recruiter history holds candidates' names, DIDs and challenges; older "
                                    "entries are deleted.",
                              "fr": "L'historique recruteur contient les noms, DID et défis des candidats ; "
                                    "les entrées plus anciennes sont supprimées."},
    "settings.history_none": {"en": "Do not keep", "fr": "Ne pas conserver"},
    "settings.change_pass": {"en": "Change passphrase", "fr": "Changer la phrase secrète"},
    "settings.old_pass": {"en": "Current passphrase", "fr": "Phrase secrète actuelle"},
    "settings.new_pass": {"en": "New passphrase", "fr": "Nouvelle phrase secrète"},
    "settings.pass_changed": {"en": "The passphrase was changed.", "fr": "La phrase secrète a été changée."},
    "settings.backup": {"en": "Encrypted backup", "fr": "Sauvegarde chiffrée"},
    "settings.backup_hint": {"en": "A backup file protected by its own passphrase: the only way back if this "
                                   "device is lost or the wallet passphrase is forgotten.",
                             "fr": "Un fichier de sauvegarde protégé par sa propre phrase secrète : le seul "
                                   "recours si cet appareil est perdu ou la phrase du portefeuille oubliée."},
    "settings.backup_pass": {"en": "Backup passphrase", "fr": "Phrase secrète de la sauvegarde"},
    "settings.backup_make": {"en": "Save a backup", "fr": "Enregistrer une sauvegarde"},
    "settings.restore": {"en": "Restore from a backup", "fr": "Restaurer une sauvegarde"},
    "settings.restored": {"en": "{added} added, {skipped} already there.",
                          "fr": "{added} ajouté(s), {skipped} déjà présent(s)."},
    "settings.trusted": {"en": "Trusted issuers", "fr": "Émetteurs de confiance"},
    "settings.trusted_hint": {"en": "Credentials from these issuers get an extra “trusted issuer” check.",
                              "fr": "Les badges de ces émetteurs reçoivent une vérification « émetteur "
                                    "de confiance » en plus."},
    "settings.trust_add": {"en": "Trust an issuer from my credentials", "fr": "Faire confiance à un émetteur"},
    "settings.distrust": {"en": "Stop trusting {name}", "fr": "Ne plus faire confiance à {name}"},
    "settings.cache": {"en": "Document cache", "fr": "Cache des documents"},
    "settings.cache_hint": {"en": "Public keys and revocation lists kept for offline checks.",
                            "fr": "Clés publiques et listes de révocation gardées pour vérifier hors ligne."},
    "settings.cache_entry": {"en": "{size} bytes, fetched {age}", "fr": "{size} octets, récupéré {age}"},
    "settings.cache_max_age": {"en": "Use a cached copy for at most", "fr": "Utiliser une copie en cache au plus"},
    "settings.day": {"en": "{n} day", "fr": "{n} jour"},
    "settings.days": {"en": "{n} days", "fr": "{n} jours"},
    "settings.cache_max_age_hint": {"en": "Unless the document states its own validity. An older copy is not "
                                          "used: the check says it could not be done until you refresh.",
                                    "fr": "Sauf si le document indique sa propre validité. Une copie plus "
                                          "ancienne n'est pas utilisée : la vérification est indiquée comme "
                                          "impossible jusqu'à l'actualisation."},
    "settings.cache_fresh": {"en": "Used until {date}", "fr": "Utilisée jusqu'au {date}"},
    "settings.cache_stale": {"en": "Too old to be used: refresh it", "fr": "Trop ancienne pour être utilisée : "
                                                                           "actualisez-la"},
    "settings.cache_refresh": {"en": "Refresh", "fr": "Actualiser"},
    "settings.cache_clear": {"en": "Clear", "fr": "Vider"},
    "settings.cache_refreshed": {"en": "{done} refreshed, {failed} could not be downloaded.",
                                 "fr": "{done} actualisé(s), {failed} n'ont pas pu être téléchargé(s)."},
    "settings.cache_load_hint": {"en": "No network where you are? Load a DID document or a revocation list saved "
                                       "from the issuer's website, for the address it came from.",
                                 "fr": "Pas de réseau ici ? Chargez un document DID ou une liste de révocation "
                                       "enregistré depuis le site de l'émetteur, pour l'adresse d'où il vient."},
    "settings.cache_url": {"en": "Address of the document (https://…)", "fr": "Adresse du document (https://…)"},
    "settings.cache_load": {"en": "Load a saved document", "fr": "Charger un document enregistré"},
    "settings.cache_load_needs_url": {"en": "Type the document's https address first.",
                                      "fr": "Saisissez d'abord l'adresse https du document."},
    "settings.cache_loaded": {"en": "Kept for {url}. Verify your credentials again to use it.",
                              "fr": "Conservé pour {url}. Vérifiez à nouveau vos badges pour l'utiliser."},
    "settings.cache_empty": {"en": "The cache is empty.", "fr": "Le cache est vide."},
    "settings.about": {"en": "About", "fr": "À propos"},
    "settings.version": {"en": "Satchel {version}", "fr": "Satchel {version}"},
    "settings.holder": {"en": "Wallet identifier: {did}", "fr": "Identifiant du portefeuille : {did}"},
    "settings.licences": {"en": "Satchel is free software (MIT licence). It is built on Flet (Apache 2.0), SQLCipher "
                                "(BSD), pyld (BSD), cryptography (Apache 2.0 / BSD), qrcode (BSD), "
                                "zxing-cpp (Apache 2.0), OpenCV (Apache 2.0), fpdf2 (LGPL) and Pillow "
                                "(MIT-CMU).",
                          "fr": "Satchel est un logiciel libre (licence MIT). Il s'appuie sur Flet (Apache 2.0), "
                                "SQLCipher (BSD), pyld (BSD), cryptography (Apache 2.0 / BSD), qrcode (BSD), "
                                "zxing-cpp (Apache 2.0), OpenCV (Apache 2.0), fpdf2 (LGPL) et Pillow "
                                "(MIT-CMU)."},
}
