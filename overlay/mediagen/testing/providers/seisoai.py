"""A stateful Seisoai gateway: the spec's 31 registry tools, API-key credits or x402 per call, queue jobs on the test
clock, batch, agents with tool allowlists, orchestration and workflow templates, webhooks to loopback URLs only.

The mock is its state (the records are ``_seisoai_state``'s) and, besides invocation and batch here, three route
groups: ``discovery`` (``_seisoai_discovery``), ``job_routes`` (queue jobs' status, results and webhooks:
``_seisoai_jobs``) and ``flows`` (orchestration and workflows: ``_seisoai_flows``)."""

from __future__ import annotations

import math
import mimetypes
import re
import secrets
import uuid
from collections import deque
from collections.abc import Mapping
from typing import Any, Literal, cast
from urllib.parse import quote

from ..._provider import key_in
from ..._schema import SpecSchema
from ...providers._seisoai_inputs import normalize
from .._engine import Handler, MockEngine, MockProvider, MockRequest, MockResponse
from .._x402 import MockX402, Verified
from ._seisoai_discovery import DiscoveryRoutes, agent_urls
from ._seisoai_flows import FlowRoutes
from ._seisoai_jobs import JobRoutes, webhook_refusal
from ._seisoai_state import Agent, Job, Payer, Tool

__all__ = ["SeisoaiMock"]

#: The source's flat x402 price of a batch, three FLUX Pro Kontext images (an orchestration's: ``_seisoai_flows``).
BATCH_UNITS = 195_000
#: What the price calculator assumes when the input gives no unit count (spec, get_tool_price).
UNIT_FALLBACK = {"second": 5.0, "minute": 30.0, "image": 1.0, "step": 1000.0}
UNIT_FIELD = {"second": "duration", "minute": "duration", "image": "num_images", "step": "steps"}
#: The mock's own cap on a unit count (get_tool_price reads its query loosely): prices stay finite.
MAX_UNITS = 1e9


