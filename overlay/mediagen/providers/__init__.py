"""Thin provider adapters: facts and mappings only; the machinery is shared.

Nothing is registered by hand: every public module of this package is a provider, found on disk and imported only
when it is first used (``mediagen.seele``, ``PROVIDERS["seele"]``), so ``import mediagen`` pays for none of them.
A provider that lives outside this package plugs in the way pytest plugins do: its distribution declares an entry
point in the ``mediagen.providers`` group, name → adapter module (``acme = "mediagen_acme.adapter"``); it is found in
the installed distributions' metadata and loaded on first use like the others (a module here wins a name clash).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator, Mapping
from importlib.metadata import entry_points
from types import ModuleType

from .._types import Provider

__all__ = ["NAMES", "PROVIDERS", "load"]

_BUILT_IN = {m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")}
#: The providers that live outside this package: the ``mediagen.providers`` entry points (name → adapter module).
_PLUGINS = {ep.name: ep.module for ep in entry_points(group="mediagen.providers") if ep.name not in _BUILT_IN}

#: Every provider's name: the public modules of this package and the installed plug-ins.
NAMES: tuple[str, ...] = tuple(sorted(_BUILT_IN | _PLUGINS.keys()))


def load(name: str) -> ModuleType:
    """The adapter module of provider ``name`` (imported on first use)."""
    if name not in NAMES:
        raise KeyError(name)
    return importlib.import_module(_PLUGINS.get(name, f"{__name__}.{name}"))


class _Providers(Mapping[str, Provider]):
    """Provider name → its ``Provider`` description, each adapter imported when first looked up."""

    def __getitem__(self, name: str) -> Provider:
        provider: Provider = load(name).PROVIDER
        return provider

    def __iter__(self) -> Iterator[str]:
        return iter(NAMES)

    def __len__(self) -> int:
        return len(NAMES)


#: Every provider adapter, by name.
PROVIDERS: Mapping[str, Provider] = _Providers()


def __getattr__(name: str) -> ModuleType:
    if name in NAMES:
        return load(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
