"""Regenerate generated/<provider>_client from specs/<provider>.yaml.

Each spec becomes an openapi-python-client package (attrs + httpx, sync and async) with the
datamodel-code-generator pydantic v2 models beside it as ``<provider>_client.pydantic_models``, and
a copy of the spec as ``<provider>_client/openapi.yaml`` and, compact, ``openapi.json`` (what the overlay, the mocks
and local validation read at run time).

    python scripts/codegen.py            # redo only specs whose inputs or outputs changed
    python scripts/codegen.py --force    # redo every spec
    python scripts/codegen.py --check    # regenerate in a temp dir, list drifted files, exit 1 on drift
    python scripts/codegen.py seele      # limit to some providers

``generated/codegen.lock.json`` records, per spec, a hash of the inputs (spec bytes, the shared config, this
script, the generator versions) and of the generated tree; a spec whose two hashes still match is skipped
without starting a generator. Output is deterministic: no timestamps, no caches, sorted lock file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from importlib.metadata import version
from pathlib import Path

import orjson
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
OUT = ROOT / "generated"
LOCK = OUT / "codegen.lock.json"
CONFIG = Path(__file__).resolve().parent / "openapi-python-client.yaml"
GENERATORS = ("openapi-python-client", "datamodel-code-generator", "ruff")
DATAMODEL_ARGS = [
    "--input-file-type",
    "openapi",
    "--output-model-type",
    "pydantic_v2.BaseModel",
    "--target-python-version",
    "3.11",
    "--disable-timestamp",
    "--use-annotated",
    "--field-constraints",
    "--use-double-quotes",
    "--use-standard-collections",
    "--use-union-operator",
    "--use-schema-description",
    "--use-field-description",
    "--capitalise-enum-members",
    "--formatters",
    "ruff-format",
    "ruff-check",
]


def package_name(spec: Path) -> str:
    return f"{spec.stem}_client"


def input_hash(spec: Path, versions: dict[str, str]) -> str:
    h = hashlib.sha256()
    for part in (spec.read_bytes(), CONFIG.read_bytes(), Path(__file__).read_bytes()):
        h.update(hashlib.sha256(part).digest())
    h.update(json.dumps(versions, sort_keys=True).encode())
    return h.hexdigest()


def tree_files(root: Path) -> dict[str, bytes]:
    if not root.is_dir():
        return {}
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def tree_hash(files: dict[str, bytes]) -> str:
    h = hashlib.sha256()
    for name, data in sorted(files.items()):
        h.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    return h.hexdigest()


def run(cmd: list[str], cwd: Path) -> None:
    """Run one generator (``commands``) in ``cwd``; RuntimeError on a failure or a warning."""
    env = dict(os.environ)
    # The generators' post hooks call `ruff`; use the one pinned next to this interpreter.
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    if done.returncode != 0 or "Warning" in done.stdout:
        raise RuntimeError(f"{cmd[2]} failed on {cmd[-1]}:\n{done.stdout}\n{done.stderr}")


def commands(spec: Path, workdir: Path) -> tuple[list[str], list[str]]:
    """The two generator runs for one spec (openapi-python-client, then datamodel-code-generator), writing into
    ``workdir``: the package ``workdir/<package>`` and ``workdir/pydantic_models.py``."""
    pkg = package_name(spec)
    config = workdir / "config.yaml"
    config.write_text(CONFIG.read_text() + f"package_name_override: {pkg}\n")
    opc = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--meta",
        "none",
        "--fail-on-warning",
        "--config",
        str(config),
        "--output-path",
        str(workdir / pkg),
        "--path",
        str(spec),
    ]
    dcg = [
        sys.executable,
        "-m",
        "datamodel_code_generator",
        *DATAMODEL_ARGS,
        "--output",
        str(workdir / "pydantic_models.py"),
        "--input",
        str(spec),
    ]
    return opc, dcg


def generate(spec: Path, workdir: Path) -> dict[str, bytes]:
    """Run both generators on one spec (concurrently) and return the package's files."""
    target = workdir / package_name(spec)
    opc, dcg = commands(spec, workdir)
    with ThreadPoolExecutor(2) as pool:
        for future in [pool.submit(run, opc, workdir), pool.submit(run, dcg, workdir)]:
            future.result()
    shutil.move(workdir / "pydantic_models.py", target / "pydantic_models.py")
    (target / "py.typed").write_text("")
    # The package ships the spec it was made from: the mocks and local validation read it from there, as compact
    # JSON (orjson reads it in a millisecond; the YAML, kept for people, costs the pure-Python loader ~0.3 s).
    shutil.copyfile(spec, target / "openapi.yaml")
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    (target / "openapi.json").write_bytes(orjson.dumps(document) + b"\n")  # the YAML's order: it is meaningful
    for cache in target.rglob(".ruff_cache"):
        shutil.rmtree(cache)
    return tree_files(target)


