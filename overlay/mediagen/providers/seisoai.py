"""Seisoai gateway: discovery first, input checked against the live tool schema before paying, API key or x402.

```python
from mediagen import X402Wallet, seisoai

with seisoai.Seisoai(x402=X402Wallet(key, max_payment_usd="0.50"), spending_cap_usd="0.50") as api:
    tools = api.tools()                                   # the live registry (cached, TTL)
    job = api.run("image.generate.flux-2", prompt="a sunset over mountains")
    print(job.outputs)

async with seisoai.AsyncSeisoai(x402=X402Wallet(key, max_payment_usd="0.50"), spending_cap_usd="0.50") as aapi:
    job = await aapi.run("image.generate.flux-2", prompt="a sunset over mountains")   # every method, awaited
```

As the document asks: the tool list and each tool's schema are fetched (and cached for ``registry_ttl`` seconds)
before invoking; the input is validated locally against the live ``inputSchema`` (a refusal names the field and
rule, and nothing is paid); with a cap, the price is previewed and the wallet never signs above it; queue jobs are
polled at their status URL with their ``model`` (read from the Job, or ``get(job_id, model=...)``). Agent-scoped
routes are denied unless opened with ``agent()`` (``await``/``async with`` on ``AsyncSeisoai``). The operations are in
``_seisoai_operations`` and ``_seisoai_sessions`` (written once for both clients), the nine agent controls in
``_seisoai_agents``.
"""

from __future__ import annotations

from typing import Any, Unpack

import seisoai_client

from .._client import AsyncProviderClient, ClientOptions, ProviderClient, build_client
from .._exceptions import PermissionDeniedError
from .._operations import adrive, asynced, drive, sync
from .._provider import from_spec
from .._types import ErrorInfo, PollPolicy
from . import _seisoai_operations as op
from . import _seisoai_sessions as agents_op
from ._seisoai_agents import agent_route_guard
from ._seisoai_inputs import PRICE_PARAMS, normalize, output_urls  # noqa: F401  (importable from here, as before)
from ._seisoai_operations import BATCH_MAX, STATUS, BatchItem  # noqa: F401
from ._seisoai_sessions import AgentOpening, AgentSession, AsyncAgentSession

__all__ = [
    "PROVIDER",
    "AgentOpening",
    "AgentSession",
    "AsyncAgentSession",
    "AsyncSeisoai",
    "BatchItem",
    "CsrfRejectedError",
    "Seisoai",
    "client",
    "normalize",
]


class CsrfRejectedError(PermissionDeniedError):
    """403 "Invalid CSRF token": the gateway deployment applies browser CSRF protection to machine POSTs (seen on
    deployments of early February 2026). The document says not to send browser CSRF tokens, so a client cannot fix
    it; it is never retried."""


def _csrf(exc: Any) -> Any:
    """The typed error for a CSRF refusal (a 403 whose message names the cause), else ``exc`` itself."""
    if not isinstance(exc, PermissionDeniedError) or "csrf" not in f"{exc.message} {exc.body}".lower():
        return exc
    message = (
        "Invalid CSRF token: this Seisoai deployment refuses machine POSTs with browser CSRF protection "
        "(deployments of early February 2026); the document says not to send browser CSRF tokens, so nothing "
        "was retried: use a deployment without it, or report it to Seisoai"
    )
    return CsrfRejectedError(
        message,
        response=exc.response,
        body=exc.body,
        code="INVALID_CSRF_TOKEN",
        provider=exc.provider,
        job_id=exc.job_id,
        request_id=exc.request_id,
    )


def _error_info(body: Any) -> ErrorInfo:
    if isinstance(body, dict) and isinstance(body.get("error"), str):
        reason = body.get("reason")
        return ErrorInfo(None, body["error"] + (f": {reason}" if isinstance(reason, str) else ""))
    return ErrorInfo(None, str(body)[:200] if body else None)


def _job_id_of(body: Any) -> str | None:
    job = body.get("job") if isinstance(body, dict) else None
    job_id = job.get("id") if isinstance(job, dict) else None
    return job_id if isinstance(job_id, str) else None


PROVIDER = from_spec(
    "seisoai_client",
    error_info=_error_info,
    poll=PollPolicy(initial=3.0, maximum=15.0),  # the gateway's own clients poll every 3 s
    job_id_of=_job_id_of,
    request_guard=agent_route_guard,
    refine_error=_csrf,  # a 403 "Invalid CSRF token" is CsrfRejectedError (never retried)
)


def client(api_key: str | None = None, **options: Unpack[ClientOptions]) -> seisoai_client.Client:
    """The generated ``seisoai_client.Client`` wired with the overlay (auth, retries, x402, the agent guard)."""
    return build_client(PROVIDER, seisoai_client.Client, api_key, **options)


class Seisoai(op.SeisoaiBase, ProviderClient):
    """The Seisoai gateway, synchronously. ``api_key`` (or SEISOAI_API_KEY), or none with an ``x402`` wallet;
    ``registry_ttl``: seconds the tool registry and schemas are cached."""

    PROVIDER = PROVIDER
    CLIENT_CLASS = seisoai_client.Client
    tools, tool, validate, price = sync(op.tools), sync(op.tool), sync(op.validate), sync(op.price)
    invoke, run, batch = sync(op.invoke), sync(op.run), sync(op.batch)
    get = sync(op.get)
    agents, agent_detail = sync(agents_op.agents), sync(agents_op.agent_detail)
    agent_invoke, agent_orchestrate = sync(agents_op.agent_invoke), sync(agents_op.agent_orchestrate)

    def agent(self, agent_id: str, *, reason: str, owner: str | None = None) -> AgentSession:
        """Open an agent-scoped session for ONE agent, by its exact id, for the task's explicit ``reason`` (and,
        given ``owner``, only if the agent states it): its tools are the allowlist. ``with`` closes it."""
        return drive(self, agents_op.open_session(self, AgentSession(self, agent_id, reason=reason, owner=owner)))


class AsyncSeisoai(op.SeisoaiBase, AsyncProviderClient):
    """The Seisoai gateway with asyncio: the same methods as ``Seisoai``, awaited."""

    PROVIDER = PROVIDER
    CLIENT_CLASS = seisoai_client.Client
    tools, tool, validate, price = asynced(op.tools), asynced(op.tool), asynced(op.validate), asynced(op.price)
    invoke, run, batch = asynced(op.invoke), asynced(op.run), asynced(op.batch)
    get = asynced(op.get)
    agents, agent_detail = asynced(agents_op.agents), asynced(agents_op.agent_detail)
    agent_invoke, agent_orchestrate = asynced(agents_op.agent_invoke), asynced(agents_op.agent_orchestrate)

    def agent(self, agent_id: str, *, reason: str, owner: str | None = None) -> AgentOpening:
        """``Seisoai.agent``: ``session = await aapi.agent(...)``, or ``async with aapi.agent(...) as session``
        (closed after)."""

        async def opened() -> AsyncAgentSession:
            session = AsyncAgentSession(self, agent_id, reason=reason, owner=owner)
            return await adrive(self, agents_op.open_session(self, session))

        return AgentOpening(opened)
