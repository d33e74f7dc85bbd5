"""Schemathesis against the Killa Tamata mock: 57 operations, all checks, stateful links (submit → status), auth
(bearer key and browser session). Every operation passes on evidence, except the four no contract run can reach,
which say why instead of passing."""

from __future__ import annotations

from mediagen.testing._contract import run_contract

OUT_OF_REACH = {
    "POST /api/v1/webhooks/stripe": "cannot sign",
    "POST /api/v1/webhooks/crypto": "cannot sign",
    "POST /api/v1/credits/purchase/x402": "never pays",
    "POST /api/v1/affiliates/me/apply": "affiliate already",
}


def test_killatamata_mock_conforms_to_its_spec() -> None:
    phases: list[str] = []
    result = run_contract(
        "killatamata",
        max_examples=10,
        on_progress=lambda _, e: phases.append(e["phase"]) if e["event"] == "phase" else None,
    )
    assert result.ok, result.not_passed()
    assert len(result.operations) == 57 and "stateful" in phases
    unreached = {label: why for label, verdict, why in result.not_passed() if verdict == "out of reach"}
    assert unreached.keys() == OUT_OF_REACH.keys() and len(result.not_passed()) == 4, result.not_passed()
    assert all(fragment in unreached[label] for label, fragment in OUT_OF_REACH.items())
    # ... and they were tried all the same: what they saw is on their rows.
    assert all(op.requests > 0 for op in result.operations if op.label in OUT_OF_REACH)
