"""European credentials: the EU micro-credential elements (Annex I of Council Recommendation 2022/C 243/02)
and the sentences of the JAdES seal and EU trusted-list checks."""

from satchel.i18n.table import register

register({
    "eu.title": {"en": "EU micro-credential", "fr": "Microcertification européenne"},
    "eu.summary": {"en": "{present} of {total} mandatory elements",
                   "fr": "{present} éléments obligatoires sur {total}"},
    "eu.complete": {"en": "All mandatory elements of the EU standard are stated.",
                    "fr": "Tous les éléments obligatoires du standard européen sont indiqués."},
    "eu.missing": {"en": "Not stated: {elements}", "fr": "Non indiqué : {elements}"},
    "eu.optional": {"en": "Optional elements", "fr": "Éléments facultatifs"},
    "eu.source": {"en": "read from {path}", "fr": "lu dans {path}"},
    "eu.line": {"en": "{element}: {value}", "fr": "{element} : {value}"},
    "eu.element.learner": {"en": "Learner", "fr": "Apprenant"},
    "eu.element.title": {"en": "Title", "fr": "Intitulé"},
    "eu.element.country": {"en": "Country of the issuer", "fr": "Pays de l'émetteur"},
    "eu.element.awarding_body": {"en": "Awarding body", "fr": "Organisme de délivrance"},
    "eu.element.issued": {"en": "Date of issuing", "fr": "Date de délivrance"},
    "eu.element.learning_outcomes": {"en": "Learning outcomes", "fr": "Acquis d'apprentissage"},
    "eu.element.workload": {"en": "Notional workload", "fr": "Charge de travail théorique"},
    "eu.element.level": {"en": "Level (EQF)", "fr": "Niveau (CEC)"},
    "eu.element.assessment": {"en": "Type of assessment", "fr": "Type d'évaluation"},
    "eu.element.participation": {"en": "Form of participation", "fr": "Forme de participation"},
    "eu.element.quality_assurance": {"en": "Quality assurance", "fr": "Assurance qualité"},
    "eu.element.prerequisites": {"en": "Prerequisites", "fr": "Prérequis"},
    "eu.element.supervision": {"en": "Supervision and identity verification",
                               "fr": "Surveillance et vérification d'identité"},
    "eu.element.grade": {"en": "Grade achieved", "fr": "Note obtenue"},
    "eu.element.integration": {"en": "Integration / stackability", "fr": "Intégration / cumul"},
    "eu.element.further_information": {"en": "Further information", "fr": "Informations complémentaires"},
})

