"""Schemathesis against the Fusara mock: all checks, stateful links, auth (403 for a bad key); every operation
passes on evidence (a validated answer in its success class)."""

from __future__ import annotations

from mediagen.testing._contract import run_contract


def test_fusara_mock_conforms_to_its_spec() -> None:
    result = run_contract("fusara", max_examples=10)
    assert result.ok and not result.not_passed(), result.not_passed()
    assert len(result.operations) == 11 and all(op.validated and op.checks_run for op in result.operations)
