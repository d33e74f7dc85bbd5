"""Schemathesis against the Media.io mock: errors inside HTTP 200 judged by envelope-aware checks."""

from __future__ import annotations

from mediagen.testing import mock
from mediagen.testing._contract import run_contract
from mediagen.testing._serve import serving


def test_mediaio_mock_conforms_to_its_spec() -> None:
    result = run_contract("mediaio", max_examples=25)
    assert result.ok, result.output
    assert len(result.operations) == 24 and all(not op.failures for op in result.operations)


def test_a_run_that_never_authenticates_fails() -> None:
    """The mock answers 200 + code 374004 to a bad key: envelope_auth must turn that into a failure."""
    engine = mock("mediaio")
    with serving(engine.asgi_app()) as url:
        result = run_contract("mediaio", base_url=url, api_key="mk-wrong", max_examples=3,
                              parameters={"task_id": "t"})  # fmt: skip
    assert not result.ok
    assert "envelope_auth" in result.output and "the configured key was refused" in result.output
