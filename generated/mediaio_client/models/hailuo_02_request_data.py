from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.hailuo_02_request_data_duration import Hailuo02RequestDataDuration
from ..models.hailuo_02_request_data_resolution import Hailuo02RequestDataResolution
from ..types import UNSET, Unset

T = TypeVar("T", bound="Hailuo02RequestData")


@_attrs_define
class Hailuo02RequestData:
    """
    Attributes:
        image (str): The URL of the input image. Supported formats: PNG, JPEG, JPG, WEBP, GIF, HEIC. File size 0.0–20.0
            MB. Resolution 300x300–4000x4000. Aspect ratio 0.4:1–2.5:1.
        prompt (str): The text prompt describing the content to generate. Maximum string length: 2000.
        duration (Hailuo02RequestDataDuration | Unset): Output duration. Options: 6s. Default is 6s. Default:
            Hailuo02RequestDataDuration.VALUE_0.
        resolution (Hailuo02RequestDataResolution | Unset): Output resolution. Options: 768P, 1080P. Default is 768P.
            Default: Hailuo02RequestDataResolution.VALUE_0.
    """

    image: str
    prompt: str
    duration: Hailuo02RequestDataDuration | Unset = Hailuo02RequestDataDuration.VALUE_0
    resolution: Hailuo02RequestDataResolution | Unset = (
        Hailuo02RequestDataResolution.VALUE_0
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
        duration: Hailuo02RequestDataDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = Hailuo02RequestDataDuration(_duration)

        _resolution = d.pop("resolution", UNSET)
        resolution: Hailuo02RequestDataResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = Hailuo02RequestDataResolution(_resolution)

        hailuo_02_request_data = cls(
            image=image,
            prompt=prompt,
            duration=duration,
            resolution=resolution,
        )

        return hailuo_02_request_data
