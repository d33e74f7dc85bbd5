"""Schemathesis against the Seisoai mock: 22 routes, all checks, stateful links (invoke → job status → result),
the API key configured (never a payment), warnings fail."""

from __future__ import annotations

from mediagen.testing._contract import run_contract


def test_seisoai_mock_conforms_to_its_spec() -> None:
    result = run_contract("seisoai", max_examples=10)
    assert result.ok, result.output
    assert len(result.operations) == 22 and all(op.selected and not op.failures for op in result.operations)
    assert "Stateful" in result.output and not any(result.warnings.values())
