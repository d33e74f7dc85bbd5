"""Seisoai end to end: discovery first, every tool's input checked locally before paying, x402 as the gateway
speaks it (and as the official client speaks it), queue jobs, batch, and the nine agent-scope controls."""

from __future__ import annotations

import inspect
import json
import logging
from collections.abc import AsyncIterator, Callable, Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from eth_account import Account
from mediagen import (
    AgentScopeError,
    InternalServerError,
    InvalidInputError,
    Job,
    JobFailedError,
    JobStatus,
    MediagenError,
    NotFoundError,
    PaymentError,
    PaymentRequiredError,
    RateLimitError,
    SpecSchema,
    X402Wallet,
    seisoai,
)
from mediagen.providers._seisoai_agents import AGENT_SCOPE
from mediagen.testing import MockEngine, mock
from seisoai_client.models import BatchQueuedItem

from tests._seeds import SEEDS

schema = SpecSchema.of("seisoai_client")
TOOLS: dict[str, str] = {tool: ref["$ref"] for tool, ref in schema.spec["x-tools"].items()}
SEED = SEEDS / "000_85b43cdc4f69c021.txt"


def sample(prop: dict[str, Any], name: str) -> Any:
    """A value a property's schema accepts: its default, first enum value, minimum, or a plausible string."""
    if "default" in prop:
        return prop["default"]
    if "enum" in prop:
        return prop["enum"][0]
    kind = prop.get("type")
    if kind in ("number", "integer"):
        return prop.get("minimum", 1)
    if kind == "boolean":
        return True
    if kind == "array":
        return [sample(prop.get("items", {"type": "string"}), name)]
    if kind == "object":
        return {}
    if "url" in name or "image" in name:
        ext = ".mp4" if "video" in name else ".mp3" if ("audio" in name or "voice" in name) else ".png"
        return f"https://cdn.example.com/input{ext}"
    return "a lighthouse at dusk"


def valid_input(tool_id: str) -> dict[str, Any]:
    node = schema.resolve({"$ref": TOOLS[tool_id]})
    return {name: sample(node["properties"][name], name) for name in node.get("required", [])}


def invalid_input(tool_id: str) -> tuple[dict[str, Any], str]:
    """An input the tool's schema refuses, and the field the refusal must name."""
    node = schema.resolve({"$ref": TOOLS[tool_id]})
    good = valid_input(tool_id)
    if node.get("required"):
        missing = node["required"][0]
        return {k: v for k, v in good.items() if k != missing}, f"input.{missing}"
    name, prop = next((n, p) for n, p in node["properties"].items() if p.get("type") in ("string", "number", "integer"))
    return {**good, name: [] if prop["type"] == "string" else "many"}, f"input.{name}"


@pytest.fixture
def gw(mock_provider: Callable[..., MockEngine]) -> MockEngine:
    return mock_provider("seisoai")


@pytest.fixture
def api(gw: MockEngine) -> Iterator[seisoai.Seisoai]:
    with gw.client(seisoai.Seisoai) as client:
        yield client


def payer(max_usd: str = "1") -> X402Wallet:
    return X402Wallet(Account.create(), max_payment_usd=max_usd, budget_usd="20")


# -- the document's payload patterns and the 31 tools ---------------------------------------------------------------
PATTERNS = [  # (tool the seed names for the pattern, the payload it prints)
    ("image.generate.flux-2", {"prompt": "..."}),
    ("image.generate.flux-pro-kontext-edit", {"prompt": "...", "image_url": "https://..."}),
    ("video.generate.veo3", {"prompt": "...", "duration": "6s"}),
    ("audio.tts", {"text": "...", "audio_url": "https://..."}),
    ("3d.image-to-3d", {"image_url": "https://...", "output_format": "glb"}),
]


def test_the_documents_payload_patterns_are_printed_and_valid() -> None:
    text = SEED.read_text() if SEED.exists() else pytest.skip("shared/seeds is not beside this checkout")
    for tool_id, payload in PATTERNS:
        assert json.dumps(payload, separators=(",", ":")) in text
        assert schema.problems_at(TOOLS[tool_id].removeprefix("#"), payload, "input") == [], tool_id
    assert schema.problems_at(TOOLS["audio.tts"].removeprefix("#"), {"text": "...", "voice_url": "x"}, "input")


