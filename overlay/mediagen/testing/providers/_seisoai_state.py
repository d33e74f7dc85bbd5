"""Seisoai mock, the shared state's records: tools of the registry, agents, payers and queue jobs. ``SeisoaiMock`` holds
them; its route groups (``_seisoai_discovery``, ``_seisoai_flows``, ``_seisoai_jobs``) import only this module."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from .._x402 import Verified

__all__ = ["Agent", "Job", "Payer", "Tool", "iso"]


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


KINDS = {"image": "images", "video": "video", "audio": "audio", "music": "audio", "3d": "model", "training": "lora"}
SPECIAL_KINDS = {"image.extract-layer": "image", "vision.describe": "text", "audio.transcribe": "transcript"}


@dataclass
class Tool:
    id: str
    name: str
    description: str
    category: str
    fal_model: str
    mode: str
    pricing: dict[str, Any]
    pointer: str
    input_schema: dict[str, Any]
    enabled: bool = True

    @property
    def kind(self) -> str:
        return SPECIAL_KINDS.get(self.id) or KINDS.get(self.category.split("-")[0], "text")

    @property
    def tags(self) -> list[str]:
        # The spec keeps no registry tags: the mock's are the category, its first word and the id's parts.
        return list(dict.fromkeys([self.category.split("-")[0], self.category, *self.id.split(".")[1:]]))


@dataclass
class Agent:
    id: str
    name: str
    tools: list[str]
    description: str
    type: str
    owner: str
    created: float = 1738900000.0


@dataclass
class Payer:
    key: str | None = None
    verified: Verified | None = None


@dataclass
class Job:
    tool: Tool
    data: dict[str, Any]
    created: float
    request_id: str
    pricing: dict[str, Any]
    base: str
    """The base URL of the request that made the job (for its webhook's result URLs)."""
    fail: str | None = None
    webhook: str | None = None
    agent: Agent | None = None
    payment: Verified | None = None
    """An x402 payment verified at submit, settled when the result is fetched."""
    notified: bool = False
