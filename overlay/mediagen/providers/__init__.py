"""Thin provider adapters: facts and mappings only; the machinery is shared.

Nothing is registered by hand: every public module of this package is a provider, found on disk and imported only
when it is first used (``mediagen.seele``, ``PROVIDERS["seele"]``), so ``import mediagen`` pays for none of them.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator, Mapping
from types import ModuleType

from .._types import Provider

__all__ = ["NAMES", "PROVIDERS", "load"]

#: Every provider's name: the public modules of this package.
NAMES: tuple[str, ...] = tuple(sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")))


def load(name: str) -> ModuleType:
    """The adapter module of provider ``name`` (imported on first use)."""
    if name not in NAMES:
        raise KeyError(name)
    return importlib.import_module(f"{__name__}.{name}")


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
