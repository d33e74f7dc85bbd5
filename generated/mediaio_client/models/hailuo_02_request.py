from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.hailuo_02_request_data import Hailuo02RequestData


T = TypeVar("T", bound="Hailuo02Request")


@_attrs_define
class Hailuo02Request:
    """Body of Hailuo 02: the parameters wrapped in a top-level `data` object.

    Attributes:
        data (Hailuo02RequestData):
    """

    data: Hailuo02RequestData

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
        from ..models.hailuo_02_request_data import Hailuo02RequestData

        d = dict(src_dict)
        data = Hailuo02RequestData.from_dict(d.pop("data"))

        hailuo_02_request = cls(
            data=data,
        )

        return hailuo_02_request
