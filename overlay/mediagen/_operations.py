"""Each adapter operation written once, for sync and async: a generator that yields the I/O it needs.

The pattern of ``_auth.py`` (an httpx auth flow) and ``_wait.py`` (a sans-IO planner): an operation is a plain
generator function that builds requests and reads answers; it never sends anything itself. It yields a ``Step``
(a method of the client to run, with its arguments) and gets the result back; ``sync`` and ``asynced`` turn it into
the method of a ``ProviderClient`` and of an ``AsyncProviderClient``, with the operation's own signature and docs::

    def _get(api: ProviderBase, /, job_id: str) -> Plan[Job]:
        return _job((yield call(get_job, job_id=job_id)))

    class Seele(ProviderClient):
        get = sync(_get)          # def get(self, job_id: str) -> Job

    class AsyncSeele(AsyncProviderClient):
        get = asynced(_get)       # async def get(self, job_id: str) -> Job

A step that fails is thrown into the operation at its ``yield``, so an operation handles errors as ordinary code.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Coroutine, Generator
from dataclasses import dataclass
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar, overload

__all__ = ["Plan", "Step", "asynced", "call", "drive", "adrive", "step", "sync"]

P = ParamSpec("P")
R = TypeVar("R")
S = TypeVar("S")


@dataclass(frozen=True, slots=True)
class Step:
    """One piece of I/O an operation asks for: the client method ``method`` called with these arguments (awaited by
    the async driver). The sync and async clients have the same method names (``call``, ``wait``, ``_put``...)."""

    method: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]


Plan = Generator[Step, Any, R]
"""An operation in progress: yields Steps, receives their results, returns the method's result."""


def step(method: str, *args: Any, **kwargs: Any) -> Step:
    return Step(method, args, kwargs)


def call(endpoint: Any, **kwargs: Any) -> Step:
    """Call a generated operation (``ProviderClient.call``): its parsed data, or the typed error thrown in."""
    return Step("call", (endpoint,), kwargs)


def drive(client: Any, plan: Plan[R]) -> R:
    """Run ``plan`` with a synchronous client."""
    try:
        todo = next(plan)
        while True:
            try:
                result = getattr(client, todo.method)(*todo.args, **todo.kwargs)
            except Exception as exc:
                todo = plan.throw(exc)
            else:
                todo = plan.send(result)
    except StopIteration as done:
        value: R = done.value
        return value


async def adrive(client: Any, plan: Plan[R]) -> R:
    """Run ``plan`` with an asyncio client."""
    try:
        todo = next(plan)
        while True:
            try:
                result = await getattr(client, todo.method)(*todo.args, **todo.kwargs)
            except Exception as exc:
                todo = plan.throw(exc)
            else:
                todo = plan.send(result)
    except StopIteration as done:
        value: R = done.value
        return value


class _Method(Generic[S, P, R]):
    """An operation as a client method: a descriptor, so a type checker keeps the operation's own signature even
    where a base class declares the method (``get``) with a narrower one."""

    def __init__(self, function: Callable[Concatenate[S, P], R]) -> None:
        self._function = function
        self.__doc__, self.__wrapped__ = function.__doc__, function

    @overload
    def __get__(self, client: None, owner: type[Any]) -> Callable[Concatenate[S, P], R]: ...
    @overload
    def __get__(self, client: S, owner: type[Any]) -> Callable[P, R]: ...
    def __get__(self, client: S | None, owner: type[Any]) -> Callable[..., R]:
        if client is None:
            return self._function
        return self._function.__get__(client, owner)  # type: ignore[no-any-return]


def sync(operation: Callable[Concatenate[S, P], Plan[R]]) -> _Method[S, P, R]:
    """The operation as a method of a synchronous client (same parameters and docstring)."""

    @functools.wraps(operation)
    def method(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        return drive(self, operation(self, *args, **kwargs))

    return _Method(method)


def asynced(operation: Callable[Concatenate[S, P], Plan[R]]) -> _Method[S, P, Coroutine[Any, Any, R]]:
    """The operation as a coroutine method of an asyncio client (same parameters and docstring)."""

    @functools.wraps(operation)
    async def method(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        return await adrive(self, operation(self, *args, **kwargs))

    return _Method(method)
