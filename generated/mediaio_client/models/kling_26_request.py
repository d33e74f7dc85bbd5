from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.kling_26_request_data import Kling26RequestData


T = TypeVar("T", bound="Kling26Request")


@_attrs_define
class Kling26Request:
    """Body of Kling 2.6: the parameters wrapped in a top-level `data` object.

    Attributes:
        data (Kling26RequestData):
    """

    data: Kling26RequestData

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
        from ..models.kling_26_request_data import Kling26RequestData

        d = dict(src_dict)
        data = Kling26RequestData.from_dict(d.pop("data"))

        kling_26_request = cls(
            data=data,
        )

        return kling_26_request
