from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.kling_30_request_data import Kling30RequestData


T = TypeVar("T", bound="Kling30Request")


@_attrs_define
class Kling30Request:
    """Body of Kling 3.0: the parameters wrapped in a top-level `data` object.

    Attributes:
        data (Kling30RequestData):
    """

    data: Kling30RequestData

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
        from ..models.kling_30_request_data import Kling30RequestData

        d = dict(src_dict)
        data = Kling30RequestData.from_dict(d.pop("data"))

        kling_30_request = cls(
            data=data,
        )

        return kling_30_request
