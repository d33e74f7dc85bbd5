"""A downstream program type-checks against the installed package (issue 14: ``mypy --strict`` passes on a program
that uses each provider, on a wheel install and on the editable install).

mypy runs on ``tests/downstream/app.py`` copied into a folder outside the repository, with no config file and no
MYPYPATH: ``mediagen`` is found only through this venv's install (``pip install -e '.[dev]'``), as a user's project
finds it. An editable install that mypy cannot follow (setuptools' import-hook finder) fails here with "Cannot find
implementation or library stub for module named 'mediagen'". ``scripts/check_downstream.py`` does the same on a
fresh wheel install and a fresh editable install.

The second test holds the public API to exact types: each annotated ``x: T = <call or attribute>`` in the program
is checked as ``assert_type(<call or attribute>, T)``, and ``--disallow-any-expr`` flags every value the program
uses whose type is ``Any``. What is still ``Any`` today is listed in ``KNOWN_ANY``, one source line of the program
each: a new one fails, and so does one that was fixed but is still listed (remove it).
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

APP = Path(__file__).parent / "downstream" / "app.py"

#: Lines of app.py where the public API still hands the program an ``Any`` (to be typed, then removed from here).
KNOWN_ANY: dict[str, str] = {}


def _env() -> dict[str, str]:
    """Without paths that would show mypy the repository instead of the installed package."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MYPYPATH")}


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mypy-cache")  # shared by the two runs: the library is analysed once


def _mypy(folder: Path, cache: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    argv = [sys.executable, "-m", "mypy", "--config-file=", "--strict", "--cache-dir", str(cache), *flags, "app.py"]
    return subprocess.run(argv, cwd=folder, env=_env(), capture_output=True, text=True, timeout=600)


def _exact(source: str) -> str:
    """``x: T = value`` → ``x: T = _exact(value, T)`` for calls, awaits, attributes and subscripts (the library's
    answers), on the same lines; ``_exact`` is ``typing.assert_type``, imported at the end."""
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def offset(lineno: int, col: int) -> int:  # ast columns count UTF-8 bytes
        return starts[lineno - 1] + len(lines[lineno - 1].encode()[:col].decode())

    edits = []
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign) and isinstance(
            node.value, ast.Call | ast.Await | ast.Attribute | ast.Subscript
        ):
            value, annotation = node.value, ast.get_source_segment(source, node.annotation)
            assert value.end_lineno is not None and value.end_col_offset is not None
            edits.append(
                (offset(value.lineno, value.col_offset), offset(value.end_lineno, value.end_col_offset), annotation)
            )
    for start, end, annotation in sorted(edits, reverse=True):
        source = f"{source[:start]}_exact({source[start:end]}, {annotation}){source[end:]}"
    return source + "\nfrom typing import assert_type as _exact  # noqa: E402\n"


def test_app_passes_mypy_strict_against_the_installed_package(tmp_path: Path, cache_dir: Path) -> None:
    (tmp_path / "app.py").write_text(APP.read_text())
    done = _mypy(tmp_path, cache_dir)
    assert done.returncode == 0, f"mypy --strict on tests/downstream/app.py, outside the repository:\n{done.stdout}"
    assert "Success: no issues found in 1 source file" in done.stdout


def test_public_types_are_exact_except_known_any(tmp_path: Path, cache_dir: Path) -> None:
    source = APP.read_text()
    (tmp_path / "app.py").write_text(_exact(source))
    done = _mypy(tmp_path, cache_dir, "--disallow-any-expr", "--hide-error-context", "--no-error-summary")
    lines = source.splitlines()
    found: dict[str, str] = {}
    for error in done.stdout.splitlines():
        match = re.match(r"app\.py:(\d+): error: (.*)$", error)
        if match is None:
            continue
        lineno, message = int(match[1]), match[2]
        # --disallow-any-expr also flags what merely contains Any (every coroutine is Coroutine[Any, Any, T]; a dict
        # passed to a Mapping[str, Any] parameter): only a value that IS Any, or an inexact annotation, counts here.
        if 'Expression has type "Any"' in message or "[assert-type]" in message:
            found.setdefault(lines[lineno - 1].strip(), message)
    new = {line: why for line, why in found.items() if line not in KNOWN_ANY}
    fixed = sorted(set(KNOWN_ANY) - set(found))
    report = "".join(f"\n  new: {line}\n       {why}" for line, why in new.items())
    report += "".join(f"\n  typed now, remove from KNOWN_ANY: {line}" for line in fixed)
    assert not new and not fixed, f"tests/downstream/app.py against the public API's types:{report}\n{done.stdout}"