def test_there_are_31_typed_tools() -> None:
    assert len(TOOLS) == 31


@pytest.mark.parametrize("tool_id", sorted(TOOLS))
def test_every_tool_accepts_a_valid_input_and_refuses_an_invalid_one_before_paying(
    tool_id: str, gw: MockEngine, tmp_path: Any
) -> None:
    wallet = payer("100")
    with seisoai.Seisoai(transport=gw.transport(), x402=wallet) as api:  # no key: every invoke would be paid
        bad, field = invalid_input(tool_id)
        with pytest.raises(InvalidInputError) as caught:
            api.invoke(tool_id, bad)
        assert caught.value.field == field
        assert gw.counts["invoke_tool"] == 0 and wallet.payments == []  # nothing sent, nothing signed
        job = api.invoke(tool_id, valid_input(tool_id))
    assert job.status in ("succeeded", "queued")
    assert gw.counts["get_tool"] == 1  # the live schema was fetched once (cached for the second call)
    # a sync result is settled at once; a queue job's payment is taken now and settled when its result is fetched
    assert [p.state for p in wallet.payments] == ["settled" if job.status == "succeeded" else "accepted"]


def test_live_schema_wins_over_the_static_one(api: seisoai.Seisoai, gw: MockEngine) -> None:
    """Discovery first: a field the live registry now requires is enforced before anything is paid."""
    api.validate("image.generate.flux-2", {"prompt": "a fox"})
    tool = gw.provider.tools["image.generate.flux-2"]
    tool.input_schema = {**tool.input_schema, "required": [*tool.input_schema["required"], "seed"]}
    api.validate("image.generate.flux-2", {"prompt": "a fox"})  # cached: the old schema
    with pytest.raises(InvalidInputError, match="input.seed"):
        api.tool("image.generate.flux-2", refresh=True) and api.validate("image.generate.flux-2", {"prompt": "a fox"})


def test_disabled_tool_is_refused_locally(api: seisoai.Seisoai, gw: MockEngine) -> None:
    gw.provider.disable("image.upscale")
    with pytest.raises(Exception, match="disabled"):
        api.invoke("image.upscale", valid_input("image.upscale"))
    assert gw.counts["invoke_tool"] == 0


# -- x402 as the gateway speaks it ---------------------------------------------------------------------------------
def test_x402_pays_once_and_succeeds(gw: MockEngine) -> None:
    wallet = payer()
    with seisoai.Seisoai(transport=gw.transport(), x402=wallet) as api:
        job = api.invoke("image.generate.flux-2", prompt="a sunset over mountains")
    assert job.status == "succeeded" and job.outputs
    [payment] = wallet.payments
    usd, _, units = gw.provider.price("image.generate.flux-2", {"prompt": "a sunset over mountains"})
    assert payment.state == "settled" and payment.usd == Decimal(units) / 10**6
    assert gw.provider.x402.verified == 1 and len(gw.provider.x402.settlements) == 1
    assert [c.response.status for c in gw.calls_to("invoke_tool")] == [402, 200]
    first = gw.calls_to("invoke_tool")[0].response
    assert first.body["accepts"][0]["asset"] == "USDC" and "maxAmountRequired" in first.body["accepts"][0]


def test_x402_over_the_cap_nothing_is_signed(gw: MockEngine) -> None:
    wallet = payer("0.001")
    with seisoai.Seisoai(transport=gw.transport(), x402=wallet) as api, pytest.raises(PaymentError, match="cap"):
        api.invoke("image.generate.flux-2", prompt="a fox")
    assert wallet.payments == [] and gw.provider.x402.verified == 0


def test_spending_cap_checks_the_price_before_invoking(gw: MockEngine) -> None:
    with seisoai.Seisoai(transport=gw.transport(), x402=payer("5"), spending_cap_usd="0.001") as api:
        with pytest.raises(PaymentError, match="above the"):
            api.invoke("video.generate.veo3", prompt="a fox", duration="6s")
    assert gw.counts["get_tool_price"] == 1 and gw.counts["invoke_tool"] == 0


