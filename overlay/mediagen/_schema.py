"""The provider specs as JSON Schema validators, shared by local pre-flight checks and the mocks.

Validation is exact (JSON Schema 2020-12 with format checks), never pydantic's lax coercion: ``"5"`` is not an
integer, a misspelt field is an error. A problem names the field and the rule it broke.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib.resources import files
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import jsonschema_rs
import orjson

from ._exceptions import InvalidInputError

if TYPE_CHECKING:
    import jsonschema
    from referencing import Registry


def _js() -> Any:
    """jsonschema, imported on first use (its import costs ~0.2 s; the fast paths use jsonschema-rs)."""
    import jsonschema

    return jsonschema


__all__ = [
    "ASSUMABLE",
    "Assumed",
    "Departure",
    "Operation",
    "Problem",
    "SpecSchema",
    "assumed_constraints",
    "documented_view",
    "instance_problems",
    "refuse",
    "rule_problems",
]

_BASE = "urn:mediagen:spec"

#: The keywords an ``x-assumed: "<why>"`` (a string) marks as assumed at its node: every constraint, never the
#: node's shape (type, const tags, $ref, properties, unions), which the generated clients need to type fields.
ASSUMABLE = frozenset({
    "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "pattern",
    "format", "enum", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties", "required",
    "additionalProperties", "unevaluatedProperties", "dependentRequired", "not",
})  # fmt: skip


@dataclass(frozen=True)
class Assumed:
    """One constraint the spec states where the provider's document is silent (``x-assumed``): not enforced."""

    pointer: str
    """JSON pointer of the node it stands on."""
    keyword: str
    """The keyword (``maximum``, ``required``, ``x-rules``...); ``required`` names the field: ``required:prompt``."""
    why: str


def _assumed_keywords(node: Mapping[str, Any]) -> dict[str, Any]:
    """keyword → why, for the ``x-assumed`` of one node (a string marks all its constraints; a mapping names them,
    and its ``required`` may name fields: ``{required: {model: why}}``)."""
    marker = node.get("x-assumed")
    if marker is None:
        return {}
    if isinstance(marker, str):
        return {k: marker for k in node if k in ASSUMABLE}
    if isinstance(marker, Mapping):
        return dict(marker)
    raise ValueError(f"x-assumed must be a string or a mapping, not {marker!r}")


def _documented(node: Any) -> Any:
    """``node`` without what ``x-assumed`` marks, and without the branches kept only to tolerate answers
    (``x-tolerated``), so validation judges what the document states."""
    if isinstance(node, list):
        return [_documented(v) for v in node]
    if not isinstance(node, Mapping):
        return node
    assumed = _assumed_keywords(node)
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in assumed and key != "required":
            continue
        if key == "required" and "required" in assumed:
            which = assumed["required"]
            if isinstance(which, Mapping) and isinstance(value, list):
                value = [name for name in value if name not in which]
            elif isinstance(value, list):
                value = []
            else:
                value = False
        elif key == "x-rules" and isinstance(value, list):
            value = [rule for rule in value if not (isinstance(rule, Mapping) and "x-assumed" in rule)]
        out[key] = _documented(value)
    return out


def _closed(node: Any) -> Any:
    """``node`` with the ``x-tolerated`` branches of its unions left out (an open enum read as its documented
    values), for judging answers: what the document says, while the generated clients accept more."""
    if isinstance(node, list):
        return [_closed(v) for v in node]
    if not isinstance(node, Mapping):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in ("anyOf", "oneOf") and isinstance(value, list):
            kept = [v for v in value if not (isinstance(v, Mapping) and "x-tolerated" in v)]
            if len(kept) == 1 and len(kept) < len(value):
                out.update({k: v for k, v in _closed(kept[0]).items() if k not in out})
                continue
            value = kept
        out[key] = _closed(value)
    return out


def documented_view(spec: Mapping[str, Any]) -> dict[str, Any]:
    """The spec as its document states it: assumed constraints stripped, tolerated answer branches closed."""
    closed: dict[str, Any] = _closed(_documented(spec))
    return closed


