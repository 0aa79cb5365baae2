"""RDF Dataset Canonicalization (RDFC-1.0, W3C Recommendation 2024), with bounded work.

Input: quads as 4-tuples of already serialized N-Quads terms — ``<iri>``, a literal (``"v"``,
``"v"@lang``, ``"v"^^<dt>``) or a blank node ``_:label`` — with ``""`` as the default graph's name.
Output: the canonical N-Quads document (sorted lines, blank nodes relabelled ``_:c14nN``).

Most credentials need only first-degree hashes. Blank nodes that share a first-degree hash need the
Hash N-Degree Quads algorithm, whose cost grows factorially with the nodes they relate to: a tiny
document of a few mutually-referencing blank nodes can keep it busy for minutes. RDFC-1.0 (§4.8,
"poison graphs") lets an implementation bound that work; like the reference implementations we count
it — per Hash N-Degree Quads call one unit plus one per quad it reads, per permutation examined one
unit per blank node in it — and stop with
:class:`CanonicalizationTooComplex` past :data:`MAX_DEEP_WORK`. The W3C test suite's poison graphs
that are "computable given defined limits" stay within it; its 10-node clique does not.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from itertools import permutations

from satchel.errors import CanonicalizationTooComplex

Quad = tuple[str, str, str, str]

MAX_DEEP_WORK = 50_000  # units (about 0.2 s here); the W3C poison graphs (tests 044-046) need 6,636


def canonicalize(quads: list[Quad] | set[Quad], *, hash_name: str = "sha256",
                 max_work: int = MAX_DEEP_WORK) -> str:
    """Canonical N-Quads of ``quads`` (duplicates removed). Raises :class:`CanonicalizationTooComplex`."""
    return _Canonicalizer(set(quads), hash_name, max_work).run()


def serialize_quad(quad: Quad) -> str:
    s, p, o, g = quad
    return f"{s} {p} {o} {g} .\n" if g else f"{s} {p} {o} .\n"


class _Issuer:
    """The Issue Identifier algorithm (§4.5): old label → new label, in issue order."""

    __slots__ = ("issued", "prefix")

    def __init__(self, prefix: str, issued: dict[str, str] | None = None) -> None:
        self.prefix = prefix
        self.issued = issued if issued is not None else {}

    def issue(self, label: str) -> str:
        new = self.issued.get(label)
        if new is None:
            new = self.issued[label] = f"{self.prefix}{len(self.issued)}"
        return new

    def copy(self) -> _Issuer:
        return _Issuer(self.prefix, dict(self.issued))


class _Canonicalizer:
    def __init__(self, quads: set[Quad], hash_name: str, max_work: int) -> None:
        self.quads = quads
        self.new_hash: Callable[[bytes], hashlib._Hash] = getattr(hashlib, hash_name)
        self.budget = max_work
        self.canonical = _Issuer("_:c14n")
        self.quads_of: dict[str, list[Quad]] = {}
        self.first_degree: dict[str, str] = {}

    def run(self) -> str:
        for quad in self.quads:  # §4.4.3 step 2: blank node → quads that mention it
            for position in (0, 2, 3):
                term = quad[position]
                if term.startswith("_:"):
                    mentions = self.quads_of.setdefault(term, [])
                    if not mentions or mentions[-1] is not quad:
                        mentions.append(quad)
        by_hash: dict[str, list[str]] = {}
        for node in self.quads_of:  # step 3
            by_hash.setdefault(self._hash_first_degree(node), []).append(node)
        shared = []
        for _digest, nodes in sorted(by_hash.items()):  # step 4: in hash order
            if len(nodes) == 1:
                self.canonical.issue(nodes[0])
            else:
                shared.append(nodes)
        for nodes in shared:  # step 5
            paths = []
            for node in nodes:
                if node in self.canonical.issued:
                    continue
                temporary = _Issuer("_:b")
                temporary.issue(node)
                paths.append(self._hash_n_degree(node, temporary))
            for _, issuer in sorted(paths, key=lambda result: result[0]):
                for existing in issuer.issued:
                    self.canonical.issue(existing)
        label = self.canonical.issued
        lines = set()
        for s, p, o, g in self.quads:  # §4.4.3 step 6: the quads with canonical labels, sorted
            if s[0] == "_":
                s = label[s]
            if o[0] == "_":
                o = label[o]
            if g:
                lines.add(f"{s} {p} {o} {label.get(g, g)} .\n")
            else:
                lines.add(f"{s} {p} {o} .\n")
        return "".join(sorted(lines))

    def _spend(self, units: int) -> None:
        self.budget -= units
        if self.budget < 0:
            raise CanonicalizationTooComplex()

    def _hash_first_degree(self, node: str) -> str:  # §4.6
        known = self.first_degree.get(node)
        if known is not None:
            return known
        lines = []
        for quad in self.quads_of[node]:
            s, p, o, g = (t if i == 1 or not t.startswith("_:") else ("_:a" if t == node else "_:z")
                          for i, t in enumerate(quad))
            lines.append(serialize_quad((s, p, o, g)))
        lines.sort()
        digest = self.new_hash("".join(lines).encode("utf-8")).hexdigest()
        self.first_degree[node] = digest
        return digest

    def _hash_related(self, related: str, quad: Quad, issuer: _Issuer, position: str) -> str:  # §4.7
        label = (self.canonical.issued.get(related) or issuer.issued.get(related)
                 or self._hash_first_degree(related))
        data = position + (quad[1] if position != "g" else "") + label
        return self.new_hash(data.encode("utf-8")).hexdigest()

    def _hash_n_degree(self, node: str, issuer: _Issuer) -> tuple[str, _Issuer]:  # §4.8
        self._spend(1 + len(self.quads_of[node]))
        related_by_hash: dict[str, list[str]] = {}
        for quad in self.quads_of[node]:
            for index, position in ((0, "s"), (2, "o"), (3, "g")):
                term = quad[index]
                if term.startswith("_:") and term != node:
                    related_by_hash.setdefault(self._hash_related(term, quad, issuer, position),
                                               []).append(term)
        data = []
        for related_hash, nodes in sorted(related_by_hash.items()):
            data.append(related_hash)
            chosen_path, chosen_issuer = "", None
            for permutation in permutations(sorted(nodes)):
                self._spend(len(permutation))
                path, issuer_copy = self._try_permutation(permutation, issuer, chosen_path)
                if issuer_copy is not None and (not chosen_path or path < chosen_path):
                    chosen_path, chosen_issuer = path, issuer_copy
            data.append(chosen_path)
            assert chosen_issuer is not None  # the first permutation always wins (nothing chosen yet)
            issuer = chosen_issuer
        return self.new_hash("".join(data).encode("utf-8")).hexdigest(), issuer

    def _try_permutation(self, permutation: tuple[str, ...], issuer: _Issuer,
                         chosen_path: str) -> tuple[str, _Issuer | None]:
        """§4.8.3 steps 5.4.1-5.4.5: the path of one permutation, or (path, None) when it cannot win."""
        issuer_copy = issuer.copy()
        path = ""
        recursion = []
        for related in permutation:
            canonical = self.canonical.issued.get(related)
            if canonical is not None:
                path += canonical
            else:
                if related not in issuer_copy.issued:
                    recursion.append(related)
                path += issuer_copy.issue(related)
            if chosen_path and len(path) >= len(chosen_path) and path > chosen_path:
                return path, None
        for related in recursion:
            result_hash, issuer_copy = self._hash_n_degree(related, issuer_copy)
            path += issuer_copy.issue(related) + "<" + result_hash + ">"
            if chosen_path and len(path) >= len(chosen_path) and path > chosen_path:
                return path, None
        return path, issuer_copy
