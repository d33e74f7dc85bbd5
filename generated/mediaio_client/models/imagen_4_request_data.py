from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.imagen_4_request_data_counts import Imagen4RequestDataCounts
from ..models.imagen_4_request_data_ratio import Imagen4RequestDataRatio
from ..types import UNSET, Unset

T = TypeVar("T", bound="Imagen4RequestData")


@_attrs_define
class Imagen4RequestData:
    """
    Attributes:
        prompt (str): The text prompt describing the content to generate. Maximum string length: 1200.
        ratio (Imagen4RequestDataRatio | Unset): Target aspect ratio. Options: 9:16, 16:9, 1:1, 4:3, 3:4. Default is
            9:16. Default: Imagen4RequestDataRatio.VALUE_0.
        counts (Imagen4RequestDataCounts | Unset): Number of images to generate (a string). Options: 1, 2, 3, 4. Default
            is 1. Default: Imagen4RequestDataCounts.VALUE_0.
    """

    prompt: str
    ratio: Imagen4RequestDataRatio | Unset = Imagen4RequestDataRatio.VALUE_0
    counts: Imagen4RequestDataCounts | Unset = Imagen4RequestDataCounts.VALUE_0

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        ratio: str | Unset = UNSET
        if not isinstance(self.ratio, Unset):
            ratio = self.ratio.value

        counts: str | Unset = UNSET
        if not isinstance(self.counts, Unset):
            counts = self.counts.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if counts is not UNSET:
            field_dict["counts"] = counts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _ratio = d.pop("ratio", UNSET)
        ratio: Imagen4RequestDataRatio | Unset
        if isinstance(_ratio, Unset):
            ratio = UNSET
        else:
            ratio = Imagen4RequestDataRatio(_ratio)

        _counts = d.pop("counts", UNSET)
        counts: Imagen4RequestDataCounts | Unset
        if isinstance(_counts, Unset):
            counts = UNSET
        else:
            counts = Imagen4RequestDataCounts(_counts)

        imagen_4_request_data = cls(
            prompt=prompt,
            ratio=ratio,
            counts=counts,
        )

        return imagen_4_request_data
