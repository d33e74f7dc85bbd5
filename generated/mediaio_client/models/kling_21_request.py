from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.kling_21_request_data import Kling21RequestData


T = TypeVar("T", bound="Kling21Request")


@_attrs_define
class Kling21Request:
    """Body of Kling 2.1: the parameters wrapped in a top-level `data` object.

    Attributes:
        data (Kling21RequestData):
    """

    data: Kling21RequestData

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
        from ..models.kling_21_request_data import Kling21RequestData

        d = dict(src_dict)
        data = Kling21RequestData.from_dict(d.pop("data"))

        kling_21_request = cls(
            data=data,
        )

        return kling_21_request