def test_a_5xx_after_paying_is_not_paid_again_and_the_error_carries_the_payment(gw: MockEngine) -> None:
    """The gateway's own 500 after the payment was taken proves nothing: one signature, surfaced with its nonce."""
    wallet = payer()
    gw.fail_next(500, operation="invoke_tool", when=lambda r: r.header("payment-signature") is not None)
    with seisoai.Seisoai(transport=gw.transport(), x402=wallet) as api:
        with pytest.raises(InternalServerError) as caught:
            api.invoke("image.generate.flux-2", prompt="a fox")
    sent = [c.request.header("payment-signature") for c in gw.calls_to("invoke_tool")]
    assert sent[0] is None and len(sent) == 2
    [payment] = wallet.payments
    assert caught.value.payment is payment and payment.state == "signed" and payment.nonce.startswith("0x")
    assert payment.nonce in "\n".join(caught.value.__notes__) and sent[1] not in str(caught.value.__notes__)


def test_a_proxy_5xx_after_paying_is_not_paid_again(gw: MockEngine) -> None:
    """A 502 that is not the gateway's own answer may follow a settled payment: it surfaces, nothing is re-paid."""
    wallet, inner = payer(), gw.transport()

    def proxy(request: httpx.Request) -> httpx.Response:
        if "payment-signature" in request.headers:
            inner.handle_request(request)  # the gateway did the work and settled; the proxy lost the answer
            return httpx.Response(502, text="<html>Bad Gateway</html>")
        return inner.handle_request(request)

    with seisoai.Seisoai(transport=httpx.MockTransport(proxy), x402=wallet) as api:
        with pytest.raises(InternalServerError):
            api.invoke("image.generate.flux-2", prompt="a fox")
    assert len(gw.provider.x402.settlements) == 1 and [p.state for p in wallet.payments] == ["signed"]
    assert wallet.committed_usd > 0 and wallet.outstanding_usd > 0  # counted: it was spent


def test_insufficient_credits_402_is_not_paid(gw: MockEngine) -> None:
    poor = gw.provider.add_key(credits=0.0)
    wallet = payer()
    with seisoai.Seisoai(poor, transport=gw.transport(), x402=wallet) as api:
        with pytest.raises(PaymentRequiredError, match="Insufficient API key credits"):
            api.invoke("image.generate.flux-2", prompt="a fox")
    assert wallet.payments == [] and len(gw.calls_to("invoke_tool")) == 1


def test_replayed_signature_is_refused(gw: MockEngine) -> None:
    wallet = payer()
    with seisoai.Seisoai(transport=gw.transport(), x402=wallet) as api:
        api.invoke("image.generate.flux-2", prompt="a fox")
    used = gw.calls_to("invoke_tool")[-1].request.header("payment-signature")
    with httpx.Client(transport=gw.transport(), base_url="http://mock") as raw:
        again = raw.post(
            "/api/gateway/invoke/image.generate.flux-2", json={"prompt": "a fox"}, headers={"payment-signature": used}
        )
    assert again.status_code == 402 and "already used" in again.json()["error"]


async def test_the_official_x402_client_pays_the_v2_mock(sleeps: Any) -> None:
    from x402 import x402Client
    from x402.http.clients.httpx import x402_httpx_transport
    from x402.mechanisms.evm import EthAccountSigner
    from x402.mechanisms.evm.exact.register import register_exact_evm_client

    engine = mock("seisoai", shape="v2")
    official = register_exact_evm_client(x402Client(), EthAccountSigner(Account.create()))
    transport = x402_httpx_transport(official, engine.transport())  # the SDK's own paying transport
    async with httpx.AsyncClient(transport=transport, base_url="http://mock") as http:
        answer = await http.post("/api/gateway/invoke/image.generate.flux-2", json={"prompt": "a fox"})
    assert answer.status_code == 200 and answer.json()["executionMode"] == "sync"
    assert engine.provider.x402.verified == 1 and len(engine.provider.x402.settlements) == 1


# -- queue jobs and batch ------------------------------------------------------------------------------------------
def queue_tool() -> str:
    return next(t for t, ref in TOOLS.items() if schema.resolve({"$ref": ref})["x-execution-mode"] == "queue")


def test_queue_job_is_polled_with_its_model_until_done(api: seisoai.Seisoai, gw: MockEngine) -> None:
    tool = queue_tool()
    job = api.invoke(tool, valid_input(tool))
    assert job.status == "queued"
    done = api.wait(job)
    assert done.status == "succeeded" and done.outputs
    model = job.data.job.model
    assert all(c.request.query["model"] == model for c in gw.calls_to("get_job_status"))
    gw.provider.fail_next_job("GPU lost")
    with pytest.raises(JobFailedError) as caught:
        api.run(tool, valid_input(tool))
    assert caught.value.job_id


