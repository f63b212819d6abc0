"""Load on the deployed service over loopback: mixed real questions at a fixed concurrency, 1 and 2 workers.

    .venv/bin/python benchmarks/load.py [--requests 2000] [--concurrency 32] [--workers 1 2]

Starts `aftercare serve` itself (rate limit off for the run), sends a bounded number of requests, reports
req/s, p50/p95/p99, errors, and each worker's resident memory after a first and a second identical run.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

import httpx
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.service import served  # noqa: E402
from evals.cases import load_cases  # noqa: E402


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def worker_pids(parent: int) -> list[int]:
    children = Path(f"/proc/{parent}/task/{parent}/children")
    pids = [int(p) for p in children.read_text().split()] if children.exists() else []
    return [p for p in pids if "spawn_main" in Path(f"/proc/{p}/cmdline").read_bytes().decode(errors="ignore")] or [parent]


async def run_load(url: str, questions: list[str], total: int, concurrency: int) -> tuple[np.ndarray, int, float]:
    latencies: list[float] = []
    errors = 0
    counter = iter(range(total))

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal errors
        for i in counter:
            started = time.perf_counter()
            try:
                r = await client.post("/v1/answer", json={"question": questions[i % len(questions)]})
                if r.status_code != 200:
                    errors += 1
            except httpx.HTTPError:
                errors += 1
            latencies.append((time.perf_counter() - started) * 1000)

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, timeout=30, limits=limits) as client:
        started = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return np.asarray(latencies), errors, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    questions = [c.question for c in load_cases("all")]
    print(f"{args.requests} requests, concurrency {args.concurrency}, {len(questions)} distinct questions, loopback")
    print(f"{'workers':>7} {'run':>4} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>6}  RSS per worker MB")
    for workers in args.workers:
        with served("--workers", str(workers), env={"AFTERCARE_RATE_LIMIT_PER_MINUTE": "0"}) as (url, proc, _):
            time.sleep(2 * workers)  # every worker loaded
            for run in (1, 2):
                ms, errors, elapsed = asyncio.run(run_load(url, questions, args.requests, args.concurrency))
                pids = worker_pids(proc.pid) if workers > 1 else [proc.pid]
                rss = ", ".join(f"{rss_mb(p):.0f}" for p in pids)
                print(f"{workers:>7} {run:>4} {len(ms) / elapsed:7.1f} {np.percentile(ms, 50):8.1f} "
                      f"{np.percentile(ms, 95):8.1f} {np.percentile(ms, 99):8.1f} {errors:>6}  {rss}")


if __name__ == "__main__":
    main()
