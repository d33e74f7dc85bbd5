from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VisionDescribeInput")


@_attrs_define
class VisionDescribeInput:
    """Image Description (LLaVA) (vision.describe): Generate a detailed text description of an image using LLaVA vision
    model. Useful for image understanding and captioning.

        Attributes:
            image_url (str): URL of the image to describe
            prompt (str | Unset): Optional question about the image Default: 'Describe this image in detail.'.
            max_tokens (float | Unset): Maximum response length Default: 512.0.
    """

    image_url: str
    prompt: str | Unset = "Describe this image in detail."
    max_tokens: float | Unset = 512.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        max_tokens = self.max_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        prompt = d.pop("prompt", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        vision_describe_input = cls(
            image_url=image_url,
            prompt=prompt,
            max_tokens=max_tokens,
        )

        vision_describe_input.additional_properties = d
        return vision_describe_input

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