def test_batch_of_at_most_ten_validated_first(api: seisoai.Seisoai, gw: MockEngine) -> None:
    call = ("image.generate.flux-2", {"prompt": "a fox"})
    assert len(api.batch([call] * 3)) == 3
    with pytest.raises(InvalidInputError, match="at most 10"):
        api.batch([call] * 11)
    with pytest.raises(InvalidInputError, match="input.prompt"):
        api.batch([call, ("image.generate.flux-2", {})])
    assert gw.counts["batch_invoke"] == 1


# -- the nine agent-scope controls -------------------------------------------------------------------------------------
AGENT, REASON = "agent-imagery", "the user asked to run the imagery agent"


def test_1_agent_routes_are_denied_by_default(api: seisoai.Seisoai, gw: MockEngine) -> None:
    from seisoai_client.api.default import agent_invoke_tool
    from seisoai_client.models import InvokeToolRequest

    with pytest.raises(AgentScopeError, match="denied by default"):
        wired = seisoai.client(gw.provider.api_key, transport=gw.transport())  # the generated client, guarded too
        agent_invoke_tool.sync(AGENT, "image.generate.flux-2", client=wired, body=InvokeToolRequest.from_dict({}))
    with pytest.raises(AgentScopeError, match="explicit reason"):
        api.agent(AGENT, reason=" ")
    assert gw.counts["agent_invoke_tool"] == 0 and gw.counts["get_agent"] == 0


def test_2_agent_id_is_exact_never_a_name(api: seisoai.Seisoai, gw: MockEngine) -> None:
    with pytest.raises(AgentScopeError, match="never inferred from a name"):
        api.agent("Imagery Agent", reason=REASON)
    assert gw.counts["get_agent"] == 0
    with pytest.raises(NotFoundError):
        api.agent("agent-imager", reason=REASON)  # close is not equal
    assert gw.counts["agent_invoke_tool"] == 0


def test_3_only_the_callers_credentials(api: seisoai.Seisoai, gw: MockEngine) -> None:
    with api.agent(AGENT, reason=REASON) as session:
        http = api.client.get_httpx_client()
        with pytest.raises(AgentScopeError, match="own x-api-key"):
            http.post(
                f"/api/gateway/agent/{AGENT}/invoke/image.generate.flux-2",
                json={"prompt": "x"},
                headers={"X-API-Key": "sk_live_someone_else"},
                extensions={AGENT_SCOPE: session},
            )
    assert gw.counts["agent_invoke_tool"] == 0


def test_4_one_agent_per_task(api: seisoai.Seisoai) -> None:
    with api.agent(AGENT, reason=REASON):
        with pytest.raises(AgentScopeError, match="one agent per task"):
            api.agent("agent-voice", reason=REASON)
    with api.agent("agent-voice", reason=REASON) as voice:  # the first one was released
        assert voice.tools == {"audio.tts", "audio.transcribe"}


def test_5_only_tools_the_agent_declares(api: seisoai.Seisoai, gw: MockEngine) -> None:
    with api.agent(AGENT, reason=REASON) as session:
        with pytest.raises(AgentScopeError, match="not declared"):
            session.invoke("video.generate.veo3", prompt="x")
        http = api.client.get_httpx_client()
        with pytest.raises(AgentScopeError, match="not declared"):
            http.post(
                f"/api/gateway/agent/{AGENT}/invoke",
                json={"toolId": "audio.tts", "text": "x"},
                extensions={AGENT_SCOPE: session},
            )
        assert session.invoke("image.generate.flux-2", prompt="a fox").status == "succeeded"
    assert gw.counts["agent_invoke_tool"] == 1 and gw.counts["agent_invoke"] == 0


