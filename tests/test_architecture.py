"""The layering and one-door rules of docs/architecture.md, checked over the real import graph."""

from __future__ import annotations

import ast
import pathlib

import pytest

SRC = pathlib.Path(__file__).resolve().parents[1] / "src" / "satchel"

# Third-party libraries and the only satchel package allowed to import each of them.
DOORS = {
    "flet": "satchel.ui",
    "flet_web": "satchel.ui",
    "flet_desktop": "satchel.ui",
    "flet_camera": "satchel.ui",
    "sqlcipher3": "satchel.store",
    "pyld": "satchel.vc",
    "cryptography": "satchel.crypto",
    "asn1crypto": "satchel.crypto",
    "nacl": "satchel.crypto",
    "httpx": "satchel.net",
    "httpcore": "satchel.net",
    "cv2": "satchel.share",
    "zxingcpp": "satchel.share",
    "qrcode": "satchel.share",
    "defusedxml": "satchel.formats",
    "fpdf": "satchel.share",
    "cborld": "satchel.share",
    "joserfc": "satchel.exchange",
}

# Higher layers may import lower ones, never the reverse; packages on one layer are independent.
LAYERS = [
    {"satchel.__main__"},
    {"satchel.launcher"},
    {"satchel.ui", "satchel.cli"},
    {"satchel.services"},
    {"satchel.exchange"},
    {"satchel.vc", "satchel.formats", "satchel.share", "satchel.store"},
    {"satchel.crypto", "satchel.net"},
    {"satchel.i18n"},
    {"satchel.model"},
]
BASE = {"satchel.errors", "satchel.clock", "satchel"}  # importable from anywhere


def _modules():
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        yield ".".join(parts), path


def _imports(path: pathlib.Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def _package(module: str) -> str | None:
    parts = module.split(".")
    top = ".".join(parts[:2])
    for layer in LAYERS:
        if top in layer:
            return top
    return None


def _layer_index(pkg: str) -> int:
    return next(i for i, layer in enumerate(LAYERS) if pkg in layer)


MODULES = list(_modules())


def test_there_is_code_to_check():
    assert len(MODULES) > 10


@pytest.mark.parametrize("module,path", MODULES, ids=[m for m, _ in MODULES])
def test_imports_respect_layers_and_doors(module, path):
    own = _package(module)
    problems = []
    for imported in _imports(path):
        root = imported.split(".")[0]
        door = DOORS.get(root)
        if door and not (module == door or module.startswith(door + ".")):
            problems.append(f"{imported} may only be imported inside {door}")
        if root != "satchel" or own is None:
            continue
        target = _package(imported)
        if target is None or target == own:
            continue
        if _layer_index(target) <= _layer_index(own):
            problems.append(f"{module} ({own}) must not import {imported} ({target})")
    assert not problems, "\n".join(problems)


def test_no_module_is_too_long():
    long = [f"{m} ({len(p.read_text().splitlines())} lines)" for m, p in MODULES
            if len(p.read_text().splitlines()) > 450]
    assert not long, "split these modules by concern: " + ", ".join(long)
