from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.vidu_q3_text_to_video_request_data import ViduQ3TextToVideoRequestData


T = TypeVar("T", bound="ViduQ3TextToVideoRequest")


@_attrs_define
class ViduQ3TextToVideoRequest:
    """Body of Vidu Q3 (Text To Video): the parameters wrapped in a top-level `data` object.

    Attributes:
        data (ViduQ3TextToVideoRequestData):
    """

    data: ViduQ3TextToVideoRequestData

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
        from ..models.vidu_q3_text_to_video_request_data import (
            ViduQ3TextToVideoRequestData,
        )

        d = dict(src_dict)
        data = ViduQ3TextToVideoRequestData.from_dict(d.pop("data"))

        vidu_q3_text_to_video_request = cls(
            data=data,
        )

        return vidu_q3_text_to_video_request
