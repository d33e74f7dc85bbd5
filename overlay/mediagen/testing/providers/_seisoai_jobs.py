"""Seisoai mock, queue jobs once submitted: status and result on the mock's clock (fetching the result settles the
job's x402 payment), and the webhook a job sends when it ends: POSTed once, fire-and-forget, to loopback URLs only
(``webhooks_sent``). A route group of ``SeisoaiMock``."""

from __future__ import annotations

import ipaddress
import secrets
import threading
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import urlsplit

import httpx

from .._engine import Handler, MockContractError, MockRequest, MockResponse
from ._seisoai_state import Agent, Job, Tool, iso

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .seisoai import SeisoaiMock

__all__ = ["JobRoutes", "webhook_refusal"]


def _loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    try:
        return host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def webhook_refusal(url: str) -> str | None:
    """The gateway's SSRF check, except that loopback passes: the mock delivers there (the real gateway refuses)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "only http(s) URLs with a host are allowed"
    try:
        ip = ipaddress.ip_address(parts.hostname)
    except ValueError:
        return None
    return None if ip.is_loopback or ip.is_global else "private or reserved address"


class JobRoutes:
    """get_job_status, get_job_result, and webhooks (``deliver_due``), over ``mock``'s jobs."""

    def __init__(self, mock: SeisoaiMock) -> None:
        self.mock = mock
        self.webhooks_sent: list[tuple[str, dict[str, Any]]] = []
        """(url, event) of every webhook POSTed: loopback URLs only, others are never sent."""

    def reset(self) -> None:
        self.webhooks_sent.clear()  # the same list across resets: a test may hold it

    def handlers(self) -> Mapping[str, Handler]:
        return {"get_job_status": self.get_job_status, "get_job_result": self.get_job_result}

    # -- jobs -----------------------------------------------------------------------------------------------------
    def _status(self, job: Job) -> str:
        # Not documented: the mock's job spends the first quarter of job_seconds IN_QUEUE, the rest IN_PROGRESS.
        age = self.mock.engine.clock.now() - job.created
        if age < self.mock.job_seconds:
            return "IN_QUEUE" if age < self.mock.job_seconds / 4 else "IN_PROGRESS"
        return "FAILED" if job.fail else "COMPLETED"

    def _job(self, request: MockRequest, what: str) -> Job | MockResponse:
        job = self.mock.jobs.get(request.path_params["jobId"])
        if job is None or request.query["model"] != job.tool.fal_model:
            # fal.ai does not know this id for this model: the gateway answers its failure as 500 (spec).
            return self.mock.error(500, "UPSTREAM", f"{what}: request {request.path_params['jobId']} not found")
        return job

    def get_job_status(self, request: MockRequest) -> MockResponse:
        job = self._job(request, "Status check failed")
        if isinstance(job, MockResponse):
            return job
        status, job_id = self._status(job), request.path_params["jobId"]
        answer = {
            "success": True,
            "jobId": job_id,
            "status": status,
            "completed": status == "COMPLETED",
            "failed": status == "FAILED",
            "logs": None,
        }
        if status == "COMPLETED":
            answer["resultUrl"] = self.mock.job_urls(job_id, job.tool)["resultUrl"]
        return MockResponse(200, answer)

    def get_job_result(self, request: MockRequest) -> MockResponse:
        job = self._job(request, "Result fetch failed")
        if isinstance(job, MockResponse):
            return job
        status, job_id = self._status(job), request.path_params["jobId"]
        if status != "COMPLETED":  # fal.ai refuses, the gateway answers 500 (spec)
            return self.mock.error(500, "UPSTREAM", f"Result fetch failed: request is {status}")
        headers = {}
        if job.payment is not None:  # a queue job's x402 payment is settled here, once
            headers["PAYMENT-RESPONSE"] = self.mock.x402.settle(job.payment)
            job.payment = None
        result = self.mock.result(job.tool, job.data, request.base_url, job_id)
        return MockResponse(200, {"success": True, "jobId": job_id, "result": result}, headers)

    # -- webhooks -------------------------------------------------------------------------------------------------
    def deliver_due(self) -> int:
        """Send the webhook of every queue job that ended and has not sent it yet; how many there were."""
        due = [
            (job_id, job)
            for job_id, job in self.mock.jobs.items()
            if job.webhook and not job.notified and self._status(job) in ("COMPLETED", "FAILED")
        ]
        for job_id, job in due:
            job.notified = True
            result = {"result": self.mock.result(job.tool, job.data, job.base, job_id), "pricing": job.pricing}
            failure = {"error": job.fail, "status": "FAILED"}
            event = "generation.failed" if job.fail else "generation.completed"
            data = {"jobId": job_id, **(failure if job.fail else result)}
            self.emit(cast(str, job.webhook), event, job.tool, job.request_id, job.agent, data)
        return len(due)

    def emit(
        self, url: str, event: str, tool: Tool, request_id: str, agent: Agent | None, data: dict[str, Any]
    ) -> None:
        """One event, fire-and-forget, POSTed once and only to a loopback URL (never past this machine)."""
        data = {"toolId": tool.id, "toolName": tool.name, **data}
        if agent is not None:
            data |= {"agentId": agent.id, "agentName": agent.name}
        now = iso(self.mock.engine.clock.now())
        payload = {
            "event": event,
            "eventId": "evt_" + secrets.token_hex(16),
            "timestamp": now,
            "toolId": tool.id,
            "requestId": request_id,
            "data": data,
        }
        name = "GenerationFailedEvent" if event == "generation.failed" else "GenerationCompletedEvent"
        if problems := self.mock.schema.problems_at(f"/components/schemas/{name}", payload, "webhook"):
            raise MockContractError(f"seisoai mock broke its spec: {problems[0]}")
        if not _loopback(url):
            return
        self.webhooks_sent.append((url, payload))
        headers = {
            "X-Webhook-Event": event,
            "X-Webhook-Event-Id": payload["eventId"],
            "X-Webhook-Timestamp": payload["timestamp"],
        }
        threading.Thread(target=_post, args=(url, payload, headers), daemon=True).start()


def _post(url: str, payload: dict[str, Any], headers: dict[str, str]) -> None:
    try:
        httpx.post(url, json=payload, headers=headers, timeout=10)
    except httpx.HTTPError:
        pass  # fire-and-forget: one attempt (the gateway makes up to 3)
