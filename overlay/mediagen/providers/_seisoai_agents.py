"""The Seisoai document's nine mandatory controls for agent-scoped routes (``/api/gateway/agent/*``), as code.

```python
with api.agent("agent-imagery", reason="the user asked to run the imagery bot") as agent:   # opt in, by exact id
    job = agent.invoke("image.generate.flux-2", prompt="a fox")                           # allowlisted tools only
print(agent.audit)                                                                         # who, where, what, why
async with aapi.agent("agent-imagery", reason="...") as agent:                            # AsyncSeisoai: the same
    job = await agent.invoke("image.generate.flux-2", prompt="a fox")
```

A session is data (the agent's id, the reason, the declared tools, the audit) bound to its client's ``AgentScope``;
its ``invoke`` and ``orchestrate`` (``_seisoai_sessions``) are the client's public ``agent_invoke`` and
``agent_orchestrate``. Opening one is an operation of the client (``agent()``): the session is made (controls 1, 2,
4), ``GET /agent/{id}`` is sent under it, and ``bind`` checks the answer (controls 2, 5, 9).

The controls (the document's numbering), and where each lives:

1. explicit task requirement, deny by default: ``agent_route_guard`` refuses every ``/agent/*`` request that does
   not carry a session (``AgentSession``, ``AsyncAgentSession``), and a session needs a non-empty ``reason``;
2. exact agent binding, never inferred from names: the id must look like an id, and ``GET /agent/{id}`` must answer
   that very id;
3. authorization boundary, only the caller's credentials: ``authorize`` refuses a request carrying credentials of
   its own (another key, a forwarded token or payment);
4. single-agent scope: a client's ``AgentScope`` holds one session at a time unless ``multi_agent`` is set;
5. tool allowlist from ``GET /agent/{id}``: ``authorize`` and ``invoke`` refuse tools the agent does not declare;
6. no recursive orchestration or fan-out: ``orchestrate`` is not re-entrant and refuses goals or context that name
   agent routes or agent ids;
7. no broad discovery: a session looks its agent up directly and never lists agents;
8. audit trail: ``AgentSession.audit`` and the ``mediagen.audit`` logger get agent id, route, tool id and reason
   for every call;
9. stop on mismatch or ambiguity: every failed check raises ``AgentScopeError`` before a request is sent; the
   fallback is ``Seisoai.invoke``.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol

import httpx
from seisoai_client.models import Agent

from .._exceptions import AgentScopeError

__all__ = ["AGENT_SCOPE", "AgentScope", "AuditRecord", "BaseAgentSession", "Scoped", "agent_route_guard"]

#: Request extension that carries the AgentSession a request is made under.
AGENT_SCOPE = "mediagen.agent_scope"
AGENT_ROUTE = re.compile(r"^/api/gateway/agent/(?P<agent>[^/]+)(?:/(?P<action>[^/]+)(?:/(?P<tool>[^/]+))?)?$")
AGENT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$")
CREDENTIAL_HEADERS = ("x-api-key", "authorization", "payment-signature", "x-payment", "payment", "cookie")
audit_log = logging.getLogger("mediagen.audit")


@dataclass(frozen=True)
class AuditRecord:
    """One agent-scoped call, as the document asks to log it."""

    agent_id: str
    route: str
    tool_id: str | None
    reason: str
    at: float


def _route(path: str) -> str:
    """The path as a permissive server routes it: case folded, slashes collapsed, no trailing slash, and from the
    gateway's prefix on (a base URL may carry a path of its own)."""
    path = re.sub(r"/{2,}", "/", path.lower()).rstrip("/")
    start = path.find("/api/gateway/")
    return path[start:] if start >= 0 else path


def agent_route_guard(request: httpx.Request) -> None:
    """Deny by default: an agent-scoped route is sent only under an AgentSession that authorizes it."""
    if not _route(request.url.path).startswith("/api/gateway/agent/"):
        return
    session = request.extensions.get(AGENT_SCOPE)
    if not isinstance(session, BaseAgentSession):
        raise AgentScopeError(
            f"{request.method} {request.url.path}: agent-scoped routes are denied by default; "
            "open one with Seisoai.agent(agent_id, reason=...) or use Seisoai.invoke()"
        )
    session.authorize(request)


def _mentions_agents(value: Any, own: str) -> str | None:
    """What in a goal or context would make an orchestration recurse or fan out to agents, if anything."""
    text = json.dumps(value) if not isinstance(value, str) else value
    if "/agent/" in text or "/orchestrate" in text:
        return "an agent or orchestration route"
    if own in text:
        return f"its own agent id {own!r}"
    if re.search(r'"agent_?id"', text, re.IGNORECASE):
        return "an agentId"
    return None


class AgentScope:
    """Control 4, one per client (and its ``with_options`` copies): the agent session in use."""

    def __init__(self) -> None:
        self.active: BaseAgentSession | None = None
        self.multi_agent = False
        """Allow more than one agent session at a time (the document: only when the user asks for it)."""

    def claim(self, session: BaseAgentSession) -> None:
        active = self.active
        if active is not None and not self.multi_agent and active.agent_id != session.agent_id:
            raise AgentScopeError(f"agent {active.agent_id} is already in use for this task: one agent per task")
        self.active = session

    def release(self, session: BaseAgentSession) -> None:
        if self.active is session:
            self.active = None

    def admits(self, session: BaseAgentSession) -> bool:
        return self.active is session or self.multi_agent


