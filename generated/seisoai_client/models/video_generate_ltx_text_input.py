from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_generate_ltx_text_input_aspect_ratio import (
    VideoGenerateLtxTextInputAspectRatio,
)
from ..models.video_generate_ltx_text_input_duration import (
    VideoGenerateLtxTextInputDuration,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoGenerateLtxTextInput")


@_attrs_define
class VideoGenerateLtxTextInput:
    """LTX-2 - Text to Video (video.generate.ltx-text): Generate videos from text prompts using LTX-2 19B. Fast and
    affordable option for video generation.

        Attributes:
            prompt (str): Text description of the video
            duration (VideoGenerateLtxTextInputDuration | Unset):  Default: VideoGenerateLtxTextInputDuration.VALUE_1.
            aspect_ratio (VideoGenerateLtxTextInputAspectRatio | Unset):  Default:
                VideoGenerateLtxTextInputAspectRatio.VALUE_0.
            seed (float | Unset):
    """

    prompt: str
    duration: VideoGenerateLtxTextInputDuration | Unset = (
        VideoGenerateLtxTextInputDuration.VALUE_1
    )
    aspect_ratio: VideoGenerateLtxTextInputAspectRatio | Unset = (
        VideoGenerateLtxTextInputAspectRatio.VALUE_0
    )
    seed: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.value

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.value

        seed = self.seed

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
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _duration = d.pop("duration", UNSET)
        duration: VideoGenerateLtxTextInputDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = VideoGenerateLtxTextInputDuration(_duration)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: VideoGenerateLtxTextInputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = VideoGenerateLtxTextInputAspectRatio(_aspect_ratio)

        seed = d.pop("seed", UNSET)

        video_generate_ltx_text_input = cls(
            prompt=prompt,
            duration=duration,
            aspect_ratio=aspect_ratio,
            seed=seed,
        )

        video_generate_ltx_text_input.additional_properties = d
        return video_generate_ltx_text_input

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
