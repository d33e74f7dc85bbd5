"""Webhooks (mediagen.webhooks): Seisoai's signature, staleness and replays; Fusara callbacks only for tasks this
ledger submitted; a push received by process A completes a wait in process B through a SQLite file or a real
PostgreSQL server; polling stays the fallback. Requests sent to the provider are counted every time."""

from __future__ import annotations

import asyncio
import json
import secrets
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from mediagen import Ledger, MediagenError, WaitTimeoutError, fusara, seisoai, webhooks
from mediagen.testing import mock
from mediagen.testing._serve import serving

from tests._postgres import postgres_server

Headers = dict[str, str]
ROOT = Path(__file__).resolve().parent.parent
SECRET = "whsec_" + "ab" * 16
FLUX = {"__type": 5, "Prompt": "A serene mountain landscape", "Width": 1024, "Height": 1024}


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def seisoai_event(job_id: str | None, *, failed: bool = False, at: float | None = None) -> dict[str, Any]:
    """An event as the spec's ``webhooks`` section prints it (WebhookPayload of the gateway source)."""
    data: dict[str, Any] = {"toolId": "video.generate.veo3", "toolName": "Veo 3.1 - Text to Video"}
    if job_id is not None:
        data["jobId"] = job_id
    if failed:
        data |= {"error": "Generation failed", "status": "FAILED"}
    else:
        data |= {
            "result": {"video": {"url": "https://fal.media/v.mp4"}},
            "pricing": {"usd": 0.1, "credits": 2.2, "usdcUnits": "100000"},
        }
    name = "generation.failed" if failed else "generation.completed"
    return {
        "event": name,
        "eventId": "evt_" + secrets.token_hex(16),
        "timestamp": iso(time.time() if at is None else at),
        "toolId": "video.generate.veo3",
        "requestId": "gw-1738900000000",
        "data": data,
    }


def signed(
    event: dict[str, Any], secret: str = SECRET, *, timestamp: str | None = None
) -> tuple[bytes, dict[str, str]]:
    """Body and headers as the gateway sends them: signature over "<timestamp>.<raw body>"."""
    body = json.dumps(event).encode()
    stamp = event["timestamp"] if timestamp is None else timestamp
    return body, {
        "content-type": "application/json",
        "X-Webhook-Event": event["event"],
        "X-Webhook-Event-Id": event["eventId"],
        "X-Webhook-Timestamp": stamp,
        "X-Webhook-Signature": webhooks.sign_seisoai(secret, stamp, body),
    }


def submitted(ledger: Ledger, provider: str, job_id: str) -> None:
    """A billable write of this ledger that created ``job_id``."""
    write = ledger.begin(provider, "invoke_tool", idempotency_key=None, body=b"{}")
    ledger.finish(write, "succeeded", job_id=job_id, job_state="queued")


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    found = Ledger(f"sqlite:///{tmp_path}/ledger.db")
    yield found
    found.close()


def post(app: webhooks.WebhookApp, path: str, body: bytes, headers: dict[str, str]) -> httpx.Response:
    """Through the ASGI interface, as a server would call it."""

    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://hooks.test") as client:
            return await client.post(path, content=body, headers=headers)

    return asyncio.run(go())


# -- Seisoai: signature, staleness, replays ---------------------------------------------------------------------------
def test_seisoai_good_signature_is_recorded_and_its_replay_refused(ledger: Ledger) -> None:
    submitted(ledger, "seisoai", "job-1")
    seen: list[webhooks.Delivery] = []
    app = webhooks.app(ledger=ledger, seisoai_secret=SECRET, on_delivery=seen.append)
    body, headers = signed(seisoai_event("job-1"))
    answer = post(app, "/hooks/seisoai", body, headers)
    assert answer.status_code == 200, answer.text
    assert ledger.job_state("seisoai", "job-1") == "succeeded"
    [delivery] = seen
    assert (delivery.provider, delivery.job_id, delivery.state.value) == ("seisoai", "job-1", "succeeded")
    assert delivery.payload.event_id == headers["X-Webhook-Event-Id"]  # the generated model, typed
    # The same delivery again (the gateway's retry, or someone replaying it): refused, here and for another process.
    assert post(app, "/hooks/seisoai", body, headers).status_code == 409
    other = webhooks.app(ledger=Ledger(ledger.url), seisoai_secret=SECRET)
    assert post(other, "/hooks/seisoai", body, headers).status_code == 409
    assert len(seen) == 1


