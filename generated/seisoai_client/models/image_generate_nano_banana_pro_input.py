from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_generate_nano_banana_pro_input_image_size import (
    ImageGenerateNanoBananaProInputImageSize,
)
from ..models.image_generate_nano_banana_pro_input_output_format import (
    ImageGenerateNanoBananaProInputOutputFormat,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageGenerateNanoBananaProInput")


@_attrs_define
class ImageGenerateNanoBananaProInput:
    """Nano Banana Pro - Text to Image (image.generate.nano-banana-pro): Generate images including 360° panoramas using
    Nano Banana Pro. Specialized for panoramic and immersive content.

        Attributes:
            prompt (str): Text description
            image_size (ImageGenerateNanoBananaProInputImageSize | Unset):  Default:
                ImageGenerateNanoBananaProInputImageSize.LANDSCAPE_4_3.
            num_images (float | Unset):  Default: 1.0.
            seed (float | Unset):
            output_format (ImageGenerateNanoBananaProInputOutputFormat | Unset):  Default:
                ImageGenerateNanoBananaProInputOutputFormat.JPEG.
    """

    prompt: str
    image_size: ImageGenerateNanoBananaProInputImageSize | Unset = (
        ImageGenerateNanoBananaProInputImageSize.LANDSCAPE_4_3
    )
    num_images: float | Unset = 1.0
    seed: float | Unset = UNSET
    output_format: ImageGenerateNanoBananaProInputOutputFormat | Unset = (
        ImageGenerateNanoBananaProInputOutputFormat.JPEG
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_size: str | Unset = UNSET
        if not isinstance(self.image_size, Unset):
            image_size = self.image_size.value

        num_images = self.num_images

        seed = self.seed

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if seed is not UNSET:
            field_dict["seed"] = seed
        if output_format is not UNSET:
            field_dict["output_format"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _image_size = d.pop("image_size", UNSET)
        image_size: ImageGenerateNanoBananaProInputImageSize | Unset
        if isinstance(_image_size, Unset):
            image_size = UNSET
        else:
            image_size = ImageGenerateNanoBananaProInputImageSize(_image_size)

        num_images = d.pop("num_images", UNSET)

        seed = d.pop("seed", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: ImageGenerateNanoBananaProInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = ImageGenerateNanoBananaProInputOutputFormat(_output_format)

        image_generate_nano_banana_pro_input = cls(
            prompt=prompt,
            image_size=image_size,
            num_images=num_images,
            seed=seed,
            output_format=output_format,
        )

        image_generate_nano_banana_pro_input.additional_properties = d
        return image_generate_nano_banana_pro_input

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
