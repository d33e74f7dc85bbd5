"""Installed size of the base install and of each extra, each in a fresh venv from a freshly built wheel.

    python scripts/bench_footprint.py [--extras cli,payments,ledger,pydantic,testing]

Prints, per install: the venv's site-packages size (MB) beyond an empty venv's, and the distributions it pulled.
Also checks that a base install imports mediagen and builds a client without the extras, and that the
``mediagen`` command names the ``cli`` extra when it is missing.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _site(venv: Path) -> Path:
    return next((venv / "lib").glob("python3*/site-packages"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--extras", default="cli,payments,ledger,pydantic,testing")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(work), str(ROOT)],
            check=True,
            capture_output=True,
        )
        wheel = next(work.glob("*.whl"))
        empty = work / "empty"
        subprocess.run([sys.executable, "-m", "venv", str(empty)], check=True)
        baseline = _size(_site(empty))
        print(f"{'install':<28} {'MB':>8}  distributions")
        for extra in ["", *args.extras.split(",")]:
            venv = work / (extra or "base")
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
            target = f"{wheel}[{extra}]" if extra else str(wheel)
            subprocess.run([str(venv / "bin/pip"), "install", "-q", target], check=True, capture_output=True)
            listed = subprocess.run(
                [str(venv / "bin/pip"), "list", "--format=freeze"], capture_output=True, text=True, check=True
            ).stdout.split()
            megabytes = (_size(_site(venv)) - baseline) / 1e6
            label = f"mediagen-clients[{extra}]" if extra else "mediagen-clients (base)"
            print(f"{label:<28} {megabytes:8.1f}  {len(listed)}")
            if not extra:
                code = "from mediagen import seele; seele.Seele('k'); print('ok')"
                out = subprocess.run([str(venv / "bin/python"), "-c", code], capture_output=True, text=True)
                print(f"  base: import and build a client: {out.stdout.strip() or out.stderr.strip()[-200:]}")
                cli = subprocess.run([str(venv / "bin/mediagen"), "--version"], capture_output=True, text=True)
                print(f"  base: mediagen --version -> exit {cli.returncode}: {cli.stderr.strip()}")


if __name__ == "__main__":
    main()
