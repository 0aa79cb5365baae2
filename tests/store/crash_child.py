"""Child process for test_crash.py: adds credentials one transaction at a time until it is killed.

Prints each id only after its transaction committed. The passphrase arrives on stdin.
"""

import os
import sys
from pathlib import Path

from satchel.model import DisplayFields
from satchel.store import Wallet


def main() -> None:
    path = Path(sys.argv[1])
    round_no = int(sys.argv[2])
    passphrase = sys.stdin.readline().rstrip("\n")
    wallet = Wallet.open(path, passphrase)
    print("ready", flush=True)
    n = 0
    while True:
        raw = f'{{"round": {round_no}, "n": {n}, "pad": "{os.urandom(600).hex()}"}}'.encode()
        cid, _ = wallet.add_credential(raw, format="vc-json", signed_form="data-integrity", source="crash-test",
                                       display=DisplayFields(name=f"Crash {round_no}/{n}", description="x" * 300),
                                       added_at="2026-01-01T00:00:00Z")
        print(cid, flush=True)
        if n % 5 == 0:
            wallet.add_tags(cid, [f"round-{round_no}"])
        n += 1


if __name__ == "__main__":
    main()
