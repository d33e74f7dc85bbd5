from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.wan_26_request_data_duration import Wan26RequestDataDuration
from ..models.wan_26_request_data_generate_audio import Wan26RequestDataGenerateAudio
from ..models.wan_26_request_data_resolution import Wan26RequestDataResolution
from ..models.wan_26_request_data_shot_type import Wan26RequestDataShotType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan26RequestData")


@_attrs_define
class Wan26RequestData:
    """
    Attributes:
        image (str): The URL of the input image. Supported formats: PNG, JPEG, JPG, WEBP, BMP. File size 0.0–10.0 MB.
            Resolution 300x300–2000x2000. Aspect ratio 0.4:1–2.5:1.
        prompt (str): The text prompt describing the content to generate. Maximum string length: 1500.
        resolution (Wan26RequestDataResolution | Unset): Output resolution. Options: 720P, 1080P. Default is 720P.
            Default: Wan26RequestDataResolution.VALUE_0.
        duration (Wan26RequestDataDuration | Unset): Output duration. Options: 5s, 10s, 15s. Default is 5s. Default:
            Wan26RequestDataDuration.VALUE_0.
        shot_type (Wan26RequestDataShotType | Unset): Shot type. Options: Multi, Single. Default is Multi. Default:
            Wan26RequestDataShotType.MULTI.
        generate_audio (Wan26RequestDataGenerateAudio | Unset): Whether to generate audio (a string, not a boolean).
            Options: True, False. Default is True. Default: Wan26RequestDataGenerateAudio.TRUE.
    """

    image: str
    prompt: str
    resolution: Wan26RequestDataResolution | Unset = Wan26RequestDataResolution.VALUE_0
    duration: Wan26RequestDataDuration | Unset = Wan26RequestDataDuration.VALUE_0
    shot_type: Wan26RequestDataShotType | Unset = Wan26RequestDataShotType.MULTI
    generate_audio: Wan26RequestDataGenerateAudio | Unset = (
        Wan26RequestDataGenerateAudio.TRUE
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

        shot_type: str | Unset = UNSET
        if not isinstance(self.shot_type, Unset):
            shot_type = self.shot_type.value

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
        if shot_type is not UNSET:
            field_dict["shot_type"] = shot_type
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image = d.pop("image")

        prompt = d.pop("prompt")

        _resolution = d.pop("resolution", UNSET)
        resolution: Wan26RequestDataResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = Wan26RequestDataResolution(_resolution)

        _duration = d.pop("duration", UNSET)
        duration: Wan26RequestDataDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = Wan26RequestDataDuration(_duration)

        _shot_type = d.pop("shot_type", UNSET)
        shot_type: Wan26RequestDataShotType | Unset
        if isinstance(_shot_type, Unset):
            shot_type = UNSET
        else:
            shot_type = Wan26RequestDataShotType(_shot_type)

        _generate_audio = d.pop("generate_audio", UNSET)
        generate_audio: Wan26RequestDataGenerateAudio | Unset
        if isinstance(_generate_audio, Unset):
            generate_audio = UNSET
        else:
            generate_audio = Wan26RequestDataGenerateAudio(_generate_audio)

        wan_26_request_data = cls(
            image=image,
            prompt=prompt,
            resolution=resolution,
            duration=duration,
            shot_type=shot_type,
            generate_audio=generate_audio,
        )

        return wan_26_request_data
