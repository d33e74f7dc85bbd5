from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_outpaint_input_output_format import ImageOutpaintInputOutputFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageOutpaintInput")


@_attrs_define
class ImageOutpaintInput:
    """Image Outpainting (image.outpaint): Extend an image beyond its borders using AI. Generates content for the expanded
    regions while maintaining consistency.

        Attributes:
            prompt (str): Description of what to generate in the extended area
            image_url (str): URL of the original image
            top (float | Unset): Pixels to extend upward Default: 0.0.
            bottom (float | Unset): Pixels to extend downward Default: 0.0.
            left (float | Unset): Pixels to extend left Default: 0.0.
            right (float | Unset): Pixels to extend right Default: 0.0.
            seed (float | Unset):
            output_format (ImageOutpaintInputOutputFormat | Unset):  Default: ImageOutpaintInputOutputFormat.PNG.
    """

    prompt: str
    image_url: str
    top: float | Unset = 0.0
    bottom: float | Unset = 0.0
    left: float | Unset = 0.0
    right: float | Unset = 0.0
    seed: float | Unset = UNSET
    output_format: ImageOutpaintInputOutputFormat | Unset = (
        ImageOutpaintInputOutputFormat.PNG
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        top = self.top

        bottom = self.bottom

        left = self.left

        right = self.right

        seed = self.seed

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        if top is not UNSET:
            field_dict["top"] = top
        if bottom is not UNSET:
            field_dict["bottom"] = bottom
        if left is not UNSET:
            field_dict["left"] = left
        if right is not UNSET:
            field_dict["right"] = right
        if seed is not UNSET:
            field_dict["seed"] = seed
        if output_format is not UNSET:
            field_dict["output_format"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        image_url = d.pop("image_url")

        top = d.pop("top", UNSET)

        bottom = d.pop("bottom", UNSET)

        left = d.pop("left", UNSET)

        right = d.pop("right", UNSET)

        seed = d.pop("seed", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: ImageOutpaintInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = ImageOutpaintInputOutputFormat(_output_format)

        image_outpaint_input = cls(
            prompt=prompt,
            image_url=image_url,
            top=top,
            bottom=bottom,
            left=left,
            right=right,
            seed=seed,
            output_format=output_format,
        )

        image_outpaint_input.additional_properties = d
        return image_outpaint_input

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
