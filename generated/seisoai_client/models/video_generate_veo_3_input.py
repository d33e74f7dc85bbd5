from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_generate_veo_3_input_aspect_ratio import (
    VideoGenerateVeo3InputAspectRatio,
)
from ..models.video_generate_veo_3_input_duration import VideoGenerateVeo3InputDuration
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoGenerateVeo3Input")


@_attrs_define
class VideoGenerateVeo3Input:
    """Veo 3.1 - Text to Video (video.generate.veo3): Generate high-quality cinematic videos from text prompts using Google
    Veo 3.1. Best for premium, cinematic quality output.

        Attributes:
            prompt (str): Text description of the video to generate
            duration (VideoGenerateVeo3InputDuration | Unset): Video duration Default:
                VideoGenerateVeo3InputDuration.VALUE_1.
            aspect_ratio (VideoGenerateVeo3InputAspectRatio | Unset): Video aspect ratio Default:
                VideoGenerateVeo3InputAspectRatio.VALUE_0.
            generate_audio (bool | Unset): Whether to generate audio Default: True.
    """

    prompt: str
    duration: VideoGenerateVeo3InputDuration | Unset = (
        VideoGenerateVeo3InputDuration.VALUE_1
    )
    aspect_ratio: VideoGenerateVeo3InputAspectRatio | Unset = (
        VideoGenerateVeo3InputAspectRatio.VALUE_0
    )
    generate_audio: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.value

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.value

        generate_audio = self.generate_audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _duration = d.pop("duration", UNSET)
        duration: VideoGenerateVeo3InputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = VideoGenerateVeo3InputDuration(_duration)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: VideoGenerateVeo3InputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = VideoGenerateVeo3InputAspectRatio(_aspect_ratio)

        generate_audio = d.pop("generate_audio", UNSET)

        video_generate_veo_3_input = cls(
            prompt=prompt,
            duration=duration,
            aspect_ratio=aspect_ratio,
            generate_audio=generate_audio,
        )

        video_generate_veo_3_input.additional_properties = d
        return video_generate_veo_3_input

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
