from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.seedream_40_request_data_ratio import Seedream40RequestDataRatio
from ..types import UNSET, Unset

T = TypeVar("T", bound="Seedream40RequestData")


@_attrs_define
class Seedream40RequestData:
    """
    Attributes:
        images (list[str]): The URLs of the input images. Supported formats: PNG, JPEG, JPG. File size 0.0–10.0 MB.
            Resolution 300x300–1280x1280. Aspect ratio 3:10–3:1. Maximum 9 file(s).
        prompt (str): The text prompt describing the content to generate. Maximum string length: 800.
        ratio (Seedream40RequestDataRatio | Unset): Target aspect ratio. Options: 9:16, 16:9, 1:1, 4:3, 3:4, 3:2, 2:3.
            Default is 9:16. Default: Seedream40RequestDataRatio.VALUE_0.
    """

    images: list[str]
    prompt: str
    ratio: Seedream40RequestDataRatio | Unset = Seedream40RequestDataRatio.VALUE_0

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
        ratio: Seedream40RequestDataRatio | Unset
        if isinstance(_ratio, Unset):
            ratio = UNSET
        else:
            ratio = Seedream40RequestDataRatio(_ratio)

        seedream_40_request_data = cls(
            images=images,
            prompt=prompt,
            ratio=ratio,
        )

        return seedream_40_request_data
