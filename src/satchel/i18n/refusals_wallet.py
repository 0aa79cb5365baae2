"""French for the specific refusals of the wallet, its files and the command line: passphrases, backups,
collections, settings, files that cannot be read (see :mod:`satchel.i18n.messages` for how entries are keyed
and matched)."""

FRENCH: dict[str, str] = {
    # The wallet and its passphrase
    "There is no wallet in {home} yet. Create one with: satchel init":
        "Il n'y a pas encore de portefeuille dans {home}. Créez-en un avec : satchel init",
    "A wallet already exists at {path}; it was left untouched.": "Un portefeuille existe déjà dans {path} ; il n'a pas été modifié.",
    "There is no wallet here yet: nothing to verify.": "Il n'y a pas encore de portefeuille ici : rien à vérifier.",
    "Choose a passphrase of at least {min_length} characters.":
        "Choisissez une phrase secrète d'au moins {min_length} caractères.",
    "No passphrase: run interactively, or set it in the environment for automation.":
        "Aucune phrase secrète : lancez la commande de façon interactive, ou indiquez-la dans l'environnement "
        "pour l'automatisation.",
    "The two passphrases differ; nothing was changed.": "Les deux phrases secrètes diffèrent ; rien n'a été modifié.",
    "A passphrase is required.": "Une phrase secrète est nécessaire.",
    "A passphrase cannot contain a NUL character.": "Une phrase secrète ne peut pas contenir de caractère NUL.",
    "The wallet file could not be opened.": "Le fichier du portefeuille n'a pas pu être ouvert.",
    "The passphrase could not be changed; the old one still opens the wallet.":
        "La phrase secrète n'a pas pu être changée ; l'ancienne ouvre toujours le portefeuille.",
    "The wallet could not be read or written ({reason}).": "Le portefeuille n'a pas pu être lu ou écrit ({reason}).",
    "This wallet was made by a newer version of Satchel; update Satchel to open it.":
        "Ce portefeuille a été créé par une version plus récente de Satchel ; mettez Satchel à jour pour l'ouvrir.",
    "This wallet was made by an older Satchel and must be upgraded by a caller that can read credentials.":
        "Ce portefeuille a été créé par une version plus ancienne de Satchel et doit être mis à niveau par un "
        "programme qui sait lire les badges.",
    # Credentials in the wallet
    "There is no credential with id '{prefix}' in this wallet.":
        "Aucun badge ne porte l'identifiant « {prefix} » dans ce portefeuille.",
    "'{prefix}' matches several credentials; give more characters.":
        "« {prefix} » correspond à plusieurs badges ; donnez plus de caractères.",
    "A credential needs its bytes.": "Un badge doit avoir son contenu.",
    "Another credential already uses this id; the new one was not added.":
        "Un autre badge utilise déjà cet identifiant ; le nouveau n'a pas été ajouté.",
    "This credential has no PDF kept with it (only link-only credentials can have one).":
        "Ce badge n'a pas de PDF conservé avec lui (seul un justificatif en lien seulement peut en avoir un).",
    "Credentials can be sorted by name, issuer, issued, added or eu.":
        "Les badges peuvent être triés par name (nom), issuer (émetteur), issued (délivrance), added (ajout) "
        "ou eu.",
    "Paging needs a limit and an offset of zero or more.":
        "La pagination demande une limite et un décalage positifs ou nuls.",
    # Collections, tags, remembered choices, settings
    "A {what} must be text.": "{what} doit être du texte.",
    "A {what} cannot be empty.": "{what} ne peut pas être vide.",
    "A {what} can be at most {max_label} characters long.": "{what} peut faire au plus {max_label} caractères.",
    "There is no collection with that name.": "Il n'y a pas de collection de ce nom.",
    "A collection with that name already exists.": "Une collection de ce nom existe déjà.",
    "A remembered choice needs {what} (text of at most {max_text} characters).":
        "Un choix mémorisé demande {what} (un texte d'au plus {max_text} caractères).",
    "A remembered choice keeps a list of at most {max_claims} {what}.":
        "Un choix mémorisé garde une liste d'au plus {max_claims} {what}.",
    "A holder key needs a key id, a DID and a public key.":
        "Une clé de titulaire demande un identifiant de clé, un DID et une clé publique.",
    "A holder key needs its secret bytes.": "Une clé de titulaire doit avoir sa partie secrète.",
    "A holder key with this key id is already in the wallet.":
        "Une clé de titulaire avec cet identifiant de clé est déjà dans le portefeuille.",
    "A setting needs a name.": "Un réglage doit avoir un nom.",
    "A setting's value must be plain JSON (text, numbers, lists, objects).":
        "La valeur d'un réglage doit être du JSON simple (texte, nombres, listes, objets).",
    "An activity entry needs an action.": "Une entrée d'activité doit avoir une action.",
    "The number of activity entries cannot be negative.": "Le nombre d'entrées d'activité ne peut pas être négatif.",
    "The maximum age of cached documents is a whole number of days from {min} to {max}, not '{value}'.":
        "La durée maximale des copies en cache est un nombre entier de jours, de {min} à {max}, pas « {value} ».",
    "This history has no preferences to keep its retention in.":
        "Cet historique n'a pas de préférences où garder sa durée de conservation.",
    # Backups
    "A backup needs its own passphrase.": "Une sauvegarde demande sa propre phrase secrète.",
    "This file is not a Satchel backup.": "Ce fichier n'est pas une sauvegarde Satchel.",
    "This file is not a Satchel backup, or it is damaged.":
        "Ce fichier n'est pas une sauvegarde Satchel, ou il est endommagé.",
    "This backup was made by a newer version of Satchel; update Satchel to read it.":
        "Cette sauvegarde a été créée par une version plus récente de Satchel ; mettez Satchel à jour pour la lire.",
    # Files
    "Part of the path {path} is a file, not a folder.": "Une partie du chemin {path} est un fichier, pas un dossier.",
    "You are not allowed to read {path}.": "Vous n'avez pas le droit de lire {path}.",
    "You are not allowed to write {path}.": "Vous n'avez pas le droit d'écrire {path}.",
    "{path} cannot be read ({reason}).": "{path} ne peut pas être lu ({reason}).",
    "{path} cannot be written ({reason}).": "{path} ne peut pas être écrit ({reason}).",
    "The file is larger than {limit} MB.": "Le fichier dépasse {limit} Mo.",
    "The file is {size} MB; a credential file is at most {limit} MB.":
        "Le fichier fait {size} Mo ; un fichier de badge fait au plus {limit} Mo.",
    # Command-line use
    "This bundle needs {count} frames; use --frames DIR for an animated code.":
        "Ce lot demande {count} images ; utilisez --frames DOSSIER pour un code animé.",
    "Give one or more images, a video file, or --camera N.":
        "Donnez une ou plusieurs images, un fichier vidéo, ou --camera N.",
    "'{target}' is neither a file nor a credential id (there is no wallet).":
        "« {target} » n'est ni un fichier ni un identifiant de badge (il n'y a pas de portefeuille).",
    "--challenge and --domain apply to presentations, not to stored credentials.":
        "--challenge et --domain s'appliquent aux présentations, pas aux badges enregistrés.",
    "Give either a file, '-' or a credential id, or --all (not both).":
        "Donnez soit un fichier, « - » ou un identifiant de badge, soit --all (pas les deux).",
    "--now takes an ISO 8601 instant such as 2027-01-01T00:00:00Z, not '{value}'.":
        "--now prend un instant ISO 8601 comme 2027-01-01T00:00:00Z, pas « {value} ».",
}
