"""UI sentences for European credentials: the EU checklist on the detail page, the pathways screen,
link-only credentials and the EU list filter (registered by satchel.ui.strings)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # -- the EU checklist on the detail page -----------------------------------------------------
    "eu.present": {"en": "stated", "fr": "indiqué"},
    "eu.absent": {"en": "not stated", "fr": "non indiqué"},
    "eu.hint": {"en": "The elements the EU Council Recommendation on micro-credentials (2022) asks every "
                      "micro-credential to state.",
                "fr": "Les éléments que la recommandation du Conseil de l'UE sur les microcertifications (2022) "
                      "demande à chaque microcertification d'indiquer."},
    # -- pathways ---------------------------------------------------------------------------------
    "pathways.title": {"en": "Pathways", "fr": "Parcours"},
    "pathways.hint": {"en": "Larger credentials your records name, and the parts you already hold.",
                      "fr": "Les justificatifs plus larges que vos badges désignent, et les parties que vous "
                            "détenez déjà."},
    "pathways.open": {"en": "See pathways", "fr": "Voir les parcours"},
    "pathways.part_open": {"en": "Open {name}", "fr": "Ouvrir {name}"},
    "pathways.named_by": {"en": "Named by: {name}", "fr": "Désigné par : {name}"},
    "pathways.source.clr": {"en": "learner record (CLR)", "fr": "relevé d'apprentissage (CLR)"},
    "pathways.source.elm": {"en": "Europass qualification", "fr": "qualification Europass"},
    "pathways.source.ob3": {"en": "Open Badge alignment", "fr": "alignement Open Badge"},
    # -- link-only credentials --------------------------------------------------------------------
    "chip.link_only": {"en": "Link only", "fr": "Lien seulement"},
    "link.open": {"en": "Open link", "fr": "Ouvrir le lien"},
    "link.pdf": {"en": "Save the PDF", "fr": "Enregistrer le PDF"},
    "link.note": {"en": "Satchel cannot check this credential: only the issuer's website can.",
                  "fr": "Satchel ne peut pas vérifier ce justificatif : seul le site de l'émetteur le peut."},
    "add.link": {"en": "Add a link-only credential", "fr": "Ajouter un justificatif en lien seulement"},
    "add.link_hint": {"en": "A certificate that exists only as a page on the issuer's website (BCdiploma, "
                            "Coursera, edX…). It is kept as a link and never shown as verified.",
                      "fr": "Un certificat qui n'existe que comme page sur le site de l'émetteur (BCdiploma, "
                            "Coursera, edX…). Il est gardé comme lien et jamais affiché comme vérifié."},
    "add.link_url": {"en": "Link to the certificate (https://…)", "fr": "Lien vers le certificat (https://…)"},
    "add.link_title": {"en": "Title", "fr": "Intitulé"},
    "add.link_issuer": {"en": "Issuer (optional)", "fr": "Émetteur (facultatif)"},
    "add.link_pdf": {"en": "Attach a PDF (optional)", "fr": "Joindre un PDF (facultatif)"},
    "add.link_pdf_chosen": {"en": "PDF: {name}", "fr": "PDF : {name}"},
    "add.link_submit": {"en": "Keep this link", "fr": "Garder ce lien"},
    "add.link_need_https": {"en": "Give an https:// link.", "fr": "Indiquez un lien https://."},
    "add.link_need_title": {"en": "Give the certificate's title.", "fr": "Indiquez l'intitulé du certificat."},
    # -- the EU filter and sort in the list -------------------------------------------------------
    "filter.eu": {"en": "EU checklist", "fr": "Liste de contrôle UE"},
    "filter.eu.complete": {"en": "Complete", "fr": "Complète"},
    "filter.eu.incomplete": {"en": "Incomplete", "fr": "Incomplète"},
    "sort.eu": {"en": "EU elements", "fr": "Éléments UE"},
}
