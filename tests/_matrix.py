"""The providers the behaviour tests run over (tests/test_behaviour.py): one row each, saying how to submit a
minimal job and which operations that and a status fetch call; each row runs with the sync and the async client."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import pytest
from mediagen import fusara, killatamata, mediaio, seele, seisoai

T = TypeVar("T")


@dataclass(frozen=True)
class Row:
    name: str
    clients: tuple[type[Any], ...]
    """The sync client, then the async one."""
    submit: Callable[[Any], Any]
    """A minimal billable submit (a job the provider queues), on either client."""
    submit_op: str
    get_op: str
    """The status request of ``get``, the one ``wait`` polls."""
    invalid: Callable[[Any], Any]
    """A submit the spec refuses, and the field it names."""
    invalid_field: str
    job_failure: Any
    """What ``engine.provider.fail_next_job`` takes to make the next job fail; None: the document shows no failed
    job."""


ROWS = [
    Row(
        "seele",
        (seele.Seele, seele.AsyncSeele),
        lambda api: api.submit("a cozy farm"),
        "create_job",
        "get_job",
        lambda api: api.submit("a cozy farm", model="Seele99"),
        "body.model",
        None,
    ),
    Row(
        "mediaio",
        (mediaio.MediaIO, mediaio.AsyncMediaIO),
        lambda api: api.submit("Imagen 4", prompt="a puppy"),
        "t2i_imagen_4",
        "get_task_result",
        lambda api: api.submit("Imagen 4", prompt="a puppy", ratio="7:3"),
        "body.data.ratio",
        "failed",
    ),
    Row(
        "fusara",
        (fusara.Fusara, fusara.AsyncFusara),
        lambda api: api.submit({"__type": 5, "Prompt": "a lake"}),
        "generate",
        "get_task_status",
        lambda api: api.submit({"__type": 5, "Prompt": "a lake", "Width": -5}),
        "body.Width",
        2,
    ),  # errorCategoryId 2: moderation
    Row(
        "killatamata",
        (killatamata.KillaTamata, killatamata.AsyncKillaTamata),
        lambda api: api.submit("moss.sound.effect", prompt="a shot", durationSeconds=2),
        "submit_media_job",
        "get_media_job",
        lambda api: api.submit("moss.sound.effect", prompt="a shot", durationSeconds=-2),
        "body.input.durationSeconds",
        "mock failure",
    ),
    Row(
        "seisoai",
        (seisoai.Seisoai, seisoai.AsyncSeisoai),
        lambda api: api.invoke("music.generate", prompt="a synth tune"),
        "invoke_tool",
        "get_job_status",
        lambda api: api.invoke("music.generate", duration=5),
        "input.prompt",
        "mock failure",
    ),
]


def is_async(client: type[Any]) -> bool:
    return inspect.iscoroutinefunction(client.get)


def cases(only: Callable[[Row, type[Any]], bool] = lambda row, client: True) -> list[Any]:
    """``pytest.param((row, client))`` for every provider × {sync, async} that ``only`` keeps."""
    return [
        pytest.param((row, client), id=f"{row.name}-{'async' if is_async(client) else 'sync'}")
        for row in ROWS
        for client in row.clients
        if only(row, client)
    ]


async def run(result: T) -> Any:
    """A client method's result: awaited when the client is async."""
    return await result if inspect.isawaitable(result) else result
