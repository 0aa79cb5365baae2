"""The interop corpus, read through its manifests (never copied by hand)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from satchel.errors import ImportRefused, Malformed, NoCredentialFound, UnsafeContent

IMPORT_KINDS = {"credential", "presentation", "vc-jwt", "baked-png", "baked-svg"}
PUBLIC_KINDS = {"credential", "baked-png"}
# Cases that a correct wallet refuses already at import (not at verification). The manifests say why in
# free text; these phrases map that reason to the error class the importer must raise.
REFUSAL_PHRASES: tuple[tuple[str, type[ImportRefused]], ...] = (
    ("external entity", UnsafeContent),
    ("no badge", NoCredentialFound),
    ("no openbadges", NoCredentialFound),
    ("empty file", Malformed),
)


def corpus_root() -> Path:
    override = os.environ.get("SATCHEL_CORPUS")
    return Path(override) if override else Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"


@dataclass(frozen=True)
class Case:
    path: Path
    kind: str
    reason: str

    @property
    def id(self) -> str:
        return str(self.path.relative_to(corpus_root()))

    @property
    def refusal(self) -> type[ImportRefused] | None:
        text = self.reason.lower()
        return next((error for phrase, error in REFUSAL_PHRASES if phrase in text), None)


def import_cases() -> list[Case]:
    root = corpus_root()
    cases: dict[Path, Case] = {}
    for folder in ("peer", "extra"):
        manifest = json.loads((root / folder / "expected.json").read_text(encoding="utf-8"))
        for entry in manifest["cases"]:
            if entry["kind"] in IMPORT_KINDS:
                path = root / folder / entry["file"]
                cases.setdefault(path, Case(path, entry["kind"], entry.get("reason", "")))
    for entry in json.loads((root / "public" / "manifest.json").read_text(encoding="utf-8")):
        if entry["kind"] in PUBLIC_KINDS:
            path = root / "public" / entry["file"]
            cases.setdefault(path, Case(path, entry["kind"], entry.get("expect_reason", "")))
    return list(cases.values())


def sample_files() -> list[Path]:
    """A few corpus files of each shape, as seeds for mutation tests."""
    wanted = {"credential": 3, "presentation": 2, "vc-jwt": 2, "baked-png": 3, "baked-svg": 2}
    picked: list[Path] = []
    for case in import_cases():
        if wanted.get(case.kind, 0) > 0 and case.path.stat().st_size > 0:
            picked.append(case.path)
            wanted[case.kind] -= 1
    return picked
