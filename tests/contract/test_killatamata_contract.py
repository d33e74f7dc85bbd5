"""Schemathesis against the Killa Tamata mock: 57 operations, all checks, stateful links (submit → status), auth
(bearer key and browser session), warnings fail."""

from __future__ import annotations

from mediagen.testing._contract import run_contract


def test_killatamata_mock_conforms_to_its_spec() -> None:
    result = run_contract("killatamata", max_examples=10)
    assert result.ok, result.output
    assert len(result.operations) == 57 and all(op.selected and not op.failures for op in result.operations)
    assert "Stateful" in result.output and not any(result.warnings.values())
