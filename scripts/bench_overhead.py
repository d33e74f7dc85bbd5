"""Overlay overhead per request: the generated client + overlay against raw httpx, for a GET and a POST.

    python scripts/bench_overhead.py [--mode all|canned|loopback] [--rounds 9] [--requests 3000] [--canned 3000]

Targets (issue #14, item 2): at most 50 us per request over raw httpx on the canned in-process answer, and at least
0.95x raw httpx's throughput through the loopback mock; both for the GET (Seele ``get``: GET /v2/api/jobs/{id}) and
the POST with a body (Seele ``submit``: POST /v2/api/jobs).

* canned: both sides send to one ``httpx.MockTransport`` answering a canned body, so only client-side work is
  measured. A third side sends the raw requests through the overlay's network layer (``mediagen._network``: a
  cookie store that skips answers setting none, URLs parsed once): the overlay's own work is measured against it.
  Time is the thread's CPU time (``time.thread_time``), so other processes on a busy machine do not count; inside
  each round the sides take turns every 100 requests, and the median of the per-round differences (overlay - raw)
  is reported.
* loopback: the Seele mock under uvicorn on 127.0.0.1, in its own process (``mediagen mock serve``) so that it does
  not share the client's GIL; each side sends sequentially over its own keep-alive connection, taking turns as
  above, and the median of the per-round ratios (overlay / raw requests per second) is reported; also against raw
  requests through the overlay's network layer, as in canned mode.

The overlay side does everything a call does: path and body checks against the spec (documented and assumed
constraints), the auth flow, the RetryTransport, bounded reading, error mapping, drift detection, the generated
attrs model and the mediagen ``Job``. Raw httpx sends the same request and only parses the JSON.
"""

from __future__ import annotations

import argparse
import functools
import secrets
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from mediagen import seele
from mediagen._network import HTTPClient, request_url

MAX_OVERHEAD_US = 50.0
MIN_RATIO = 0.95
PROMPT = "benchmark"


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


def _sides(
    api: seele.Seele, raw: httpx.Client, job_id: str, url: Callable[[str], httpx.URL | str] = str
) -> dict[str, Callable[[], object]]:
    """The four sides, by (kind, method): the overlay's adapter call and the same request through raw httpx."""

    def raw_get() -> object:
        response = raw.get(url(f"/v2/api/jobs/{job_id}"))
        response.raise_for_status()
        return response.json()

    def raw_post() -> object:
        response = raw.post(url("/v2/api/jobs"), json={"prompt": PROMPT})
        response.raise_for_status()
        return response.json()

    return {
        "raw GET": raw_get,
        "overlay GET": lambda: api.get(job_id),
        "raw POST": raw_post,
        "overlay POST": lambda: api.submit(PROMPT),
    }


def _all_sides(api: seele.Seele, raw: httpx.Client, same: HTTPClient, job_id: str) -> dict[str, Callable[[], object]]:
    """The four sides, and the raw ones again with the overlay's network layer (``mediagen._network``: its httpx
    client class, whose cookie store skips answers that set none, and URLs parsed once) as "raw GET (own)" and
    "raw POST (own)": the overlay's own work is its difference from these."""
    own = _sides(api, same, job_id, functools.partial(request_url, same.base_url))
    return _sides(api, raw, job_id) | {f"{name} (own)": fn for name, fn in own.items() if name.startswith("raw")}


def _rounds(
    sides: dict[str, Callable[[], object]], rounds: int, n: int, clock: Callable[[], float], block: int = 100
) -> dict[str, list[float]]:
    """Seconds per request of each side, one value per round. Inside a round the sides take turns every ``block``
    requests, so a change in the machine's load (other processes, frequency) reaches every side alike."""
    for fn in sides.values():  # warm up: connections, caches, compiled validators
        for _ in range(min(n, 50)):
            fn()
    times: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(rounds):
        spent = dict.fromkeys(sides, 0.0)
        done = 0
        while done < n:
            size = min(block, n - done)
            for name, fn in sides.items():
                started = clock()
                for _ in range(size):
                    fn()
                spent[name] += clock() - started
            done += size
        for name in sides:
            times[name].append(spent[name] / n)
    return times


