from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.kling_21_request_data_duration import Kling21RequestDataDuration
from ..models.kling_21_request_data_resolution import Kling21RequestDataResolution
from ..types import UNSET, Unset

T = TypeVar("T", bound="Kling21RequestData")


@_attrs_define
class Kling21RequestData:
    """
    Attributes:
        image (str): The URL of the input image. Supported formats: PNG, JPEG, JPG, WEBP, GIF, HEIC. File size 0.0–20.0
            MB. Resolution 300x300–4000x4000. Aspect ratio 0.4:1–2.5:1.
        prompt (str): The text prompt describing the content to generate. Maximum string length: 2000.
        duration (Kling21RequestDataDuration | Unset): Output duration. Options: 5s, 10s. Default is 5s. Default:
            Kling21RequestDataDuration.VALUE_0.
        resolution (Kling21RequestDataResolution | Unset): Output resolution. Options: 720P, 1080P. Default is 720P.
            Default: Kling21RequestDataResolution.VALUE_0.
    """

    image: str
    prompt: str
    duration: Kling21RequestDataDuration | Unset = Kling21RequestDataDuration.VALUE_0
    resolution: Kling21RequestDataResolution | Unset = (
        Kling21RequestDataResolution.VALUE_0
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
        duration: Kling21RequestDataDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = Kling21RequestDataDuration(_duration)

        _resolution = d.pop("resolution", UNSET)
        resolution: Kling21RequestDataResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = Kling21RequestDataResolution(_resolution)

        kling_21_request_data = cls(
            image=image,
            prompt=prompt,
            duration=duration,
            resolution=resolution,
        )

        return kling_21_request_data
