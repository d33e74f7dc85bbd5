from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.vidu_q2_request_data import ViduQ2RequestData


T = TypeVar("T", bound="ViduQ2Request")


@_attrs_define
class ViduQ2Request:
    """Body of Vidu Q2: the parameters wrapped in a top-level `data` object.

    Attributes:
        data (ViduQ2RequestData):
    """

    data: ViduQ2RequestData

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
        from ..models.vidu_q2_request_data import ViduQ2RequestData

        d = dict(src_dict)
        data = ViduQ2RequestData.from_dict(d.pop("data"))

        vidu_q2_request = cls(
            data=data,
        )

        return vidu_q2_request
