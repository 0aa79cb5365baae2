"""Sentences for verification checks and outcomes. Keys: ``<check>.<result>``; ``outcome.<value>``."""

from satchel.i18n.table import register

register({
    "outcome.verified": {"en": "Verified", "fr": "Vérifié"},
    "outcome.expired": {"en": "Authentic, but expired", "fr": "Authentique, mais expiré"},
    "outcome.not_yet_valid": {"en": "Authentic, not valid yet", "fr": "Authentique, pas encore valide"},
    "outcome.revoked": {"en": "Revoked by the issuer", "fr": "Révoqué par l'émetteur"},
    "outcome.unknown": {"en": "Could not be fully checked", "fr": "Vérification incomplète"},
    "outcome.invalid": {"en": "Invalid", "fr": "Invalide"},
    "outcome.failed": {"en": "Not authentic", "fr": "Non authentique"},
    "outcome.unverified": {"en": "Not verified yet", "fr": "Pas encore vérifié"},
    "verify_all.progress": {"en": "Verifying", "fr": "Vérification"},
    "verify_all.summary": {"en": "Verified {done} of {total} credentials again in {seconds} s.",
                           "fr": "{done} badges sur {total} vérifiés à nouveau en {seconds} s."},
    "check.format": {"en": "Format", "fr": "Format"},
    "check.signature": {"en": "Signature", "fr": "Signature"},
    "check.issuer_key": {"en": "Issuer key", "fr": "Clé de l'émetteur"},
    "check.not_before": {"en": "Start of validity", "fr": "Début de validité"},
    "check.expiry": {"en": "Expiry", "fr": "Expiration"},
    "check.status": {"en": "Revocation status", "fr": "Statut de révocation"},
    "check.issuer_trust": {"en": "Issuer trust", "fr": "Confiance en l'émetteur"},
    "check.holder": {"en": "Holder", "fr": "Titulaire"},
    "check.challenge": {"en": "Challenge", "fr": "Défi"},
    "check.domain": {"en": "Domain", "fr": "Domaine"},
    "check.credentials": {"en": "Credentials", "fr": "Badges"},
    "check.holder_binding": {"en": "Issued to the presenter", "fr": "Délivré à la personne qui le présente"},
    # A credential's own holder check inside a presentation: its SD-JWT key binding signature (see check_title).
    "check.key_binding": {"en": "Key binding", "fr": "Liaison de clé"},
    "status.ok": {"en": "Passed", "fr": "Réussi"},
    "status.warning": {"en": "Warning", "fr": "Avertissement"},
    "status.failed": {"en": "Failed", "fr": "Échec"},
    "status.unknown": {"en": "Unknown", "fr": "Inconnu"},
})

