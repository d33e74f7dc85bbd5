"""Answers that depart from the spec the way live APIs do, so tests can show a client survives them.

``engine.depart_next(kind, operation=...)`` makes the next success answer of ``operation`` depart:

* ``unknown_status``: the operation's open enum (the one with an ``x-tolerated`` branch: a job status), or its
  free-text ``status`` when the operation maps words with ``x-status-map``, carries a value the document does not
  list (``"MOCK_UNDOCUMENTED"``, or 999 for an integer status);
* ``undocumented_2xx``: the documented success answered with another 2xx (201 ↔ 200);
* ``extra_fields``: an undocumented field added to the answer and to each object it nests;
* ``missing_optional``: every optional field of the answer left out (the required ones stay, and so do ids: a field
  named ``id``/``*Id``/``*_id``, which a spec may leave optional only because the document reads it from several
  places).

The answer is not checked against the spec (it departs on purpose); everything else about it is the mock's own.
Which places of the spec each kind touches is read from the spec itself, so every provider gets them alike.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from .._schema import SpecSchema
    from ._engine import MockResponse

__all__ = ["KINDS", "Kind", "depart", "open_enum_pointers"]

Kind = Literal["unknown_status", "undocumented_2xx", "extra_fields", "missing_optional"]
KINDS: tuple[Kind, ...] = ("unknown_status", "undocumented_2xx", "extra_fields", "missing_optional")
EXTRA_FIELD = "mock_undocumented_field"
UNKNOWN_STRING = "MOCK_UNDOCUMENTED"
UNKNOWN_INTEGER = 999


def _source_node(schema: SpecSchema, pointer: str) -> Any:
    """The node at a pointer of the spec as written (with its x-tolerated branches)."""
    node: Any = schema.source
    for part in pointer.strip("/").split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def _follow(schema: SpecSchema, node: Any) -> Any:
    """Resolve a ref against the written spec (the registry holds a view; the paths are the same)."""
    seen = 0
    while isinstance(node, Mapping) and "$ref" in node and seen < 32:
        node = _source_node(schema, str(node["$ref"]).removeprefix("#"))
        seen += 1
    return node


def open_enum_pointers(schema: SpecSchema, node: Any, body: Any, at: str = "") -> list[tuple[str, str]]:
    """(JSON pointer in ``body``, JSON type) of every open enum (a union with an ``x-tolerated`` branch) the body
    carries, by walking the written schema alongside it."""
    node = _follow(schema, node)
    if not isinstance(node, Mapping):
        return []
    found: list[tuple[str, str]] = []
    for key in ("anyOf", "oneOf"):
        branches = node.get(key)
        if isinstance(branches, list):
            tolerated = [b for b in branches if isinstance(b, Mapping) and "x-tolerated" in b]
            if tolerated and body is not None:
                found.append((at, str(tolerated[0].get("type", "string"))))
                return found
            for branch in branches:
                found += open_enum_pointers(schema, branch, body, at)
    for branch in node.get("allOf", []) or []:
        found += open_enum_pointers(schema, branch, body, at)
    if isinstance(body, Mapping):
        for name, sub in (node.get("properties") or {}).items():
            if name in body:
                found += open_enum_pointers(schema, sub, body[name], f"{at}/{name}")
    elif isinstance(body, list) and isinstance(node.get("items"), Mapping):
        for i, item in enumerate(body):
            found += open_enum_pointers(schema, node["items"], item, f"{at}/{i}")
    return list(dict.fromkeys(found))


def _set(body: Any, pointer: str, value: Any) -> None:
    parts = [p for p in pointer.split("/") if p]
    for part in parts[:-1]:
        body = body[int(part)] if isinstance(body, list) else body[part]
    if isinstance(body, list):
        body[int(parts[-1])] = value
    else:
        body[parts[-1]] = value


def _fits(schema: SpecSchema, node: Any, body: Any) -> bool:
    """Whether ``body`` looks like an instance of this union branch: its required fields and const tags."""
    node = _follow(schema, node)
    if not isinstance(node, Mapping):
        return False
    if not isinstance(body, Mapping):
        return "properties" not in node and "required" not in node
    props = node.get("properties") or {}
    consts = {k: _follow(schema, v).get("const") for k, v in props.items() if "const" in _follow(schema, v)}
    return all(k in body for k in node.get("required", [])) and all(body.get(k) == v for k, v in consts.items())


def _without_optional(schema: SpecSchema, node: Any, body: Any) -> Any:
    node = _follow(schema, node)
    if not isinstance(node, Mapping):
        return body
    for key in ("anyOf", "oneOf"):  # only the branch the answer is an instance of
        branch = next((b for b in node.get(key, []) or [] if _fits(schema, b, body)), None)
        if branch is not None:
            body = _without_optional(schema, branch, body)
    for branch in node.get("allOf", []) or []:
        body = _without_optional(schema, branch, body)
    if isinstance(body, dict) and "properties" in node:
        required = set(node.get("required", [])) | {k for k in body if re.search(r"(^id|Id|_id)$", k)}
        body = {k: v for k, v in body.items() if k in required or k not in node["properties"]}
        return {k: _without_optional(schema, node["properties"].get(k, {}), v) for k, v in body.items()}
    return body


def _with_extra(body: Any) -> Any:
    if isinstance(body, dict):
        return {**{k: _with_extra(v) for k, v in body.items()}, EXTRA_FIELD: "added by the mock"}
    return body


def _answer_schema(schema: SpecSchema, operation: str, status: int) -> Any:
    key = schema._response_key(operation, status)
    if key is None:
        return None
    pointer = schema._answer_pointer(operation, key)
    return None if pointer is None else _source_node(schema, pointer)


def depart(schema: SpecSchema, operation: str, kind: Kind, response: MockResponse) -> MockResponse | None:
    """A copy of ``response`` (a success of ``operation``) departing as ``kind`` says; None when it cannot (e.g. the
    answer carries no open enum for ``unknown_status``). The original (perhaps stored for replays) is untouched."""
    import copy
    from dataclasses import replace

    if not 200 <= response.status < 300 or response.raw is not None:
        return None
    node = _answer_schema(schema, operation, response.status)
    if kind == "undocumented_2xx":
        return replace(response, status=200 if response.status != 200 else 203, headers=dict(response.headers))
    if node is None:
        return None
    body = copy.deepcopy(response.body)
    if kind == "unknown_status":
        places = open_enum_pointers(schema, node, body)
        if not places and "x-status-map" in schema.operations[operation].raw and isinstance(body, dict):
            # A free-text status whose known words are the operation's x-status-map (Seisoai's fal.ai word).
            places = [("/status", "string")] if isinstance(body.get("status"), str) else []
            body.update({k: False for k in ("completed", "failed") if k in body})  # as the gateway's own UNKNOWN
        if not places:
            return None
        for pointer, kind_of in places:
            value = UNKNOWN_INTEGER if kind_of == "integer" else UNKNOWN_STRING
            if pointer:
                _set(body, pointer, value)
            else:
                body = value
    elif kind == "extra_fields":
        body = _with_extra(body)
    elif kind == "missing_optional":
        body = _without_optional(schema, node, body)
    else:
        raise ValueError(f"unknown departure {kind!r}; known: {', '.join(KINDS)}")
    return replace(response, body=body, headers=dict(response.headers))
