from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.nano_banana_request_data_ratio import NanoBananaRequestDataRatio
from ..types import UNSET, Unset

T = TypeVar("T", bound="NanoBananaRequestData")


@_attrs_define
class NanoBananaRequestData:
    """
    Attributes:
        images (list[str]): The URLs of the input images. Supported formats: PNG, JPEG, JPG. File size 0.0–20.0 MB.
            Resolution 300x300–1280x1280. Aspect ratio 1:2–2:1. Maximum 9 file(s).
        prompt (str): The text prompt describing the content to generate. Maximum string length: 1200.
        ratio (NanoBananaRequestDataRatio | Unset): Target aspect ratio. Options: 9:16, 16:9, 1:1, 4:3, 3:4, 3:2, 2:3,
            21:9. Default is 16:9. Default: NanoBananaRequestDataRatio.VALUE_1.
    """

    images: list[str]
    prompt: str
    ratio: NanoBananaRequestDataRatio | Unset = NanoBananaRequestDataRatio.VALUE_1

    def to_dict(self) -> dict[str, Any]:
        images = self.images

        prompt = self.prompt

        ratio: str | Unset = UNSET
        if not isinstance(self.ratio, Unset):
            ratio = self.ratio.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "images": images,
                "prompt": prompt,
            }
        )
        if ratio is not UNSET:
            field_dict["ratio"] = ratio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        images = cast(list[str], d.pop("images"))

        prompt = d.pop("prompt")

        _ratio = d.pop("ratio", UNSET)
        ratio: NanoBananaRequestDataRatio | Unset
        if isinstance(_ratio, Unset):
            ratio = UNSET
        else:
            ratio = NanoBananaRequestDataRatio(_ratio)

        nano_banana_request_data = cls(
            images=images,
            prompt=prompt,
            ratio=ratio,
        )

        return nano_banana_request_data
