"""Killa Tamata mock, Studio (a route group of ``KillaTamataMock``): projects, threads, assets, preflights and agent
requests per account. The agent reads paid steps off a prompt (``AGENT_JOBS``) and quotes them at the media job prices;
a run or an executed approval plan starts them as media jobs on the mock's clock. The spec's examples run as printed:
the contract account owns the Studio example ids (``seed_contract``).
"""

from __future__ import annotations

import mimetypes
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .._engine import Handler, MockRequest, MockResponse
from ._killatamata_state import iso, new_id

if TYPE_CHECKING:
    from .killatamata import KillaTamataMock

__all__ = ["StudioRoutes"]

PREFLIGHT_TTL = 3600
#: The Studio agent's paid steps: (prompt pattern, task, the input field the prompt fills, a plausible input).
AGENT_JOBS: list[tuple[str, str, str | None, dict[str, Any]]] = [
    (r"video|clip|flythrough|animat|teaser", "video.generate", "prompt",
     {"durationFrames": 121, "width": 1280, "height": 704}),
    (r"voice|narrat|speak|speech", "audio.speak", "text", {"voiceDescription": "Warm, clear narrator."}),
    (r"music|song|soundtrack", "ace.step.create", "tags", {"durationSeconds": 30}),
    (r"sound effect|sfx|foley", "moss.sound.effect", "prompt", {"durationSeconds": 2}),
    (r"image|picture|poster|photo|thumbnail", "image.generate", "prompt", {"width": 1024, "height": 1024}),
    (r"\b3d\b|mesh|low-poly", "trellis.generate", None, {"sourceImageUrl": "https://cdn.example.com/ref.png"}),
]  # fmt: skip
Jobs = list[tuple[dict[str, Any], Decimal]]
"""Paid media jobs: (a submit_media_job body, its price)."""


def _total(jobs: Jobs) -> Decimal:
    return sum((usd for _, usd in jobs), Decimal(0))


@dataclass
class Preflight:
    id: str
    thread: str
    prompt: str
    jobs: Jobs
    approval: bool
    expires: float
    executed: bool = False
    """Its jobs were charged and started (by execute_studio_approval_plan, or by a run)."""
    used: bool = False
    """A run used it."""


@dataclass
class AgentRequest:
    id: str
    thread: str
    preflight: str | None
    jobs: list[str]
    created: float
    finishes: float


@dataclass
class Studio:
    projects: dict[str, dict[str, Any]] = field(default_factory=dict)
    threads: dict[str, dict[str, Any]] = field(default_factory=dict)
    messages: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    assets: dict[str, dict[str, Any]] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    preflights: dict[str, Preflight] = field(default_factory=dict)
    requests: dict[str, AgentRequest] = field(default_factory=dict)
    active_thread: str | None = None
    settings: dict[str, Any] = field(default_factory=lambda: {"activeProjectId": None, "autoApproveMaxUsd": 0.0})


StudioHandler = Callable[[MockRequest, Studio, str], MockResponse]