register({
    "format.sealed_ok": {"en": "The sealed credential is well formed.",
                         "fr": "Le justificatif scellé est bien formé."},
    "signature.seal_ok": {"en": "The electronic seal of {sealed_by} matches the credential exactly.",
                          "fr": "Le cachet électronique de {sealed_by} correspond exactement au justificatif."},
    "signature.seal_ok_timestamped": {
        "en": "The electronic seal of {sealed_by} matches the credential exactly; a time-stamp by {tsa} shows it "
              "existed on {day}.",
        "fr": "Le cachet électronique de {sealed_by} correspond exactement au justificatif ; un horodatage de "
              "{tsa} atteste qu'il existait le {day}."},
    "signature.seal_timestamp_failed": {
        "en": "A time-stamp of the seal does not match: the seal or the credential was changed after it was "
              "time-stamped.",
        "fr": "Un horodatage du cachet ne correspond pas : le cachet ou le justificatif a été modifié après "
              "l'horodatage."},
    "signature.seal_bad_timestamp": {
        "en": "A time-stamp of the seal cannot be read, so the seal cannot be checked.",
        "fr": "Un horodatage du cachet est illisible ; le cachet ne peut pas être vérifié."},
    "signature.seal_failed": {"en": "The electronic seal does not match: the credential was changed after it "
                                    "was sealed.",
                              "fr": "Le cachet électronique ne correspond pas : le justificatif a été modifié "
                                    "après avoir été scellé."},
    "signature.seal_fingerprint": {"en": "The seal names two different certificates, so Satchel cannot tell "
                                         "which one made it.",
                                   "fr": "Le cachet désigne deux certificats différents ; Satchel ne peut pas "
                                         "savoir lequel l'a produit."},
    "signature.seal_bad_certificate": {"en": "The seal's certificate cannot be read, so the seal cannot be checked.",
                                       "fr": "Le certificat du cachet est illisible ; le cachet ne peut pas être "
                                             "vérifié."},
    "signature.seal_unsupported_alg": {"en": "Satchel cannot check {alg} seals yet.",
                                       "fr": "Satchel ne sait pas encore vérifier les cachets {alg}."},
    "signature.seal_unsupported_header": {"en": "The seal uses features Satchel cannot check yet: {names}.",
                                          "fr": "Le cachet utilise des fonctions que Satchel ne sait pas encore "
                                                "vérifier : {names}."},
    "signature.seal_bad_header": {"en": "The seal's header is not valid, so the seal cannot be checked.",
                                  "fr": "L'en-tête du cachet n'est pas valide ; le cachet ne peut pas être "
                                        "vérifié."},
    "signature.seal_no_certificate": {"en": "The seal carries no certificate, so Satchel cannot check it.",
                                      "fr": "Le cachet ne contient pas de certificat ; Satchel ne peut pas le "
                                            "vérifier."},
    "issuer_key.seal_no_time": {"en": "The seal does not say when it was made, so its certificate's validity "
                                      "cannot be checked.",
                                "fr": "Le cachet n'indique pas sa date ; la validité de son certificat ne peut "
                                      "pas être vérifiée."},
    "issuer_key.seal_certificate_invalid_then": {
        "en": "The seal's certificate was not valid on {day}, when the seal says it was made.",
        "fr": "Le certificat du cachet n'était pas valide le {day}, date à laquelle le cachet dit avoir été "
              "apposé."},
    "issuer_key.seal_not_qualified_yet": {
        "en": "Sealed by {sealed_by} with a certificate from {ca}, valid when the seal was made. Whether it is a "
              "qualified EU seal needs the EU trusted lists (satchel cache import).",
        "fr": "Scellé par {sealed_by} avec un certificat de {ca}, valide au moment du cachet. Savoir s'il "
              "s'agit d'un cachet qualifié européen demande les listes de confiance de l'UE "
              "(satchel cache import)."},
    "issuer_key.seal_qualified": {
        "en": "Sealed by {sealed_by} with a qualified certificate from {provider}, listed in the EU trusted "
              "list of {country}.",
        "fr": "Scellé par {sealed_by} avec un certificat qualifié de {provider}, inscrit sur la liste de "
              "confiance de l'UE ({country})."},
    "issuer_key.seal_not_qualified": {
        "en": "The seal's certificate authority ({ca}) is not a qualified trust service provider on the EU "
              "trusted lists Satchel holds.",
        "fr": "L'autorité de certification du cachet ({ca}) n'est pas un prestataire de confiance qualifié des "
              "listes de confiance de l'UE dont Satchel dispose."},
    "issuer_key.trusted_list_stale": {
        "en": "The EU trusted list of {country} is out of date (next update was due {day}); refresh it with "
              "satchel cache refresh.",
        "fr": "La liste de confiance de l'UE ({country}) est périmée (mise à jour attendue le {day}) ; "
              "actualisez-la avec satchel cache refresh."},
})

register({
    "pathway.none": {"en": "No larger credential is named by the credentials in your wallet yet.",
                     "fr": "Aucun justificatif plus large n'est encore désigné par les badges de votre portefeuille."},
    "pathway.parts": {"en": "{held} of {total} parts", "fr": "{held} parties sur {total}"},
    "pathway.credits": {"en": "{held} of {total} {unit}", "fr": "{held} {unit} sur {total}"},
    "pathway.held": {"en": "held", "fr": "obtenu"},
    "pathway.missing": {"en": "missing", "fr": "manquant"},
    "pathway.unit.credits": {"en": "credits", "fr": "crédits"},
    "pathway.unit.ECTS": {"en": "ECTS", "fr": "ECTS"},
})

register({
    "outcome.link_only": {"en": "Link only", "fr": "Lien seulement"},
    "share.link_only": {"en": "Link only: check it on the issuer's website, {url}",
                        "fr": "Lien seulement : vérifiez-le sur le site de l'émetteur, {url}"},
    "link.added": {"en": "Kept as a link-only credential (never shown as verified): {id}",
                   "fr": "Conservé comme justificatif en lien seulement (jamais affiché comme vérifié) : {id}"},
    "format.link_only": {"en": "This credential lives only on its issuer's website ({host}); Satchel cannot "
                               "check it. Open the link to see the issuer's own page.",
                         "fr": "Ce justificatif n'existe que sur le site de son émetteur ({host}) ; Satchel ne "
                               "peut pas le vérifier. Ouvrez le lien pour voir la page de l'émetteur."},
})
