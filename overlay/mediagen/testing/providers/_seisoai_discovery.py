"""Seisoai mock, discovery: the gateway's description, the tool registry (list, detail, price, OpenAPI, MCP manifest)
and its agents (list, detail, MCP manifest). Mixed into ``SeisoaiMock``; it keeps no state of its own (it reads the
mock's ``tools`` and ``agents``)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from .._engine import MockRequest, MockResponse
from .._x402 import BASE_USDC

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._schema import SpecSchema
    from .seisoai import _Agent, _Tool

__all__ = ["DiscoveryRoutes", "iso"]

PROTOCOLS = {"mcp": {"supported": True, "endpoint": "/api/mcp"},
             "x402": {"supported": True, "network": BASE_USDC["network"], "asset": "USDC"},
             "erc8004": {"supported": True, "standard": "ERC-8004"}}  # fmt: skip
#: get_gateway's endpoint groups, by the path segment after /api/gateway/ (the rest is discovery).
GROUPS = {"invoke": "invocation", "batch": "invocation", "agent": "agents", "jobs": "jobs",
          "orchestrate": "orchestration", "workflows": "orchestration"}  # fmt: skip


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class DiscoveryRoutes:
    """Mixed into ``SeisoaiMock``: get_gateway, list_tools, get_tool, get_tool_price, get_gateway_schema,
    get_mcp_manifest, list_agents, get_agent and get_agent_mcp_manifest."""

    if TYPE_CHECKING:  # what it uses of SeisoaiMock
        schema: SpecSchema
        tools: dict[str, _Tool]
        agents: dict[str, _Agent]

        def error(self, status: int, code: str, message: str, retry_after: int = 1) -> MockResponse: ...
        def price(self, tool_id: str, input: Mapping[str, Any] | None = None, *, defaults: bool = True) -> tuple[
            float, float, str]: ...  # fmt: skip

    # -- tools ----------------------------------------------------------------------------------------------------
    def get_gateway(self, request: MockRequest) -> MockResponse:
        enabled = [t.category for t in self.tools.values() if t.enabled]
        endpoints: dict[str, list[str]] = {}
        for op in self.schema.operations.values():
            group = GROUPS.get((op.path.split("/") + [""])[3], "discovery")
            endpoints.setdefault(group, []).append(f"{op.method} {op.path}")
        return MockResponse(200, {"name": "SeisoAI Agentic Gateway", "version": "1.0.0",
            "description": "Discover, price and invoke AI media tools", "toolCount": len(enabled),
            "categories": [{"name": c, "count": enabled.count(c)} for c in dict.fromkeys(enabled)],
            "endpoints": endpoints, "protocols": PROTOCOLS, "authentication": {"methods": ["api-key", "x402",
            "jwt-bearer"], "description": "X-API-Key: sk_live_... or an x402 payment-signature"}})  # fmt: skip

    def list_tools(self, request: MockRequest) -> MockResponse:
        q, tools = request.query, [t for t in self.tools.values() if t.enabled]
        if "q" in q:  # one filter applies, in this order (spec)
            tools = [t for t in tools if q["q"].lower() in " ".join([t.id, t.name, t.description, *t.tags]).lower()]
        elif "category" in q:
            tools = [t for t in tools if t.category == q["category"]]
        elif "tag" in q:
            tools = [t for t in tools if q["tag"] in t.tags]
        elif q.get("enabled") == "false":
            tools = list(self.tools.values())
        categories: dict[str, list[str]] = {}
        for tool in tools:
            categories.setdefault(tool.category, []).append(tool.id)
        return MockResponse(200, {"success": True, "gateway": "seisoai", "version": "1.0.0", "toolCount": len(tools),
            "categories": [{"category": c, "count": len(ids), "tools": ids} for c, ids in categories.items()],
            "tools": [{"id": t.id, "name": t.name, "description": t.description, "category": t.category,
                       "tags": t.tags, "executionMode": t.mode, "pricing": self._summary_pricing(t),
                       "enabled": t.enabled, "version": "1.0.0"} for t in tools], "protocols": PROTOCOLS})  # fmt: skip

    def _tool(self, tool_id: str) -> _Tool | MockResponse:
        tool = self.tools.get(tool_id)
        return tool or self.error(404, "NOT_FOUND", f"Tool not found: {tool_id}")

    def get_tool(self, request: MockRequest) -> MockResponse:
        tool = self._tool(request.path_params["toolId"])
        if isinstance(tool, MockResponse):
            return tool
        base = str(round(tool.pricing["baseUsdCost"] * tool.pricing["markup"] * 10**6))
        return MockResponse(200, {"success": True, "tool": {"id": tool.id, "name": tool.name,
            "description": tool.description, "category": tool.category, "falModel": tool.fal_model,
            "executionMode": tool.mode, "inputSchema": tool.input_schema, "enabled": tool.enabled,
            "tags": tool.tags, "version": "1.0.0",
            "pricing": {**tool.pricing, "x402": {"network": BASE_USDC["network"], "asset": "USDC",
                                                 "baseAmount": base}}}})  # fmt: skip

    def get_tool_price(self, request: MockRequest) -> MockResponse:
        tool = self._tool(request.path_params["toolId"])
        if isinstance(tool, MockResponse):
            return tool
        usd, credits, units = self.price(tool.id, request.query, defaults=False)  # the query stands in for the input
        return MockResponse(200, {"success": True, "toolId": tool.id, "toolName": tool.name,
            "pricing": {"usd": usd, "credits": credits, "usdcUnits": units}, "x402": {"network": BASE_USDC["network"],
            "asset": "USDC", "amount": units, "amountUsd": f"${int(units) / 10**6:.4f}"}})  # fmt: skip

    def get_gateway_schema(self, request: MockRequest) -> MockResponse:
        paths = {f"/api/gateway/invoke/{t.id}": {"post": {"summary": t.name, "description": t.description,
                 "tags": [t.category], "requestBody": {"content": {"application/json": {"schema": t.input_schema}}},
                 "responses": {"200": {"description": f"The {t.kind} result"},
                               "402": {"description": "Payment required (x402)"}}}}
                 for t in self.tools.values() if t.enabled}  # fmt: skip
        info = {"title": "SeisoAI Agentic Gateway", "version": "1.0.0"}
        return MockResponse(200, {"openapi": "3.0.3", "info": info, "paths": paths})

    def get_mcp_manifest(self, request: MockRequest) -> MockResponse:
        tools = [t.id for t in self.tools.values() if t.enabled]
        return MockResponse(200, self._manifest("seisoai-gateway", "SeisoAI media generation tools", tools))

    def _manifest(self, name: str, description: str, tool_ids: list[str]) -> dict[str, Any]:
        tools = [{"name": t.id, "description": t.description, "inputSchema": t.input_schema}
                 for t in map(self.tools.get, tool_ids) if t is not None]  # fmt: skip
        return {"name": name, "version": "1.0.0", "description": description, "tools": tools}

    @staticmethod
    def _summary_pricing(tool: _Tool) -> dict[str, Any]:
        p = tool.pricing
        out: dict[str, Any] = {"baseUsd": round(p["baseUsdCost"] * p["markup"], 6), "credits": p["credits"]}
        if "unitType" in p:
            out["perUnit"] = {"usd": round(p.get("perUnitCost", 0) * p["markup"], 6),
                              "credits": p.get("perUnitCredits", p["credits"]), "unitType": p["unitType"]}  # fmt: skip
        return out

    # -- agents ---------------------------------------------------------------------------------------------------
    def _agent(self, request: MockRequest) -> _Agent | MockResponse:
        agent = self.agents.get(request.path_params["agentId"])
        return agent or self.error(404, "NOT_FOUND", f"Agent not found: {request.path_params['agentId']}")

    @staticmethod
    def _agent_urls(agent: _Agent, base: str) -> dict[str, str]:
        root = f"{base}/api/gateway/agent/{quote(agent.id, safe='')}"
        return {"invokeUrl": f"{root}/invoke", "orchestrateUrl": f"{root}/orchestrate",
                "mcpManifestUrl": f"{root}/mcp-manifest", "infoUrl": root}  # fmt: skip

    def list_agents(self, request: MockRequest) -> MockResponse:
        agents = [{"agentId": a.id, "name": a.name, "description": a.description, "type": a.type, "tools": a.tools,
                   "owner": a.owner, "createdAt": iso(a.created), **self._agent_urls(a, request.base_url),
                   "x402Supported": True} for a in self.agents.values()]  # fmt: skip
        return MockResponse(200, {"success": True, "gateway": "seisoai", "agentCount": len(agents), "agents": agents,
                                  "protocols": {"x402": PROTOCOLS["x402"], "mcp": PROTOCOLS["mcp"]}})  # fmt: skip

    def get_agent(self, request: MockRequest) -> MockResponse:
        agent = self._agent(request)
        if isinstance(agent, MockResponse):
            return agent
        *endpoints, info = self._agent_urls(agent, request.base_url).items()
        tools = [{"id": t.id, "name": t.name, "description": t.description, "category": t.category,
                  "inputSchema": t.input_schema, "pricing": {"baseUsd": self._summary_pricing(t)["baseUsd"],
                  "credits": t.pricing["credits"]}} for t in map(self.tools.get, agent.tools) if t]  # fmt: skip
        return MockResponse(200, {"success": True, "agent": {"agentId": agent.id, "name": agent.name,
            "description": agent.description, "type": agent.type, "owner": agent.owner,
            "createdAt": iso(agent.created), "toolCount": len(agent.tools), "tools": tools,
            "endpoints": dict(endpoints), "agentURI": info[1], "x402": {**PROTOCOLS["x402"],
            "description": "Pay per call in USDC on Base. Include payment-signature header."}}})  # fmt: skip

    def get_agent_mcp_manifest(self, request: MockRequest) -> MockResponse:
        agent = self._agent(request)
        if isinstance(agent, MockResponse):
            return agent
        manifest = self._manifest(f"seisoai-agent-{agent.id}", agent.description, agent.tools)
        return MockResponse(200, {**manifest, "agentId": agent.id})
