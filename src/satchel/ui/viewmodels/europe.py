"""European credentials on screen: the EU checklist rows of the detail page, and the pathway cards
("2 of 4 parts · 10 of 30 credits" with a progress fraction, parts held and missing)."""

from __future__ import annotations

from dataclasses import dataclass

from satchel.i18n import t
from satchel.i18n.pathways import credit_number, credit_unit, progress_text
from satchel.model.microcredential import AnnexChecklist
from satchel.model.pathway import Pathway


@dataclass(frozen=True)
class ElementRow:
    key: str
    label: str
    value: str | None  # None: the credential does not state it
    source: str | None  # the JSON pointer it was read from

    @property
    def present(self) -> bool:
        return self.value is not None


@dataclass(frozen=True)
class ChecklistView:
    summary: str  # "9 of 11 mandatory elements"
    complete: bool
    mandatory: tuple[ElementRow, ...]  # all eleven, present or not, in the order of Annex I
    optional: tuple[ElementRow, ...]  # only the optional elements the credential states
    missing: str | None  # "Not stated: Quality assurance, …"


def checklist_view(checklist: AnnexChecklist, lang: str) -> ChecklistView:
    rows = [ElementRow(e.key, t(f"eu.element.{e.key}", lang), e.value, e.source_path) for e in checklist.elements]
    mandatory = tuple(r for r, e in zip(rows, checklist.elements, strict=True) if e.mandatory)
    optional = tuple(r for r, e in zip(rows, checklist.elements, strict=True)
                     if not e.mandatory and e.present)
    missing = [r.label for r in mandatory if not r.present]
    return ChecklistView(
        summary=t("eu.summary", lang, present=checklist.mandatory_present, total=checklist.mandatory_total),
        complete=checklist.complete, mandatory=mandatory, optional=optional,
        missing=t("eu.missing", lang, elements=", ".join(missing)) if missing else None)


@dataclass(frozen=True)
class PartRow:
    name: str
    credits: str | None  # "5 ECTS"
    held_by: str | None  # the wallet record that holds it: the part opens its detail page

    @property
    def held(self) -> bool:
        return self.held_by is not None


@dataclass(frozen=True)
class PathwayCard:
    id: str
    name: str
    progress: str  # "2 of 4 parts · 10 of 30 credits"
    fraction: float  # 0..1, by credits when the credential states them, else by parts
    source: str  # "clr" | "elm" | "ob3"
    record: str  # the record that names the parts
    held: tuple[PartRow, ...]
    missing: tuple[PartRow, ...]


def pathway_card(pathway: Pathway, lang: str) -> PathwayCard:
    unit = credit_unit(pathway, lang)
    text = progress_text(pathway, lang)
    total, held = pathway.total_credits, pathway.held_credits
    if total is not None and held is not None:
        fraction = held / total if total > 0 else 0.0
    else:
        fraction = pathway.held_count / len(pathway.parts) if pathway.parts else 0.0
    rows = [PartRow(p.name or p.id, f"{number(p.credits)} {unit}" if p.credits is not None else None, p.held_by)
            for p in pathway.parts]
    return PathwayCard(
        id=pathway.id, name=pathway.name or pathway.id, progress=text, fraction=min(1.0, max(0.0, fraction)),
        source=pathway.source, record=pathway.record,
        held=tuple(r for r in rows if r.held), missing=tuple(r for r in rows if not r.held))


number = credit_number  # the app shows credit amounts as the CLI does


def link_problem(url: str, title: str) -> str | None:
    """The UI key of what is wrong in the link-only form before anything is stored, else None."""
    if not url.strip().lower().startswith("https://") or len(url.strip()) <= len("https://"):
        return "add.link_need_https"
    if not title.strip():
        return "add.link_need_title"
    return None


__all__ = ["ChecklistView", "ElementRow", "PartRow", "PathwayCard", "checklist_view", "link_problem", "number",
           "pathway_card"]
