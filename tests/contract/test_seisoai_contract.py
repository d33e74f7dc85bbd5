"""Schemathesis against the Seisoai mock: 22 routes, all checks, stateful links (invoke → job status → result),
the API key configured (never a payment), warnings fail."""

from __future__ import annotations

from mediagen.testing._contract import run_contract


def test_seisoai_mock_conforms_to_its_spec() -> None:
    result = run_contract("seisoai", max_examples=10)
    assert result.ok, result.output
    assert len(result.operations) == 22 and all(op.selected and not op.failures for op in result.operations)
    assert "Stateful" in result.output and not any(result.warnings.values())


def test_a_run_whose_key_is_not_honoured_fails() -> None:
    """The gateway ignores a key that is not sk_live_…: every paid call is then challenged for x402, which
    ``ignored_auth`` cannot see (it is off for payable routes); ``x402_auth`` must turn that into a failure."""
    from mediagen.testing import mock
    from mediagen.testing._serve import serving

    engine = mock("seisoai")
    with serving(engine.asgi_app()) as url:
        result = run_contract("seisoai", base_url=url, api_key="sk_test_not_a_live_key", allow_billable=True,
                              max_examples=3)  # fmt: skip
    assert not result.ok
    assert "x402_auth" in result.output and "challenged for an x402 payment" in result.output
    assert engine.provider.x402.verified == 0  # and nothing was ever paid
