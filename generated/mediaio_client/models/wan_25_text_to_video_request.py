from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.wan_25_text_to_video_request_data import Wan25TextToVideoRequestData


T = TypeVar("T", bound="Wan25TextToVideoRequest")


@_attrs_define
class Wan25TextToVideoRequest:
    """Body of Wan 2.5 (Text To Video): the parameters wrapped in a top-level `data` object.

    Attributes:
        data (Wan25TextToVideoRequestData):
    """

    data: Wan25TextToVideoRequestData

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
        from ..models.wan_25_text_to_video_request_data import (
            Wan25TextToVideoRequestData,
        )

        d = dict(src_dict)
        data = Wan25TextToVideoRequestData.from_dict(d.pop("data"))

        wan_25_text_to_video_request = cls(
            data=data,
        )

        return wan_25_text_to_video_request
