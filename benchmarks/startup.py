"""Process start to `/readyz` 200 for `aftercare serve`, for one or more checkouts in one run, interleaved.

    .venv/bin/python benchmarks/startup.py [--checkouts /path/to/main .] [--rounds 5]

Each checkout runs its own code with its own data/ (ingested there first) and the same Python. The rounds
alternate between checkouts, so load on the machine falls on each alike; the median and the best are printed,
with the server's resident memory once ready.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.load import rss_mb  # noqa: E402
from benchmarks.service import served  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--checkouts", type=Path, nargs="+", default=[ROOT], help="source trees to start (default: this one)")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    checkouts = [c.resolve() for c in args.checkouts]
    seconds: dict[Path, list[float]] = {c: [] for c in checkouts}
    memory: dict[Path, list[float]] = {c: [] for c in checkouts}
    for _ in range(args.rounds):
        for checkout in checkouts:
            with served(checkout=checkout, env={"AFTERCARE_INDEX_POLL_SECONDS": "0"}) as (_, proc, ready):
                seconds[checkout].append(ready)
                memory[checkout].append(rss_mb(proc.pid))
    print(f"`aftercare serve` process start to /readyz 200, {args.rounds} rounds interleaved")
    print(f"{'checkout':40} {'median s':>9} {'best s':>7} {'RSS MB once ready':>18}")
    for checkout in checkouts:
        print(f"{str(checkout):40} {np.median(seconds[checkout]):9.2f} {min(seconds[checkout]):7.2f} "
              f"{np.median(memory[checkout]):18.0f}")


if __name__ == "__main__":
    main()
