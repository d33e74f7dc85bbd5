"""Money safety against a hostile server (tests/money_scenarios.py): every scenario passes, and the figures that
matter most are exact. ``python -m tests.money_scenarios`` prints the whole table."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests import money_scenarios as m

NAMES = [f"scenario{i}" for i in range(len(m.scenarios()))]


@pytest.mark.parametrize("index", range(len(m.scenarios())), ids=NAMES)
def test_every_hostile_scenario_passes(index: int) -> None:
    row = m.scenarios()[index]()
    assert row.calls > 0, "a scenario that made no call proves nothing"
    assert row.passed, m.table([row])


@pytest.mark.parametrize("script", [[500], [503], [429], [402], [m.DROP], [500, 500, 500]])
def test_an_unknown_outcome_after_paying_is_one_signature_and_the_caller_is_told(script: list[int | str]) -> None:
    row = m._hostile_row(f"billed then {script}", script, loopback=script == [m.DROP])
    assert (row.signatures, row.settled_calls, row.ok, row.maybe_paid) == (1, 1, 0, 1)
    assert row.wallet_counts == Decimal("0.065")


def test_ten_calls_never_settle_more_than_the_budget() -> None:
    row = m._hostile_row("10 x billed then 402", [402] * 10, calls=10, budget="0.10")
    assert row.settled_usd <= Decimal("0.10") and row.signatures == 1
    assert row.errors.count("PaymentError") == 9  # refused locally: the outstanding signature uses the budget


def test_sixteen_threads_share_the_budget_exactly() -> None:
    row = m._hostile_row("race", [], threads=16, budget="0.50", loopback=True)
    assert row.ok == 7 and row.settled_usd == Decimal("0.455") == row.wallet_counts


def test_a_long_validity_is_cut_to_max_validity_and_a_non_integer_one_is_refused() -> None:
    assert m._validity_row("10 years", 10 * 365 * 86400).max_validity == 300
    refused = m._validity_row("1e40", 1e40)
    assert refused.signatures == 0 and refused.errors == ["PaymentError"]


def test_a_purchase_whose_answer_is_lost_is_recovered_by_its_key_not_bought_again() -> None:
    row = m._purchase_row()
    assert row.settled_calls == 40 and row.maybe_paid == 40 and row.ok == 40


def test_a_seisoai_result_fetch_is_never_paid() -> None:
    """The gateway takes x402 only on invoke, batch and orchestrate: a 402 on a queue result is raised, unpaid."""
    from mediagen import PaymentRequiredError
    from seisoai_client.api.default import get_job_result

    server, wallet = m.HostileX402(), m._wallet()
    api = m._invoke_api(wallet, base_url="http://gateway.test", transport=server.transport())
    with pytest.raises(PaymentRequiredError) as caught:
        api.call(get_job_result, job_id="job-1", model="fal-ai/flux")
    assert server.signatures == [] and wallet.payments == [] and caught.value.payment is None


def test_a_mock_answers_a_100000_deep_body_with_a_400_not_a_crash() -> None:
    import eth_account  # noqa: F401  (py_ecc raises the recursion limit to 100,000 on import)
    import httpx
    from mediagen.testing import mock

    engine, deep = mock("seisoai"), b"[" * 100_000 + b"]" * 100_000
    with httpx.Client(transport=engine.transport(), base_url="http://mock.test") as http:
        for _ in range(3):
            answer = http.post("/api/gateway/invoke", content=deep, headers={"content-type": "application/json"})
            assert answer.status_code == 400 and "nested too deeply" in answer.text
