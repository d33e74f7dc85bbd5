from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.kling_26_request_data_duration import Kling26RequestDataDuration
from ..models.kling_26_request_data_generate_audio import (
    Kling26RequestDataGenerateAudio,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Kling26RequestData")


@_attrs_define
class Kling26RequestData:
    """
    Attributes:
        image (str): The URL of the input image. Supported formats: PNG, JPEG, JPG, WEBP, GIF, HEIC. File size 0.0–20.0
            MB. Resolution 300x300–4000x4000. Aspect ratio 0.4:1–2.5:1.
        prompt (str): The text prompt describing the content to generate. Maximum string length: 2500.
        duration (Kling26RequestDataDuration | Unset): Output duration. Options: 5s, 10s. Default is 5s. Default:
            Kling26RequestDataDuration.VALUE_0.
        generate_audio (Kling26RequestDataGenerateAudio | Unset): Whether to generate audio (a string, not a boolean).
            Options: True, False. Default is True. Default: Kling26RequestDataGenerateAudio.TRUE.
    """

    image: str
    prompt: str
    duration: Kling26RequestDataDuration | Unset = Kling26RequestDataDuration.VALUE_0
    generate_audio: Kling26RequestDataGenerateAudio | Unset = (
        Kling26RequestDataGenerateAudio.TRUE
    )

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        prompt = self.prompt

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

        _duration = d.pop("duration", UNSET)
        duration: Kling26RequestDataDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = Kling26RequestDataDuration(_duration)

        _generate_audio = d.pop("generate_audio", UNSET)
        generate_audio: Kling26RequestDataGenerateAudio | Unset
        if isinstance(_generate_audio, Unset):
            generate_audio = UNSET
        else:
            generate_audio = Kling26RequestDataGenerateAudio(_generate_audio)

        kling_26_request_data = cls(
            image=image,
            prompt=prompt,
            duration=duration,
            generate_audio=generate_audio,
        )

        return kling_26_request_data
