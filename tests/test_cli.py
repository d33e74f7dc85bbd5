"""The main job: ``mediagen contract`` prints a per-operation table and its exit code tells pass or fail."""

from __future__ import annotations

import pytest
from mediagen.cli import app
from mediagen.testing import mock
from mediagen.testing._serve import serving
from typer.testing import CliRunner

runner = CliRunner(env={"COLUMNS": "200"})


def test_contract_against_the_builtin_mock_passes() -> None:
    result = runner.invoke(app, ["contract", "seele", "--max-examples", "10"])
    assert result.exit_code == 0, result.output
    for label in ("POST /v2/api/files", "POST /v2/api/jobs", "GET /v2/api/jobs/{job_id}"):
        assert label in result.output
    assert "FAIL" not in result.output


def test_live_run_skips_billable_operations_by_default() -> None:
    from mediagen import seele

    engine = mock("seele")
    existing = seele.Seele(engine.provider.api_key, transport=engine.transport()).submit("an existing job").id
    engine.calls.clear()
    with serving(engine.asgi_app()) as url:
        base = ["contract", "seele", "--base-url", url, "--api-key", engine.provider.api_key, "--max-examples", "10"]
        result = runner.invoke(app, [*base, "--param", f"job_id={existing}"])
        assert result.exit_code == 0, result.output
        assert result.output.count("skipped (billable)") == 3
        assert {c.operation for c in engine.calls} <= {"get_job", None}  # nothing billable was called
        assert engine.provider.jobs.keys() == {existing}
        # Without a job to look at, a read-only run cannot succeed, and says what to do.
        unpinned = runner.invoke(app, base)
    assert unpinned.exit_code == 1 and "--param job_id=" in unpinned.output


def test_live_run_with_a_bad_key_fails() -> None:
    """A run that never authenticated is a failure, not a pass."""
    engine = mock("seele")
    with serving(engine.asgi_app()) as url:
        result = runner.invoke(app, ["contract", "seele", "--base-url", url, "--api-key", "sk-wrong",
                                     "--allow-billable", "--max-examples", "5"])  # fmt: skip
    assert result.exit_code == 1
    assert "missing_auth" in result.output


def test_unknown_provider_is_refused() -> None:
    result = runner.invoke(app, ["contract", "nope"])
    assert result.exit_code != 0 and "unknown provider" in result.output


def test_live_run_needs_exactly_one_provider() -> None:
    result = runner.invoke(app, ["contract", "seele", "seele", "--base-url", "http://127.0.0.1:9"])
    assert result.exit_code != 0 and "exactly one provider" in result.output


def test_live_run_takes_the_key_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from mediagen import seele

    engine = mock("seele")
    existing = seele.Seele(engine.provider.api_key, transport=engine.transport()).submit("job").id
    monkeypatch.setenv("SEELE_API_KEY", engine.provider.api_key)
    with serving(engine.asgi_app()) as url:
        result = runner.invoke(app, ["contract", "seele", "--base-url", url, "--param", f"job_id={existing}",
                                     "--max-examples", "5"])  # fmt: skip
    assert result.exit_code == 0, result.output


def test_login_prints_the_code_then_the_new_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """``mediagen login killatamata``: the code to confirm goes to stderr, the one-time key to stdout."""
    import mediagen
    from mediagen import killatamata

    engine = mock("killatamata")

    def browser_approves(seconds: float) -> None:  # the user confirms in a browser while the CLI waits
        for link in engine.provider.links.values():
            if link.status == "pending":
                engine.provider.approve(link.user_code)

    monkeypatch.setattr(mediagen._wait, "sleep", browser_approves)
    with serving(engine.asgi_app()) as url:
        result = CliRunner().invoke(app, ["login", "killatamata", "--label", "laptop", "--base-url", url])
        assert result.exit_code == 0, result.output
        [line] = [x for x in result.stdout.splitlines() if x.startswith("KILLATAMATA_API_KEY=")]
        key = line.split("=", 1)[1]
        assert "confirm the code" in result.stderr and key not in result.stderr
        with killatamata.KillaTamata(key, base_url=url) as api:
            assert api.balance() == engine.provider.starting_balance
    assert [k.label for k in engine.provider.keys.values()][-1] == "laptop"


def test_login_is_only_for_providers_with_device_links() -> None:
    result = runner.invoke(app, ["login", "seele"])
    assert result.exit_code != 0 and "killatamata" in result.output
