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

import time
from typing import Any

import orjson

from ._exceptions import MediagenError

__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "BodyTooLargeError",
    "MalformedBodyError",
    "aread_bounded",
    "check_depth",
    "loads",
    "read_bounded",
]

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
    if isinstance(data, str):
        data = data.encode()
    if bytes(data).count(b"[") + bytes(data).count(b"{") > max_depth:  # fewer openings cannot nest deeper
        check_depth(value, max_depth)
    return value


class BodyTooLargeError(MalformedBodyError):
    """An answer's body went past its size or time bound while being read; the connection was closed."""


def _deadline(response: Any) -> float:
    """When reading a whole body must end: the request's read timeout (or 60 s) times four, at least 10 s."""
    timeout = response.request.extensions.get("timeout", {}).get("read")
    return time.monotonic() + max(10.0, 4 * float(timeout or 60.0))


class _Bounded:
    """Collects a body's decoded bytes (gzip and the like undone as they arrive) within its bounds."""

    def __init__(self, response: Any, max_bytes: int) -> None:
        self.response, self.max_bytes = response, max_bytes
        self.decoder = response._get_content_decoder()
        self.deadline, self.chunks, self.size = _deadline(response), list[bytes](), 0

    def add(self, raw: bytes) -> None:
        chunk = self.decoder.decode(raw)
        self.chunks.append(chunk)
        self.size += len(chunk)
        if self.size > self.max_bytes:
            raise BodyTooLargeError(f"the answer's body is over {self.max_bytes:,} bytes: not read further")
        if time.monotonic() > self.deadline:
            raise BodyTooLargeError("the answer's body kept coming past its deadline: not read further")

    def done(self) -> bytes:
        content: bytes = b"".join(self.chunks) + self.decoder.flush()
        self.response._content = content  # what response.content, .json() and the generated parsers read
        return content


def _held(response: Any, max_bytes: int) -> bytes:
    content: bytes = response._content
    if len(content) > max_bytes:
        raise BodyTooLargeError(f"the answer's body is over {max_bytes:,} bytes")
    return content


def read_bounded(response: Any, max_bytes: int = MAX_BYTES) -> bytes:
    """Read a streamed ``httpx.Response`` whole, but no more than ``max_bytes`` (decoded) and for no longer than its
    deadline (a body that never ends, or drips, is cut): it becomes ``response.content``. BodyTooLargeError past a
    bound; the stream is closed either way."""
    if hasattr(response, "_content"):  # already in memory (an in-process transport): only its size is checked
        return _held(response, max_bytes)
    body = _Bounded(response, max_bytes)
    try:
        for raw in response.iter_raw():
            body.add(raw)
    finally:
        response.close()
    return body.done()


async def aread_bounded(response: Any, max_bytes: int = MAX_BYTES) -> bytes:
    """``read_bounded`` for an ``httpx.AsyncClient``'s streamed response."""
    if hasattr(response, "_content"):
        return _held(response, max_bytes)
    body = _Bounded(response, max_bytes)
    try:
        async for raw in response.aiter_raw():
            body.add(raw)
    finally:
        await response.aclose()
    return body.done()
