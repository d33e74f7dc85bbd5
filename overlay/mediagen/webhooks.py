"""Receivers for what the providers push, and waits that end when a push is recorded (in any process).

```python
from mediagen import Ledger, webhooks
ledger = Ledger("postgresql://...")                     # or sqlite:///... shared by the processes of one machine
asgi = webhooks.app(ledger=ledger, seisoai_secret=os.environ["SEISOAI_WEBHOOK_SECRET"])
# mount it in any ASGI server: POST <prefix>/seisoai and POST <prefix>/fusara

job = api.invoke("video.generate.veo3", prompt="...", webhook_url="https://me.example/hooks/seisoai")
job = api.wait(job, webhook=True, timeout=900)          # elsewhere: woken by the ledger, then ONE get
```

* **Seisoai** ``generation.completed`` / ``generation.failed`` (spec ``webhooks``): ``X-Webhook-Signature`` must be
  ``"sha256=" + hex(HMAC-SHA256(secret, "<X-Webhook-Timestamp>.<raw body>"))``, compared in constant time; the
  timestamp (ISO 8601, the same as the body's) must be within ``tolerance`` seconds of now (the gateway's own verifier
  allows 5 minutes); an ``eventId`` seen before (kept in the ledger until the event is stale anyway) is a replay and
  refused 409. Only an accepted delivery is answered 2xx.
* **Fusara** completion callback (``CallbackPayload``): no signature is documented, so a callback is taken only for a
  task id a billable write of this ledger created; any other is answered 404 and touches nothing.

An accepted delivery records the job's state with ``ledger.job``; waiters (``wait(job, webhook=True)``, in this or
any process sharing the ledger) wake and fetch the job once from the provider, which stays the source of truth: a
forged or early push costs one request, never a wrong result. Polling at a slow interval (``WEBHOOK_FALLBACK``) stays
the fallback, so a lost webhook never keeps a wait past its timeout.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import time
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson
from fusara_client.models import CallbackPayload
from seisoai_client.models import GenerationCompletedEvent, GenerationFailedEvent

from . import _wait
from ._exceptions import MediagenError
from ._json import MalformedBodyError, loads
from ._ledger import TERMINAL_JOB_STATES, Ledger
from ._schema import SpecSchema
from ._types import Job, JobStatus, PollPolicy
from ._wait import ProgressCallback, _keep_job_id, _planner

__all__ = [
    "SIGNATURE_HEADER",
    "WEBHOOK_FALLBACK",
    "Delivery",
    "Rejected",
    "WebhookApp",
    "app",
    "async_wait_by_webhook",
    "sign_seisoai",
    "wait_by_webhook",
]

SIGNATURE_HEADER = "x-webhook-signature"
TIMESTAMP_HEADER = "x-webhook-timestamp"
EVENT_HEADER = "x-webhook-event"
EVENT_ID_HEADER = "x-webhook-event-id"

#: How a wait with ``webhook=True`` still polls the provider: 60 s growing to 5 minutes (capped by its timeout).
WEBHOOK_FALLBACK = PollPolicy(initial=60.0, maximum=300.0)

#: The largest body taken (a Seisoai event carries a tool's result, URLs rather than media).
MAX_BODY = 1 << 20

_SEISOAI_EVENTS: Mapping[str, tuple[str, type[Any], JobStatus]] = {
    "generation.completed": ("GenerationCompletedEvent", GenerationCompletedEvent, JobStatus.SUCCEEDED),
    "generation.failed": ("GenerationFailedEvent", GenerationFailedEvent, JobStatus.FAILED),
}
_FUSARA_STATES = {100: JobStatus.SUCCEEDED, 200: JobStatus.FAILED}


class Rejected(MediagenError):
    """A delivery refused: ``status`` is the HTTP answer (4xx: the sender should not retry, except 429)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Delivery:
    """One accepted push, typed: ``payload`` is the generated model of the spec's schema."""

    provider: str
    event: str
    """``generation.completed``/``generation.failed`` (Seisoai) or ``completion`` (Fusara)."""
    job_id: str | None
    """The job whose state it records (a Seisoai sync tool's event names none: only its requestId)."""
    state: JobStatus
    delivery_id: str | None
    """Seisoai's eventId (the same on the gateway's retries of one event); None for Fusara."""
    payload: GenerationCompletedEvent | GenerationFailedEvent | CallbackPayload


