"""Schemathesis against the Fusara mock: all checks, stateful links, auth (403 for a bad key), warnings fail."""

from __future__ import annotations

from mediagen.testing._contract import run_contract


def test_fusara_mock_conforms_to_its_spec() -> None:
    result = run_contract("fusara", max_examples=10)
    assert result.ok, result.output
    assert len(result.operations) == 11 and all(not op.failures for op in result.operations)
