"""The ledger's cost, and waits completed by webhooks against waits that poll (issue 15, item 7). Not run by CI.

    python scripts/bench_ledger.py [--calls 1000] [--jobs 10000] [--waits sqlite,postgresql] [--postgres URL]

1. Ledger cost per billable call, on a SQLite file and on PostgreSQL (a throwaway server from Debian's package on
   loopback, as the tests start it, unless ``--postgres URL``): median and p95 microseconds of ``begin`` +
   ``finish`` (what every billable write adds), of ``reserve`` (what every x402 signature adds; one wallet, its
   rows growing) and of ``job`` (what every status poll of a wait adds).
2. ``--jobs`` concurrent async waits (AsyncFusara on the Fusara mock, in-process transport, wall clock; submits
   spread over 120 s, tasks of 30 to 60 s), the ledger on, in a fresh process each (peak RSS is its own):
   * ``poll``: ``wait(job)``, the documented 3-5 s polling;
   * ``webhook``: ``wait(job, webhook=True)``. The provider's side (a task in the same process, standing for
     Fusara) POSTs each task's completion callback when it ends to a receiver in ANOTHER process (uvicorn serving
     ``mediagen.webhooks.app`` on the same ledger), which records it; the waiters wake through the ledger and fetch
     once.
   Reported: requests sent to the provider (submits, status, task), wall time, peak RSS, threads.

Two scans of the mock's that cost O(tasks) per request are turned off in both modes (with 10,000 tasks they, not the
client, would be measured): its queued-limit count on each submit, and its after-request hook that looks for
callbacks to send; the webhook mode pushes from a heap of finish times instead.
"""

from __future__ import annotations

import argparse
import asyncio
import heapq
import json
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mediagen import Ledger, fusara  # noqa: E402
from mediagen.testing import RealClock, mock  # noqa: E402

FLUX = {"__type": 5, "Prompt": "benchmark", "Width": 1024, "Height": 1024}
QUEUE_SECONDS, JOB_SECONDS, SPREAD, SHORTER = 2.0, 58.0, 120.0, 30.0


# -- 1. cost per call -------------------------------------------------------------------------------------------------
def _timed(fn: Callable[[int], object], n: int) -> tuple[float, float]:
    samples = []
    for i in range(n):
        started = time.perf_counter()
        fn(i)
        samples.append((time.perf_counter() - started) * 1e6)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95)]


def cost(url: str, calls: int) -> dict[str, tuple[float, float]]:
    ledger = Ledger(url)
    wallet = "0x" + uuid.uuid4().hex[:40]

    def write(i: int) -> None:
        write_id = ledger.begin(
            "fusara", "generate", idempotency_key=None, body=b'{"Prompt": "x"}', quoted_usd=Decimal("0.01")
        )
        ledger.finish(write_id, "succeeded", job_id=f"bench-{i}")

    def reserve(i: int) -> None:
        now = time.time()
        payment = ledger.reserve(wallet, Decimal("0.01"), Decimal("1000000"), int(now) + 300, now)
        ledger.payment(payment, "settled")

    results = {"begin+finish": _timed(write, calls), "reserve+settle": _timed(reserve, calls)}
    results["job (a poll)"] = _timed(lambda i: ledger.job("fusara", f"bench-{i}", "running"), calls)
    ledger.close()
    return results


# -- 2. waits --------------------------------------------------------------------------------------------------------
class _Unscanned(dict[int, Any]):
    """The mock's tasks, hidden from its queued-limit count (a scan of every task on every submit)."""

    def values(self) -> Any:
        return ()