# One sentence per check result (message keys built by satchel.vc.checks: "<check>.<result>").
register({
    "format.ok": {"en": "The credential is well formed and uses only known vocabularies.",
                  "fr": "Le badge est bien formé et n'utilise que des vocabulaires connus."},
    "format.presentation_ok": {"en": "The presentation is well formed.",
                               "fr": "La présentation est bien formée."},
    "format.malformed": {"en": "This is not a readable credential: {reason}",
                         "fr": "Ce n'est pas un badge lisible : {reason}"},
    "format.missing_field": {"en": "The credential is missing its {field}.",
                             "fr": "Il manque au badge son champ {field}."},
    "format.bad_type": {"en": "The document does not say it is a {expected}.",
                        "fr": "Le document ne se déclare pas comme {expected}."},
    "format.unknown_context": {"en": "The credential uses a vocabulary Satchel does not have ({url}); it "
                                     "was not downloaded, so the credential could not be fully checked.",
                               "fr": "Le badge utilise un vocabulaire que Satchel ne possède pas ({url}) ; "
                                     "il n'a pas été téléchargé : le badge n'a pas pu être entièrement "
                                     "vérifié."},
    "format.unsigned": {"en": "The credential is not signed, so nothing shows who issued it or that it "
                              "was not changed.",
                        "fr": "Le badge n'est pas signé : rien ne montre qui l'a émis ni qu'il n'a pas été "
                              "modifié."},
    "format.bad_proof": {"en": "The credential's proof is malformed: {reason}",
                         "fr": "La preuve du badge est mal formée : {reason}"},
    "format.bad_alg": {"en": "The signature uses an algorithm Satchel refuses ({alg}).",
                       "fr": "La signature utilise un algorithme refusé par Satchel ({alg})."},
    "format.engine_error": {"en": "Satchel could not finish this check (an internal error, logged for a "
                                  "bug report).",
                            "fr": "Satchel n'a pas pu terminer cette vérification (erreur interne, "
                                  "consignée pour un rapport de bogue)."},
    "format.unsafe": {"en": "Part of the credential has no defined meaning, so it cannot be verified.",
                      "fr": "Une partie du badge n'a pas de sens défini : il ne peut pas être vérifié."},
    "format.bad_date": {"en": "The date {field} is not a valid date.",
                        "fr": "La date {field} n'est pas une date valide."},
    "signature.ok": {"en": "The signature is valid ({suite}).", "fr": "La signature est valide ({suite})."},
    "signature.failed": {"en": "The signature does not match: the credential was changed after it was "
                               "signed, or was not signed with this key.",
                         "fr": "La signature ne correspond pas : le badge a été modifié après sa "
                               "signature, ou n'a pas été signé avec cette clé."},
    "signature.missing": {"en": "The credential is not signed.", "fr": "Le badge n'est pas signé."},
    "signature.bad_alg": {"en": "The signature uses an algorithm Satchel refuses ({alg}).",
                          "fr": "La signature utilise un algorithme refusé par Satchel ({alg})."},
    "signature.key_unavailable": {"en": "The signer's key could not be downloaded, so the signature "
                                        "could not be checked.",
                                  "fr": "La clé du signataire n'a pas pu être téléchargée : la "
                                        "signature n'a pas pu être vérifiée."},
    "signature.key_refused": {"en": "The issuer's key document is at {host}, an address Satchel refuses to download "
                                    "from (such as a local or private network), so the signature could not be checked.",
                              "fr": "Le document de clé de l'émetteur se trouve à {host}, une adresse depuis laquelle "
                                    "Satchel refuse de télécharger (comme un réseau local ou privé) : la signature n'a "
                                    "pas pu être vérifiée."},
    "signature.unsupported_suite": {"en": "Satchel cannot check {suite} signatures yet.",
                                    "fr": "Satchel ne sait pas encore vérifier les signatures {suite}."},
    "signature.key_unresolved": {"en": "The signer's key ({method}) could not be found, so the signature "
                                       "could not be checked.",
                                 "fr": "La clé du signataire ({method}) est introuvable : la signature "
                                       "n'a pas pu être vérifiée."},
    "signature.vocabulary_missing": {"en": "The signature could not be checked: the credential uses a "
                                           "vocabulary Satchel does not have ({url}).",
                                     "fr": "La signature n'a pas pu être vérifiée : le badge utilise un "
                                           "vocabulaire que Satchel ne possède pas ({url})."},
    "signature.engine_error": {"en": "Satchel could not finish this check (an internal error, logged for a "
                                     "bug report).",
                               "fr": "Satchel n'a pas pu terminer cette vérification (erreur interne, "
                                     "consignée pour un rapport de bogue)."},
    "signature.not_checked": {"en": "Not checked, because the proof is malformed.",
                              "fr": "Non vérifiée, car la preuve est mal formée."},
    "signature.too_complex": {"en": "Too complex to check: the credential's structure would take too long "
                                    "to put in canonical form, so its signature was not checked.",
                              "fr": "Trop complexe à vérifier : la structure du badge demanderait trop de "
                                    "temps de mise en forme canonique ; sa signature n'a pas été vérifiée."},
    "signature.hosted_ok": {"en": "The issuer's server holds the same badge ({url}).",
                            "fr": "Le serveur de l'émetteur détient le même badge ({url})."},
    "signature.hosted_not_https": {"en": "The badge's address is not an https:// address, so its copy on "
                                         "the issuer's server could not be checked.",
                                   "fr": "L'adresse du badge n'est pas une adresse https:// : sa copie sur "
                                         "le serveur de l'émetteur n'a pas pu être vérifiée."},
    "signature.hosted_mismatch": {"en": "The badge differs from the copy on the issuer's server.",
                                  "fr": "Le badge diffère de la copie détenue par le serveur de "
                                        "l'émetteur."},
    "signature.stale": {"en": "The only copy of the signer's key document is {days} days old (from {date}), "
                              "too old to rely on, so the signature could not be checked; refresh with "
                              "`{command}`.",
                       "fr": "La seule copie du document de la clé du signataire date de {days} jours (du "
                              "{date}), trop ancienne pour s'y fier : la signature n'a pas pu être vérifiée ; "
                              "mettez-la à jour avec `{command}`."},
    "signature.hosted_stale": {"en": "The only copy of the badge from the issuer's server is {days} days old "
                                     "(from {date}), too old to rely on, so the badge could not be confirmed; "
                                     "refresh with `{command}`.",
                              "fr": "La seule copie du badge venant du serveur de l'émetteur date de {days} "
                                     "jours (du {date}), trop ancienne pour s'y fier : le badge n'a pas pu "
                                     "être confirmé ; mettez-la à jour avec `{command}`."},
    "signature.hosted_unavailable": {"en": "The issuer's server could not be reached to confirm the "
                                           "badge.",
                                     "fr": "Le serveur de l'émetteur est injoignable : le badge n'a "
                                           "pas pu être confirmé."},
    "issuer_key.ok": {"en": "The signing key belongs to the issuer.",
                      "fr": "La clé de signature appartient à l'émetteur."},
    "issuer_key.failed": {"en": "The credential was signed with a key that does not belong to its "
                                "issuer.",
                          "fr": "Le badge a été signé avec une clé qui n'appartient pas à son émetteur."},
    "issuer_key.not_authorized": {"en": "The issuer's key is not authorised to issue credentials.",
                                  "fr": "La clé de l'émetteur n'est pas autorisée à émettre des badges."},
    "issuer_key.skipped_unchecked": {"en": "Not checked, because the signature could not be checked.",
                                    "fr": "Non vérifié, car la signature n'a pas pu être vérifiée."},
    "issuer_key.skipped_invalid": {"en": "Not checked, because the credential is not valid (see above).",
                                   "fr": "Non vérifié, car le badge n'est pas valide (voir plus haut)."},
    "issuer_key.skipped": {"en": "Not checked, because the signature is not valid.",
                           "fr": "Non vérifié, car la signature n'est pas valide."},
    "issuer_key.self_asserted": {"en": "The issuer is not proven: the token carries its own key (a "
                                       "self-asserted key proves only that the token was not changed, not "
                                       "who issued it).",
                                 "fr": "L'émetteur n'est pas prouvé : le jeton porte sa propre clé (une clé "
                                       "auto-déclarée prouve seulement que le jeton n'a pas été modifié, pas "
                                       "qui l'a émis)."},
    "not_before.ok": {"en": "Valid since {date}.", "fr": "Valide depuis le {date}."},
    "not_before.none": {"en": "No start date.", "fr": "Pas de date de début."},
    "not_before.failed": {"en": "This credential is authentic but only becomes valid on {date}.",
                          "fr": "Ce badge est authentique mais ne sera valide qu'à partir du {date}."},
    "not_before.failed_unverified": {"en": "This credential only becomes valid on {date}.",
                                     "fr": "Ce badge ne sera valide qu'à partir du {date}."},
    "expiry.ok": {"en": "Valid until {date}.", "fr": "Valide jusqu'au {date}."},
    "expiry.none": {"en": "This credential does not expire.", "fr": "Ce badge n'expire pas."},
    "expiry.failed": {"en": "This credential is authentic but expired on {date}.",
                      "fr": "Ce badge est authentique mais a expiré le {date}."},
    "expiry.failed_unverified": {"en": "This credential expired on {date}.",
                                 "fr": "Ce badge a expiré le {date}."},
    "revocation.ok": {"en": "The issuer has not revoked or suspended this credential.",
                  "fr": "L'émetteur n'a ni révoqué ni suspendu ce badge."},
    "revocation.none": {"en": "The issuer publishes no revocation status for this credential.",
                    "fr": "L'émetteur ne publie pas de statut de révocation pour ce badge."},
    "revocation.revoked": {"en": "The issuer has revoked this credential.",
                       "fr": "L'émetteur a révoqué ce badge."},
    "revocation.suspended": {"en": "The issuer has suspended this credential.",
                         "fr": "L'émetteur a suspendu ce badge."},
    "revocation.stale": {"en": "The only copy of the revocation list is {days} days old (from {date}), too "
                               "old to rely on, so the status is unknown; refresh with `{command}`.",
                        "fr": "La seule copie de la liste de révocation date de {days} jours (du {date}), "
                               "trop ancienne pour s'y fier : le statut est inconnu ; mettez-la à jour avec "
                               "`{command}`."},
    "revocation.no_id": {"en": "The credential has no id, so the revocation list cannot say whether it is "
                               "revoked; the status is unknown.",
                        "fr": "Le badge n'a pas d'identifiant : la liste de révocation ne peut pas dire s'il "
                               "est révoqué ; le statut est inconnu."},
    "revocation.other_issuer": {"en": "Not revoked, but the revocation list is published by another issuer "
                                  "({list_issuer}).",
                            "fr": "Non révoqué, mais la liste de révocation est publiée par un autre "
                                  "émetteur ({list_issuer})."},
    "revocation.unreachable": {"en": "The revocation list could not be downloaded, so the status is unknown.",
                           "fr": "La liste de révocation n'a pas pu être téléchargée : le statut est "
                                 "inconnu."},
    "revocation.list_invalid": {"en": "The revocation list could not be trusted, so the status is unknown.",
                            "fr": "La liste de révocation n'est pas fiable : le statut est inconnu."},
    "revocation.unsupported": {"en": "Satchel cannot read this kind of status ({type}), so the status is "
                                 "unknown.",
                           "fr": "Satchel ne sait pas lire ce type de statut ({type}) : le statut est "
                                 "inconnu."},
    "revocation.skipped": {"en": "Not checked, because the credential is not authentic.",
                       "fr": "Non vérifié, car le badge n'est pas authentique."},
    "revocation.skipped_invalid": {"en": "Not checked, because the credential is not valid.",
                                   "fr": "Non vérifié, car le badge n'est pas valide."},
    "revocation.not_checked": {"en": "Not checked, because the credential's signature could not be "
                                     "checked.",
                               "fr": "Non vérifié, car la signature du badge n'a pas pu être vérifiée."},
    "issuer_trust.ok": {"en": "{name} is on your list of trusted issuers.",
                        "fr": "{name} figure dans votre liste d'émetteurs de confiance."},
    "issuer_trust.none": {"en": "No list of trusted issuers was used.",
                          "fr": "Aucune liste d'émetteurs de confiance n'a été utilisée."},
    "issuer_trust.unproven": {"en": "The issuer calls itself {issuer}, but this was not proven, so your list "
                                    "of trusted issuers does not apply.",
                             "fr": "L'émetteur se présente comme {issuer}, mais cela n'a pas été prouvé : "
                                    "votre liste d'émetteurs de confiance ne s'applique pas."},
    "issuer_trust.unnamed": {"en": "What could be read does not name the issuer, so it cannot be matched with "
                                   "your trusted issuers.",
                             "fr": "Ce qui a pu être lu ne nomme pas l'émetteur : il ne peut pas être comparé "
                                   "à vos émetteurs de confiance."},
    "display.details_on_server": {"en": "Badge from {host} (details on the issuer's server)",
                                  "fr": "Badge de {host} (détails sur le serveur de l'émetteur)"},
    "import.details_hint": {"en": "{id}: its name and issuer are on {host}; 'satchel import --fetch-details "
                                  "{source}' fetches them from there.",
                            "fr": "{id} : son nom et son émetteur sont sur {host} ; 'satchel import "
                                  "--fetch-details {source}' les y récupère."},
    "import.details_fetching": {"en": "Fetching the badge's details from {host} …",
                                "fr": "Récupération des détails du badge sur {host} …"},
    "import.details_failed": {"en": "{id}: the details could not be fetched ({reason}); the badge is kept.",
                              "fr": "{id} : les détails n'ont pas pu être récupérés ({reason}) ; le badge est "
                                    "conservé."},
    "display.issuer_on_server": {"en": "issuer named on its server", "fr": "émetteur nommé sur son serveur"},
    "display.no_name": {"en": "(no name)", "fr": "(sans nom)"},
    "display.no_issuer": {"en": "(issuer not named)", "fr": "(émetteur non nommé)"},
    "issuer_trust.unlisted": {"en": "The issuer {issuer} is not on your list of trusted issuers.",
                              "fr": "L'émetteur {issuer} ne figure pas dans votre liste d'émetteurs de "
                                    "confiance."},
    "holder.ok": {"en": "The presentation is signed by its holder.",
                  "fr": "La présentation est signée par son titulaire."},
    "holder.unsigned": {"en": "Holder not proven: the presentation is not signed.",
                        "fr": "Titulaire non prouvé : la présentation n'est pas signée."},
    "holder.unsigned_allowed": {"en": "The presentation is not signed; accepted because unsigned "
                                      "presentations are allowed.",
                                "fr": "La présentation n'est pas signée ; acceptée car les "
                                      "présentations non signées sont autorisées."},
    "holder.wrong_purpose": {"en": "Holder not proven: the presentation's signature is not an "
                                   "authentication proof.",
                             "fr": "Titulaire non prouvé : la signature de la présentation n'est pas "
                                   "une preuve d'authentification."},
    "holder.failed": {"en": "Holder not proven: the presentation's signature is not valid.",
                      "fr": "Titulaire non prouvé : la signature de la présentation n'est pas valide."},
    "holder.bad_proof": {"en": "Holder not proven: the presentation's proof is malformed or uses an algorithm "
                               "Satchel refuses, so its signature was not checked.",
                         "fr": "Titulaire non prouvé : la preuve de la présentation est mal formée ou utilise "
                               "un algorithme refusé par Satchel : sa signature n'a pas été vérifiée."},
    "holder.not_holder": {"en": "Holder not proven: the presentation was signed by someone other than its "
                                "holder.",
                          "fr": "Titulaire non prouvé : la présentation a été signée par une autre "
                                "personne que son titulaire."},
    "holder.stale": {"en": "The only copy of the holder's key document is {days} days old (from {date}), too "
                           "old to rely on, so the presentation could not be checked; refresh with "
                           "`{command}`.",
                    "fr": "La seule copie du document de la clé du titulaire date de {days} jours (du "
                           "{date}), trop ancienne pour s'y fier : la présentation n'a pas pu être vérifiée ; "
                           "mettez-la à jour avec `{command}`."},
    "holder.key_unavailable": {"en": "The holder's key could not be downloaded, so the presentation "
                                     "could not be checked.",
                               "fr": "La clé du titulaire n'a pas pu être téléchargée : la présentation "
                                     "n'a pas pu être vérifiée."},
    "holder.unsupported_suite": {"en": "Satchel cannot check {suite} signatures yet, so the holder is not "
                                       "proven.",
                                 "fr": "Satchel ne sait pas encore vérifier les signatures {suite} : le "
                                       "titulaire n'est pas prouvé."},
    "holder.key_unresolved": {"en": "The holder's key ({method}) could not be found, so the presentation "
                                    "could not be checked.",
                              "fr": "La clé du titulaire ({method}) est introuvable : la présentation n'a "
                                    "pas pu être vérifiée."},
    "holder.engine_error": {"en": "Satchel could not finish checking the presentation's signature (an "
                                  "internal error, logged for a bug report).",
                            "fr": "Satchel n'a pas pu terminer la vérification de la signature de la "
                                  "présentation (erreur interne, consignée pour un rapport de bogue)."},
    "challenge.ok": {"en": "The presentation answers your request.",
                     "fr": "La présentation répond à votre demande."},
    "challenge.failed": {"en": "The presentation was made for another request (the challenge does not "
                               "match).",
                         "fr": "La présentation a été faite pour une autre demande (le défi ne "
                               "correspond pas)."},
    "challenge.unproven": {"en": "Nothing shows the presentation answers your request: no valid proof of its "
                                 "holder carries the challenge.",
                           "fr": "Rien ne montre que la présentation répond à votre demande : aucune preuve "
                                 "valide de son titulaire ne porte le défi."},
    "challenge.unbound": {"en": "Holder proven, not bound to your request.",
                          "fr": "Titulaire prouvé, mais pas lié à votre demande."},
    "challenge.none": {"en": "No challenge was requested.", "fr": "Aucun défi n'a été demandé."},
    "domain.ok": {"en": "The presentation is bound to {domain}.",
                  "fr": "La présentation est liée à {domain}."},
    "domain.failed": {"en": "The presentation was made for another site, not {domain}.",
                      "fr": "La présentation a été faite pour un autre site que {domain}."},
    "domain.unproven": {"en": "Nothing shows the presentation was made for {domain}: no valid proof of its "
                              "holder carries the domain.",
                        "fr": "Rien ne montre que la présentation a été faite pour {domain} : aucune preuve "
                              "valide de son titulaire ne porte le domaine."},
    "domain.none": {"en": "No domain was requested.", "fr": "Aucun domaine n'a été demandé."},
    "credentials.ok": {"en": "All {count} credentials in the presentation verify.",
                       "fr": "Les {count} badges de la présentation sont vérifiés."},
    "credentials.ok_one": {"en": "The credential in the presentation verifies.",
                           "fr": "Le badge de la présentation est vérifié."},
    "credentials.empty": {"en": "The presentation holds no credentials.",
                          "fr": "La présentation ne contient aucun badge."},
    "credentials.failed": {"en": "{failed} of {count} credentials in the presentation did not pass "
                                 "verification (see each one).",
                           "fr": "{failed} badge(s) sur {count} dans la présentation n'ont pas passé la "
                                 "vérification (voir chacun)."},
    "credentials.not_current": {"en": "{failed} of {count} credentials are expired, revoked or not yet "
                                      "valid.",
                                "fr": "{failed} badge(s) sur {count} sont expirés, révoqués ou pas "
                                      "encore valides."},
    "holder_binding.ok": {"en": "Issued to the presenter ({subject}), who proved it by signing the "
                                "presentation.",
                          "fr": "Délivré à la personne qui le présente ({subject}), qui l'a prouvé en "
                                "signant la présentation."},
    "holder_binding.other_did": {"en": "Issued to {subject}, not to the presenter: nothing proves the "
                                       "presenter controls that identity.",
                                 "fr": "Délivré à {subject}, pas à la personne qui le présente : rien ne "
                                       "prouve qu'elle contrôle cette identité."},
    "holder_binding.not_did": {"en": "Issued to {subject}; nothing proves the presenter controls it. Check it "
                                     "yourself (ask them to show it is theirs).",
                               "fr": "Délivré à {subject} ; rien ne prouve que la personne qui le présente "
                                     "en a le contrôle. Vérifiez-le vous-même (demandez-lui de montrer que "
                                     "c'est bien le sien)."},
    "holder_binding.no_subject": {"en": "The credential does not say to whom it was issued; nothing ties it "
                                        "to the presenter.",
                                  "fr": "Le badge ne dit pas à qui il a été délivré ; rien ne le relie à la "
                                        "personne qui le présente."},
    "holder_binding.holder_unproven": {"en": "The presentation's holder is not proven, so nothing ties this "
                                             "credential to the presenter.",
                                       "fr": "Le titulaire de la présentation n'est pas prouvé : rien ne relie "
                                             "ce badge à la personne qui le présente."},
    "credentials.unknown": {"en": "{failed} of {count} credentials could not be fully checked.",
                            "fr": "{failed} badge(s) sur {count} n'ont pas pu être entièrement "
                                  "vérifiés."},
    "format.ob2_ok": {"en": "This is a well-formed Open Badges 2.0 assertion.",
                      "fr": "C'est une assertion Open Badges 2.0 bien formée."},
    "signature.skipped": {"en": "Not checked, because the badge's description could not be obtained.",
                          "fr": "Non vérifié, car la description du badge n'a pas pu être obtenue."},
    "issuer_key.hosted_ok": {"en": "The badge is hosted by its issuer.",
                             "fr": "Le badge est hébergé par son émetteur."},
    "issuer_key.hosted_elsewhere": {"en": "The badge is hosted on a site that does not belong to its issuer.",
                                    "fr": "Le badge est hébergé sur un site qui n'appartient pas à son "
                                          "émetteur."},
    "issuer_key.unproven": {"en": "The badge names its issuer ({issuer}) without an https address where "
                                  "Satchel could confirm it, so the issuer is not proven.",
                           "fr": "Le badge nomme son émetteur ({issuer}) sans adresse https où Satchel "
                                  "pourrait le confirmer : l'émetteur n'est pas prouvé."},
    "issuer_key.profile_invalid": {"en": "The document at {url} is not a valid description of the issuer it "
                                         "should describe, so the issuer is not proven.",
                                  "fr": "Le document à l'adresse {url} n'est pas une description valide de "
                                         "l'émetteur attendu : l'émetteur n'est pas prouvé."},
    "issuer_key.stale": {"en": "The only copy of the issuer's description is {days} days old (from {date}), "
                               "too old to rely on, so the issuer could not be checked; refresh with "
                               "`{command}`.",
                        "fr": "La seule copie de la description de l'émetteur date de {days} jours (du "
                               "{date}), trop ancienne pour s'y fier : l'émetteur n'a pas pu être vérifié ; "
                               "mettez-la à jour avec `{command}`."},
    "issuer_key.unavailable": {"en": "The issuer's description could not be downloaded, so the issuer "
                                     "could not be checked.",
                               "fr": "La description de l'émetteur n'a pas pu être téléchargée : "
                                     "l'émetteur n'a pas pu être vérifié."},
    "holder.recipient_ok": {"en": "The badge was awarded to you.", "fr": "Le badge vous a été décerné."},
    "holder.recipient_mismatch": {"en": "The badge was awarded to someone else.",
                                  "fr": "Le badge a été décerné à une autre personne."},
})
