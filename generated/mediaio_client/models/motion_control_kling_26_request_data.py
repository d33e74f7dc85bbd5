from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MotionControlKling26RequestData")


@_attrs_define
class MotionControlKling26RequestData:
    """
    Attributes:
        video (str): The URL of the input video. Supported formats: MP4, MOV. File size 0.0–100.0 MB. Resolution
            720x720–2160x2160. Frame rate 24–60 FPS. Duration 3–30 seconds.
        image (str): The URL of the input image. Supported formats: PNG, JPEG, JPG. File size 0.0–10.0 MB. Resolution
            300x300–4000x4000. Aspect ratio 1:2–2:1.
        prompt (str | Unset): The text prompt describing the content to generate. Maximum string length: 2500.
    """

    video: str
    image: str
    prompt: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        video = self.video

        image = self.image

        prompt = self.prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video": video,
                "image": image,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        video = d.pop("video")

        image = d.pop("image")

        prompt = d.pop("prompt", UNSET)

        motion_control_kling_26_request_data = cls(
            video=video,
            image=image,
            prompt=prompt,
        )

        return motion_control_kling_26_request_data
