from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.imagen_4_request_data import Imagen4RequestData


T = TypeVar("T", bound="Imagen4Request")


@_attrs_define
class Imagen4Request:
    """Body of Imagen 4: the parameters wrapped in a top-level `data` object.

    Attributes:
        data (Imagen4RequestData):
    """

    data: Imagen4RequestData

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
        from ..models.imagen_4_request_data import Imagen4RequestData

        d = dict(src_dict)
        data = Imagen4RequestData.from_dict(d.pop("data"))

        imagen_4_request = cls(
            data=data,
        )

        return imagen_4_request
