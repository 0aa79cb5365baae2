"""Sentences for verification checks and outcomes. Keys: ``<check>.<result>``; ``outcome.<value>``."""

from satchel.i18n.catalog import register

register({
    "outcome.verified": {"en": "Verified", "fr": "Vérifié"},
    "outcome.expired": {"en": "Authentic, but expired", "fr": "Authentique, mais expiré"},
    "outcome.not_yet_valid": {"en": "Authentic, not valid yet", "fr": "Authentique, pas encore valide"},
    "outcome.revoked": {"en": "Revoked by the issuer", "fr": "Révoqué par l'émetteur"},
    "outcome.unknown": {"en": "Could not be fully checked", "fr": "Vérification incomplète"},
    "outcome.failed": {"en": "Not authentic", "fr": "Non authentique"},
    "outcome.unverified": {"en": "Not verified yet", "fr": "Pas encore vérifié"},
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
    "status.ok": {"en": "Passed", "fr": "Réussi"},
    "status.warning": {"en": "Warning", "fr": "Avertissement"},
    "status.failed": {"en": "Failed", "fr": "Échec"},
    "status.unknown": {"en": "Unknown", "fr": "Inconnu"},
})