class SeisoaiMock(MockProvider[str]):
    """Seisoai's documented behaviour. ``job_seconds``: how long a queue job runs on the mock's clock; ``shape``: the
    x402 challenge ("seisoai" hybrid, or official "v2"); ``rate_limit``: requests per key per mock-minute; ``csrf``:
    behave like the deployments of early February 2026, which answer every POST 403 "Invalid CSRF token";
    ``fail_next_job(reason)``: the next queue job (or queue step of an orchestration) ends FAILED with ``reason``."""

    name = "seisoai"
    package = "seisoai_client"

    def __init__(
        self,
        engine: MockEngine,
        *,
        job_seconds: float = 20.0,
        shape: str = "seisoai",
        rate_limit: int | None = None,
        starting_credits: float = 100.0,
        csrf: bool = False,
        x402_markup: float = 1.0,
    ) -> None:
        super().__init__(engine)
        if shape not in ("seisoai", "v2"):
            raise ValueError(f"shape must be 'seisoai' or 'v2', not {shape!r}")
        self.job_seconds, self.shape, self.rate_limit = job_seconds, cast(Literal["seisoai", "v2"], shape), rate_limit
        self.starting_credits = starting_credits
        self.csrf = csrf
        self.x402_markup = x402_markup
        """A 402 asks this multiple of the /price quote (the gateway's 402 amount need not equal its quote)."""
        self.api_key = "sk_live_mock" + secrets.token_hex(12)
        self.schema = SpecSchema.of(self.package)
        self.tools: dict[str, Tool] = {}
        for tool_id, ref in self.schema.spec["x-tools"].items():
            pointer = ref["$ref"].removeprefix("#")
            node = self.schema.spec["components"]["schemas"][pointer.rsplit("/", 1)[1]]
            name, _, description = node["description"].partition(f" ({tool_id}): ")
            schema = {"type": "object", "properties": node["properties"], "required": node.get("required", [])}
            facts = (node["x-category"], node["x-fal-model"], node["x-execution-mode"], node["x-pricing"])
            self.tools[tool_id] = Tool(tool_id, name, description, *facts, pointer, schema)
        self.accounts: dict[str, float] = {}
        """API key -> credits left."""
        self.jobs: dict[str, Job] = {}
        self.agents: dict[str, Agent] = {}
        self.windows: dict[str, deque[float]] = {}
        self.reserved: set[str] = set()
        """Nonces of accepted x402 payments (a queue job's is settled later): none is accepted twice."""
        self.x402 = MockX402(now=engine.clock.now, shape=self.shape)
        self.discovery = DiscoveryRoutes(self)
        self.job_routes = JobRoutes(self)
        self.flows = FlowRoutes(self)
        self.reset()

    def reset(self) -> None:
        super().reset()
        self.accounts = {self.api_key: self.starting_credits}
        for table in (self.jobs, self.agents, self.windows):
            table.clear()
        self.job_routes.reset()
        self.reserved.clear()
        self.x402.reset()
        for tool in self.tools.values():
            tool.enabled = True
        self.add_agent(
            "agent-imagery",
            ["image.generate.flux-2", "image.generate.flux-pro-kontext-edit", "image.upscale"],
            name="Imagery Agent",
            type="Image Generation",
        )
        self.add_agent("agent-voice", ["audio.tts", "audio.transcribe"], name="Voice Agent", type="Voice")
        # The spec's example agent and job exist, so that the documented examples run as printed.
        params = self.schema.spec["components"]["parameters"]
        self.add_agent(params["AgentId"]["example"], ["image.generate.flux-2"], name="Example Agent")
        tool = next(t for t in self.tools.values() if t.fal_model == params["JobModel"]["example"])
        job = Job(tool, {}, -math.inf, "gw-1738900000000", self._pricing(tool.id, {}), "http://mock")
        self.jobs[params["JobId"]["example"]] = job

    # -- test helpers ---------------------------------------------------------------------------------------------
    def add_key(self, key: str | None = None, *, credits: float = 100.0) -> str:
        key = key or "sk_live_mock" + secrets.token_hex(12)
        self.accounts[key] = credits
        return key

    def contract_key(self) -> str:
        return self.add_key(credits=1e9)

    def add_agent(
        self,
        agent_id: str,
        tools: list[str],
        *,
        name: str | None = None,
        description: str | None = None,
        type: str = "Custom",
        owner: str | None = None,
    ) -> str:
        name = name or agent_id
        self.agents[agent_id] = Agent(
            agent_id,
            name,
            list(tools),
            description or f"{name} (mock agent)",
            type,
            owner or "0x" + secrets.token_hex(20),
        )
        return agent_id

    def enable(self, tool_id: str) -> None:
        self.tools[tool_id].enabled = True

    def disable(self, tool_id: str) -> None:
        self.tools[tool_id].enabled = False

    def price(
        self, tool_id: str, input: Mapping[str, Any] | None = None, *, defaults: bool = True
    ) -> tuple[float, float, str]:
        """(USD, credits, USDC units) of one call: USD = (perUnitCost x units or baseUsdCost) x markup, credits from
        perUnitCredits x units or credits. ``defaults`` fills the tool's schema defaults first, as an invoke does."""
        tool = self.tools[tool_id]
        p, data = tool.pricing, self._normalized(tool, input or {}) if defaults else dict(input or {})
        usd, credits = p["baseUsdCost"], p["credits"]
        if "perUnitCost" in p and "unitType" in p:
            unit = p["unitType"]
            try:  # parseInt for seconds ("8s" -> 8, 8.5 -> 8), a number of seconds / 60 for minutes
                raw = str(data[UNIT_FIELD[unit]])
                units = float(re.match(r"\s*(\d+)", raw)[1] if unit == "second" else raw)  # type: ignore[index]
            except (KeyError, TypeError, ValueError):
                units = UNIT_FALLBACK[unit]
            units = min(units, MAX_UNITS) if units >= 0 else UNIT_FALLBACK[unit]
            units /= 60 if unit == "minute" else 1
            usd, credits = p["perUnitCost"] * units, p.get("perUnitCredits", credits) * units
        usd = round(usd * p["markup"], 6)
        return usd, round(credits, 6), str(round(usd * 10**6))

    # -- engine hooks -------------------------------------------------------------------------------------------
    def error(self, status: int, code: str, message: str, retry_after: int = 1) -> MockResponse:
        if status != 429:
            return MockResponse(status, {"success": False, "error": message})
        body = {"success": False, "error": message, "retryAfter": retry_after}
        return MockResponse(429, body, {"retry-after": str(retry_after)})

    def key_of(self, request: MockRequest) -> str | None:
        # As the spec's schemes say, but the gateway ignores any value not starting with sk_live_.
        return key_in(self.engine.schema.spec, request.header, accept=lambda key: key.startswith("sk_live_"))

    def authenticate(self, request: MockRequest) -> MockResponse | None:
        if self.csrf and request.method == "POST":
            return MockResponse(403, {"success": False, "error": "Invalid CSRF token"})
        key = self.key_of(request)
        if key is not None and key not in self.accounts:
            return self.error(401, "UNAUTHORIZED", "Invalid or expired API key")
        if key is not None and self.rate_limit is not None:
            now, window = self.engine.clock.now(), self.windows.setdefault(key, deque())
            while window and window[0] <= now - 60:
                window.popleft()
            if len(window) >= self.rate_limit:
                return self.error(429, "RATE_LIMITED", "Rate limit exceeded", max(0, math.ceil(window[0] + 60 - now)))
            window.append(now)
        # Operations that document no 400 cannot refuse a bad parameter as the engine would: an id that cannot
        # exist is not found, a query value the gateway cannot use is ignored (the source reads them loosely).
        match = self.schema.match(request.method, request.path)
        if match is not None and "400" not in match[0].raw["responses"]:
            operation = match[0].operation_id
            for problem in self.schema.param_problems(operation, "path", request.path_params):
                what = problem.field.removeprefix("path.")
                return self.error(404, "NOT_FOUND", f"{what[:-2].title()} not found: {request.path_params[what]}")
            for problem in self.schema.param_problems(operation, "query", request.query):
                request.query.pop(problem.field.removeprefix("query."), None)
        return None  # no key: public routes answer, paid ones ask for an x402 payment

    def handlers(self) -> Mapping[str, Handler]:
        invocation = dict.fromkeys(["invoke_tool", "invoke", "agent_invoke_tool", "agent_invoke"], self.invoke)
        groups = (self.discovery.handlers(), self.job_routes.handlers(), self.flows.handlers())
        return {"batch_invoke": self.batch_invoke, **invocation, **{k: v for g in groups for k, v in g.items()}}

    # -- state lookups (the route groups' too) ----------------------------------------------------------------------
    def tool(self, tool_id: str) -> Tool | MockResponse:
        tool = self.tools.get(tool_id)
        return tool or self.error(404, "NOT_FOUND", f"Tool not found: {tool_id}")

    def agent(self, request: MockRequest) -> Agent | MockResponse:
        agent = self.agents.get(request.path_params["agentId"])
        return agent or self.error(404, "NOT_FOUND", f"Agent not found: {request.path_params['agentId']}")

    def control(self, request: MockRequest) -> MockResponse | None:
        parts = request.path.strip("/").split("/")
        if parts[:2] == ["__mock__", "files"] and len(parts) == 4 and request.method == "GET":
            ctype = mimetypes.guess_type(parts[3])[0] or "application/octet-stream"
            return MockResponse(200, headers={"content-type": ctype}, raw=b"mock file " + "/".join(parts[2:]).encode())
        return None

    def tick(self) -> None:
        """Called by the engine after every request: webhooks go out as queue jobs end."""
        self.job_routes.deliver_due()

    def deliver_due(self) -> int:
        """Send the webhook of every queue job that ended and has not sent it yet (``job_routes.deliver_due``)."""
        return self.job_routes.deliver_due()

    # -- invocation -----------------------------------------------------------------------------------------------
    def invoke(self, request: MockRequest) -> MockResponse:
        """invoke_tool, invoke, agent_invoke_tool and agent_invoke: the tool in the path or beside its input."""
        body, in_path = dict(request.json), request.path_params.get("toolId")
        tool_id = body.pop("toolId", None) if in_path is None else in_path
        if in_path is not None:
            body.pop("toolId", None)  # with the toolId in the path, a toolId in the body is dropped
        agent: Agent | None = None
        if "agentId" in request.path_params:
            found = self.agent(request)
            if isinstance(found, MockResponse):
                return found
            agent = found
            if tool_id not in agent.tools:
                return MockResponse(
                    400,
                    {
                        "success": False,
                        "error": f"Tool {tool_id} is not part of agent {agent.name}",
                        "availableTools": agent.tools,
                    },
                )
        # invoke leaves webhookUrl in the input (spec: no webhook on that route); only invoke_tool acknowledges one.
        webhook = body.pop("webhookUrl", None) if in_path or agent else None
        tool = self.tool(tool_id)
        if isinstance(tool, MockResponse):
            return tool
        if not tool.enabled:
            return self.error(503, "TOOL_DISABLED", f"Tool is currently disabled: {tool.id}")
        if webhook is not None and (why := webhook_refusal(webhook)):
            return self.error(400, "INVALID_WEBHOOK", f"Invalid webhook URL: {why}")
        data = self.checked(tool, body)
        if isinstance(data, MockResponse):
            return data  # before any payment is asked for or taken
        pricing = self._pricing(tool.id, data)
        # The gateway source deducts API-key credits on POST /invoke/{toolId} only (not /invoke, nor agent invokes).
        deducts = in_path is not None and agent is None
        payer = self.gate(request, int(pricing["usdcUnits"]), pricing["credits"] if deducts else 0.0, agent=agent)
        if isinstance(payer, MockResponse):
            return payer
        ms = int(self.engine.clock.now() * 1000)
        request_id = f"ag-{agent.id}-{ms}" if agent else f"gw-{ms}"
        answer: dict[str, Any] = {
            "success": True,
            "toolId": tool.id,
            "toolName": tool.name,
            "executionMode": tool.mode,
            "requestId": request_id,
        }
        headers = {}
        started = self._start(request, tool, data, pricing, request_id, payer.verified, webhook, agent)
        if isinstance(started, str):
            answer["job"] = {
                "id": started,
                "model": tool.fal_model,
                "status": "IN_QUEUE",
                **self.job_urls(started, tool),
            }
        else:
            answer["result"] = started
            if payer.verified is not None:  # settled once the sync result exists
                headers["PAYMENT-RESPONSE"] = self.x402.settle(payer.verified)
        answer["pricing"] = pricing
        if webhook is not None and agent is None:
            answer["webhook"] = {"url": webhook, "status": "pending" if isinstance(started, str) else "delivered"}
        if agent is not None:
            answer |= {"agentId": agent.id, "agentName": agent.name}
        return MockResponse(200, answer, headers)

    @staticmethod
    def job_urls(job_id: str, tool: Tool) -> dict[str, str]:
        url, model = f"/api/gateway/jobs/{job_id}", quote(tool.fal_model, safe="")
        return {"statusUrl": f"{url}?model={model}", "resultUrl": f"{url}/result?model={model}"}

    def _start(
        self,
        request: MockRequest,
        tool: Tool,
        data: dict[str, Any],
        pricing: dict[str, Any],
        request_id: str,
        payment: Verified | None = None,
        webhook: str | None = None,
        agent: Agent | None = None,
    ) -> Any:
        """Run a checked, paid call: a sync tool's result, or a queue job's id."""
        if tool.mode == "sync":
            result = self.result(tool, data, request.base_url, uuid.uuid4().hex)
            if webhook is not None:
                self.job_routes.emit(
                    webhook, "generation.completed", tool, request_id, agent, {"result": result, "pricing": pricing}
                )
            return result
        job_id, fail = str(uuid.uuid4()), self.next_job_failure()
        self.jobs[job_id] = Job(
            tool, data, self.engine.clock.now(), request_id, pricing, request.base_url, fail, webhook, agent, payment
        )
        return job_id

    def checked(self, tool: Tool, body: Mapping[str, Any]) -> dict[str, Any] | MockResponse:
        """The input normalized and valid against the tool's own schema, or the gateway's 400."""
        data = self._normalized(tool, body)
        problems = self.engine.schema.problems_at(tool.pointer, data, "input")  # strict when the engine is
        if not problems:
            return data
        errors = [f"Missing required field: {f}" for f in tool.input_schema["required"] if f not in data]
        errors += [str(p) for p in problems if p.rule != "required"]
        return MockResponse(
            400,
            {
                "success": False,
                "error": "Invalid input: " + "; ".join(errors),
                "validationErrors": errors,
                "schema": tool.input_schema,
            },
        )

    @staticmethod
    def _normalized(tool: Tool, body: Mapping[str, Any]) -> dict[str, Any]:
        """The gateway's normalization, in part: camelCase names of declared fields, null and "" as missing, a number
        for a string duration as "<n>s", schema defaults applied."""
        return normalize(body, tool.input_schema)

    def _pricing(self, tool_id: str, data: Mapping[str, Any]) -> dict[str, Any]:
        usd, credits, units = self.price(tool_id, data)
        return {"usd": usd, "credits": credits, "usdcUnits": units}

    def gate(
        self, request: MockRequest, units: int, credits: float, *, agent: Agent | None = None, charge: bool = True
    ) -> Payer | MockResponse:
        """Pay for a call: API-key credits (taken now unless ``charge`` is False: the caller takes them per item),
        or an x402 payment (verified here, settled by the caller once the work exists)."""
        units = round(units * self.x402_markup)
        key = self.key_of(request)
        if key is not None:
            if self.accounts[key] < credits:
                body = {
                    "success": False,
                    "error": "Insufficient API key credits",
                    "required": credits,
                    "available": self.accounts[key],
                }
                return MockResponse(402, body if agent else {**body, "topUpUrl": "/api/api-keys/top-up"})
            payer = Payer(key=key)
            if charge:
                self.charge(payer, credits)
            return payer
        header = next(filter(None, map(request.header, ("payment-signature", "x-payment", "payment"))), None)
        if header is None:
            challenge, headers = self.x402.challenge(
                f"{request.base_url}{request.path}", units, description="Invoke any AI tool via the gateway"
            )
            if self.shape == "v2":  # the spec's option needs maxAmountRequired; the header stays official v2
                challenge["accepts"] = [{**o, "maxAmountRequired": o["amount"]} for o in challenge["accepts"]]
            if agent is not None:
                info = agent_urls(agent, request.base_url)["infoUrl"]
                challenge["agent"] = {"agentId": agent.id, "agentInfoUrl": info}
                headers["Link"] = f'<{info}>; rel="described-by"'
            return MockResponse(402, challenge, headers)
        verified = self.x402.verify(header, units)
        if verified.ok and verified.nonce in self.reserved:
            verified = Verified(False, "payment signature already used")
        if not verified.ok:
            used = "already used" in verified.reason
            error = "Payment signature already used" if used else "Payment verification failed"
            return MockResponse(402, {"error": error, "reason": verified.reason})
        self.reserved.add(cast(str, verified.nonce))
        return Payer(verified=verified)

    def charge(self, payer: Payer, credits: float) -> bool:
        """Take ``credits`` from the payer's key (an x402 payer has paid already); False if it has too few."""
        if payer.key is not None and self.accounts[payer.key] < credits:
            return False
        if payer.key is not None:
            self.accounts[payer.key] = round(self.accounts[payer.key] - credits, 6)
        return True

    @staticmethod
    def result(tool: Tool, data: Mapping[str, Any], base: str, rid: str) -> Any:
        """A plausible fal.ai output, its files served by ``control()``."""
        url = f"{base}/__mock__/files/{rid}"
        if tool.kind == "images":
            fmt = data.get("output_format", "png")
            return {
                "images": [
                    {"url": f"{url}/image-{i}.{fmt}", "content_type": f"image/{fmt}"}
                    for i in range(int(data.get("num_images", 1)))
                ]
            }
        return {
            "image": {"image": {"url": f"{url}/layer.png"}},
            "video": {"video": {"url": f"{url}/video.mp4"}},
            "audio": {"audio_file": {"url": f"{url}/audio.wav"}},
            "model": {"model_mesh": {"url": f"{url}/model.{data.get('output_format', 'glb')}"}},
            "lora": {"diffusers_lora_file": {"url": f"{url}/lora.safetensors"}},
            "text": {"output": "A mock description of the image."},
            "transcript": {"text": "A mock transcript.", "chunks": []},
        }[tool.kind]

    # -- batch ----------------------------------------------------------------------------------------------------
    def batch_invoke(self, request: MockRequest) -> MockResponse:
        items = request.json["invocations"]
        for item in items:  # every toolId is checked before anything runs
            tool = self.tools.get(item["toolId"])
            if tool is None or not tool.enabled:
                why = "Tool not found" if tool is None else "Tool is currently disabled"
                return self.error(400, "BAD_REQUEST", f"{why}: {item['toolId']}")
        checked = [
            (item, self.tools[item["toolId"]], self.checked(self.tools[item["toolId"]], item["input"]))
            for item in items
        ]
        # The gateway source takes no API-key credits for a batch (only POST /invoke/{toolId} deducts them).
        payer = self.gate(request, BATCH_UNITS, 0.0, charge=False)
        if isinstance(payer, MockResponse):
            return payer
        results, request_id = [], f"gw-{int(self.engine.clock.now() * 1000)}"
        for item, tool, data in checked:
            head = {"id": item.get("id", tool.id), "toolId": tool.id}
            if isinstance(data, MockResponse):  # a bad input fails its own item, uncharged
                results.append({**head, "status": "failed", "error": data.body["error"]})
                continue
            pricing = self._pricing(tool.id, data)
            started = self._start(request, tool, data, pricing, request_id)
            if isinstance(started, str):
                job = {"id": started, **self.job_urls(started, tool)}
                results.append({**head, "status": "queued", "job": job, "pricing": pricing})
            else:
                results.append({**head, "status": "completed", "result": started, "pricing": pricing})
        if payer.verified is not None:
            self.x402.settle(payer.verified)  # batch answers document no PAYMENT-RESPONSE header
        return MockResponse(200, {"success": True, "batchSize": len(items), "results": results})
