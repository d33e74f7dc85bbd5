"""The Seisoai document's nine mandatory controls for agent-scoped routes (``/api/gateway/agent/*``), as code.

```python
with api.agent("agent-imagery", reason="the user asked to run the imagery bot") as agent:   # opt in, by exact id
    job = agent.invoke("image.generate.flux-2", prompt="a fox")                           # allowlisted tools only
print(agent.audit)                                                                         # who, where, what, why
```

The controls (the document's numbering), and where each lives:

1. explicit task requirement, deny by default: ``agent_route_guard`` refuses every ``/agent/*`` request that does
   not carry an ``AgentSession``, and a session needs a non-empty ``reason``;
2. exact agent binding, never inferred from names: the id must look like an id, and ``GET /agent/{id}`` must answer
   that very id;
3. authorization boundary, only the caller's credentials: ``authorize`` refuses a request carrying credentials of
   its own (another key, a forwarded token or payment);
4. single-agent scope: ``Seisoai.agent`` allows one session at a time unless ``multi_agent`` is set;
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
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from .._exceptions import AgentScopeError

if TYPE_CHECKING:
    from .seisoai import Seisoai

__all__ = ["AGENT_SCOPE", "AgentSession", "AuditRecord", "agent_route_guard"]

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
    if not isinstance(session, AgentSession):
        raise AgentScopeError(f"{request.method} {request.url.path}: agent-scoped routes are denied by default; "
                              "open one with Seisoai.agent(agent_id, reason=...) or use Seisoai.invoke()")  # fmt: skip
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


class AgentSession:
    """Agent-scoped calls for ONE agent, bound by exact id, limited to its declared tools, audited."""

    def __init__(self, api: Seisoai, agent_id: str, *, reason: str, owner: str | None = None) -> None:
        if not reason or not reason.strip():
            raise AgentScopeError("an agent-scoped call needs the task's explicit reason to operate this agent")
        if not AGENT_ID.fullmatch(agent_id):
            raise AgentScopeError(f"{agent_id!r} is not an agent id: agent ids are taken verbatim from "
                                  "GET /api/gateway/agents or from the user, never inferred from a name")  # fmt: skip
        active = api._agent
        if active is not None and not api.multi_agent and active.agent_id != agent_id:
            raise AgentScopeError(f"agent {active.agent_id} is already in use for this task: one agent per task")
        self.api: Seisoai = api
        self.agent_id: str = agent_id
        self.reason: str = reason.strip()
        self.audit: list[AuditRecord] = []
        self._orchestrating = False
        api._agent = self
        try:
            detail = api.agent_detail(agent_id, _extensions={AGENT_SCOPE: self})  # a direct lookup, never a listing
        except BaseException:
            api._release(self)
            raise
        agent = detail.agent
        tools = [tool.id for tool in agent.tools]
        found_owner = getattr(agent, "owner", None)
        problem = None
        if agent.agent_id != agent_id:
            problem = f"GET /agent/{agent_id} answered agent {agent.agent_id!r}: ambiguous"
        elif owner is not None and found_owner != owner:
            problem = f"agent {agent_id} is owned by {found_owner!r}, not {owner!r}"
        elif not tools or len(set(tools)) != len(tools):
            problem = f"agent {agent_id} declares {'no' if not tools else 'duplicate'} tools"
        if problem is not None:
            api._release(self)
            raise AgentScopeError(f"{problem}: stopping")
        self.tools: frozenset[str] = frozenset(tools)
        """The allowlist, as ``GET /agent/{id}`` declared it."""
        self.name: str = agent.name

    def __repr__(self) -> str:
        return f"AgentSession(agent_id={self.agent_id!r}, tools={sorted(self.tools)})"

    def authorize(self, request: httpx.Request) -> None:
        """Every control that can be judged from the request itself; records the call once it passes."""
        found = AGENT_ROUTE.match(request.url.path)
        if found is None or _route(request.url.path) != request.url.path.rstrip("/").lower():
            raise AgentScopeError(f"{request.url.path}: not an agent route in its exact form; stopping")
        if found["agent"] != self.agent_id:
            raise AgentScopeError(f"this session operates agent {self.agent_id}, not {found['agent']}")
        if self.api._agent is not self and not self.api.multi_agent:
            raise AgentScopeError(f"the session for agent {self.agent_id} is closed or another agent is in use")
        if found["action"] == "orchestrate":
            if not self._orchestrating:
                raise AgentScopeError("orchestration goes through AgentSession.orchestrate (no recursion, no fan-out)")
            why = _mentions_agents(json.loads(request.content or b"{}"), self.agent_id)
            if why is not None:
                raise AgentScopeError(f"the orchestration names {why}: no self-referential, recursive or fan-out "
                                      "orchestration")  # fmt: skip
        own = [name for name in CREDENTIAL_HEADERS if name in request.headers]
        if own:
            raise AgentScopeError(f"agent-scoped requests use only this client's credentials; the request carries "
                                  f"its own {', '.join(own)}")  # fmt: skip
        tool = found["tool"] if found["action"] == "invoke" else None
        if tool is None and found["action"] == "invoke":
            body = json.loads(request.content or b"{}")
            tool = body.get("toolId") if isinstance(body, dict) else None
            if not isinstance(tool, str):
                raise AgentScopeError("an agent invoke must name its toolId")
        if tool is not None and tool not in self.tools:
            raise AgentScopeError(f"tool {tool!r} is not declared by agent {self.agent_id} "
                                  f"(allowed: {', '.join(sorted(self.tools))})")  # fmt: skip
        record = AuditRecord(self.agent_id, f"{request.method} {request.url.path}", tool, self.reason, time.time())
        self.audit.append(record)
        audit_log.info("agent=%s route=%s tool=%s reason=%s", record.agent_id, record.route, tool, record.reason)

    def invoke(self, tool_id: str, input: Mapping[str, Any] | None = None, **fields: Any) -> Any:
        """Invoke one of the agent's declared tools (validated and priced like ``Seisoai.invoke``)."""
        if tool_id not in self.tools:
            raise AgentScopeError(f"tool {tool_id!r} is not declared by agent {self.agent_id}")
        return self.api._invoke(tool_id, {**(input or {}), **fields}, agent=self)

    def orchestrate(self, goal: str, *, context: Mapping[str, Any] | None = None, plan_only: bool = False) -> Any:
        """Orchestrate within this agent only: never from inside another orchestration, never towards agents."""
        if self._orchestrating:
            raise AgentScopeError("an orchestration may not start another one (no recursive orchestration)")
        why = _mentions_agents({"goal": goal, "context": context or {}}, self.agent_id)
        if why is not None:
            raise AgentScopeError(f"the orchestration goal or context names {why}: no self-referential, recursive "
                                  "or fan-out orchestration")  # fmt: skip
        self._orchestrating = True
        try:
            return self.api._orchestrate(self, goal, context, plan_only)
        finally:
            self._orchestrating = False

    def __enter__(self) -> AgentSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.api._release(self)
