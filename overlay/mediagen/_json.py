"""Every JSON body read from the network is parsed here: bounded in size and depth, so a hostile body is a typed
error, never a segfault, a RecursionError or a hang.

```python
from mediagen._json import loads
data = loads(response.content)          # MalformedBodyError on 100,000-deep nesting or 64 MiB of JSON
```

Why not ``json.loads``: CPython's C decoder recurses once per nesting level and trusts the interpreter's recursion
limit, which ``py_ecc`` (imported by ``eth_account``) raises to 100,000: a 100,000-deep body then overflows the C
stack and the process dies. orjson stops at depth 1,024 by itself whatever the recursion limit says; on top of that
a body deeper than MAX_DEPTH is refused here, so whatever reads the value afterwards (the generated ``from_dict``,
``response.json()`` in generated code, jsonschema) never recurses deeply either.
"""

from __future__ import annotations

from typing import Any

import orjson

from ._exceptions import MediagenError

__all__ = ["MAX_BYTES", "MAX_DEPTH", "MalformedBodyError", "check_depth", "loads"]

#: No answer of any documented API nests this deep (the deepest, a tool's inputSchema, has about 8 levels).
MAX_DEPTH = 64
#: A JSON answer larger than this is refused unparsed (media travels by URL, not inside JSON).
MAX_BYTES = 64 * 1024 * 1024


class MalformedBodyError(MediagenError, ValueError):
    """A body that is not JSON, or JSON nested or sized beyond what any documented answer needs."""


def check_depth(value: Any, limit: int = MAX_DEPTH) -> None:
    """Raise MalformedBodyError when ``value`` nests containers more than ``limit`` deep (iterative: no recursion)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > limit:
            raise MalformedBodyError(f"JSON nested deeper than {limit} levels")
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))


def loads(data: bytes | bytearray | memoryview | str, *, max_bytes: int = MAX_BYTES, max_depth: int = MAX_DEPTH) -> Any:
    """Decode JSON from the network, or raise MalformedBodyError (also a ValueError, as ``json.loads`` raises)."""
    if len(data) > max_bytes:
        raise MalformedBodyError(f"a JSON body of {len(data):,} bytes is over the {max_bytes:,}-byte limit")
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        # orjson's message may quote the input; keep only where it failed.
        what = "nested too deeply" if "depth" in str(exc).lower() else f"not valid JSON (at byte {exc.pos})"
        raise MalformedBodyError(f"the body is {what}") from None
    check_depth(value, max_depth)
    return value
