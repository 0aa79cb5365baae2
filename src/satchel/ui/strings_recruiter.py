"""Recruiter mode's sentences in English and French, registered as ``ui.recruiter.*`` keys.

Importing this module registers them; screens call ``tr("recruiter.<key>", lang)`` like any UI string.
"""

from __future__ import annotations

from satchel.i18n import register

STRINGS: dict[str, dict[str, str]] = {
    # -- entry points and layout ------------------------------------------------------------------
    "recruiter.entry": {"en": "I am a recruiter: verify a candidate",
                        "fr": "Je suis recruteur : vérifier un candidat"},
    "recruiter.entry_hint": {"en": "No wallet and no passphrase needed.",
                             "fr": "Sans portefeuille ni phrase secrète."},
    "recruiter.nav": {"en": "Recruiter", "fr": "Recruteur"},
    "recruiter.title": {"en": "Verify a candidate", "fr": "Vérifier un candidat"},
    "recruiter.tab_verify": {"en": "Verify", "fr": "Vérifier"},
    "recruiter.tab_report": {"en": "Report", "fr": "Rapport"},
    "recruiter.tab_history": {"en": "History", "fr": "Historique"},
    "recruiter.leave": {"en": "Leave recruiter mode", "fr": "Quitter le mode recruteur"},
    "recruiter.switch_language": {"en": "Français", "fr": "English"},
    "recruiter.switch_language_label": {"en": "Passer en français", "fr": "Switch to English"},
    # -- the organisation's domain ------------------------------------------------------------------
    "recruiter.domain_title": {"en": "Your organisation", "fr": "Votre organisation"},
    "recruiter.domain_label": {"en": "Your organisation's domain (optional)",
                               "fr": "Domaine de votre organisation (facultatif)"},
    "recruiter.domain_hint": {"en": "Only the host name, such as jobs.example.org. It goes into your challenge code, "
                                    "and a presentation made for another site is refused: one shown to another "
                                    "recruiter cannot be shown to you again.",
                              "fr": "Seulement le nom d'hôte, par exemple emplois.exemple.fr. Il est ajouté à votre "
                                    "code de défi, et une présentation faite pour un autre site est refusée : celle "
                                    "montrée à un autre recruteur ne peut pas vous être remontrée."},
    "recruiter.domain_save": {"en": "Save the domain", "fr": "Enregistrer le domaine"},
    "recruiter.domain_current": {"en": "Domain {domain}: every presentation must be bound to it.",
                                 "fr": "Domaine {domain} : chaque présentation doit y être liée."},
    "recruiter.domain_change": {"en": "Change the domain", "fr": "Changer le domaine"},
    "recruiter.domain_saved": {"en": "Presentations must now be bound to {domain}.",
                               "fr": "Les présentations doivent désormais être liées à {domain}."},
    "recruiter.domain_cleared": {"en": "No domain: presentations are no longer checked for one.",
                                 "fr": "Aucun domaine : les présentations ne sont plus vérifiées pour un domaine."},
    # -- challenge --------------------------------------------------------------------------------
    "recruiter.challenge_title": {"en": "1. Give the candidate a challenge",
                                  "fr": "1. Donnez un défi au candidat"},
    "recruiter.challenge_hint": {"en": "Ask the candidate to type this code in Satchel's Share screen before "
                                       "showing their QR code. A presentation made earlier, or copied from "
                                       "someone else, will not carry it, so a replay is detected.",
                                 "fr": "Demandez au candidat de saisir ce code dans l'écran Partager de "
                                       "Satchel avant de montrer son QR code. Une présentation faite plus tôt, "
                                       "ou copiée sur quelqu'un d'autre, ne le contiendra pas : une "
                                       "réutilisation est détectée."},
    "recruiter.challenge_make": {"en": "Generate a challenge", "fr": "Générer un défi"},
    "recruiter.challenge_new": {"en": "New challenge", "fr": "Nouveau défi"},
    "recruiter.challenge_code": {"en": "Challenge code: {code}", "fr": "Code du défi : {code}"},
    "recruiter.challenge_qr": {"en": "QR code of the challenge {code}", "fr": "QR code du défi {code}"},
    "recruiter.challenge_domain": {"en": "Domain: {domain}", "fr": "Domaine : {domain}"},
    "recruiter.challenge_domain_hint": {"en": "The QR code carries your domain too. A candidate who types the code "
                                              "must also type {domain} as the recruiter's domain.",
                                        "fr": "Le QR code contient aussi votre domaine. Un candidat qui saisit le "
                                              "code doit aussi saisir {domain} comme domaine du recruteur."},
    "recruiter.challenge_copy": {"en": "Copy the challenge code", "fr": "Copier le code du défi"},
    "recruiter.challenge_skip": {"en": "Without a challenge you can still verify, but an old or copied "
                                       "presentation cannot be told from a fresh one.",
                                 "fr": "Sans défi, la vérification reste possible, mais une présentation "
                                       "ancienne ou copiée ne peut pas être distinguée d'une récente."},
    # -- scanning ---------------------------------------------------------------------------------
    "recruiter.scan_title": {"en": "2. Read the candidate's QR code", "fr": "2. Lisez le QR code du candidat"},
    "recruiter.camera_start": {"en": "Scan with camera", "fr": "Scanner avec la caméra"},
    "recruiter.camera_stop": {"en": "Stop the camera", "fr": "Arrêter la caméra"},
    "recruiter.camera_retry": {"en": "Try again", "fr": "Réessayer"},
    "recruiter.camera_choice": {"en": "Camera", "fr": "Caméra"},
    "recruiter.camera_option": {"en": "Camera {n}", "fr": "Caméra {n}"},
    "recruiter.camera_starting": {"en": "Opening the camera…", "fr": "Ouverture de la caméra…"},
    "recruiter.camera_preview": {"en": "Camera picture", "fr": "Image de la caméra"},
    "recruiter.camera_aim": {"en": "Point the camera at the QR code on the candidate's screen.",
                             "fr": "Dirigez la caméra vers le QR code affiché sur l'écran du candidat."},
    "recruiter.camera_no_code": {"en": "No code in view yet: hold the phone closer, increase brightness, and "
                                       "keep the whole code inside the frame.",
                                 "fr": "Aucun code visible pour l'instant : rapprochez le téléphone, "
                                       "augmentez la luminosité et gardez tout le code dans le cadre."},
    "recruiter.camera_parts": {"en": "Parts {received} of {total}: keep the code in view.",
                               "fr": "Parties {received} sur {total} : gardez le code visible."},
    "recruiter.camera_failed": {"en": "The camera could not be used: {reason}",
                                "fr": "La caméra n'a pas pu être utilisée : {reason}"},
    "recruiter.camera_unavailable": {"en": "Camera {n} gives no picture: it is missing, used by another "
                                           "program, or this app is not allowed to use it.",
                                     "fr": "La caméra {n} ne donne aucune image : elle est absente, utilisée "
                                           "par un autre programme, ou cette application n'a pas le droit de "
                                           "s'en servir."},
    "recruiter.camera_help": {"en": "Check that a camera is connected, that no other program is using it, "
                                    "and that this app may use it (browser or system permission). You can "
                                    "also try another camera, or open a photo or screenshot of the code.",
                              "fr": "Vérifiez qu'une caméra est branchée, qu'aucun autre programme ne "
                                    "l'utilise et que cette application a le droit de s'en servir "
                                    "(autorisation du navigateur ou du système). Vous pouvez aussi essayer "
                                    "une autre caméra, ou ouvrir une photo ou une capture d'écran du code."},
    "recruiter.camera_ended": {"en": "The camera stopped sending pictures before a complete code was read.",
                               "fr": "La caméra a cessé d'envoyer des images avant la lecture d'un code "
                                     "complet."},
    "recruiter.code_refused": {"en": "A code was read, but it could not be verified: {reason}",
                               "fr": "Un code a été lu, mais il n'a pas pu être vérifié : {reason}"},
    "recruiter.phone_camera_unavailable": {"en": "The phone's camera gives no picture: this app is not allowed "
                                                 "to use it, or another app is using it.",
                                           "fr": "La caméra du téléphone ne donne aucune image : cette "
                                                 "application n'a pas le droit de s'en servir, ou une autre "
                                                 "application l'utilise."},
    "recruiter.phone_camera_help": {"en": "Allow Satchel to use the camera in the phone's settings (Apps, "
                                          "Satchel, Permissions), close other apps that use the camera, then "
                                          "try again. You can also open a photo or screenshot of the code.",
                                    "fr": "Autorisez Satchel à utiliser la caméra dans les réglages du "
                                          "téléphone (Applications, Satchel, Autorisations), fermez les autres "
                                          "applications qui utilisent la caméra, puis réessayez. Vous pouvez "
                                          "aussi ouvrir une photo ou une capture d'écran du code."},
    "recruiter.camera_stopped": {"en": "Camera stopped.", "fr": "Caméra arrêtée."},
    "recruiter.open_image": {"en": "Open an image", "fr": "Ouvrir une image"},
    "recruiter.open_image_hint": {"en": "A photo or screenshot of the QR code (for a code in several parts, "
                                        "pick one picture of each part).",
                                  "fr": "Une photo ou une capture d'écran du QR code (pour un code en "
                                        "plusieurs parties, choisissez une image de chaque partie)."},
    "recruiter.open_vp": {"en": "Open a presentation file", "fr": "Ouvrir un fichier de présentation"},
    "recruiter.open_vp_hint": {"en": "A presentation file (.json) the candidate sent you.",
                               "fr": "Un fichier de présentation (.json) envoyé par le candidat."},
    "recruiter.path_label": {"en": "Or type the path of an image or presentation file on this computer",
                             "fr": "Ou saisissez le chemin d'une image ou d'un fichier de présentation sur "
                                   "cet ordinateur"},
    "recruiter.path_open": {"en": "Verify this file", "fr": "Vérifier ce fichier"},
    "recruiter.path_unreadable": {"en": "This file cannot be read: {path}",
                                  "fr": "Ce fichier est illisible : {path}"},
    "recruiter.verifying": {"en": "Verifying…", "fr": "Vérification…"},
    # -- report -----------------------------------------------------------------------------------
    "recruiter.verdict.ok": {"en": "Proven: the candidate holds these credentials and answered your "
                                   "challenge {code}.",
                             "fr": "Prouvé : le candidat détient ces badges et a répondu à votre défi "
                                   "{code}."},
    "recruiter.awarded_to": {"en": "Awarded to {name}", "fr": "Décerné à {name}"},
    "recruiter.awarded_to_unknown": {"en": "Recipient not named", "fr": "Destinataire non nommé"},
    "recruiter.credits": {"en": "Credits: {credits}", "fr": "Crédits : {credits}"},
    "recruiter.field": {"en": "Field of study: {field}", "fr": "Domaine d'études : {field}"},
    "recruiter.type": {"en": "Type: {type}", "fr": "Type : {type}"},
    "recruiter.criteria": {"en": "Criteria: {criteria}", "fr": "Critères : {criteria}"},
    "recruiter.dates": {"en": "Issued {issued}", "fr": "Émis le {issued}"},
    "recruiter.dates_until": {"en": "Issued {issued} · valid until {until}",
                              "fr": "Émis le {issued} · valable jusqu'au {until}"},
    "recruiter.issuer_site": {"en": "Issuer's website: {url}", "fr": "Site de l'émetteur : {url}"},
    "recruiter.checks_title": {"en": "Technical checks", "fr": "Vérifications techniques"},
    "recruiter.verdict.ok_no_code": {"en": "The candidate holds these credentials, but no challenge was "
                                           "used: this could be an old or copied presentation.",
                                     "fr": "Le candidat détient ces badges, mais aucun défi n'a été "
                                           "utilisé : la présentation pourrait être ancienne ou copiée."},
    "recruiter.verdict.unbound": {"en": "Credentials are genuine, but the candidate did not answer your "
                                        "challenge {code}: this could be an old or copied presentation. "
                                        "Ask them to enter the code and show a new QR code.",
                                  "fr": "Les badges sont authentiques, mais le candidat n'a pas répondu à "
                                        "votre défi {code} : la présentation pourrait être ancienne ou "
                                        "copiée. Demandez-lui de saisir le code et de montrer un nouveau "
                                        "QR code."},
    "recruiter.verdict.stale": {"en": "Too old: this presentation answers your challenge {code}, but it was "
                                      "signed too long ago to show the candidate is presenting it now. It may be "
                                      "a copied one. Ask them to present again.",
                                "fr": "Trop ancienne : cette présentation répond à votre défi {code}, mais elle "
                                      "a été signée trop tôt pour montrer que le candidat la présente maintenant. "
                                      "Elle est peut-être copiée. Demandez-lui de la présenter à nouveau."},
    "recruiter.verdict.wrong_challenge": {"en": "Not made for you: this presentation answers another "
                                                "challenge than yours ({code}). It may be an old or copied "
                                                "one. Do not rely on it.",
                                          "fr": "Pas faite pour vous : cette présentation répond à un autre "
                                                "défi que le vôtre ({code}). Elle est peut-être ancienne ou "
                                                "copiée. Ne vous y fiez pas."},
    "recruiter.verdict.wrong_domain": {"en": "Not made for you: this presentation is bound to another site than "
                                             "yours ({domain}). It may have been shown to someone else first. Do "
                                             "not rely on it.",
                                       "fr": "Pas faite pour vous : cette présentation est liée à un autre site que "
                                             "le vôtre ({domain}). Elle a peut-être d'abord été montrée à quelqu'un "
                                             "d'autre. Ne vous y fiez pas."},
    "recruiter.verdict.old_app": {"en": "Not made for you as it stands: the candidate's Satchel read your whole code "
                                        "as the challenge, as versions that do not know domains do. Ask them to "
                                        "update Satchel, or to type the challenge {code} and the domain {domain} "
                                        "themselves, then show a new QR code.",
                                  "fr": "Pas faite pour vous en l'état : le Satchel du candidat a lu tout votre code "
                                        "comme défi, comme le font les versions qui ne connaissent pas les domaines. "
                                        "Demandez-lui de mettre Satchel à jour, ou de saisir lui-même le défi {code} "
                                        "et le domaine {domain}, puis de montrer un nouveau QR code."},
    "recruiter.verdict.holder": {"en": "Not proven: nothing shows that the person presenting these "
                                       "credentials is the one who holds them.",
                                 "fr": "Non prouvé : rien ne montre que la personne qui présente ces "
                                       "badges est celle qui les détient."},
    "recruiter.verdict.not_bound": {"en": "Genuine credentials, but nothing proves they were issued to the "
                                          "candidate: at least one names someone else, or only a name or "
                                          "e-mail. Check who they were issued to below.",
                                    "fr": "Badges authentiques, mais rien ne prouve qu'ils ont été délivrés au "
                                          "candidat : au moins un désigne une autre personne, ou seulement un "
                                          "nom ou une adresse e-mail. Vérifiez ci-dessous à qui ils ont été "
                                          "délivrés."},
    "recruiter.verdict.not_authentic": {"en": "Not authentic: at least one credential was altered or not "
                                              "signed by its issuer.",
                                        "fr": "Non authentique : au moins un badge a été modifié ou n'a pas "
                                              "été signé par son émetteur."},
    "recruiter.verdict.key_binding": {"en": "Not authentic: a credential's key binding signature does not hold: "
                                            "it was not made by the key the credential was issued to, or the "
                                            "claims shown were changed after it was signed. See the details below.",
                                      "fr": "Non authentique : la signature de liaison de clé d'un badge n'est pas "
                                            "valable : elle n'a pas été faite par la clé à laquelle le badge a été "
                                            "délivré, ou les informations montrées ont été changées après sa "
                                            "signature. Voir le détail ci-dessous."},
    "recruiter.verdict.invalid": {"en": "Invalid: at least one credential did not pass verification (it is "
                                        "malformed, or something in it does not hold), though no signature "
                                        "was found altered. See the details below.",
                                  "fr": "Invalide : au moins un badge n'a pas passé la vérification (il est mal "
                                        "formé, ou un élément ne tient pas), sans qu'aucune signature ait été "
                                        "trouvée altérée. Voir le détail ci-dessous."},
    "recruiter.verdict.key_binding_invalid": {"en": "Invalid: a credential's key binding was not made for this "
                                                    "presentation (another request or site), or is malformed or "
                                                    "dated in the future. See the details below.",
                                              "fr": "Invalide : la liaison de clé d'un badge n'a pas été faite "
                                                    "pour cette présentation (autre demande ou autre site), ou "
                                                    "elle est mal formée ou datée dans le futur. Voir le détail "
                                                    "ci-dessous."},
    "recruiter.verdict.revoked": {"en": "Revoked: the issuer has withdrawn at least one credential.",
                                  "fr": "Révoqué : l'émetteur a retiré au moins un badge."},
    "recruiter.verdict.expired": {"en": "Not current: at least one credential has expired. See the details "
                                        "below.",
                                  "fr": "Pas à jour : au moins un badge a expiré. Voir le détail "
                                        "ci-dessous."},
    "recruiter.verdict.not_yet_valid": {"en": "Not current: at least one credential is not valid yet. See the "
                                              "details below.",
                                        "fr": "Pas à jour : au moins un badge n'est pas encore valide. "
                                              "Voir le détail ci-dessous."},
    "recruiter.verdict.unknown": {"en": "Could not be fully checked: see the details below (a signature, "
                                        "key, vocabulary or revocation list Satchel could not check).",
                                  "fr": "Vérification incomplète : voir le détail ci-dessous (une signature, "
                                        "une clé, un vocabulaire ou une liste de révocation que Satchel n'a "
                                        "pas pu vérifier)."},
    "recruiter.holder": {"en": "Holder", "fr": "Titulaire"},
    "recruiter.holder_unknown": {"en": "Not stated", "fr": "Non indiqué"},
    "recruiter.holder_copy": {"en": "Copy the holder's identifier", "fr": "Copier l'identifiant du titulaire"},
    "recruiter.verified_at": {"en": "Checked on {when}", "fr": "Vérifié le {when}"},
    "recruiter.credentials_title": {"en": "Credentials ({count})", "fr": "Badges ({count})"},
    "recruiter.issuer": {"en": "Issued by {name}", "fr": "Émis par {name}"},
    "recruiter.trusted": {"en": "Trusted issuer", "fr": "Émetteur de confiance"},
    "recruiter.not_trusted": {"en": "Not on your trusted list", "fr": "Absent de votre liste de confiance"},
    "recruiter.trust": {"en": "Trust {name}", "fr": "Faire confiance à {name}"},
    "recruiter.trust_done": {"en": "{name} is now a trusted issuer; it counts from the next verification.",
                             "fr": "{name} est désormais un émetteur de confiance ; cela compte dès la "
                                   "prochaine vérification."},
    "recruiter.status_list": {"en": "Revocation list {host}: downloaded {when}{cached}",
                              "fr": "Liste de révocation {host} : téléchargée le {when}{cached}"},
    "recruiter.status_cached": {"en": " (saved copy)", "fr": " (copie enregistrée)"},
    "recruiter.check_label": {"en": "{check}: {status}. {sentence}", "fr": "{check} : {status}. {sentence}"},
    "recruiter.export_pdf": {"en": "Export PDF", "fr": "Exporter en PDF"},
    "recruiter.export_json": {"en": "Export JSON", "fr": "Exporter en JSON"},
    "recruiter.another": {"en": "Verify another", "fr": "Vérifier un autre"},
    "recruiter.no_report": {"en": "No verification yet. Read a QR code, an image or a presentation file "
                                  "from the Verify tab.",
                            "fr": "Aucune vérification pour l'instant. Lisez un QR code, une image ou un "
                                  "fichier de présentation depuis l'onglet Vérifier."},
    # -- history ----------------------------------------------------------------------------------
    "recruiter.history_title": {"en": "Past verifications", "fr": "Vérifications passées"},
    "recruiter.history_empty": {"en": "No verification yet.", "fr": "Aucune vérification pour l'instant."},
    "recruiter.history_count": {"en": "{count} verification(s), newest first.",
                                "fr": "{count} vérification(s), les plus récentes d'abord."},
    "recruiter.history_row": {"en": "{when} · {holder}", "fr": "{when} · {holder}"},
    "recruiter.history_challenge": {"en": "Challenge {code}", "fr": "Défi {code}"},
    "recruiter.history_no_challenge": {"en": "No challenge", "fr": "Sans défi"},
    "recruiter.history_open": {"en": "Open the report of {when}", "fr": "Ouvrir le rapport du {when}"},
    "recruiter.history_export": {"en": "Export history (JSON)", "fr": "Exporter l'historique (JSON)"},
    "recruiter.history_export_pdf": {"en": "Export history (PDF)", "fr": "Exporter l'historique (PDF)"},
    "recruiter.history_export_pdf_label": {"en": "Save every past verification in one PDF file",
                                           "fr": "Enregistrer toutes les vérifications passées dans un seul "
                                                 "fichier PDF"},
    "recruiter.history_clear": {"en": "Clear history", "fr": "Effacer l'historique"},
    "recruiter.history_clear_title": {"en": "Clear the history?", "fr": "Effacer l'historique ?"},
    "recruiter.history_clear_body": {"en": "All {count} past verifications will be removed from this device. "
                                           "Export them first if you need a record.",
                                     "fr": "Les {count} vérifications passées seront supprimées de cet "
                                           "appareil. Exportez-les d'abord si vous devez en garder une "
                                           "trace."},
    "recruiter.history_cleared": {"en": "The history was cleared.", "fr": "L'historique a été effacé."},
    "recruiter.history_unreadable": {"en": "This entry cannot be shown: it was saved by another version.",
                                     "fr": "Cette entrée ne peut pas être affichée : elle a été enregistrée "
                                           "par une autre version."},
}

register({f"ui.{key}": value for key, value in STRINGS.items()})
