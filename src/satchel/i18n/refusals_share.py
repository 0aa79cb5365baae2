"""French for the specific refusals of sharing and scanning: QR payloads, images, cameras, presentations
(see :mod:`satchel.i18n.messages` for how entries are keyed and matched)."""

FRENCH: dict[str, str] = {
    # Presentations and what can go in them
    "This wallet has no holder key yet; create one with 'satchel did --rotate'.":
        "Ce portefeuille n'a pas encore de clé de titulaire ; créez-en une avec « satchel did --rotate ».",
    "'{name}' lives only on its issuer's website: share its link (it is in the PDF) rather than inside the signed "
    "presentation.":
        "« {name} » n'existe que sur le site de son émetteur : partagez son lien (il figure dans le PDF) plutôt "
        "que de le mettre dans la présentation signée.",
    "'{name}' is an SD-JWT credential: it is shown to a verifier that asks for it ('satchel respond' / Answer a "
    "verifier), revealing only what is asked.":
        "« {name} » est un badge SD-JWT : il se montre à un vérificateur qui le demande (« satchel respond » / "
        "Répondre à un vérificateur), en ne révélant que ce qui est demandé.",
    "'{name}' is an Open Badges 2.0 badge, which cannot be signed into a presentation; export its file instead.":
        "« {name} » est un badge Open Badges 2.0, qui ne peut pas entrer dans une présentation signée ; "
        "exportez plutôt son fichier.",
    "Choose at least one credential to share.": "Choisissez au moins un badge à partager.",
    "No chosen credential that can hide fields has anything at {unused}.":
        "Aucun des badges choisis qui peuvent masquer des champs n'a de valeur à {unused}.",
    "Only SD-JWT credentials can be presented with chosen claims so far.":
        "Pour l'instant, seuls les badges SD-JWT peuvent être présentés avec des informations choisies.",
    "Link-only credentials are shared as their links: export a PDF, or copy the link.":
        "Les justificatifs en lien seulement se partagent par leur lien : exportez un PDF ou copiez le lien.",
    "A LinkedIn certification needs a name.": "Une certification LinkedIn doit avoir un nom.",
    "The credential URL for LinkedIn must be a public http(s) address.":
        "L'adresse du badge pour LinkedIn doit être une adresse http(s) publique.",
    # The recruiter's desk and scanning
    "No recruiter's challenge code was found in this picture.":
        "Aucun code de défi de recruteur n'a été trouvé sur cette image.",
    "The QR code does not hold a presentation.": "Le code QR ne contient pas de présentation.",
    "There is no verification in the history yet.": "Il n'y a encore aucune vérification dans l'historique.",
    "This image holds neither a baked badge nor a readable QR code.":
        "Cette image ne contient ni badge intégré ni code QR lisible.",
    "A QR code was found, but it does not hold a Satchel or VPQR presentation.":
        "Un code QR a été trouvé, mais il ne contient pas de présentation Satchel ou VPQR.",
    # QR payloads: parts and assembly
    "This QR code belongs to another presentation than the parts already read.":
        "Ce code QR appartient à une autre présentation que les parties déjà lues.",
    "{count} of {total} QR parts are missing (parts {missing}); keep scanning.":
        "Il manque {count} parties du code QR sur {total} (parties {missing}) ; continuez à scanner.",
    "This QR code is not a Satchel presentation.": "Ce code QR n'est pas une présentation Satchel.",
    "This QR part belongs to another presentation than the parts already read; start the scan again.":
        "Cette partie du code QR appartient à une autre présentation que les parties déjà lues ; recommencez "
        "le scan.",
    "Two different QR parts claim to be part {index}; the code is damaged.":
        "Deux parties différentes du code QR se présentent comme la partie {index} ; le code est endommagé.",
    "The QR parts do not match their checksum; the code is damaged.":
        "Les parties du code QR ne correspondent pas à leur somme de contrôle ; le code est endommagé.",
    "No Satchel QR code has been read yet.": "Aucun code QR Satchel n'a encore été lu.",
    "This QR code holds more text than any QR code can; it was refused.":
        "Ce code QR contient plus de texte qu'aucun code QR ne peut en contenir ; il a été refusé.",
    "This Satchel QR code has no valid encoding letter after its prefix.":
        "Ce code QR Satchel n'a pas de lettre d'encodage valide après son préfixe.",
    "There is nothing to split: the payload is empty.": "Il n'y a rien à découper : le contenu est vide.",
    "This QR part holds more text than any QR code can; it was refused.":
        "Cette partie du code QR contient plus de texte qu'aucun code QR ne peut en contenir ; elle a été refusée.",
    "This is not a valid part of an animated Satchel QR code.":
        "Ce n'est pas une partie valide d'un code QR Satchel animé.",
    "This animated QR code claims {total} parts; at most {max_parts} are allowed.":
        "Ce code QR animé annonce {total} parties ; {max_parts} au plus sont permises.",
    "This QR part is numbered {index} of {total}, which is impossible.":
        "Cette partie du code QR porte le numéro {index} sur {total}, ce qui est impossible.",
    "This QR {what} is damaged: it is not valid base45 text.":
        "Ce code QR est endommagé ({what} illisible) : ce n'est pas du texte base45 valide.",
    "A frame of {max_chars_per_frame} characters cannot hold any data.":
        "Une image de {max_chars_per_frame} caractères ne peut contenir aucune donnée.",
    "This presentation needs {needed} QR frames; at most {max_parts} are allowed. Share fewer credentials or use "
    "a file.":
        "Cette présentation demande {needed} images de code QR ; {max_parts} au plus sont permises. Partagez "
        "moins de badges ou utilisez un fichier.",
    "No QR text was given.": "Aucun texte de code QR n'a été donné.",
    "QR parts must be text.": "Les parties d'un code QR doivent être du texte.",
    "More than {max_texts} QR texts were given; at most {max_parts} parts are allowed.":
        "Plus de {max_texts} textes de code QR ont été donnés ; {max_parts} parties au plus sont permises.",
    # QR payloads: encoding and compression
    "This presentation is larger than 2 MiB and cannot be shared as a QR code.":
        "Cette présentation dépasse 2 Mio et ne peut pas être partagée par code QR.",
    "This QR payload is empty.": "Ce code QR est vide.",
    "This QR payload uses an unknown encoding ({codec}); it may come from a newer version of Satchel.":
        "Ce code QR utilise un encodage inconnu ({codec}) ; il vient peut-être d'une version plus récente de "
        "Satchel.",
    "This QR payload has unexpected bytes after its compressed data.":
        "Ce code QR contient des octets inattendus après ses données compressées.",
    "This QR payload expands to more than 2 MiB and was refused.":
        "Le contenu de ce code QR se décompresse en plus de 2 Mio ; il a été refusé.",
    "This QR payload is truncated: its compressed data ends too early.":
        "Ce code QR est tronqué : ses données compressées s'arrêtent trop tôt.",
    "This QR payload does not contain a JSON object.": "Ce code QR ne contient pas d'objet JSON.",
    "This QR payload is damaged: its compressed data is invalid.":
        "Ce code QR est endommagé : ses données compressées ne sont pas valides.",
    "This QR payload does not contain valid JSON: {message}": "Ce code QR ne contient pas de JSON valide : {message}",
    "This QR payload is nested more than {limit} levels deep and was refused.":
        "Le contenu de ce code QR est imbriqué sur plus de {limit} niveaux ; il a été refusé.",
    "This QR payload is damaged: a packed token's length is malformed.":
        "Ce code QR est endommagé : la longueur d'un jeton compressé est mal formée.",
    "This QR payload is damaged: a packed value is cut short.":
        "Ce code QR est endommagé : une valeur compressée est coupée.",
    "This QR payload is damaged: a packed value is missing its bytes.":
        "Ce code QR est endommagé : il manque des octets à une valeur compressée.",
    "This QR payload is damaged: it repeats a value it never gave.":
        "Ce code QR est endommagé : il répète une valeur qu'il n'a jamais donnée.",
    "This QR payload packs more values than the format allows.":
        "Ce code QR compresse plus de valeurs que le format ne le permet.",
    "This QR payload is damaged: a packed value is too short.":
        "Ce code QR est endommagé : une valeur compressée est trop courte.",
    "This QR code is damaged: its data is not decimal digits.":
        "Ce code QR est endommagé : ses données ne sont pas des chiffres décimaux.",
    "This QR code is damaged: its digits do not make whole bytes.":
        "Ce code QR est endommagé : ses chiffres ne forment pas des octets entiers.",
    "This QR code is damaged: a group of digits is too large.":
        "Ce code QR est endommagé : un groupe de chiffres est trop grand.",
    "This QR code uses compression dictionary {dictionary_id}, which this version of Satchel does not know.":
        "Ce code QR utilise le dictionnaire de compression {dictionary_id}, que cette version de Satchel ne "
        "connaît pas.",
    "This QR code uses Huffman code {dictionary_id}, which this version of Satchel does not know.":
        "Ce code QR utilise le code de Huffman {dictionary_id}, que cette version de Satchel ne connaît pas.",
    # VPQR codes
    "This is a VPQR code; reading it needs the JSON-LD contexts (no loader given).":
        "C'est un code VPQR ; pour le lire, il faut les contextes JSON-LD (aucun chargeur fourni).",
    "This VPQR code holds more text than any QR code can; it was refused.":
        "Ce code VPQR contient plus de texte qu'aucun code QR ne peut en contenir ; il a été refusé.",
    "This is not a VPQR code (it must start with VP1-R, base45 CBOR-LD).":
        "Ce n'est pas un code VPQR (il doit commencer par VP1-R, du CBOR-LD en base45).",
    "This VPQR code does not contain a JSON-LD object.": "Ce code VPQR ne contient pas d'objet JSON-LD.",
    "This VPQR code is damaged: it is not valid base45 text.":
        "Ce code VPQR est endommagé : ce n'est pas du texte base45 valide.",
    "The context {url} could not be read.": "Le contexte {url} n'a pas pu être lu.",
    "Reading VPQR codes needs Python 3.12 or newer with the cborld package.":
        "La lecture des codes VPQR demande Python 3.12 ou plus récent, avec le paquet cborld.",
    "This VPQR code could not be decoded: its CBOR-LD data is invalid.":
        "Ce code VPQR n'a pas pu être décodé : ses données CBOR-LD ne sont pas valides.",
    "This VPQR code uses the context {url}, which Satchel does not have.":
        "Ce code VPQR utilise le contexte {url}, que Satchel n'a pas.",
    # Drawing QR codes
    "QR versions go from 1 to 40, not {version}.": "Les versions de code QR vont de 1 à 40, pas {version}.",
    "Unknown QR error-correction level {ecc}; use L, M, Q or H.":
        "Niveau de correction d'erreur QR inconnu : {ecc} ; utilisez L, M, Q ou H.",
    "There is no text to put in the QR code.": "Il n'y a pas de texte à mettre dans le code QR.",
    "The QR scale must be at least one pixel per module.":
        "L'échelle du code QR doit être d'au moins un pixel par module.",
    "There are no QR parts to draw.": "Il n'y a aucune partie de code QR à dessiner.",
    "There are no frames to animate.": "Il n'y a aucune image à animer.",
    "This text is too long for one QR code; split it into parts.":
        "Ce texte est trop long pour un seul code QR ; découpez-le en parties.",
    # Images, videos and cameras
    "This {kind} image is damaged ({why}); Satchel does not decode it.":
        "Cette image {kind} est endommagée ({why}) ; Satchel ne la décode pas.",
    "This image is empty.": "Cette image est vide.",
    "This image file is too large to scan (over 64 MiB).":
        "Ce fichier image est trop gros pour être scanné (plus de 64 Mio).",
    "The image {name} could not be opened.": "L'image {name} n'a pas pu être ouverte.",
    "This image is too large to scan (over 64 MiB).": "Cette image est trop grosse pour être scannée (plus de 64 Mio).",
    "This {kind} image could not be decoded; it may be damaged.":
        "Cette image {kind} n'a pas pu être décodée ; elle est peut-être endommagée.",
    "No Satchel or VPQR code was found in the video.": "Aucun code Satchel ou VPQR n'a été trouvé dans la vidéo.",
    "No readable QR code was found in this image. Try a sharper, closer, evenly lit photo.":
        "Aucun code QR lisible n'a été trouvé sur cette image. Essayez une photo plus nette, prise de plus près, "
        "avec un éclairage uniforme.",
    "No camera was found (camera {index}), or Satchel was not allowed to use it.":
        "Aucune caméra n'a été trouvée (caméra {index}), ou Satchel n'a pas eu le droit de l'utiliser.",
    "Camera {index} gives no picture; it may be in use by another app or access was refused.":
        "La caméra {index} ne donne aucune image ; elle est peut-être utilisée par une autre application, ou "
        "l'accès a été refusé.",
    "The video {name} does not exist.": "La vidéo {name} n'existe pas.",
    "The video {name} could not be opened (unknown format or damaged file).":
        "La vidéo {name} n'a pas pu être ouverte (format inconnu ou fichier endommagé).",
    "The video ended before every QR part was read: {count} of {total} missing (parts {missing}).":
        "La vidéo s'est terminée avant que toutes les parties du code QR soient lues : il en manque {count} sur "
        "{total} (parties {missing}).",
    "This phone reports no camera.": "Ce téléphone ne signale aucune caméra.",
    "The camera gave an empty picture.": "La caméra a donné une image vide.",
    "The camera preview is gone.": "L'aperçu de la caméra a disparu.",
    "The camera preview could not be shown.": "L'aperçu de la caméra n'a pas pu être affiché.",
}

