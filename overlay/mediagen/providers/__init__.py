"""Thin provider adapters: facts and mappings only; the machinery is shared."""

from .._types import Provider
from . import fusara, killatamata, mediaio, seele, seisoai

#: Every provider adapter, by name.
PROVIDERS: dict[str, Provider] = {
    "fusara": fusara.PROVIDER,
    "killatamata": killatamata.PROVIDER,
    "mediaio": mediaio.PROVIDER,
    "seele": seele.PROVIDER,
    "seisoai": seisoai.PROVIDER,
}
