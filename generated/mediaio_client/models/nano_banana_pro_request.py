from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.nano_banana_pro_request_data import NanoBananaProRequestData


T = TypeVar("T", bound="NanoBananaProRequest")


@_attrs_define
class NanoBananaProRequest:
    """Body of Nano Banana Pro: the parameters wrapped in a top-level `data` object.

    Attributes:
        data (NanoBananaProRequestData):
    """

    data: NanoBananaProRequestData

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
        from ..models.nano_banana_pro_request_data import NanoBananaProRequestData

        d = dict(src_dict)
        data = NanoBananaProRequestData.from_dict(d.pop("data"))

        nano_banana_pro_request = cls(
            data=data,
        )

        return nano_banana_pro_request
