"""What mediagen._network takes out of each request, piece by piece (best of 5 runs, microseconds per call):

    python scripts/bench_network.py

* the URL: ``httpx.Client.build_request`` with the generated relative URL (httpx's merge parses it, then the whole
  URL again) against the same call given ``request_url``'s URL, for a path never seen (a new job id each time) and
  for one asked for again (a polled job, a create), at a loopback address and at a host name;
* the cookie store: httpx's ``Cookies.extract_cookies`` on an answer without ``Set-Cookie`` against the overlay's.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable

import httpx
from mediagen._network import HTTPClient, request_url


def _best(fn: Callable[[int], object], n: int = 20000) -> float:
    counter = itertools.count()
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        for _ in range(n):
            fn(next(counter))
        best = min(best, (time.perf_counter() - started) / n)
    return best * 1e6


def _urls(base: str) -> str:
    http = httpx.Client(base_url=base)
    merged = _best(lambda i: http.build_request("GET", f"/v2/api/jobs/job_{i}"))
    new = _best(lambda i: http.build_request("GET", request_url(http.base_url, f"/v2/api/jobs/job_{i}n")))
    again = _best(lambda i: http.build_request("GET", request_url(http.base_url, "/v2/api/jobs/job_1")))
    return f"  {base:28s} httpx merge {merged:5.1f}   request_url: new path {new:5.1f}, path seen {again:5.1f}"


def main() -> None:
    print("build_request, us per call")
    for base in ("http://127.0.0.1:8123", "https://openapi.seeles.ai"):
        print(_urls(base))
    answer = httpx.Response(200, json={"ok": True}, request=httpx.Request("GET", "https://openapi.seeles.ai/v2/x"))
    plain, ours = httpx.Client().cookies, HTTPClient().cookies
    httpx_us = _best(lambda i: plain.extract_cookies(answer))
    ours_us = _best(lambda i: ours.extract_cookies(answer))
    print("extract_cookies on an answer without Set-Cookie, us per call")
    print(f"  httpx {httpx_us:5.1f}   mediagen {ours_us:5.1f}")


if __name__ == "__main__":
    main()
