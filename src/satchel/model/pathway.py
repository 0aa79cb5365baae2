"""Progress towards a larger credential: which parts the learner holds, and the credits they add up to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class PathwayPart:
    id: str  # the part's achievement / specification id
    name: str | None
    credits: float | None = None
    held_by: str | None = None  # the wallet record that holds it, when one does

    @property
    def held(self) -> bool:
        return self.held_by is not None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "credits": self.credits, "held": self.held,
                "held_by": self.held_by}


@dataclass(frozen=True)
class Pathway:
    id: str  # the larger credential's achievement / specification id
    name: str | None
    source: str  # "clr", "elm" or "ob3": where the parts were named
    record: str  # the wallet record that names the parts
    parts: tuple[PathwayPart, ...]
    total_credits: float | None = None  # stated by the larger credential, else the parts' sum when all state it
    credit_unit: str = "credits"  # "ECTS" where the source says so

    @property
    def held_count(self) -> int:
        return sum(1 for p in self.parts if p.held)

    @property
    def held_credits(self) -> float | None:
        if self.total_credits is None:
            return None
        return sum(p.credits or 0 for p in self.parts if p.held)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "source": self.source, "record": self.record,
                "parts": [p.to_dict() for p in self.parts], "held": self.held_count, "total": len(self.parts),
                "held_credits": self.held_credits, "total_credits": self.total_credits,
                "credit_unit": self.credit_unit}


__all__ = ["Pathway", "PathwayPart"]