def sign_seisoai(secret: str | bytes, timestamp: str, body: bytes) -> str:
    """The ``X-Webhook-Signature`` Seisoai sends: ``sha256=`` + hex HMAC-SHA256 of ``"<timestamp>.<raw body>"``."""
    key = secret.encode() if isinstance(secret, str) else secret
    return "sha256=" + hmac.new(key, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


def _instant(value: str) -> float:
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise Rejected(400, f"{TIMESTAMP_HEADER} is not an ISO 8601 time") from None
    if when.tzinfo is None:
        raise Rejected(400, f"{TIMESTAMP_HEADER} has no time zone")
    return when.timestamp()


def _json_body(body: bytes) -> dict[str, Any]:
    try:
        data = loads(body)
    except MalformedBodyError:
        raise Rejected(400, "the body is not JSON") from None
    if not isinstance(data, dict):
        raise Rejected(400, "the body is not a JSON object")
    return data


def _typed(package: str, name: str, model: type[Any], data: dict[str, Any]) -> Any:
    problems = SpecSchema.of(package).problems_at(f"/components/schemas/{name}", data, "body")
    if problems:
        raise Rejected(400, f"not a {name}: {problems[0].field}: {problems[0].message}")
    return model.from_dict(data)


class WebhookApp:
    """The ASGI app (see the module docstring). ``handle`` is the same, synchronous, for any other framework."""

    def __init__(
        self,
        ledger: Ledger,
        *,
        seisoai_secret: str | bytes | None = None,
        seisoai_unsigned: bool = False,
        tolerance: float = 300.0,
        on_delivery: Callable[[Delivery], None] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """``seisoai_secret``: the API key's webhook secret. Without one, Seisoai deliveries are refused, unless
        ``seisoai_unsigned`` (a key with no secret: the gateway then signs nothing), which takes them, like Fusara's,
        only for jobs this ledger submitted, still refusing stale and replayed ones. ``on_delivery`` is called with
        each accepted delivery, after it is recorded."""
        self.ledger = ledger
        self._secret = seisoai_secret.encode() if isinstance(seisoai_secret, str) else seisoai_secret
        self.seisoai_unsigned = seisoai_unsigned
        self.tolerance = tolerance
        self.on_delivery = on_delivery
        self.clock = clock

    # -- the receivers ------------------------------------------------------------------------------------------------
    def handle(self, provider: str, headers: Mapping[str, str], body: bytes) -> Delivery:
        """Judge and record one delivery (``headers`` with lower-case names); Rejected when refused."""
        if len(body) > MAX_BODY:
            raise Rejected(413, f"a body over {MAX_BODY} bytes")
        if provider == "seisoai":
            delivery = self._seisoai(headers, body)
        elif provider == "fusara":
            delivery = self._fusara(body)
        else:
            raise Rejected(404, f"no receiver for {provider!r}: POST .../seisoai or .../fusara")
        if self.on_delivery is not None:
            self.on_delivery(delivery)
        return delivery

    def _seisoai(self, headers: Mapping[str, str], body: bytes) -> Delivery:
        timestamp = headers.get(TIMESTAMP_HEADER)
        if self._secret is None and not self.seisoai_unsigned:
            raise Rejected(403, "no Seisoai webhook secret is configured: signed deliveries only")
        if self._secret is not None:
            signature = headers.get(SIGNATURE_HEADER)
            if signature is None or timestamp is None:
                raise Rejected(401, f"{SIGNATURE_HEADER} and {TIMESTAMP_HEADER} are required")
            expected = sign_seisoai(self._secret, timestamp, body)
            if not hmac.compare_digest(expected.encode(), signature.strip().encode("utf-8", "replace")):
                raise Rejected(401, "the signature does not match")
        if timestamp is None:
            raise Rejected(400, f"{TIMESTAMP_HEADER} is required")
        sent, now = _instant(timestamp), self.clock()
        if abs(now - sent) > self.tolerance:
            raise Rejected(401, f"the timestamp is {now - sent:+.0f} s from now, outside {self.tolerance:g} s")
        data = _json_body(body)
        found = _SEISOAI_EVENTS.get(str(data.get("event")))
        if found is None:
            raise Rejected(400, "event is not generation.completed or generation.failed")
        name, model, state = found
        event = _typed("seisoai_client", name, model, data)
        headed = (headers.get(EVENT_HEADER, data["event"]), headers.get(EVENT_ID_HEADER, data["eventId"]))
        if data["timestamp"] != timestamp or headed != (data["event"], data["eventId"]):
            raise Rejected(400, "the headers and the body disagree (event, eventId or timestamp)")
        job_id = data["data"].get("jobId")
        job_id = job_id if isinstance(job_id, str) else None
        if self._secret is None and (job_id is None or not self.ledger.submitted("seisoai", job_id)):
            raise Rejected(404, "an unsigned delivery for a job this ledger did not submit")
        event_id: str = data["eventId"]
        if not self.ledger.delivery("seisoai", event_id, expires_at=max(now, sent) + self.tolerance + 60, now=now):
            raise Rejected(409, f"event {event_id} was already delivered (a replay)")
        try:
            if job_id is not None:
                self.ledger.job("seisoai", job_id, state.value)
        except BaseException:
            self.ledger.forget_delivery("seisoai", event_id)  # not recorded: the sender's retry must be taken
            raise
        return Delivery("seisoai", data["event"], job_id, state, event_id, event)

    def _fusara(self, body: bytes) -> Delivery:
        data = _json_body(body)
        payload: CallbackPayload = _typed("fusara_client", "CallbackPayload", CallbackPayload, data)
        job_id, state = str(payload.task_id), _FUSARA_STATES[int(payload.status_id.value)]
        if not self.ledger.submitted("fusara", job_id):
            raise Rejected(404, f"task {job_id} was not submitted through this ledger")
        recorded = self.ledger.job_state("fusara", job_id)
        if recorded in TERMINAL_JOB_STATES and recorded != state.value:
            raise Rejected(409, f"task {job_id} already ended {recorded}")
        self.ledger.job("fusara", job_id, state.value)
        return Delivery("fusara", "completion", job_id, state, None, payload)

    # -- ASGI -----------------------------------------------------------------------------------------------------
    async def __call__(self, scope: MutableMapping[str, Any], receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while (message := await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        if scope["type"] != "http":
            return
        if scope["method"] != "POST":
            await _answer(send, 405, {"error": "POST only"})
            return
        body, more = bytearray(), True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > MAX_BODY:
                await _answer(send, 413, {"error": f"a body over {MAX_BODY} bytes"})
                return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        provider = str(scope["path"]).rstrip("/").rsplit("/", 1)[-1]
        try:
            delivery = await asyncio.to_thread(self.handle, provider, headers, bytes(body))
        except Rejected as exc:
            await _answer(send, exc.status, {"error": str(exc)})
            return
        except Exception:  # the ledger is down: 5xx, so the sender retries
            await _answer(send, 500, {"error": "the delivery could not be recorded"})
            return
        await _answer(send, 200, {"ok": True, "job_id": delivery.job_id, "state": delivery.state.value})


Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


async def _answer(send: Send, status: int, body: Mapping[str, Any]) -> None:
    content = orjson.dumps(body)
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(content)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": content})


def app(
    *,
    ledger: Ledger,
    seisoai_secret: str | bytes | None = None,
    seisoai_unsigned: bool = False,
    tolerance: float = 300.0,
    on_delivery: Callable[[Delivery], None] | None = None,
) -> WebhookApp:
    """The receivers as an ASGI app: ``POST …/seisoai`` and ``POST …/fusara`` under any mount point."""
    return WebhookApp(
        ledger,
        seisoai_secret=seisoai_secret,
        seisoai_unsigned=seisoai_unsigned,
        tolerance=tolerance,
        on_delivery=on_delivery,
    )


# -- waits completed by webhooks ------------------------------------------------------------------------------------
def _ledger_of(ledger: Ledger | None) -> Ledger:
    if ledger is None:
        raise MediagenError("wait(webhook=True) needs a ledger (ledger= or MEDIAGEN_LEDGER) shared with the receiver")
    return ledger


def wait_by_webhook(
    job: Job,
    fetch: Callable[[str], Job],
    ledger: Ledger | None,
    *,
    policy: PollPolicy = WEBHOOK_FALLBACK,
    timeout: float | None = None,
    on_progress: ProgressCallback | None = None,
) -> Job:
    """``wait`` that sleeps on the ledger: when a terminal state of the job is recorded (by a webhook receiver
    anywhere), the job is fetched once and returned (or raised, as ``wait`` does). Without one, ``fetch`` is called
    at ``policy``'s (slow) intervals, and the deadline holds either way."""
    watched = _ledger_of(ledger)
    plan = _planner(job, policy, timeout, on_progress)
    try:
        with watched.watch_job(job.provider, job.id) as watch:
            heard = False
            while (delay := plan.next_delay()) is not None:
                if heard:  # the push came but the provider did not agree yet: plain polling from here
                    _wait.sleep(delay)
                else:
                    heard = watch.wait(delay) is not None
                plan.seen(fetch(job.id))
    except BaseException as exc:
        _keep_job_id(exc, job)
        raise
    return plan.job


async def async_wait_by_webhook(
    job: Job,
    fetch: Callable[[str], Awaitable[Job]],
    ledger: Ledger | None,
    *,
    policy: PollPolicy = WEBHOOK_FALLBACK,
    timeout: float | None = None,
    on_progress: ProgressCallback | None = None,
) -> Job:
    """``wait_by_webhook`` for asyncio (no thread per wait: one watcher thread per Ledger)."""
    watched = _ledger_of(ledger)
    plan = _planner(job, policy, timeout, on_progress)
    try:
        with watched.watch_job(job.provider, job.id) as watch:
            heard = False
            while (delay := plan.next_delay()) is not None:
                if heard:
                    await _wait.asleep(delay)
                else:
                    heard = await watch.wait_async(delay) is not None
                plan.seen(await fetch(job.id))
    except BaseException as exc:
        _keep_job_id(exc, job)
        raise
    return plan.job
