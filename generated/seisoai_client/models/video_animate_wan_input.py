from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_animate_wan_input_aspect_ratio import (
    VideoAnimateWanInputAspectRatio,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoAnimateWanInput")


@_attrs_define
class VideoAnimateWanInput:
    """WAN Animate - Video Animation (video.animate.wan): Animate or transform videos using WAN v2.2. Supports video-to-
    video style transfer and animation replacement.

        Attributes:
            prompt (str): Description of desired animation style
            video_url (str | Unset): URL of video to animate
            image_url (str | Unset): Optional reference image for style
            aspect_ratio (VideoAnimateWanInputAspectRatio | Unset):  Default: VideoAnimateWanInputAspectRatio.VALUE_0.
    """

    prompt: str
    video_url: str | Unset = UNSET
    image_url: str | Unset = UNSET
    aspect_ratio: VideoAnimateWanInputAspectRatio | Unset = (
        VideoAnimateWanInputAspectRatio.VALUE_0
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        video_url = self.video_url

        image_url = self.image_url

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        video_url = d.pop("video_url", UNSET)

        image_url = d.pop("image_url", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: VideoAnimateWanInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = VideoAnimateWanInputAspectRatio(_aspect_ratio)

        video_animate_wan_input = cls(
            prompt=prompt,
            video_url=video_url,
            image_url=image_url,
            aspect_ratio=aspect_ratio,
        )

        video_animate_wan_input.additional_properties = d
        return video_animate_wan_input

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
