from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.vidu_q3_text_to_video_request_data_duration import (
    ViduQ3TextToVideoRequestDataDuration,
)
from ..models.vidu_q3_text_to_video_request_data_generate_audio import (
    ViduQ3TextToVideoRequestDataGenerateAudio,
)
from ..models.vidu_q3_text_to_video_request_data_ratio import (
    ViduQ3TextToVideoRequestDataRatio,
)
from ..models.vidu_q3_text_to_video_request_data_resolution import (
    ViduQ3TextToVideoRequestDataResolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ViduQ3TextToVideoRequestData")


@_attrs_define
class ViduQ3TextToVideoRequestData:
    """
    Attributes:
        prompt (str): The text prompt describing the content to generate. Maximum string length: 2000.
        ratio (ViduQ3TextToVideoRequestDataRatio | Unset): Target aspect ratio. Options: 9:16, 16:9, 1:1, 4:3, 3:4.
            Default is 16:9. Default: ViduQ3TextToVideoRequestDataRatio.VALUE_1.
        resolution (ViduQ3TextToVideoRequestDataResolution | Unset): Output resolution. Options: 540P, 720P, 1080P.
            Default is 720P. Default: ViduQ3TextToVideoRequestDataResolution.VALUE_1.
        duration (ViduQ3TextToVideoRequestDataDuration | Unset): Output duration. Options: 4s, 8s, 12s, 16s. Default is
            8s. Default: ViduQ3TextToVideoRequestDataDuration.VALUE_1.
        generate_audio (ViduQ3TextToVideoRequestDataGenerateAudio | Unset): Whether to generate audio (a string, not a
            boolean). Options: True, False. Default is True. Default: ViduQ3TextToVideoRequestDataGenerateAudio.TRUE.
    """

    prompt: str
    ratio: ViduQ3TextToVideoRequestDataRatio | Unset = (
        ViduQ3TextToVideoRequestDataRatio.VALUE_1
    )
    resolution: ViduQ3TextToVideoRequestDataResolution | Unset = (
        ViduQ3TextToVideoRequestDataResolution.VALUE_1
    )
    duration: ViduQ3TextToVideoRequestDataDuration | Unset = (
        ViduQ3TextToVideoRequestDataDuration.VALUE_1
    )
    generate_audio: ViduQ3TextToVideoRequestDataGenerateAudio | Unset = (
        ViduQ3TextToVideoRequestDataGenerateAudio.TRUE
    )

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        ratio: str | Unset = UNSET
        if not isinstance(self.ratio, Unset):
            ratio = self.ratio.value

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
                "prompt": prompt,
            }
        )
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
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
        prompt = d.pop("prompt")

        _ratio = d.pop("ratio", UNSET)
        ratio: ViduQ3TextToVideoRequestDataRatio | Unset
        if isinstance(_ratio, Unset):
            ratio = UNSET
        else:
            ratio = ViduQ3TextToVideoRequestDataRatio(_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: ViduQ3TextToVideoRequestDataResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = ViduQ3TextToVideoRequestDataResolution(_resolution)

        _duration = d.pop("duration", UNSET)
        duration: ViduQ3TextToVideoRequestDataDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = ViduQ3TextToVideoRequestDataDuration(_duration)

        _generate_audio = d.pop("generate_audio", UNSET)
        generate_audio: ViduQ3TextToVideoRequestDataGenerateAudio | Unset
        if isinstance(_generate_audio, Unset):
            generate_audio = UNSET
        else:
            generate_audio = ViduQ3TextToVideoRequestDataGenerateAudio(_generate_audio)

        vidu_q3_text_to_video_request_data = cls(
            prompt=prompt,
            ratio=ratio,
            resolution=resolution,
            duration=duration,
            generate_audio=generate_audio,
        )

        return vidu_q3_text_to_video_request_data
