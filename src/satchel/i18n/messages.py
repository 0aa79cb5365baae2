"""French for the specific sentences of common refusals (keyed by the English sentence the error carries).

An error whose specific sentence is not here is shown in French by its general sentence alone."""

MESSAGES: dict[str, dict[str, str]] = {
    "The file is empty.": {"fr": "Le fichier est vide."},
    "This PNG image has no badge baked into it.": {"fr": "Cette image PNG ne contient pas de badge."},
    "This SVG image has no badge baked into it.": {"fr": "Cette image SVG ne contient pas de badge."},
    "This is not a PNG image (its first bytes are wrong).": {
        "fr": "Ce n'est pas une image PNG (ses premiers octets ne correspondent pas)."},
    "This is not an SVG image (it does not start with XML).": {
        "fr": "Ce n'est pas une image SVG (elle ne commence pas par du XML)."},
    "This SVG image is not readable XML text.": {"fr": "Cette image SVG n'est pas un texte XML lisible."},
    "This PNG image is cut short: it ends before its end marker.": {
        "fr": "Cette image PNG est incomplète : elle s'arrête avant sa fin."},
    "This text is not a signed credential token.": {"fr": "Ce texte n'est pas un jeton de badge signé."},
    "Satchel could not read this file; it may be damaged.": {
        "fr": "Satchel n'a pas pu lire ce fichier ; il est peut-être endommagé."},
    "This file is not a PDF.": {"fr": "Ce fichier n'est pas un PDF."},
    "This QR code is damaged: its data is not decimal digits.": {
        "fr": "Ce code QR est endommagé : ses données ne sont pas des chiffres décimaux."},
    "This QR code is damaged: its digits do not make whole bytes.": {
        "fr": "Ce code QR est endommagé : ses chiffres ne forment pas des octets entiers."},
    "This QR code is damaged: a group of digits is too large.": {
        "fr": "Ce code QR est endommagé : un groupe de chiffres est trop grand."},
    "This QR payload is damaged: a packed token's length is malformed.": {
        "fr": "Ce code QR est endommagé : la longueur d'un jeton compressé est mal écrite."},
    "This QR payload is damaged: a packed value is cut short.": {
        "fr": "Ce code QR est endommagé : une valeur compressée est coupée."},
    "This QR payload is damaged: a packed value is missing its bytes.": {
        "fr": "Ce code QR est endommagé : il manque des octets à une valeur compressée."},
}
