"""Load on the deployed service over loopback: mixed real questions at a fixed concurrency, 1 and 2 workers.

    .venv/bin/python benchmarks/load.py [--requests 2000] [--concurrency 32] [--workers 1 2] [--steps ...]
                                        [--poison-every 20] [--checkouts /path/to/main .]

Starts `aftercare serve` itself (rate limit off for the run) once per step and worker count, sends a bounded
number of requests twice, and reports req/s, p50/p95/p99, errors, and each worker's resident memory after the
first and the second identical run. The steps switch the answer path's speed-ups on one by one, so each
one's effect shows against the first step, measured in the same run. `--poison-every N` makes every Nth request
a question with a lone UTF-16 surrogate; `errors` then counts only the ordinary questions that failed, and the
poisoned ones' 5xx are shown apart. `--checkouts` runs the same load against other source trees (each with its
own code and data/, the same Python) in the same run, e.g. main before a change beside this checkout after it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import sys
import time
from pathlib import Path

import aiohttp
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


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def worker_pids(parent: int) -> list[int]:
    children = Path(f"/proc/{parent}/task/{parent}/children")
    pids = [int(p) for p in children.read_text().split()] if children.exists() else []
    return [p for p in pids if "spawn_main" in Path(f"/proc/{p}/cmdline").read_bytes().decode(errors="ignore")] or [parent]


def wait_until_idle(parent: int, workers: int, timeout: float = 300.0) -> None:
    """A worker still loading accepts no connection, so the load would fall on the others: wait until all of them
    are up and none uses the CPU any more."""
    deadline = time.monotonic() + timeout
    last = -1.0
    while time.monotonic() < deadline:
        pids = worker_pids(parent) if workers > 1 else [parent]
        used = sum(cpu_seconds(p) for p in pids)
        if len(pids) == workers and used - last < 0.05:
            return
        last = used
        time.sleep(1.0)
    raise RuntimeError(f"the workers were still busy after {timeout:.0f} s")


POISONED = rb'{"question": "\ud800 when can I wear makeup again?"}'  # a lone surrogate, as a JSON escape


async def run_load(url: str, questions: list[str], total: int, concurrency: int,
                   poison_every: int = 0) -> tuple[np.ndarray, int, float, int]:
    """aiohttp rather than httpx: on these 2 cores the generator's own CPU per request (printed) must stay small."""
    latencies: list[float] = []
    errors = poisoned_5xx = 0
    counter = iter(range(total))

    async def worker(session: aiohttp.ClientSession) -> None:
        nonlocal errors, poisoned_5xx
        for i in counter:
            started = time.perf_counter()
            poisoned = poison_every > 0 and (i + 1) % poison_every == 0
            body = POISONED if poisoned else json.dumps({"question": questions[i % len(questions)]}).encode()
            try:
                async with session.post(f"{url}/v1/answer", data=body, headers={"content-type": "application/json"}) as r:
                    await r.read()
                    if poisoned:
                        poisoned_5xx += r.status >= 500
                    elif r.status != 200:
                        errors += 1
            except aiohttp.ClientError:
                errors += 1
            latencies.append((time.perf_counter() - started) * 1000)

    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=30)) as session:
        started = time.perf_counter()
        await asyncio.gather(*(worker(session) for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return np.asarray(latencies), errors, elapsed, poisoned_5xx


STEPS = {
    "torch-single": ("PyTorch, each question alone, no cache", {"AFTERCARE_QUERY_BACKEND": "torch", "AFTERCARE_EMBED_BATCHING": "false",
                                                              "AFTERCARE_EMBED_CACHE_SIZE": "0"}),
    "torch-batched": ("PyTorch + micro-batching, no cache", {"AFTERCARE_QUERY_BACKEND": "torch", "AFTERCARE_EMBED_CACHE_SIZE": "0"}),
    "single": ("ONNX, each question alone, no cache", {"AFTERCARE_EMBED_BATCHING": "false", "AFTERCARE_EMBED_CACHE_SIZE": "0"}),
    "batched": ("ONNX + micro-batching, no cache", {"AFTERCARE_EMBED_CACHE_SIZE": "0"}),
    "cached": ("ONNX + micro-batching + cache (default)", {}),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--steps", nargs="+", choices=list(STEPS), default=list(STEPS),
                        help="PyTorch steps show what batching does for the model called directly; ONNX Runtime (the "
                             "default backend) costs about as much per question alone as in a batch.")
    parser.add_argument("--poison-every", type=int, default=0,
                        help="Make every Nth request a question with a lone UTF-16 surrogate (0: none).")
    parser.add_argument("--checkouts", type=Path, nargs="+", default=[ROOT],
                        help="Source trees to serve, one after the other for each worker count (default: this one).")
    args = parser.parse_args()
    questions = [c.question for c in load_cases("all")]
    print(f"{args.requests} requests, concurrency {args.concurrency}, {len(questions)} distinct questions, loopback")
    print(f"{'step':<40} {'workers':>7} {'run':>4} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>6}"
          f"  {'vs first':>8}  RSS per worker MB (total)")
    for workers, checkout in ((w, c.resolve()) for w in args.workers for c in args.checkouts):
        baseline: float | None = None
        if len(args.checkouts) > 1:
            print(f"-- {checkout}")
        for step in args.steps:
            label, env = STEPS[step]
            with served("--workers", str(workers), env={"AFTERCARE_RATE_LIMIT_PER_MINUTE": "0", **env},
                        checkout=checkout) as (url, proc, _):
                wait_until_idle(proc.pid, workers)  # every worker loaded, not only the first one ready
                for run in (1, 2):
                    pids = worker_pids(proc.pid) if workers > 1 else [proc.pid]
                    server_cpu = sum(cpu_seconds(p) for p in pids)
                    own_cpu = resource.getrusage(resource.RUSAGE_SELF)
                    ms, errors, elapsed, poisoned_5xx = asyncio.run(
                        run_load(url, questions, args.requests, args.concurrency, args.poison_every))
                    server_cpu = sum(cpu_seconds(p) for p in pids) - server_cpu
                    after = resource.getrusage(resource.RUSAGE_SELF)
                    client_cpu = after.ru_utime + after.ru_stime - own_cpu.ru_utime - own_cpu.ru_stime
                    sizes = [rss_mb(p) for p in pids]
                    rss = ", ".join(f"{m:.0f}" for m in sizes) + f" ({sum(sizes):.0f})"
                    rate = len(ms) / elapsed
                    baseline = baseline or rate
                    print(f"{label:<40} {workers:>7} {run:>4} {rate:7.1f} {np.percentile(ms, 50):8.1f} "
                          f"{np.percentile(ms, 95):8.1f} {np.percentile(ms, 99):8.1f} {errors:>6}  {rate / baseline:7.2f}x  {rss}"
                          f"  (CPU ms/request: service {server_cpu / len(ms) * 1000:.1f}, load generator {client_cpu / len(ms) * 1000:.1f})"
                          + (f"  poisoned: {args.requests // args.poison_every} sent, {poisoned_5xx} 5xx" if args.poison_every else ""),
                          flush=True)


if __name__ == "__main__":
    main()
