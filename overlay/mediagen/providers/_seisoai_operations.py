"""The Seisoai gateway's operations, each written once for ``Seisoai`` and ``AsyncSeisoai`` (see ``_operations``):
discovery (cached), local validation, the spending cap, invoke, queue jobs and batch; the agent-scoped ones are in
``_seisoai_sessions``."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, TypeAlias, Unpack
from urllib.parse import parse_qs, urlsplit

from seisoai_client import models
from seisoai_client.api.default import (
    agent_invoke_tool,
    batch_invoke,
    get_job_result,
    get_job_status,
    get_tool,
    get_tool_price,
    invoke_tool,
    list_tools,
)

from .. import _wait
from .._auth import MAX_PAYMENT_EXTENSION
from .._client import QUOTE_EXTENSION, ClientOptions
from .._client import _ProviderClientBase as Base
from .._exceptions import InvalidInputError, MediagenError
from .._operations import Plan, call, step
from .._provider import status_map
from .._schema import instance_problems, refuse
from .._types import Job, JobStatus
from ._seisoai_agents import AGENT_SCOPE, AgentScope, BaseAgentSession
from ._seisoai_inputs import normalize, output_urls, price_params

#: The documented maximum of one batch.
BATCH_MAX = 10
#: fal.ai's queue status word (upper-cased) → normalized (x-status-map of get_job_status).
STATUS: dict[str, JobStatus] = status_map("seisoai_client", "get_job_status")
#: One invocation's outcome in a batch answer, told apart by ``status``.
BatchItem: TypeAlias = models.BatchCompletedItem | models.BatchFailedItem | models.BatchQueuedItem


class SeisoaiBase(Base):
    """What ``Seisoai`` and ``AsyncSeisoai`` share: the registry cache, the queue models seen, the agent scope."""

    def __init__(
        self, api_key: str | None = None, *, registry_ttl: float = 300.0, **options: Unpack[ClientOptions]
    ) -> None:
        # No key but a wallet: pay per request, the document's second way in.
        keyless = not (api_key or os.environ.get(self.PROVIDER.env_var)) and options.get("x402") is not None
        super().__init__(api_key, anonymous=keyless, **options)
        self.registry_ttl = registry_ttl
        self._tool_list: tuple[float, list[models.ToolSummary]] | None = None
        self._tool_defs: dict[str, tuple[float, models.ToolDefinition]] = {}
        self._models: dict[str, str] = {}
        self.agent_scope = AgentScope()
        """Which agent session is in use (the document's control 4), shared with ``with_options`` copies."""

    @property
    def multi_agent(self) -> bool:
        """Allow more than one agent session at a time (the document: only when the user asks for it)."""
        return self.agent_scope.multi_agent

    @multi_agent.setter
    def multi_agent(self, value: bool) -> None:
        self.agent_scope.multi_agent = value

    def _fresh(self, stamp: float | None, refresh: bool) -> bool:
        return stamp is not None and not refresh and _wait.clock() - stamp < self.registry_ttl


def model_of(data: object) -> str | None:
    """The fal.ai model a queue job is polled with, from what its Job carries: invoke's ``job.model``, or the
    ``model`` query of a status or result URL (a batch item's job, a status answer)."""
    if isinstance(data, models.InvokeQueueResponse | models.AgentInvokeQueueResponse):
        return data.job.model
    url = data.job.status_url if isinstance(data, models.BatchQueuedItem) else getattr(data, "result_url", None)
    found = parse_qs(urlsplit(url).query).get("model") if isinstance(url, str) else None
    return found[0] if found else None


# -- discovery (cached) ------------------------------------------------------------------------------------------------
def tools(api: SeisoaiBase, /, *, refresh: bool = False) -> Plan[list[models.ToolSummary]]:
    """The live tool registry (``GET /tools``), cached for ``registry_ttl`` seconds."""
    hit = api._tool_list
    if hit is None or not api._fresh(hit[0], refresh):
        answer: models.ToolList = yield call(list_tools)
        hit = api._tool_list = (_wait.clock(), list(answer.tools))
    return list(hit[1])


def tool(api: SeisoaiBase, /, tool_id: str, *, refresh: bool = False) -> Plan[models.ToolDefinition]:
    """One tool with its exact input schema (``GET /tools/{toolId}``), cached for ``registry_ttl`` seconds."""
    hit = api._tool_defs.get(tool_id)
    if hit is None or not api._fresh(hit[0], refresh):
        answer: models.ToolDetail = yield call(get_tool, tool_id=tool_id)
        hit = api._tool_defs[tool_id] = (_wait.clock(), answer.tool)
    return hit[1]


def validate(api: SeisoaiBase, /, tool_id: str, input: Mapping[str, Any]) -> Plan[None]:
    """Refuse ``input`` locally unless it satisfies the tool's live ``inputSchema`` (InvalidInputError names
    the field and rule); a disabled tool is refused too. Nothing is sent or paid. The input is judged as the
    gateway judges it, after its normalization (``normalize``: camelCase names, "true", numeric strings,
    a number for a string duration), so what the gateway accepts is never refused here."""
    found = yield from tool(api, tool_id)
    if not found.enabled:
        raise MediagenError(f"seisoai tool {tool_id} is disabled: choose another in {found.category!r}")
    schema = found.input_schema.to_dict()
    refuse(instance_problems(schema, normalize(dict(input), schema), "input"))


def price(api: SeisoaiBase, /, tool_id: str, input: Mapping[str, Any] | None = None) -> Plan[Decimal]:
    """The previewed price in USD (``GET /price/{toolId}``) for ``input``'s pricing fields."""
    quote: models.PriceQuote = yield call(get_tool_price, tool_id=tool_id, **price_params(input))
    return Decimal(str(quote.pricing.usd))


def _under_cap(api: SeisoaiBase, tool_id: str, data: Mapping[str, Any], max_usd: Any) -> Plan[dict[str, Any]]:
    """Under a cap (the client's or ``max_usd``), the previewed price checked against it (the core's ``_capped``), and
    the request extensions that keep the wallet under it and record the quote."""
    if api._cap(max_usd) is None:
        return {}  # no cap: no preview request
    quoted = yield from price(api, tool_id, data)
    cap = api._capped(tool_id, quoted, "the gateway's price preview", max_usd)
    return {MAX_PAYMENT_EXTENSION: cap, QUOTE_EXTENSION: quoted}  # the wallet never signs more, whatever the 402 asks


# -- invoking --------------------------------------------------------------------------------------------------------
def send(
    api: SeisoaiBase,
    tool_id: str,
    data: dict[str, Any],
    session: BaseAgentSession | None,
    webhook_url: str | None,
    max_usd: Any,
) -> Plan[Job]:
    yield from validate(api, tool_id, data)
    extensions = yield from _under_cap(api, tool_id, data, max_usd)
    body = models.InvokeToolRequest.from_dict({**data, **({"webhookUrl": webhook_url} if webhook_url else {})})
    if session is None:
        answer = yield call(invoke_tool, tool_id=tool_id, body=body, _extensions=extensions)
    else:
        extensions[AGENT_SCOPE] = session
        answer = yield call(
            agent_invoke_tool, agent_id=session.agent_id, tool_id=tool_id, body=body, _extensions=extensions
        )
    if isinstance(answer, models.InvokeQueueResponse | models.AgentInvokeQueueResponse):
        api._models[answer.job.id] = answer.job.model
        return Job(answer.job.id, "seisoai", JobStatus.QUEUED, raw_status=str(answer.job.status), data=answer)
    result = answer.result.to_dict() if hasattr(answer.result, "to_dict") else answer.result
    return Job(answer.request_id, "seisoai", JobStatus.SUCCEEDED, "sync", output_urls(result), answer)


def invoke(
    api: SeisoaiBase,
    /,
    tool_id: str,
    input: Mapping[str, Any] | None = None,
    *,
    webhook_url: str | None = None,
    max_usd: Decimal | str | float | None = None,
    **fields: Any,
) -> Plan[Job]:
    """Invoke a tool after discovery and local validation. A sync tool's job is already succeeded (outputs
    in ``outputs``); a queue tool's job is queued: ``wait`` for it. Paid by API key credits or x402."""
    return (yield from send(api, tool_id, {**(input or {}), **fields}, None, webhook_url, max_usd))


def get(api: SeisoaiBase, job: Job | str, /, *, model: str | None = None) -> Plan[Job]:
    """A queue job's state at its status URL, polled with its fal.ai ``model``: ``model=``, else read from the Job
    (the answer of invoke or the batch item it carries), else the one this client saw for a bare id. Once
    completed, with its result. A sync tool's Job is returned as it is (it has no status URL)."""
    if isinstance(job, Job) and isinstance(job.data, models.InvokeSyncResponse | models.AgentInvokeSyncResponse):
        return job
    job_id, data = (job.id, job.data) if isinstance(job, Job) else (job, None)
    model = model or model_of(data) or api._models.get(job_id)
    if model is None:
        raise MediagenError(
            f"seisoai job {job_id}: its model is unknown to this client: pass the Job from invoke(), or "
            "get(job_id, model=...) with its job.data.job.model (the model query of its statusUrl)"
        )
    api._models[job_id] = model
    status: models.JobStatus = yield call(get_job_status, job_id=job_id, model=model)
    raw = str(status.status)
    # completed/failed are what to branch on; without them, the word (a word x-status-map lacks is UNKNOWN).
    word = JobStatus.read(STATUS, raw.upper())
    failed = status.failed if isinstance(status.failed, bool) else word in (JobStatus.FAILED, JobStatus.CANCELED)
    completed = status.completed if isinstance(status.completed, bool) else word is JobStatus.SUCCEEDED
    if failed:
        return Job(job_id, "seisoai", JobStatus.FAILED, raw, data=status, error=raw)
    if not completed:
        return Job(job_id, "seisoai", word if not word.terminal else JobStatus.RUNNING, raw, data=status)
    result: models.JobResult = yield call(get_job_result, job_id=job_id, model=model)
    found = result.result.to_dict() if hasattr(result.result, "to_dict") else result.result
    return Job(job_id, "seisoai", JobStatus.SUCCEEDED, raw, output_urls(found), result)


def run(
    api: SeisoaiBase,
    /,
    tool_id: str,
    input: Mapping[str, Any] | None = None,
    *,
    timeout: float | None = None,
    **fields: Any,
) -> Plan[Job]:
    """``invoke`` then, for a queue tool, ``wait``."""
    job = yield from invoke(api, tool_id, input, **fields)
    if job.status.terminal:
        return job
    done: Job = yield step("wait", job, timeout=timeout)
    return done


def batch(api: SeisoaiBase, /, calls: Sequence[tuple[str, Mapping[str, Any]]]) -> Plan[list[BatchItem]]:
    """Up to 10 invocations in one request, each validated against its tool's live schema first."""
    if len(calls) > BATCH_MAX:  # documented; an empty batch is the gateway's to judge (minItems is assumed)
        raise InvalidInputError(
            "body.invocations", "maxItems", f"a batch takes at most {BATCH_MAX} calls, not {len(calls)}"
        )
    for tool_id, data in calls:
        yield from validate(api, tool_id, data)
    invocations = [{"toolId": tool_id, "input": dict(data), "id": str(i)} for i, (tool_id, data) in enumerate(calls)]
    body = models.BatchInvokeRequest.from_dict({"invocations": invocations})
    answer: models.BatchInvokeResponse = yield call(batch_invoke, body=body)  # the client's cap bounds its payment
    for item in answer.results:
        if isinstance(item, models.BatchQueuedItem) and (found := model_of(item)):
            api._models[item.job.id] = found
    return list(answer.results)
