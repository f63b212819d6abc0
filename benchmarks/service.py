"""Starting `aftercare serve` on a free loopback port for a benchmark, and stopping it afterwards."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


@contextmanager
def served(*args: str, env: dict[str, str] | None = None, timeout: float = 180.0,
           checkout: Path = ROOT) -> Iterator[tuple[str, subprocess.Popen, float]]:
    """Yields the base URL, the process and the seconds from process start to /readyz 200.

    `checkout` is the source tree to run (its own code and its own data/ folder, with the same Python), so one
    benchmark run can measure another checkout, say main, beside this one."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    started = time.perf_counter()
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # `-m` from `checkout` imports its code
    proc = subprocess.Popen([sys.executable, "-m", "aftercare.cli", "serve", "--port", str(port), *args], cwd=checkout,
                            env={**environment, **(env or {})}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        while True:
            if time.perf_counter() - started > timeout:
                raise RuntimeError(f"the service did not become ready within {timeout:.0f} s")
            try:
                if httpx.get(f"{url}/readyz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        yield url, proc, time.perf_counter() - started
    finally:
        proc.terminate()
        proc.wait(timeout=30)
