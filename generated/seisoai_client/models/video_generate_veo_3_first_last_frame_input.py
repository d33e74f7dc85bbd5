from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_generate_veo_3_first_last_frame_input_duration import (
    VideoGenerateVeo3FirstLastFrameInputDuration,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoGenerateVeo3FirstLastFrameInput")


@_attrs_define
class VideoGenerateVeo3FirstLastFrameInput:
    """Veo 3.1 - First/Last Frame Animation (video.generate.veo3-first-last-frame): Generate a video that transitions
    between a first frame and last frame image. Creates smooth interpolation between two keyframes.

        Attributes:
            prompt (str): Description of the transition
            first_frame_image_url (str): URL of the first frame image
            last_frame_image_url (str): URL of the last frame image
            duration (VideoGenerateVeo3FirstLastFrameInputDuration | Unset):  Default:
                VideoGenerateVeo3FirstLastFrameInputDuration.VALUE_1.
            generate_audio (bool | Unset):  Default: True.
    """

    prompt: str
    first_frame_image_url: str
    last_frame_image_url: str
    duration: VideoGenerateVeo3FirstLastFrameInputDuration | Unset = (
        VideoGenerateVeo3FirstLastFrameInputDuration.VALUE_1
    )
    generate_audio: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        first_frame_image_url = self.first_frame_image_url

        last_frame_image_url = self.last_frame_image_url

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.value

        generate_audio = self.generate_audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "first_frame_image_url": first_frame_image_url,
                "last_frame_image_url": last_frame_image_url,
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
        prompt = d.pop("prompt")

        first_frame_image_url = d.pop("first_frame_image_url")

        last_frame_image_url = d.pop("last_frame_image_url")

        _duration = d.pop("duration", UNSET)
        duration: VideoGenerateVeo3FirstLastFrameInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = VideoGenerateVeo3FirstLastFrameInputDuration(_duration)

        generate_audio = d.pop("generate_audio", UNSET)

        video_generate_veo_3_first_last_frame_input = cls(
            prompt=prompt,
            first_frame_image_url=first_frame_image_url,
            last_frame_image_url=last_frame_image_url,
            duration=duration,
            generate_audio=generate_audio,
        )

        video_generate_veo_3_first_last_frame_input.additional_properties = d
        return video_generate_veo_3_first_last_frame_input

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
