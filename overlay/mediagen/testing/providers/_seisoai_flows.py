"""Seisoai mock, orchestration and workflows: a deterministic stand-in for the gateway's LLM planner, plans run step by
step (the gateway waits for queue steps server-side: on the mock they end at once) and the source's four workflow
templates. A route group of ``SeisoaiMock``; it keeps no state of its own."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._engine import Handler, MockRequest, MockResponse
from ._seisoai_state import Agent, Payer

if TYPE_CHECKING:
    from .seisoai import SeisoaiMock

__all__ = ["FlowRoutes"]

#: The source's flat x402 price of an orchestration, five FLUX Pro Kontext images. The mock asks it for
#: orchestrate_execute and run_workflow too (the source gates neither; the spec keeps 402).
ORCHESTRATE_UNITS = 325_000
#: The source's four templates: goal, then steps of (toolId, input field <- parameter, inputMappings, description).
WORKFLOWS: dict[str, tuple[str, list[tuple[str, dict[str, str], dict[str, str], str]]]] = {
    "ai-influencer": ("A talking AI influencer clip", [
        ("image.generate.flux-2", {"prompt": "portraitPrompt"}, {}, "Generate the portrait"),
        ("audio.tts", {"text": "script", "audio_url": "voiceReferenceUrl"}, {}, "Speak the script in the voice"),
        ("audio.lip-sync", {}, {"face_image_url": "$step1.images[0].url", "audio_url": "$step2.audio_file.url"},
         "Lip-sync the portrait")]),
    "music-video": ("A music video", [
        ("music.generate", {"prompt": "musicPrompt", "duration": "duration"}, {}, "Compose the music"),
        ("image.generate.flux-2", {"prompt": "visualPrompt"}, {}, "Generate the key visual"),
        ("video.generate.ltx-image", {"prompt": "motionPrompt"}, {"image_url": "$step2.images[0].url"}, "Animate it")]),
    "product-visualization": ("A 3D model of a product photo", [
        ("image.extract-layer", {"image_url": "imageUrl"}, {}, "Remove the background"),
        ("3d.image-to-3d", {}, {"image_url": "$step1.image.url"}, "Convert to a 3D model")]),
    "audio-remix": ("A remix of a track", [
        ("audio.stem-separation", {"audio_url": "audioUrl"}, {}, "Separate the stems"),
        ("music.generate", {"prompt": "remixStyle", "duration": "duration"}, {}, "Compose the remix")]),
}  # fmt: skip
WORKFLOW_DEFAULTS = {
    "portraitPrompt": "A friendly presenter, studio portrait",
    "script": "Hello and welcome!",
    "musicPrompt": "Upbeat synthwave",
    "visualPrompt": "Neon city at night",
    "motionPrompt": "Slow camera push-in",
    "duration": 30,
    "remixStyle": "Lo-fi remix",
}


def _lookup(outputs: Mapping[str, Any], ref: str) -> Any:
    """An inputMappings reference such as ``$step1.images[0].url`` into earlier steps' outputs (None if absent)."""
    found = re.fullmatch(r"\$([\w-]+)\.(.+)", ref)
    node = outputs.get(found[1]) if found else None
    for name, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", found[2] if found else ""):
        try:
            node = node[int(index)] if index else node[name]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            return None
    return node


