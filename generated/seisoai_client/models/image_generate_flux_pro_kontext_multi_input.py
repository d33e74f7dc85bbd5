from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_generate_flux_pro_kontext_multi_input_image_size import (
    ImageGenerateFluxProKontextMultiInputImageSize,
)
from ..models.image_generate_flux_pro_kontext_multi_input_output_format import (
    ImageGenerateFluxProKontextMultiInputOutputFormat,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageGenerateFluxProKontextMultiInput")


@_attrs_define
class ImageGenerateFluxProKontextMultiInput:
    """FLUX Pro Kontext - Multi-Image Blending (image.generate.flux-pro-kontext-multi): Blend multiple reference images
    into a new image using FLUX Pro Kontext. Great for combining elements from different images.

        Attributes:
            prompt (str): Text description of how to blend the images
            image_urls (list[str]): Array of image URLs to blend (first is base, others are references)
            image_size (ImageGenerateFluxProKontextMultiInputImageSize | Unset):  Default:
                ImageGenerateFluxProKontextMultiInputImageSize.LANDSCAPE_4_3.
            seed (float | Unset): Random seed
            output_format (ImageGenerateFluxProKontextMultiInputOutputFormat | Unset):  Default:
                ImageGenerateFluxProKontextMultiInputOutputFormat.JPEG.
    """

    prompt: str
    image_urls: list[str]
    image_size: ImageGenerateFluxProKontextMultiInputImageSize | Unset = (
        ImageGenerateFluxProKontextMultiInputImageSize.LANDSCAPE_4_3
    )
    seed: float | Unset = UNSET
    output_format: ImageGenerateFluxProKontextMultiInputOutputFormat | Unset = (
        ImageGenerateFluxProKontextMultiInputOutputFormat.JPEG
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_urls = self.image_urls

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
                "image_urls": image_urls,
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

        image_urls = cast(list[str], d.pop("image_urls"))

        _image_size = d.pop("image_size", UNSET)
        image_size: ImageGenerateFluxProKontextMultiInputImageSize | Unset
        if isinstance(_image_size, Unset):
            image_size = UNSET
        else:
            image_size = ImageGenerateFluxProKontextMultiInputImageSize(_image_size)

        seed = d.pop("seed", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: ImageGenerateFluxProKontextMultiInputOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = ImageGenerateFluxProKontextMultiInputOutputFormat(
                _output_format
            )

        image_generate_flux_pro_kontext_multi_input = cls(
            prompt=prompt,
            image_urls=image_urls,
            image_size=image_size,
            seed=seed,
            output_format=output_format,
        )

        image_generate_flux_pro_kontext_multi_input.additional_properties = d
        return image_generate_flux_pro_kontext_multi_input

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
