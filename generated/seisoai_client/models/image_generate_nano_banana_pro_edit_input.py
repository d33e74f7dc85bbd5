from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_generate_nano_banana_pro_edit_input_image_size import (
    ImageGenerateNanoBananaProEditInputImageSize,
)
from ..models.image_generate_nano_banana_pro_edit_input_output_format import (
    ImageGenerateNanoBananaProEditInputOutputFormat,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageGenerateNanoBananaProEditInput")


@_attrs_define
class ImageGenerateNanoBananaProEditInput:
    """Nano Banana Pro - Image Editing (image.generate.nano-banana-pro-edit): Edit images using Nano Banana Pro model.

    Attributes:
        prompt (str): Edit instruction
        image_url (str): URL of image to edit
        image_size (ImageGenerateNanoBananaProEditInputImageSize | Unset):  Default:
            ImageGenerateNanoBananaProEditInputImageSize.LANDSCAPE_4_3.
        seed (float | Unset):
        output_format (ImageGenerateNanoBananaProEditInputOutputFormat | Unset):  Default:
            ImageGenerateNanoBananaProEditInputOutputFormat.JPEG.
    """

    prompt: str
    image_url: str
    image_size: ImageGenerateNanoBananaProEditInputImageSize | Unset = (
        ImageGenerateNanoBananaProEditInputImageSize.LANDSCAPE_4_3
    )
    seed: float | Unset = UNSET
    output_format: ImageGenerateNanoBananaProEditInputOutputFormat | Unset = (
        ImageGenerateNanoBananaProEditInputOutputFormat.JPEG
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        image_size: str | Unset = UNSET
        if not isinstance(self.image_size, Unset):
            image_size = self.image_size.value

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
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
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

        _image_size = d.pop("image_size", UNSET)
        image_size: ImageGenerateNanoBananaProEditInputImageSize | Unset
        if isinstance(_image_size, Unset):
            image_size = UNSET
        else:
            image_size = ImageGenerateNanoBananaProEditInputImageSize(_image_size)

        seed = d.pop("seed", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: ImageGenerateNanoBananaProEditInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = ImageGenerateNanoBananaProEditInputOutputFormat(
                _output_format
            )

        image_generate_nano_banana_pro_edit_input = cls(
            prompt=prompt,
            image_url=image_url,
            image_size=image_size,
            seed=seed,
            output_format=output_format,
        )

        image_generate_nano_banana_pro_edit_input.additional_properties = d
        return image_generate_nano_banana_pro_edit_input

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