def test_seisoai_failed_event_records_failed(ledger: Ledger) -> None:
    submitted(ledger, "seisoai", "job-2")
    app = webhooks.app(ledger=ledger, seisoai_secret=SECRET)
    assert post(app, "/seisoai", *signed(seisoai_event("job-2", failed=True))).status_code == 200
    assert ledger.job_state("seisoai", "job-2") == "failed"


@pytest.mark.parametrize(
    "case,status",
    [
        ("wrong secret", 401),
        ("tampered body", 401),
        ("no signature", 401),
        ("timestamp swapped after signing", 401),
        ("stale", 401),
        ("from the future", 401),
        ("header and body timestamps differ", 400),
        ("not an event", 400),
    ],
)
def test_seisoai_bad_deliveries_are_refused_and_touch_nothing(ledger: Ledger, case: str, status: int) -> None:
    submitted(ledger, "seisoai", "job-3")
    app = webhooks.app(ledger=ledger, seisoai_secret=SECRET, tolerance=300)
    event = seisoai_event("job-3")
    body, headers = signed(event)
    if case == "wrong secret":
        body, headers = signed(event, "whsec_other")
    elif case == "tampered body":
        body = body.replace(b"generation.completed", b"generation.completed ")
    elif case == "no signature":
        del headers["X-Webhook-Signature"]
    elif case == "timestamp swapped after signing":
        headers["X-Webhook-Timestamp"] = iso(time.time() + 1)
    elif case == "stale":
        body, headers = signed(seisoai_event("job-3", at=time.time() - 301))
    elif case == "from the future":
        body, headers = signed(seisoai_event("job-3", at=time.time() + 301))
    elif case == "header and body timestamps differ":
        body, headers = signed(event, timestamp=iso(time.time() - 5))
    elif case == "not an event":
        body, headers = signed({**event, "event": "generation.started"})
    answer = post(app, "/seisoai", body, headers)
    assert answer.status_code == status, answer.text
    assert ledger.job_state("seisoai", "job-3") == "queued"


def test_seisoai_without_a_secret_is_refused_unless_unsigned_then_only_for_known_jobs(
    ledger: Ledger,
) -> None:
    submitted(ledger, "seisoai", "job-4")
    event = seisoai_event("job-4")
    body, headers = signed(event)
    del headers["X-Webhook-Signature"]
    assert post(webhooks.app(ledger=ledger), "/seisoai", body, headers).status_code == 403
    unsigned = webhooks.app(ledger=ledger, seisoai_unsigned=True)
    stranger, stranger_headers = signed(seisoai_event("job-unknown"))
    assert post(unsigned, "/seisoai", stranger, stranger_headers).status_code == 404
    assert post(unsigned, "/seisoai", body, headers).status_code == 200
    assert post(unsigned, "/seisoai", body, headers).status_code == 409  # replays refused all the same
    assert ledger.job_state("seisoai", "job-4") == "succeeded"


# -- Fusara: only tasks this ledger submitted -------------------------------------------------------------------------
def test_fusara_callback_for_an_unknown_task_is_refused_without_touching_state(ledger: Ledger) -> None:
    submitted(ledger, "fusara", "12345")
    app = webhooks.app(ledger=ledger)
    before = ledger.writes()
    payload = {"taskId": 99999, "statusId": 100, "statusCode": "COMPLETION_SUCCESS", "statusMessage": "ok"}
    answer = post(app, "/hooks/fusara", json.dumps(payload).encode(), {"content-type": "application/json"})
    assert answer.status_code == 404 and ledger.writes() == before
    malformed = post(app, "/hooks/fusara", b'{"taskId": "x"}', {})
    assert malformed.status_code == 400 and ledger.writes() == before
    known = {**payload, "taskId": 12345}
    assert post(app, "/hooks/fusara", json.dumps(known).encode(), {}).status_code == 200
    assert ledger.job_state("fusara", "12345") == "succeeded"
    contradiction = {**known, "statusId": 200}
    assert post(app, "/hooks/fusara", json.dumps(contradiction).encode(), {}).status_code == 409
    assert ledger.job_state("fusara", "12345") == "succeeded"
    assert post(app, "/hooks/nobody", b"{}", {}).status_code == 404
    assert post(app, "/hooks/fusara", b"x" * (webhooks.MAX_BODY + 1), {}).status_code == 413


