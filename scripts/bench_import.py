"""Start-up cost, as medians of fresh processes: what a service pays to import mediagen and build a client.

    python scripts/bench_import.py [--runs 7]

Run it with the interpreter of the install to measure: the project's venv (every extra), or a venv holding only
the wheel and pydantic (the baseline imports it), as a service would have.

Targets (issue 14): ``import mediagen`` <= 0.3 s, ``from mediagen import seele`` plus a client <= 0.5 s, beside the
baseline ``import httpx, pydantic`` measured in the same run. Last, mediagen's own share: ``import mediagen`` timed
inside processes that already imported httpx and pydantic (steadier than differences of whole processes).

The packages' bytecode is brought up to date first, as ``pip install`` does: in a checkout just edited, or where
PYTHONDONTWRITEBYTECODE is set (as on this machine), Python would otherwise compile every changed module again in
every process, and that is not what an installed client pays.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import statistics
import subprocess
import sys
import time

CASES = {
    "import httpx, pydantic (baseline)": "import httpx, pydantic",
    "import mediagen": "import mediagen",
    **{
        f"from mediagen import {name} + client": f"from mediagen import {name}; {name}.{cls}('k')"
        for name, cls in (
            ("seele", "Seele"),
            ("mediaio", "MediaIO"),
            ("fusara", "Fusara"),
            ("killatamata", "KillaTamata"),
            ("seisoai", "Seisoai"),
        )
    },
}


PACKAGES = ("mediagen", "seele_client", "mediaio_client", "fusara_client", "killatamata_client", "seisoai_client")


def _compile() -> None:
    """Write current .pyc files for mediagen and the generated packages (found without importing them)."""
    for name in PACKAGES:
        spec = importlib.util.find_spec(name)
        for folder in spec.submodule_search_locations or [] if spec else []:
            compileall.compile_dir(folder, quiet=1)


def _median(argv: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    _compile()
    empty = _median([sys.executable, "-c", "pass"], args.runs)
    print(f"{'case':<42} {'median s':>9} {'minus bare python':>18}")
    print(f"{'python -c pass':<42} {empty:9.3f} {0:18.3f}")
    for label, code in CASES.items():
        took = _median([sys.executable, "-c", code], args.runs)
        print(f"{label:<42} {took:9.3f} {took - empty:18.3f}")
    if importlib.util.find_spec("typer") is not None:  # the cli extra: a base install has no command to time
        cli = _median([sys.executable, "-m", "mediagen.cli", "--help"], args.runs)
        print(f"{'mediagen --help':<42} {cli:9.3f} {cli - empty:18.3f}")
    own = statistics.median(_own_import() for _ in range(args.runs))
    print(f"mediagen's own import, timed inside the process after httpx and pydantic: {own * 1000:.1f} ms median")


def _own_import() -> float:
    """Seconds ``import mediagen`` takes once httpx and pydantic are loaded: mediagen's share, without the noise
    of process start-up."""
    code = "import time, httpx, pydantic; t = time.perf_counter(); import mediagen; print(time.perf_counter() - t)"
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return float(done.stdout)


if __name__ == "__main__":
    main()
