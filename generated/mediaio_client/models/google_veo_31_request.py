from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.google_veo_31_request_data import GoogleVeo31RequestData


T = TypeVar("T", bound="GoogleVeo31Request")


@_attrs_define
class GoogleVeo31Request:
    """Body of Google Veo 3.1: the parameters wrapped in a top-level `data` object.

    Attributes:
        data (GoogleVeo31RequestData):
    """

    data: GoogleVeo31RequestData

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
        from ..models.google_veo_31_request_data import GoogleVeo31RequestData

        d = dict(src_dict)
        data = GoogleVeo31RequestData.from_dict(d.pop("data"))

        google_veo_31_request = cls(
            data=data,
        )

        return google_veo_31_request