async def waits(mode: str, url: str, jobs: int, hook: str | None) -> dict[str, Any]:
    import httpx

    engine = mock(
        "fusara",
        clock=RealClock(),
        validate_responses=False,
        keep_calls=False,
        queue_seconds=QUEUE_SECONDS,
        job_seconds=JOB_SECONDS,
    )
    provider: Any = engine.provider
    provider.queued_limit = 10**9
    provider.tasks = _Unscanned()  # see the module docstring
    provider.tick = lambda: None
    ledger = Ledger(url)
    api = fusara.AsyncFusara(provider.api_key, transport=engine.transport(), max_retries=0, ledger=ledger)
    rng = random.Random(7)
    threads, done_at, pushed, lags = [threading.active_count()], [0], [0], []
    answers: Counter[str] = Counter()
    body = {**FLUX, "CompletionCallbackUrl": hook} if hook else FLUX
    due: list[tuple[float, int]] = []
    """(when the task ends, its id): what the provider's side pushes, in order."""

    async def one(delay: float) -> None:
        await asyncio.sleep(delay)
        job = await api.submit(body)
        task = provider.tasks[int(job.id)]
        task.created -= rng.uniform(0, SHORTER)  # tasks of 30 to 60 s
        heapq.heappush(due, (task.created + QUEUE_SECONDS + JOB_SECONDS, int(job.id)))
        finished = await api.wait(job, webhook=mode == "webhook", timeout=600)
        assert finished.outputs
        lags.append(engine.clock.now() - (provider.tasks[int(job.id)].created + QUEUE_SECONDS + JOB_SECONDS))
        threads.append(threading.active_count())
        done_at[0] += 1

    async def push() -> None:
        """Fusara's side: each task's completion callback POSTed when it ends (fire-and-forget), over a few
        keep-alive connections written by hand (httpx's own cost here would be the bench's, not the receiver's)."""
        assert hook is not None
        target = httpx.URL(hook)
        queue: asyncio.Queue[int] = asyncio.Queue()

        async def connection() -> None:
            reader: asyncio.StreamReader | None = None
            writer: asyncio.StreamWriter | None = None
            while True:
                task_id = await queue.get()
                payload = json.dumps(
                    {
                        "taskId": task_id,
                        "statusId": 100,
                        "statusCode": "COMPLETION_SUCCESS",
                        "statusMessage": "Task completed successfully",
                    }
                ).encode()
                head = f"POST {target.path} HTTP/1.1\r\nHost: {target.host}:{target.port}\r\n"
                request = f"{head}Content-Type: application/json\r\nContent-Length: {len(payload)}\r\n\r\n".encode()
                error = "none"
                for _ in range(2):  # the receiver closes idle connections: reconnect once
                    try:
                        if writer is None or reader is None:
                            reader, writer = await asyncio.open_connection(target.host, target.port)
                        writer.write(request + payload)
                        await writer.drain()
                        status = int((await reader.readline()).split()[1])
                        length = 0
                        while (line := await reader.readline()) not in (b"\r\n", b""):
                            if line.lower().startswith(b"content-length:"):
                                length = int(line.split(b":")[1])
                        await reader.readexactly(length)
                        answers[str(status)] += 1
                        pushed[0] += status == 200
                        break
                    except (OSError, IndexError, ValueError, asyncio.IncompleteReadError) as exc:
                        if writer is not None:
                            writer.close()
                        reader = writer = None
                        error = type(exc).__name__
                else:
                    answers[error] += 1

        workers = [asyncio.create_task(connection()) for _ in range(8)]
        while done_at[0] < jobs:
            now = engine.clock.now()
            while due and due[0][0] <= now:
                queue.put_nowait(heapq.heappop(due)[1])
            await asyncio.sleep(0.1)
        for worker in workers:
            worker.cancel()

    started = time.perf_counter()
    pusher = asyncio.create_task(push()) if mode == "webhook" else None
    await asyncio.gather(*(one(rng.uniform(0, SPREAD)) for _ in range(jobs)))
    wall = time.perf_counter() - started
    if pusher is not None:
        await pusher
    await api.aclose()
    counts = engine.counts
    return {
        "mode": mode,
        "ledger": url.split(":", 1)[0],
        "jobs": jobs,
        "wall_s": round(wall, 1),
        "submits": counts["generate"],
        "status": counts["get_task_status"],
        "task": counts["get_task"],
        "requests": counts["generate"] + counts["get_task_status"] + counts["get_task"],
        "pushed": pushed[0],
        "answers": dict(answers),
        "lag_s": round(statistics.mean(lags), 2),
        "lag_p95_s": round(sorted(lags)[int(len(lags) * 0.95)], 2),
        "rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "threads": max(threads),
    }


