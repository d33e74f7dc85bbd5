"""Schemathesis against the Media.io mock: errors inside HTTP 200 judged by envelope-aware checks."""

from __future__ import annotations

from mediagen.testing import mock
from mediagen.testing._contract import run_contract
from mediagen.testing._serve import serving


def test_mediaio_mock_conforms_to_its_spec() -> None:
    result = run_contract("mediaio", max_examples=25)
    assert result.ok and not result.not_passed(), result.not_passed()
    assert len(result.operations) == 24


def test_a_run_that_never_authenticates_fails() -> None:
    """The mock answers 200 + code 374004 to a bad key: that answer counts as the 401 it stands for, and
    envelope_auth turns it into a finding on each operation's row."""
    engine = mock("mediaio")
    with serving(engine.asgi_app()) as url:
        result = run_contract(
            "mediaio", base_url=url, api_key="mk-wrong", max_examples=3, rate=100.0, parameters={"task_id": "t"}
        )
    assert result.exit_code == 1
    tried = [op for op in result.operations if op.selected]
    assert tried and all(op.verdict == "FAIL" and not op.validated for op in tried)
    assert all(set(op.answers) == {"401"} for op in tried)
    assert all("envelope_auth: the configured key was refused" in op.reason for op in tried)
