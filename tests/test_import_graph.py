"""Structure of the package as a whole: no import cycles, every third-party import declared."""

from __future__ import annotations

import ast
import pathlib
import re
import sys
import tomllib
from importlib import metadata

import grimp

ROOT = pathlib.Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "satchel"


def _strongly_connected(edges: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative: the groups of modules that import each other (size > 1)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    groups: list[list[str]] = []
    for start in sorted(edges):
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return groups


def test_the_cycle_finder_finds_a_cycle():
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _strongly_connected(edges) == [["a", "b", "c"]]
    assert _strongly_connected({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_inside_satchel():
    # TYPE_CHECKING imports count: a cycle hidden from the interpreter is still a cycle in the design.
    graph = grimp.build_graph("satchel", cache_dir=None)
    assert len(graph.modules) > 50
    edges = {m: {i for i in graph.find_modules_directly_imported_by(m) if i.split(".")[0] == "satchel"}
             for m in graph.modules}
    cycles = _strongly_connected(edges)
    assert not cycles, "modules that import each other: " + "; ".join(" <-> ".join(c) for c in cycles)


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {_normalise(re.split(r"[\s<>=!~;\[]", spec, maxsplit=1)[0]) for spec in project["dependencies"]}


def _third_party_imports() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module] if isinstance(node, ast.ImportFrom) and node.module and not node.level
                     else [])
            for name in names:
                root = name.split(".")[0]
                if root != "satchel" and root not in sys.stdlib_module_names:
                    found.setdefault(root, set()).add(str(path.relative_to(ROOT)))
    return found


def test_every_third_party_import_is_a_declared_dependency():
    distributions = metadata.packages_distributions()
    declared = _declared()
    imports = _third_party_imports()
    assert "cryptography" in imports
    missing = {root: sorted(files) for root, files in imports.items()
               if not {_normalise(d) for d in distributions.get(root, [root])} & declared}
    assert not missing, f"imported but not in pyproject.toml [project] dependencies: {missing}"


def test_base58_has_one_implementation():
    # The `base58` package is the one base58btc codec; no module carries its own alphabet.
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    copies = [str(p.relative_to(ROOT)) for p in SRC.rglob("*.py") if alphabet in p.read_text(encoding="utf-8")]
    assert not copies, f"own base58 alphabet in {copies}: use the base58 package through satchel.crypto"
