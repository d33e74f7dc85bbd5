from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.hailuo_23_request_data import Hailuo23RequestData


T = TypeVar("T", bound="Hailuo23Request")


@_attrs_define
class Hailuo23Request:
    """Body of Hailuo 2.3: the parameters wrapped in a top-level `data` object.

    Attributes:
        data (Hailuo23RequestData):
    """

    data: Hailuo23RequestData

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
        from ..models.hailuo_23_request_data import Hailuo23RequestData

        d = dict(src_dict)
        data = Hailuo23RequestData.from_dict(d.pop("data"))

        hailuo_23_request = cls(
            data=data,
        )

        return hailuo_23_request
