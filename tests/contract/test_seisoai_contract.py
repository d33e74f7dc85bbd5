"""Schemathesis against the Seisoai mock: 22 routes, all checks, stateful links (invoke → job status → result),
the API key configured (never a payment); every operation passes on evidence."""

from __future__ import annotations

from mediagen.testing import mock
from mediagen.testing._contract import run_contract
from mediagen.testing._serve import serving


def test_seisoai_mock_conforms_to_its_spec() -> None:
    phases: list[str] = []
    result = run_contract(
        "seisoai",
        max_examples=10,
        on_progress=lambda _, e: phases.append(e["phase"]) if e["event"] == "phase" else None,
    )
    assert result.ok and not result.not_passed(), result.not_passed()
    assert len(result.operations) == 22 and "stateful" in phases


def test_a_run_whose_key_is_not_honoured_fails() -> None:
    """The gateway ignores a key that is not sk_live_…: every paid call is then challenged for x402, which
    ``ignored_auth`` cannot see (it is off for payable routes); ``x402_auth`` must turn that into a finding on
    each payable route's row."""
    engine = mock("seisoai")
    with serving(engine.asgi_app()) as url:
        result = run_contract(
            "seisoai", base_url=url, api_key="sk_test_not_a_live_key", allow_billable=True, max_examples=3, rate=200.0
        )
    assert result.exit_code == 1
    challenged = [op for op in result.operations if "x402_auth" in op.reason]
    assert len(challenged) >= 5 and all(op.verdict == "FAIL" and "402" in op.answers for op in challenged)
    assert all("challenged for an x402 payment" in op.reason for op in challenged)
    assert engine.provider.x402.verified == 0  # and nothing was ever paid
