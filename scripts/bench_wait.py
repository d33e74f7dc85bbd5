"""``wait`` at scale: N concurrent async waits in one process.

    python scripts/bench_wait.py [--jobs 10000]

Each job is submitted to the Seele mock (in-process transport, wall clock) and awaited with ``async_wait`` over
``AsyncSeele.get``, on a policy scaled down from Seele's 10-30 s (2.5 s growing by 1.5x to 7.5 s) so the run
takes about a minute.
Reports wall time, threads, peak RSS, and status requests against the most the intervals call for: a job that
finishes after d seconds needs at most the first k polls with interval sum >= d, whatever the event loop's lag.
Targets (issue 2): 10,000 waits, no thread per job, <= 256 MB peak RSS, no more requests than the bound.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import resource
import threading
import time

from mediagen import PollPolicy, async_wait, seele
from mediagen.testing import RealClock, mock


def bound(policy: PollPolicy, seconds: float) -> int:
    polls, elapsed = 0, 0.0
    while elapsed < seconds:
        elapsed += policy.interval(polls)
        polls += 1
    return polls


async def main(jobs: int) -> None:
    engine = mock("seele", clock=RealClock(), validate_responses=False, keep_calls=False)
    policy = PollPolicy(initial=2.5, maximum=7.5)
    api = seele.AsyncSeele(engine.provider.api_key, transport=engine.transport(), max_retries=0)
    rng = random.Random(7)
    threads = [threading.active_count()]

    async def one() -> float:
        engine.provider.job_seconds = rng.uniform(10, 40)  # read at submit time
        job = await api.submit("benchmark")
        duration = engine.provider.jobs[job.id].finish_at - engine.provider.jobs[job.id].started
        done = await async_wait(job, api.get, policy=policy)
        assert done.outputs
        threads.append(threading.active_count())
        return duration

    started = time.perf_counter()
    durations = await asyncio.gather(*(one() for _ in range(jobs)))
    wall = time.perf_counter() - started
    polls = engine.counts["get_job"]
    allowed = sum(bound(policy, d) for d in durations)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"jobs: {jobs}  wall: {wall:.1f} s  threads (max): {max(threads)}")
    print(f"peak RSS: {rss:.0f} MB  (target <= 256)")
    print(f"status requests: {polls}  bound from intervals: {allowed}  (target: requests <= bound)")
    await api.aclose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=10_000)
    asyncio.run(main(parser.parse_args().jobs))
