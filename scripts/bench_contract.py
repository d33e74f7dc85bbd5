"""The main job's speed: ``mediagen contract`` over the five mocks at the default number of examples.

    python scripts/bench_contract.py [--workers 2] [--max-examples 100] [provider ...]

Runs the contract suite exactly as the command does (a worker process per provider, ``--workers`` side by side,
the mock in the worker's process) and prints, per provider, its wall time (its own run), the CPU seconds of its
worker, the requests it sent and its verdict; then the whole run's wall time and CPU seconds (this process, the
workers, and the fork server they are started from).
Target (issue 11): all five mocks at the default examples in at most 180 s of wall time on a 2-core machine.

Measured before issue 11 (commit 6860ca3: the schemathesis CLI in a subprocess per provider, one provider after
another, each mock behind uvicorn in a thread), same machine, same seed, 100 examples:

    provider     wall s   CPU s
    fusara         37.1    38.1
    killatamata    44.1    44.5
    mediaio        23.4    23.2
    seele           7.7     7.6
    seisoai        27.8    27.5
    total         140.0   140.9   (the same through `mediagen contract`, measured while other work ran: 204 s wall)
"""

from __future__ import annotations

import argparse
import os
import resource
import time

from mediagen.testing import MOCKS
from mediagen.testing._contract import ContractJob, run_contracts

TARGET_WALL = 180.0


def _own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _fork_server_cpu() -> float:
    """CPU of this process's other children (the fork server: its imports), if psutil can see them."""
    try:
        import psutil
    except ModuleNotFoundError:
        return 0.0
    total = 0.0
    for child in psutil.Process(os.getpid()).children():
        try:
            times = child.cpu_times()
        except psutil.Error:
            continue
        total += times.user + times.system
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("providers", nargs="*", default=sorted(MOCKS))
    parser.add_argument("--workers", type=int, default=2, help="providers at the same time (mediagen's --jobs)")
    parser.add_argument("--max-examples", type=int, default=100, help="the command's default: 100")
    args = parser.parse_args()
    print(
        f"{len(args.providers)} providers, {args.max_examples} examples, {args.workers} at a time, "
        f"{os.cpu_count()} cores",
        flush=True,
    )
    print(f"{'provider':12} {'wall s':>7} {'CPU s':>7} {'requests':>9}  verdict", flush=True)
    started, cpu = time.perf_counter(), _own_cpu()
    jobs = [ContractJob(name, max_examples=args.max_examples) for name in args.providers]
    worker_cpu = 0.0
    failed = []
    for result in run_contracts(jobs, workers=args.workers):
        worker_cpu += result.cpu_seconds
        verdicts = ", ".join(
            f"{result.count(v)} {v}" for v in ("pass", "FAIL", "not exercised", "out of reach") if result.count(v)
        )
        print(
            f"{result.provider:12} {result.seconds:7.1f} {result.cpu_seconds:7.1f} {result.requests_sent:9}  "
            f"exit {result.exit_code}: {verdicts}",
            flush=True,
        )
        if not result.ok:
            failed.append(result.provider)
    wall = time.perf_counter() - started
    total_cpu = _own_cpu() - cpu + worker_cpu + _fork_server_cpu()
    print(f"{'total':12} {wall:7.1f} {total_cpu:7.1f}", flush=True)
    print(
        f"target: all five in <= {TARGET_WALL:.0f} s wall: {'met' if wall <= TARGET_WALL else 'MISSED'}"
        + (f"; not passing: {', '.join(failed)}" if failed else "")
    )


if __name__ == "__main__":
    main()
