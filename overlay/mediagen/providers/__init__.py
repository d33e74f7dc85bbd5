"""Thin provider adapters: facts and mappings only; the machinery is shared."""

from .._types import Provider
from . import fusara, mediaio, seele

#: Every provider adapter, by name.
PROVIDERS: dict[str, Provider] = {"fusara": fusara.PROVIDER, "mediaio": mediaio.PROVIDER, "seele": seele.PROVIDER}
