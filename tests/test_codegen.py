"""scripts/codegen.py: deterministic output, --check lists drift, unchanged specs are skipped."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for name in ("scripts", "specs", "generated"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def codegen(tree: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(tree / "scripts" / "codegen.py"), *args], capture_output=True, text=True)


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_committed_tree_matches_specs(tree: Path) -> None:
    done = codegen(tree, "--check")
    assert done.returncode == 0, done.stdout + done.stderr


def test_hand_edit_is_drift_and_is_listed(tree: Path) -> None:
    victim = tree / "generated" / "seele_client" / "models" / "job.py"
    victim.write_text(victim.read_text() + "\n# edited by hand\n")
    (tree / "generated" / "seele_client" / "stray.py").write_text("")
    done = codegen(tree, "--check")
    assert done.returncode == 1
    assert "generated/seele_client/models/job.py" in done.stdout
    assert "generated/seele_client/stray.py" in done.stdout


def test_noop_run_skips_and_regeneration_is_byte_identical(tree: Path) -> None:
    before = snapshot(tree / "generated")
    assert "up to date" in codegen(tree).stdout
    forced = codegen(tree, "--force")
    specs = ", ".join(sorted(p.stem for p in (tree / "specs").glob("*.yaml")))
    assert forced.returncode == 0 and f"regenerated {specs} in" in forced.stdout
    assert snapshot(tree / "generated") == before  # same bytes on every run, no caches left behind


def test_changed_spec_is_redone_and_check_fails_until_then(tree: Path) -> None:
    spec = tree / "specs" / "seele.yaml"
    spec.write_text(spec.read_text().replace("Opaque file identifier for file_ids.", "Opaque file id."))
    check = codegen(tree, "--check")
    assert check.returncode == 1 and "pydantic_models.py" in check.stdout
    assert "regenerated seele in" in codegen(tree).stdout  # only the changed spec
    assert "Opaque file id." in (tree / "generated" / "seele_client" / "pydantic_models.py").read_text()
    assert codegen(tree, "--check").returncode == 0