RECEIVER = """
import socket, sys
sys.path.insert(0, {root!r})
import uvicorn
from mediagen import Ledger, webhooks
sock = socket.socket()
sock.bind(("127.0.0.1", 0))
print(sock.getsockname()[1], flush=True)
uvicorn.Server(uvicorn.Config(webhooks.app(ledger=Ledger({url!r})), log_level="error", lifespan="off",
                              access_log=False)).run(sockets=[sock])
"""


@contextmanager
def receiver(url: str) -> Iterator[str]:
    """Process A: the webhook receiver on loopback, on the same ledger."""
    child = subprocess.Popen(
        [sys.executable, "-c", RECEIVER.format(root=str(ROOT), url=url)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        port = int(child.stdout.readline())
        time.sleep(1.0)
        yield f"http://127.0.0.1:{port}/hooks/fusara"
    finally:
        child.terminate()
        child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()


def run_waits(mode: str, url: str, jobs: int) -> dict[str, Any]:
    """Process B: the waiters, in a fresh process."""
    with receiver(url) if mode == "webhook" else nullcontext(None) as hook:
        argv = [sys.executable, __file__, "--child", mode, "--ledger", url, "--jobs", str(jobs)]
        if hook:
            argv += ["--hook", hook]
        out = subprocess.run(argv, check=True, capture_output=True, text=True).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


@contextmanager
def postgres(given: str | None) -> Iterator[str]:
    if given:
        yield given
        return
    from tests._postgres import postgres_server

    with postgres_server() as url:
        yield url


def fresh(url: str) -> str:
    """An empty ledger at ``url`` (PostgreSQL: its tables dropped)."""
    if url.startswith("postgresql"):
        import psycopg

        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("DROP TABLE IF EXISTS payments, writes, wallets, webhook_deliveries, mediagen_meta")
    Ledger(url).close()
    return url


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=10_000)
    parser.add_argument("--waits", default="sqlite", help="ledgers for the waits: sqlite,postgresql (or none)")
    parser.add_argument("--postgres", help="an existing server's URL (default: a throwaway one)")
    parser.add_argument("--child", choices=["poll", "webhook"], help=argparse.SUPPRESS)
    parser.add_argument("--ledger", help=argparse.SUPPRESS)
    parser.add_argument("--hook", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(asyncio.run(waits(args.child, args.ledger, args.jobs, args.hook))))
        return
    folder = tempfile.mkdtemp(prefix="mediagen-bench-")
    with postgres(args.postgres) as pg:
        print(f"## ledger cost per call ({args.calls} calls, µs: median / p95)\n")
        print("| ledger | begin+finish (a billable write) | reserve+settle (an x402 signature) | job (a poll) |")
        print("|---|---|---|---|")
        for name, url in (("sqlite", f"sqlite:///{folder}/cost.db"), ("postgresql", pg)):
            found = cost(fresh(url), args.calls)
            cells = " | ".join(f"{m:.0f} / {p:.0f}" for m, p in found.values())
            print(f"| {name} | {cells} |", flush=True)
        kinds = [k for k in args.waits.split(",") if k and k != "none"]
        if kinds:
            print(
                f"\n## {args.jobs} concurrent waits, the ledger on (submits spread over {SPREAD:g} s, tasks of "
                f"{QUEUE_SECONDS + JOB_SECONDS - SHORTER:g} to {QUEUE_SECONDS + JOB_SECONDS:g} s)\n"
            )
            print(
                "| ledger | wait | wall (s) | requests | submits | status | task | webhooks accepted | "
                "task end → wait end (s, mean / p95) | peak RSS (MB) | threads |"
            )
            print("|---|---|---|---|---|---|---|---|---|---|---|")
        for kind in kinds:
            for mode in ("poll", "webhook"):
                url = fresh(f"sqlite:///{folder}/waits-{mode}.db" if kind == "sqlite" else pg)
                r = run_waits(mode, url, args.jobs)
                others = {k: v for k, v in r["answers"].items() if k != "200"}
                accepted = f"{r['pushed']}" + (f" (others: {others})" if others else "")
                cells = [
                    kind,
                    mode,
                    r["wall_s"],
                    r["requests"],
                    r["submits"],
                    r["status"],
                    r["task"],
                    accepted,
                    f"{r['lag_s']} / {r['lag_p95_s']}",
                    r["rss_mb"],
                    r["threads"],
                ]
                print("| " + " | ".join(map(str, cells)) + " |", flush=True)
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
