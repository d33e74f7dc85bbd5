"""Every spec is valid OpenAPI 3.1 and follows the project's conventions."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
import yaml
from openapi_spec_validator import validate

SPECS = sorted((Path(__file__).parent.parent / "specs").glob("*.yaml"))


@pytest.fixture(params=SPECS, ids=lambda p: p.stem)
def spec(request: pytest.FixtureRequest) -> dict:
    return yaml.safe_load(request.param.read_text())


def test_specs_exist() -> None:
    assert [p.stem for p in SPECS] == ["fusara", "killatamata", "mediaio", "seele", "seisoai"]


def test_spec_is_valid_openapi_31(spec: dict) -> None:
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_every_operation_says_whether_it_is_billable(spec: dict) -> None:
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in ("get", "post", "put", "patch", "delete"):
                assert isinstance(op.get("x-billable"), bool), f"{method.upper()} {path} lacks x-billable"
                assert op["operationId"].isidentifier()


def test_every_operation_documents_auth_failure(spec: dict) -> None:
    assert spec["security"], "no global security requirement"
    envelope_auth = {e["status"] for e in spec.get("x-envelope-errors", {}).values()} & {401, 403}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method not in ("get", "post") or {} in op.get("security", spec["security"]):
                continue  # not a call, or a route the document serves without a key
            # Either an HTTP 401/403, or (errors inside HTTP 200) an envelope code that means one.
            assert envelope_auth or {"401", "403"} & set(op["responses"]), f"{method.upper()} {path}: no auth error"


@pytest.mark.parametrize("spec_path", SPECS, ids=lambda p: p.stem)
def test_generated_package_matches_spec(spec_path: Path) -> None:
    package = importlib.import_module(f"{spec_path.stem}_client")
    shipped = Path(package.__file__).parent / "openapi.yaml"
    assert shipped.read_bytes() == spec_path.read_bytes()
    assert (Path(package.__file__).parent / "py.typed").exists()
    models = importlib.import_module(f"{spec_path.stem}_client.pydantic_models")
    schemas = yaml.safe_load(spec_path.read_text())["components"]["schemas"]
    for name, schema in schemas.items():
        if schema.get("type") == "object":
            assert hasattr(models, name), f"pydantic model {name} missing"
