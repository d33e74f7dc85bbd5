"""Thin provider adapters: facts and mappings only; the machinery is shared."""

from .._types import Provider
from . import mediaio, seele

#: Every provider adapter, by name.
PROVIDERS: dict[str, Provider] = {"mediaio": mediaio.PROVIDER, "seele": seele.PROVIDER}