def loopback(rounds: int, n: int) -> bool:
    """Requests per second through the loopback mock; whether both methods meet MIN_RATIO."""
    key = "sk-bench-" + secrets.token_hex(8)
    with _server(key) as url:
        api = seele.Seele(key, base_url=url)
        raw = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {key}"})
        same = HTTPClient(base_url=url, headers={"Authorization": f"Bearer {key}"})
        job_id = api.submit(PROMPT).id
        sides = _all_sides(api, raw, same, job_id)
        times = _rounds(sides, rounds, n, time.perf_counter)
        api.close(), raw.close(), same.close()
    ok = True
    print(f"loopback mock, {rounds} rounds of {n} requests per side (median req/s, best):")
    for name, values in times.items():
        rates = [1 / v for v in values]
        print(f"  {name:19s} {statistics.median(rates):8.0f} req/s  best {max(rates):8.0f}")
    for method in ("GET", "POST"):
        ratios = [r / o for o, r in zip(times[f"overlay {method}"], times[f"raw {method}"], strict=True)]
        own = [r / o for o, r in zip(times[f"overlay {method}"], times[f"raw {method} (own)"], strict=True)]
        ratio = statistics.median(ratios)
        ok &= ratio >= MIN_RATIO
        print(
            f"  overlay / raw {method:4s}: median {ratio:.3f}  (target >= {MIN_RATIO}); over raw requests through "
            f"its network layer: {statistics.median(own):.3f}"
        )
    return ok


def canned(rounds: int, n: int) -> bool:
    """The overlay's own cost, without a server's noise: both sides against one canned in-process answer."""
    got = b'{"ok":true,"data":{"job_id":"job_1","status":"processing","meta":{"platform_url":"https://x/y"}}}'
    created = b'{"ok":true,"data":{"job_id":"job_1"}}'

    def answer(request: httpx.Request) -> httpx.Response:
        post = request.method == "POST"
        return httpx.Response(
            201 if post else 200, content=created if post else got, headers={"content-type": "application/json"}
        )

    transport = httpx.MockTransport(answer)
    api = seele.Seele("sk-bench", transport=transport)
    raw = httpx.Client(base_url=seele.PROVIDER.base_url, transport=transport, headers={"Authorization": "Bearer k"})
    same = HTTPClient(base_url=seele.PROVIDER.base_url, transport=transport, headers={"Authorization": "Bearer k"})
    sides = _all_sides(api, raw, same, "job_1")
    times = _rounds(sides, rounds, n, time.thread_time)
    ok = True
    print(f"canned in-process answer, {rounds} rounds of {n} requests per side (thread CPU time per request):")
    for method in ("GET", "POST"):
        raw_us = statistics.median(times[f"raw {method}"]) * 1e6
        overlay_us = statistics.median(times[f"overlay {method}"]) * 1e6
        extra = [(o - r) * 1e6 for o, r in zip(times[f"overlay {method}"], times[f"raw {method}"], strict=True)]
        over = statistics.median(extra)
        ok &= over <= MAX_OVERHEAD_US
        own = [(o - r) * 1e6 for o, r in zip(times[f"overlay {method}"], times[f"raw {method} (own)"], strict=True)]
        print(
            f"  {method:4s}: raw {raw_us:6.1f} us, overlay {overlay_us:6.1f} us: {over:+5.1f} us median "
            f"(rounds {min(extra):+.1f} .. {max(extra):+.1f}; target <= {MAX_OVERHEAD_US:.0f}); the overlay's own "
            f"work, over raw requests through its network layer: {statistics.median(own):+5.1f} us"
        )
    return ok


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=("all", "canned", "loopback"), default="all")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--requests", type=int, default=3000, help="per side and round, through the loopback mock")
    parser.add_argument("--canned", type=int, default=3000, help="per side and round, on the canned answer")
    args = parser.parse_args()
    ok = True
    if args.mode in ("all", "loopback"):
        ok &= loopback(args.rounds, args.requests)
    if args.mode in ("all", "canned"):
        ok &= canned(args.rounds, args.canned)
    print("targets met" if ok else "TARGETS MISSED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