class Scoped(Protocol):
    """What a session needs of its client: the scope it claims."""

    @property
    def agent_scope(self) -> AgentScope: ...


class BaseAgentSession:
    """Agent-scoped calls for ONE agent, bound by exact id, limited to its declared tools, audited: the data and
    the checks; ``AgentSession`` and ``AsyncAgentSession`` add ``invoke`` and ``orchestrate``."""

    def __init__(self, client: Scoped, agent_id: str, *, reason: str, owner: str | None = None) -> None:
        if not reason or not reason.strip():
            raise AgentScopeError("an agent-scoped call needs the task's explicit reason to operate this agent")
        if not AGENT_ID.fullmatch(agent_id):
            raise AgentScopeError(
                f"{agent_id!r} is not an agent id: agent ids are taken verbatim from "
                "GET /api/gateway/agents or from the user, never inferred from a name"
            )
        self.agent_id: str = agent_id
        self.reason: str = reason.strip()
        self.owner: str | None = owner
        """The owner the caller expects ``GET /agent/{id}`` to state (None: not checked)."""
        self.audit: list[AuditRecord] = []
        self.tools: frozenset[str] = frozenset()
        """The allowlist, as ``GET /agent/{id}`` declared it (empty until ``bind``)."""
        self.name: str = ""
        self.scope: AgentScope = client.agent_scope
        self._orchestrating = False
        self.scope.claim(self)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(agent_id={self.agent_id!r}, tools={sorted(self.tools)})"

    def bind(self, agent: Agent) -> None:
        """Take the allowlist from ``GET /agent/{id}``'s answer, or close the session and stop on a mismatch."""
        tools = [tool.id for tool in agent.tools]
        found_owner = agent.owner if isinstance(agent.owner, str) else None
        problem = None
        if agent.agent_id != self.agent_id:
            problem = f"GET /agent/{self.agent_id} answered agent {agent.agent_id!r}: ambiguous"
        elif self.owner is not None and found_owner != self.owner:
            problem = f"agent {self.agent_id} is owned by {found_owner!r}, not {self.owner!r}"
        elif not tools or len(set(tools)) != len(tools):
            problem = f"agent {self.agent_id} declares {'no' if not tools else 'duplicate'} tools"
        if problem is not None:
            self.close()
            raise AgentScopeError(f"{problem}: stopping")
        self.tools, self.name = frozenset(tools), agent.name

    def check(self, scope: AgentScope, tool_id: str | None = None) -> None:
        """Before anything is sent: this client's session, still open, and (for an invoke) a declared tool."""
        if scope is not self.scope:
            raise AgentScopeError(f"the session for agent {self.agent_id} belongs to another client")
        if not self.scope.admits(self):
            raise AgentScopeError(f"the session for agent {self.agent_id} is closed or another agent is in use")
        if tool_id is not None and tool_id not in self.tools:
            raise AgentScopeError(
                f"tool {tool_id!r} is not declared by agent {self.agent_id} (allowed: {', '.join(sorted(self.tools))})"
            )

    def authorize(self, request: httpx.Request) -> None:
        """Every control that can be judged from the request itself; records the call once it passes."""
        found = AGENT_ROUTE.match(request.url.path)
        if found is None or _route(request.url.path) != request.url.path.rstrip("/").lower():
            raise AgentScopeError(f"{request.url.path}: not an agent route in its exact form; stopping")
        if found["agent"] != self.agent_id:
            raise AgentScopeError(f"this session operates agent {self.agent_id}, not {found['agent']}")
        self.check(self.scope)
        if found["action"] == "orchestrate":
            if not self._orchestrating:
                raise AgentScopeError("orchestration goes through AgentSession.orchestrate (no recursion, no fan-out)")
            self._refuse_agents(json.loads(request.content or b"{}"), "the orchestration names")
        own = [name for name in CREDENTIAL_HEADERS if name in request.headers]
        if own:
            raise AgentScopeError(
                f"agent-scoped requests use only this client's credentials; the request carries "
                f"its own {', '.join(own)}"
            )
        tool = found["tool"] if found["action"] == "invoke" else None
        if tool is None and found["action"] == "invoke":
            body = json.loads(request.content or b"{}")
            tool = body.get("toolId") if isinstance(body, dict) else None
            if not isinstance(tool, str):
                raise AgentScopeError("an agent invoke must name its toolId")
        if tool is not None:
            self.check(self.scope, tool)
        record = AuditRecord(self.agent_id, f"{request.method} {request.url.path}", tool, self.reason, time.time())
        self.audit.append(record)
        audit_log.info("agent=%s route=%s tool=%s reason=%s", record.agent_id, record.route, tool, record.reason)

    def _refuse_agents(self, value: Any, what: str) -> None:
        why = _mentions_agents(value, self.agent_id)
        if why is not None:
            raise AgentScopeError(f"{what} {why}: no self-referential, recursive or fan-out orchestration")

    @contextmanager
    def orchestrating(self, goal: str, context: Mapping[str, Any] | None) -> Iterator[None]:
        """Control 6 around one orchestration: never from inside another one, never towards agents."""
        if self._orchestrating:
            raise AgentScopeError("an orchestration may not start another one (no recursive orchestration)")
        self._refuse_agents({"goal": goal, "context": context or {}}, "the orchestration goal or context names")
        self._orchestrating = True
        try:
            yield
        finally:
            self._orchestrating = False

    def close(self) -> None:
        """Release the client's agent scope (control 4); the session can no longer call."""
        self.scope.release(self)
