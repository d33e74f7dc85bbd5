from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.kling_30_request_data_duration import Kling30RequestDataDuration
from ..models.kling_30_request_data_generate_audio import (
    Kling30RequestDataGenerateAudio,
)
from ..models.kling_30_request_data_multi_shots import Kling30RequestDataMultiShots
from ..models.kling_30_request_data_resolution import Kling30RequestDataResolution
from ..types import UNSET, Unset

T = TypeVar("T", bound="Kling30RequestData")


@_attrs_define
class Kling30RequestData:
    """
    Attributes:
        image (str): The URL of the input image. Supported formats: PNG, JPEG, JPG, WEBP, GIF, HEIC. File size 0.0–20.0
            MB. Resolution 300x300–4000x4000. Aspect ratio 0.4:1–2.5:1.
        prompt (str): The text prompt describing the content to generate. Maximum string length: 2500.
        resolution (Kling30RequestDataResolution | Unset): Output resolution. Options: 720P, 1080P. Default is 1080P.
            Default: Kling30RequestDataResolution.VALUE_1.
        duration (Kling30RequestDataDuration | Unset): Output duration. Options: 5s, 8s, 10s, 15s. Default is 5s.
            Default: Kling30RequestDataDuration.VALUE_0.
        multi_shots (Kling30RequestDataMultiShots | Unset): Whether to generate multiple shots (a string, not a
            boolean). Options: True, False. Default is True. Default: Kling30RequestDataMultiShots.TRUE.
        generate_audio (Kling30RequestDataGenerateAudio | Unset): Whether to generate audio (a string, not a boolean).
            Options: True, False. Default is True. Default: Kling30RequestDataGenerateAudio.TRUE.
    """

    image: str
    prompt: str
    resolution: Kling30RequestDataResolution | Unset = (
        Kling30RequestDataResolution.VALUE_1
    )
    duration: Kling30RequestDataDuration | Unset = Kling30RequestDataDuration.VALUE_0
    multi_shots: Kling30RequestDataMultiShots | Unset = (
        Kling30RequestDataMultiShots.TRUE
    )
    generate_audio: Kling30RequestDataGenerateAudio | Unset = (
        Kling30RequestDataGenerateAudio.TRUE
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

        multi_shots: str | Unset = UNSET
        if not isinstance(self.multi_shots, Unset):
            multi_shots = self.multi_shots.value

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
        if multi_shots is not UNSET:
            field_dict["multi_shots"] = multi_shots
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image = d.pop("image")

        prompt = d.pop("prompt")

        _resolution = d.pop("resolution", UNSET)
        resolution: Kling30RequestDataResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = Kling30RequestDataResolution(_resolution)

        _duration = d.pop("duration", UNSET)
        duration: Kling30RequestDataDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = Kling30RequestDataDuration(_duration)

        _multi_shots = d.pop("multi_shots", UNSET)
        multi_shots: Kling30RequestDataMultiShots | Unset
        if isinstance(_multi_shots, Unset):
            multi_shots = UNSET
        else:
            multi_shots = Kling30RequestDataMultiShots(_multi_shots)

        _generate_audio = d.pop("generate_audio", UNSET)
        generate_audio: Kling30RequestDataGenerateAudio | Unset
        if isinstance(_generate_audio, Unset):
            generate_audio = UNSET
        else:
            generate_audio = Kling30RequestDataGenerateAudio(_generate_audio)

        kling_30_request_data = cls(
            image=image,
            prompt=prompt,
            resolution=resolution,
            duration=duration,
            multi_shots=multi_shots,
            generate_audio=generate_audio,
        )

        return kling_30_request_data