# -- waits: in one process, and the fallback -------------------------------------------------------------------------
def test_a_fusara_wait_completed_by_the_real_mock_callback_sends_one_get(ledger: Ledger) -> None:
    engine = mock("fusara")
    with serving(webhooks.app(ledger=ledger)) as hooks:
        api = fusara.Fusara(engine.provider.api_key, transport=engine.transport(), ledger=ledger)
        job = api.submit({**FLUX, "CompletionCallbackUrl": f"{hooks}/hooks/fusara"})
        engine.clock.advance(60)
        threading.Timer(0.3, engine.provider.deliver_callbacks).start()  # the provider pushes
        started = time.monotonic()
        done = api.wait(job, webhook=True, timeout=30)
        assert time.monotonic() - started < 5  # not the 30 s fallback
    assert done.outputs and engine.counts["get_task_status"] == 1 and engine.counts["get_task"] == 1


def test_a_seisoai_wait_completed_by_the_mocks_unsigned_webhook(ledger: Ledger) -> None:
    """The mock sends no X-Webhook-Signature (an API key with no secret): taken only with seisoai_unsigned."""
    engine = mock("seisoai")
    with serving(engine.asgi_app()) as base, serving(webhooks.app(ledger=ledger, seisoai_unsigned=True)) as hooks:
        api = seisoai.Seisoai(engine.provider.api_key, base_url=base, ledger=ledger)
        job = api.invoke("video.generate.veo3", prompt="a slow push-in", webhook_url=f"{hooks}/seisoai")
        engine.clock.advance(60)
        threading.Timer(0.3, engine.provider.deliver_due).start()
        done = api.wait(job, webhook=True, timeout=30)
        api.close()
    assert done.outputs and engine.counts["get_job_status"] == 1 and engine.counts["get_job_result"] == 1


def test_no_webhook_falls_back_to_slow_polling_and_the_deadline_holds(ledger: Ledger) -> None:
    engine = mock("fusara")
    api = fusara.Fusara(engine.provider.api_key, transport=engine.transport(), ledger=ledger)
    job = api.submit(FLUX)  # never finishes on the mock's clock: no callback either
    started = time.monotonic()
    with pytest.raises(WaitTimeoutError) as caught:
        api.wait(job, webhook=True, poll_interval=0.25, timeout=1.0)
    assert caught.value.job_id == job.id and time.monotonic() - started < 4
    assert 2 <= engine.counts["get_task_status"] <= 6  # every 0.25 s for 1 s, not more
    engine.clock.advance(60)  # it finished, and the webhook was lost: the fallback poll finds it
    done = api.wait(job, webhook=True, poll_interval=0.25, timeout=10)
    assert done.outputs and engine.counts["get_task"] == 1
    with pytest.raises(MediagenError, match="needs a ledger"):
        fusara.Fusara(engine.provider.api_key, transport=engine.transport()).wait(job, webhook=True)


async def test_async_waits_are_woken_by_a_state_recorded_elsewhere(ledger: Ledger) -> None:
    engine = mock("fusara")
    async with fusara.AsyncFusara(engine.provider.api_key, transport=engine.transport(), ledger=ledger) as api:
        jobs = [await api.submit(FLUX) for _ in range(20)]
        engine.clock.advance(60)
        receiver = Ledger(ledger.url)  # another connection, as a receiver elsewhere would be

        def push() -> None:
            for job in jobs:
                receiver.job("fusara", job.id, "succeeded")

        threading.Timer(0.3, push).start()
        done = await asyncio.gather(*(api.wait(job, webhook=True, timeout=30) for job in jobs))
    assert all(job.outputs for job in done)
    assert engine.counts["get_task_status"] == 20 and engine.counts["get_task"] == 20  # one get each


