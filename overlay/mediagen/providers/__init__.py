"""Thin provider adapters: facts and mappings only; the machinery is shared."""

from .._types import Provider
from . import seele

#: Every provider adapter, by name.
PROVIDERS: dict[str, Provider] = {"seele": seele.PROVIDER}
