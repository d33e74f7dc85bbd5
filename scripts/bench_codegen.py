"""Benchmark scripts/codegen.py against the raw generators.

    python scripts/bench_codegen.py [--repeat 5]

Prints, as medians over --repeat runs (wall time, process start included):
  raw:    openapi-python-client then datamodel-codegen, one spec after the other, same arguments as codegen.py
  full:   codegen.py --force (every spec regenerated, in parallel)
  no-op:  codegen.py with nothing changed
Targets (issue 2): no-op <= 0.3 s; full <= raw.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import codegen  # noqa: E402


def timed(cmd: list[str], cwd: Path, run: Callable[[list[str], Path], object] = codegen.run) -> float:
    """Seconds ``cmd`` took; a generator runs codegen.py's own way (its ruff on PATH for the post hooks, a warning
    is a failure)."""
    started = time.perf_counter()
    run(cmd, cwd)
    return time.perf_counter() - started


def _script(cmd: list[str], cwd: Path) -> None:
    subprocess.run(cmd, cwd=cwd, check=True, capture_output=True)


def raw_once(tree: Path) -> float:
    total = 0.0
    for spec in sorted((tree / "specs").glob("*.yaml")):
        out = Path(tempfile.mkdtemp())
        for command in codegen.commands(spec, out):  # one after the other, as codegen.py's arguments say
            total += timed(command, out)
        shutil.rmtree(out)
    return total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp)
        for name in ("scripts", "specs", "generated"):
            shutil.copytree(ROOT / name, tree / name, ignore=shutil.ignore_patterns("__pycache__"))
        script = [sys.executable, str(tree / "scripts" / "codegen.py")]
        raw = statistics.median(raw_once(tree) for _ in range(args.repeat))
        full = statistics.median(timed([*script, "--force"], tree, _script) for _ in range(args.repeat))
        noop = statistics.median(timed(script, tree, _script) for _ in range(args.repeat * 4))
    specs = len(list((ROOT / "specs").glob("*.yaml")))
    print(f"specs: {specs}")
    print(f"raw generators, sequential: {raw:.3f} s")
    print(f"codegen.py --force (full):  {full:.3f} s   ratio full/raw = {full / raw:.2f}  (target <= 1.00)")
    print(f"codegen.py no-op:           {noop:.3f} s   (target <= 0.300)")


if __name__ == "__main__":
    main()
