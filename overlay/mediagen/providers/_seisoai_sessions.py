"""Seisoai agent sessions, sync and async, and the agent-scoped operations of the client.

A session is the data and checks of ``BaseAgentSession`` (``_seisoai_agents``: the nine controls) plus ``invoke`` and
``orchestrate``, which are the client's public ``agent_invoke`` and ``agent_orchestrate`` (a session sees its client
only through the small protocols below). ``open_session`` is the lookup that opens one (``Seisoai.agent``)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator, Mapping
from decimal import Decimal
from typing import Any, Protocol, TypeVar

from seisoai_client import models
from seisoai_client.api.default import agent_orchestrate as orchestrate_route
from seisoai_client.api.default import get_agent, list_agents
from seisoai_client.models import AgentOrchestrateResponse

from .._operations import Plan, call
from .._types import Job
from ._seisoai_agents import AGENT_SCOPE, BaseAgentSession, Scoped
from ._seisoai_operations import SeisoaiBase, send

__all__ = [
    "AgentOpening",
    "AgentSession",
    "AsyncAgentSession",
    "agent_detail",
    "agent_invoke",
    "agent_orchestrate",
    "agents",
    "open_session",
]

SessionT = TypeVar("SessionT", bound=BaseAgentSession)


class _SyncClient(Scoped, Protocol):
    def agent_invoke(
        self, session: AgentSession, tool_id: str, input: Mapping[str, Any] | None = None, **fields: Any
    ) -> Job: ...
    def agent_orchestrate(
        self, session: AgentSession, goal: str, *, context: Mapping[str, Any] | None = None, plan_only: bool = False
    ) -> AgentOrchestrateResponse: ...


class AgentSession(BaseAgentSession):
    """A ``Seisoai`` agent session (``Seisoai.agent``); ``with`` closes it."""

    def __init__(self, client: _SyncClient, agent_id: str, *, reason: str, owner: str | None = None) -> None:
        super().__init__(client, agent_id, reason=reason, owner=owner)
        self.client = client

    def invoke(self, tool_id: str, input: Mapping[str, Any] | None = None, **fields: Any) -> Job:
        """Invoke one of the agent's declared tools (validated and priced like ``Seisoai.invoke``)."""
        return self.client.agent_invoke(self, tool_id, input, **fields)

    def orchestrate(
        self, goal: str, *, context: Mapping[str, Any] | None = None, plan_only: bool = False
    ) -> AgentOrchestrateResponse:
        """Orchestrate within this agent only: never from inside another orchestration, never towards agents."""
        return self.client.agent_orchestrate(self, goal, context=context, plan_only=plan_only)

    def __enter__(self) -> AgentSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _AsyncClient(Scoped, Protocol):
    async def agent_invoke(
        self, session: AsyncAgentSession, tool_id: str, input: Mapping[str, Any] | None = None, **fields: Any
    ) -> Job: ...
    async def agent_orchestrate(
        self,
        session: AsyncAgentSession,
        goal: str,
        *,
        context: Mapping[str, Any] | None = None,
        plan_only: bool = False,
    ) -> AgentOrchestrateResponse: ...


class AsyncAgentSession(BaseAgentSession):
    """An ``AsyncSeisoai`` agent session: ``invoke`` and ``orchestrate`` awaited; ``async with`` closes it."""

    def __init__(self, client: _AsyncClient, agent_id: str, *, reason: str, owner: str | None = None) -> None:
        super().__init__(client, agent_id, reason=reason, owner=owner)
        self.client = client

    async def invoke(self, tool_id: str, input: Mapping[str, Any] | None = None, **fields: Any) -> Job:
        """``AgentSession.invoke``, awaited."""
        return await self.client.agent_invoke(self, tool_id, input, **fields)

    async def orchestrate(
        self, goal: str, *, context: Mapping[str, Any] | None = None, plan_only: bool = False
    ) -> AgentOrchestrateResponse:
        """``AgentSession.orchestrate``, awaited."""
        return await self.client.agent_orchestrate(self, goal, context=context, plan_only=plan_only)

    async def __aenter__(self) -> AsyncAgentSession:
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.close()


class AgentOpening:
    """What ``AsyncSeisoai.agent`` returns: ``await`` it for the session, or ``async with`` it (closed after)."""

    def __init__(self, open: Callable[[], Awaitable[AsyncAgentSession]]) -> None:
        self._open = open
        self._session: AsyncAgentSession | None = None

    def __await__(self) -> Generator[Any, None, AsyncAgentSession]:
        return self._open().__await__()

    async def __aenter__(self) -> AsyncAgentSession:
        self._session = await self._open()
        return self._session

    async def __aexit__(self, *exc: object) -> None:
        if self._session is not None:
            self._session.close()


# -- agents ------------------------------------------------------------------------------------------------------------
def agents(api: SeisoaiBase, /) -> Plan[list[models.AgentSummary]]:
    """Every agent (``GET /agents``). The document: enumerate only when the task needs it."""
    answer: models.AgentList = yield call(list_agents)
    return list(answer.agents)


def agent_detail(api: SeisoaiBase, /, session: BaseAgentSession) -> Plan[models.AgentDetail]:
    """``GET /agent/{id}`` for an open session's agent (an agent-scoped route: audited, never without a session)."""
    session.check(api.agent_scope)
    detail: models.AgentDetail = yield call(get_agent, agent_id=session.agent_id, _extensions={AGENT_SCOPE: session})
    return detail


def open_session(api: SeisoaiBase, /, session: SessionT) -> Plan[SessionT]:
    """Look the session's agent up directly (never a listing) and bind it to the answer; closed on any failure."""
    try:
        detail = yield from agent_detail(api, session)
    except BaseException:
        session.close()
        raise
    session.bind(detail.agent)
    return session


def agent_invoke(
    api: SeisoaiBase,
    /,
    session: BaseAgentSession,
    tool_id: str,
    input: Mapping[str, Any] | None = None,
    *,
    webhook_url: str | None = None,
    max_usd: Decimal | str | float | None = None,
    **fields: Any,
) -> Plan[Job]:
    """``invoke`` through an open agent session: only a tool the agent declares (``session.invoke`` calls this)."""
    session.check(api.agent_scope, tool_id)
    return (yield from send(api, tool_id, {**(input or {}), **fields}, session, webhook_url, max_usd))


def agent_orchestrate(
    api: SeisoaiBase,
    /,
    session: BaseAgentSession,
    goal: str,
    *,
    context: Mapping[str, Any] | None = None,
    plan_only: bool = False,
) -> Plan[models.AgentOrchestrateResponse]:
    """Orchestrate within an open session's agent only: never from inside another orchestration, never towards
    agents (``session.orchestrate`` calls this)."""
    session.check(api.agent_scope)
    body = models.OrchestrateRequest.from_dict(
        {"goal": goal, "planOnly": plan_only, **({"context": dict(context)} if context else {})}
    )
    with session.orchestrating(goal, context):
        answer: models.AgentOrchestrateResponse = yield call(
            orchestrate_route, agent_id=session.agent_id, body=body, _extensions={AGENT_SCOPE: session}
        )
    return answer
