"""Overlay overhead: requests/s through the generated client + overlay vs raw httpx, same loopback server.

    python scripts/bench_overhead.py [--requests 3000] [--rounds 5]

The server is the Seele mock under uvicorn on 127.0.0.1, in its own process (`mediagen mock serve`) so that it
does not share the client's GIL. Both sides issue the same GET /v2/api/jobs/{id}
sequentially over one keep-alive connection; the overlay side also runs its auth flow, RetryTransport, error
mapping and parses the body into the generated attrs model and a mediagen Job. Rounds alternate the two sides
and the median of the per-round ratios is reported. Target (issue 2): overlay >= 0.9x raw.
"""

from __future__ import annotations

import argparse
import secrets
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from mediagen import seele


@contextmanager
def _server(key: str) -> Iterator[str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    cli = Path(sys.executable).parent / "mediagen"
    cmd = [str(cli), "mock", "serve", "seele", "--port", str(port), "--api-key", key]
    server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                httpx.get(url + "/")
                break
            except httpx.TransportError:
                time.sleep(0.05)
        yield url
    finally:
        server.terminate()
        server.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    key = "sk-bench-" + secrets.token_hex(8)
    with _server(key) as url:
        api = seele.Seele(key, base_url=url)
        job_id = api.submit("benchmark").id
        raw = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {key}"})

        def run_raw() -> None:
            for _ in range(args.requests):
                response = raw.get(f"/v2/api/jobs/{job_id}")
                response.raise_for_status()
                response.json()

        def run_overlay() -> None:
            for _ in range(args.requests):
                api.get(job_id)

        rates: dict[str, list[float]] = {"raw httpx": [], "overlay": []}
        run_raw(), run_overlay()  # warm up both connections
        for _ in range(args.rounds):
            for name, fn in (("raw httpx", run_raw), ("overlay", run_overlay)):
                started = time.perf_counter()
                fn()
                rates[name].append(args.requests / (time.perf_counter() - started))
    for name, values in rates.items():
        print(f"{name:10s} median {statistics.median(values):7.0f} req/s  best {max(values):7.0f} req/s")
    ratios = [o / r for o, r in zip(rates["overlay"], rates["raw httpx"], strict=True)]
    print(f"overlay / raw, loopback server: median {statistics.median(ratios):.3f}  (target >= 0.9)")
    canned()


def canned(n: int = 5000) -> None:
    """The overlay's own cost, without a server's noise: both sides against one canned in-process answer."""
    body = b'{"ok":true,"data":{"job_id":"job_1","status":"processing","meta":{"platform_url":"https://x/y"}}}'
    transport = httpx.MockTransport(
        lambda r: httpx.Response(200, content=body, headers={"content-type": "application/json"})
    )
    api = seele.Seele("sk-bench", transport=transport)
    raw = httpx.Client(base_url=seele.PROVIDER.base_url, transport=transport, headers={"Authorization": "Bearer k"})
    cost = {}
    for name, fn in (("raw", lambda: raw.get("/v2/api/jobs/job_1").json()), ("overlay", lambda: api.get("job_1"))):
        started = time.perf_counter()
        for _ in range(n):
            fn()
        cost[name] = (time.perf_counter() - started) / n * 1e6
    print(
        f"client-side time per request, canned answer: raw {cost['raw']:.0f} us, overlay {cost['overlay']:.0f} us "
        f"(+{cost['overlay'] - cost['raw']:.0f} us: auth flow, retry policy, error mapping, attrs model, Job)"
    )


if __name__ == "__main__":
    main()
