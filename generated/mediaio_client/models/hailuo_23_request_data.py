from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.hailuo_23_request_data_duration import Hailuo23RequestDataDuration
from ..models.hailuo_23_request_data_resolution import Hailuo23RequestDataResolution
from ..types import UNSET, Unset

T = TypeVar("T", bound="Hailuo23RequestData")


@_attrs_define
class Hailuo23RequestData:
    """
    Attributes:
        image (str): The URL of the input image. Supported formats: PNG, JPEG, JPG, WEBP, GIF, HEIC. File size 0.0–20.0
            MB. Resolution 300x300–4000x4000. Aspect ratio 0.4:1–2.5:1.
        prompt (str): The text prompt describing the content to generate. Maximum string length: 2000.
        resolution (Hailuo23RequestDataResolution | Unset): Output resolution. Options: 768P, 1080P (when duration is
            6s). Default is 768P. Default: Hailuo23RequestDataResolution.VALUE_0.
        duration (Hailuo23RequestDataDuration | Unset): Output duration. Options: 6s, 10s. Default is 6s. Default:
            Hailuo23RequestDataDuration.VALUE_0.
    """

    image: str
    prompt: str
    resolution: Hailuo23RequestDataResolution | Unset = (
        Hailuo23RequestDataResolution.VALUE_0
    )
    duration: Hailuo23RequestDataDuration | Unset = Hailuo23RequestDataDuration.VALUE_0

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
        resolution: Hailuo23RequestDataResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = Hailuo23RequestDataResolution(_resolution)

        _duration = d.pop("duration", UNSET)
        duration: Hailuo23RequestDataDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = Hailuo23RequestDataDuration(_duration)

        hailuo_23_request_data = cls(
            image=image,
            prompt=prompt,
            resolution=resolution,
            duration=duration,
        )

        return hailuo_23_request_data
