"""Issue #13: adding a provider is a spec, an adapter and a mock; nothing is registered by hand.

A toy provider (``tests/toy``: ``toy.yaml``, ``toy.py``, ``toy_mock.py``) is generated with the project's codegen and
installed the way a third party's distribution would be: its package and a ``.dist-info`` declaring the
``mediagen.providers`` and ``mediagen.mocks`` entry points, on ``sys.path``. Then it is found (``NAMES``, ``MOCKS``),
lazily loaded (``from mediagen import toy``), its contract suite passes against its mock, and submit → wait works
through the public API, sync and async. Nothing under ``overlay/`` names it.
"""

from __future__ import annotations

import importlib
import importlib.util
import multiprocessing.forkserver
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import mediagen
import pytest
import yaml
from mediagen import JobFailedError, JobStatus
from mediagen._schema import SpecSchema
from mediagen.testing import MockEngine
from mediagen.testing._contract import run_contract
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parent.parent
TOY = ROOT / "tests" / "toy"
#: Everything the toy needed: a spec, an adapter, a mock.
FILES = {"toy.yaml": "spec", "toy.py": "adapter", "toy_mock.py": "mock"}
#: What the toy's distribution declares (``[project.entry-points."mediagen.providers"] toy = "toy"`` and the same
#: for ``mediagen.mocks``): pip writes it to ``<dist>.dist-info/entry_points.txt``.
ENTRY_POINTS = "[mediagen.providers]\ntoy = toy\n\n[mediagen.mocks]\ntoy = toy_mock\n"
TOY_MODULES = ("toy", "toy_mock", "toy_client")


def _codegen() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_mediagen_codegen", ROOT / "scripts" / "codegen.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def toy_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What ``pip install mediagen-toy`` would leave in a site directory: the generated ``toy_client`` (the project's
    codegen, as for ``generated/``) and the distribution's metadata with its entry points."""
    site = tmp_path_factory.mktemp("toy-site")
    codegen = _codegen()
    with tempfile.TemporaryDirectory(prefix="mediagen-toy-") as work:
        files = codegen.generate(TOY / "toy.yaml", Path(work))
    codegen.write_tree(site / "toy_client", files)
    dist = site / "mediagen_toy-0.1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: mediagen-toy\nVersion: 0.1.0\n")
    (dist / "entry_points.txt").write_text(ENTRY_POINTS)
    return site


def _rediscover() -> None:
    """Discovery runs once, when ``mediagen`` is imported: run it again as a new process would (adapters, the
    lazy ``mediagen.<name>``, mocks)."""
    importlib.invalidate_caches()
    for name in ("mediagen.providers", "mediagen", "mediagen.testing"):
        importlib.reload(sys.modules[name])


def _stop_fork_server() -> None:
    """Contract workers fork from one server process that imported ``mediagen`` (and so discovered the providers)
    when it started: stop it, so that the next run starts one that sees what is installed now."""
    multiprocessing.forkserver._forkserver._stop()  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def installed(toy_site: Path) -> Iterator[None]:
    """The toy installed (its site directory, and ``tests/toy`` for its two modules, on ``sys.path``, and on
    ``PYTHONPATH`` for the contract run's fork server, which Python 3.11 starts with its own ``sys.path``) for this
    module's tests; afterwards every trace of it is gone: paths, modules, discovery, caches, the fork server."""
    saved, saved_env = list(sys.path), os.environ.get("PYTHONPATH")
    sys.path[:0] = [str(toy_site), str(TOY)]
    os.environ["PYTHONPATH"] = os.pathsep.join([str(toy_site), str(TOY), *filter(None, [saved_env])])
    _stop_fork_server()
    _rediscover()
    try:
        yield
    finally:
        sys.path[:] = saved
        if saved_env is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = saved_env
        for name in [n for n in sys.modules if n.partition(".")[0] in TOY_MODULES]:
            del sys.modules[name]
        vars(mediagen).pop("toy", None)  # mediagen.__getattr__ keeps what it loaded
        SpecSchema.of.__func__.cache_clear()  # type: ignore[attr-defined]
        _stop_fork_server()
        _rediscover()
        assert "toy" not in sys.modules["mediagen.providers"].NAMES
        assert "toy" not in sys.modules["mediagen.testing"].MOCKS


