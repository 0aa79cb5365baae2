"""French for the specific refusals of verification: keys, DIDs, JSON-LD, proofs, seals, status lists and the
network that fetches what they point to (see :mod:`satchel.i18n.messages` for how entries are keyed and
matched)."""

FRENCH: dict[str, str] = {
    # Keys
    "The JWK field {name} is missing or not base64url.": "Le champ {name} de la JWK manque ou n'est pas en base64url.",
    "Unsupported JWK key type {kty} / curve {crv}.": "Type de clé JWK {kty} / courbe {crv} non pris en charge.",
    "The secret key is of a type or length Satchel does not support.":
        "La clé secrète est d'un type ou d'une longueur que Satchel ne prend pas en charge.",
    "An Ed25519 public key must be 32 bytes long.": "Une clé publique Ed25519 doit faire 32 octets.",
    "An Ed25519 secret key must be 32 bytes long.": "Une clé secrète Ed25519 doit faire 32 octets.",
    "A JWK must be a JSON object.": "Une JWK doit être un objet JSON.",
    "RSA keys have no multikey form.": "Les clés RSA n'ont pas de forme multikey.",
    "The {curve} public key is not a valid point on the curve.":
        "La clé publique {curve} n'est pas un point valide de la courbe.",
    "The Ed25519 public key is not valid base58.": "La clé publique Ed25519 n'est pas du base58 valide.",
    "The {crv} JWK coordinates have the wrong length.": "Les coordonnées de la JWK {crv} n'ont pas la bonne longueur.",
    "RSA keys shorter than 2048 bits are refused.": "Les clés RSA de moins de 2048 bits sont refusées.",
    "The secret key is not valid multibase.": "La clé secrète n'est pas du multibase valide.",
    "The RSA JWK is not a valid public key.": "La JWK RSA n'est pas une clé publique valide.",
    "The public key is of a type Satchel does not support (only Ed25519, P-256, P-384 and secp256k1 multikeys "
    "are).":
        "La clé publique est d'un type que Satchel ne prend pas en charge (seules les multikeys Ed25519, P-256, "
        "P-384 et secp256k1 le sont).",
    "The public key is not valid multibase: {reason}.": "La clé publique n'est pas du multibase valide : {reason}.",
    "The key document holds no PEM public key.": "Le document de clé ne contient aucune clé publique PEM.",
    "Only RSA public keys are supported in PEM form.": "Seules les clés publiques RSA sont prises en charge en PEM.",
    "The PEM public key cannot be read (damaged or not a public key).":
        "La clé publique PEM est illisible (endommagée, ou ce n'est pas une clé publique).",
    "Unsupported ECDSA curve {curve}.": "Courbe ECDSA {curve} non prise en charge.",
    "A {curve} secret key must be {size} bytes long.": "Une clé secrète {curve} doit faire {size} octets.",
    "The secret key does not belong to the verification method it signs for.":
        "La clé secrète n'appartient pas à la méthode de vérification pour laquelle elle signe.",
    # DIDs
    "A DID must be a string.": "Un DID doit être une chaîne de caractères.",
    "Satchel cannot resolve {did}: only did:key, did:jwk and did:web are supported.":
        "Satchel ne sait pas résoudre {did} : seuls did:key, did:jwk et did:web sont pris en charge.",
    "The proof names no verification method.": "La preuve ne nomme aucune méthode de vérification.",
    "The key {key} is not listed in its document.": "La clé {key} ne figure pas dans son document.",
    "The key {key} names no controller.": "La clé {key} ne nomme aucun contrôleur.",
    "The key {key} carries no public key Satchel can read.":
        "La clé {key} ne contient aucune clé publique lisible par Satchel.",
    "The key {key} is unusable: {message}": "La clé {key} est inutilisable : {message}",
    "{did} needs the network and no fetcher was given.": "{did} demande le réseau, et aucun téléchargeur n'a été fourni.",
    "{did} could not be resolved: {message}": "{did} n'a pas pu être résolu : {message}",
    "{did} did not resolve to a JSON document.": "{did} ne se résout pas en un document JSON.",
    "The did:jwk does not hold a base64url-encoded JSON key.": "Le did:jwk ne contient pas de clé JSON en base64url.",
    "The did:jwk must hold a public JWK object only.": "Le did:jwk ne doit contenir qu'un objet JWK public.",
    "The did:jwk does not hold a usable key: {message}": "Le did:jwk ne contient pas de clé utilisable : {message}",
    "{did} is not a valid did:key.": "{did} n'est pas un did:key valide.",
    "The did:key does not hold a usable key: {message}": "Le did:key ne contient pas de clé utilisable : {message}",
    "This is not a did:web identifier: {did}": "Ce n'est pas un identifiant did:web : {did}",
    "The did:web host is not valid: {host}": "L'hôte du did:web n'est pas valide : {host}",
    "The did:web path is not valid: {did}": "Le chemin du did:web n'est pas valide : {did}",
    "The DID document of {did} could not be downloaded: {message}":
        "Le document DID de {did} n'a pas pu être téléchargé : {message}",
    "The DID document of {did} is not valid JSON.": "Le document DID de {did} n'est pas du JSON valide.",
    "The document at {url} is not the DID document of {did}.": "Le document à {url} n'est pas le document DID de {did}.",
    "The token names no key (no kid) and no issuer.": "Le jeton ne nomme aucune clé (pas de kid) ni aucun émetteur.",
    "{did} lists no key Satchel can use.": "{did} ne liste aucune clé utilisable par Satchel.",
    "{kid} does not name one key.": "{kid} ne désigne pas une seule clé.",
    # JSON-LD
    "A JSON-LD document must be a JSON object.": "Un document JSON-LD doit être un objet JSON.",
    "A property is not defined by the document's contexts, so its meaning would be silently lost.":
        "Une propriété n'est pas définie par les contextes du document ; son sens serait perdu sans avertissement.",
    "The property {name} is not defined by the document's contexts, so its meaning would be silently lost.":
        "La propriété {name} n'est pas définie par les contextes du document ; son sens serait perdu sans "
        "avertissement.",
    "The document redefines a protected term of one of its contexts.":
        "Le document redéfinit un terme protégé de l'un de ses contextes.",
    "The document is not valid JSON-LD ({reason}).": "Le document n'est pas du JSON-LD valide ({reason}).",
    "The identifier {value} is a relative reference, which has no meaning in a signed document.":
        "L'identifiant {value} est une référence relative, qui n'a pas de sens dans un document signé.",
    "The value type {datatype} is not an absolute IRI.": "Le type de valeur {datatype} n'est pas une IRI absolue.",
    "The type {type_iri} is not defined by the document's contexts.":
        "Le type {type_iri} n'est pas défini par les contextes du document.",
    "{pointer} is not a JSON pointer (it must start with '/').":
        "{pointer} n'est pas un pointeur JSON (il doit commencer par « / »).",
    "The credential has nothing at {pointer}.": "Le badge n'a rien à {pointer}.",
    "The document is not a JSON object.": "Le document n'est pas un objet JSON.",
    "The credential uses an unknown JSON-LD context ({url}); Satchel does not fetch contexts.":
        "Le contexte inconnu est {url} ; Satchel ne télécharge pas les contextes.",
    "The document {url} could not be obtained: {exc}.": "Le document {url} n'a pas pu être obtenu : {exc}.",
    # Credentials, presentations and proofs
    "This entry of the presentation is not a credential.": "Cette entrée de la présentation n'est pas un badge.",
    "A VC-JWT must be a compact JWS string.": "Un VC-JWT doit être une chaîne JWS compacte.",
    "A Data Integrity credential must be a JSON object.": "Un badge Data Integrity doit être un objet JSON.",
    "A presentation must be a JSON object or a compact JWT.": "Une présentation doit être un objet JSON ou un JWT compact.",
    "This is not an ecdsa-sd-2023 base proof with its five parts.":
        "Ce n'est pas une preuve de base ecdsa-sd-2023 avec ses cinq parties.",
    "Only credentials with one ecdsa-sd-2023 base proof can hide fields.":
        "Seuls les badges avec une preuve de base ecdsa-sd-2023 peuvent masquer des champs.",
    "Selective-disclosure JWTs are not supported.": "Les JWT à divulgation sélective ne sont pas pris en charge.",
    "This is not a compact JWS (it must have three parts).": "Ce n'est pas un JWS compact (il doit avoir trois parties).",
    "The signed token is not valid base64url.": "Le jeton signé n'est pas du base64url valide.",
    "The token does not carry a credential.": "Le jeton ne contient pas de badge.",
    "The token does not carry a presentation.": "Le jeton ne contient pas de présentation.",
    "The token's sub claim does not match the credential subject.":
        "L'information sub du jeton ne correspond pas au sujet du badge.",
    "The token's {claim} claim does not match the credential's {field}.":
        "L'information {claim} du jeton ne correspond pas au champ {field} du badge.",
    "The token's iss claim does not match the presentation's holder.":
        "L'information iss du jeton ne correspond pas au titulaire de la présentation.",
    "The date {name} is not text.": "La date {name} n'est pas du texte.",
    "The date {name} is not a valid date: {value}": "La date {name} n'est pas une date valide : {value}",
    "The JWT claim {name} is not a number.": "L'information {name} du JWT n'est pas un nombre.",
    "The JWT claim {name} is out of range.": "L'information {name} du JWT est hors limites.",
    "The assertion has no recipient.": "L'assertion n'a pas de destinataire.",
    "A signed Open Badges 2.0 assertion must be a compact JWS.":
        "Une assertion Open Badges 2.0 signée doit être un JWS compact.",
    "An Open Badges 2.0 assertion must be a JSON object.": "Une assertion Open Badges 2.0 doit être un objet JSON.",
    "The assertion names no badge Satchel can read.": "L'assertion ne nomme aucun badge lisible par Satchel.",
    "The {what} of this SD-JWT is not valid base64url JSON.":
        "Ce SD-JWT est endommagé : son élément « {what} » n'est pas du JSON base64url valide.",
    "This SD-JWT credential hides its claims with a digest algorithm Satchel does not know ({hash_name}), so it "
    "cannot be presented.":
        "Ce badge SD-JWT masque ses informations avec un algorithme d'empreinte que Satchel ne connaît pas "
        "({hash_name}) ; il ne peut donc pas être présenté.",
    "This SD-JWT credential names no holder key (cnf), so it cannot be presented with proof of holding it.":
        "Ce badge SD-JWT ne nomme aucune clé de titulaire (cnf) : il ne peut pas être présenté avec la preuve "
        "qu'il vous appartient.",
    "This SD-JWT credential is bound to another key than this wallet's holder key, so it cannot be presented "
    "with proof of holding it.":
        "Ce badge SD-JWT est lié à une autre clé que la clé de titulaire de ce portefeuille : il ne peut pas être "
        "présenté avec la preuve qu'il vous appartient.",
    "Satchel signs with {suites}, not {suite}.": "Satchel signe avec {suites}, pas avec {suite}.",
    "Signing needs a document, a verification method, a purpose and a time.":
        "Pour signer, il faut un document, une méthode de vérification, un objectif et une heure.",
    "{name} cannot sign with a {key_kind} key.": "{name} ne peut pas signer avec une clé {key_kind}.",
    "Satchel verifies {name} proofs but does not make them.":
        "Satchel vérifie les preuves {name} mais n'en produit pas.",
    "Satchel does not issue ecdsa-sd-2023 proofs.": "Satchel ne produit pas de preuves ecdsa-sd-2023.",
    # Sealed credentials (JAdES) and their time-stamps
    "This is not a sealed credential (JWS JSON with a payload and a signature).":
        "Ce n'est pas un badge scellé (un JWS JSON avec un contenu et une signature).",
    "A sealed credential must carry exactly one seal.": "Un badge scellé doit porter exactement un sceau.",
    "The seal has no protected header or no signature.": "Le sceau n'a pas d'en-tête protégé ou pas de signature.",
    "The sealed credential does not name its issuer.": "Le badge scellé ne nomme pas son émetteur.",
    "The seal is not valid base64url.": "Le sceau n'est pas du base64url valide.",
    "The sealed payload is not valid base64url.": "Le contenu scellé n'est pas du base64url valide.",
    "The seal's certificate is not valid base64.": "Le certificat du sceau n'est pas du base64 valide.",
    "The seal's certificate cannot be read.": "Le certificat du sceau est illisible.",
    "A time-stamp of the seal is not valid base64.": "Un horodatage du sceau n'est pas du base64 valide.",
    "An unsigned property of the seal cannot be read.": "Une propriété non signée du sceau est illisible.",
    "The seal's time-stamp is too large.": "L'horodatage du sceau est trop volumineux.",
    "The seal's time-stamp is not a signed token.": "L'horodatage du sceau n'est pas un jeton signé.",
    "The seal's time-stamp does not hold a time-stamp.": "L'horodatage du sceau ne contient pas d'horodatage.",
    "The seal's time-stamp uses the hash {hash_algorithm}, which Satchel does not check.":
        "L'horodatage du sceau utilise l'empreinte {hash_algorithm}, que Satchel ne vérifie pas.",
    "The seal's time-stamp cannot be read.": "L'horodatage du sceau est illisible.",
    "The seal's time-stamp does not carry the certificate that signed it.":
        "L'horodatage du sceau ne porte pas le certificat qui l'a signé.",
    # Status lists
    "The status list has no encodedList.": "La liste de statuts n'a pas d'encodedList.",
    "The status list is not multibase base64url (it must start with 'u').":
        "La liste de statuts n'est pas en multibase base64url (elle doit commencer par « u »).",
    "The status list is not valid base64url.": "La liste de statuts n'est pas du base64url valide.",
    "The status list is not gzip-compressed.": "La liste de statuts n'est pas compressée en gzip.",
    "The status list is too large.": "La liste de statuts est trop volumineuse.",
    "The status list is truncated.": "La liste de statuts est tronquée.",
    "The status index {index} is outside the list ({count} entries).":
        "L'indice de statut {index} est hors de la liste ({count} entrées).",
    # The network and cached documents
    "This address is not valid: {url}": "Cette adresse n'est pas valide : {url}",
    "Satchel only downloads over https, not from {url}": "Satchel ne télécharge qu'en https, pas depuis {url}",
    "This address has no host name: {url}": "Cette adresse n'a pas de nom d'hôte : {url}",
    "Satchel refuses addresses that carry a user name or password.":
        "Satchel refuse les adresses qui contiennent un nom d'utilisateur ou un mot de passe.",
    "The name {host} could not be found.": "Le nom {host} est introuvable.",
    "{host} resolves to an address Satchel cannot check.": "{host} renvoie vers une adresse que Satchel ne peut pas vérifier.",
    "{host} points to a private or local network address; Satchel refuses to download from it.":
        "{host} renvoie vers une adresse de réseau privé ou local ; Satchel refuse d'y télécharger quoi que ce soit.",
    "The server at {host} redirected too many times.": "Le serveur {host} a redirigé trop de fois.",
    "The server at {host} did not answer in time.": "Le serveur {host} n'a pas répondu à temps.",
    "The server at {host} could not be reached.": "Le serveur {host} est injoignable.",
    "The server at {host} redirected without saying where.": "Le serveur {host} a redirigé sans dire vers où.",
    "The server at {host} answered with error {status}.": "Le serveur {host} a répondu par l'erreur {status}.",
    "The server at {host} gave an unexpected answer ({status}).": "Le serveur {host} a donné une réponse inattendue ({status}).",
    "The document at {host} is too large.": "Le document sur {host} est trop volumineux.",
    "Satchel is offline: nothing was downloaded.": "Satchel est hors ligne : rien n'a été téléchargé.",
    "{variable} names a file that does not exist: {value}": "{variable} désigne un fichier qui n'existe pas : {value}",
    "{variable} does not hold a PEM certificate: {value}": "{variable} ne contient pas de certificat PEM : {value}",
    "The only copy of {url} is {age} old (downloaded {fetched}, usable until {until}); refresh it with `{command}`.":
        "La seule copie de {url} a {age} (téléchargée le {fetched}, utilisable jusqu'au {until}) ; "
        "mettez-la à jour avec `{command}`.",
    "The issuer's server does not describe this badge.": "Le serveur de l'émetteur ne décrit pas ce badge.",
    "The issuer's server did not send a JSON object.": "Le serveur de l'émetteur n'a pas envoyé d'objet JSON.",
    "Only https:// links can be imported.": "Seuls les liens https:// peuvent être importés.",
}

# Parts of sentences that code passes into a field of an entry above (how old a cached copy is).
FRAGMENTS: dict[str, str] = {
    "{count} days": "{count} jours", "{count} hours": "{count} heures", "{count} seconds": "{count} secondes",
    "1 day": "1 jour", "1 hour": "1 heure", "1 second": "1 seconde",  # minutes are minutes in French too
}
