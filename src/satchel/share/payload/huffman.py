"""Deflate with a preset Huffman code (codec C; docs/qr-format.md, "Codec C").

A small deflate block spends about 55 bytes describing its own Huffman code. Codec C always uses one
published code instead (``dict-3.code``: the code lengths of the 286 literal/length and 30 distance
symbols), writes one final dynamic block (RFC 1951 §3.2.7) with exactly that code, and leaves the
block's header out of the envelope: its first ``PresetCode.omitted`` bytes are always the same, so the
reader puts them back and any inflater (zlib here) decodes the stream as it is.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

LENGTH_BASE = (3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
               131, 163, 195, 227, 258)
LENGTH_EXTRA = (0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0)
DISTANCE_BASE = (1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
                 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577)
DISTANCE_EXTRA = (0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13)
LITERAL_SYMBOLS = 286  # 0-255 literals, 256 end of block, 257-285 lengths
DISTANCE_SYMBOLS = 30
END_OF_BLOCK = 256
MAX_CODE_BITS = 15
_CODE_LENGTH_ORDER = (16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15)


def length_symbol(length: int) -> int:
    """Index (0-28) of the deflate length code for a match ``length`` (3-258)."""
    if length == 258:
        return 28
    index = 0
    while index + 1 < 28 and LENGTH_BASE[index + 1] <= length:
        index += 1
    return index


def distance_symbol(distance: int) -> int:
    """The deflate distance code (0-29) for ``distance`` (1-32768)."""
    low, high = 0, DISTANCE_SYMBOLS - 1
    while low < high:
        middle = (low + high + 1) // 2
        if DISTANCE_BASE[middle] <= distance:
            low = middle
        else:
            high = middle - 1
    return low


def huffman_lengths(counts: Sequence[int], limit: int = MAX_CODE_BITS) -> list[int]:
    """Huffman code lengths for symbol ``counts`` (every count ≥ 1), at most ``limit`` bits: halves the
    counts until the tree is shallow enough. Deterministic (ties broken by symbol order)."""
    weights = list(counts)
    if len(weights) < 2 or min(weights) < 1:
        raise ValueError("Every symbol needs a count of at least 1.")
    while True:
        depth = [0] * len(weights)
        heap: list[tuple[int, int, tuple[int, ...]]] = [
            (weight, symbol, (symbol,)) for symbol, weight in enumerate(weights)]
        heapq.heapify(heap)
        order = len(weights)
        while len(heap) > 1:
            weight_a, _, members_a = heapq.heappop(heap)
            weight_b, _, members_b = heapq.heappop(heap)
            for symbol in members_a + members_b:
                depth[symbol] += 1
            heapq.heappush(heap, (weight_a + weight_b, order, members_a + members_b))
            order += 1
        if max(depth) <= limit:
            return depth
        weights = [(weight + 1) // 2 for weight in weights]


def canonical_codes(lengths: Sequence[int]) -> list[tuple[int, int]]:
    """(code, bits) of every symbol, as RFC 1951 §3.2.2 assigns them, bit-reversed for LSB-first output."""
    counts = [0] * (MAX_CODE_BITS + 2)
    for bits in lengths:
        counts[bits] += 1
    counts[0] = 0
    next_code = [0] * (MAX_CODE_BITS + 2)
    code = 0
    for bits in range(1, MAX_CODE_BITS + 1):
        code = (code + counts[bits - 1]) << 1
        next_code[bits] = code
    result = []
    for bits in lengths:
        if bits:
            result.append((int(format(next_code[bits], f"0{bits}b")[::-1], 2), bits))
            next_code[bits] += 1
        else:
            result.append((0, 0))
    return result


@dataclass
class BitWriter:
    """Bits packed least-significant first, as deflate stores them."""

    value: int = 0
    count: int = 0

    def put(self, value: int, bits: int) -> None:
        self.value |= value << self.count
        self.count += bits

    def to_bytes(self) -> bytes:
        return self.value.to_bytes((self.count + 7) // 8, "little")


@dataclass(frozen=True)
class PresetCode:
    """One published Huffman code for codec C: literal/length lengths then distance lengths."""

    literal_lengths: tuple[int, ...]
    distance_lengths: tuple[int, ...]
    header: BitWriter = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        if len(self.literal_lengths) != LITERAL_SYMBOLS or len(self.distance_lengths) != DISTANCE_SYMBOLS:
            raise ValueError("A preset code has 286 literal/length and 30 distance code lengths.")
        for lengths in (self.literal_lengths, self.distance_lengths):
            if min(lengths) < 1 or max(lengths) > MAX_CODE_BITS or sum(2.0 ** -n for n in lengths) != 1.0:
                raise ValueError("A preset code must give every symbol a complete code of 1-15 bits.")
        object.__setattr__(self, "header", _block_header(self.literal_lengths + self.distance_lengths))

    @classmethod
    def from_bytes(cls, data: bytes) -> PresetCode:
        return cls(tuple(data[:LITERAL_SYMBOLS]), tuple(data[LITERAL_SYMBOLS:]))

    def to_bytes(self) -> bytes:
        return bytes(self.literal_lengths + self.distance_lengths)

    @property
    def omitted(self) -> int:
        """Whole bytes of the block header that the envelope leaves out."""
        return self.header.count // 8

    def omitted_prefix(self) -> bytes:
        return self.header.to_bytes()[:self.omitted]

    def length_costs(self) -> list[int]:
        """Bits of a match length (index 3-258: code plus extra bits); 0 below 3."""
        costs = [0] * 259
        for length in range(3, 259):
            index = length_symbol(length)
            costs[length] = self.literal_lengths[257 + index] + LENGTH_EXTRA[index]
        return costs

    def distance_cost(self, distance: int) -> int:
        index = distance_symbol(distance)
        return self.distance_lengths[index] + DISTANCE_EXTRA[index]

    def encode(self, data: bytes, steps: Iterable[tuple[int, int]]) -> bytes:
        """The envelope body: the block (header, then ``steps`` — (1, 0) a literal, (length, distance) a
        match — then end of block) without its omitted header bytes."""
        literal_codes = canonical_codes(self.literal_lengths)
        distance_codes = canonical_codes(self.distance_lengths)
        writer = BitWriter(self.header.value, self.header.count)
        position = 0
        for length, distance in steps:
            if distance == 0:
                writer.put(*literal_codes[data[position]])
            else:
                index = length_symbol(length)
                writer.put(*literal_codes[257 + index])
                writer.put(length - LENGTH_BASE[index], LENGTH_EXTRA[index])
                index = distance_symbol(distance)
                writer.put(*distance_codes[index])
                writer.put(distance - DISTANCE_BASE[index], DISTANCE_EXTRA[index])
            position += length
        writer.put(*literal_codes[END_OF_BLOCK])
        return writer.to_bytes()[self.omitted:]


def _block_header(lengths: tuple[int, ...]) -> BitWriter:
    """BFINAL=1, BTYPE=2, then the code lengths, each written as itself (no run-length codes)."""
    counts = [1] * 19  # code-length symbols 0-18, smoothed so the code-length code is complete
    for bits in lengths:
        counts[bits] += 1
    code_length_lengths = huffman_lengths(counts, 7)
    code_length_codes = canonical_codes(code_length_lengths)
    writer = BitWriter()
    writer.put(1, 1)
    writer.put(2, 2)
    writer.put(LITERAL_SYMBOLS - 257, 5)
    writer.put(DISTANCE_SYMBOLS - 1, 5)
    writer.put(19 - 4, 4)
    for symbol in _CODE_LENGTH_ORDER:
        writer.put(code_length_lengths[symbol], 3)
    for bits in lengths:
        writer.put(*code_length_codes[bits])
    return writer
