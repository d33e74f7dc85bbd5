"""Seisoai mock, discovery: the gateway's description, the tool registry (list, detail, price, OpenAPI, MCP manifest)
and its agents (list, detail, MCP manifest). A route group of ``SeisoaiMock``; it keeps no state of its own (it reads
the mock's ``tools`` and ``agents``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from .._engine import Handler, MockRequest, MockResponse
from .._x402 import BASE_USDC
from ._seisoai_state import Agent, Tool, iso

if TYPE_CHECKING:
    from .seisoai import SeisoaiMock

__all__ = ["DiscoveryRoutes", "agent_urls"]

PROTOCOLS = {
    "mcp": {"supported": True, "endpoint": "/api/mcp"},
    "x402": {"supported": True, "network": BASE_USDC["network"], "asset": "USDC"},
    "erc8004": {"supported": True, "standard": "ERC-8004"},
}
#: get_gateway's endpoint groups, by the path segment after /api/gateway/ (the rest is discovery).
GROUPS = {
    "invoke": "invocation",
    "batch": "invocation",
    "agent": "agents",
    "jobs": "jobs",
    "orchestrate": "orchestration",
    "workflows": "orchestration",
}


def agent_urls(agent: Agent, base: str) -> dict[str, str]:
    root = f"{base}/api/gateway/agent/{quote(agent.id, safe='')}"
    return {
        "invokeUrl": f"{root}/invoke",
        "orchestrateUrl": f"{root}/orchestrate",
        "mcpManifestUrl": f"{root}/mcp-manifest",
        "infoUrl": root,
    }


class DiscoveryRoutes:
    """get_gateway, list_tools, get_tool, get_tool_price, get_gateway_schema, get_mcp_manifest, list_agents,
    get_agent and get_agent_mcp_manifest, over ``mock``'s tools and agents."""

    def __init__(self, mock: SeisoaiMock) -> None:
        self.mock = mock

    def handlers(self) -> Mapping[str, Handler]:
        return {
            "get_gateway": self.get_gateway,
            "list_tools": self.list_tools,
            "get_tool": self.get_tool,
            "get_tool_price": self.get_tool_price,
            "get_gateway_schema": self.get_gateway_schema,
            "get_mcp_manifest": self.get_mcp_manifest,
            "list_agents": self.list_agents,
            "get_agent": self.get_agent,
            "get_agent_mcp_manifest": self.get_agent_mcp_manifest,
        }

    # -- tools ----------------------------------------------------------------------------------------------------
    def get_gateway(self, request: MockRequest) -> MockResponse:
        enabled = [t.category for t in self.mock.tools.values() if t.enabled]
        endpoints: dict[str, list[str]] = {}
        for op in self.mock.schema.operations.values():
            group = GROUPS.get((op.path.split("/") + [""])[3], "discovery")
            endpoints.setdefault(group, []).append(f"{op.method} {op.path}")
        return MockResponse(
            200,
            {
                "name": "SeisoAI Agentic Gateway",
                "version": "1.0.0",
                "description": "Discover, price and invoke AI media tools",
                "toolCount": len(enabled),
                "categories": [{"name": c, "count": enabled.count(c)} for c in dict.fromkeys(enabled)],
                "endpoints": endpoints,
                "protocols": PROTOCOLS,
                "authentication": {
                    "methods": ["api-key", "x402", "jwt-bearer"],
                    "description": "X-API-Key: sk_live_... or an x402 payment-signature",
                },
            },
        )

    def list_tools(self, request: MockRequest) -> MockResponse:
        q, tools = request.query, [t for t in self.mock.tools.values() if t.enabled]
        if "q" in q:  # one filter applies, in this order (spec)
            tools = [t for t in tools if q["q"].lower() in " ".join([t.id, t.name, t.description, *t.tags]).lower()]
        elif "category" in q:
            tools = [t for t in tools if t.category == q["category"]]
        elif "tag" in q:
            tools = [t for t in tools if q["tag"] in t.tags]
        elif q.get("enabled") == "false":
            tools = list(self.mock.tools.values())
        categories: dict[str, list[str]] = {}
        for tool in tools:
            categories.setdefault(tool.category, []).append(tool.id)
        return MockResponse(
            200,
            {
                "success": True,
                "gateway": "seisoai",
                "version": "1.0.0",
                "toolCount": len(tools),
                "categories": [{"category": c, "count": len(ids), "tools": ids} for c, ids in categories.items()],
                "tools": [
                    {
                        "id": t.id,
                        "name": t.name,
                        "description": t.description,
                        "category": t.category,
                        "tags": t.tags,
                        "executionMode": t.mode,
                        "pricing": self._summary_pricing(t),
                        "enabled": t.enabled,
                        "version": "1.0.0",
                    }
                    for t in tools
                ],
                "protocols": PROTOCOLS,
            },
        )

    def get_tool(self, request: MockRequest) -> MockResponse:
        tool = self.mock.tool(request.path_params["toolId"])
        if isinstance(tool, MockResponse):
            return tool
        base = str(round(tool.pricing["baseUsdCost"] * tool.pricing["markup"] * 10**6))
        return MockResponse(
            200,
            {
                "success": True,
                "tool": {
                    "id": tool.id,
                    "name": tool.name,
                    "description": tool.description,
                    "category": tool.category,
                    "falModel": tool.fal_model,
                    "executionMode": tool.mode,
                    "inputSchema": tool.input_schema,
                    "enabled": tool.enabled,
                    "tags": tool.tags,
                    "version": "1.0.0",
                    "pricing": {
                        **tool.pricing,
                        "x402": {"network": BASE_USDC["network"], "asset": "USDC", "baseAmount": base},
                    },
                },
            },
        )

    def get_tool_price(self, request: MockRequest) -> MockResponse:
        tool = self.mock.tool(request.path_params["toolId"])
        if isinstance(tool, MockResponse):
            return tool
        usd, credits, units = self.mock.price(
            tool.id, request.query, defaults=False
        )  # the query stands in for the input
        return MockResponse(
            200,
            {
                "success": True,
                "toolId": tool.id,
                "toolName": tool.name,
                "pricing": {"usd": usd, "credits": credits, "usdcUnits": units},
                "x402": {
                    "network": BASE_USDC["network"],
                    "asset": "USDC",
                    "amount": units,
                    "amountUsd": f"${int(units) / 10**6:.4f}",
                },
            },
        )

    def get_gateway_schema(self, request: MockRequest) -> MockResponse:
        paths = {
            f"/api/gateway/invoke/{t.id}": {
                "post": {
                    "summary": t.name,
                    "description": t.description,
                    "tags": [t.category],
                    "requestBody": {"content": {"application/json": {"schema": t.input_schema}}},
                    "responses": {
                        "200": {"description": f"The {t.kind} result"},
                        "402": {"description": "Payment required (x402)"},
                    },
                }
            }
            for t in self.mock.tools.values()
            if t.enabled
        }
        info = {"title": "SeisoAI Agentic Gateway", "version": "1.0.0"}
        return MockResponse(200, {"openapi": "3.0.3", "info": info, "paths": paths})

    def get_mcp_manifest(self, request: MockRequest) -> MockResponse:
        tools = [t.id for t in self.mock.tools.values() if t.enabled]
        return MockResponse(200, self._manifest("seisoai-gateway", "SeisoAI media generation tools", tools))

    def _manifest(self, name: str, description: str, tool_ids: list[str]) -> dict[str, Any]:
        tools = [
            {"name": t.id, "description": t.description, "inputSchema": t.input_schema}
            for t in map(self.mock.tools.get, tool_ids)
            if t is not None
        ]
        return {"name": name, "version": "1.0.0", "description": description, "tools": tools}

    @staticmethod
    def _summary_pricing(tool: Tool) -> dict[str, Any]:
        p = tool.pricing
        out: dict[str, Any] = {"baseUsd": round(p["baseUsdCost"] * p["markup"], 6), "credits": p["credits"]}
        if "unitType" in p:
            out["perUnit"] = {
                "usd": round(p.get("perUnitCost", 0) * p["markup"], 6),
                "credits": p.get("perUnitCredits", p["credits"]),
                "unitType": p["unitType"],
            }
        return out

    # -- agents ---------------------------------------------------------------------------------------------------
    def list_agents(self, request: MockRequest) -> MockResponse:
        agents = [
            {
                "agentId": a.id,
                "name": a.name,
                "description": a.description,
                "type": a.type,
                "tools": a.tools,
                "owner": a.owner,
                "createdAt": iso(a.created),
                **agent_urls(a, request.base_url),
                "x402Supported": True,
            }
            for a in self.mock.agents.values()
        ]
        return MockResponse(
            200,
            {
                "success": True,
                "gateway": "seisoai",
                "agentCount": len(agents),
                "agents": agents,
                "protocols": {"x402": PROTOCOLS["x402"], "mcp": PROTOCOLS["mcp"]},
            },
        )

    def get_agent(self, request: MockRequest) -> MockResponse:
        agent = self.mock.agent(request)
        if isinstance(agent, MockResponse):
            return agent
        *endpoints, info = agent_urls(agent, request.base_url).items()
        tools = [
            {
                "id": t.id,
                "name": t.name,
                "description": t.description,
                "category": t.category,
                "inputSchema": t.input_schema,
                "pricing": {"baseUsd": self._summary_pricing(t)["baseUsd"], "credits": t.pricing["credits"]},
            }
            for t in map(self.mock.tools.get, agent.tools)
            if t
        ]
        return MockResponse(
            200,
            {
                "success": True,
                "agent": {
                    "agentId": agent.id,
                    "name": agent.name,
                    "description": agent.description,
                    "type": agent.type,
                    "owner": agent.owner,
                    "createdAt": iso(agent.created),
                    "toolCount": len(agent.tools),
                    "tools": tools,
                    "endpoints": dict(endpoints),
                    "agentURI": info[1],
                    "x402": {
                        **PROTOCOLS["x402"],
                        "description": "Pay per call in USDC on Base. Include payment-signature header.",
                    },
                },
            },
        )

    def get_agent_mcp_manifest(self, request: MockRequest) -> MockResponse:
        agent = self.mock.agent(request)
        if isinstance(agent, MockResponse):
            return agent
        manifest = self._manifest(f"seisoai-agent-{agent.id}", agent.description, agent.tools)
        return MockResponse(200, {**manifest, "agentId": agent.id})
