"""French sentences for satchel.errors codes (English lives on the exception classes)."""

from satchel.i18n.catalog import register

register({
    "error.error": {"en": "Something went wrong.", "fr": "Une erreur s'est produite."},
    "error.usage": {"en": "The command was not used correctly.", "fr": "La commande n'a pas été utilisée correctement."},
    "error.wallet": {"en": "The wallet could not be used.", "fr": "Le portefeuille n'a pas pu être utilisé."},
    "error.wallet_not_found": {"en": "There is no wallet here yet.", "fr": "Il n'y a pas encore de portefeuille ici."},
    "error.wallet_exists": {"en": "A wallet already exists here; it was left untouched.", "fr": "Un portefeuille existe déjà ici ; il n'a pas été modifié."},
    "error.wrong_passphrase": {"en": "The passphrase is wrong. Nothing was changed; try again.", "fr": "La phrase secrète est incorrecte. Rien n'a été modifié ; réessayez."},
    "error.wallet_locked": {"en": "The wallet is locked. Unlock it first.", "fr": "Le portefeuille est verrouillé. Déverrouillez-le d'abord."},
    "error.wallet_corrupt": {"en": "This file is not a Satchel wallet, or it is damaged.", "fr": "Ce fichier n'est pas un portefeuille Satchel, ou il est endommagé."},
    "error.credential_not_found": {"en": "There is no credential with that id in this wallet.", "fr": "Aucun badge ne porte cet identifiant dans ce portefeuille."},
    "error.backup": {"en": "The backup could not be read: the passphrase is wrong or the file is damaged.", "fr": "La sauvegarde n'a pas pu être lue : la phrase secrète est incorrecte ou le fichier est endommagé."},
    "error.import_refused": {"en": "This file could not be added to the wallet.", "fr": "Ce fichier n'a pas pu être ajouté au portefeuille."},
    "error.too_large": {"en": "The file is too large to be a credential.", "fr": "Le fichier est trop volumineux pour être un badge."},
    "error.too_deep": {"en": "The document is nested too deeply to be a credential.", "fr": "Le document est trop profondément imbriqué pour être un badge."},
    "error.malformed": {"en": "The file is damaged or is not in a format Satchel understands.", "fr": "Le fichier est endommagé ou dans un format que Satchel ne comprend pas."},
    "error.unsafe_content": {"en": "The file contains unsafe content (such as external references) and was refused.", "fr": "Le fichier contient des éléments dangereux (comme des références externes) et a été refusé."},
    "error.no_credential": {"en": "No credential was found in this file.", "fr": "Aucun badge n'a été trouvé dans ce fichier."},
    "error.unsupported_format": {"en": "Satchel does not recognise this kind of file as a credential.", "fr": "Satchel ne reconnaît pas ce type de fichier comme un badge."},
    "error.fetch": {"en": "The document could not be downloaded.", "fr": "Le document n'a pas pu être téléchargé."},
    "error.fetch_refused": {"en": "Satchel refuses to download from this address.", "fr": "Satchel refuse de télécharger depuis cette adresse."},
    "error.fetch_failed": {"en": "The server could not be reached or did not answer correctly.", "fr": "Le serveur est injoignable ou n'a pas répondu correctement."},
    "error.verification": {"en": "The credential could not be verified.", "fr": "Le badge n'a pas pu être vérifié."},
    "error.unknown_context": {"en": "The credential uses a JSON-LD context Satchel does not know; it was not fetched.", "fr": "Le badge utilise un contexte JSON-LD inconnu de Satchel ; il n'a pas été téléchargé."},
    "error.unsafe_document": {"en": "Part of the credential does not have a defined meaning, so it cannot be verified.", "fr": "Une partie du badge n'a pas de sens défini ; il ne peut donc pas être vérifié."},
    "error.did_resolution": {"en": "The signer's key could not be found.", "fr": "La clé du signataire est introuvable."},
    "error.invalid_key": {"en": "The key is malformed or of a kind Satchel does not support.", "fr": "La clé est mal formée ou d'un type que Satchel ne prend pas en charge."},
    "error.share": {"en": "The credentials could not be shared.", "fr": "Les badges n'ont pas pu être partagés."},
    "error.payload_refused": {"en": "This QR code does not hold a presentation Satchel can read.", "fr": "Ce code QR ne contient pas de présentation lisible par Satchel."},
    "error.scan": {"en": "No readable QR code was found.", "fr": "Aucun code QR lisible n'a été trouvé."},
})
