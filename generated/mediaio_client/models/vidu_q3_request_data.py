from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.vidu_q3_request_data_duration import ViduQ3RequestDataDuration
from ..models.vidu_q3_request_data_generate_audio import ViduQ3RequestDataGenerateAudio
from ..models.vidu_q3_request_data_resolution import ViduQ3RequestDataResolution
from ..types import UNSET, Unset

T = TypeVar("T", bound="ViduQ3RequestData")


@_attrs_define
class ViduQ3RequestData:
    """
    Attributes:
        image (str): The URL of the input image. Supported formats: PNG, JPEG, JPG. File size 0.0–10.0 MB. Resolution
            150x150–4000x4000. Aspect ratio 1:4–4:1.
        prompt (str): The text prompt describing the content to generate. Maximum string length: 2000.
        resolution (ViduQ3RequestDataResolution | Unset): Output resolution. Options: 540P, 720P, 1080P. Default is
            720P. Default: ViduQ3RequestDataResolution.VALUE_1.
        duration (ViduQ3RequestDataDuration | Unset): Output duration. Options: 4s, 8s, 12s, 16s. Default is 4s.
            Default: ViduQ3RequestDataDuration.VALUE_0.
        generate_audio (ViduQ3RequestDataGenerateAudio | Unset): Whether to generate audio (a string, not a boolean).
            Options: True, False. Default is True. Default: ViduQ3RequestDataGenerateAudio.TRUE.
    """

    image: str
    prompt: str
    resolution: ViduQ3RequestDataResolution | Unset = (
        ViduQ3RequestDataResolution.VALUE_1
    )
    duration: ViduQ3RequestDataDuration | Unset = ViduQ3RequestDataDuration.VALUE_0
    generate_audio: ViduQ3RequestDataGenerateAudio | Unset = (
        ViduQ3RequestDataGenerateAudio.TRUE
    )

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        prompt = self.prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution.value

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.value

        generate_audio: str | Unset = UNSET
        if not isinstance(self.generate_audio, Unset):
            generate_audio = self.generate_audio.value

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
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image = d.pop("image")

        prompt = d.pop("prompt")

        _resolution = d.pop("resolution", UNSET)
        resolution: ViduQ3RequestDataResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = ViduQ3RequestDataResolution(_resolution)

        _duration = d.pop("duration", UNSET)
        duration: ViduQ3RequestDataDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = ViduQ3RequestDataDuration(_duration)

        _generate_audio = d.pop("generate_audio", UNSET)
        generate_audio: ViduQ3RequestDataGenerateAudio | Unset
        if isinstance(_generate_audio, Unset):
            generate_audio = UNSET
        else:
            generate_audio = ViduQ3RequestDataGenerateAudio(_generate_audio)

        vidu_q3_request_data = cls(
            image=image,
            prompt=prompt,
            resolution=resolution,
            duration=duration,
            generate_audio=generate_audio,
        )

        return vidu_q3_request_data
