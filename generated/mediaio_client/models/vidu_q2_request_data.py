from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.vidu_q2_request_data_duration import ViduQ2RequestDataDuration
from ..models.vidu_q2_request_data_resolution import ViduQ2RequestDataResolution
from ..types import UNSET, Unset

T = TypeVar("T", bound="ViduQ2RequestData")


@_attrs_define
class ViduQ2RequestData:
    """
    Attributes:
        image (str): The URL of the input image. Supported formats: PNG, JPEG, JPG, WEBP, GIF, HEIC. File size 0.0–10.0
            MB. Resolution 150x150–4000x4000. Aspect ratio 1:4–4:1.
        prompt (str): The text prompt describing the content to generate. Maximum string length: 2000.
        duration (ViduQ2RequestDataDuration | Unset): Output duration. Options: 4s, 6s, 8s. Default is 4s. Default:
            ViduQ2RequestDataDuration.VALUE_0.
        resolution (ViduQ2RequestDataResolution | Unset): Output resolution. Options: 720P, 1080P. Default is 720P.
            Default: ViduQ2RequestDataResolution.VALUE_0.
    """

    image: str
    prompt: str
    duration: ViduQ2RequestDataDuration | Unset = ViduQ2RequestDataDuration.VALUE_0
    resolution: ViduQ2RequestDataResolution | Unset = (
        ViduQ2RequestDataResolution.VALUE_0
    )

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        prompt = self.prompt

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.value

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image": image,
                "prompt": prompt,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image = d.pop("image")

        prompt = d.pop("prompt")

        _duration = d.pop("duration", UNSET)
        duration: ViduQ2RequestDataDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = ViduQ2RequestDataDuration(_duration)

        _resolution = d.pop("resolution", UNSET)
        resolution: ViduQ2RequestDataResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = ViduQ2RequestDataResolution(_resolution)

        vidu_q2_request_data = cls(
            image=image,
            prompt=prompt,
            duration=duration,
            resolution=resolution,
        )

        return vidu_q2_request_data