def write_tree(root: Path, files: dict[str, bytes]) -> None:
    if root.exists():
        shutil.rmtree(root)
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def drift(current: dict[str, bytes], expected: dict[str, bytes]) -> list[str]:
    names = sorted(set(current) | set(expected))
    return [n for n in names if current.get(n) != expected.get(n)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("providers", nargs="*", help="limit to these specs (default: all in specs/)")
    parser.add_argument("--check", action="store_true", help="regenerate to a temp dir and fail on drift")
    parser.add_argument("--force", action="store_true", help="regenerate even when nothing changed")
    args = parser.parse_args(argv)

    specs = sorted(SPECS.glob("*.yaml"))
    if args.providers:
        unknown = set(args.providers) - {s.stem for s in specs}
        if unknown:
            parser.error(f"no spec for: {', '.join(sorted(unknown))}")
        specs = [s for s in specs if s.stem in args.providers]
    versions = {name: version(name) for name in GENERATORS}
    lock = json.loads(LOCK.read_text()) if LOCK.exists() else {"specs": {}}
    entries: dict[str, dict[str, str]] = dict(lock.get("specs", {}))

    todo = []
    for spec in specs:
        want = input_hash(spec, versions)
        current = tree_files(OUT / package_name(spec))
        entry = entries.get(spec.stem, {})
        unchanged = entry.get("input") == want and entry.get("output") == tree_hash(current)
        if args.check or args.force or not unchanged:
            todo.append((spec, want, current))
    if not todo:
        print(f"codegen: {len(specs)} spec(s) up to date")
        return 0

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="mediagen-codegen-") as tmp:
        dirs = [Path(tmp) / spec.stem for spec, _, _ in todo]
        for d in dirs:
            d.mkdir()
        with ThreadPoolExecutor(max(1, os.cpu_count() or 1)) as pool:
            results = list(pool.map(generate, [spec for spec, _, _ in todo], dirs))

    drifted: list[str] = []
    for (spec, want, current), files in zip(todo, results, strict=True):
        pkg = package_name(spec)
        changed = drift(current, files)
        drifted += [f"generated/{pkg}/{name}" for name in changed]
        if not args.check:
            if changed:
                write_tree(OUT / pkg, files)
            entries[spec.stem] = {"input": want, "output": tree_hash(files)}
    if args.check:
        stale = [s.stem for s, want, _ in todo if entries.get(s.stem, {}).get("input") != want]
        drifted += [f"generated/codegen.lock.json ({name})" for name in stale]
        if drifted:
            print("codegen --check: generated/ does not match specs/; run `python scripts/codegen.py`:")
            print("\n".join(f"  {name}" for name in drifted))
            return 1
        print(f"codegen --check: {len(todo)} spec(s) match ({time.perf_counter() - started:.1f}s)")
        return 0
    known = {s.stem for s in SPECS.glob("*.yaml")}
    lock = {"generators": versions, "specs": {k: v for k, v in sorted(entries.items()) if k in known}}
    LOCK.write_text(json.dumps(lock, indent=2, sort_keys=True) + "\n")
    print(f"codegen: regenerated {', '.join(s.stem for s, _, _ in todo)} in {time.perf_counter() - started:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
