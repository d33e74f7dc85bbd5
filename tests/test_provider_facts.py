"""A provider's facts are read from its spec, never restated in its adapter (issue #13)."""

from __future__ import annotations

import ast
import importlib
import inspect

import pytest
from mediagen._schema import SpecSchema
from mediagen.providers import NAMES


@pytest.mark.parametrize("name", sorted(NAMES))
def test_facts_come_from_the_spec_and_appear_nowhere_in_the_adapter(name: str) -> None:
    module = importlib.import_module(f"mediagen.providers.{name}")
    provider = module.PROVIDER
    spec = SpecSchema.of(provider.package).spec
    assert provider.name == spec["x-mediagen"]["provider"] == name
    assert provider.env_var == spec["x-mediagen"]["env"]
    assert provider.base_url == spec["servers"][0]["url"]
    assert provider.idempotency_header == spec["info"].get("x-idempotency", {}).get("header")
    [header] = provider.credential_headers("k")
    schemes = spec["components"]["securitySchemes"]
    assert any(
        s.get("name") == header or (header == "Authorization" and s.get("scheme") == "bearer") for s in schemes.values()
    )
    for fact in (provider.base_url, provider.env_var, header, provider.idempotency_header):
        if fact:
            assert fact not in _code_strings(module), f"{name}'s adapter restates {fact!r}: read it from the spec"


def _code_strings(module: object) -> str:
    """Every string literal of a module's code (docstrings, which show usage, left out)."""
    tree = ast.parse(inspect.getsource(module))  # type: ignore[arg-type]
    docs = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
    return "\n".join(
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs
    )


def test_a_status_the_spec_maps_means_another() -> None:
    from mediagen.providers import fusara

    assert fusara.PROVIDER.status_meaning == {403: 401}  # "Missing X-API-Key (answered with HTTP 403, not 401)"
    assert fusara.PROVIDER.concurrency == 30  # x-rate-limits.concurrent
