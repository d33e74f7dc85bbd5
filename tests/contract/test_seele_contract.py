"""Schemathesis against the Seele mock: all checks, every phase incl. stateful links, auth; every operation passes on
evidence."""

from __future__ import annotations

from mediagen.testing._contract import run_contract


def test_seele_mock_conforms_to_its_spec() -> None:
    phases: list[str] = []
    result = run_contract(
        "seele", max_examples=100, on_progress=lambda _, e: phases.append(e["phase"]) if e["event"] == "phase" else None
    )
    assert result.ok and not result.not_passed(), result.not_passed()
    assert [p for p in phases if p in ("examples", "coverage", "fuzzing", "stateful")] == [
        "examples",
        "coverage",
        "fuzzing",
        "stateful",
    ]
    # The counts add up: every request the run sent is on an operation's row (or on a path none has).
    assert sum(op.requests for op in result.operations) <= result.requests_sent
    assert all(op.validated and op.answers.get("201", op.answers.get("200")) for op in result.operations)
