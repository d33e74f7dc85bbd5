from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.target_style import TargetStyle
from ..types import UNSET, Unset

T = TypeVar("T", bound="EnhancePromptRequest")


@_attrs_define
class EnhancePromptRequest:
    """
    Attributes:
        prompt (str):
        target_style_id (TargetStyle | Unset):
    """

    prompt: str
    target_style_id: TargetStyle | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        target_style_id: int | Unset = UNSET
        if not isinstance(self.target_style_id, Unset):
            target_style_id = self.target_style_id.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Prompt": prompt,
            }
        )
        if target_style_id is not UNSET:
            field_dict["TargetStyleId"] = target_style_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("Prompt")

        _target_style_id = d.pop("TargetStyleId", UNSET)
        target_style_id: TargetStyle | Unset
        if isinstance(_target_style_id, Unset):
            target_style_id = UNSET
        else:
            target_style_id = TargetStyle(_target_style_id)

        enhance_prompt_request = cls(
            prompt=prompt,
            target_style_id=target_style_id,
        )

        return enhance_prompt_request