# Parts of sentences that code passes into a field of an entry above (why an image is damaged).
FRAGMENTS: dict[str, str] = {
    "it declares no pixels": "elle n'annonce aucun pixel",
    "it ends before its last chunk": "elle s'arrête avant son dernier bloc",
    "a chunk declares {length} bytes but the file holds {size}":
        "un bloc annonce {length} octets mais le fichier en contient {size}",
    "it is cut into too many chunks": "elle est découpée en trop de blocs",
    "it does not start with its header": "elle ne commence pas par son en-tête",
    "bit depth {bits} with colour type {colour}": "profondeur {bits} bits avec le type de couleur {colour}",
    "a segment does not start with a marker": "un segment ne commence pas par un marqueur",
    "a segment declares {length} bytes beyond the end of the file":
        "un segment annonce {length} octets au-delà de la fin du fichier",
    "its frame header is too short": "son en-tête d'image est trop court",
    "it declares no height or no colour components": "elle n'annonce pas de hauteur ou pas de composantes de couleur",
    "it has no frame header": "elle n'a pas d'en-tête d'image",
    "it ends inside its header": "elle s'arrête au milieu de son en-tête",
    "it is cut into too many blocks": "elle est découpée en trop de blocs",
    "it ends inside a frame header": "elle s'arrête au milieu d'un en-tête d'image",
    "it holds an unknown block": "elle contient un bloc inconnu",
    "it ends inside a block": "elle s'arrête au milieu d'un bloc",
    "its header has an unknown size": "son en-tête a une taille inconnue",
    "its first chunk is unknown": "son premier bloc est inconnu",
}
