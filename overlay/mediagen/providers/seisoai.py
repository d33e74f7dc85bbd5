"""Seisoai gateway: discovery first, input checked against the live tool schema before paying, API key or x402.

```python
from mediagen import X402Wallet, seisoai

with seisoai.Seisoai(x402=X402Wallet(key, max_payment_usd="0.50"), spending_cap_usd="0.50") as api:
    tools = api.tools()                                   # the live registry (cached, TTL)
    job = api.run("image.generate.flux-2", prompt="a sunset over mountains")
    print(job.outputs)
```

As the document asks: the tool list and each tool's schema are fetched (and cached for ``registry_ttl`` seconds)
before invoking; the input is validated locally against the live ``inputSchema`` (a refusal names the field and
rule, and nothing is paid); with a cap, the price is previewed and the wallet never signs above it; queue jobs are
polled at their status URL with their ``model``. Agent-scoped routes are denied unless opened with ``agent()``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, Unpack

import seisoai_client
from seisoai_client import models
from seisoai_client.api.default import (
    agent_invoke_tool,
    agent_orchestrate,
    batch_invoke,
    get_agent,
    get_job_result,
    get_job_status,
    get_tool,
    get_tool_price,
    invoke_tool,
    list_agents,
    list_tools,
)

from .. import _wait
from .._auth import MAX_PAYMENT_EXTENSION
from .._client import QUOTE_EXTENSION, ClientOptions, ProviderClient, build_client
from .._exceptions import InvalidInputError, MediagenError, PaymentError, PermissionDeniedError
from .._schema import SpecSchema, instance_problems, refuse
from .._types import ErrorInfo, Job, JobStatus, PollPolicy, Provider
from ._seisoai_agents import AGENT_SCOPE, AgentSession, agent_route_guard
from ._seisoai_inputs import normalize

__all__ = ["PROVIDER", "AgentSession", "CsrfRejectedError", "Seisoai", "client", "normalize"]

_SPEC = SpecSchema.of("seisoai_client")
#: The documented maximum of one batch.
BATCH_MAX = 10
#: Query parameters the price preview takes, read from the tool input of the same name.
PRICE_PARAMS = ("duration", "num_images", "steps")
#: fal.ai's queue status word (upper-cased) → normalized (x-status-map of get_job_status).
STATUS: dict[str, JobStatus] = {
    raw: JobStatus(value) for raw, value in _SPEC.operations["get_job_status"].raw["x-status-map"].items()
}


class CsrfRejectedError(PermissionDeniedError):
    """403 "Invalid CSRF token": the gateway deployment applies browser CSRF protection to machine POSTs (seen on
    deployments of early February 2026). The document says not to send browser CSRF tokens, so a client cannot fix
    it; it is never retried."""


def _csrf(exc: PermissionDeniedError) -> PermissionDeniedError:
    """The typed error for a CSRF refusal (its message names the cause), else ``exc`` itself."""
    if "csrf" not in f"{exc.message} {exc.body}".lower():
        return exc
    message = ("Invalid CSRF token: this Seisoai deployment refuses machine POSTs with browser CSRF protection "
               "(deployments of early February 2026); the document says not to send browser CSRF tokens, so nothing "
               "was retried: use a deployment without it, or report it to Seisoai")  # fmt: skip
    return CsrfRejectedError(message, response=exc.response, body=exc.body, code="INVALID_CSRF_TOKEN",
                             provider=exc.provider, job_id=exc.job_id, request_id=exc.request_id)  # fmt: skip


def _error_info(body: Any) -> ErrorInfo:
    if isinstance(body, dict) and isinstance(body.get("error"), str):
        reason = body.get("reason")
        return ErrorInfo(None, body["error"] + (f": {reason}" if isinstance(reason, str) else ""))
    return ErrorInfo(None, str(body)[:200] if body else None)


def _job_id_of(body: Any) -> str | None:
    job = body.get("job") if isinstance(body, dict) else None
    job_id = job.get("id") if isinstance(job, dict) else None
    return job_id if isinstance(job_id, str) else None


PROVIDER = Provider(
    name="seisoai",
    package="seisoai_client",
    base_url="https://seisoai.com",
    env_var="SEISOAI_API_KEY",
    credential_headers=lambda key: {"X-API-Key": key},
    error_info=_error_info,
    poll=PollPolicy(initial=3.0, maximum=15.0),  # the gateway's own clients poll every 3 s
    job_id_of=_job_id_of,
    request_guard=agent_route_guard,
)


def client(api_key: str | None = None, **options: Unpack[ClientOptions]) -> seisoai_client.Client:
    """The generated ``seisoai_client.Client`` wired with the overlay (auth, retries, x402, the agent guard)."""
    return build_client(PROVIDER, seisoai_client.Client, api_key, **options)


def output_urls(result: Any) -> tuple[str, ...]:
    """Every URL in a tool's raw result (images[].url, video.url, audio_file.url, model meshes...), in order."""
    found: list[str] = []
    if isinstance(result, Mapping):
        for key, value in result.items():
            if key == "url" and isinstance(value, str):
                found.append(value)
            else:
                found.extend(output_urls(value))
    elif isinstance(result, list):
        for value in result:
            found.extend(output_urls(value))
    return tuple(dict.fromkeys(found))


