from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_generate_veo_3_image_to_video_input_aspect_ratio import (
    VideoGenerateVeo3ImageToVideoInputAspectRatio,
)
from ..models.video_generate_veo_3_image_to_video_input_duration import (
    VideoGenerateVeo3ImageToVideoInputDuration,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoGenerateVeo3ImageToVideoInput")


@_attrs_define
class VideoGenerateVeo3ImageToVideoInput:
    """Veo 3.1 - Image to Video (video.generate.veo3-image-to-video): Animate a still image into a video using Veo 3.1.
    Brings images to life with cinematic motion.

        Attributes:
            prompt (str): Description of the desired motion/animation
            image_url (str): URL of the image to animate
            duration (VideoGenerateVeo3ImageToVideoInputDuration | Unset):  Default:
                VideoGenerateVeo3ImageToVideoInputDuration.VALUE_1.
            aspect_ratio (VideoGenerateVeo3ImageToVideoInputAspectRatio | Unset):  Default:
                VideoGenerateVeo3ImageToVideoInputAspectRatio.VALUE_0.
            generate_audio (bool | Unset):  Default: True.
    """

    prompt: str
    image_url: str
    duration: VideoGenerateVeo3ImageToVideoInputDuration | Unset = (
        VideoGenerateVeo3ImageToVideoInputDuration.VALUE_1
    )
    aspect_ratio: VideoGenerateVeo3ImageToVideoInputAspectRatio | Unset = (
        VideoGenerateVeo3ImageToVideoInputAspectRatio.VALUE_0
    )
    generate_audio: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

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
                "image_url": image_url,
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

        image_url = d.pop("image_url")

        _duration = d.pop("duration", UNSET)
        duration: VideoGenerateVeo3ImageToVideoInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = VideoGenerateVeo3ImageToVideoInputDuration(_duration)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: VideoGenerateVeo3ImageToVideoInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = VideoGenerateVeo3ImageToVideoInputAspectRatio(_aspect_ratio)

        generate_audio = d.pop("generate_audio", UNSET)

        video_generate_veo_3_image_to_video_input = cls(
            prompt=prompt,
            image_url=image_url,
            duration=duration,
            aspect_ratio=aspect_ratio,
            generate_audio=generate_audio,
        )

        video_generate_veo_3_image_to_video_input.additional_properties = d
        return video_generate_veo_3_image_to_video_input

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
