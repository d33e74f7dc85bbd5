"""Thin provider adapters: facts and mappings only; the machinery is shared.

Nothing is registered by hand: every public module of this package is a provider, found on disk and imported only
when it is first used (``mediagen.seele``, ``PROVIDERS["seele"]``), so ``import mediagen`` pays for none of them.
A provider that lives outside this package plugs in the way pytest plugins do: its distribution declares an entry
point in the ``mediagen.providers`` group, name → adapter module (``acme = "mediagen_acme.adapter"``); it is found in
the installed distributions' metadata and loaded on first use like the others (a module here wins a name clash).
The metadata is read the first time a name outside this package is asked for, or ``NAMES`` is: reading every
installed distribution's entry points is not something ``import mediagen`` should pay for.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from collections.abc import Iterator, Mapping
from types import ModuleType

from .._types import Provider

__all__ = ["NAMES", "PROVIDERS", "is_provider", "load"]

_BUILT_IN = frozenset(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))

NAMES: tuple[str, ...]
"""Every provider's name: the public modules of this package and the installed plug-ins (read on first use)."""


@functools.cache
def _plugins() -> dict[str, str]:
    """The providers that live outside this package: the ``mediagen.providers`` entry points (name → module)."""
    from importlib.metadata import entry_points

    return {ep.name: ep.module for ep in entry_points(group="mediagen.providers") if ep.name not in _BUILT_IN}


def _names() -> tuple[str, ...]:
    return tuple(sorted(_BUILT_IN | _plugins().keys()))


def is_provider(name: str) -> bool:
    """Whether ``name`` is a provider, built in or plugged in (the metadata is read only for a name not built in)."""
    return name in _BUILT_IN or (not name.startswith("_") and name in _plugins())


def load(name: str) -> ModuleType:
    """The adapter module of provider ``name`` (imported on first use)."""
    if not is_provider(name):
        raise KeyError(name)
    return importlib.import_module(_plugins()[name] if name not in _BUILT_IN else f"{__name__}.{name}")


class _Providers(Mapping[str, Provider]):
    """Provider name → its ``Provider`` description, each adapter imported when first looked up."""

    def __getitem__(self, name: str) -> Provider:
        provider: Provider = load(name).PROVIDER
        return provider

    def __iter__(self) -> Iterator[str]:
        return iter(_names())

    def __len__(self) -> int:
        return len(_names())


#: Every provider adapter, by name.
PROVIDERS: Mapping[str, Provider] = _Providers()


def __getattr__(name: str) -> object:
    if name == "NAMES":
        return _names()
    if is_provider(name):
        return load(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