class FlowRoutes:
    """orchestrate, agent_orchestrate, orchestrate_plan, orchestrate_execute, list_workflows and run_workflow."""

    def __init__(self, mock: SeisoaiMock) -> None:
        self.mock = mock

    def handlers(self) -> Mapping[str, Handler]:
        return {
            "orchestrate": self.orchestrate,
            "agent_orchestrate": self.orchestrate,
            "orchestrate_plan": self.orchestrate_plan,
            "orchestrate_execute": self.orchestrate_execute,
            "list_workflows": self.list_workflows,
            "run_workflow": self.run_workflow,
        }

    def _plan(self, goal: str, context: Mapping[str, Any], allowed: list[str] | None = None) -> dict[str, Any]:
        """A deterministic stand-in for the LLM planner: one step per tool id named in the goal, else the agent's
        first tool (image.generate.flux-2, the seed's fast text->image, for the whole registry)."""
        pool = [t for t in (self.mock.tools if allowed is None else allowed) if t in self.mock.tools]
        named = [t for _, t in sorted((goal.find(t), t) for t in pool if t in goal)]
        steps = []
        for i, tool_id in enumerate(named or (pool[:1] if allowed is not None else ["image.generate.flux-2"]), 1):
            tool = self.mock.tools[tool_id]
            given = {k: v for k, v in {**context, "prompt": goal}.items() if k in tool.input_schema["properties"]}
            steps.append(
                {
                    "stepId": f"step{i}",
                    "toolId": tool_id,
                    "toolName": tool.name,
                    "input": given,
                    "description": f"Run {tool.name}",
                }
            )
        return self._estimated({"goal": goal, "steps": steps})

    def _estimated(self, plan: dict[str, Any]) -> dict[str, Any]:
        credits, seconds = 0.0, 0.0
        for step in plan["steps"]:
            tool = self.mock.tools.get(step["toolId"])
            data = self.mock.checked(tool, step.get("input", {})) if tool else None
            credits += self.mock.price(tool.id, data)[1] if tool and isinstance(data, dict) else 0
            seconds += (self.mock.job_seconds if tool.mode == "queue" else 5) if tool else 0
        return {**plan, "estimatedCredits": round(credits, 6), "estimatedDurationSeconds": seconds}

    def _execute(self, request: MockRequest, plan: dict[str, Any], payer: Payer) -> dict[str, Any]:
        """Run a plan step by step. The gateway waits for queue steps server-side: on the mock they end at once."""
        outputs: dict[str, Any] = {}
        results, credits = [], 0.0
        for i, step in enumerate(plan["steps"], 1):
            step_id, tool = step.get("stepId", f"step{i}"), self.mock.tools.get(step["toolId"])
            row: dict[str, Any] = {"stepId": step_id, "toolId": step["toolId"], "durationMs": 0}
            if tool is None or not tool.enabled:
                results.append({**row, "status": "skipped", "error": f"Tool not available: {step['toolId']}"})
                continue
            mapped = {k: _lookup(outputs, v) for k, v in step.get("inputMappings", {}).items()}
            data = self.mock.checked(tool, {**step.get("input", {}), **mapped})
            error = data.body["error"] if isinstance(data, MockResponse) else None
            price = self.mock.price(tool.id, data)[1] if isinstance(data, dict) else 0.0
            if error is None and not self.mock.charge(payer, price):
                error = "Insufficient API key credits"
            if error is None and tool.mode == "queue":
                error = self.mock.next_job_failure()
            if error is not None or not isinstance(data, dict):
                results.append({**row, "status": "failed", "error": error})
                continue
            outputs[step_id] = self.mock.result(tool, data, request.base_url, uuid.uuid4().hex)
            credits += price
            ms = int(self.mock.job_seconds * 1000) if tool.mode == "queue" else 0
            results.append({**row, "status": "completed", "result": outputs[step_id], "durationMs": ms})
        if payer.verified is not None:
            self.mock.x402.settle(payer.verified)
        done = [r for r in results if r["status"] == "completed"]
        return {
            "success": len(done) == len(results),
            "goal": plan.get("goal", ""),
            "plan": plan,
            "stepResults": results,
            "finalOutput": done[-1]["result"] if done else None,
            "totalDurationMs": sum(r["durationMs"] for r in results),
            "totalCredits": round(credits, 6),
        }

    def _orchestrated(
        self, request: MockRequest, plan: dict[str, Any], plan_only: bool = False, agent: Agent | None = None
    ) -> MockResponse:
        credits = 0.0 if plan_only else plan["estimatedCredits"]
        payer = self.mock.gate(request, ORCHESTRATE_UNITS, credits, agent=agent, charge=False)
        if isinstance(payer, MockResponse):
            return payer
        if plan_only:  # the payment gate is keyed on the route: a planOnly call pays it too (spec)
            if payer.verified is not None:
                self.mock.x402.settle(payer.verified)
            answer: dict[str, Any] = {"success": True, "plan": plan}
        else:
            answer = self._execute(request, plan, payer)
        if agent is not None:
            answer |= {"agentId": agent.id, "agentName": agent.name}
        return MockResponse(200, answer)

    def orchestrate(self, request: MockRequest) -> MockResponse:
        """orchestrate and agent_orchestrate (restricted to the agent's tools)."""
        agent = self.mock.agent(request) if "agentId" in request.path_params else None
        if isinstance(agent, MockResponse):
            return agent
        body = request.json
        plan = self._plan(body["goal"], body.get("context", {}), agent.tools if agent else None)
        return self._orchestrated(request, plan, body.get("planOnly", False), agent)

    def orchestrate_plan(self, request: MockRequest) -> MockResponse:
        return MockResponse(
            200, {"success": True, "plan": self._plan(request.json["goal"], request.json.get("context", {}))}
        )

    def orchestrate_execute(self, request: MockRequest) -> MockResponse:
        return self._orchestrated(request, self._estimated(dict(request.json["plan"])))

    def _workflow(self, workflow_id: str, params: Mapping[str, Any]) -> dict[str, Any]:
        goal, template = WORKFLOWS[workflow_id]
        values = {**WORKFLOW_DEFAULTS, **params}
        steps = [
            {
                "stepId": f"step{i}",
                "toolId": tool_id,
                "toolName": self.mock.tools[tool_id].name,
                "input": {k: values[p] for k, p in fields.items() if p in values},
                "inputMappings": mappings,
                "description": description,
            }
            for i, (tool_id, fields, mappings, description) in enumerate(template, 1)
        ]
        return self._estimated({"goal": goal, "steps": steps})

    def list_workflows(self, request: MockRequest) -> MockResponse:
        plans = {workflow_id: self._workflow(workflow_id, {}) for workflow_id in WORKFLOWS}
        return MockResponse(
            200,
            {
                "success": True,
                "workflows": [
                    {
                        "id": workflow_id,
                        "goal": plan["goal"],
                        "stepCount": len(plan["steps"]),
                        "estimatedCredits": plan["estimatedCredits"],
                        "estimatedDurationSeconds": plan["estimatedDurationSeconds"],
                        "steps": [{k: s[k] for k in ("toolId", "toolName", "description")} for s in plan["steps"]],
                    }
                    for workflow_id, plan in plans.items()
                ],
            },
        )

    def run_workflow(self, request: MockRequest) -> MockResponse:
        workflow_id = request.path_params["workflowId"]
        if request.body and request.json is None:  # the engine reads a JSON null body as no body
            return self.mock.error(400, "BAD_REQUEST", "The parameters must be a JSON object")
        if workflow_id not in WORKFLOWS:
            return MockResponse(
                404,
                {
                    "success": False,
                    "error": f"Workflow not found: {workflow_id}",
                    "availableWorkflows": list(WORKFLOWS),
                },
            )
        return self._orchestrated(request, self._workflow(workflow_id, request.json or {}))