def _toy() -> Any:
    """The toy's adapter, through the public API (``mediagen.toy``, loaded on first use)."""
    from mediagen import toy

    return toy


def test_a_spec_an_adapter_and_a_mock_nothing_registered() -> None:
    """The toy needed three files of its own, and nothing in the package (nor codegen) names it."""
    assert sorted(p.name for p in TOY.iterdir() if p.is_file()) == sorted(FILES)
    validate(yaml.safe_load((TOY / "toy.yaml").read_text()))
    mentions = re.compile(r"(?<![a-z])toy(?![a-z])", re.IGNORECASE)
    named = [
        str(path.relative_to(ROOT))
        for path in [*(ROOT / "overlay").rglob("*"), ROOT / "scripts" / "codegen.py"]
        if path.is_file() and path.suffix != ".pyc" and mentions.search(path.read_text(errors="replace") + path.name)
    ]
    assert named == []


def test_found_and_loaded_on_first_use(installed: None) -> None:
    import mediagen.providers
    import mediagen.testing

    assert "toy" in mediagen.providers.NAMES and "toy" in mediagen.testing.MOCKS
    assert "toy" not in sys.modules  # found from metadata; the adapter is not imported until it is used
    from mediagen import toy

    assert toy is sys.modules["toy"] and toy is mediagen.providers.load("toy")
    provider = mediagen.providers.PROVIDERS["toy"]  # its facts, read from the spec
    assert (provider.name, provider.base_url, provider.env_var) == ("toy", "https://api.toy.invalid", "TOY_API_KEY")
    assert provider.credential_headers("k") == {"Authorization": "Bearer k"}


def test_contract_suite_passes_against_its_mock(installed: None) -> None:
    """The same run as ``mediagen contract toy``: every operation passes on evidence (a run that saw nothing fails)."""
    result = run_contract("toy", max_examples=10)
    assert result.ok and not result.not_passed(), result.not_passed()
    assert [(op.label, op.verdict) for op in result.operations] == [
        ("POST /v1/jobs", "pass"),
        ("GET /v1/jobs/{id}", "pass"),
    ]
    assert result.requests_sent > 0
    assert all(op.validated > 0 and op.checks_run > 0 and op.success_answers > 0 for op in result.operations)


def test_submit_then_wait(installed: None, mock_provider: Callable[..., MockEngine]) -> None:
    toy = _toy()
    engine = mock_provider("toy")
    with toy.Toy(api_key=engine.provider.api_key, transport=engine.transport()) as api:
        job = api.submit("a red fox", count=2)
        assert job.status is JobStatus.QUEUED and not job.outputs
        done = api.wait(job)
        assert done.status is JobStatus.SUCCEEDED and len(done.outputs) == 2 and done.id == job.id
        assert api.run("a blue fox").outputs
        engine.provider.fail_next_job("out of foxes")
        with pytest.raises(JobFailedError, match="out of foxes"):
            api.run("a green fox")
    assert engine.counts["create_job"] == 3


async def test_submit_then_wait_async(installed: None, mock_provider: Callable[..., MockEngine]) -> None:
    toy = _toy()
    engine = mock_provider("toy")
    async with toy.AsyncToy(api_key=engine.provider.api_key, transport=engine.transport()) as api:
        job = await api.submit("a red fox", count=3)
        done = await api.wait(job)
        assert done.status is JobStatus.SUCCEEDED and len(done.outputs) == 3
        assert (await api.get(job.id)).outputs == done.outputs
