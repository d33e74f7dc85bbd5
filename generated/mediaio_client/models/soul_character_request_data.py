from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.soul_character_request_data_ratio import SoulCharacterRequestDataRatio
from ..types import UNSET, Unset

T = TypeVar("T", bound="SoulCharacterRequestData")


@_attrs_define
class SoulCharacterRequestData:
    """
    Attributes:
        prompt (str): The text prompt describing the content to generate. Maximum string length: 2000.
        ratio (SoulCharacterRequestDataRatio | Unset): Target aspect ratio. Options: 2:3, 1:1, 3:2, 9:16, 16:9. Default
            is 16:9. Default: SoulCharacterRequestDataRatio.VALUE_4.
    """

    prompt: str
    ratio: SoulCharacterRequestDataRatio | Unset = SoulCharacterRequestDataRatio.VALUE_4

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        ratio: str | Unset = UNSET
        if not isinstance(self.ratio, Unset):
            ratio = self.ratio.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if ratio is not UNSET:
            field_dict["ratio"] = ratio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _ratio = d.pop("ratio", UNSET)
        ratio: SoulCharacterRequestDataRatio | Unset
        if isinstance(_ratio, Unset):
            ratio = UNSET
        else:
            ratio = SoulCharacterRequestDataRatio(_ratio)

        soul_character_request_data = cls(
            prompt=prompt,
            ratio=ratio,
        )

        return soul_character_request_data
