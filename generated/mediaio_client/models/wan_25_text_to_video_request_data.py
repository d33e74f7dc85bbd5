from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.wan_25_text_to_video_request_data_duration import (
    Wan25TextToVideoRequestDataDuration,
)
from ..models.wan_25_text_to_video_request_data_ratio import (
    Wan25TextToVideoRequestDataRatio,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan25TextToVideoRequestData")


@_attrs_define
class Wan25TextToVideoRequestData:
    """
    Attributes:
        prompt (str): The text prompt describing the content to generate. Maximum string length: 800.
        ratio (Wan25TextToVideoRequestDataRatio | Unset): Target aspect ratio. Options: 16:9, 9:16, 1:1, 4:3, 3:4.
            Default is 16:9. Default: Wan25TextToVideoRequestDataRatio.VALUE_0.
        duration (Wan25TextToVideoRequestDataDuration | Unset): Output duration. Options: 5s, 10s. Default is 5s.
            Default: Wan25TextToVideoRequestDataDuration.VALUE_0.
    """

    prompt: str
    ratio: Wan25TextToVideoRequestDataRatio | Unset = (
        Wan25TextToVideoRequestDataRatio.VALUE_0
    )
    duration: Wan25TextToVideoRequestDataDuration | Unset = (
        Wan25TextToVideoRequestDataDuration.VALUE_0
    )

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        ratio: str | Unset = UNSET
        if not isinstance(self.ratio, Unset):
            ratio = self.ratio.value

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _ratio = d.pop("ratio", UNSET)
        ratio: Wan25TextToVideoRequestDataRatio | Unset
        if isinstance(_ratio, Unset):
            ratio = UNSET
        else:
            ratio = Wan25TextToVideoRequestDataRatio(_ratio)

        _duration = d.pop("duration", UNSET)
        duration: Wan25TextToVideoRequestDataDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = Wan25TextToVideoRequestDataDuration(_duration)

        wan_25_text_to_video_request_data = cls(
            prompt=prompt,
            ratio=ratio,
            duration=duration,
        )

        return wan_25_text_to_video_request_data