# -- across processes ------------------------------------------------------------------------------------------------
RECEIVER = textwrap.dedent(
    """
    import sys, socket
    sys.path.insert(0, {root!r})
    import uvicorn
    from mediagen import Ledger, webhooks
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    print(sock.getsockname()[1], flush=True)
    app = webhooks.app(ledger=Ledger({url!r}), seisoai_secret={secret!r})
    uvicorn.Server(uvicorn.Config(app, log_level="error", lifespan="off")).run(sockets=[sock])
    """
)

WAITER = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {root!r})
    from mediagen import Ledger, fusara, seisoai
    ledger = Ledger({url!r})
    if {provider!r} == "fusara":
        api = fusara.Fusara({key!r}, base_url={base!r}, ledger=ledger)
        job = api.submit({{**{flux!r}, "CompletionCallbackUrl": {hook!r}}})
    else:
        api = seisoai.Seisoai({key!r}, base_url={base!r}, ledger=ledger)
        job = api.invoke("video.generate.veo3", prompt="a slow push-in", webhook_url={hook!r})
    print(job.id, flush=True)
    started = time.monotonic()
    done = api.wait(job, webhook=True, timeout=60)
    print(done.status.value, len(done.outputs), round(time.monotonic() - started, 2), flush=True)
    """
)


def _cross_process(url: str, provider: str) -> None:
    engine = mock(provider)
    with serving(engine.asgi_app()) as base:
        receiver = subprocess.Popen(
            [sys.executable, "-c", RECEIVER.format(root=str(ROOT), url=url, secret=SECRET)],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert receiver.stdout is not None
            port = int(receiver.stdout.readline())
            hook = f"http://127.0.0.1:{port}/hooks/{provider}"
            _wait_for_port(port)
            script = WAITER.format(
                root=str(ROOT), url=url, provider=provider, key=engine.provider.api_key, base=base, hook=hook, flux=FLUX
            )
            waiter = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
            assert waiter.stdout is not None
            job_id = waiter.stdout.readline().strip()
            assert job_id, waiter.communicate(timeout=60)
            time.sleep(0.5)  # B is asleep on the ledger
            engine.clock.advance(120)
            if provider == "fusara":
                assert engine.provider.deliver_callbacks() == 1  # the mock POSTs to A (no signature: none documented)
            else:  # the mock signs nothing: post as the gateway does with a webhook secret, signed
                body, headers = signed(seisoai_event(job_id))
                assert httpx.post(hook, content=body, headers=headers).status_code == 200
            out, _ = waiter.communicate(timeout=60)
        finally:
            receiver.terminate()
            receiver.wait(timeout=30)
            receiver.stdout.close()  # type: ignore[union-attr]
    state, outputs, seconds = out.split()
    assert waiter.returncode == 0 and state == "succeeded" and int(outputs) >= 1
    assert float(seconds) < 10  # woken by A's record, not by the 30 s fallback poll
    status_op, result_op = (
        ("get_task_status", "get_task") if provider == "fusara" else ("get_job_status", "get_job_result")
    )
    assert engine.counts[status_op] == 1 and engine.counts[result_op] == 1  # one get after the push, no polling
    ledger = Ledger(url)
    assert ledger.job_state(provider, job_id) == "succeeded"
    ledger.close()


def _wait_for_port(port: int) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError("the receiver did not start")


@pytest.mark.parametrize("provider", ["fusara", "seisoai"])
def test_a_webhook_received_by_process_a_completes_a_wait_in_process_b_on_sqlite(tmp_path: Path, provider: str) -> None:
    _cross_process(f"sqlite:///{tmp_path}/ledger.db", provider)


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    with postgres_server() as url:
        yield url


@pytest.mark.parametrize("provider", ["fusara", "seisoai"])
def test_a_webhook_received_by_process_a_completes_a_wait_in_process_b_on_postgres(pg_url: str, provider: str) -> None:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:  # a fresh schema per case
        conn.execute("DROP TABLE IF EXISTS payments, writes, wallets, webhook_deliveries, mediagen_meta")
    Ledger(pg_url).close()
    _cross_process(pg_url, provider)
