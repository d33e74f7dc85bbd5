from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.kling_25_turbo_request_data import Kling25TurboRequestData


T = TypeVar("T", bound="Kling25TurboRequest")


@_attrs_define
class Kling25TurboRequest:
    """Body of Kling 2.5 Turbo: the parameters wrapped in a top-level `data` object.

    Attributes:
        data (Kling25TurboRequestData):
    """

    data: Kling25TurboRequestData

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
        from ..models.kling_25_turbo_request_data import Kling25TurboRequestData

        d = dict(src_dict)
        data = Kling25TurboRequestData.from_dict(d.pop("data"))

        kling_25_turbo_request = cls(
            data=data,
        )

        return kling_25_turbo_request
