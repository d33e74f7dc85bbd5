"""``mypy --strict`` on a downstream program, against mediagen-clients installed as a user installs it.

    python scripts/check_downstream.py [--only wheel|editable] [--keep] [-v]

For each install (a freshly built wheel; ``pip install -e <repo>``) a fresh venv gets it and the pinned mypy (the
``dev`` extra's pin), ``tests/downstream/app.py`` is copied to a folder outside the repository, and
``mypy --strict app.py`` runs there with no config file, so ``mediagen`` and the ``<provider>_client`` packages are
found only through the install (PEP 561: their ``py.typed``). One line per install; exit 1 if any fails.
The two installs run side by side and pip's cache is reused, so a warm run takes well under a minute.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "tests" / "downstream" / "app.py"
KINDS = ("wheel", "editable")
VERBOSE = False


def mypy_pin() -> str:
    """The ``mypy==X`` requirement of the dev extra in pyproject.toml."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    for requirement in project["optional-dependencies"]["dev"]:
        if requirement.replace(" ", "").startswith("mypy=="):
            return str(requirement)
    raise SystemExit("pyproject.toml: no mypy==... pin in the dev extra")


def clean_env() -> dict[str, str]:
    """The environment without paths that would show mypy the repository instead of the install."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MYPYPATH", "VIRTUAL_ENV")}


@dataclass
class Result:
    kind: str
    ok: bool
    seconds: float
    summary: str
    output: str = ""


def _run(argv: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    started = time.perf_counter()
    done = subprocess.run(argv, cwd=cwd, env=clean_env(), capture_output=True, text=True)
    if VERBOSE:
        print(f"  {time.perf_counter() - started:5.1f} s  {' '.join(argv)}", file=sys.stderr)
    return done


def _python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def check(kind: str, work: Path, mypy: str) -> Result:
    """Build (for the wheel), install into a fresh venv, and type-check the downstream program there."""
    started = time.perf_counter()

    def failed(argv: list[str], done: subprocess.CompletedProcess[str]) -> Result:
        return Result(
            kind, False, time.perf_counter() - started, f"`{' '.join(argv[:7])} ...` failed", done.stdout + done.stderr
        )

    if kind == "wheel":
        dist = work / "dist"
        argv = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)]
        if (done := _run(argv)).returncode != 0:
            return failed(argv, done)
        target = [str(next(dist.glob("mediagen_clients-*.whl")))]
    else:
        target = ["-e", str(ROOT)]
    venv = work / f"venv-{kind}"
    # No pip in the venv: this interpreter's pip installs into it (pip --python), which saves a bootstrap per venv.
    pip = [sys.executable, "-m", "pip", "--python", str(_python(venv)), "--disable-pip-version-check"]
    for argv in (
        [sys.executable, "-m", "venv", "--without-pip", str(venv)],
        [*pip, "install", "-q", "--no-compile", *target, mypy],
    ):
        if (done := _run(argv)).returncode != 0:
            return failed(argv, done)
    project = work / f"project-{kind}"  # outside the repository: nothing but the program
    project.mkdir()
    shutil.copy(APP, project / "app.py")
    argv = [str(_python(venv)), "-m", "mypy", "--strict", "--config-file=", "--cache-dir", os.devnull, "app.py"]
    done = _run(argv, cwd=project)
    lines = (done.stdout + done.stderr).strip().splitlines()
    summary = lines[-1] if lines else f"mypy exited {done.returncode}"
    return Result(kind, done.returncode == 0, time.perf_counter() - started, summary, done.stdout + done.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--only", choices=KINDS, help="check one install only")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (venvs, wheel) and say where")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each command with its time")
    args = parser.parse_args(argv)
    global VERBOSE
    VERBOSE = args.verbose
    kinds = [args.only] if args.only else list(KINDS)
    mypy = mypy_pin()
    work = Path(tempfile.mkdtemp(prefix="mediagen-downstream-"))
    try:
        with ThreadPoolExecutor(len(kinds)) as pool:
            results = list(pool.map(lambda kind: check(kind, work, mypy), kinds))
    finally:
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    for result in results:
        verdict = "ok" if result.ok else "FAILED"
        print(f"{result.kind:<8} {verdict:<6} {result.seconds:5.1f} s  mypy --strict app.py ({mypy}): {result.summary}")
        if not result.ok:
            print("    " + result.output.strip().replace("\n", "\n    "))
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