def assumed_constraints(spec: Any, pointer: str = "") -> list[Assumed]:
    """Every assumed constraint of a spec, where it stands (for tests and reports)."""
    found: list[Assumed] = []
    if isinstance(spec, list):
        for i, value in enumerate(spec):
            found += assumed_constraints(value, f"{pointer}/{i}")
        return found
    if not isinstance(spec, Mapping):
        return found
    if "x-assumed" in spec and "rule" in spec:  # an x-rules entry
        found.append(Assumed(pointer, f"x-rules:{spec['rule']}", str(spec["x-assumed"])))
    else:
        for keyword, why in _assumed_keywords(spec).items():
            if keyword == "required" and isinstance(why, Mapping):
                found += [Assumed(pointer, f"required:{name}", str(reason)) for name, reason in why.items()]
            else:
                found.append(Assumed(pointer, keyword, str(why)))
    for key, value in spec.items():
        if key != "x-assumed":
            found += assumed_constraints(value, f"{pointer}/{_escape(str(key))}")
    return found


@dataclass(frozen=True)
class Departure:
    """Where an answer departs from its spec: the JSON pointer, the JSON type found there and the keyword it broke.
    Never the value (answers carry prompts, URLs and tokens)."""

    operation: str
    pointer: str
    json_type: str
    keyword: str

    def __str__(self) -> str:
        return f"{self.operation} {self.pointer or '/'}: {self.json_type} breaks {self.keyword}"


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object" if isinstance(value, Mapping) else type(value).__name__


def load_spec(package: str) -> Mapping[str, Any]:
    """The spec a generated package ships: its compact ``openapi.json`` (written by codegen; orjson reads it in a
    millisecond), or the YAML copy for a package generated before there was one."""
    root = files(package)
    compact = root.joinpath("openapi.json")
    if compact.is_file():
        loaded: Mapping[str, Any] = orjson.loads(compact.read_bytes())
        return loaded
    import yaml

    return dict(yaml.safe_load(root.joinpath("openapi.yaml").read_text(encoding="utf-8")))


@dataclass(frozen=True)
class Problem:
    """One way an instance breaks its schema."""

    field: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message} ({self.rule})"


def refuse(problems: list[Problem]) -> None:
    """Raise InvalidInputError for the first problem, if there is one: nothing is sent."""
    if problems:
        raise InvalidInputError(problems[0].field, problems[0].rule, problems[0].message)


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    pattern: re.Pattern[str]
    raw: Mapping[str, Any]
    pointer: str
    """JSON pointer of the operation inside the spec."""

    @property
    def billable(self) -> bool:
        return bool(self.raw.get("x-billable", False))

    @property
    def read_only(self) -> bool:
        """A read the provider takes as a POST (``x-read-only``): repeating it creates nothing."""
        return bool(self.raw.get("x-read-only", False))


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _order(value: Any) -> tuple[bool, float, str]:
    return (not isinstance(value, int | float), value if isinstance(value, int | float) else 0, str(value))


def _field(prefix: str, path: Any) -> str:
    out = prefix
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


_MISSING = object()


class _ParamCheck:
    """One parameter's schema: jsonschema-rs says whether a value is valid (every request), jsonschema says why
    (only for a failure, so it is imported and compiled only then)."""

    def __init__(self, schema: Mapping[str, Any]) -> None:
        self.schema = schema
        self.fast = jsonschema_rs.Draft202012Validator(dict(schema), validate_formats=True)

    @functools.cached_property
    def slow(self) -> jsonschema.protocols.Validator:
        validator: jsonschema.protocols.Validator = _js().Draft202012Validator(
            self.schema, format_checker=_js().Draft202012Validator.FORMAT_CHECKER
        )
        return validator


@functools.lru_cache(maxsize=256)
def _compiled(text: str) -> jsonschema.protocols.Validator:
    checker = _js().Draft202012Validator.FORMAT_CHECKER
    validator: jsonschema.protocols.Validator = _js().Draft202012Validator(json.loads(text), format_checker=checker)
    return validator


