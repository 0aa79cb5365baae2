"""Sentences for SD-JWT VC checks (selective disclosure, key binding), English and French."""

from satchel.i18n.table import register

register({
    "format.sd_jwt_withheld": {
        "en": "The credential is well formed (SD-JWT VC). The holder chose to show {shown} claim(s) that can be "
              "hidden ({claims}); other claims were withheld by the holder.",
        "fr": "Le badge est bien formé (SD-JWT VC). Le titulaire a choisi de montrer {shown} information(s) "
              "masquable(s) ({claims}) ; d'autres informations ont été masquées par le titulaire."},
    "format.sd_jwt_all": {
        "en": "The credential is well formed (SD-JWT VC); every claim is shown ({claims}).",
        "fr": "Le badge est bien formé (SD-JWT VC) ; toutes les informations sont montrées ({claims})."},
    "format.sd_jwt_alg_unknown": {
        "en": "The credential hides its claims with a digest algorithm Satchel does not know ({alg}).",
        "fr": "Le badge masque ses informations avec un algorithme d'empreinte inconnu de Satchel ({alg})."},
    "signature.sd_jwt_no_key": {
        "en": "The issuer is named without a DID, a certificate or an https address, so its key cannot be found.",
        "fr": "L'émetteur n'est nommé ni par un DID, ni par un certificat, ni par une adresse https : sa clé "
              "est introuvable."},
    "signature.sd_jwt_no_iss": {
        "en": "The credential names no issuer (iss) and carries no certificate, so there is no key to check its "
              "signature with.",
        "fr": "Le badge ne nomme pas d'émetteur (iss) et ne joint aucun certificat : aucune clé ne permet de "
              "vérifier sa signature."},
    "signature.sd_jwt_x5c_unreadable": {
        "en": "The certificate the credential carries (x5c) could not be read, so its signature could not be "
              "checked.",
        "fr": "Le certificat joint au badge (x5c) est illisible : sa signature n'a pas pu être vérifiée."},
    "signature.sd_jwt_metadata_other_issuer": {
        "en": "The issuer metadata at {url} names another issuer ({named}) than the credential's {iss}, so its keys "
              "were not used and the signature could not be checked.",
        "fr": "Les métadonnées d'émetteur publiées à {url} nomment un autre émetteur ({named}) que celui du badge "
              "({iss}) : leurs clés n'ont pas été utilisées et la signature n'a pas pu être vérifiée."},
    "signature.sd_jwt_metadata_no_key": {
        "en": "The issuer metadata of {iss} holds no usable key for this credential (key id {kid}), so the "
              "signature could not be checked.",
        "fr": "Les métadonnées d'émetteur de {iss} ne contiennent aucune clé utilisable pour ce badge "
              "(identifiant de clé {kid}) : la signature n'a pas pu être vérifiée."},
    "signature.sd_jwt_disclosure": {
        "en": "A disclosed claim does not match what the issuer signed: it was changed or added afterwards.",
        "fr": "Une information dévoilée ne correspond pas à ce que l'émetteur a signé : elle a été modifiée "
              "ou ajoutée ensuite."},
    "signature.sd_jwt_disclosure_malformed": {
        "en": "The disclosed claims are malformed ({reason}), so they cannot be matched with what the issuer signed.",
        "fr": "Les informations dévoilées sont mal formées ({reason}) : elles ne peuvent pas être comparées à ce "
              "que l'émetteur a signé."},
    "issuer_key.sd_jwt_x5c_untrusted": {
        "en": "The signature matches the certificate it carries, but Satchel holds no trusted authority for "
              "that certificate, so it is not proven to belong to {issuer}.",
        "fr": "La signature correspond au certificat joint, mais Satchel ne connaît aucune autorité de "
              "confiance pour ce certificat : rien ne prouve qu'il appartient à {issuer}."},
    "issuer_key.sd_jwt_metadata": {
        "en": "The key is one that {issuer} publishes in its issuer metadata.",
        "fr": "La clé fait partie de celles que {issuer} publie dans ses métadonnées d'émetteur."},
    "holder.sd_jwt_kb_ok": {
        "en": "The holder proved they hold the key the credential was issued to (key binding).",
        "fr": "Le titulaire a prouvé détenir la clé à laquelle le badge a été délivré (liaison de clé)."},
    "holder.sd_jwt_no_kb": {
        "en": "Holder not proven: the presentation has no key binding signature.",
        "fr": "Titulaire non prouvé : la présentation n'a pas de signature de liaison de clé."},
    "holder.sd_jwt_kb_malformed": {
        "en": "Holder not proven: the key binding signature is malformed, so it was not checked.",
        "fr": "Titulaire non prouvé : la signature de liaison de clé est mal formée : elle n'a pas été vérifiée."},
    "holder.sd_jwt_kb_future": {
        "en": "Holder not proven: the key binding signature is dated in the future.",
        "fr": "Titulaire non prouvé : la signature de liaison de clé est datée dans le futur."},
    "holder.sd_jwt_kb_invalid": {
        "en": "Holder not proven: the key binding signature does not cover this presentation.",
        "fr": "Titulaire non prouvé : la signature de liaison de clé ne couvre pas cette présentation."},
    "challenge.sd_jwt_stale": {
        "en": "The presentation answers your challenge, but the holder signed it at {signed}, more than {max} "
              "minutes before this check: it may be an old or copied presentation. Ask them to present again.",
        "fr": "La présentation répond à votre défi, mais le titulaire l'a signée le {signed}, plus de {max} "
              "minutes avant cette vérification : elle est peut-être ancienne ou copiée. Demandez-lui de la "
              "présenter à nouveau."},
    "challenge.sd_jwt_stale_unbound": {
        "en": "Holder proven, not bound to your request, and signed at {signed}, more than {max} minutes before "
              "this check: it may be an old or copied presentation.",
        "fr": "Titulaire prouvé, mais pas lié à votre demande, et signé le {signed}, plus de {max} minutes avant "
              "cette vérification : la présentation est peut-être ancienne ou copiée."},
    "holder.sd_jwt_no_cnf": {
        "en": "The credential names no holder key Satchel can read or find, so the holder could not be checked.",
        "fr": "Le badge ne nomme aucune clé de titulaire que Satchel puisse lire ou trouver : le titulaire n'a pas "
              "pu être vérifié."},
    "holder.sd_jwt_kb_alg": {
        "en": "The key binding signature uses an algorithm Satchel cannot check ({alg}), so the holder could not "
              "be checked.",
        "fr": "La signature de liaison de clé utilise un algorithme que Satchel ne sait pas vérifier ({alg}) : le "
              "titulaire n'a pas pu être vérifié."},
    # An SD-JWT VC inside a signed presentation (a QR share, `satchel present`): its own key binding signature.
    "holder.sd_jwt_kb_vp_ok": {
        "en": "The holder's key binding signature on this credential is valid and was made for this presentation.",
        "fr": "La signature de liaison de clé du titulaire sur ce badge est valide et a été faite pour cette "
              "présentation."},
    "holder.sd_jwt_kb_vp_signature": {
        "en": "The key binding signature on this credential is not valid: it was not made with the key the "
              "credential was issued to, or it was changed.",
        "fr": "La signature de liaison de clé sur ce badge n'est pas valide : elle n'a pas été faite avec la clé à "
              "laquelle le badge a été délivré, ou elle a été modifiée."},
    "holder.sd_jwt_kb_vp_disclosures": {
        "en": "The key binding signature on this credential does not cover the claims shown: claims were added or "
              "removed after the holder signed.",
        "fr": "La signature de liaison de clé sur ce badge ne couvre pas les informations montrées : des "
              "informations ont été ajoutées ou retirées après la signature du titulaire."},
    "holder.sd_jwt_kb_vp_malformed": {
        "en": "The key binding signature on this credential is malformed, so it proves nothing.",
        "fr": "La signature de liaison de clé sur ce badge est mal formée : elle ne prouve rien."},
    "holder.sd_jwt_kb_vp_future": {
        "en": "The key binding signature on this credential is dated in the future, so it proves nothing.",
        "fr": "La signature de liaison de clé sur ce badge est datée dans le futur : elle ne prouve rien."},
    "holder.sd_jwt_kb_vp_other_request": {
        "en": "The key binding signature on this credential was made for another request, not for this "
              "presentation: it was taken from another presentation.",
        "fr": "La signature de liaison de clé sur ce badge a été faite pour une autre demande que cette "
              "présentation : elle a été reprise d'une autre présentation."},
    "holder.sd_jwt_kb_vp_other_site": {
        "en": "The key binding signature on this credential was made for another site, not {domain}.",
        "fr": "La signature de liaison de clé sur ce badge a été faite pour un autre site que {domain}."},
    "holder_binding.sd_jwt_kb": {
        "en": "Issued to the presenter's key ({subject}), which they proved they hold with the key binding "
              "signature.",
        "fr": "Délivré à la clé de la personne qui le présente ({subject}), qu'elle a prouvé détenir par la "
              "signature de liaison de clé."},
    "holder_binding.sd_jwt_other_key": {
        "en": "Issued to another key ({subject}) than the one that signed the presentation: nothing proves the "
              "presenter holds it.",
        "fr": "Délivré à une autre clé ({subject}) que celle qui a signé la présentation : rien ne prouve que la "
              "personne qui le présente la détient."},
    "holder_binding.sd_jwt_key_unreadable": {
        "en": "The key this credential was issued to could not be read or found, so nothing ties it to the "
              "presenter.",
        "fr": "La clé à laquelle ce badge a été délivré n'a pas pu être lue ni trouvée : rien ne le relie à la "
              "personne qui le présente."},
    "signature.ok_base": {
        "en": "The signature is valid ({suite} base proof) and covers every field: this is the holder's full "
              "copy, from which they choose the fields to show.",
        "fr": "La signature est valide (preuve de base {suite}) et couvre toutes les informations : c'est "
              "l'exemplaire complet du titulaire, dont il choisit les informations à montrer."},
    "signature.ok_selective": {
        "en": "The signature is valid ({suite}). The holder chose which fields to show: other fields may have "
              "been withheld by the holder.",
        "fr": "La signature est valide ({suite}). Le titulaire a choisi les informations montrées : d'autres "
              "ont pu être masquées par le titulaire."},
})
