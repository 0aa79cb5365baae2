"""The cheapest deflate parse of a text under a fixed code (codec C's encoder).

With a preset Huffman code every literal and every match has a known price in bits, so the best
parse is a shortest path: ``cost[i]`` is the fewest bits that produce the first ``i`` bytes. Matches
are found through the 3-byte prefixes of the preset dictionary and of the text read so far (a deflate
window of 32 KiB), nearest first; for every length, the nearest position that reaches it is used.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Sequence

WINDOW = 32 * 1024
MIN_MATCH = 3
MAX_MATCH = 258
MAX_CANDIDATES = 256  # positions tried per byte, nearest first


@functools.lru_cache(maxsize=4)
def _dictionary_index(dictionary: bytes) -> dict[bytes, tuple[int, ...]]:
    """Positions of every 3-byte prefix inside a preset dictionary, in order."""
    heads: dict[bytes, list[int]] = {}
    for position in range(len(dictionary) - MIN_MATCH + 1):
        heads.setdefault(dictionary[position:position + MIN_MATCH], []).append(position)
    return {prefix: tuple(positions) for prefix, positions in heads.items()}


def cheapest_parse(data: bytes, dictionary: bytes, literal_costs: Sequence[int], length_costs: Sequence[int],
                   distance_cost: Callable[[int], int]) -> list[tuple[int, int]]:
    """Steps that rebuild ``data`` after ``dictionary``: (1, 0) for a literal, (length, distance) for a
    match. Prices in bits: ``literal_costs[byte]``, ``length_costs[length]`` (3-258) plus
    ``distance_cost(distance)``. The dictionary must fit the deflate window."""
    if len(dictionary) > WINDOW:
        raise ValueError("A preset dictionary cannot be longer than the deflate window.")
    buffer = dictionary + data
    start = len(dictionary)
    size = len(data)
    in_dictionary = _dictionary_index(dictionary)
    # prefixes that straddle the end of the dictionary, then every prefix of the text as it is read
    seen: dict[bytes, list[int]] = {}
    for position in range(max(0, start - MIN_MATCH + 1), start):
        seen.setdefault(buffer[position:position + MIN_MATCH], []).append(position)
    infinite = 1 << 62
    cost = [infinite] * (size + 1)
    cost[0] = 0
    step: list[tuple[int, int]] = [(0, 0)] * (size + 1)
    for offset in range(size):
        here = start + offset
        base = cost[offset]
        price = base + literal_costs[buffer[here]]
        if price < cost[offset + 1]:
            cost[offset + 1], step[offset + 1] = price, (1, 0)
        longest = min(MAX_MATCH, size - offset)
        prefix = buffer[here:here + MIN_MATCH]
        if longest >= MIN_MATCH:
            candidates = itertools.chain(reversed(seen.get(prefix, ())), reversed(in_dictionary.get(prefix, ())))
            _relax_matches(buffer, here, offset, buffer[here:here + longest], candidates, base, cost, step,
                           length_costs, distance_cost)
        seen.setdefault(prefix, []).append(here)
    steps = []
    offset = size
    while offset > 0:
        length, distance = step[offset]
        steps.append((length, distance))
        offset -= length
    steps.reverse()
    return steps


def _relax_matches(buffer: bytes, here: int, offset: int, target: bytes, candidates: Iterable[int], base: int,
                   cost: list[int], step: list[tuple[int, int]], length_costs: Sequence[int],
                   distance_cost: Callable[[int], int]) -> None:
    longest = len(target)
    best = MIN_MATCH - 1
    probe = target[:best + 1]
    for tried, earlier in enumerate(candidates):
        distance = here - earlier
        if distance > WINDOW or tried >= MAX_CANDIDATES:
            return
        if not buffer.startswith(probe, earlier):
            continue
        reach = best + 1
        while reach < longest and buffer[earlier + reach] == target[reach]:
            reach += 1
        base_here = base + distance_cost(distance)
        for length in range(best + 1, reach + 1):
            price = base_here + length_costs[length]
            if price < cost[offset + length]:
                cost[offset + length], step[offset + length] = price, (length, distance)
        best = reach
        if best >= longest:
            return
        probe = target[:best + 1]
