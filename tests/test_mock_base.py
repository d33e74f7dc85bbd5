"""One shape for every mock: a ``MockProvider`` made by its engine in one step, hooks with documented defaults, one way
to fail the next job; and the Killa Tamata mock's bills, read from the document independently of the client's quote."""

from __future__ import annotations

import inspect
from decimal import Decimal
from typing import Any

import grimp
import httpx
import pytest
from mediagen import killatamata
from mediagen.testing import MOCKS, MockEngine, MockProvider, _engine, mock

from tests._seeds import SEEDS, json_blocks

SEED = SEEDS / "001_10deece0474081f7.txt"


@pytest.mark.parametrize("name", sorted(MOCKS))
def test_every_mock_is_a_mock_provider_made_by_its_engine_in_one_step(name: str) -> None:
    engine = mock(name)
    assert isinstance(engine.provider, MockProvider) and type(engine.provider) is MOCKS[name]
    assert engine.provider.engine is engine and engine.provider.name == name
    assert not hasattr(engine.provider, "bind")
    assert engine.provider.job_failures == type(engine.provider.job_failures)()


def test_hooks_have_documented_defaults() -> None:
    seele = mock("seele").provider  # overrides none of the optional hooks
    request = _engine.MockRequest("GET", "/", {}, {}, b"", "http://mock")
    assert seele.concurrency is None and seele.idempotency is None
    assert seele.key_of(request) is None and seele.account_of(request) == "" and seele.tick() is None
    assert MockProvider.authenticate(seele, request) is None and MockProvider.control(seele, request) is None


@pytest.mark.parametrize(
    ("name", "headers", "key"),
    [
        ("seele", {"authorization": "Bearer sk-1"}, "sk-1"),  # bearerAuth
        ("seele", {"x-api-key": "sk-1"}, None),  # not a scheme Seele's spec names
        ("mediaio", {"x-api-key": "mk-1"}, "mk-1"),  # apiKeyAuth, header X-API-KEY
        ("killatamata", {"authorization": "Bearer kt_1", "x-api-key": "kt_2"}, "kt_1"),  # bearer first, as listed
        ("killatamata", {"x-api-key": "kt_2"}, "kt_2"),
        ("seisoai", {"x-api-key": "nope", "authorization": "Bearer sk_live_1"}, "sk_live_1"),  # others ignored
    ],
)
def test_every_mock_reads_the_key_as_its_spec_says(name: str, headers: dict[str, str], key: str | None) -> None:
    provider = mock(name).provider
    assert provider.key_of(_engine.MockRequest("GET", "/", {}, headers, b"", "http://mock")) == key


def test_the_engine_calls_hooks_directly() -> None:
    source = inspect.getsource(_engine.MockEngine)
    assert "getattr(" not in source and "hasattr(" not in source


def test_one_spelling_fails_the_next_job_on_every_mock() -> None:
    for name in MOCKS:
        provider = mock(name).provider
        provider.fail_next_job("reason", times=2)
        assert provider.next_job_failure() == "reason" and provider.next_job_failure() == "reason"
        assert provider.next_job_failure() is None
        provider.fail_next_job("reason")
        provider.reset()
        assert provider.next_job_failure() is None
        assert not any(hasattr(provider, old) for old in ("fail_next_task", "fail_jobs"))


# -- Killa Tamata's bills against the document ----------------------------------------------------------------------
# The document's printed submit examples that it prices, and the price its rules give them, worked by hand:
WORKED: dict[str, str] = {
    "video.combine": "0.010",  # 2 clips × $0.005, two-clip minimum
    # 66 characters at 15 chars/s (assumed): 5 s, in ">3s..7s $0.02"
    "audio.speak": "0.02",
    # 91 characters of transcript: 7 s, in "<=60s $0.03"
    "audio.annotation.reference": "0.03",
    # max($0.05, 108 s × 192 kbps × $0.000008)
    "ace.step.create": "0.165888",
    # max($0.01, 2 s × $0.004 + 1024 tokens × $0.000008)
    "moss.sound.effect": "0.016192",
}
VOICE_CLONE = "0.02"  # 90 characters: 6 s, in ">3s..7s $0.02"


@pytest.fixture(scope="module")
def priced_examples() -> list[tuple[dict[str, Any], Decimal]]:
    """(body, worked price) of every submit example the document prices, in print order."""
    if not SEED.exists():
        pytest.skip("shared/seeds is not beside this checkout")
    bodies = [b for b in json_blocks(SEED.read_text()) if isinstance(b, dict) and b.get("task") in WORKED]
    speak = [b for b in bodies if b["task"] == "audio.speak"]
    assert len(bodies) == 6 and len(speak) == 2 and speak[1]["input"]["mode"] == "voice_clone"
    figures = {id(speak[1]): VOICE_CLONE}
    return [(body, Decimal(figures.get(id(body), WORKED[body["task"]]))) for body in bodies]


def test_mock_bills_the_documents_worked_figures_and_quote_agrees(
    priced_examples: list[tuple[dict[str, Any], Decimal]],
) -> None:
    engine: MockEngine = mock("killatamata")
    key = engine.provider.api_key
    http = httpx.Client(base_url="http://kt.test", transport=engine.transport(), headers={"X-API-Key": key})
    with killatamata.KillaTamata(key, transport=engine.transport()) as api:
        for body, worked in priced_examples:
            answer = http.post("/api/v1/media/jobs", json=body)
            assert answer.status_code == 202, answer.text
            charged = engine.provider.jobs[answer.json()["jobId"]].charged  # type: ignore[attr-defined]
            assert charged == worked, body["task"]
            assert Decimal(str(answer.json()["billing"]["chargedUsd"])) == worked
            assert api.quote(body["task"], body["input"]).usd == worked, body["task"]


def test_surcharges_on_the_mocks_own_base_price() -> None:
    provider: Any = mock("killatamata").provider
    plain = provider.price({"task": "image.generate", "input": {"prompt": "x"}})
    assert provider.price({"task": "image.generate", "input": {"prompt": "x", "highDetail": True}}) == plain * 3 / 2
    video = provider.price({"task": "video.generate", "input": {"prompt": "x"}})
    assert provider.price({"task": "video.generate", "input": {"prompt": "x", "extremeQuality": True}}) == video * 3 / 2


def test_the_mocks_bills_do_not_come_from_the_clients_quote() -> None:
    graph = grimp.build_graph("mediagen", exclude_type_checking_imports=True)
    mock_package = "mediagen.testing.providers"
    assert not graph.chain_exists(mock_package, "mediagen.providers._killatamata_prices", as_packages=True)
