"""Schemathesis against the Seele mock: all checks, every phase incl. stateful links, auth, warnings fail."""

from __future__ import annotations

from mediagen.testing._contract import run_contract


def test_seele_mock_conforms_to_its_spec() -> None:
    result = run_contract("seele", max_examples=100)
    assert result.ok, result.output
    assert "Stateful" in result.output and "3 covered / 3 selected / 3 total" in result.output
    assert all(op.selected and not op.failures for op in result.operations)
    assert not any(result.warnings.values())
