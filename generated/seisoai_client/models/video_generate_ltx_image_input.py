from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_generate_ltx_image_input_duration import (
    VideoGenerateLtxImageInputDuration,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoGenerateLtxImageInput")


@_attrs_define
class VideoGenerateLtxImageInput:
    """LTX-2 - Image to Video (video.generate.ltx-image): Animate an image into a video using LTX-2 19B. Fast and
    affordable image animation.

        Attributes:
            prompt (str): Description of desired motion
            image_url (str): URL of image to animate
            duration (VideoGenerateLtxImageInputDuration | Unset):  Default: VideoGenerateLtxImageInputDuration.VALUE_1.
            seed (float | Unset):
    """

    prompt: str
    image_url: str
    duration: VideoGenerateLtxImageInputDuration | Unset = (
        VideoGenerateLtxImageInputDuration.VALUE_1
    )
    seed: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.value

        seed = self.seed

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
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        _duration = d.pop("duration", UNSET)
        duration: VideoGenerateLtxImageInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = VideoGenerateLtxImageInputDuration(_duration)

        seed = d.pop("seed", UNSET)

        video_generate_ltx_image_input = cls(
            prompt=prompt,
            image_url=image_url,
            duration=duration,
            seed=seed,
        )

        video_generate_ltx_image_input.additional_properties = d
        return video_generate_ltx_image_input

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
