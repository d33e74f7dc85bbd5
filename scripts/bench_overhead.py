"""Overlay overhead: requests/s through the generated client + overlay vs raw httpx, same loopback server.

    python scripts/bench_overhead.py [--requests 3000] [--rounds 5]

The server is the Seele mock under uvicorn on 127.0.0.1. Both sides issue the same GET /v2/api/jobs/{id}
sequentially over one keep-alive connection; the overlay side also runs its auth flow, RetryTransport, error
mapping and parses the body into the generated attrs model and a mediagen Job. Rounds alternate the two sides
and the best round of each is compared. Target (issue 2): overlay >= 0.9x raw.
"""

from __future__ import annotations

import argparse
import time

import httpx
from mediagen import seele
from mediagen.testing import mock
from mediagen.testing._serve import serving


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    engine = mock("seele")
    key = engine.provider.api_key
    with serving(engine.asgi_app()) as url:
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

        best = {"raw httpx": 0.0, "overlay": 0.0}
        run_raw(), run_overlay()  # warm up both connections
        for _ in range(args.rounds):
            for name, fn in (("raw httpx", run_raw), ("overlay", run_overlay)):
                engine.calls.clear()
                started = time.perf_counter()
                fn()
                best[name] = max(best[name], args.requests / (time.perf_counter() - started))
    for name, rate in best.items():
        print(f"{name:10s} {rate:8.0f} req/s")
    print(f"overlay / raw = {best['overlay'] / best['raw httpx']:.3f}  (target >= 0.9)")
    extra = (1 / best["overlay"] - 1 / best["raw httpx"]) * 1e6
    print(f"client-side cost of the overlay per request: {extra:+.0f} us")


if __name__ == "__main__":
    main()