def instance_problems(schema: Mapping[str, Any], instance: Any, prefix: str = "input") -> list[Problem]:
    """Problems of ``instance`` against a schema obtained at run time (e.g. a live registry's ``inputSchema``),
    exact JSON Schema 2020-12 like the spec checks; validators are compiled once per distinct schema."""
    validator = _compiled(json.dumps(schema, sort_keys=True))
    errors = sorted(validator.iter_errors(instance), key=lambda e: [str(p) for p in e.absolute_path])
    return [SpecSchema._problem(error, prefix) for error in errors]


def _refs(node: Any) -> Iterator[str]:
    """The ``$ref``s inside a schema node (ValueError for a reference that is not a local JSON pointer)."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack += item
        elif isinstance(item, Mapping):
            for key, value in item.items():
                if key in ("$ref", "$dynamicRef", "$recursiveRef"):
                    if key != "$ref" or not (isinstance(value, str) and value.startswith("#/")):
                        raise ValueError(f"not a local JSON pointer: {key}: {value!r}")
                    yield value
                else:
                    stack.append(value)


def _at(body: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        if not isinstance(body, Mapping) or part not in body:
            return _MISSING
        body = body[part]
    return body


def _integral(value: Any) -> bool:
    """An integer as JSON Schema counts them: 257 and 257.0 alike (not True)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer()


def rule_problems(rules: list[Mapping[str, Any]], body: Any) -> list[Problem]:
    """Problems with the rules a spec states in ``x-rules`` because JSON Schema cannot (checked on schema-valid
    bodies only). ``when`` picks the bodies a rule applies to (field → value); the vocabulary:

    * ``frames8n1``: ``field`` is 8n+1 (LTX frame counts);
    * ``maxPixels``: the product of ``fields`` is at most ``max``;
    * ``atMostOne``: no more than one of ``fields`` is given (where one more oneOf would be too many for tools
      that explore schemas, such as schemathesis).
    """
    problems = []
    for rule in rules:
        if any(_at(body, k) != v for k, v in rule.get("when", {}).items()):
            continue
        kind = rule["rule"]
        if kind == "frames8n1":
            value = _at(body, rule["field"])
            if _integral(value) and int(value) % 8 != 1:
                problems.append(Problem(f"body.{rule['field']}", "8n+1", f"{value} {rule['message']}"))
        elif kind == "maxPixels":
            values = [_at(body, name) for name in rule["fields"]]
            if all(_integral(v) for v in values) and math.prod(int(v) for v in values) > rule["max"]:
                shown = " × ".join(map(str, values))
                problems.append(Problem(f"body.{rule['fields'][0]}", "maxPixels", f"{shown}: {rule['message']}"))
        elif kind == "atMostOne":
            given = [name for name in rule["fields"] if _at(body, name) is not _MISSING]
            if len(given) > 1:
                problems.append(Problem(f"body.{given[1]}", "atMostOne", f"{rule['message']} (got {', '.join(given)})"))
        else:
            raise ValueError(f"unknown x-rules rule {kind!r}")
    return problems


