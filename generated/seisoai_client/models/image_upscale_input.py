from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_upscale_input_output_format import ImageUpscaleInputOutputFormat
from ..models.image_upscale_input_scale import ImageUpscaleInputScale
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageUpscaleInput")


@_attrs_define
class ImageUpscaleInput:
    """Creative Upscaler (image.upscale): Upscale images 2x or 4x with AI-enhanced detail. Adds realistic detail while
    increasing resolution.

        Attributes:
            image_url (str): URL of image to upscale
            scale (ImageUpscaleInputScale | Unset): Upscale factor Default: ImageUpscaleInputScale.VALUE_2.
            creativity (float | Unset): How much creative detail to add (0-1) Default: 0.5.
            prompt (str | Unset): Optional text guidance for upscaling
            output_format (ImageUpscaleInputOutputFormat | Unset):  Default: ImageUpscaleInputOutputFormat.PNG.
    """

    image_url: str
    scale: ImageUpscaleInputScale | Unset = ImageUpscaleInputScale.VALUE_2
    creativity: float | Unset = 0.5
    prompt: str | Unset = UNSET
    output_format: ImageUpscaleInputOutputFormat | Unset = (
        ImageUpscaleInputOutputFormat.PNG
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        scale: int | Unset = UNSET
        if not isinstance(self.scale, Unset):
            scale = self.scale.value

        creativity = self.creativity

        prompt = self.prompt

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if scale is not UNSET:
            field_dict["scale"] = scale
        if creativity is not UNSET:
            field_dict["creativity"] = creativity
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if output_format is not UNSET:
            field_dict["output_format"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        _scale = d.pop("scale", UNSET)
        scale: ImageUpscaleInputScale | Unset
        if isinstance(_scale, Unset):
            scale = UNSET
        else:
            scale = ImageUpscaleInputScale(_scale)

        creativity = d.pop("creativity", UNSET)

        prompt = d.pop("prompt", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: ImageUpscaleInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = ImageUpscaleInputOutputFormat(_output_format)

        image_upscale_input = cls(
            image_url=image_url,
            scale=scale,
            creativity=creativity,
            prompt=prompt,
            output_format=output_format,
        )

        image_upscale_input.additional_properties = d
        return image_upscale_input

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
