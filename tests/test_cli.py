"""The main job: ``mediagen contract`` prints a table per provider and its exit code tells pass or fail; every user
mistake is one line naming the fix, exit 2."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from mediagen.cli import app
from mediagen.testing import mock
from mediagen.testing._serve import serving
from typer.testing import CliRunner

runner = CliRunner(env={"COLUMNS": "200"})
FAST = ["--rate", "500"]  # loopback only: the default pace is for real APIs


def one_line(output: str) -> str:
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == 1, output
    assert "Traceback" not in output
    return lines[0]


def test_contract_against_the_builtin_mock_passes(tmp_path: Path) -> None:
    junit, report = tmp_path / "contract.xml", tmp_path / "contract.json"
    result = runner.invoke(app, ["contract", "seele", "--max-examples", "10", "--report", "junit", str(junit)])
    assert result.exit_code == 0, result.output
    for label in ("POST /v2/api/files", "POST /v2/api/jobs", "GET /v2/api/jobs/{job_id}"):
        assert label in result.output
    assert "FAIL" not in result.output and "seele: passed (exit 0): 4 pass" in result.output
    # Not a terminal: progress is plain lines, phase by phase.
    assert "seele: examples phase" in result.output and "seele: stateful phase" in result.output
    suite = ET.parse(junit).getroot().find("testsuite")
    assert suite is not None and suite.get("tests") == "4" and suite.get("failures") == "0"
    again = runner.invoke(app, ["contract", "seele", "--max-examples", "3", "--report", "json", str(report)])
    data = json.loads(report.read_text())
    [seele] = data["providers"]
    assert again.exit_code == data["exit_code"] == seele["exit_code"] == 0
    assert all(op["verdict"] == "pass" and op["requests"] > 0 and op["validated"] > 0 for op in seele["operations"])


def test_live_run_skips_billable_operations_by_default() -> None:
    from mediagen import seele

    engine = mock("seele")
    existing = seele.Seele(engine.provider.api_key, transport=engine.transport()).submit("an existing job").id
    engine.calls.clear()
    with serving(engine.asgi_app()) as url:
        base = ["contract", "seele", "--base-url", url, "--api-key", engine.provider.api_key, "--max-examples", "5"]
        result = runner.invoke(app, [*base, *FAST, "--param", f"job_id={existing}"])
        assert result.exit_code == 0, result.output
        assert "1 pass, 3 skipped" in result.output and "stateful phase" not in result.output  # nothing to link
        assert {c.operation for c in engine.calls} <= {"get_job", None}  # nothing billable was called
        assert engine.provider.jobs.keys() == {existing}
        # Without a job to look at, a read-only run cannot succeed, and says what to do.
        unpinned = runner.invoke(app, [*base, *FAST])
    assert unpinned.exit_code == 1 and "not exercised" in unpinned.output
    assert "--param job_id=<an existing one>" in unpinned.output


def test_live_run_with_a_bad_key_fails() -> None:
    """A run that never authenticated is a failure, not a pass, and the row says why."""
    engine = mock("seele")
    with serving(engine.asgi_app()) as url:
        result = runner.invoke(
            app,
            [
                "contract",
                "seele",
                "--base-url",
                url,
                "--api-key",
                "sk-wrong",
                "--allow-billable",
                "--max-examples",
                "3",
                *FAST,
            ],
        )
    assert result.exit_code == 1
    assert "pass " not in result.output and "is the key right?" in result.output


def test_live_run_takes_the_key_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from mediagen import seele

    engine = mock("seele")
    existing = seele.Seele(engine.provider.api_key, transport=engine.transport()).submit("job").id
    monkeypatch.setenv("SEELE_API_KEY", engine.provider.api_key)
    with serving(engine.asgi_app()) as url:
        result = runner.invoke(
            app, ["contract", "seele", "--base-url", url, "--param", f"job_id={existing}", "--max-examples", "3", *FAST]
        )
    assert result.exit_code == 0, result.output
    assert "paced at 500/s, budget 200 (--rate; otherwise default: the spec documents no rate limit)" in result.output


@pytest.mark.parametrize(
    ("args", "fix"),
    [
        (["contract", "nope"], "unknown provider nope: choose from fusara"),
        (["contract", "seele", "mediaio", "--base-url", "http://127.0.0.1:9"], "exactly one provider"),
        (["contract", "seele", "--base-url", "http://127.0.0.1:9"], "set SEELE_API_KEY or pass --api-key"),
        (["contract", "seele", "--param", "job_id"], "--param takes NAME=VALUE"),
        (["contract", "seele", "--report", "xml", "out.xml"], "--report takes FORMAT PATH with FORMAT json or junit"),
        (["contract", "seele", "--report", "json", "/nonexistent/dir/r.json"], "does not exist"),
        (["contract", "seele", "--rate", "2"], "--rate and --max-requests pace a live run"),
        (["contract", "seele", "--base-url", "ftp://x", "--api-key", "k"], "must be an http(s) URL"),
        (["mock", "serve", "nosuch"], "no mock for 'nosuch': choose from fusara"),
        (["mock", "serve", "seele", "--port", "99999"], "--port must be between 1 and 65535 (got 99999)"),
        (["login", "seele"], "device-link sign-in is documented by killatamata only"),
    ],
)
def test_a_mistake_is_one_line_naming_the_fix(args: list[str], fix: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SEELE_API_KEY", raising=False)
    result = CliRunner(env={"COLUMNS": "300"}).invoke(app, args)
    assert result.exit_code == 2
    line = one_line(result.stderr)
    assert line.startswith("mediagen: ") and fix in line and not result.stdout


def test_serving_on_a_port_in_use_says_so_before_any_banner() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(app, ["mock", "serve", "seele", "--port", str(port)])
    assert result.exit_code == 2 and not result.stdout  # no key banner for a server that never ran
    assert one_line(result.stderr) == f"mediagen: port {port} on 127.0.0.1 is in use: pick another with --port"


def test_login_to_an_unreachable_url_names_it() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again before the login tries it
    result = CliRunner().invoke(app, ["login", "killatamata", "--base-url", f"http://127.0.0.1:{port}"])
    assert result.exit_code == 2
    line = one_line(result.stderr)
    assert f"cannot reach http://127.0.0.1:{port}" in line and "Connection refused" in line and "--base-url" in line


def test_version() -> None:
    from importlib.metadata import version

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"mediagen-clients {version('mediagen-clients')}"


def test_a_missing_extra_is_named() -> None:
    """Without the testing extra (schemathesis not importable), the command names the extra to install."""
    code = "import sys; sys.modules['schemathesis'] = None\nfrom mediagen.cli import app\napp(['contract', 'seele'])\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert one_line(done.stderr) == (
        "mediagen: this needs the testing extra (schemathesis is missing): pip install 'mediagen-clients[testing]'"
    )


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