class SpecSchema:
    """One provider's spec: its operations, and validators for their bodies, parameters and answers."""

    def __init__(self, spec: Mapping[str, Any], *, strict: bool = False) -> None:
        self.source = spec
        """The spec as written (what the generators read)."""
        self.strict = strict
        """Whether assumed constraints (``x-assumed``) are enforced too: the mocks' strict mode, local warnings."""
        self.spec: Mapping[str, Any] = _closed(spec) if strict else documented_view(spec)
        """The view validation uses: the documented constraints (all of them when strict), answers' open enums
        closed to their documented values."""
        spec = self.spec
        self.operations: dict[str, Operation] = {}
        for path, item in spec.get("paths", {}).items():
            regex = "^" + re.sub(r"\\\{([^}]+)\\\}", r"(?P<\1>[^/]+)", re.escape(path)) + "$"
            for method, op in item.items():
                if method in ("get", "post", "put", "patch", "delete"):
                    pointer = f"/paths/{_escape(path)}/{method}"
                    oid = op["operationId"]
                    self.operations[oid] = Operation(oid, method.upper(), path, re.compile(regex), op, pointer)

    @functools.cached_property
    def _registry(self) -> Registry[Any]:
        """The spec as a ``referencing`` registry, for jsonschema's validators: built on first need (about 50 ms for
        a large spec), never for a client whose calls all pass the fast checks."""
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012

        resource = Resource.from_contents(self.spec, default_specification=DRAFT202012)
        registry: Registry[Any] = Registry().with_resource(_BASE, resource)
        return registry

    def _at(self, ref: str) -> Any:
        """The node a local reference (``#/components/...``) points at, read straight from the spec."""
        if not ref.startswith("#"):
            return self._registry.resolver(_BASE).lookup(ref).contents  # not local: the registry resolves it
        node: Any = self.spec
        for part in ref[1:].split("/")[1:]:
            part = part.replace("~1", "/").replace("~0", "~")
            node = node[int(part)] if isinstance(node, list) else node[part]
        return node

    @classmethod
    @functools.cache
    def of(cls, package: str, *, strict: bool = False) -> SpecSchema:
        """The spec shipped inside a generated package, e.g. ``SpecSchema.of("seele_client")``; ``strict`` adds the
        assumed constraints to the documented ones."""
        if strict:
            return cls(cls.of(package).source, strict=True)
        return cls(load_spec(package))

    @functools.cached_property
    def strict_view(self) -> SpecSchema:
        """The same spec with the assumed constraints enforced too (itself when already strict)."""
        return self if self.strict else SpecSchema(self.source, strict=True)

    @functools.cached_property
    def assumed(self) -> list[Assumed]:
        """Every assumed constraint of the spec (``x-assumed``), where it stands."""
        return assumed_constraints(self.source)

    @functools.cache  # noqa: B019 - one validator per pointer for the life of this (cached) SpecSchema
    def validator(self, pointer: str) -> jsonschema.protocols.Validator:
        validator: jsonschema.protocols.Validator = _js().Draft202012Validator(
            {"$ref": f"{_BASE}#{pointer}"},
            registry=self._registry,
            format_checker=_js().Draft202012Validator.FORMAT_CHECKER,
        )
        return validator

    def resolve(self, node: Mapping[str, Any]) -> Mapping[str, Any]:
        while "$ref" in node:
            node = self._at(node["$ref"])
        return node

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        for op in self.operations.values():
            if op.method == method and (m := op.pattern.match(path)):
                return op, m.groupdict()
        return None

    def path_allowed(self, path: str) -> bool:
        return any(op.pattern.match(path) for op in self.operations.values())

    def body_pointer(self, op: Operation) -> str | None:
        """Where the operation's JSON body schema is; None when it takes no body or a non-JSON one."""
        body = op.raw.get("requestBody")
        if body is None or "application/json" not in self.resolve(body).get("content", {}):
            return None
        return f"{op.pointer}/requestBody/content/application~1json/schema"

    def body_media_type(self, op: Operation) -> str | None:
        """The media type a non-JSON body is declared with (e.g. application/octet-stream), if any."""
        content = self.resolve(op.raw.get("requestBody", {})).get("content", {})
        return next((t for t in content if t != "application/json"), None)

    def body_problems(self, operation_id: str, body: Any, *, present: bool | None = None) -> list[Problem]:
        """Problems of a JSON body (``present`` says whether one was sent at all; default: unless it is None)."""
        pointer, required, rules = self._body_plan(operation_id)
        if pointer is None:
            return []
        if not (body is not None if present is None else present):
            return [Problem("body", "required", "a JSON body is required")] if required else []
        if self._fast(pointer).is_valid(body):  # the common case: one jsonschema-rs check, then the x-rules
            return rule_problems(rules, body) if rules else []
        return list(self._problems(pointer, body, "body")) or rule_problems(rules, body)

    @functools.cache  # noqa: B019 - once per operation: every request checks its body
    def _body_plan(self, operation_id: str) -> tuple[str | None, bool, list[Mapping[str, Any]]]:
        """(where the JSON body schema is, whether a body is required, the operation's ``x-rules``)."""
        op = self.operations[operation_id]
        pointer = self.body_pointer(op)
        if pointer is None:
            return None, False, []
        required = bool(self.resolve(op.raw["requestBody"]).get("required", False))
        return pointer, required, list(op.raw.get("x-rules", []))

    @functools.cache  # noqa: B019 - once per operation and part
    def strict_adds(self, operation_id: str, part: str) -> bool:
        """Whether the strict view (assumed constraints enforced too) can judge this operation's ``part`` (``"path"``
        or ``"body"``) differently from this view. False when every schema the check reaches is the same in both
        (nothing assumed there): the strict check would give the same answer, so callers skip it."""
        strict = self.strict_view
        if strict is self:
            return False
        try:
            if part == "path":
                ours, theirs = self._params(operation_id, "path"), strict._params(operation_id, "path")
                return [p[:3] + (p[3].schema,) for p in ours] != [p[:3] + (p[3].schema,) for p in theirs]
            ours_op, theirs_op = self.operations[operation_id].raw, strict.operations[operation_id].raw
            if any(ours_op.get(k) != theirs_op.get(k) for k in ("requestBody", "x-rules")):
                return True  # the body's declaration, its required-ness or the x-rules differ
            if self._body_plan(operation_id) != strict._body_plan(operation_id):
                return True
            pointer = self._body_plan(operation_id)[0]
            return pointer is not None and self._reachable(pointer) != strict._reachable(pointer)
        except Exception:  # an unusual spec ($dynamicRef, anchors...): always run the strict check too
            return True

    def _reachable(self, pointer: str) -> dict[str, Any]:
        """Every schema node validation at ``pointer`` can reach, by pointer (local ``$ref``s followed)."""
        found: dict[str, Any] = {}
        todo = [pointer]
        while todo:
            at = todo.pop()
            if at in found:
                continue
            found[at] = node = self._at(f"#{at}")
            todo += [ref.removeprefix("#") for ref in _refs(node)]
        return found

    @functools.cache  # noqa: B019 - compiled once per operation and location
    def _params(self, operation_id: str, location: str) -> tuple[tuple[str, bool, str | None, Any], ...]:
        """(name, required, JSON type, validator) of each parameter of one location."""
        op = self.operations[operation_id]
        declared = [*self.spec["paths"][op.path].get("parameters", []), *op.raw.get("parameters", [])]
        params = []
        for param in map(self.resolve, declared):
            if param["in"] == location:
                schema = self.resolve(param.get("schema", {}))
                params.append((param["name"], bool(param.get("required")), schema.get("type"), _ParamCheck(schema)))
        return tuple(params)

    def param_names(self, operation_id: str, location: str) -> frozenset[str]:
        return frozenset(name for name, *_ in self._params(operation_id, location))

    def path_problems(self, operation_id: str, values: Mapping[str, object]) -> list[Problem]:
        """Check path parameter values as a caller passes them (str, or int for integer parameters)."""
        problems = []
        for name, _, kind, _ in self._params(operation_id, "path"):
            value = values.get(name)
            numeric = kind in ("integer", "number")
            if isinstance(value, bool) or not isinstance(value, str | int) or (isinstance(value, int) and not numeric):
                expected = "an integer" if numeric else "a string"
                problems.append(Problem(f"path.{name}", "type", f"must be {expected}, not {type(value).__name__}"))
        if problems:
            return problems
        return self.param_problems(operation_id, "path", {k: str(v) for k, v in values.items()})

    def param_problems(self, operation_id: str, location: str, values: Mapping[str, str]) -> list[Problem]:
        """Check path/query/header parameters (as strings, the way they travel) against their schemas."""
        problems = []
        lookup = {k.lower(): v for k, v in values.items()} if location == "header" else values
        for name, required, kind, validator in self._params(operation_id, location):
            value = lookup.get(name.lower() if location == "header" else name)
            if value is None:
                if required:
                    problems.append(Problem(f"{location}.{name}", "required", "is required"))
                continue
            coerced: Any = value
            if kind == "integer" and re.fullmatch(r"-?\d+", value):
                coerced = int(value)
            elif kind == "number":
                try:
                    coerced = float(value)
                except ValueError:
                    pass
            if not validator.fast.is_valid(coerced):  # jsonschema-rs answers; jsonschema only explains a failure
                problems += [self._problem(e, f"{location}.{name}") for e in validator.slow.iter_errors(coerced)]
        return problems

    def _response_key(self, operation_id: str, status: int) -> str | None:
        responses = self.operations[operation_id].raw.get("responses", {})
        return next((k for k in (str(status), f"{str(status)[0]}XX", "default") if k in responses), None)

    @functools.cache  # noqa: B019 - asked once per answer
    def documents(self, operation_id: str, status: int) -> bool:
        """Whether the operation names this status itself (exactly or as ``2XX``), not only through ``default``."""
        responses = self.operations[operation_id].raw.get("responses", {})
        return str(status) in responses or f"{str(status)[0]}XX" in responses

    @functools.cache  # noqa: B019 - asked once per answer
    def success_status(self, operation_id: str) -> int | None:
        """The first success status the operation documents (what an undocumented 2xx is read as)."""
        for key in self.operations[operation_id].raw.get("responses", {}):
            if str(key)[0] == "2":
                return 200 if str(key) == "2XX" else int(key)
        return None

    def _answer_pointer(self, operation_id: str, key: str) -> str | None:
        """Where the JSON schema of one documented answer is; None when it has no JSON body."""
        op = self.operations[operation_id]
        raw = op.raw["responses"][key]
        if "application/json" not in self.resolve(raw).get("content", {}):
            return None
        pointer = raw["$ref"].removeprefix("#") if "$ref" in raw else f"{op.pointer}/responses/{key}"
        return f"{pointer}/content/application~1json/schema"

    def response_problems(self, operation_id: str, status: int, body: Any) -> list[Problem]:
        key = self._response_key(operation_id, status)
        if key is None:
            return [Problem("status", "responses", f"{status} is not a documented status of {operation_id}")]
        pointer = self._answer_pointer(operation_id, key)
        return [] if pointer is None else list(self._problems(pointer, body, "response"))

    def departures(self, operation_id: str, status: int, body: Any) -> list[Departure]:
        """How a success answer departs from what the document says (the drift report): one ``Departure`` per
        place, with its JSON pointer and JSON type, never the value. An undocumented 2xx is judged against the
        operation's documented success and reported at the pointer ``""`` (keyword ``status:<code>``).
        jsonschema-rs answers "valid?" first, so a conforming answer costs one fast check."""
        status_departs, validator = self._answer_plan(operation_id, status)
        found = [Departure(operation_id, "", json_type(body), f"status:{status}")] if status_departs else []
        if validator is None or validator.is_valid(body):
            return found
        seen = set()
        for error in validator.iter_errors(body):
            where = "".join(f"/{_escape(str(p))}" for p in error.instance_path)
            if where not in seen:
                seen.add(where)
                kind = type(error.kind).__name__.removeprefix("ValidationErrorKind_")
                found.append(Departure(operation_id, where, json_type(error.instance), kind))
        return found

    @functools.cache  # noqa: B019 - once per (operation, status): every answer is judged
    def _answer_plan(self, operation_id: str, status: int) -> tuple[bool, Any]:
        """(whether the status itself departs, the jsonschema-rs validator the body is judged by or None)."""
        key = self._response_key(operation_id, status)
        if 200 <= status < 300 and not self.documents(operation_id, status):
            key = None  # an undocumented 2xx is judged as the documented success, never as `default` (an error)
        departs = key is None
        if key is None:
            success = self.success_status(operation_id)
            key = None if success is None else self._response_key(operation_id, success)
            if key is None:
                return True, None
        pointer = self._answer_pointer(operation_id, key)
        return departs, None if pointer is None else self._fast(pointer)

    def problems_at(self, pointer: str, instance: Any, prefix: str = "body") -> list[Problem]:
        """Problems of ``instance`` against the schema at a JSON pointer of the spec (e.g. a component)."""
        return list(self._problems(pointer, instance, prefix))

    @functools.cache  # noqa: B019
    def _tagging(self, pointer: str) -> Mapping[str, Any] | None:
        """The discriminator of the schema at ``pointer``, when it is a tagged union."""
        node = self.resolve(self._at(f"#{pointer}"))
        tagging = node.get("discriminator") if isinstance(node, Mapping) else None
        return tagging if isinstance(tagging, Mapping) else None

    @functools.cache  # noqa: B019 - one compiled validator per pointer
    def _fast(self, pointer: str) -> Any:
        """The same schema compiled by jsonschema-rs: it answers "valid?" hundreds of times faster (a 43-variant
        union: ~15 us against ~5 ms), so only invalid instances pay for the detailed Python report."""
        root = dict(self.spec)
        root["$ref"] = "#" + quote(pointer, safe="/~")  # a URI fragment: path templates' braces get escaped
        return jsonschema_rs.Draft202012Validator(root, validate_formats=True)

    def _problems(self, pointer: str, instance: Any, prefix: str) -> Iterator[Problem]:
        if self._fast(pointer).is_valid(instance):
            return
        reported = False
        for problem in self._detailed(pointer, instance, prefix):
            reported = True
            yield problem
        if not reported:  # the two implementations disagree: trust the stricter one and say what it saw
            for error in self._fast(pointer).iter_errors(instance):
                yield Problem(_field(prefix, error.instance_path), type(error.kind).__name__, error.message)
                return

    def _detailed(self, pointer: str, instance: Any, prefix: str) -> Iterator[Problem]:
        tagging = self._tagging(pointer)
        if tagging is not None:
            name, mapping = tagging["propertyName"], tagging.get("mapping", {})
            if not isinstance(instance, Mapping):
                yield Problem(prefix, "type", f"{instance!r} is not an object")
                return
            target = mapping.get(str(instance.get(name)))
            if not (isinstance(target, str) and target.startswith("#")):
                known = sorted((int(k) if k.lstrip("-").isdigit() else k for k in mapping), key=_order)
                yield Problem(
                    _field(prefix, [name]),
                    "oneOf",
                    f"{instance.get(name)!r} is not one of the documented values {known}",
                )
                return
            # The branch the tag names is the one the instance meant: explain the failure against it alone.
            pointer = target.removeprefix("#")
        errors = sorted(
            self.validator(pointer).iter_errors(instance),
            key=lambda e: (e.validator == "unevaluatedProperties", [str(p) for p in e.absolute_path]),
        )
        for error in errors:
            yield self._problem(error, prefix)

    @staticmethod
    def _problem(error: jsonschema.ValidationError, prefix: str) -> Problem:
        # A oneOf/anyOf failure: look inside the branch the instance meant. In a tagged union that is the one branch
        # whose tag (a const) matched; otherwise the deepest cause, which names the real field.
        while error.context:
            branches: dict[Any, list[jsonschema.ValidationError]] = {}
            for cause in error.context:
                branches.setdefault(cause.relative_schema_path[0], []).append(cause)
            tagged = [causes for causes in branches.values() if not any(c.validator == "const" for c in causes)]
            if not tagged and len(branches) > 1:  # no branch's tag matched: the tag itself is what is wrong
                tag = next(c for c in error.context if c.validator == "const")
                known = sorted({c.validator_value for c in error.context if c.validator == "const"}, key=_order)
                where = _field(prefix, tag.absolute_path)
                return Problem(where, "oneOf", f"{tag.instance!r} is not one of the documented values {known}")
            causes = tagged[0] if len(tagged) == 1 and len(branches) > 1 else list(error.context)
            # A property that failed its own check also counts as "unevaluated": report the real failure first.
            causes = [c for c in causes if c.validator != "unevaluatedProperties"] or causes
            error = _js().exceptions.best_match(causes) or causes[0]
        field = _field(prefix, error.absolute_path)
        rule = str(error.validator)
        instance, expected, schema = error.instance, error.validator_value, error.schema
        if rule == "required" and isinstance(instance, dict) and isinstance(expected, list):
            missing = [p for p in expected if p not in instance]
            return Problem(_field(field, missing[:1]), rule, "is required")
        if rule == "additionalProperties" and isinstance(instance, dict) and isinstance(schema, Mapping):
            documented = set(schema.get("properties", {}))
            extra = sorted(k for k in instance if k not in documented)
            return Problem(_field(field, extra[:1]), rule, "is not a documented field")
        if rule == "unevaluatedProperties" and (found := re.search(r"\('([^']+)'.* unexpected\)", error.message)):
            return Problem(_field(field, [found.group(1)]), rule, "is not a documented field")
        return Problem(field, rule, error.message)
