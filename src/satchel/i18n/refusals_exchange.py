"""French for the specific refusals of online exchanges: credential offers (OpenID4VCI), presentation requests
(OpenID4VP, DCQL), VC-API exchanges and their links (see :mod:`satchel.i18n.messages` for how entries are keyed
and matched)."""

FRENCH: dict[str, str] = {
    # Links and QR codes
    "This QR code holds no credential offer, exchange link or presentation request.":
        "Ce code QR ne contient ni offre de badge, ni lien d'échange, ni demande de présentation.",
    "This link is neither a credential offer nor a VC-API exchange.":
        "Ce lien n'est ni une offre de badge ni un échange VC-API.",
    "This link is a presentation request: answer it with 'respond'.":
        "Ce lien est une demande de présentation : répondez-y avec « respond ».",
    "Online exchanges need the network; Satchel is in offline mode.":
        "Les échanges en ligne demandent le réseau ; Satchel est en mode hors ligne.",
    # Answers from issuers and verifiers
    "The {what} answered with error {status}{detail}.": "Le serveur ({what}) a répondu par l'erreur {status}{detail}.",
    "The {what} answer is not a JSON object.": "La réponse ({what}) n'est pas un objet JSON.",
    "The {what} answer is not valid JSON.": "La réponse ({what}) n'est pas du JSON valide.",
    # Credential offers (OpenID4VCI)
    "The offer link must carry exactly one of credential_offer and credential_offer_uri.":
        "Le lien de l'offre doit porter soit credential_offer, soit credential_offer_uri, et un seul des deux.",
    "The credential offer is not a JSON object.": "L'offre de badge n'est pas un objet JSON.",
    "The credential offer in the link is not valid JSON.": "L'offre de badge du lien n'est pas du JSON valide.",
    "The offer names no https credential issuer.": "L'offre ne nomme aucun émetteur de badges en https.",
    "The offer lists no credential to receive.": "L'offre ne propose aucun badge à recevoir.",
    "The offer's pre-authorized code is missing.": "Le code pré-autorisé de l'offre manque.",
    "The offer gives no grant Satchel can use.": "L'offre ne donne aucune autorisation utilisable par Satchel.",
    "The issuer's metadata has no https {key}.": "Les métadonnées de l'émetteur n'ont pas de {key} en https.",
    "The issuer's metadata names another issuer than the offer.":
        "Les métadonnées de l'émetteur nomment un autre émetteur que l'offre.",
    "The authorization server's metadata names another server.":
        "Les métadonnées du serveur d'autorisation nomment un autre serveur.",
    "The issuer's metadata lists no credential configurations.":
        "Les métadonnées de l'émetteur ne décrivent aucune configuration de badge.",
    "This offer needs a sign-in at the issuer.": "Cette offre demande de se connecter chez l'émetteur.",
    "This offer needs the transaction code the issuer sent you separately.":
        "Cette offre demande le code de transaction que l'émetteur vous a envoyé à part.",
    "The issuer did not accept the transaction code (or the offer was already used).":
        "L'émetteur n'a pas accepté le code de transaction (ou l'offre a déjà été utilisée).",
    "The issuer's token answer holds no bearer access token.":
        "La réponse de l'émetteur ne contient pas de jeton d'accès de type bearer.",
    "The issuer's nonce answer has no c_nonce.": "La réponse de l'émetteur ne contient pas de c_nonce.",
    "The issuer's answer holds no credential.": "La réponse de l'émetteur ne contient aucun badge.",
    "The issuer's answer holds a credential of an unexpected shape.":
        "La réponse de l'émetteur contient un badge d'une forme inattendue.",
    "The issuer deferred the credential without a way to collect it.":
        "L'émetteur a différé le badge sans indiquer comment le récupérer.",
    "The issuer has not issued the credential yet; try the offer again later.":
        "L'émetteur n'a pas encore délivré le badge ; réessayez l'offre plus tard.",
    "The issuer does not describe the offered credential {config_id}.":
        "L'émetteur ne décrit pas le badge proposé {config_id}.",
    "Satchel cannot receive credentials in the {format} format; nothing was requested.":
        "Satchel ne peut pas recevoir de badges au format {format} ; rien n'a été demandé.",
    "The issuer does not accept Ed25519 key proofs, the only kind Satchel makes.":
        "L'émetteur n'accepte pas les preuves de clé Ed25519, les seules que Satchel produise.",
    # Signing in at the issuer
    "The issuer offers a sign-in but publishes no authorization endpoint.":
        "L'émetteur propose une connexion mais ne publie aucun point d'accès d'autorisation.",
    "The sign-in came back for another request (state mismatch); nothing was sent.":
        "La connexion est revenue pour une autre demande (state différent) ; rien n'a été envoyé.",
    "The issuer ended the sign-in: {error}.": "L'émetteur a interrompu la connexion : {error}.",
    "The sign-in came back without an authorization code.": "La connexion est revenue sans code d'autorisation.",
    "The issuer's token answer holds no access token.": "La réponse de l'émetteur ne contient pas de jeton d'accès.",
    "The issuer's pushed authorization answer has no request_uri.":
        "La réponse de l'émetteur à la demande d'autorisation poussée n'a pas de request_uri.",
    "The sign-in at the issuer was not completed in time.": "La connexion chez l'émetteur n'a pas abouti à temps.",
    # Presentation requests (OpenID4VP)
    "The request repeats the parameter {name}.": "La demande répète le paramètre {name}.",
    "The request uses an 'origin:' client identifier, reserved for the browser API.":
        "La demande utilise un identifiant client « origin: », réservé à l'API des navigateurs.",
    "Satchel cannot check a verifier identified as {client_id}.":
        "Satchel ne sait pas contrôler l'identité d'un vérificateur identifié par {client_id}.",
    "The request_uri is not an https address.": "Le request_uri n'est pas une adresse https.",
    "The request_uri_method is neither get nor post.": "Le request_uri_method n'est ni get ni post.",
    "The request object does not carry the wallet nonce Satchel sent.":
        "L'objet de la demande ne porte pas le nonce de portefeuille envoyé par Satchel.",
    "The request's {name} is not valid JSON.": "Le paramètre {name} de la demande n'est pas du JSON valide.",
    "The request is not signed by a key of the DID it names.":
        "La demande n'est pas signée par une clé du DID qu'elle nomme.",
    "The verifier's key cannot be found ({message}).": "La clé du vérificateur est introuvable ({message}).",
    "The verifier's certificate is not the one its identifier names.":
        "Le certificat du vérificateur n'est pas celui que nomme son identifiant.",
    "The answer would go elsewhere than the verifier's own address.":
        "La réponse partirait ailleurs qu'à l'adresse du vérificateur lui-même.",
    "The answer would go to {host}, not to {value}.": "La réponse partirait vers {host}, pas vers {value}.",
    "The verifier wants an encryption Satchel does not do.":
        "Le vérificateur demande un chiffrement que Satchel ne prend pas en charge.",
    "The verifier asks for an encrypted answer but gives no usable key.":
        "Le vérificateur demande une réponse chiffrée mais ne donne aucune clé utilisable.",
    "The request names no client_id.": "La demande ne nomme aucun client_id.",
    "The client_id in the link differs from the request's.": "Le client_id du lien diffère de celui de la demande.",
    "This verifier's requests must be signed; this one is not.":
        "Les demandes de ce vérificateur doivent être signées ; celle-ci ne l'est pas.",
    "A redirect_uri request cannot be signed.": "Une demande redirect_uri ne peut pas être signée.",
    "The request has expired.": "La demande a expiré.",
    "The request carries transaction data Satchel does not recognise.":
        "La demande contient des données de transaction que Satchel ne reconnaît pas.",
    "The request does not ask for a presentation (response_type).":
        "La demande ne porte pas sur une présentation (response_type).",
    "Satchel cannot answer with response_mode {mode}.": "Satchel ne sait pas répondre avec le response_mode {mode}.",
    "The request gives no https response_uri.": "La demande ne donne aucun response_uri en https.",
    "The request has no nonce.": "La demande n'a pas de nonce.",
    "The request has no DCQL query.": "La demande n'a pas de requête DCQL.",
    "The {what} is not valid base64url JSON.": "L'élément « {what} » n'est pas du JSON base64url valide.",
    "The {what} is not a JSON object.": "L'élément « {what} » n'est pas un objet JSON.",
    "The request's client_metadata is not a JSON object.": "Le client_metadata de la demande n'est pas un objet JSON.",
    "The request object is not a compact JWT.": "L'objet de la demande n'est pas un JWT compact.",
    "The signed request is not a JSON object.": "La demande signée n'est pas un objet JSON.",
    "The signer's key cannot be used to check a JWS.": "La clé du signataire ne permet pas de vérifier un JWS.",
    "The request's signature does not verify.": "La signature de la demande n'est pas valide.",
    "The verifier's encryption key cannot be used.": "La clé de chiffrement du vérificateur est inutilisable.",
    "The request's x5c must be a short list of certificates.":
        "Le x5c de la demande doit être une courte liste de certificats.",
    "A certificate in the request's x5c cannot be read.": "Un certificat du x5c de la demande est illisible.",
    "There is no trust anchor to validate the request's certificate against.":
        "Il n'y a aucune autorité de confiance pour valider le certificat de la demande.",
    "The request's certificate names no host.": "Le certificat de la demande ne nomme aucun hôte.",
    "The request's certificate chain is not trusted ({reason}).":
        "La chaîne de certificats de la demande n'est pas reconnue comme fiable ({reason}).",
    "The request's certificate key is not a P-256 or P-384 key.":
        "La clé du certificat de la demande n'est pas une clé P-256 ou P-384.",
    # Sending the answer
    "The verifier answered with a redirect; Satchel did not follow it.":
        "Le vérificateur a répondu par une redirection ; Satchel ne l'a pas suivie.",
    "The verifier did not accept the answer (HTTP {status}{error}{description}).":
        "Le vérificateur n'a pas accepté la réponse (HTTP {status}{error}{description}).",
    "The verifier gave no encryption key.": "Le vérificateur n'a donné aucune clé de chiffrement.",
    # DCQL queries
    "A DCQL credential query's require_cryptographic_holder_binding is not true or false.":
        "Le require_cryptographic_holder_binding d'une requête de badge DCQL n'est ni true ni false.",
    "The request has no DCQL credential query.": "La demande n'a aucune requête de badge DCQL.",
    "The request's DCQL query is empty or too large.": "La requête DCQL de la demande est vide ou trop grande.",
    "A DCQL credential query has no id, or a repeated one.":
        "Une requête de badge DCQL n'a pas d'identifiant, ou en répète un.",
    "Satchel cannot present credentials in the {format} format.":
        "Satchel ne peut pas présenter de badges au format {format}.",
    "The request's credential_sets is not a list.": "Le credential_sets de la demande n'est pas une liste.",
    "A credential set of the request names unknown queries.":
        "Un ensemble de badges de la demande nomme des requêtes inconnues.",
    "No chosen credential answers the request's query {query}.":
        "Aucun badge choisi ne répond à la requête {query} de la demande.",
    "No chosen credentials satisfy a required credential set.":
        "Les badges choisis ne remplissent pas un ensemble de badges obligatoire.",
    "{message} Only {names} could, and the verifier asks for proof that it is yours, which this wallet's keys "
    "cannot give.":
        "{message} Seuls pourraient y répondre : {names} ; mais le vérificateur demande la preuve qu'ils sont à "
        "vous, ce que les clés de ce portefeuille ne peuvent pas donner.",
    "{message} Only {names} could, and this verifier does not accept what secures them ({value}).":
        "{message} Seuls pourraient y répondre : {names} ; mais ce vérificateur n'accepte pas ce qui les sécurise "
        "({value}).",
    "The verifier's vp_formats_supported is malformed: {what}.":
        "La liste vp_formats_supported du vérificateur est mal formée : {what}.",
    "A DCQL claim path is a non-empty list.": "Un chemin d'information DCQL doit être une liste non vide.",
    "A DCQL claim path holds only names, array indexes and null.":
        "Un chemin d'information DCQL ne peut contenir que des noms, des indices de tableau et null.",
    "A DCQL claim path index cannot be negative.": "Un indice de chemin d'information DCQL ne peut pas être négatif.",
    "This DCQL claim path selects every element of an array: its JSON pointers depend on the credential, which "
    "this call was not given.":
        "Ce chemin d'information DCQL sélectionne tous les éléments d'un tableau : ses pointeurs JSON dépendent "
        "du badge, qui n'a pas été fourni à cet appel.",
    "The credential has no claim at the DCQL path {path}.": "Le badge n'a pas d'information au chemin DCQL {path}.",
    # VC-API exchanges
    "This is not a VC-API exchange link Satchel knows.": "Ce n'est pas un lien d'échange VC-API connu de Satchel.",
    "The {what} is not an https address.": "L'{what} n'est pas une adresse https.",
    "The dccrequest link holds no readable request.": "Le lien dccrequest ne contient aucune demande lisible.",
    "The dccrequest link names no VC-API exchange.": "Le lien dccrequest ne nomme aucun échange VC-API.",
    "The interaction offers no VC-API exchange.": "L'interaction ne propose aucun échange VC-API.",
    "The exchanger accepts only signatures that cannot carry the chosen VC 2.0 credentials; nothing was sent.":
        "L'échangeur n'accepte que des signatures qui ne peuvent pas porter les badges VC 2.0 choisis ; rien n'a "
        "été envoyé.",
    "The exchanger asks for something Satchel cannot answer ({query_type}).":
        "L'échangeur demande quelque chose à quoi Satchel ne sait pas répondre ({query_type}).",
    "No credential was chosen for the exchanger's request; nothing was sent.":
        "Aucun badge n'a été choisi pour la demande de l'échangeur ; rien n'a été envoyé.",
    "The exchange ended without a credential.": "L'échange s'est terminé sans badge.",
    "The exchanger kept asking without handing over a credential.":
        "L'échangeur a continué à demander sans remettre de badge.",
}


# Parts of sentences passed into a field of the sentences above (what is wrong in vp_formats_supported).
FRAGMENTS: dict[str, str] = {
    "it is not a JSON object": "ce n'est pas un objet JSON",
    "the entry for {fmt} is not a JSON object": "l'entrée pour {fmt} n'est pas un objet JSON",
    "{parameter} of {fmt} is not a non-empty list of names": "{parameter} de {fmt} n'est pas une liste de noms non vide",
}