def test_6_no_recursive_or_fan_out_orchestration(
    api: seisoai.Seisoai, gw: MockEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    with api.agent(AGENT, reason=REASON) as session:
        for goal, context in [
            ("call /api/gateway/agent/agent-voice/orchestrate", None),
            ("make a poster", {"agentId": "agent-voice"}),
            (f"have {AGENT} orchestrate itself", None),
        ]:
            with pytest.raises(AgentScopeError, match="no self-referential"):
                session.orchestrate(goal, context=context)
        # whatever runs while the orchestration request is in flight cannot start another one
        monkeypatch.setattr(api, "call", lambda *a, **k: session.orchestrate("and again"))
        with pytest.raises(AgentScopeError, match="may not start another"):
            session.orchestrate("make a poster")
        monkeypatch.undo()
        assert session.orchestrate("make a poster of a fox") is not None
    assert gw.counts["agent_orchestrate"] == 1


def test_7_no_broad_discovery(api: seisoai.Seisoai, gw: MockEngine) -> None:
    with api.agent(AGENT, reason=REASON) as session:
        session.invoke("image.generate.flux-2", prompt="a fox")
    assert gw.counts["list_agents"] == 0 and gw.counts["get_agent"] == 1


def test_8_every_agent_call_is_audited(api: seisoai.Seisoai, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="mediagen.audit"), api.agent(AGENT, reason=REASON) as session:
        session.invoke("image.generate.flux-2", prompt="a fox")
    routes = [(r.agent_id, r.route, r.tool_id, r.reason) for r in session.audit]
    assert routes == [
        (AGENT, f"GET /api/gateway/agent/{AGENT}", None, REASON),
        (AGENT, f"POST /api/gateway/agent/{AGENT}/invoke/image.generate.flux-2", "image.generate.flux-2", REASON),
    ]
    assert sum("tool=image.generate.flux-2" in m for m in caplog.messages) == 1


def test_9_stop_on_mismatch_or_ambiguity(api: seisoai.Seisoai, gw: MockEngine) -> None:
    with pytest.raises(AgentScopeError, match="owned by"):
        api.agent(AGENT, reason=REASON, owner="0xsomeoneelse")
    gw.provider.add_agent("agent-empty", [], name="Empty")
    with pytest.raises(AgentScopeError, match="declares no tools"):
        api.agent("agent-empty", reason=REASON)
    assert gw.counts["agent_invoke_tool"] == 0 and gw.counts["agent_orchestrate"] == 0


# -- webhooks and rate limits --------------------------------------------------------------------------------------
def test_webhook_is_delivered_once_to_a_loopback_url(api: seisoai.Seisoai, gw: MockEngine) -> None:
    import threading
    import time

    from mediagen.testing._serve import serving

    received: list[dict[str, Any]] = []
    arrived = threading.Event()

    async def receiver(scope: Any, receive: Any, send: Any) -> None:  # a caller's webhook endpoint, on loopback
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        received.append(json.loads(body))
        arrived.set()
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    with serving(receiver) as url:
        job = api.invoke("image.generate.flux-2", prompt="a fox", webhook_url=f"{url}/hooks/seisoai")
        assert arrived.wait(10), "no webhook arrived"
        time.sleep(0.2)  # a second delivery would have arrived by now
    [event] = received
    assert event["event"] == "generation.completed" and event["requestId"] == job.id
    assert event["data"]["toolId"] == "image.generate.flux-2" and len(gw.provider.job_routes.webhooks_sent) == 1
    assert schema.problems_at("/components/schemas/GenerationCompletedEvent", event, "webhook") == []


def test_429_with_retry_after_is_obeyed_then_surfaces(sleeps: Any) -> None:
    engine = mock("seisoai", rate_limit=3)
    with seisoai.Seisoai(engine.provider.api_key, transport=engine.transport()) as api:
        for _ in range(3):
            api.tools(refresh=True)
        with pytest.raises(RateLimitError) as caught:
            api.tools(refresh=True)
        hint = float(caught.value.response.headers["retry-after"])
        assert 0 < hint <= 60 and sleeps.retry[-2:] == [hint, hint]  # two retries, each after the server's hint
        engine.clock.advance(61)  # the window frees
        assert api.tools(refresh=True)


# -- the controls hold through every door (found by review) -------------------------------------------------------
@pytest.mark.parametrize(
    "path",
    [
        f"/api/gateway/agent/{AGENT}/invoke/video.generate.veo3/",
        f"/api/gateway//agent/{AGENT}/invoke/video.generate.veo3",
        f"/API/Gateway/Agent/{AGENT}/invoke/video.generate.veo3",
    ],
)
def test_every_spelling_of_an_agent_route_is_guarded(api: seisoai.Seisoai, gw: MockEngine, path: str) -> None:
    http = api.client.get_httpx_client()
    with pytest.raises(AgentScopeError, match="denied by default"):
        http.post(path, json={"prompt": "x"})
    with api.agent(AGENT, reason=REASON) as session, pytest.raises(AgentScopeError, match="exact form"):
        http.post(path, json={"prompt": "x"}, extensions={AGENT_SCOPE: session})
    with seisoai.Seisoai(gw.provider.api_key, base_url="http://mock/prefix", transport=gw.transport()) as prefixed:
        with pytest.raises(AgentScopeError, match="denied by default"):
            prefixed.client.get_httpx_client().post(f"/api/gateway/agent/{AGENT}/orchestrate", json={"goal": "x"})
    assert gw.counts["agent_invoke_tool"] == 0 and gw.counts["agent_orchestrate"] == 0


def test_a_closed_or_second_session_cannot_call(api: seisoai.Seisoai, gw: MockEngine) -> None:
    with api.agent(AGENT, reason=REASON) as first:
        pass
    with api.agent("agent-voice", reason=REASON):
        with pytest.raises(AgentScopeError, match="closed or another agent"):
            first.invoke("image.generate.flux-2", prompt="a fox")
        with pytest.raises(AgentScopeError, match="one agent per task"):
            seisoai.AgentSession(api, AGENT, reason=REASON)  # the class itself enforces it, not only Seisoai.agent()
    assert gw.counts["agent_invoke_tool"] == 0


def test_orchestration_only_through_the_session(api: seisoai.Seisoai, gw: MockEngine) -> None:
    with api.agent(AGENT, reason=REASON) as session, pytest.raises(AgentScopeError, match="goes through"):
        api.client.get_httpx_client().post(
            f"/api/gateway/agent/{AGENT}/orchestrate",
            json={"goal": "run /api/gateway/agent/agent-voice/orchestrate"},
            extensions={AGENT_SCOPE: session},
        )
    assert gw.counts["agent_orchestrate"] == 0


def test_the_cap_holds_for_batch_and_orchestration(gw: MockEngine) -> None:
    wallet = payer("5")
    with seisoai.Seisoai(transport=gw.transport(), x402=wallet, spending_cap_usd="0.01") as api:
        with pytest.raises(PaymentError, match="cap"):
            api.batch([("image.generate.flux-2", {"prompt": "a fox"})])
        with pytest.raises(PaymentError, match="cap"), api.agent(AGENT, reason=REASON) as session:
            session.orchestrate("make a poster of a fox")
    assert wallet.payments == [] and gw.provider.x402.verified == 0


# -- get() reads the model from the Job, not from the client that made it ------------------------------------------
def test_get_of_a_job_made_by_another_client(api: seisoai.Seisoai, gw: MockEngine) -> None:
    tool = queue_tool()
    job = api.invoke(tool, valid_input(tool))
    with seisoai.Seisoai(gw.provider.api_key, transport=gw.transport()) as other:  # or a job from a ledger
        with pytest.raises(MediagenError, match=r"model=\.\.\."):
            other.get(job.id)  # a bare id: nothing says its model
        assert other.wait(job).status == "succeeded"  # the model is in job.data
        assert other.get(job.id, model=job.data.job.model).status == "succeeded"
        assert other.get(job.id).status == "succeeded"  # now it has seen it


# -- AsyncSeisoai: the same methods, awaited -----------------------------------------------------------------------
@pytest.fixture
async def aapi(gw: MockEngine) -> AsyncIterator[seisoai.AsyncSeisoai]:
    async with seisoai.AsyncSeisoai(gw.provider.api_key, transport=gw.transport()) as client:
        yield client


def test_async_parity() -> None:
    for sync_class, async_class in [
        (seisoai.Seisoai, seisoai.AsyncSeisoai),
        (seisoai.AgentSession, seisoai.AsyncAgentSession),
    ]:
        for name in [n for n, v in vars(sync_class).items() if inspect.isfunction(v) and not n.startswith("_")]:
            method = getattr(async_class, name)
            assert inspect.iscoroutinefunction(method) or name == "agent", (async_class, name)
            assert inspect.signature(method) == inspect.signature(getattr(sync_class, name)) or name == "agent"


async def test_async_invoke_of_a_sync_tool(aapi: seisoai.AsyncSeisoai, gw: MockEngine) -> None:
    assert any(t.id == "image.generate.flux-2" for t in await aapi.tools())
    job = await aapi.invoke("image.generate.flux-2", prompt="a fox")
    assert job.status == "succeeded" and job.outputs and await aapi.get(job) is job
    with pytest.raises(InvalidInputError, match="input.prompt"):
        await aapi.invoke("image.generate.flux-2", {})
    assert gw.counts["invoke_tool"] == 1 and gw.counts["get_tool"] == 1


async def test_async_queue_tool_with_wait(aapi: seisoai.AsyncSeisoai, gw: MockEngine) -> None:
    tool = queue_tool()
    job = await aapi.invoke(tool, valid_input(tool))
    assert job.status == "queued"
    done = await aapi.wait(job)
    assert done.status == "succeeded" and done.outputs
    assert all(c.request.query["model"] == job.data.job.model for c in gw.calls_to("get_job_status"))
    gw.provider.fail_next_job("GPU lost")
    with pytest.raises(JobFailedError):
        await aapi.run(tool, valid_input(tool))


async def test_async_batch(aapi: seisoai.AsyncSeisoai, gw: MockEngine) -> None:
    tool = queue_tool()
    items = await aapi.batch([("image.generate.flux-2", {"prompt": "a fox"}), (tool, valid_input(tool))])
    assert [item.status for item in items] == ["completed", "queued"]
    queued = items[1]
    assert isinstance(queued, BatchQueuedItem)
    assert (await aapi.wait(Job(queued.job.id, "seisoai", JobStatus.QUEUED, data=queued))).status == "succeeded"
    with pytest.raises(InvalidInputError, match="at most 10"):
        await aapi.batch([("image.generate.flux-2", {"prompt": "a fox"})] * 11)
    assert gw.counts["batch_invoke"] == 1


async def test_async_agent_session_allowlist_and_deny_by_default(aapi: seisoai.AsyncSeisoai, gw: MockEngine) -> None:
    http = aapi.client.get_async_httpx_client()
    with pytest.raises(AgentScopeError, match="denied by default"):
        await http.post(f"/api/gateway/agent/{AGENT}/invoke/image.generate.flux-2", json={"prompt": "x"})
    with pytest.raises(AgentScopeError, match="explicit reason"):
        await aapi.agent(AGENT, reason=" ")
    async with aapi.agent(AGENT, reason=REASON) as session:
        with pytest.raises(AgentScopeError, match="not declared"):
            await session.invoke("video.generate.veo3", prompt="x")
        with pytest.raises(AgentScopeError, match="one agent per task"):
            await aapi.agent("agent-voice", reason=REASON)
        assert (await session.invoke("image.generate.flux-2", prompt="a fox")).status == "succeeded"
        with pytest.raises(AgentScopeError, match="no self-referential"):
            await session.orchestrate("call /api/gateway/agent/agent-voice/orchestrate")
        assert (await session.orchestrate("make a poster of a fox")).agent_id == AGENT
    with pytest.raises(AgentScopeError, match="closed"):
        await session.invoke("image.generate.flux-2", prompt="a fox")
    assert [r.tool_id for r in session.audit] == [None, "image.generate.flux-2", None]
    voice = await aapi.agent("agent-voice", reason=REASON)  # the first was released; awaited, not entered
    async with voice:
        assert voice.tools == {"audio.tts", "audio.transcribe"}
    assert gw.counts["agent_invoke_tool"] == 1 and gw.counts["agent_orchestrate"] == 1
    assert gw.counts["list_agents"] == 0 and gw.counts["get_agent"] == 2


async def test_async_get_of_a_job_made_by_another_client(aapi: seisoai.AsyncSeisoai, gw: MockEngine) -> None:
    tool = queue_tool()
    job = await aapi.invoke(tool, valid_input(tool))
    async with seisoai.AsyncSeisoai(gw.provider.api_key, transport=gw.transport()) as other:
        with pytest.raises(MediagenError, match=r"model=\.\.\."):
            await other.get(job.id)
        assert (await other.get(job.id, model=job.data.job.model)).status in ("queued", "running", "succeeded")
        assert (await other.wait(job)).status == "succeeded"
