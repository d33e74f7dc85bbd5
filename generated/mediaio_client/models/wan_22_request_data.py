from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.wan_22_request_data_duration import Wan22RequestDataDuration
from ..models.wan_22_request_data_resolution import Wan22RequestDataResolution
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan22RequestData")


@_attrs_define
class Wan22RequestData:
    """
    Attributes:
        image (str): The URL of the input image. Supported formats: PNG, JPEG, JPG, WEBP, BMP. File size 0.0–10.0 MB.
            Resolution 300x300–2000x2000. Aspect ratio 0.4:1–2.5:1.
        prompt (str): The text prompt describing the content to generate. Maximum string length: 800.
        resolution (Wan22RequestDataResolution | Unset): Output resolution. Options: 1080P. Default is 1080P. Default:
            Wan22RequestDataResolution.VALUE_0.
        duration (Wan22RequestDataDuration | Unset): Output duration. Options: 5s. Default is 5s. Default:
            Wan22RequestDataDuration.VALUE_0.
    """

    image: str
    prompt: str
    resolution: Wan22RequestDataResolution | Unset = Wan22RequestDataResolution.VALUE_0
    duration: Wan22RequestDataDuration | Unset = Wan22RequestDataDuration.VALUE_0

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        prompt = self.prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution.value

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image": image,
                "prompt": prompt,
            }
        )
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image = d.pop("image")

        prompt = d.pop("prompt")

        _resolution = d.pop("resolution", UNSET)
        resolution: Wan22RequestDataResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = Wan22RequestDataResolution(_resolution)

        _duration = d.pop("duration", UNSET)
        duration: Wan22RequestDataDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = Wan22RequestDataDuration(_duration)

        wan_22_request_data = cls(
            image=image,
            prompt=prompt,
            resolution=resolution,
            duration=duration,
        )

        return wan_22_request_data
