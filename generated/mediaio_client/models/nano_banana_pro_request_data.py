from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.nano_banana_pro_request_data_ratio import NanoBananaProRequestDataRatio
from ..models.nano_banana_pro_request_data_resolution import (
    NanoBananaProRequestDataResolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NanoBananaProRequestData")


@_attrs_define
class NanoBananaProRequestData:
    """
    Attributes:
        images (list[str]): The URLs of the input images. Supported formats: PNG, JPEG, JPG. File size 0.0–20.0 MB.
            Resolution 300x300–1280x1280. Aspect ratio 1:2–2:1. Maximum 9 file(s).
        prompt (str): The text prompt describing the content to generate. Maximum string length: 1200.
        ratio (NanoBananaProRequestDataRatio | Unset): Target aspect ratio. Options: 9:16, 16:9, 1:1, 4:3, 3:4, 3:2,
            2:3, 21:9. Default is 16:9. Default: NanoBananaProRequestDataRatio.VALUE_1.
        resolution (NanoBananaProRequestDataResolution | Unset): Output resolution. Options: 1K, 2K, 4K. Default is 1K.
            Default: NanoBananaProRequestDataResolution.VALUE_0.
    """

    images: list[str]
    prompt: str
    ratio: NanoBananaProRequestDataRatio | Unset = NanoBananaProRequestDataRatio.VALUE_1
    resolution: NanoBananaProRequestDataResolution | Unset = (
        NanoBananaProRequestDataResolution.VALUE_0
    )

    def to_dict(self) -> dict[str, Any]:
        images = self.images

        prompt = self.prompt

        ratio: str | Unset = UNSET
        if not isinstance(self.ratio, Unset):
            ratio = self.ratio.value

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "images": images,
                "prompt": prompt,
            }
        )
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        images = cast(list[str], d.pop("images"))

        prompt = d.pop("prompt")

        _ratio = d.pop("ratio", UNSET)
        ratio: NanoBananaProRequestDataRatio | Unset
        if isinstance(_ratio, Unset):
            ratio = UNSET
        else:
            ratio = NanoBananaProRequestDataRatio(_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: NanoBananaProRequestDataResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = NanoBananaProRequestDataResolution(_resolution)

        nano_banana_pro_request_data = cls(
            images=images,
            prompt=prompt,
            ratio=ratio,
            resolution=resolution,
        )

        return nano_banana_pro_request_data
