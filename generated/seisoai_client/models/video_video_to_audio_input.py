from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoVideoToAudioInput")


@_attrs_define
class VideoVideoToAudioInput:
    """Video to Audio (video.video-to-audio): Generate audio/sound effects for a video using MMAudio v2. Creates
    contextually appropriate audio from video content.

        Attributes:
            video_url (str): URL of the video to generate audio for
            prompt (str | Unset): Optional text description of desired audio
            duration (float | Unset): Audio duration in seconds
    """

    video_url: str
    prompt: str | Unset = UNSET
    duration: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        prompt = self.prompt

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        prompt = d.pop("prompt", UNSET)

        duration = d.pop("duration", UNSET)

        video_video_to_audio_input = cls(
            video_url=video_url,
            prompt=prompt,
            duration=duration,
        )

        video_video_to_audio_input.additional_properties = d
        return video_video_to_audio_input

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
