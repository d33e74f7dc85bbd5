from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.wan_26_request_data import Wan26RequestData


T = TypeVar("T", bound="Wan26Request")


@_attrs_define
class Wan26Request:
    """Body of Wan 2.6: the parameters wrapped in a top-level `data` object.

    Attributes:
        data (Wan26RequestData):
    """

    data: Wan26RequestData

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
        from ..models.wan_26_request_data import Wan26RequestData

        d = dict(src_dict)
        data = Wan26RequestData.from_dict(d.pop("data"))

        wan_26_request = cls(
            data=data,
        )

        return wan_26_request
