"""Write codec C's preset Huffman code (src/satchel/share/dictionary/dict-3.code) — run once, by hand.

The code lengths are the Huffman code of the symbol counts of Satchel's own presentations: the
interop corpus's ``peer/`` documents (credentials written by Satchel's tests and signed by the
reference JavaScript stack; each credential is put in a 1-credential presentation signed by a test
holder key), never the public credentials that benchmarks/bench_qr_public.py measures. Each document is
packed (codec C tokens), parsed for the fewest bits under the current code, and counted; four rounds,
starting from a flat code. Every symbol gets at least one count, so any text can be encoded.

    PYTHONPATH=src SATCHEL_CORPUS=../shared/corpus python scripts/train_qr_code.py [--check]

A published code never changes: with --check the script only compares its result with the file.
"""

from __future__ import annotations

import hashlib
import json
import pathlib
import sys

REPO = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO))

from satchel.share.dictionary.build import HERE, build_dictionary_3  # noqa: E402
from satchel.share.payload.codec import compact_json  # noqa: E402
from satchel.share.payload.huffman import (  # noqa: E402
    DISTANCE_SYMBOLS,
    END_OF_BLOCK,
    LITERAL_SYMBOLS,
    PresetCode,
    distance_symbol,
    huffman_lengths,
    length_symbol,
)
from satchel.share.payload.lz77 import cheapest_parse  # noqa: E402
from satchel.share.payload.packing import pack_values  # noqa: E402
from tests.conftest import corpus_dir  # noqa: E402
from tests.share.public_credentials import presentation_of  # noqa: E402

ROUNDS = 4


def training_texts() -> list[bytes]:
    texts = []
    for path in sorted((corpus_dir() / "peer").glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(document, dict) or "proof" not in document:
            continue
        if "VerifiablePresentation" not in json.dumps(document.get("type")):
            try:
                document = presentation_of(document)
            except Exception:  # noqa: BLE001 - a credential our signer cannot wrap is simply not used
                continue
        texts.append(pack_values(compact_json(document), extended=True)[0])
    return texts


def train(texts: list[bytes], dictionary: bytes) -> PresetCode:
    code = PresetCode(tuple(huffman_lengths([1] * LITERAL_SYMBOLS)), tuple(huffman_lengths([1] * DISTANCE_SYMBOLS)))
    for _ in range(ROUNDS):
        literals = [1] * LITERAL_SYMBOLS
        distances = [1] * DISTANCE_SYMBOLS
        for text in texts:
            position = 0
            for length, distance in cheapest_parse(text, dictionary, code.literal_lengths, code.length_costs(),
                                                   code.distance_cost):
                if distance == 0:
                    literals[text[position]] += 1
                else:
                    literals[257 + length_symbol(length)] += 1
                    distances[distance_symbol(distance)] += 1
                position += length
            literals[END_OF_BLOCK] += 1
        code = PresetCode(tuple(huffman_lengths(literals)), tuple(huffman_lengths(distances)))
    return code


def main(argv: list[str]) -> int:
    texts = training_texts()
    code = train(texts, build_dictionary_3())
    data = code.to_bytes()
    path = HERE / "dict-3.code"
    print(f"{len(texts)} training presentations; code sha256 {hashlib.sha256(data).hexdigest()}, "
          f"header {code.header.count} bits ({code.omitted} bytes left out)")
    if "--check" in argv:
        return 0 if path.exists() and path.read_bytes() == data else 1
    path.write_bytes(data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
