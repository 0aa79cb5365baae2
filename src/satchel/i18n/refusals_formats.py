"""French for the specific refusals of reading files and texts: JSON, signed tokens, baked images, SD-JWTs,
enveloped credentials, PDFs (see :mod:`satchel.i18n.messages` for how entries are keyed and matched)."""

FRENCH: dict[str, str] = {
    # Any file or text
    "The file is empty.": "Le fichier est vide.",
    "Satchel could not read this file; it may be damaged.":
        "Satchel n'a pas pu lire ce fichier ; il est peut-être endommagé.",
    "Satchel does not recognise this file as a credential.": "Satchel ne reconnaît pas ce fichier comme un badge.",
    "This JSON file holds a list, not a credential; add its credentials one at a time.":
        "Ce fichier JSON contient une liste, pas un badge ; ajoutez ses badges un par un.",
    "This file only holds a web address; add the credential from that link instead.":
        "Ce fichier ne contient qu'une adresse web ; ajoutez plutôt le badge depuis ce lien.",
    "This JSON document is not a credential (it has no VerifiableCredential or Assertion type).":
        "Ce document JSON n'est pas un badge (il n'a ni le type VerifiableCredential ni le type Assertion).",
    "A presentation was found where a single credential was expected.":
        "Une présentation a été trouvée là où un seul badge était attendu.",
    "This learner record holds more than {max_parts} credentials.":
        "Ce relevé d'apprentissage contient plus de {max_parts} badges.",
    "The file is {size}; {what} is at most {limit} MB.": "Le fichier fait {size} ; {what} fait au plus {limit} Mo.",
    "The file is {size}; a credential is at most {limit} MB.": "Le fichier fait {size} ; un badge fait au plus {limit} Mo.",
    "The text is {size}; a credential is at most {limit} MB.": "Le texte fait {size} ; un badge fait au plus {limit} Mo.",
    # JSON
    "The JSON uses {name}, which is not a valid JSON number.":
        "Le JSON utilise {name}, qui n'est pas un nombre JSON valide.",
    "The document is nested more than {max_depth} levels deep; a credential never is.":
        "Le document est imbriqué sur plus de {max_depth} niveaux ; un badge ne l'est jamais.",
    "A number in the JSON is too long (more than {max_int_digits} digits).":
        "Un nombre du JSON est trop long (plus de {max_int_digits} chiffres).",
    "A number in the JSON is too large to be read.": "Un nombre du JSON est trop grand pour être lu.",
    "The file is not valid UTF-8 text (a broken character at byte {position}).":
        "Le fichier n'est pas du texte UTF-8 valide (un caractère invalide à l'octet {position}).",
    "The JSON contains a broken character (an unpaired \\u escape).":
        "Le JSON contient un caractère invalide (un échappement \\u non apparié).",
    'The JSON has the key "{key}" twice in the same object.': "Le JSON a deux fois la clé « {key} » dans le même objet.",
    # Signed tokens (JWS, JWT)
    "This text is not a signed credential token.": "Ce texte n'est pas un jeton de badge signé.",
    "This signed token does not hold a credential.": "Ce jeton signé ne contient pas de badge.",
    "The {what} of this signed token is not valid base64url.":
        "Ce jeton signé est endommagé : son élément « {what} » n'est pas du base64url valide.",
    "A signed token has three parts separated by dots; this one has {count}.":
        "Un jeton signé a trois parties séparées par des points ; celui-ci en a {count}.",
    "This signed token has an empty header or content.": "Ce jeton signé a un en-tête ou un contenu vide.",
    "The header of this signed token has an invalid 'crit' list (it must name the extensions it uses, and cannot "
    "be empty).":
        "L'en-tête de ce jeton signé a une liste « crit » invalide (elle doit nommer les extensions utilisées et "
        "ne peut pas être vide).",
    "The {what} of this signed token is not a JSON object.":
        "Ce jeton signé est endommagé : son élément « {what} » n'est pas un objet JSON.",
    "The {what} of this signed token is not readable JSON.":
        "Ce jeton signé est endommagé : son élément « {what} » n'est pas du JSON lisible.",
    "This signed token contains characters a token never has.":
        "Ce jeton signé contient des caractères qu'un jeton n'a jamais.",
    # Sealed credentials (JAdES)
    "This sealed document does not hold a credential.": "Ce document scellé ne contient pas de badge.",
    "The seal has no protected header.": "Le sceau n'a pas d'en-tête protégé.",
    "The seal's header is not a JSON object.": "L'en-tête du sceau n'est pas un objet JSON.",
    "The sealed credential is not valid base64url.": "Le badge scellé n'est pas du base64url valide.",
    # Presentations and enveloped credentials
    "{what}'s address is not a data: address.": "L'adresse de {what} n'est pas une adresse data:.",
    "{what}'s data: address has no content.": "L'adresse data: de {what} n'a pas de contenu.",
    "The base64 content of {what} is damaged.": "Le contenu base64 de {what} est endommagé.",
    "This enveloped credential is not a JSON object.": "Ce badge enveloppé n'est pas un objet JSON.",
    "This enveloped credential uses the type {media_type}, which Satchel cannot read.":
        "Ce badge enveloppé utilise le type {media_type}, que Satchel ne sait pas lire.",
    "This enveloped credential has no data: address holding the credential.":
        "Ce badge enveloppé n'a pas d'adresse data: contenant le badge.",
    "This entry is not a credential.": "Cette entrée n'est pas un badge.",
    "A presentation cannot be nested inside another presentation.":
        "Une présentation ne peut pas être imbriquée dans une autre présentation.",
    "This enveloped credential does not hold a signed token.": "Ce badge enveloppé ne contient pas de jeton signé.",
    "This enveloped token contains characters a token never has.":
        "Ce jeton enveloppé contient des caractères qu'un jeton n'a jamais.",
    # Badges baked into images
    "The badge baked into this {image_kind} image is neither JSON, a signed token nor a web address.":
        "Le badge intégré à cette image {image_kind} n'est ni du JSON, ni un jeton signé, ni une adresse web.",
    "The badge baked into this {image_kind} image is empty.": "Le badge intégré à cette image {image_kind} est vide.",
    "The badge baked into this {image_kind} image is not a JSON object.":
        "Le badge intégré à cette image {image_kind} n'est pas un objet JSON.",
    "This {image_kind} image only holds a web address, not an Open Badges 3.0 credential.":
        "Cette image {image_kind} ne contient qu'une adresse web, pas un badge Open Badges 3.0.",
    "This is a {kind} image; only PNG and SVG images can hold a badge.":
        "C'est une image {kind} ; seules les images PNG et SVG peuvent contenir un badge.",
    "This is not a PNG image (its first bytes are wrong).":
        "Ce n'est pas une image PNG (ses premiers octets ne correspondent pas).",
    "This is not an SVG image (it does not start with XML).":
        "Ce n'est pas une image SVG (elle ne commence pas par du XML).",
    "This PNG image has no badge baked into it.": "Cette image PNG ne contient pas de badge.",
    "This PNG image is cut short: it ends before its end marker.":
        "Cette image PNG est incomplète : elle s'arrête avant son marqueur de fin.",
    "This PNG image is damaged (a chunk has an impossible length).":
        "Cette image PNG est endommagée (un bloc a une longueur impossible).",
    "This PNG image is damaged (a chunk has an invalid name).":
        "Cette image PNG est endommagée (un bloc porte un nom invalide).",
    "This PNG image is cut short: its {name} chunk is incomplete.":
        "Cette image PNG est incomplète : son bloc {name} est tronqué.",
    "This PNG image is damaged: the checksum of its {name} chunk does not match.":
        "Cette image PNG est endommagée : la somme de contrôle de son bloc {name} ne correspond pas.",
    "This PNG image is damaged: it does not start with a header chunk.":
        "Cette image PNG est endommagée : elle ne commence pas par un bloc d'en-tête.",
    "The badge chunk in this PNG image is damaged (it is too short).":
        "Le bloc du badge dans cette image PNG est endommagé (il est trop court).",
    "The badge chunk in this PNG image is damaged (its header is incomplete).":
        "Le bloc du badge dans cette image PNG est endommagé (son en-tête est incomplet).",
    "The badge inside this PNG image unpacks to more than 4 MB.":
        "Le badge de cette image PNG se décompresse en plus de 4 Mo.",
    "The compressed badge text in this PNG image is incomplete.":
        "Le texte compressé du badge dans cette image PNG est incomplet.",
    "The badge text in this PNG image uses an unknown compression method.":
        "Le texte du badge dans cette image PNG utilise une méthode de compression inconnue.",
    "The badge text in this PNG image is not valid UTF-8 (at byte {start}).":
        "Le texte du badge dans cette image PNG n'est pas de l'UTF-8 valide (à l'octet {start}).",
    "The compressed badge text in this PNG image is damaged.":
        "Le texte compressé du badge dans cette image PNG est endommagé.",
    "This SVG image has no badge baked into it.": "Cette image SVG ne contient pas de badge.",
    "This SVG image is too complex: more than {max_svg_elements} shapes come before its badge.":
        "Cette image SVG est trop complexe : plus de {max_svg_elements} formes précèdent son badge.",
    "This SVG image declares a document type (DTD), which Satchel refuses for safety.":
        "Cette image SVG déclare un type de document (DTD), que Satchel refuse par sécurité.",
    "This SVG image defines XML entities, which Satchel refuses for safety.":
        "Cette image SVG définit des entités XML, que Satchel refuse par sécurité.",
    "This SVG image refers to external files, which Satchel refuses for safety.":
        "Cette image SVG fait référence à des fichiers externes, ce que Satchel refuse par sécurité.",
    "This SVG image contains unsafe XML and was refused.": "Cette image SVG contient du XML dangereux et a été refusée.",
    "This SVG image is damaged.": "Cette image SVG est endommagée.",
    "This SVG image is damaged (line {line}).": "Cette image SVG est endommagée (ligne {line}).",
    "This SVG image is not readable XML text.": "Cette image SVG n'est pas un texte XML lisible.",
    "This SVG image declares a character encoding Satchel does not know.":
        "Cette image SVG déclare un encodage de caractères que Satchel ne connaît pas.",
    "This XML file is not an SVG image.": "Ce fichier XML n'est pas une image SVG.",
    # Link-only credentials and their PDFs
    "Give the credential a title of 1 to {max_text} characters.":
        "Donnez au badge un titre de 1 à {max_text} caractères.",
    "This link record has no link or no title.": "Cette fiche de lien n'a pas de lien ou pas de titre.",
    "A link-only credential needs its https:// verification address.":
        "Un justificatif en lien seulement doit avoir son adresse de vérification https://.",
    "The PDF is larger than {max_pdf_bytes} MB.": "Le PDF dépasse {max_pdf_bytes} Mo.",
    "This file is not a PDF.": "Ce fichier n'est pas un PDF.",
    # SD-JWT
    "This is not an SD-JWT (no '~' separator).": "Ce n'est pas un SD-JWT (pas de séparateur « ~ »).",
    "This SD-JWT carries too many disclosures.": "Ce SD-JWT contient trop de divulgations.",
    "The issuer-signed part of this SD-JWT is not a compact JWS.":
        "La partie de ce SD-JWT signée par l'émetteur n'est pas un JWS compact.",
    "The issuer-signed part of this SD-JWT does not hold JSON objects.":
        "La partie de ce SD-JWT signée par l'émetteur ne contient pas d'objets JSON.",
    "The last part of this SD-JWT is neither empty nor a key binding JWT.":
        "La dernière partie de ce SD-JWT n'est ni vide ni un JWT de liaison de clé.",
    "This SD-JWT has an empty disclosure.": "Ce SD-JWT a une divulgation vide.",
    "A disclosure in this SD-JWT is not a list of a salt and one or two items.":
        "Une divulgation de ce SD-JWT n'est pas une liste formée d'un sel et d'un ou deux éléments.",
    "The disclosed claims of this SD-JWT are nested too deeply.":
        "Les informations divulguées de ce SD-JWT sont imbriquées trop profondément.",
    "The claims of this SD-JWT are nested too deeply.": "Les informations de ce SD-JWT sont imbriquées trop profondément.",
    "A disclosure in this SD-JWT names its claim with something other than text.":
        "Une divulgation de ce SD-JWT nomme son information avec autre chose que du texte.",
    "The credential has no claim at {pointer}.": "Le badge n'a pas d'information à {pointer}.",
}

# Parts of sentences that code passes into a field of an entry above (a size, as limits.describe_size says it).
FRAGMENTS: dict[str, str] = {
    "{size} MB": "{size} Mo", "{size} KB": "{size} Ko",
}
