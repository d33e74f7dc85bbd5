"""Seisoai tool inputs and outputs: the gateway's input normalization (as its source applies it before validating a
tool input), the price preview's query, and the output URLs of a raw result.

The gateway accepts more than a tool's ``inputSchema`` says: it renames camelCase fields to the declared snake_case
ones (``imageUrl`` → ``image_url``), turns ``"true"``/``"false"`` into booleans and numeric strings into numbers
where the schema wants them, a number into ``"<n>s"`` for a string ``duration``, treats null and ``""`` as missing,
and applies schema defaults. A local pre-payment check must accept what the gateway accepts, so it validates the
normalized form (and sends the input as given: the gateway normalizes it again).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = ["PRICE_PARAMS", "normalize", "output_urls", "price_params"]

#: Query parameters the price preview takes, read from the tool input of the same name.
PRICE_PARAMS = ("duration", "num_images", "steps")
_NUMBER = re.compile(r"-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?")


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower()


def _types(prop: Any) -> set[str]:
    if not isinstance(prop, Mapping):
        return set()
    kind = prop.get("type")
    return {kind} if isinstance(kind, str) else set(kind) if isinstance(kind, list) else set()


def _coerced(value: Any, prop: Any, name: str) -> Any:
    kinds = _types(prop)
    if isinstance(value, str) and "boolean" in kinds and value.lower() in ("true", "false"):
        return value.lower() == "true"
    if isinstance(value, str) and kinds & {"number", "integer"} and "string" not in kinds and _NUMBER.fullmatch(value):
        number = float(value)
        return int(number) if "integer" in kinds and number.is_integer() else number
    if name == "duration" and kinds == {"string"} and type(value) in (int, float):
        return f"{value:g}s"
    return value


def normalize(input: Mapping[str, Any], schema: Mapping[str, Any], *, defaults: bool = True) -> dict[str, Any]:
    """``input`` as the gateway sees it after its normalization, ready to validate against ``schema``."""
    props = schema.get("properties") or {}
    out: dict[str, Any] = {}
    for key, value in input.items():
        if value is None or value == "":
            continue  # the gateway treats null and "" as missing
        name = key if key in props else _snake(key) if _snake(key) in props else key
        out[name] = _coerced(value, props.get(name), name)
    if defaults:
        for name, prop in props.items():
            if name not in out and isinstance(prop, Mapping) and "default" in prop:
                out[name] = prop["default"]
    return out


def price_params(input: Mapping[str, Any] | None) -> dict[str, Any]:
    """The query of the price preview: the tool input's fields of the same name (a ``"6s"`` duration as 6)."""
    params = {k: (input or {})[k] for k in PRICE_PARAMS if k in (input or {})}
    if isinstance(params.get("duration"), str):
        params["duration"] = float(str(params["duration"]).rstrip("s") or 0)
    return params


def output_urls(result: Any) -> tuple[str, ...]:
    """Every URL in a tool's raw result (images[].url, video.url, audio_file.url, model meshes...), in order."""
    found: list[str] = []
    if isinstance(result, Mapping):
        for key, value in result.items():
            if key == "url" and isinstance(value, str):
                found.append(value)
            else:
                found.extend(output_urls(value))
    elif isinstance(result, list):
        for value in result:
            found.extend(output_urls(value))
    return tuple(dict.fromkeys(found))
