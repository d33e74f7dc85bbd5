"""Every JSON example printed in the Seele document validates against specs/seele.yaml; mistakes do not.

The examples are read out of the document itself (shared/seeds/004_b58904f8cca110f3.txt), in order, so an example
added or changed there makes this test fail until the spec (and the table below) follow.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from mediagen import SpecSchema

from tests._seeds import SEEDS, json_blocks

SEED = SEEDS / "004_b58904f8cca110f3.txt"
REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference" / "seele"
schema = SpecSchema.of("seele_client")

# (operation, "request" or a response status) for each JSON block of the document, in the order printed.
DOCUMENT_EXAMPLES: list[tuple[str, str | int]] = [
    ("create_job", 201),  # Response envelope: representative success
    ("create_job", 401),  # Response envelope: representative error
    ("create_job", "request"),  # Authentication: request example
    ("create_file", "request"),
    ("create_file", 201),
    ("create_job", "request"),
    ("create_job", 201),
    ("create_job_step", "request"),
    ("create_job_step", 200),
    ("create_job_step", 409),
    ("get_job", 200),
]


def problems(operation: str, where: str | int, value: Any) -> list[Any]:
    if where == "request":
        return schema.body_problems(operation, value)
    return schema.response_problems(operation, int(where), value)


@pytest.fixture(scope="module")
def document_examples() -> list[Any]:
    if not SEED.exists():
        pytest.skip("shared/seeds is not beside this checkout")
    return json_blocks(SEED.read_text())


def test_every_document_example_is_accounted_for(document_examples: list[Any]) -> None:
    assert len(document_examples) == len(DOCUMENT_EXAMPLES)


@pytest.mark.parametrize(("index", "target"), list(enumerate(DOCUMENT_EXAMPLES)), ids=str)
def test_document_example_validates(document_examples: list[Any], index: int, target: tuple[str, Any]) -> None:
    operation, where = target
    assert problems(operation, where, document_examples[index]) == []


def test_document_examples_decode_to_generated_classes(document_examples: list[Any]) -> None:
    from seele_client.models import ErrorEnvelope, FileEnvelope, JobAcceptedEnvelope, JobEnvelope, JobRequest

    classes = {
        ("create_job", 201): JobAcceptedEnvelope,
        ("create_job_step", 200): JobAcceptedEnvelope,
        ("create_file", 201): FileEnvelope,
        ("get_job", 200): JobEnvelope,
        ("create_job", "request"): JobRequest,
        ("create_job_step", "request"): JobRequest,
    }
    for value, target in zip(document_examples, DOCUMENT_EXAMPLES, strict=True):
        cls = classes.get(target, ErrorEnvelope if isinstance(target[1], int) else None)
        if cls is not None:
            decoded = cls.from_dict(value)
            assert type(decoded) is cls
            assert problems(*target, decoded.to_dict()) == []  # and it encodes back to a valid body


def test_spec_examples_validate() -> None:
    """The examples written into the spec itself (used by schemathesis' examples phase) are valid too."""
    count = 0
    for op in schema.operations.values():
        body = op.raw.get("requestBody", {}).get("content", {}).get("application/json", {})
        if "example" in body:
            assert schema.body_problems(op.operation_id, body["example"]) == []
            count += 1
        for status, response in op.raw["responses"].items():
            content = schema.resolve(response).get("content", {}).get("application/json", {})
            if "example" in content:
                assert schema.response_problems(op.operation_id, int(status), content["example"]) == []
                count += 1
    assert count >= 8


# Mistakes: the older v1 API's shapes (shared/reference/seele) and breaches of the document's stated rules.
MISTAKES: list[tuple[str, str | int, Any, str]] = [
    ("create_job", "request", {"prompt": "x", "model_type": "Seele01-flash", "engine_type": "threejs"}, "engine_type"),
    ("create_job", "request", {"model": "Seele02-flash", "engine": "threejs"}, "prompt"),
    ("create_job", "request", {"prompt": "x", "model": "Seele03-flash"}, "model"),
    ("create_job", "request", {"prompt": "x", "engine": "godot"}, "engine"),
    ("create_job", "request", {"prompt": "x", "file_ids": "0123456789abcdef0123456789abcdef"}, "file_ids"),
    ("create_file", "request", {"filename": "reference.png", "content_type": "image/png"}, "size"),
    ("create_file", "request", {"filename": "a.png", "content_type": "image/png", "size": "428731"}, "size"),
    ("get_job", 200, {"ok": True, "data": {"game_id": "g1", "generation_status": "processing"}}, "job_id"),
    ("get_job", 200, {"ok": True, "data": {"job_id": "job_1", "status": "failed"}}, "status"),
    ("create_job", 201, {"ok": True, "data": {"meta": {}}}, "job_id"),
    ("create_job", 403, {"ok": False, "error": "SUBSCRIPTION_REQUIRED"}, "error"),
]


@pytest.mark.parametrize(("operation", "where", "value", "field"), MISTAKES, ids=lambda v: str(v)[:40])
def test_mistakes_are_refused_naming_the_field(operation: str, where: str | int, value: Any, field: str) -> None:
    found = problems(operation, where, value)
    assert found, f"{value} should not validate"
    assert field in found[0].field


def test_v1_reference_body_is_refused() -> None:
    """The third-party v1 client's body, quoted in the reference notes, is not a v2 body."""
    notes = (REFERENCE / "docs_api_excerpt_and_client_data.md").read_text()
    assert "model_type" in notes and "engine_type" in notes
    assert schema.body_problems("create_job", {"prompt": "p", "model_type": "Seele01-flash"})[0].rule == (
        "additionalProperties"
    )
