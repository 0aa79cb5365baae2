"""The EU micro-credential checklist: which Annex I elements a credential states, and where.

Council Recommendation of 16 June 2022 on a European approach to micro-credentials (2022/C 243/02),
Annex I, "European standard elements to describe a micro-credential": eleven mandatory elements and a
non-exhaustive list of optional ones. Each element has a stable key; the checklist of one credential
says, per element, whether it is present, its value as text, and the JSON pointer (RFC 6901) of the
field it was read from, so that a user or a recruiter can check the reading.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# (key, mandatory) in the order of Annex I.
ANNEX_I_ELEMENTS: tuple[tuple[str, bool], ...] = (
    ("learner", True),  # identification of the learner
    ("title", True),  # title of the micro-credential
    ("country", True),  # country(ies)/region(s) of the issuer
    ("awarding_body", True),  # awarding body(ies)
    ("issued", True),  # date of issuing
    ("learning_outcomes", True),
    ("workload", True),  # notional workload, in ECTS credits wherever possible
    ("level", True),  # level (and cycle) of the learning experience: EQF, QF-EHEA, national
    ("assessment", True),  # type of assessment
    ("participation", True),  # form of participation: online, onsite, blended, …
    ("quality_assurance", True),  # type of quality assurance
    ("prerequisites", False),  # prerequisites needed to enrol
    ("supervision", False),  # supervision and identity verification during assessment
    ("grade", False),  # grade achieved
    ("integration", False),  # integration/stackability options
    ("further_information", False),
)
MANDATORY_KEYS = tuple(key for key, mandatory in ANNEX_I_ELEMENTS if mandatory)


@dataclass(frozen=True)
class AnnexElement:
    key: str
    mandatory: bool
    value: str | None = None  # the element as text, as the credential states it
    source_path: str | None = None  # JSON pointer of the field it was read from

    @property
    def present(self) -> bool:
        return self.value is not None

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "mandatory": self.mandatory, "present": self.present,
                "value": self.value, "source_path": self.source_path}


@dataclass(frozen=True)
class AnnexChecklist:
    elements: tuple[AnnexElement, ...]
    profile: str  # which mapping was used: "ob3", "elm3", "ob2"

    @property
    def mandatory_total(self) -> int:
        return sum(1 for e in self.elements if e.mandatory)

    @property
    def mandatory_present(self) -> int:
        return sum(1 for e in self.elements if e.mandatory and e.present)

    @property
    def missing(self) -> tuple[str, ...]:
        """Keys of the mandatory elements the credential does not state."""
        return tuple(e.key for e in self.elements if e.mandatory and not e.present)

    @property
    def complete(self) -> bool:
        return self.mandatory_present == self.mandatory_total

    def element(self, key: str) -> AnnexElement:
        return next(e for e in self.elements if e.key == key)

    def to_dict(self) -> dict[str, Any]:
        return {"profile": self.profile, "elements": [e.to_dict() for e in self.elements],
                "mandatory_present": self.mandatory_present, "mandatory_total": self.mandatory_total}


__all__ = ["ANNEX_I_ELEMENTS", "MANDATORY_KEYS", "AnnexChecklist", "AnnexElement"]
