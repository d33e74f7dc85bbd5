from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.seedream_40_request_data import Seedream40RequestData


T = TypeVar("T", bound="Seedream40Request")


@_attrs_define
class Seedream40Request:
    """Body of Seedream 4.0: the parameters wrapped in a top-level `data` object.

    Attributes:
        data (Seedream40RequestData):
    """

    data: Seedream40RequestData

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.seedream_40_request_data import Seedream40RequestData

        d = dict(src_dict)
        data = Seedream40RequestData.from_dict(d.pop("data"))

        seedream_40_request = cls(
            data=data,
        )

        return seedream_40_request
