from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.wan_26_text_to_video_request_data_duration import (
    Wan26TextToVideoRequestDataDuration,
)
from ..models.wan_26_text_to_video_request_data_generate_audio import (
    Wan26TextToVideoRequestDataGenerateAudio,
)
from ..models.wan_26_text_to_video_request_data_shot_type import (
    Wan26TextToVideoRequestDataShotType,
)
from ..models.wan_26_text_to_video_request_data_size import (
    Wan26TextToVideoRequestDataSize,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan26TextToVideoRequestData")


@_attrs_define
class Wan26TextToVideoRequestData:
    """
    Attributes:
        prompt (str): The text prompt describing the content to generate. Maximum string length: 1500.
        size (Wan26TextToVideoRequestDataSize | Unset): Output size (an aspect ratio). Options: 9:16, 16:9, 1:1, 4:3,
            3:4. Default is 16:9. Default: Wan26TextToVideoRequestDataSize.VALUE_1.
        duration (Wan26TextToVideoRequestDataDuration | Unset): Output duration. Options: 5s, 10s, 15s. Default is 5s.
            Default: Wan26TextToVideoRequestDataDuration.VALUE_0.
        shot_type (Wan26TextToVideoRequestDataShotType | Unset): Shot type. Options: Multi, Single. Default is Multi.
            Default: Wan26TextToVideoRequestDataShotType.MULTI.
        generate_audio (Wan26TextToVideoRequestDataGenerateAudio | Unset): Whether to generate audio (a string, not a
            boolean). Options: True, False. Default is True. Default: Wan26TextToVideoRequestDataGenerateAudio.TRUE.
    """

    prompt: str
    size: Wan26TextToVideoRequestDataSize | Unset = (
        Wan26TextToVideoRequestDataSize.VALUE_1
    )
    duration: Wan26TextToVideoRequestDataDuration | Unset = (
        Wan26TextToVideoRequestDataDuration.VALUE_0
    )
    shot_type: Wan26TextToVideoRequestDataShotType | Unset = (
        Wan26TextToVideoRequestDataShotType.MULTI
    )
    generate_audio: Wan26TextToVideoRequestDataGenerateAudio | Unset = (
        Wan26TextToVideoRequestDataGenerateAudio.TRUE
    )

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size.value

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
                "prompt": prompt,
            }
        )
        if size is not UNSET:
            field_dict["size"] = size
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
        prompt = d.pop("prompt")

        _size = d.pop("size", UNSET)
        size: Wan26TextToVideoRequestDataSize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = Wan26TextToVideoRequestDataSize(_size)

        _duration = d.pop("duration", UNSET)
        duration: Wan26TextToVideoRequestDataDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = Wan26TextToVideoRequestDataDuration(_duration)

        _shot_type = d.pop("shot_type", UNSET)
        shot_type: Wan26TextToVideoRequestDataShotType | Unset
        if isinstance(_shot_type, Unset):
            shot_type = UNSET
        else:
            shot_type = Wan26TextToVideoRequestDataShotType(_shot_type)

        _generate_audio = d.pop("generate_audio", UNSET)
        generate_audio: Wan26TextToVideoRequestDataGenerateAudio | Unset
        if isinstance(_generate_audio, Unset):
            generate_audio = UNSET
        else:
            generate_audio = Wan26TextToVideoRequestDataGenerateAudio(_generate_audio)

        wan_26_text_to_video_request_data = cls(
            prompt=prompt,
            size=size,
            duration=duration,
            shot_type=shot_type,
            generate_audio=generate_audio,
        )

        return wan_26_text_to_video_request_data