def _plain(value: Any) -> Any:
    return value.to_dict() if hasattr(value, "to_dict") else value


class Seisoai(ProviderClient):
    """The Seisoai gateway, synchronously. ``api_key`` (or SEISOAI_API_KEY), or none with an ``x402`` wallet."""

    PROVIDER = PROVIDER
    CLIENT_CLASS = seisoai_client.Client

    def __init__(
        self,
        api_key: str | None = None,
        *,
        registry_ttl: float = 300.0,
        **options: Unpack[ClientOptions],
    ) -> None:
        # No key but a wallet: pay per request, the document's second way in.
        keyless = not (api_key or os.environ.get(PROVIDER.env_var)) and options.get("x402") is not None
        super().__init__(api_key, anonymous=keyless, **options)
        self.registry_ttl = registry_ttl
        self._cache: dict[str, tuple[float, Any]] = {}
        self._models: dict[str, str] = {}
        self._agent: AgentSession | None = None
        self.multi_agent = False
        """Allow more than one agent session at a time (the document: only when the user asks for it)."""

    def call(self, endpoint: Any, **kwargs: Any) -> Any:
        """Call a generated operation; a 403 "Invalid CSRF token" raises CsrfRejectedError (never retried)."""
        try:
            return super().call(endpoint, **kwargs)
        except PermissionDeniedError as exc:
            typed = _csrf(exc)
            if typed is exc:
                raise
            raise typed from exc

    # -- discovery (cached) ------------------------------------------------------------------------------------------
    def _cached(self, key: str, fetch: Any, refresh: bool) -> Any:
        now = _wait.clock()
        hit = self._cache.get(key)
        if hit is None or refresh or now - hit[0] >= self.registry_ttl:
            hit = (now, fetch())
            self._cache[key] = hit
        return hit[1]

    def tools(self, *, refresh: bool = False) -> list[Any]:
        """The live tool registry (``GET /tools``), cached for ``registry_ttl`` seconds."""
        return list(self._cached("tools", lambda: self.call(list_tools), refresh).tools)

    def tool(self, tool_id: str, *, refresh: bool = False) -> Any:
        """One tool with its exact input schema (``GET /tools/{toolId}``), cached for ``registry_ttl`` seconds."""
        return self._cached(f"tool:{tool_id}", lambda: self.call(get_tool, tool_id=tool_id), refresh).tool

    def validate(self, tool_id: str, input: Mapping[str, Any]) -> None:
        """Refuse ``input`` locally unless it satisfies the tool's live ``inputSchema`` (InvalidInputError names
        the field and rule); a disabled tool is refused too. Nothing is sent or paid. The input is judged as the
        gateway judges it, after its normalization (``normalize``: camelCase names, "true", numeric strings,
        a number for a string duration), so what the gateway accepts is never refused here."""
        tool = self.tool(tool_id)
        if not tool.enabled:
            raise MediagenError(f"seisoai tool {tool_id} is disabled: choose another in {tool.category!r}")
        schema = _plain(tool.input_schema)
        refuse(instance_problems(schema, normalize(dict(input), schema), "input"))

    def price(self, tool_id: str, input: Mapping[str, Any] | None = None) -> Decimal:
        """The previewed price in USD (``GET /price/{toolId}``) for ``input``'s pricing fields."""
        params = {k: (input or {})[k] for k in PRICE_PARAMS if k in (input or {})}
        if isinstance(params.get("duration"), str):  # "6s" → 6
            params["duration"] = float(str(params["duration"]).rstrip("s") or 0)
        return Decimal(str(self.call(get_tool_price, tool_id=tool_id, **params).pricing.usd))

    # -- invoking ----------------------------------------------------------------------------------------------------
    def _invoke(self, tool_id: str, data: dict[str, Any], *, agent: AgentSession | None = None,
                webhook_url: str | None = None, max_usd: Any = None) -> Job:  # fmt: skip
        self.validate(tool_id, data)
        extensions: dict[str, Any] = {}
        caps = [c for c in (self.spending_cap_usd, None if max_usd is None else Decimal(str(max_usd))) if c is not None]
        if caps:
            cap, price = min(caps), self.price(tool_id, data)
            if price > cap:
                raise PaymentError(f"{tool_id} is priced ${price}, above the ${cap} cap. Nothing was sent.")
            extensions[MAX_PAYMENT_EXTENSION] = cap  # and the wallet never signs more, whatever the 402 asks
            extensions[QUOTE_EXTENSION] = price  # recorded with the write in a ledger
        body = models.InvokeToolRequest.from_dict({**data, **({"webhookUrl": webhook_url} if webhook_url else {})})
        if agent is not None:
            extensions[AGENT_SCOPE] = agent
            answer = self.call(agent_invoke_tool, agent_id=agent.agent_id, tool_id=tool_id, body=body,
                               _extensions=extensions)  # fmt: skip
        else:
            answer = self.call(invoke_tool, tool_id=tool_id, body=body, _extensions=extensions)
        return self._accepted(answer)

    def _accepted(self, answer: Any) -> Job:
        if isinstance(answer, models.InvokeQueueResponse | models.AgentInvokeQueueResponse):
            job = answer.job
            self._models[job.id] = job.model
            return Job(job.id, "seisoai", JobStatus.QUEUED, raw_status=str(job.status), data=answer)
        result = _plain(answer.result)
        return Job(answer.request_id, "seisoai", JobStatus.SUCCEEDED, "sync", output_urls(result), answer)

    def invoke(self, tool_id: str, input: Mapping[str, Any] | None = None, *, webhook_url: str | None = None,
               max_usd: Decimal | str | float | None = None, **fields: Any) -> Job:  # fmt: skip
        """Invoke a tool after discovery and local validation. A sync tool's job is already succeeded (outputs
        in ``outputs``); a queue tool's job is queued: ``wait`` for it. Paid by API key credits or x402."""
        return self._invoke(tool_id, {**(input or {}), **fields}, webhook_url=webhook_url, max_usd=max_usd)

    def get(self, job_id: str) -> Job:
        """A queue job's state at its status URL (with its ``model``); once completed, with its result."""
        model = self._models.get(job_id)
        if model is None:
            raise MediagenError(f"seisoai job {job_id}: its model is unknown (pass a Job from invoke(), or remember "
                                "job.data.job.model and call get_job_status with it)")  # fmt: skip
        status = self.call(get_job_status, job_id=job_id, model=model)
        raw = str(status.status)
        # completed/failed are what to branch on; without them, the word (a word x-status-map lacks is UNKNOWN).
        word = JobStatus.read(STATUS, raw.upper())
        failed = status.failed if isinstance(status.failed, bool) else word in (JobStatus.FAILED, JobStatus.CANCELED)
        completed = status.completed if isinstance(status.completed, bool) else word is JobStatus.SUCCEEDED
        if failed:
            return Job(job_id, "seisoai", JobStatus.FAILED, raw, data=status, error=raw)
        if not completed:
            state = word if not word.terminal else JobStatus.RUNNING
            return Job(job_id, "seisoai", state, raw, data=status)
        result = self.call(get_job_result, job_id=job_id, model=model)
        return Job(job_id, "seisoai", JobStatus.SUCCEEDED, str(status.status), output_urls(_plain(result.result)),
                   result)  # fmt: skip

    def run(self, tool_id: str, input: Mapping[str, Any] | None = None, *, timeout: float | None = None,
            **fields: Any) -> Job:  # fmt: skip
        """``invoke`` then, for a queue tool, ``wait``."""
        job = self.invoke(tool_id, input, **fields)
        return job if job.status.terminal else self.wait(job, timeout=timeout)

    def batch(self, calls: Sequence[tuple[str, Mapping[str, Any]]]) -> list[Any]:
        """Up to 10 invocations in one request, each validated against its tool's live schema first."""
        if len(calls) > BATCH_MAX:  # documented; an empty batch is the gateway's to judge (minItems is assumed)
            raise InvalidInputError("body.invocations", "maxItems",
                                    f"a batch takes at most {BATCH_MAX} calls, not {len(calls)}")  # fmt: skip
        for tool_id, data in calls:
            self.validate(tool_id, data)
        invocations = [
            {"toolId": tool_id, "input": dict(data), "id": str(i)} for i, (tool_id, data) in enumerate(calls)
        ]
        body = models.BatchInvokeRequest.from_dict({"invocations": invocations})
        answer = self.call(batch_invoke, body=body)  # the client's spending cap bounds its payment
        for item in answer.results:
            job = getattr(item, "job", None)
            if job is not None and getattr(job, "model", None):
                self._models[job.id] = job.model
        return list(answer.results)

    # -- agents --------------------------------------------------------------------------------------------------------
    def agents(self) -> list[Any]:
        """Every agent (``GET /agents``). The document: enumerate only when the task needs it."""
        return list(self.call(list_agents).agents)

    def agent_detail(self, agent_id: str, **kwargs: Any) -> Any:
        return self.call(get_agent, agent_id=agent_id, **kwargs)

    def agent(self, agent_id: str, *, reason: str, owner: str | None = None) -> AgentSession:
        """Open an agent-scoped session for ONE agent, by its exact id (see ``_seisoai_agents``)."""
        return AgentSession(self, agent_id, reason=reason, owner=owner)

    def _release(self, session: AgentSession) -> None:
        if self._agent is session:
            self._agent = None

    def _orchestrate(self, session: AgentSession, goal: str, context: Mapping[str, Any] | None, plan_only: bool) -> Any:
        body: dict[str, Any] = {"goal": goal, "planOnly": plan_only}
        if context:
            body["context"] = dict(context)
        return self.call(agent_orchestrate, agent_id=session.agent_id, body=models.OrchestrateRequest.from_dict(body),
                         _extensions={AGENT_SCOPE: session})  # fmt: skip
