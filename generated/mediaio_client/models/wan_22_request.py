from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.wan_22_request_data import Wan22RequestData


T = TypeVar("T", bound="Wan22Request")


@_attrs_define
class Wan22Request:
    """Body of Wan 2.2: the parameters wrapped in a top-level `data` object.

    Attributes:
        data (Wan22RequestData):
    """

    data: Wan22RequestData

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
        from ..models.wan_22_request_data import Wan22RequestData

        d = dict(src_dict)
        data = Wan22RequestData.from_dict(d.pop("data"))

        wan_22_request = cls(
            data=data,
        )

        return wan_22_request