class StudioRoutes:
    """Studio, per account, over ``mock``'s jobs and balances; its own state (``studios``) is made by ``reset``."""

    def __init__(self, mock: KillaTamataMock) -> None:
        self.mock = mock
        self.studios: dict[str, Studio] = {}

    def reset(self) -> None:
        self.studios = {}

    def seed_contract(self, account: str) -> None:
        """The contract account's Studio (``contract_key``): the spec's Studio ids."""
        studio, ids, now = self.studios.setdefault(account, Studio()), self.mock.example_ids, iso(self.mock.now())
        studio.settings["autoApproveMaxUsd"] = 1.0  # prompts run without a preflight; the example plan needs approval
        project, thread = ids("projectId")[0], ids("threadId")[0]
        for pid in ids("projectId"):
            studio.projects[pid] = {"projectId": pid, "name": "Example project", "createdAt": now, "updatedAt": now}
        for tid in ids("threadId"):
            studio.threads[tid] = {"threadId": tid, "projectId": project, "title": "Storyboard", "createdAt": now}
            studio.messages[tid] = []
        for aid in ids("assetId"):
            studio.assets[aid] = {
                "assetId": aid,
                "projectId": project,
                "kind": "text",
                "title": "Script",
                "createdAt": now,
            }
            studio.texts[aid] = "We launch at dawn."
        prompt = "Make a 6 second neon city flythrough with a short voice-over."
        for pf in ids("preflightId"):
            studio.preflights[pf] = Preflight(pf, thread, prompt, self._quote(prompt), True, self.mock.now() + 86400)
        for rid in ids("requestId"):
            studio.requests[rid] = AgentRequest(rid, thread, None, [], self.mock.now(), self.mock.now())

    def handlers(self) -> Mapping[str, Handler]:
        return {name: self._in_studio(*route) for name, route in self._studio_routes().items()}

    def _studio_routes(self) -> dict[str, tuple[str | None, str, StudioHandler]]:
        """operationId → (the Studio table the request's id must name, the id's field, the handler)."""
        return {
            "get_studio_snapshot": (None, "", lambda r, s, i: MockResponse(200, {
                "projects": [dict(p) for p in s.projects.values()], "threads": [dict(t) for t in s.threads.values()],
                "activeThreadId": s.active_thread, "settings": dict(s.settings)})),
            "list_studio_project_assets": ("projects", "projectId", lambda r, s, i: MockResponse(
                200, {"projectId": i, "assets": [dict(a) for a in s.assets.values() if a["projectId"] == i]})),
            "create_studio_project": (None, "", lambda r, s, i: self._created(s.projects, {
                "projectId": new_id("prj_"), **r.json, "updatedAt": iso(self.mock.now())})),
            "update_studio_project": ("projects", "projectId", lambda r, s, i: self._patch(s.projects[i], r.json)),
            "update_studio_settings": (None, "", self.update_studio_settings),
            "create_studio_thread": ("projects", "projectId", self.create_studio_thread),
            "select_studio_thread": ("threads", "threadId", self.select_studio_thread),
            "get_studio_thread": ("threads", "threadId", self.get_studio_thread),
            "update_studio_thread": ("threads", "threadId", lambda r, s, i: self._patch(s.threads[i], r.json)),
            "upload_studio_asset": ("projects", "projectId", lambda r, s, i: self._created(s.assets, {
                "assetId": new_id("ast_"), "projectId": i, "kind": "binary", "filename": r.query["filename"],
                "mimeType": mimetypes.guess_type(r.query["filename"])[0] or "application/octet-stream",
                "sizeBytes": len(r.body)})),
            "update_studio_asset_metadata": ("assets", "assetId", lambda r, s, i: self._patch(s.assets[i], r.json)),
            "create_studio_text_asset": ("projects", "projectId", self.create_studio_text_asset),
            "get_studio_text_document": ("texts", "assetId", lambda r, s, i: MockResponse(200, self._document(s, i))),
            "update_studio_text_document": ("texts", "assetId", self.update_studio_text_document),
            "prepare_studio_agent_message": ("threads", "threadId", self.prepare_studio_agent_message),
            "run_studio_agent_message": ("threads", "threadId", self.run_studio_agent_message),
            "execute_studio_approval_plan": ("preflights", "preflightId", self.execute_studio_approval_plan),
            "get_studio_agent_request": ("requests", "requestId", self.get_studio_agent_request),
        }  # fmt: skip

    def _in_studio(self, table: str | None, key: str, handler: StudioHandler) -> Handler:
        def route(request: MockRequest) -> MockResponse:
            studio = self.studios.setdefault(self.mock.caller(request).id, Studio())
            ident = request.query.get(key) or (request.json or {}).get(key, "")
            if table is not None and ident not in getattr(studio, table):
                return self.mock.error(404, "NOT_FOUND", f"no {key.removesuffix('Id')} {ident!r} in this account")
            return handler(request, studio, ident)

        return route

    def _created(self, table: dict[str, dict[str, Any]], record: dict[str, Any]) -> MockResponse:
        """A new record, its id first; stored answers are copies (a replay shows the record as it was)."""
        table[next(iter(record.values()))] = record = {**record, "createdAt": iso(self.mock.now())}
        return MockResponse(201, dict(record))

    def _patch(self, record: dict[str, Any], changes: Mapping[str, Any]) -> MockResponse:
        record.update(changes, updatedAt=iso(self.mock.now()))
        return MockResponse(200, dict(record))

    def update_studio_settings(self, request: MockRequest, studio: Studio, _: str) -> MockResponse:
        active = request.json.get("activeProjectId")
        if active is not None and active not in studio.projects:
            return self.mock.error(404, "NOT_FOUND", f"no project {active!r} in this account")
        studio.settings.update(request.json)
        return MockResponse(200, dict(studio.settings))

    def create_studio_thread(self, request: MockRequest, studio: Studio, project: str) -> MockResponse:
        title = request.json.get("title", "New conversation")
        answer = self._created(studio.threads, {"threadId": new_id("thr_"), "projectId": project, "title": title})
        studio.messages[answer.body["threadId"]] = []
        return answer

    def select_studio_thread(self, request: MockRequest, studio: Studio, thread: str) -> MockResponse:
        studio.active_thread, studio.settings["activeProjectId"] = thread, studio.threads[thread]["projectId"]
        return MockResponse(200, {"activeThreadId": thread})

    def get_studio_thread(self, request: MockRequest, studio: Studio, thread: str) -> MockResponse:
        now = iso(self.mock.now())  # an agent's reply shows once its request finished
        messages = sorted(
            (dict(m) for m in studio.messages[thread] if m["createdAt"] <= now), key=lambda m: m["createdAt"]
        )
        return MockResponse(200, {**studio.threads[thread], "messages": messages})

    def create_studio_text_asset(self, request: MockRequest, studio: Studio, project: str) -> MockResponse:
        answer = self._created(
            studio.assets,
            {
                "assetId": new_id("ast_"),
                "projectId": project,
                "kind": "text",
                "title": request.json["title"],
                "mimeType": "text/plain",
            },
        )
        studio.texts[answer.body["assetId"]] = request.json.get("text", "")
        return answer

    @staticmethod
    def _document(studio: Studio, asset: str) -> dict[str, Any]:
        record = studio.assets[asset]
        return {
            "assetId": asset,
            "title": record.get("title", ""),
            "text": studio.texts[asset],
            "updatedAt": record.get("updatedAt", record["createdAt"]),
        }

    def update_studio_text_document(self, request: MockRequest, studio: Studio, asset: str) -> MockResponse:
        studio.texts[asset], studio.assets[asset]["updatedAt"] = request.json["text"], iso(self.mock.now())
        return MockResponse(200, self._document(studio, asset))

    # -- the Studio agent -------------------------------------------------------------------------------------------
    def _quote(self, prompt: str) -> Jobs:
        jobs: Jobs = []
        for pattern, task, prompt_field, data in AGENT_JOBS:
            if re.search(pattern, prompt, re.IGNORECASE):
                body = {"task": task, "input": {**({prompt_field: prompt} if prompt_field else {}), **data}}
                usd = self.mock.price(body)
                assert usd is not None  # every AGENT_JOBS input is priced
                jobs.append((body, usd))
        return jobs

    @staticmethod
    def _needs_approval(studio: Studio, jobs: Jobs) -> bool:
        return _total(jobs) > Decimal(str(studio.settings["autoApproveMaxUsd"]))

    def prepare_studio_agent_message(self, request: MockRequest, studio: Studio, thread: str) -> MockResponse:
        jobs = self._quote(request.json["prompt"])
        preflight = Preflight(
            new_id("pf_"),
            thread,
            request.json["prompt"],
            jobs,
            self._needs_approval(studio, jobs),
            self.mock.now() + PREFLIGHT_TTL,
        )
        studio.preflights[preflight.id] = preflight
        return MockResponse(
            200,
            {
                "preflightId": preflight.id,
                "totalEstimatedUsd": float(_total(jobs)),
                "quotedJobs": [{"task": b["task"], "estimatedUsd": float(usd)} for b, usd in jobs],
                "approvalRequired": preflight.approval,
            },
        )

    def _expired(self, preflight: Preflight) -> str | None:
        return "this preflight has expired" if self.mock.now() > preflight.expires else None

    def run_studio_agent_message(self, request: MockRequest, studio: Studio, thread: str) -> MockResponse:
        prompt, preflight_id = request.json["prompt"], request.json.get("preflightId")
        if preflight_id is None:
            jobs = self._quote(prompt)
            if self._needs_approval(studio, jobs):
                return self.mock.error(
                    409,
                    "APPROVAL_REQUIRED",
                    "this prompt quotes paid jobs above autoApproveMaxUsd: prepare it and execute its approval plan",
                )
            return self._start(request, studio, thread, prompt, None, jobs)
        preflight = studio.preflights.get(preflight_id)
        if preflight is None:
            return self.mock.error(404, "NOT_FOUND", f"no preflight {preflight_id!r} in this account")
        problem = ("this preflight was already used" if preflight.used else self._expired(preflight)) or (
            "this preflight is for another conversation"
            if preflight.thread != thread
            else "this preflight needs its approval plan executed"
            if preflight.approval and not preflight.executed
            else None
        )
        if problem:
            return self.mock.error(409, "PREFLIGHT_UNUSABLE", problem)
        preflight.used = True  # its jobs run now, unless an executed approval plan started them
        return self._start(request, studio, thread, prompt, preflight, [] if preflight.executed else preflight.jobs)

    def execute_studio_approval_plan(self, request: MockRequest, studio: Studio, preflight_id: str) -> MockResponse:
        preflight = studio.preflights[preflight_id]
        problem = "this plan was already executed" if preflight.executed else self._expired(preflight)
        if problem:
            return self.mock.error(409, "PLAN_UNUSABLE", problem)
        return self._start(request, studio, preflight.thread, preflight.prompt, preflight, preflight.jobs)

    def _start(
        self, request: MockRequest, studio: Studio, thread: str, prompt: str, preflight: Preflight | None, jobs: Jobs
    ) -> MockResponse:
        account, total, now = self.mock.caller(request), _total(jobs), self.mock.now()
        if account.balance < total:
            return self.mock.error(
                402,
                "INSUFFICIENT_BALANCE",
                f"the jobs cost ${total}, the balance is ${account.balance}",
                {"requiredUsd": float(total), "balanceUsd": float(account.balance)},
            )
        if preflight is not None:
            preflight.executed = True
        started = [self.mock.start_job(account, body, usd).id for body, usd in jobs]
        agent = AgentRequest(
            new_id("req_"),
            thread,
            preflight.id if preflight else None,
            started,
            now,
            now + self.mock.queue_seconds + self.mock.job_seconds,
        )
        studio.requests[agent.id] = agent
        failed = any(self.mock.jobs[j].fail for j in started)
        reply = "A media job failed." if failed else f"Done: {len(started)} media job(s) finished."
        studio.messages[thread] += [
            {"messageId": new_id("msg_"), "role": role, "content": text, "createdAt": iso(at)}
            for role, text, at in (("user", prompt, now), ("assistant", reply, agent.finishes))
        ]
        return MockResponse(202, {"requestId": agent.id, "status": "queued"})

    def _agent_status(self, agent: AgentRequest) -> str:
        if self.mock.now() >= agent.finishes:
            return "failed" if any(self.mock.jobs[j].fail for j in agent.jobs) else "succeeded"
        return "queued" if self.mock.now() < agent.created + self.mock.queue_seconds else "running"

    def get_studio_agent_request(self, request: MockRequest, studio: Studio, request_id: str) -> MockResponse:
        agent = studio.requests[request_id]
        answer: dict[str, Any] = {
            "requestId": agent.id,
            "status": self._agent_status(agent),
            "threadId": agent.thread,
            "jobIds": list(agent.jobs),
            "createdAt": iso(agent.created),
            "updatedAt": iso(min(self.mock.now(), agent.finishes)),
        }
        if agent.preflight:
            answer["preflightId"] = agent.preflight
        if answer["status"] == "failed":
            answer["error"] = next(str(self.mock.jobs[j].fail) for j in agent.jobs if self.mock.jobs[j].fail)
        return MockResponse(200, answer)
